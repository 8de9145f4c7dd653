/**
 * Check runs: one per gate and commit, named `mlgate / <gate>` unless configured. GitHub appends
 * annotations on every update and has no call to remove them, so a re-run whose content is unchanged
 * (same digest in `external_id`) updates the existing run without resending annotations, and a
 * re-run with different content creates a new run (GitHub shows the latest run of a name).
 */
import { annotationBatches, type CheckRunContent } from '../report/check-run.js';
import type { GitHubClient } from './client.js';
import type { Repository } from './context.js';

export interface CheckRunTarget {
  readonly repository: Repository;
  readonly headSha: string;
  readonly name: string;
  /** The workflow run, linked as the check's details. */
  readonly detailsUrl?: string;
  readonly startedAt?: string;
}

export interface PostedCheckRun {
  readonly id: number;
  readonly url: string;
  readonly created: boolean;
  /** Requests that carried annotations. */
  readonly annotationRequests: number;
}

function externalId(content: CheckRunContent): string {
  return `mlgate-${content.digest}`;
}

/** The id of a check run of this name on the commit with the same content, if any. */
async function findSameRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent
): Promise<{ id: number; url: string } | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...target.repository,
    ref: target.headSha,
    check_name: target.name,
    filter: 'latest',
    per_page: 100
  });
  const run = data.check_runs.find(
    (candidate) => candidate.name === target.name && candidate.external_id === externalId(content)
  );
  return run === undefined ? undefined : { id: Number(run.id), url: run.html_url ?? run.url };
}

/** Creates (or, for an unchanged re-run, updates) the gate's check run with its annotations. */
export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent
): Promise<PostedCheckRun> {
  const output = { title: content.title, summary: content.summary };
  const completion = {
    status: 'completed' as const,
    conclusion: content.conclusion,
    completed_at: new Date().toISOString(),
    ...(target.detailsUrl === undefined ? {} : { details_url: target.detailsUrl })
  };
  const existing = await findSameRun(client, target, content);
  if (existing !== undefined) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...target.repository,
      check_run_id: existing.id,
      ...completion,
      output
    });
    return { id: existing.id, url: existing.url, created: false, annotationRequests: 0 };
  }
  const [first = [], ...rest] = annotationBatches(content.annotations);
  const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    ...target.repository,
    name: target.name,
    head_sha: target.headSha,
    external_id: externalId(content),
    ...(target.startedAt === undefined ? {} : { started_at: target.startedAt }),
    ...completion,
    output: { ...output, ...(first.length === 0 ? {} : { annotations: first }) }
  });
  for (const batch of rest) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...target.repository,
      check_run_id: data.id,
      output: { ...output, annotations: batch }
    });
  }
  return {
    id: Number(data.id),
    url: data.html_url ?? data.url,
    created: true,
    annotationRequests: (first.length === 0 ? 0 : 1) + rest.length
  };
}
