import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyConfig, loadConfig } from '../../shared/config/load.js';
import { parseConfig } from '../../shared/config/parse.js';
import { configSchema } from '../../shared/config/schema.js';
import { ConfigurationError } from '../../shared/runtime/errors.js';

const good = `data:
  suite: train
  suites:
    train:
      columns: { age: int }
      expectations:
        - expect_column_values_to_be_between: { column: age, min_value: 18, max_value: 90, mostly: 0.99 }
        - expect_table_row_count_to_be_between:
            min_value: 10
`;

function errorOf(text: string): string {
  try {
    parseConfig(text, 'mlgate.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseConfig', () => {
  it('accepts a valid config and keeps expectation positions', () => {
    const loaded = parseConfig(good, 'mlgate.yml');
    const suite = loaded.config.data?.suites.train;
    expect(suite?.columns).toEqual({ age: 'int' });
    expect(suite?.expectations).toEqual([
      { expect_column_values_to_be_between: { column: 'age', min_value: 18, max_value: 90, mostly: 0.99 } },
      { expect_table_row_count_to_be_between: { min_value: 10 } }
    ]);
    expect(loaded.position(['data', 'suites', 'train', 'expectations', 1])).toEqual({ line: 8, column: 11 });
    expect(loaded.config.data?.examples).toBe(10);
  });

  it('suggests the closest expectation name for a typo, at its line and column', () => {
    const text = good.replace('expect_column_values_to_be_between', 'expect_column_values_to_be_betwen');
    expect(errorOf(text)).toBe(
      'mlgate.yml:7:11: data.suites.train.expectations.0.expect_column_values_to_be_betwen: unknown expectation `expect_column_values_to_be_betwen` (did you mean `expect_column_values_to_be_between`?)'
    );
  });

  it('names a typo in an expectation argument', () => {
    const text = good.replace('min_value: 18', 'min_valu: 18');
    expect(errorOf(text)).toBe(
      'mlgate.yml:7:62: data.suites.train.expectations.0.expect_column_values_to_be_between.min_valu: unknown argument `min_valu` of expect_column_values_to_be_between (did you mean `min_value`?)'
    );
  });

  it('names a typo in a section key', () => {
    expect(errorOf('data:\n  sutes: {}\n')).toBe(
      'mlgate.yml:2:3: data.sutes: unknown key `sutes` (did you mean `suites`?)'
    );
    expect(errorOf('dta: {}\n')).toBe('mlgate.yml:1:1: dta: unknown key `dta` (did you mean `data`?)');
  });

  it('reports a wrong value type where it is', () => {
    const text = good.replace('mostly: 0.99', 'mostly: lots');
    expect(errorOf(text)).toBe(
      'mlgate.yml:7:100: data.suites.train.expectations.0.expect_column_values_to_be_between.mostly: expected number, received string'
    );
  });

  it('reports invalid YAML with its position', () => {
    expect(errorOf('data:\n  suites: [\n')).toMatch(/^mlgate\.yml:3:1: invalid YAML: /);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-config-'));

  it('gives the empty config, which is what the schema makes of {}, when mlgate.yml is absent', async () => {
    expect(emptyConfig().config).toEqual(configSchema.parse({}));
    const loaded = await loadConfig(join(dir, 'mlgate.yml'), false);
    expect(loaded.file).toBeUndefined();
    expect(loaded.config).toEqual(configSchema.parse({}));
  });

  it('refuses a config file that was named but does not exist', async () => {
    await expect(loadConfig(join(dir, 'named.yml'), true)).rejects.toThrow(
      new ConfigurationError(`${join(dir, 'named.yml')}: cannot read the config file (ENOENT)`)
    );
  });

  it('parses a file that exists, with positions', async () => {
    const file = join(dir, 'present.yml');
    writeFileSync(file, good);
    const loaded = await loadConfig(file, false);
    expect(loaded.file).toBe(file);
    expect(loaded.config.data?.suites.train?.columns).toEqual({ age: 'int' });
    expect(loaded.position(['data', 'suites', 'train', 'expectations', 1])).toEqual({ line: 8, column: 11 });
  });
});
