import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInlineExpectations } from '../../shared/checks/inline.js';
import { validate } from '../../shared/checks/validate.js';
import type { ColumnType } from '../../shared/data/types.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

function file(name: string, text: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-edge-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(path: string, expect: string, types: Record<string, ColumnType> = {}) {
  return validate(
    { data: path, types, expectations: parseInlineExpectations(expect), examples: 5 },
    new RecordingLogger()
  );
}

describe('validate-data edge cases', () => {
  it('judges a header-only file as 0 rows instead of failing to read it', async () => {
    const outcome = await run(file('empty.csv', 'id,age\n'), 'rows: >= 1; id: unique');
    expect(outcome.details.data.rows).toBe(0);
    expect(outcome.checks.map((check) => [check.id, check.success])).toEqual([
      ['expect_table_row_count_to_be_between', false],
      ['expect_column_values_to_be_unique(id)', true]
    ]);
  });

  it('counts NaN and ±Infinity instead of crashing, and keeps them out of the statistics', async () => {
    const outcome = await run(
      file('nan.csv', 'x\n1\nNaN\ninf\n-Infinity\n3\n\n'),
      'x: not-null; x: mean between 1.5 2.5'
    );
    const profile = outcome.details.profile[0];
    expect(profile).toMatchObject({ rows: 6, nulls: 1, nan: 1, infinite: 2, type: 'float' });
    expect(profile.numeric).toMatchObject({ min: 1, max: 3, mean: 2, sum: 4 });
    expect(outcome.checks[0].observed).toMatchObject({ unexpected_count: 2 });
    expect(outcome.checks[1].success).toBe(true);
    expect(outcome.details.profile[0].mostCommon.map((entry) => entry.value)).toEqual([
      '1',
      'Infinity',
      '-Infinity',
      '3'
    ]);
  });

  it('counts values that do not parse as the declared type, with their lines', async () => {
    const outcome = await run(
      file('typed.csv', 'id,age\n1,34\n2,abc\n3,1.5\n4,\n'),
      'age: type int; age: between 0 100',
      { age: 'int' }
    );
    expect(outcome.checks[0].observed).toMatchObject({ unexpected_count: 2, missing_count: 1 });
    expect(outcome.checks[0].examples).toEqual([
      { file: expect.stringMatching(/typed\.csv$/), line: 3, value: 'abc' },
      { file: expect.stringMatching(/typed\.csv$/), line: 4, value: '1.5' }
    ]);
    expect(outcome.checks[1].observed).toMatchObject({ unexpected_count: 1 });
    expect(outcome.details.profile[1]).toMatchObject({ invalid: 2 });
  });

  it('reads a 10 MB field and clips it in the report', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const outcome = await run(
      file('big.csv', `id,text\n1,"${big}"\n2,short\n`),
      'text: length between 1 100'
    );
    expect(outcome.checks[0].observed).toMatchObject({ unexpected_count: 1 });
    expect(outcome.checks[0].examples[0].value).toBe(`${'x'.repeat(200)}… (10485760 characters)`);
    expect(outcome.checks[0].examples[0].line).toBe(2);
  });

  it('validates JSON Lines and gzip’d CSV the same way, lines included', async () => {
    const jsonl = await run(
      file('x.jsonl', '{"id": 1, "city": "Oslo"}\n\n{"id": 2, "city": "Rome"}\n{"id": 2}\n'),
      'id: unique; city: in [Oslo]'
    );
    expect(jsonl.checks[0].examples.map((example) => example.line)).toEqual([3, 4]);
    expect(jsonl.checks[1].examples).toEqual([
      { file: expect.stringMatching(/x\.jsonl$/), line: 3, value: 'Rome' }
    ]);
    const { gzipSync } = await import('node:zlib');
    const gz = await run(file('x.csv.gz', gzipSync('id,city\n1,Oslo\n1,Rome\n')), 'id: unique');
    expect(gz.checks[0].observed).toMatchObject({ unexpected_count: 2 });
    expect(gz.details.data.format).toBe('csv.gz');
  });

  it('finds uniqueness the same whether or not values come in strict order', async () => {
    const ids = (values: (number | string)[]): string => `id\n${values.join('\n')}\n`;
    const unique = async (text: string): Promise<Record<string, unknown>> =>
      (await run(file('ids.csv', text), 'id: unique')).checks[0].observed;
    // Ascending, descending, ascending text, nulls between: all distinct (the sort is skipped).
    for (const values of [
      [1, 2, 3.5, 10],
      [9, 4, -0.5, -7],
      ['a1', 'a2', 'b', 'ba'],
      [1, '', 2, 'NA', 3]
    ]) {
      expect(await unique(ids(values))).toMatchObject({ unexpected_count: 0, duplicated_values: 0 });
    }
    expect(await unique(ids([1, '', 2, 'NA', 3]))).toMatchObject({ distinct_count: 3, missing_count: 2 });
    // Order broken by a repeat, by a smaller value later on, and -0 next to 0: the finder decides.
    expect(await unique(ids([1, 2, 3, 3, 4]))).toMatchObject({ unexpected_count: 2, duplicated_values: 1 });
    expect(await unique(ids([1, 2, 3, 4, 5, 2]))).toMatchObject({ unexpected_count: 2, distinct_count: 5 });
    expect(await unique(ids(['-0', '0', '1']))).toMatchObject({ unexpected_count: 2, duplicated_values: 1 });
    expect(await unique(ids([5, 3, 4]))).toMatchObject({ unexpected_count: 0, distinct_count: 3 });
  });

  it('finds a repeat that breaks the order in a later batch of a large ascending column', async () => {
    const values = Array.from({ length: 40_000 }, (_, i) => 1000 + 3 * i);
    values.push(1000 + 3 * 123);
    const outcome = await run(file('ids.csv', `id\n${values.join('\n')}\n`), 'id: unique');
    expect(outcome.checks[0].observed).toMatchObject({ unexpected_count: 2, duplicated_values: 1 });
    expect(outcome.checks[0].examples.map((example) => example.line)).toEqual([125, 40_002]);
  });
});
