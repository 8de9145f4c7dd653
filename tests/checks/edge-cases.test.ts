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
});
