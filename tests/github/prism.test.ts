/**
 * Contract tests against GitHub's own REST description: the committed dist bundles run as the
 * runner runs them, with GITHUB_API_URL pointing at a recorder in front of Prism, which validates
 * every request against @octokit/openapi's api.github.com.json. A request Prism rejects fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runDist } from '../helpers/run-dist.js';
import { pullRequestHead, pullRequestOpened, push, workflowRunAfter } from './events.js';
import { forwardTo, startPrism, startRecorder, type Prism, type Recorder } from './servers.js';

const PEOPLE = join(REPO_ROOT, 'tests', 'checks', 'fixtures', 'people.csv');
const TOKEN = 'ghs_prismContractToken0123456789abcdef';
const FAILING = 'id: unique; age: between 18 90; city: in [Paris, Oslo, Berlin, Madrid, Rome] warn';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-gh-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(PEOPLE, join(dir, 'data', 'people.csv'));
  // More example rows per check than one annotation request carries, to see the batching.
  writeFileSync(join(dir, 'mlgate.yml'), 'data:\n  examples: 40\n');
  return dir;
}

let prism: Prism;
let recorder: Recorder;

beforeAll(async () => {
  prism = await startPrism();
  recorder = await startRecorder(forwardTo(prism.url));
}, 150_000);

afterAll(async () => {
  await recorder?.stop();
  await prism?.stop();
});

function take(): typeof recorder.requests {
  return recorder.requests.splice(0);
}

function githubEnv(repository: string, extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_API_URL: recorder.url, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: repository, ...extra };
}

/** Every request reached Prism, validated, and got a success status. */
function expectAccepted(requests: typeof recorder.requests): void {
  for (const request of requests) {
    expect({ request: `${request.method} ${request.path}`, violations: request.violations }).toEqual({
      request: `${request.method} ${request.path}`,
      violations: []
    });
    expect(request.status).toBeLessThan(300);
    expect(request.headers.authorization).toBe(`token ${TOKEN}`);
    expect(request.headers['user-agent']).toMatch(/^mlgate\/0\.1\.0 /);
  }
}

