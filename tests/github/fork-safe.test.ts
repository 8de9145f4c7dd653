/**
 * The fork-safe pair end to end against the fake GitHub: the fork's pull-request run posts nothing
 * and saves the bundle; publish-report, on the workflow_run that follows, verifies the bundle's
 * provenance and posts the check run and the sticky comment.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runDist, type DistRun } from '../helpers/run-dist.js';
import { pullRequestFromFork, pullRequestOpened, workflowRunAfter } from './events.js';
import { forbidden } from './fake-github.js';
import { FAILING, Harness, head, TOKEN, warnings, workspace } from './harness.js';

const h = new Harness();

describe('fork-safe reporting', () => {
  async function forkBundle(): Promise<{ bundleDir: string; validate: DistRun }> {
    const ws = workspace();
    const validate = await h.onPullRequest(
      ws,
      { expect: FAILING, publish: 'bundle' },
      { event: pullRequestFromFork() }
    );
    const bundleDir = mkdtempSync(join(tmpdir(), 'mlgate-download-'));
    cpSync(join(ws, 'mlgate-report'), join(bundleDir, 'mlgate-validate-data'), { recursive: true });
    return { bundleDir, validate };
  }

  async function publish(bundleDir: string, event: Record<string, unknown>): Promise<DistRun> {
    return runDist('mlgate', {
      workspace: bundleDir,
      event,
      eventName: 'workflow_run',
      env: { GITHUB_API_URL: h.recorder.url, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: head.repository },
      inputs: { command: 'publish-report', 'report-dir': '.' }
    });
  }

  it('the fork’s run posts nothing; publish-report checks the PR’s head, then posts check run and comment', async () => {
    const { bundleDir, validate } = await forkBundle();
    expect(h.recorder.requests).toEqual([]);
    expect(warnings(validate)).toEqual([]);
    h.github.pullHeads.set(2, head.sha);
    const run = await publish(bundleDir, workflowRunAfter(pullRequestOpened(), { fork: true }));
    expect(h.calls()).toEqual([
      'GET /pulls/2',
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'GET /issues/2/comments',
      'POST /issues/2/comments'
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      'check-run-id': '1000',
      'comment-url': 'https://github.com/octo-org/octo-repo/pull/2#issuecomment-1001'
    });
    expect(h.github.checkRuns[0]).toMatchObject({
      name: 'mlgate / validate-data',
      head_sha: head.sha,
      conclusion: 'failure'
    });
    // Posted a second time (a re-run of the publishing workflow): the same comment is edited.
    h.recorder.requests.length = 0;
    await publish(bundleDir, workflowRunAfter(pullRequestOpened(), { fork: true }));
    expect(h.calls().filter((call) => call.includes('comments'))).toEqual([
      'GET /issues/2/comments',
      'PATCH /issues/comments/1001'
    ]);
  });

  it('the CLI posts the same bundle', async () => {
    const { bundleDir } = await forkBundle();
    h.github.pullHeads.set(2, head.sha);
    const eventFile = join(bundleDir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(workflowRunAfter(pullRequestOpened(), { fork: true })));
    const run = await runCli(['publish-report', '--report-dir', '.', '--github-token', TOKEN], {
      cwd: bundleDir,
      env: {
        GITHUB_API_URL: h.recorder.url,
        GITHUB_REPOSITORY: head.repository,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: eventFile
      }
    });
    expect(run.stdout).toBe(
      'check-run-id=1000\ncomment-url=https://github.com/octo-org/octo-repo/pull/2#issuecomment-1001\n'
    );
    expect(run.exitCode).toBe(0);
  });

  it('refuses a bundle for another commit, and skips the comment when the PR has moved on', async () => {
    const { bundleDir } = await forkBundle();
    const other = workflowRunAfter(pullRequestOpened(), { fork: true });
    (other.workflow_run as Record<string, unknown>).head_sha = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
    const tampered = await publish(bundleDir, other);
    expect(tampered.exitCode).toBe(1);
    expect(tampered.failure).toMatch(
      /validate-data\.bundle\.json: the bundle is for commit ec26c3e57ca3a959ca5aad62de7213c562f8c821, the workflow run that triggered this one is for f95f852bd8fca8fcc58a9a2d6c842781e32a215e$/
    );
    expect(h.recorder.requests).toEqual([]);

    h.github.pullHeads.set(2, 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e');
    const moved = await publish(bundleDir, workflowRunAfter(pullRequestOpened(), { fork: true }));
    expect(h.calls()).toEqual(['GET /pulls/2', `GET /commits/${head.sha}/check-runs`, 'POST /check-runs']);
    expect(warnings(moved)).toEqual([
      'Not commenting on pull request #2: its head is f95f852, the report is for ec26c3e (a newer push, or a report that names the wrong pull request).'
    ]);
    expect(moved.exitCode).toBe(0);
  });

  it('fails the publishing step when its own token may not write', async () => {
    const { bundleDir } = await forkBundle();
    h.github.pullHeads.set(2, head.sha);
    h.github.faults.push({
      method: 'POST',
      path: /\/check-runs$/,
      reply: forbidden('https://docs.github.com/rest/checks/runs')
    });
    const run = await publish(bundleDir, workflowRunAfter(pullRequestOpened(), { fork: true }));
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(
      /^publish-report: .*validate-data\.bundle\.json: the check run was refused \(403: Resource not accessible by integration/
    );
  });
});
