/** The run key changes with any byte of any input, and only then. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canonicalJson,
  fingerprintCode,
  fingerprintData,
  runKey,
  type RunKeyInputs
} from '../../shared/train/run-key.js';

async function inputsIn(dir: string, overrides: Partial<RunKeyInputs> = {}): Promise<RunKeyInputs> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return {
      program: ['python', 'train.py'],
      code: await fingerprintCode(undefined, ['python', 'train.py']),
      data: await fingerprintData('data/*.csv'),
      validation: [],
      target: 'label',
      features: undefined,
      task: undefined,
      params: { rounds: 10 },
      seed: 0,
      mlgate: '0.1.0',
      ...overrides
    };
  } finally {
    process.chdir(cwd);
  }
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-key-'));
  writeFileSync(join(dir, 'train.py'), 'print("train")\n');
  writeFileSync(join(dir, 'requirements.txt'), 'scikit-learn==1.2.1\n');
  writeFileSync(join(dir, 'notes.txt'), 'not code\n');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'a.csv'), 'x,label\n1,0\n2,1\n');
  writeFileSync(join(dir, 'data', 'b.csv'), 'x,label\n3,0\n');
  return dir;
}

describe('runKey', () => {
  it('is stable for the same inputs and takes the script and the lockfiles by default', async () => {
    const dir = project();
    const first = await inputsIn(dir);
    expect(first.code.map((file) => file.path)).toEqual(['requirements.txt', 'train.py']);
    expect(first.data.map((file) => file.path)).toEqual(['data/a.csv', 'data/b.csv']);
    expect(runKey(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(runKey(await inputsIn(dir))).toBe(runKey(first));
    expect(runKey({ ...first, params: { rounds: 10 } })).toBe(runKey(first));
  });

  it('changes when a byte of the code, a lockfile or the data changes', async () => {
    const dir = project();
    const before = runKey(await inputsIn(dir));
    const keys = new Set([before]);
    writeFileSync(join(dir, 'train.py'), 'print("train!")\n');
    keys.add(runKey(await inputsIn(dir)));
    writeFileSync(join(dir, 'requirements.txt'), 'scikit-learn==1.2.2\n');
    keys.add(runKey(await inputsIn(dir)));
    writeFileSync(join(dir, 'data', 'b.csv'), 'x,label\n4,0\n');
    keys.add(runKey(await inputsIn(dir)));
    expect(keys.size).toBe(4);
    // A file outside the key does not matter.
    const now = runKey(await inputsIn(dir));
    writeFileSync(join(dir, 'notes.txt'), 'changed\n');
    expect(runKey(await inputsIn(dir))).toBe(now);
  });

  it('changes with the params, the seed, the program, the target and the mlgate version', async () => {
    const base = await inputsIn(project());
    const variants: Partial<RunKeyInputs>[] = [
      { params: { rounds: 11 } },
      { seed: 1 },
      { program: 'trainer:gradient-boosted-trees@1' },
      { target: 'other' },
      { features: ['x'] },
      { task: 'regression' },
      { mlgate: '0.2.0' }
    ];
    const keys = new Set([runKey(base), ...variants.map((change) => runKey({ ...base, ...change }))]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it('errors on a configured code glob that matches nothing', async () => {
    await expect(fingerprintCode(['src/**/*.nope'], [])).rejects.toThrow(
      'code: the glob `src/**/*.nope` matches no file'
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}'
    );
  });
});