/** The token is masked for the runner (`::add-mask::`) and appears on no other line. */
function expectMasked(run: { stdout: string; stderr: string }): void {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  expect(lines).toContain(`::add-mask::${TOKEN}`);
  expect(lines.filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
}

describe('validate-data against GitHub’s REST contract (Prism)', () => {
  it('on a pull request: one check run on the PR head with batched annotations, and one sticky comment', async () => {
    const event = pullRequestOpened();
    const head = pullRequestHead(event);
    const ws = workspace();
    const run = await runDist('validate-data', {
      workspace: ws,
      event,
      eventName: 'pull_request',
      env: githubEnv(head.repository),
      inputs: { data: 'data/people.csv', expect: FAILING }
    });
    const requests = take();
    expectAccepted(requests);
    const base = `/repos/${head.repository}`;
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${base}/commits/${head.sha}/check-runs`,
      `POST ${base}/check-runs`,
      `PATCH ${base}/check-runs/4`,
      `GET ${base}/issues/${head.number}/comments`,
      `POST ${base}/issues/${head.number}/comments`
    ]);
    expect(requests[0].query).toEqual({
      check_name: 'mlgate / validate-data',
      filter: 'latest',
      per_page: '100'
    });
    const created = requests[1].body as {
      name: string;
      head_sha: string;
      status: string;
      conclusion: string;
      external_id: string;
      details_url: string;
      output: { title: string; summary: string; annotations: { path: string; annotation_level: string }[] };
    };
    expect(created.name).toBe('mlgate / validate-data');
    // The PR's head, not GITHUB_SHA (the merge commit).
    expect(created.head_sha).toBe(head.sha);
    expect(created.status).toBe('completed');
    expect(created.conclusion).toBe('failure');
    expect(created.external_id).toMatch(/^mlgate-[0-9a-f]{16}$/);
    expect(created.details_url).toBe(`https://github.com/${head.repository}/actions/runs/1658821493`);
    expect(created.output.title).toMatch(/^2 failed, 1 warning of 3 checks on 2,000 rows/);
    expect(created.output.summary.split('\n')[0]).toMatch(/^### ❌ mlgate validate-data: /);
    expect(created.output.annotations).toHaveLength(50);
    expect(created.output.annotations[0]).toMatchObject({
      path: 'data/people.csv',
      annotation_level: 'failure'
    });
    const more = requests[2].body as { output: { annotations: unknown[] } };
    const total = created.output.annotations.length + more.output.annotations.length;
    expect(more.output.annotations.length).toBeGreaterThan(0);
    expect(more.output.annotations.length).toBeLessThanOrEqual(50);
    const comment = requests[4].body as { body: string };
    expect(comment.body).toMatch(
      /^<!-- mlgate:validate-data:[0-9a-f]{12} -->\n### ❌ mlgate validate-data: /
    );
    expect(comment.body).toContain('```mermaid\nxychart-beta');
    // The step: same exit code as without GitHub, outputs from Prism's example answers.
    expect(run.exitCode).toBe(1);
    expect(run.outputs['check-run-id']).toBe('4');
    expect(run.outputs['comment-url']).toBe(
      'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1'
    );
    expect(
      run.annotations.filter(
        (annotation) => annotation.level === 'warning' && !('file' in annotation.properties)
      )
    ).toEqual([]);
    expectMasked(run);
    const verdict = JSON.parse(readFileSync(join(ws, 'mlgate-report', 'validate-data.json'), 'utf8')) as {
      checks: { examples: unknown[]; success: boolean }[];
    };
    expect(total).toBe(verdict.checks.reduce((sum, check) => sum + check.examples.length, 0));
  });

  it('on a push: a check run on the pushed commit, no comment', async () => {
    const event = push();
    const repository = (event.repository as { full_name: string }).full_name;
    const after = event.after as string;
    const run = await runDist('validate-data', {
      workspace: workspace(),
      event,
      eventName: 'push',
      env: githubEnv(repository, { GITHUB_SHA: after }),
      inputs: { data: 'data/people.csv', expect: 'rows: = 2000; email: not-null' }
    });
    const requests = take();
    expectAccepted(requests);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /repos/${repository}/commits/${after}/check-runs`,
      `POST /repos/${repository}/check-runs`
    ]);
    expect(requests[1].body).toMatchObject({ head_sha: after, conclusion: 'success' });
    expect((requests[1].body as { output: Record<string, unknown> }).output.annotations).toBeUndefined();
    expect(run.exitCode).toBe(0);
    expect(run.outputs['check-run-id']).toBe('4');
    expect(run.outputs['comment-url']).toBeUndefined();
  });

  it('fork-safe pair: the PR run only saves the bundle; publish-report on workflow_run posts it', async () => {
    const pull = pullRequestOpened();
    const head = pullRequestHead(pull);
    const ws = workspace();
    const validate = await runDist('validate-data', {
      workspace: ws,
      event: pull,
      eventName: 'pull_request',
      env: githubEnv(head.repository),
      inputs: { data: 'data/people.csv', expect: FAILING, publish: 'bundle' }
    });
    expect(validate.exitCode).toBe(1);
    expect(take()).toEqual([]);
    const bundle = JSON.parse(
      readFileSync(join(ws, 'mlgate-report', 'validate-data.bundle.json'), 'utf8')
    ) as Record<string, unknown>;
    expect(bundle.github).toEqual({
      repository: head.repository,
      eventName: 'pull_request',
      headSha: head.sha,
      headRef: 'changes',
      pullRequest: head.number,
      fork: false,
      runId: '1658821493'
    });
    expect(bundle.posted).toEqual({ checkRun: false, comment: false });

    // The publishing workflow downloads the artifact into a folder of its own.
    const publishWs = mkdtempSync(join(tmpdir(), 'mlgate-publish-'));
    cpSync(join(ws, 'mlgate-report'), join(publishWs, 'bundle', 'mlgate-validate-data'), { recursive: true });
    const publish = await runDist('mlgate', {
      workspace: publishWs,
      event: workflowRunAfter(pull, { fork: false }),
      eventName: 'workflow_run',
      env: githubEnv(head.repository, { GITHUB_RUN_ID: '1658821999' }),
      inputs: { command: 'publish-report', 'report-dir': 'bundle' }
    });
    const requests = take();
    expectAccepted(requests);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /repos/${head.repository}/commits/${head.sha}/check-runs`,
      `POST /repos/${head.repository}/check-runs`,
      `PATCH /repos/${head.repository}/check-runs/4`,
      `GET /repos/${head.repository}/issues/${head.number}/comments`,
      `POST /repos/${head.repository}/issues/${head.number}/comments`
    ]);
    expect(requests[1].body).toMatchObject({
      name: 'mlgate / validate-data',
      head_sha: head.sha,
      conclusion: 'failure'
    });
    expect(publish.exitCode).toBe(0);
    expectMasked(publish);
    expect(publish.outputs['check-run-id']).toBe('4');
    expect(publish.outputs['comment-url']).toBe(
      'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1'
    );
  });

  it('the harness sees Prism reject a request that breaks GitHub’s schema', async () => {
    const response = await fetch(`${recorder.url}/repos/octo-org/octo-repo/check-runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'x',
        head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        conclusion: 'passed'
      })
    });
    const [request] = take();
    expect(response.status).toBe(422);
    expect(request.violations).toEqual([
      expect.objectContaining({ location: ['request', 'body', 'conclusion'], code: 'enum' })
    ]);
  });
});
