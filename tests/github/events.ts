/**
 * Webhook payloads as GitHub sends them, from @octokit/webhooks-examples (the community-maintained
 * examples the octokit webhooks types are checked against), with the few fields a test needs changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-dist.js';

type Json = Record<string, unknown>;

interface Definition {
  readonly name: string;
  readonly examples: Json[];
}

let definitions: Definition[] | undefined;

function examples(name: string): Json[] {
  definitions ??= JSON.parse(
    readFileSync(
      join(REPO_ROOT, 'node_modules', '@octokit', 'webhooks-examples', 'api.github.com', 'index.json'),
      'utf8'
    )
  ) as Definition[];
  const found = definitions.find((definition) => definition.name === name);
  if (found === undefined) throw new Error(`no webhook examples for ${name}`);
  return found.examples.map((payload) => structuredClone(payload));
}

/** `pull_request` `opened`: PR #2 of Codertocat/Hello-World, head ec26c3e5…, from the same repository. */
export function pullRequestOpened(): Json {
  const payload = examples('pull_request').find((candidate) => candidate.action === 'opened');
  if (payload === undefined) throw new Error('no pull_request opened example');
  return payload;
}

/** The same pull request opened from a fork (`forker/Hello-World`): its workflows get a read-only token. */
export function pullRequestFromFork(): Json {
  const payload = pullRequestOpened();
  const head = (payload.pull_request as Json).head as Json;
  head.repo = { ...(head.repo as Json), full_name: 'forker/Hello-World', fork: true };
  head.label = 'forker:changes';
  return payload;
}

export function pullRequestHead(payload: Json): { sha: string; number: number; repository: string } {
  const pull = payload.pull_request as Json;
  return {
    sha: (pull.head as Json).sha as string,
    number: pull.number as number,
    repository: (payload.repository as Json).full_name as string
  };
}

/** A `push` to the default branch. */
export function push(): Json {
  return examples('push')[0];
}

/** `workflow_run` `completed` naming one pull request (a run of a same-repository PR). */
export function workflowRunCompleted(): Json {
  const payload = examples('workflow_run').find(
    (candidate) =>
      candidate.action === 'completed' &&
      ((candidate.workflow_run as Json).pull_requests as unknown[]).length === 1
  );
  if (payload === undefined) throw new Error('no workflow_run example with a pull request');
  return payload;
}

/**
 * The `workflow_run` `completed` event that follows the pull-request workflow of `pull`: the
 * example payload made consistent with it (same repository, head commit and pull request). A fork's
 * run names no pull request (GitHub leaves `pull_requests` empty for forks).
 */
export function workflowRunAfter(pull: Json, options: { fork: boolean }): Json {
  const payload = workflowRunCompleted();
  const run = payload.workflow_run as Json;
  const head = pullRequestHead(pull);
  const repository = pull.repository as Json;
  payload.repository = repository;
  run.event = 'pull_request';
  run.head_sha = head.sha;
  run.repository = { ...(run.repository as Json), full_name: head.repository };
  run.head_repository = {
    ...(run.head_repository as Json),
    full_name: options.fork ? 'forker/Hello-World' : head.repository
  };
  const named = (run.pull_requests as Json[])[0];
  named.number = head.number;
  (named.head as Json).sha = head.sha;
  run.pull_requests = options.fork ? [] : [named];
  return payload;
}
