/**
 * The report bundle: what a gate leaves in its report directory (and uploads as an artifact) so that
 * `mlgate publish-report`, in a later workflow with write permission, can post the check run and
 * the comment: the verdict, its renderings, and `<gate>.bundle.json` recording where to post (repo,
 * pull request, head SHA) and how (check name, comment policy, marker key). Read back, a bundle is
 * untrusted (a fork's workflow may have written it), so it is parsed strictly.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Verdict } from '../gate/verdict.js';
import { DataError } from '../runtime/errors.js';
import { COMMENT_MODES, COMMENT_ON_PASS, type CommentMode, type CommentOnPass } from './options.js';
import { GATE_NAME, parseVerdict } from './verdict-schema.js';

export const BUNDLE_VERSION = 1;
const BUNDLE_SUFFIX = '.bundle.json';
/** Verdicts larger than this are refused (a fork could upload anything). */
const MAX_VERDICT_BYTES = 64 * 1024 * 1024;

/** Where the verdict belongs on GitHub, as the gate's run saw it. */
export interface BundleGitHub {
  /** owner/name */
  readonly repository: string;
  readonly eventName: string;
  /** The pull request's head commit (not the merge commit), or the pushed commit. */
  readonly headSha: string;
  readonly headRef?: string;
  readonly pullRequest?: number;
  /** The pull request comes from a fork (its token is read-only). */
  readonly fork: boolean;
  readonly runId?: string;
}

export interface ReportBundle {
  readonly mlgate: { readonly bundle: typeof BUNDLE_VERSION; readonly version: string };
  readonly gate: string;
  readonly key: string;
  readonly checkName: string;
  readonly comment: CommentMode;
  readonly commentOnPass: CommentOnPass;
  /** File names in the bundle's folder. */
  readonly files: {
    readonly verdict: string;
    readonly markdown: string;
    readonly html: string;
    readonly junit: string;
  };
  readonly github?: BundleGitHub;
  /** What the gate's own run already posted (publish-report skips it). */
  readonly posted: { readonly checkRun: boolean; readonly comment: boolean };
}

const fileName = z
  .string()
  .max(200)
  .refine((name) => name === basename(name) && name !== '..' && name !== '.' && !name.includes('\\'), {
    message: 'expected a file name in the bundle folder'
  });

const bundleSchema = z.object({
  mlgate: z.object({ bundle: z.literal(BUNDLE_VERSION), version: z.string().max(64) }),
  gate: z.string().regex(GATE_NAME),
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  checkName: z
    .string()
    .min(1)
    .max(100)
    // eslint-disable-next-line no-control-regex
    .refine((name) => !/[\u0000-\u001F\u007F]/.test(name), { message: 'expected no control characters' }),
  comment: z.enum(COMMENT_MODES),
  commentOnPass: z.enum(COMMENT_ON_PASS),
  files: z.object({ verdict: fileName, markdown: fileName, html: fileName, junit: fileName }),
  github: z
    .object({
      repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
      eventName: z.string().regex(/^[a-z_]{1,64}$/),
      headSha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
      headRef: z.string().min(1).max(255).optional(),
      pullRequest: z.number().int().positive().optional(),
      fork: z.boolean(),
      runId: z
        .string()
        .regex(/^\d{1,20}$/)
        .optional()
    })
    .optional(),
  posted: z.object({ checkRun: z.boolean(), comment: z.boolean() })
});

/** The bundle file of a gate in a report directory. */
export function bundleFile(reportDir: string, gate: string): string {
  return join(reportDir, `${gate}${BUNDLE_SUFFIX}`);
}

/** The bundle files under `dir` (download-artifact puts each artifact in its own folder). */
export async function findBundles(dir: string, depth = 3): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new DataError(
      `${dir}: cannot read the report directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(BUNDLE_SUFFIX)) found.push(path);
    else if (entry.isDirectory() && depth > 0) found.push(...(await findBundles(path, depth - 1)));
  }
  return found;
}

/** Reads and checks a bundle and its verdict. Throws a DataError naming the file and field at fault. */
export async function readBundle(path: string): Promise<{ bundle: ReportBundle; verdict: Verdict }> {
  const parsed = bundleSchema.safeParse(await readJson(path, 1024 * 1024));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(
      `${path}: not an mlgate report bundle: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`
    );
  }
  const bundle = parsed.data as ReportBundle;
  const verdictPath = join(path, '..', bundle.files.verdict);
  const verdict = parseVerdict(await readJson(verdictPath, MAX_VERDICT_BYTES), verdictPath);
  if (verdict.gate !== bundle.gate)
    throw new DataError(`${verdictPath}: the verdict is for ${verdict.gate}, the bundle for ${bundle.gate}`);
  return { bundle, verdict };
}

async function readJson(path: string, maxBytes: number): Promise<unknown> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new DataError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > maxBytes)
    throw new DataError(`${path}: ${size} bytes, more than the ${maxBytes} a report may have`);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new DataError(
      `${path}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`
    );
  }
}
