import { describe, expect, it, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../shared/config/parse.js';
import { planValidation } from '../../shared/checks/plan.js';
import { validate, type ValidationOutcome } from '../../shared/checks/validate.js';
import type { CheckResult } from '../../shared/gate/verdict.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** pandas' numbers for suite.yml on people.csv (make-reference.py). */
interface Expected {
  rows: number;
  not_null_age: { unexpected: number };
  between_age: { unexpected: number; nonnull: number };
  in_set_city: { unexpected: number };
  unique_id: { unexpected: number; duplicated_values: number };
  regex_email: { unexpected: number };
  lengths_email: { unexpected: number };
  increasing_seq: { unexpected: number };
  mean_income: number;
  stdev_income: number;
  median_income: number;
  sum_income: number;
  skew_score: number;
  quantiles_score: number[];
  zeros_income: number;
  unique_count_city: number;
  unique_proportion_city: number;
  most_common_city: string[];
  pair_income_gt_cost: { unexpected: number };
  correlation_income_cost: number;
  zscore_income: { unexpected: number };
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;

function close(actual: unknown, reference: number): void {
  expect(typeof actual).toBe('number');
  const scale = Math.max(Math.abs(reference), 1e-300);
  expect(Math.abs((actual as number) - reference) / scale).toBeLessThan(1e-9);
}

describe('validate-data checks against pandas', () => {
  let outcome: ValidationOutcome;
  let checks: CheckResult[];

  beforeAll(async () => {
    const suite = join(FIXTURES, 'suite.yml');
    const loaded = parseConfig(readFileSync(suite, 'utf8'), suite);
    const plan = planValidation({ data: join(FIXTURES, 'people.csv'), suite: 'people' }, loaded);
    outcome = await validate(plan, new RecordingLogger());
    checks = outcome.checks;
  });

  const check = (index: number): CheckResult => checks[index];

  it('counts rows', () => {
    expect(outcome.details.data.rows).toBe(expected.rows);
    expect(check(0)).toMatchObject({
      success: true,
      observed: { observed_value: 2000 },
      message: 'row count 2,000 is exactly 2,000'
    });
  });

  it('counts nulls over all rows, with mostly', () => {
    expect(check(1).observed).toMatchObject({
      unexpected_count: expected.not_null_age.unexpected,
      element_count: 2000
    });
    expect(check(1).success).toBe(false);
    expect(check(1).message).toBe('age: 40 of 2,000 values (2%) null');
    expect(check(21).success).toBe(true); // mostly 0.95: 98% are not null
  });

  it('skips nulls in value expectations and reports examples with lines', () => {
    expect(check(2).observed).toMatchObject({
      unexpected_count: expected.between_age.unexpected,
      missing_count: 40,
      unexpected_percent: (100 * expected.between_age.unexpected) / expected.between_age.nonnull
    });
    const first = check(2).examples[0];
    expect(first.file).toBe(join(FIXTURES, 'people.csv'));
    const lines = readFileSync(join(FIXTURES, 'people.csv'), 'utf8').split('\n');
    const age = Number(lines[first.line - 1].split(',')[1]);
    expect(age < 18 || age > 90).toBe(true);
    expect(first.value).toBe(String(age));
    expect(check(2).examples).toHaveLength(10);
  });

  it('matches sets, uniqueness, regexes, lengths and order', () => {
    expect(check(3).observed).toMatchObject({ unexpected_count: expected.in_set_city.unexpected });
    expect(check(3).examples.every((example) => example.value === 'Zurich')).toBe(true);
    expect(check(4).observed).toMatchObject({
      unexpected_count: expected.unique_id.unexpected,
      duplicated_values: expected.unique_id.duplicated_values
    });
    expect(check(4).examples.map((example) => example.line)).toEqual([8, 12, 13, 43, 502]);
    expect(check(5).observed).toMatchObject({ unexpected_count: expected.regex_email.unexpected });
    expect(check(6).observed).toMatchObject({ unexpected_count: expected.lengths_email.unexpected });
    expect(check(7).observed).toMatchObject({ unexpected_count: expected.increasing_seq.unexpected });
    expect(check(7).examples[0].line).toBe(1502);
  });

  it('computes statistics as pandas does', () => {
    close(check(8).observed.observed_value, expected.mean_income);
    close(check(9).observed.observed_value, expected.stdev_income);
    close(check(10).observed.observed_value, expected.median_income);
    close(check(11).observed.observed_value, expected.sum_income);
    close(check(12).observed.observed_value, expected.skew_score);
    const quantiles = (check(13).observed.observed_value as { values: number[] }).values;
    expected.quantiles_score.forEach((value, index) => {
      close(quantiles[index], value);
    });
    expect(check(13).success).toBe(false);
    expect(check(13).message).toMatch(/^score: q0\.9 = 0\.690217 not between 0 and 0\.6$/);
    close(check(14).observed.observed_value, expected.zeros_income);
    expect(check(15).observed.observed_value).toBe(expected.unique_count_city);
    expect(check(15).success).toBe(false);
    close(check(16).observed.observed_value, expected.unique_proportion_city);
    expect(check(17).observed.observed_value).toEqual(expected.most_common_city);
    expect(check(18).observed).toMatchObject({ unexpected_count: expected.pair_income_gt_cost.unexpected });
    close(check(19).observed.observed_value, expected.correlation_income_cost);
    expect(check(20).observed).toMatchObject({ unexpected_count: expected.zscore_income.unexpected });
    expect(check(20).examples[0]).toMatchObject({ line: 7, value: '2000000.0' });
  });

  it('points each check at its config line', () => {
    expect(check(2).source).toEqual({ file: join(FIXTURES, 'suite.yml'), line: 10, column: 11 });
  });

  it('profiles every column', () => {
    const income = outcome.details.profile.find((column) => column.name === 'income')!;
    close(income.numeric!.mean, expected.mean_income);
    expect(income.numeric!.zeros).toBe(2);
    expect(outcome.details.data.columns.map((column) => `${column.name}:${column.type}`)).toEqual([
      'id:int',
      'age:int',
      'income:float',
      'cost:float',
      'score:float',
      'city:string',
      'email:string',
      'seq:int'
    ]);
  });
});
