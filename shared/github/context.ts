/**
 * Where a run reports on GitHub, from the runner's environment and the event payload
 * (GITHUB_EVENT_PATH). The commit is the pull request's head, not GITHUB_SHA: on `pull_request`
 * GITHUB_SHA is a merge commit that no reviewer sees, and a check run on it never shows on the PR.
 */
import { readFile } from 'node:fs/promises';

type Env = Readonly<Record<string, string | undefined>>;

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface GitHubContext {
  readonly repository: Repository;
  readonly eventName: string;
  /** The commit reports attach to. */
  readonly headSha: string;
  /** The pull request's head branch (named by its author: shown escaped). */
  readonly headRef?: string;
  readonly pullRequest?: number;
  /** Numbers of the pull requests a workflow_run event names (empty for forks: GitHub leaves them out). */
  readonly eventPullRequests: readonly number[];
  /** The pull request's head is in another repository: its workflows get a read-only token. */
  readonly fork: boolean;
  readonly runId?: string;
  /** The workflow run's page. */
  readonly runUrl?: string;
  readonly apiUrl: string;
  readonly workspace?: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The event payload, or {} when there is none or it cannot be read. */
export async function readEventPayload(env: Env): Promise<Record<string, unknown>> {
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return {};
  try {
    return record(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return {};
  }
}

/** What the payload says about the commit and pull request, by event. */
export function fromPayload(
  eventName: string,
  payload: Record<string, unknown>
): { headSha?: string; headRef?: string; pullRequest?: number; eventPullRequests: number[]; fork: boolean } {
  const pull = record(payload.pull_request);
  if (Object.keys(pull).length > 0) {
    const head = record(pull.head);
    const headRepo = str(record(head.repo).full_name);
    const baseRepo =
      str(record(record(pull.base).repo).full_name) ?? str(record(payload.repository).full_name);
    const number = positive(pull.number) ?? positive(payload.number);
    return {
      ...(str(head.sha) === undefined ? {} : { headSha: str(head.sha) }),
      ...(str(head.ref) === undefined ? {} : { headRef: str(head.ref) }),
      ...(number === undefined ? {} : { pullRequest: number }),
      eventPullRequests: number === undefined ? [] : [number],
      // A deleted fork leaves head.repo null: still not the base repository.
      fork: headRepo === undefined || headRepo !== baseRepo
    };
  }
  if (eventName === 'workflow_run') {
    const run = record(payload.workflow_run);
    const numbers = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
      .map((entry) => positive(record(entry).number))
      .filter((number): number is number => number !== undefined);
    const headRepo = str(record(run.head_repository).full_name);
    const baseRepo = str(record(run.repository).full_name) ?? str(record(payload.repository).full_name);
    return {
      ...(str(run.head_sha) === undefined ? {} : { headSha: str(run.head_sha) }),
      ...(str(run.head_branch) === undefined ? {} : { headRef: str(run.head_branch) }),
      ...(numbers[0] === undefined ? {} : { pullRequest: numbers[0] }),
      eventPullRequests: numbers,
      fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
    };
  }
  if (eventName === 'merge_group') {
    const sha = str(record(payload.merge_group).head_sha);
    return { ...(sha === undefined ? {} : { headSha: sha }), eventPullRequests: [], fork: false };
  }
  return { eventPullRequests: [], fork: false };
}

/**
 * The workflow run this process belongs to: its id and page (the attempt's page after a re-run), or
 * undefined when GITHUB_REPOSITORY or GITHUB_RUN_ID is missing or malformed.
 */
export function runOf(env: Env): { id: string; url: string } | undefined {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const id = env.GITHUB_RUN_ID;
  if (!/^[^/]+\/[^/]+$/.test(repository) || id === undefined || !/^\d+$/.test(id)) return undefined;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT;
  const retried = attempt !== undefined && /^\d+$/.test(attempt) && attempt !== '1';
  return { id, url: `${server}/${repository}/actions/runs/${id}${retried ? `/attempts/${attempt}` : ''}` };
}

/**
 * The GitHub context of an Actions run, or undefined outside Actions (a local CLI run, another CI)
 * or when the environment does not name a repository and a commit.
 */
export async function readGitHubContext(env: Env): Promise<GitHubContext | undefined> {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0)
    return undefined;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const fromEvent = fromPayload(eventName, await readEventPayload(env));
  const headSha = fromEvent.headSha ?? env.GITHUB_SHA;
  if (headSha === undefined || !SHA.test(headSha)) return undefined;
  const run = runOf(env);
  return {
    repository: { owner, repo },
    eventName,
    headSha,
    ...(fromEvent.headRef === undefined ? {} : { headRef: fromEvent.headRef }),
    ...(fromEvent.pullRequest === undefined ? {} : { pullRequest: fromEvent.pullRequest }),
    eventPullRequests: fromEvent.eventPullRequests,
    fork: fromEvent.fork,
    ...(run === undefined ? {} : { runId: run.id, runUrl: run.url }),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    ...(env.GITHUB_WORKSPACE === undefined || env.GITHUB_WORKSPACE === ''
      ? {}
      : { workspace: env.GITHUB_WORKSPACE })
  };
}
