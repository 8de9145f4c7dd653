/** Params resolution: params file ← config ← input, key by key; bad sources are located errors. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParams } from '../../shared/train/params.js';
import { ConfigurationError } from '../../shared/runtime/errors.js';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mlgate-params-')), name);
  writeFileSync(path, text);
  return path;
}

describe('resolveParams', () => {
  it('overrides the file with the config and the config with the input, keys sorted', async () => {
    const params = await resolveParams({
      file: file('params.yaml', 'rounds: 100\nlearning-rate: 0.1\nmax-depth: 3\n'),
      config: { rounds: 200, 'min-samples-leaf': 5 },
      input: 'learning-rate: 0.05'
    });
    expect(params).toEqual({ 'learning-rate': 0.05, 'max-depth': 3, 'min-samples-leaf': 5, rounds: 200 });
    expect(Object.keys(params)).toEqual(['learning-rate', 'max-depth', 'min-samples-leaf', 'rounds']);
  });

  it('reads JSON params files and one-line, flow and block YAML inputs', async () => {
    expect(await resolveParams({ file: file('p.json', '{"c": 0.5}') })).toEqual({ c: 0.5 });
    expect(await resolveParams({ input: 'learning-rate: 0.05, rounds: 300' })).toEqual({
      'learning-rate': 0.05,
      rounds: 300
    });
    expect(await resolveParams({ input: '{rounds: 7}' })).toEqual({ rounds: 7 });
    expect(await resolveParams({ input: 'rounds: 7\ndata: snapshots/2024-05.csv' })).toEqual({
      data: 'snapshots/2024-05.csv',
      rounds: 7
    });
  });

  it('takes params.yaml only when it exists and no file is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-params-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await resolveParams({})).toEqual({});
      writeFileSync('params.yaml', 'alpha: 2\n');
      expect(await resolveParams({})).toEqual({ alpha: 2 });
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the source of a bad or missing params file and a non-mapping input', async () => {
    await expect(resolveParams({ file: '/nonexistent/params.yaml' })).rejects.toThrow(
      new ConfigurationError('/nonexistent/params.yaml: cannot read the params file (ENOENT)')
    );
    const list = file('params.yaml', '- 1\n- 2\n');
    await expect(resolveParams({ file: list })).rejects.toThrow(
      `${list}: expected a mapping of param names to values`
    );
    await expect(resolveParams({ input: '[1, 2]' })).rejects.toThrow(
      'input params: expected a mapping of param names to values'
    );
    await expect(resolveParams({ input: 'a: [1' })).rejects.toThrow(/^input params: not a YAML mapping: /);
  });
});
