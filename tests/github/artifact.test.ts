/**
 * The report bundle uploaded with @actions/artifact from the dist bundle (its lazily loaded chunk
 * included), against a local stand-in for the runner's artifact service: the Twirp calls
 * CreateArtifact and FinalizeArtifact, and the blob upload in between. A refused upload is one
 * warning and changes nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runDist } from '../helpers/run-dist.js';
import { startRecorder, type Recorder, type Reply } from './servers.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';
const RUN_BACKEND = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB_BACKEND = 'ca395085-040a-526b-2ce8-bdc85f692774';

/** The runner's token for its services: a JWT whose `scp` names the run and job. */
function runtimeToken(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.Results:${RUN_BACKEND}:${JOB_BACKEND}` })}.x`;
}

let service: Recorder;
let createReply: Reply;

beforeEach(async () => {
  createReply = { status: 200 };
  service = await startRecorder((request) => {
    if (request.path === `${SERVICE}/CreateArtifact`)
      return createReply.status === 200
        ? { status: 200, body: { ok: true, signed_upload_url: `${service.url}/blob/artifact.zip?sig=abc` } }
        : createReply;
    if (request.path === `${SERVICE}/FinalizeArtifact`)
      return { status: 200, body: { ok: true, artifact_id: '4242' } };
    if (request.path.startsWith('/blob/') && request.method === 'PUT')
      return { status: 201, headers: { 'x-ms-request-id': '1', etag: '"0x1"' } };
    return { status: 404 };
  });
});

afterEach(async () => {
  await service.stop();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-artifact-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(join(REPO_ROOT, 'tests', 'checks', 'fixtures', 'people.csv'), join(dir, 'data', 'people.csv'));
  return dir;
}

async function run(): Promise<Awaited<ReturnType<typeof runDist>>> {
  return runDist('validate-data', {
    workspace: workspace(),
    env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${service.url}/`, GITHUB_TOKEN: '' },
    inputs: { data: 'data/people.csv', expect: 'id: unique', 'github-token': '' }
  });
}

describe('the report artifact', () => {
  it('uploads the bundle as mlgate-validate-data', async () => {
    const result = await run();
    const calls = service.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls[0]).toBe(`POST ${SERVICE}/CreateArtifact`);
    expect(calls.at(-1)).toBe(`POST ${SERVICE}/FinalizeArtifact`);
    expect(calls.slice(1, -1).every((call) => call === 'PUT /blob/artifact.zip')).toBe(true);
    expect(service.requests[0].body).toMatchObject({
      workflow_run_backend_id: RUN_BACKEND,
      workflow_job_run_backend_id: JOB_BACKEND,
      name: 'mlgate-validate-data'
    });
    // The zip's central directory names each file of the bundle.
    const zip = Buffer.concat(service.requests.slice(1, -1).map((request) => request.raw)).toString('latin1');
    for (const name of [
      'validate-data.json',
      'validate-data.md',
      'validate-data.html',
      'validate-data.junit.xml',
      'validate-data.bundle.json'
    ])
      expect(zip).toContain(name);
    expect(result.stdout).toContain(
      'Uploaded the report bundle as artifact mlgate-validate-data (validate-data.json, validate-data.md, validate-data.html, validate-data.junit.xml, validate-data.bundle.json).'
    );
    expect(result.exitCode).toBe(1);
  });

  it('warns once when the upload is refused, and the gate’s result stands', async () => {
    createReply = {
      status: 409,
      body: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }
    };
    const result = await run();
    expect(service.requests.map((request) => request.path)).toEqual([`${SERVICE}/CreateArtifact`]);
    const warnings = result.annotations
      .filter((annotation) => annotation.level === 'warning')
      .map((annotation) => annotation.message);
    expect(warnings.filter((message) => message.includes('upload'))).toEqual([
      expect.stringMatching(
        /^mlgate could not upload the report bundle as artifact mlgate-validate-data: .*409.*\. It is in mlgate-report; with several steps in one run, give each its own artifact-name\.$/
      )
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
  });
});
