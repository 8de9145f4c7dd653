/**
 * What a gate's check run says, computed from the verdict alone (no API here): the conclusion, the
 * output within GitHub's size limits, and the file-anchored annotations GitHub accepts.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, normalize, relative, sep } from 'node:path';
import type { Verdict } from '../gate/verdict.js';
import { annotationsOf } from './annotations.js';
import { truncateMarkdown } from './render.js';

/** GitHub's limits: output.summary and output.text are at most 65535 characters. */
export const CHECK_OUTPUT_LIMIT = 65_535;
/** Annotations GitHub accepts per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations one check run carries at most; the rest are counted in the summary. */
export const CHECK_ANNOTATION_CAP = 500;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 4_000;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** An annotation in the shape of the check-runs API. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunContent {
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  /** At most CHECK_ANNOTATION_CAP. */
  readonly annotations: readonly CheckAnnotation[];
  /** Annotations left out by the cap, or because they point outside the repository. */
  readonly omitted: number;
  /** Identifies this content: a re-run with the same digest updates the check run in place. */
  readonly digest: string;
}

/** failure when the gate failed, success when every check passed, neutral otherwise (warnings only). */
export function checkConclusion(verdict: Verdict): CheckConclusion {
  if (!verdict.passed) return 'failure';
  return verdict.status === 'passed' ? 'success' : 'neutral';
}

/**
 * A path relative to the repository root (GitHub's annotation path), or undefined when the file is
 * outside the workspace. Paths in the verdict are relative to the working directory, which is the
 * workspace in Actions.
 */
export function repositoryPath(file: string, workspace: string | undefined): string | undefined {
  if (file === '' || file.includes('\0')) return undefined;
  let path = file;
  if (isAbsolute(path)) {
    if (workspace === undefined) return undefined;
    path = relative(workspace, path);
  }
  path = normalize(path).split(sep).join('/');
  if (path === '.' || path.startsWith('../') || path === '..' || isAbsolute(path)) return undefined;
  return path.replace(/^\.\//, '');
}

function clip(value: string, limit: number): string {
  return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}

/** The check run for a verdict rendered as `markdown`, with a link to the full report when known. */
export function checkRunContent(
  verdict: Verdict,
  markdown: string,
  options: { readonly workspace?: string; readonly reportNote?: string; readonly cap?: number } = {}
): CheckRunContent {
  const cap = options.cap ?? CHECK_ANNOTATION_CAP;
  const located: CheckAnnotation[] = [];
  let outside = 0;
  for (const annotation of annotationsOf(verdict, Number.POSITIVE_INFINITY)) {
    const path =
      annotation.file === undefined ? undefined : repositoryPath(annotation.file, options.workspace);
    if (path === undefined || annotation.line === undefined) {
      if (annotation.file !== undefined) outside++;
      continue;
    }
    located.push({
      path,
      start_line: Math.max(1, annotation.line),
      end_line: Math.max(1, annotation.line),
      annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
      message: clip(annotation.message, MESSAGE_LIMIT),
      ...(annotation.title === undefined ? {} : { title: clip(annotation.title, TITLE_LIMIT) })
    });
  }
  const annotations = located.slice(0, cap);
  const omitted = located.length - annotations.length + outside;
  const notes = [
    omitted > 0
      ? `_${omitted} more annotation${omitted === 1 ? '' : 's'} not shown here; every failing row is in the report._`
      : '',
    options.reportNote ?? ''
  ].filter((note) => note !== '');
  const tail = notes.join('\n\n');
  const summary = truncateMarkdown(
    tail === '' ? markdown : `${markdown}\n\n${tail}`,
    CHECK_OUTPUT_LIMIT,
    `_The summary is cut here to fit GitHub's limit; the full report is in the job summary and the report artifact._${tail === '' ? '' : `\n\n${tail}`}`
  );
  const conclusion = checkConclusion(verdict);
  const digest = createHash('sha256')
    .update(JSON.stringify({ conclusion, annotations }))
    .digest('hex')
    .slice(0, 16);
  return {
    conclusion,
    title: clip(verdict.headline, TITLE_LIMIT),
    summary,
    annotations,
    omitted,
    digest
  };
}

/** Annotations in request-sized batches. */
export function annotationBatches(
  annotations: readonly CheckAnnotation[],
  size = ANNOTATIONS_PER_REQUEST
): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += size)
    batches.push(annotations.slice(start, start + size));
  return batches;
}

/** The default check name of a gate. */
export function defaultCheckName(gate: string): string {
  return `mlgate / ${gate}`;
}
