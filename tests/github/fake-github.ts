/**
 * A small stateful GitHub for what Prism cannot show: a sticky comment found again on the next run,
 * a check run found by name, a 403 on a fork, a 429 or 502 before success. Its answers are GitHub's
 * own OpenAPI examples with the ids, names and bodies of what was created overlaid.
 */
import { readFileSync } from 'node:fs';
import type { Handler, RecordedRequest, Reply } from './servers.js';
import { OPENAPI } from './servers.js';

type Json = Record<string, unknown>;

let examples: Record<string, { value: unknown }> | undefined;

/** An example body from GitHub's OpenAPI description, by its components/examples name. */
export function example(name: string): Json {
  examples ??= (
    JSON.parse(readFileSync(OPENAPI, 'utf8')) as {
      components: { examples: Record<string, { value: unknown }> };
    }
  ).components.examples;
  const found = examples[name];
  if (found === undefined) throw new Error(`no OpenAPI example ${name}`);
  return structuredClone(found.value) as Json;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id?: string;
  conclusion?: string;
  annotations: unknown[];
}

export interface FakeComment {
  id: number;
  body: string;
  userType: 'Bot' | 'User';
}

/** A scripted answer, used once, for requests matching method and path. */
export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly reply: Reply;
}

export class FakeGitHub {
  readonly checkRuns: FakeCheckRun[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly faults: Fault[] = [];
  /** The head SHA each pull request reports (GET pulls/{n}). */
  readonly pullHeads = new Map<number, string>();
  private nextId = 1000;

  /** Answers requests; `prefix` is the API root's path (e.g. /api/v3 on GHES). */
  handler(prefix = ''): Handler {
    return (request) => this.answer(request, prefix);
  }

  private answer(request: RecordedRequest, prefix: string): Reply {
    const fault = this.faults.findIndex(
      (candidate) => candidate.method === request.method && candidate.path.test(request.path)
    );
    if (fault !== -1) return this.faults.splice(fault, 1)[0].reply;
    if (!request.path.startsWith(`${prefix}/repos/`)) return notFound();
    const path = request.path.slice(prefix.length);
    const body = (request.body ?? {}) as Json;
    let match: RegExpExecArray | null;
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(path)) &&
      request.method === 'GET'
    ) {
      const runs = this.checkRuns.filter(
        (run) =>
          run.head_sha === match![1] &&
          (request.query.check_name === undefined || run.name === request.query.check_name)
      );
      return { status: 200, body: { total_count: runs.length, check_runs: runs.map(checkRunBody) } };
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path) && request.method === 'POST') {
      const output = (body.output ?? {}) as Json;
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: body.name as string,
        head_sha: body.head_sha as string,
        ...(typeof body.external_id === 'string' ? { external_id: body.external_id } : {}),
        ...(typeof body.conclusion === 'string' ? { conclusion: body.conclusion } : {}),
        annotations: [...((output.annotations as unknown[] | undefined) ?? [])]
      };
      this.checkRuns.push(run);
      return { status: 201, body: checkRunBody(run) };
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path)) && request.method === 'PATCH') {
      const run = this.checkRuns.find((candidate) => candidate.id === Number(match![1]));
      if (run === undefined) return notFound();
      const output = (body.output ?? {}) as Json;
      run.annotations.push(...((output.annotations as unknown[] | undefined) ?? []));
      if (typeof body.conclusion === 'string') run.conclusion = body.conclusion;
      return { status: 200, body: checkRunBody(run) };
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(match[1]);
      const list = this.comments.get(issue) ?? [];
      this.comments.set(issue, list);
      if (request.method === 'GET') {
        const perPage = Number(request.query.per_page ?? 30);
        const page = Number(request.query.page ?? 1);
        return {
          status: 200,
          body: list.slice((page - 1) * perPage, page * perPage).map((comment) => commentBody(comment, issue))
        };
      }
      if (request.method === 'POST') {
        const comment: FakeComment = { id: this.nextId++, body: body.body as string, userType: 'Bot' };
        list.push(comment);
        return { status: 201, body: commentBody(comment, issue) };
      }
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      for (const [issue, list] of this.comments) {
        const index = list.findIndex((comment) => comment.id === Number(match![1]));
        if (index === -1) continue;
        if (request.method === 'DELETE') {
          list.splice(index, 1);
          return { status: 204 };
        }
        if (request.method === 'PATCH') {
          list[index].body = body.body as string;
          return { status: 200, body: commentBody(list[index], issue) };
        }
      }
      return notFound();
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path)) && request.method === 'GET') {
      const pull = example('pull-request');
      pull.number = Number(match[1]);
      (pull.head as Json).sha = this.pullHeads.get(Number(match[1])) ?? (pull.head as Json).sha;
      return { status: 200, body: pull };
    }
    return notFound();
  }

  /** Seeds a comment (as a bot or a person) on a pull request. */
  seedComment(issue: number, body: string, userType: 'Bot' | 'User' = 'Bot'): FakeComment {
    const comment = { id: this.nextId++, body, userType };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }
}

function checkRunBody(run: FakeCheckRun): Json {
  const body = example('check-run');
  return {
    ...body,
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    conclusion: run.conclusion ?? null,
    html_url: `https://github.com/octo-org/octo-repo/runs/${run.id}`
  };
}

function commentBody(comment: FakeComment, issue: number): Json {
  const body = example('issue-comment');
  const user = body.user as Json;
  return {
    ...body,
    id: comment.id,
    body: comment.body,
    html_url: `https://github.com/octo-org/octo-repo/pull/${issue}#issuecomment-${comment.id}`,
    user: {
      ...user,
      type: comment.userType,
      login: comment.userType === 'Bot' ? 'github-actions[bot]' : user.login
    }
  };
}

function notFound(): Reply {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  };
}

/** GitHub's answer to a write with a fork's read-only token. */
export function forbidden(docs: string): Reply {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' }
  };
}
