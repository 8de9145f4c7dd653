/**
 * What Prism cannot show, against a small stateful GitHub (fake-github.ts) answering with GitHub's
 * OpenAPI examples: the second run finds and edits the sticky comment and the check run, the
 * comment is found across pages, a fork's 403 degrades to one warning, a 429 and a 502 are retried.
 * Exact requests are asserted.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDist } from '../helpers/run-dist.js';
import { pullRequestFromFork } from './events.js';
import { forbidden } from './fake-github.js';
import { FAILING, Harness, head, PASSING, warnings, workspace } from './harness.js';
import { startRecorder } from './servers.js';

const h = new Harness();

describe('sticky comment and check run across runs', () => {
  it('creates one comment and one check run, then edits both in place on the next run', async () => {
    const ws = workspace(40);
    const first = await h.onPullRequest(ws, { expect: FAILING });
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'PATCH /check-runs/1000',
      'GET /issues/2/comments',
      'POST /issues/2/comments'
    ]);
    const annotationCounts = h.recorder.requests
      .filter((request) => request.path.includes('/check-runs') && request.method !== 'GET')
      .map(
        (request) =>
          ((request.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length
      );
    expect(annotationCounts).toEqual([50, 10]);
    expect(h.github.checkRuns[0].annotations).toHaveLength(60);
    expect(first.outputs['check-run-id']).toBe('1000');
    expect(first.outputs['comment-url']).toBe(
      'https://github.com/octo-org/octo-repo/pull/2#issuecomment-1001'
    );

    h.recorder.requests.length = 0;
    const second = await h.onPullRequest(ws, { expect: FAILING });
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'PATCH /check-runs/1000',
      'GET /issues/2/comments',
      'PATCH /issues/comments/1001'
    ]);
    // The unchanged check run is completed again without resending (and so duplicating) annotations.
    expect(
      (h.recorder.requests[1].body as { output: Record<string, unknown> }).output.annotations
    ).toBeUndefined();
    expect(h.github.checkRuns).toHaveLength(1);
    expect(h.github.checkRuns[0].annotations).toHaveLength(60);
    expect(h.github.comments.get(2)).toHaveLength(1);
    expect(second.outputs['check-run-id']).toBe('1000');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(second.exitCode).toBe(1);

    // Fixed data on the same pull request: a new check run (new content), the same comment, now green.
    h.recorder.requests.length = 0;
    const third = await h.onPullRequest(ws, { expect: PASSING });
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'GET /issues/2/comments',
      'PATCH /issues/comments/1001'
    ]);
    expect(h.github.checkRuns.map((run) => run.conclusion)).toEqual(['failure', 'success']);
    expect(h.github.comments.get(2)![0].body).toMatch(/^<!-- mlgate:validate-data:[0-9a-f]{12} -->\n### ✅ /);
    expect(third.exitCode).toBe(0);
    expect(
      h.recorder.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))
    ).toEqual([]);
  });

  it('finds its comment on a later page, and prefers the bot’s over a person’s that quotes the marker', async () => {
    const ws = workspace();
    await h.onPullRequest(ws, { expect: FAILING, comment: 'always' });
    const marker = h.github.comments.get(2)![0].body.split('\n')[0];
    // Start over with 150 comments before ours, and a person's comment that starts with the marker.
    h.github.comments.clear();
    for (let index = 0; index < 120; index++) h.github.seedComment(2, `comment ${index}`, 'User');
    h.github.seedComment(2, `${marker}\nquoted by a person`, 'User');
    for (let index = 0; index < 30; index++) h.github.seedComment(2, `comment ${index}`, 'User');
    const ours = h.github.seedComment(2, `${marker}\nold report`, 'Bot');
    h.recorder.requests.length = 0;
    await h.onPullRequest(ws, { expect: FAILING });
    const listing = h.recorder.requests.filter(
      (request) => request.method === 'GET' && request.path.endsWith('/comments')
    );
    expect(listing.map((request) => request.query)).toEqual([
      { per_page: '100', page: '1' },
      { per_page: '100', page: '2' }
    ]);
    expect(h.calls().filter((call) => call.includes('comments') && !call.startsWith('GET'))).toEqual([
      `PATCH /issues/comments/${ours.id}`
    ]);
  });

  it('comment: off posts none; comment-on-pass: delete removes it once the gate passes', async () => {
    const ws = workspace();
    await h.onPullRequest(ws, { expect: FAILING, comment: 'off' });
    expect(h.calls().filter((call) => call.includes('comments'))).toEqual([]);
    await h.onPullRequest(ws, { expect: FAILING, 'comment-on-pass': 'delete' });
    expect(h.github.comments.get(2)).toHaveLength(1);
    h.recorder.requests.length = 0;
    const passed = await h.onPullRequest(ws, { expect: PASSING, 'comment-on-pass': 'delete' });
    expect(h.calls().filter((call) => call.includes('comments'))).toEqual([
      'GET /issues/2/comments',
      'DELETE /issues/comments/1001'
    ]);
    expect(h.github.comments.get(2)).toEqual([]);
    expect(passed.outputs['comment-url']).toBeUndefined();
  });
});

describe('degrading cleanly', () => {
  it('a fork’s read-only token: one warning, the same exit code and verdict, the bundle kept', async () => {
    const fork = pullRequestFromFork();
    h.github.faults.push(
      {
        method: 'POST',
        path: /\/check-runs$/,
        reply: forbidden('https://docs.github.com/rest/checks/runs#create-a-check-run')
      },
      {
        method: 'POST',
        path: /\/issues\/2\/comments$/,
        reply: forbidden('https://docs.github.com/rest/issues/comments#create-an-issue-comment')
      }
    );
    const ws = workspace();
    const run = await h.onPullRequest(ws, { expect: FAILING }, { event: fork });
    // Each refused write is tried once: 403 is not retried.
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'GET /issues/2/comments',
      'POST /issues/2/comments'
    ]);
    expect(warnings(run)).toEqual([
      'mlgate could not post the check run and comment: the token is read-only (a pull request from a fork) (403 Resource not accessible by integration - https://docs.github.com/rest/checks/runs#create-a-check-run). The verdict is unchanged. The report bundle is in mlgate-report: post it with `mlgate publish-report` from a workflow_run workflow (workflows-examples/fork-safe-publish.yml).'
    ]);
    const offline = await runDist('validate-data', {
      workspace: workspace(),
      inputs: { data: 'data/people.csv', expect: FAILING }
    });
    expect(run.exitCode).toBe(offline.exitCode);
    expect(run.failure).toBe(offline.failure);
    expect(run.outputs['check-run-id']).toBeUndefined();
    expect(run.outputs['comment-url']).toBeUndefined();
    const bundle = JSON.parse(
      readFileSync(join(ws, 'mlgate-report', 'validate-data.bundle.json'), 'utf8')
    ) as {
      posted: unknown;
      github: { fork: boolean; headSha: string };
    };
    expect(bundle.posted).toEqual({ checkRun: false, comment: false });
    expect(bundle.github).toMatchObject({ fork: true, headSha: head.sha });
  });

  it('no token: one warning, nothing sent', async () => {
    const run = await h.onPullRequest(
      workspace(),
      { expect: FAILING, 'github-token': '' },
      { env: { GITHUB_TOKEN: '' } }
    );
    expect(h.recorder.requests).toEqual([]);
    expect(warnings(run)).toEqual([
      'mlgate could not post the check run and comment: no github-token. The verdict is unchanged. The report bundle is in mlgate-report: post it with `mlgate publish-report` from a workflow_run workflow (workflows-examples/fork-safe-publish.yml).'
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('a secondary rate limit (429, retry-after) then success: waits and retries once', async () => {
    h.github.faults.push({
      method: 'POST',
      path: /\/check-runs$/,
      reply: {
        status: 429,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '429'
        }
      }
    });
    const run = await h.onPullRequest(workspace(), { expect: FAILING, comment: 'off' });
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'POST /check-runs'
    ]);
    expect(h.recorder.requests.map((request) => request.status)).toEqual([200, 429, 201]);
    expect(run.stdout).toContain(
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/check-runs: retrying in 1s'
    );
    expect(warnings(run)).toEqual([]);
    expect(run.outputs['check-run-id']).toBe('1000');
  });

  it('a primary rate limit that resets too late: no waiting, one warning', async () => {
    h.github.faults.push({
      method: 'GET',
      path: /\/check-runs$/,
      reply: {
        status: 403,
        headers: {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403'
        }
      }
    });
    const run = await h.onPullRequest(workspace(), { expect: FAILING, comment: 'off' });
    expect(h.calls()).toEqual([`GET /commits/${head.sha}/check-runs`]);
    expect(warnings(run)).toEqual([
      expect.stringMatching(
        /^mlgate could not post the check run: GitHub’s rate limit \(403 API rate limit exceeded/
      )
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('a 502 then success: retried with backoff', async () => {
    h.github.faults.push({
      method: 'GET',
      path: /\/issues\/2\/comments$/,
      reply: { status: 502, body: { message: 'Server Error' } }
    });
    const run = await h.onPullRequest(workspace(), { expect: FAILING });
    expect(h.calls()).toEqual([
      `GET /commits/${head.sha}/check-runs`,
      'POST /check-runs',
      'GET /issues/2/comments',
      'GET /issues/2/comments',
      'POST /issues/2/comments'
    ]);
    expect(h.recorder.requests[2].status).toBe(502);
    expect(warnings(run)).toEqual([]);
    expect(run.outputs['comment-url']).toBe('https://github.com/octo-org/octo-repo/pull/2#issuecomment-1001');
  });

  it('GHES: requests go under GITHUB_API_URL’s path', async () => {
    await h.recorder.stop();
    h.recorder = await startRecorder(h.github.handler('/api/v3'));
    const run = await h.onPullRequest(
      workspace(),
      { expect: PASSING, comment: 'off' },
      { env: { GITHUB_API_URL: `${h.recorder.url}/api/v3` } }
    );
    expect(h.recorder.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /api/v3/repos/${head.repository}/commits/${head.sha}/check-runs`,
      `POST /api/v3/repos/${head.repository}/check-runs`
    ]);
    expect(run.outputs['check-run-id']).toBe('1000');
  });
});
