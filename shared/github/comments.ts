/**
 * The sticky pull-request comment: one per gate and config, found again by the hidden marker on its
 * first line, created once and edited in place on every later run (no comment spam).
 */
import type { Status } from '../gate/verdict.js';
import type { CommentMode, CommentOnPass } from '../report/options.js';
import type { GitHubClient } from './client.js';
import type { Repository } from './context.js';

/** What to do with the sticky comment. */
export type CommentAction = 'upsert' | 'update-existing' | 'delete-existing' | 'none';

/**
 * The policy: `off` never touches the comment; a clean pass updates the existing comment (or
 * deletes it with `comment-on-pass: delete`) and posts a new one only with `always`; anything else
 * (failures or warnings) posts or updates it.
 */
export function commentAction(mode: CommentMode, onPass: CommentOnPass, status: Status): CommentAction {
  if (mode === 'off') return 'none';
  if (status !== 'passed') return 'upsert';
  if (onPass === 'delete') return 'delete-existing';
  return mode === 'always' ? 'upsert' : 'update-existing';
}

export interface FoundComment {
  readonly id: number;
  readonly url: string;
}

/** Comments read at most (100 per page): a pull request with more is not one we can keep tidy. */
const MAX_PAGES = 50;
const PER_PAGE = 100;

/**
 * The oldest comment on the pull request whose body starts with the marker, bots' first. Pages are
 * walked by number, not by following Link headers: the token then never goes to a URL the API
 * root did not name.
 */
export async function findStickyComment(
  client: GitHubClient,
  repository: Repository,
  pullRequest: number,
  marker: string
): Promise<FoundComment | undefined> {
  let fallback: FoundComment | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repository,
      issue_number: pullRequest,
      per_page: PER_PAGE,
      page
    });
    for (const comment of data) {
      if (!(comment.body ?? '').startsWith(marker)) continue;
      const found = { id: Number(comment.id), url: comment.html_url };
      // The workflow token posts as a bot; a person's comment that merely starts with the marker
      // is only a fallback (a personal token posts as that person).
      if (comment.user?.type === 'Bot') return found;
      fallback ??= found;
    }
    if (data.length < PER_PAGE) break;
  }
  return fallback;
}

export interface CommentResult {
  readonly action: 'created' | 'updated' | 'deleted' | 'none';
  readonly url?: string;
}

/** Applies the policy: finds the sticky comment, then creates, edits or deletes it. */
export async function syncStickyComment(
  client: GitHubClient,
  repository: Repository,
  pullRequest: number,
  marker: string,
  body: string,
  action: CommentAction
): Promise<CommentResult> {
  if (action === 'none') return { action: 'none' };
  const existing = await findStickyComment(client, repository, pullRequest, marker);
  if (existing === undefined) {
    if (action !== 'upsert') return { action: 'none' };
    const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repository,
      issue_number: pullRequest,
      body
    });
    return { action: 'created', url: data.html_url };
  }
  if (action === 'delete-existing') {
    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repository,
      comment_id: existing.id
    });
    return { action: 'deleted' };
  }
  const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    ...repository,
    comment_id: existing.id,
    body
  });
  return { action: 'updated', url: data.html_url };
}
