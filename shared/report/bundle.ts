/**
 * Reading a report bundle back (see bundle-format.ts). A bundle is untrusted (a fork's workflow may
 * have written it): the bundle file and its verdict are parsed strictly, and the verdict's details
 * are rendered by their gate's renderers only when they are in the shape those read.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Verdict } from '../gate/verdict.js';
import { DataError } from '../runtime/errors.js';
import { BUNDLE_SUFFIX, BUNDLE_VERSION, type ReportBundle } from './bundle-format.js';
import { COMMENT_MODES, COMMENT_ON_PASS } from './options.js';
import { renderGenericReport, renderReport, type RenderedReport } from './render.js';
import { detailsFit, GATE_NAME, parseVerdict } from './verdict-schema.js';

/** Verdicts larger than this are refused (a fork could upload anything). */
const MAX_VERDICT_BYTES = 64 * 1024 * 1024;

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

/** A bundle read back: its file, its verdict, and the verdict rendered. */
export interface ReadBundle {
  readonly bundle: ReportBundle;
  readonly verdict: Verdict;
  /** By its gate's renderers, or the generic ones when its details are not in their shape. */
  readonly report: RenderedReport;
}

/** Reads and checks a bundle and its verdict. Throws a DataError naming the file and field at fault. */
export async function readBundle(path: string): Promise<ReadBundle> {
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
  return {
    bundle,
    verdict,
    report: detailsFit(verdict) ? renderReport(verdict) : renderGenericReport(verdict)
  };
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
