/** Shared by the model tests: fixture paths, the scikit-learn reference outputs, temp files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));

/** A model in tests/model/fixtures (written by make-models.py). */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** One model's entry in expected.json: scikit-learn's outputs on every row of its CSV. */
export interface Expected {
  readonly data: string;
  readonly target: string;
  readonly features?: string[];
  readonly classes?: string[];
  readonly predict: (string | number)[];
  readonly predict_proba?: number[][];
}

export const EXPECTED = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlgate-model-'));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
