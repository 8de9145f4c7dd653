/**
 * The run key (DVC's run-cache idea): sha256 of everything that determines a training run's
 * outputs. Equal keys mean the outputs of the earlier run can be reused; a changed byte in any
 * input (code, data, params, seed, trainer) gives a different key.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import { glob } from 'tinyglobby';
import { hashFile } from '../data/fingerprint.js';
import { expandPattern } from '../data/files.js';
import type { FileFingerprint } from '../data/types.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Params } from './params.js';

/** Lockfiles of the common ecosystems: in the key by default (they pin the program's libraries). */
export const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'requirements.txt',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'environment.yml',
  'conda-lock.yml',
  'renv.lock',
  'Gemfile.lock',
  'Cargo.lock',
  'go.sum'
];

export interface RunKeyInputs {
  /** `trainer:<name>@<version>` or the command's argv (with `sh -c` when it uses a shell). */
  readonly program: string | readonly string[];
  readonly code: readonly FileFingerprint[];
  readonly data: readonly FileFingerprint[];
  readonly validation: readonly FileFingerprint[];
  readonly target: string | undefined;
  readonly features: readonly string[] | undefined;
  readonly task: string | undefined;
  readonly params: Params;
  readonly seed: number;
  readonly mlgate: string;
}

/** A value as JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 (hex) of the canonical JSON of the inputs, files by path. */
export function runKey(inputs: RunKeyInputs): string {
  const files = (list: readonly FileFingerprint[]): { path: string; sha256: string }[] =>
    [...list]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(({ path, sha256 }) => ({ path, sha256 }));
  return createHash('sha256')
    .update(
      canonicalJson({
        ...inputs,
        code: files(inputs.code),
        data: files(inputs.data),
        validation: files(inputs.validation),
        version: 'mlgate-run-key/1'
      })
    )
    .digest('hex');
}

/** sha256 of every file of a data set (a path or glob). */
export async function fingerprintData(pattern: string): Promise<FileFingerprint[]> {
  const files = await expandPattern(pattern);
  return Promise.all(files.map((file) => hashFile(file)));
}

/**
 * The code files in the key: the configured globs, else the command's words that name files in the
 * project (e.g. `train.py` in `python train.py`) and the lockfiles present. A configured glob that matches
 * nothing is an error (a typo would silently leave the code out of the key).
 */
export async function fingerprintCode(
  globs: readonly string[] | undefined,
  argv: readonly string[]
): Promise<FileFingerprint[]> {
  let files: string[];
  if (globs !== undefined) {
    files = [];
    for (const pattern of globs) {
      const matched = await glob(pattern, { onlyFiles: true, dot: true, expandDirectories: false });
      if (matched.length === 0) throw new ConfigurationError(`code: the glob \`${pattern}\` matches no file`);
      files.push(...matched);
    }
  } else {
    // Words that name files of the project (not the interpreter in /usr/bin, not an option).
    const inProject = (word: string): boolean =>
      !word.startsWith('-') && !isAbsolute(word) && !normalize(word).startsWith('..');
    files = await existingFiles([...argv.filter(inProject), ...LOCKFILES]);
  }
  const unique = [...new Set(files)].sort();
  return Promise.all(unique.map((file) => hashFile(file)));
}

/** The lockfiles in the working directory, hashed (the manifest's environment records them). */
export async function fingerprintLockfiles(): Promise<FileFingerprint[]> {
  return Promise.all((await existingFiles(LOCKFILES)).map((file) => hashFile(file)));
}

async function existingFiles(candidates: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const candidate of candidates) {
    const isFile = await stat(candidate).then(
      (info) => info.isFile(),
      () => false
    );
    if (isFile) found.push(candidate);
  }
  return found;
}
