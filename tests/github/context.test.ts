import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentAction } from '../../shared/github/comments.js';
import { fromPayload, readGitHubContext } from '../../shared/github/context.js';
import { refusalOf } from '../../shared/github/errors.js';
import { pullRequestFromFork, pullRequestOpened, push, workflowRunAfter } from './events.js';

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mlgate-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const MERGE_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

describe('the GitHub context', () => {
  it('takes the pull request’s head commit, not the merge commit in GITHUB_SHA', async () => {
    const context = await readGitHubContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestOpened()),
      GITHUB_SHA: MERGE_SHA,
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      GITHUB_WORKSPACE: '/ws'
    });
    expect(context).toEqual({
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      eventName: 'pull_request',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRef: 'changes',
      pullRequest: 2,
      eventPullRequests: [2],
      fork: false,
      runId: '42',
      runUrl: 'https://ghe.example.com/Codertocat/Hello-World/actions/runs/42/attempts/2',
      apiUrl: 'https://ghe.example.com/api/v3',
      workspace: '/ws'
    });
  });

  it('knows a fork, a push and a workflow_run', () => {
    expect(fromPayload('pull_request', pullRequestFromFork())).toMatchObject({ fork: true, pullRequest: 2 });
    expect(fromPayload('push', push())).toEqual({ eventPullRequests: [], fork: false });
    const after = workflowRunAfter(pullRequestOpened(), { fork: true });
    expect(fromPayload('workflow_run', after)).toEqual({
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRef: 'master',
      eventPullRequests: [],
      fork: true
    });
    expect(fromPayload('workflow_run', workflowRunAfter(pullRequestOpened(), { fork: false }))).toMatchObject(
      {
        pullRequest: 2,
        eventPullRequests: [2],
        fork: false
      }
    );
  });

  it('is undefined outside Actions, or without a repository and a commit', async () => {
    expect(await readGitHubContext({ GITHUB_REPOSITORY: 'a/b', GITHUB_SHA: MERGE_SHA })).toBeUndefined();
    expect(await readGitHubContext({ GITHUB_ACTIONS: 'true', GITHUB_SHA: MERGE_SHA })).toBeUndefined();
    expect(
      await readGitHubContext({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'a/b', GITHUB_SHA: 'main' })
    ).toBeUndefined();
    expect(
      await readGitHubContext({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_SHA: MERGE_SHA,
        GITHUB_EVENT_PATH: '/nonexistent/event.json'
      })
    ).toMatchObject({ headSha: MERGE_SHA, fork: false });
  });
});

describe('the comment policy', () => {
  it('posts on failures and warnings, updates or deletes on a clean pass, and never with off', () => {
    const table = (['off', 'on-failure', 'always'] as const).flatMap((mode) =>
      (['update', 'delete'] as const).map((onPass) => [
        `${mode}/${onPass}`,
        commentAction(mode, onPass, 'failed'),
        commentAction(mode, onPass, 'warning'),
        commentAction(mode, onPass, 'passed')
      ])
    );
    expect(table).toEqual([
      ['off/update', 'none', 'none', 'none'],
      ['off/delete', 'none', 'none', 'none'],
      ['on-failure/update', 'upsert', 'upsert', 'update-existing'],
      ['on-failure/delete', 'upsert', 'upsert', 'delete-existing'],
      ['always/update', 'upsert', 'upsert', 'upsert'],
      ['always/delete', 'upsert', 'upsert', 'delete-existing']
    ]);
  });
});

describe('refusals', () => {
  it('tells a read-only token, a rate limit and an outage apart', () => {
    expect(
      refusalOf(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))
    ).toEqual({
      kind: 'read-only',
      status: 403,
      message: 'Resource not accessible by integration'
    });
    expect(refusalOf(Object.assign(new Error('API rate limit exceeded'), { status: 403 })).kind).toBe(
      'rate-limited'
    );
    expect(refusalOf(Object.assign(new Error('Not Found'), { status: 404 })).kind).toBe('not-found');
    expect(refusalOf(Object.assign(new Error('Bad credentials'), { status: 401 })).kind).toBe('unauthorized');
    expect(refusalOf(Object.assign(new Error('Validation Failed'), { status: 422 })).kind).toBe('rejected');
    expect(refusalOf(new Error('fetch failed'))).toEqual({ kind: 'failed', message: 'fetch failed' });
  });
});
