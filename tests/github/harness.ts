/**
 * The fake-GitHub harness shared by the contract tests: a fresh FakeGitHub behind a recorder for
 * every test, a workspace with the people fixture, and validate-data run on a pull-request event.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runDist, type DistRun } from '../helpers/run-dist.js';
import { pullRequestHead, pullRequestOpened } from './events.js';
import { FakeGitHub } from './fake-github.js';
import { startRecorder, type Recorder } from './servers.js';

export const TOKEN = 'ghs_fakeContractToken0123456789abcdef';
export const FAILING = 'id: unique; age: between 18 90; city: in [Paris, Oslo, Berlin, Madrid, Rome] warn';
export const PASSING = 'rows: = 2000; email: not-null';
/** The example pull request: #2 of Codertocat/Hello-World at ec26c3e5…. */
export const head = pullRequestHead(pullRequestOpened());

/** A workspace with data/people.csv and a config keeping `examples` failing rows per check. */
export function workspace(examples = 10): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-fake-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(join(REPO_ROOT, 'tests', 'checks', 'fixtures', 'people.csv'), join(dir, 'data', 'people.csv'));
  writeFileSync(join(dir, 'mlgate.yml'), `data:\n  examples: ${examples}\n`);
  return dir;
}

/** The step's warnings that are not row annotations. */
export function warnings(run: DistRun): string[] {
  return run.annotations
    .filter((annotation) => annotation.level === 'warning' && annotation.properties.file === undefined)
    .map((annotation) => annotation.message);
}

export class Harness {
  github = new FakeGitHub();
  recorder!: Recorder;

  /** Registers the per-test setup and teardown in the calling test file. */
  constructor() {
    beforeEach(async () => {
      this.github = new FakeGitHub();
      this.recorder = await startRecorder(this.github.handler());
    });
    afterEach(async () => {
      await this.recorder.stop();
    });
  }

  /** `METHOD /path` of each request, the /repos/{owner}/{repo} prefix left out. */
  calls(): string[] {
    return this.recorder.requests.map(
      (request) => `${request.method} ${request.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`
    );
  }

  /** validate-data on a pull_request event (the example's, or `options.event`). */
  async onPullRequest(
    ws: string,
    inputs: Record<string, string>,
    options: { event?: Record<string, unknown>; env?: Record<string, string> } = {}
  ): Promise<DistRun> {
    const event = options.event ?? pullRequestOpened();
    return runDist('validate-data', {
      workspace: ws,
      event,
      eventName: 'pull_request',
      env: {
        GITHUB_API_URL: this.recorder.url,
        GITHUB_TOKEN: TOKEN,
        GITHUB_REPOSITORY: pullRequestHead(event).repository,
        ...options.env
      },
      inputs: { data: 'data/people.csv', ...inputs }
    });
  }
}
