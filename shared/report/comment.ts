/**
 * The sticky PR comment's text: a hidden marker on the first line (how the next run finds the
 * comment to edit), the verdict's markdown, and a footer. Pure: posting is shared/github's job.
 */
import { createHash } from 'node:crypto';
import type { Verdict } from '../gate/verdict.js';
import { codeSpan } from './escape.js';
import { truncateMarkdown } from './render.js';

/** GitHub rejects comment bodies over 65536 characters. */
export const COMMENT_LIMIT = 65_536;

/** A short, stable key for one gate run on one data set and config: the sticky comment's identity. */
export function reportKey(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

const SAFE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `<!-- mlgate:<gate>:<key> -->`; gate and key are restricted so the marker cannot be forged open. */
export function commentMarker(gate: string, key: string): string {
  if (!SAFE_KEY.test(gate) || !SAFE_KEY.test(key))
    throw new Error(`invalid marker parts ${JSON.stringify([gate, key])}`);
  return `<!-- mlgate:${gate}:${key} -->`;
}

/** An https URL fit for a markdown link target, or undefined. */
export function safeLink(url: string | undefined): string | undefined {
  return url !== undefined && /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/%-]*$/.test(url)
    ? url
    : undefined;
}

export interface CommentFooter {
  readonly version: string;
  /** The workflow run that produced the verdict. */
  readonly runUrl?: string;
  /** The commit the verdict is for. */
  readonly headSha?: string;
  /** Its branch: named by the pull request's author, so only ever shown as a code span. */
  readonly headRef?: string;
}

/** The full comment body for a verdict rendered as `markdown`. */
export function commentBody(
  marker: string,
  verdict: Verdict,
  markdown: string,
  footer: CommentFooter
): string {
  const run = safeLink(footer.runUrl);
  const sha =
    footer.headSha !== undefined && /^[0-9a-f]{7,64}$/.test(footer.headSha) ? footer.headSha : undefined;
  const tail = [
    `mlgate ${footer.version}`,
    footer.headRef === undefined ? '' : `on ${codeSpan(footer.headRef.slice(0, 100))}`,
    sha === undefined ? '' : `at ${codeSpan(sha.slice(0, 7))}`,
    run === undefined ? '' : `[workflow run](${run})`,
    `${verdict.checks.length} checks`
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const foot = `<sub>${tail}</sub>`;
  const room = COMMENT_LIMIT - marker.length - foot.length - 8;
  const body = truncateMarkdown(
    markdown,
    room,
    '_The report is cut here to fit a comment; the full report is in the job summary and the report artifact._'
  );
  return `${marker}\n${body}\n\n${foot}`;
}
