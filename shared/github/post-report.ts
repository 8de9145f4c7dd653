/**
 * Posts one verdict to GitHub: the check run on the head commit and, on a pull request, the sticky
 * comment. Each part fails on its own (a token may write checks but not comments); what failed comes
 * back as refusals for the caller to report once. Nothing here changes a verdict.
 */
import type { Verdict } from '../gate/verdict.js';
import { checkRunContent } from '../report/check-run.js';
import { commentBody, commentMarker } from '../report/comment.js';
import type { CommentMode, CommentOnPass } from '../report/options.js';
import type { Logger } from '../runtime/logger.js';
import { MLGATE_VERSION } from '../runtime/version.js';
import { publishCheckRun, type PostedCheckRun } from './checks.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import { commentAction, syncStickyComment, type CommentResult } from './comments.js';
import type { Repository } from './context.js';
import { refusalOf, type Refusal } from './errors.js';

export interface PostTarget {
  readonly repository: Repository;
  readonly headSha: string;
  readonly headRef?: string;
  readonly pullRequest?: number;
  readonly runUrl?: string;
  readonly workspace?: string;
}

export interface PostRequest {
  readonly verdict: Verdict;
  readonly markdown: string;
  readonly target: PostTarget;
  readonly checkName: string;
  readonly comment: CommentMode;
  readonly commentOnPass: CommentOnPass;
  readonly key: string;
  /** Parts already posted (by the gate's own run) that must not be posted again. */
  readonly skip?: { readonly checkRun?: boolean; readonly comment?: boolean };
  /** A line for the check run's summary saying where the full report is. */
  readonly reportNote?: string;
}

export interface PostOutcome {
  readonly checkRun?: PostedCheckRun;
  readonly comment?: CommentResult;
  readonly refusals: readonly { readonly what: 'check run' | 'comment'; readonly refusal: Refusal }[];
}

/** A client for the API at `apiUrl` with `token`. */
export function clientFor(token: string, apiUrl: string, logger: Logger): GitHubClient {
  return createGitHubClient({ token, baseUrl: apiUrl, logger });
}

/** Posts the check run and the comment; never throws for an API failure. */
export async function postReport(
  client: GitHubClient,
  request: PostRequest,
  logger: Logger
): Promise<PostOutcome> {
  const { verdict, target } = request;
  const refusals: { what: 'check run' | 'comment'; refusal: Refusal }[] = [];
  let checkRun: PostedCheckRun | undefined;
  let comment: CommentResult | undefined;
  if (request.skip?.checkRun !== true) {
    try {
      const content = checkRunContent(verdict, request.markdown, {
        ...(target.workspace === undefined ? {} : { workspace: target.workspace }),
        ...(request.reportNote === undefined ? {} : { reportNote: request.reportNote })
      });
      checkRun = await publishCheckRun(
        client,
        {
          repository: target.repository,
          headSha: target.headSha,
          name: request.checkName,
          ...(target.runUrl === undefined ? {} : { detailsUrl: target.runUrl }),
          startedAt: verdict.createdAt
        },
        content
      );
      logger.info(
        `${checkRun.created ? 'Created' : 'Updated'} check run "${request.checkName}" on ${target.headSha.slice(0, 7)}${content.annotations.length > 0 ? ` with ${content.annotations.length} annotations` : ''}: ${checkRun.url}`
      );
    } catch (error) {
      refusals.push({ what: 'check run', refusal: refusalOf(error) });
    }
  }
  if (target.pullRequest !== undefined && request.skip?.comment !== true) {
    try {
      const marker = commentMarker(verdict.gate, request.key);
      const body = commentBody(marker, verdict, request.markdown, {
        version: MLGATE_VERSION,
        headSha: target.headSha,
        ...(target.headRef === undefined ? {} : { headRef: target.headRef }),
        ...(target.runUrl === undefined ? {} : { runUrl: target.runUrl })
      });
      comment = await syncStickyComment(
        client,
        target.repository,
        target.pullRequest,
        marker,
        body,
        commentAction(request.comment, request.commentOnPass, verdict.status)
      );
      if (comment.action !== 'none')
        logger.info(
          `${{ created: 'Created', updated: 'Updated', deleted: 'Deleted' }[comment.action]} the comment on pull request #${target.pullRequest}${comment.url === undefined ? '' : `: ${comment.url}`}`
        );
    } catch (error) {
      refusals.push({ what: 'comment', refusal: refusalOf(error) });
    }
  }
  return {
    ...(checkRun === undefined ? {} : { checkRun }),
    ...(comment === undefined ? {} : { comment }),
    refusals
  };
}

/**
 * The one warning for everything that could not be posted: what, why (read-only token on a fork,
 * missing permission, rate limit…), and where the report is instead.
 */
export function refusalWarning(
  refusals: PostOutcome['refusals'],
  situation: { readonly fork: boolean; readonly bundleHint: string }
): string {
  const what = [...new Set(refusals.map((entry) => entry.what))].join(' and ');
  const first = refusals[0]?.refusal;
  const reason =
    first === undefined
      ? ''
      : first.kind === 'read-only' || first.kind === 'not-found'
        ? situation.fork
          ? 'the token is read-only (a pull request from a fork)'
          : 'the token may not write here (grant `checks: write` and `pull-requests: write` in the workflow’s permissions)'
        : first.kind === 'unauthorized'
          ? 'the token was refused (401)'
          : first.kind === 'rate-limited'
            ? 'GitHub’s rate limit'
            : 'GitHub did not answer';
  const detail =
    first === undefined ? '' : ` (${first.status === undefined ? '' : `${first.status} `}${first.message})`;
  return `mlgate could not post the ${what}: ${reason}${detail}. The verdict is unchanged. ${situation.bundleHint}`;
}
