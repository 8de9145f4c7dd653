import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../shared/checks/validate.js';
import type { Expectation } from '../../shared/checks/catalogue.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

/** The same cells as a CSV (string columns dictionary-coded) and as JSON Lines (plain strings). */
function files(cells: readonly (string | null)[], numbers: readonly number[]): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-distinct-'));
  const csv = join(dir, 'data.csv');
  const jsonl = join(dir, 'data.jsonl');
  writeFileSync(csv, `city,n\n${cells.map((cell, i) => `${cell ?? ''},${numbers[i]}`).join('\n')}\n`);
  writeFileSync(
    jsonl,
    cells.map((cell, i) => JSON.stringify({ city: cell, n: numbers[i] })).join('\n') + '\n'
  );
  return [csv, jsonl];
}

async function run(path: string, expectations: Expectation[]) {
  const outcome = await validate({ data: path, types: {}, expectations, examples: 5 }, new RecordingLogger());
  return outcome.checks.map(({ id, success, message, observed }) => ({ id, success, message, observed }));
}

const set = (name: Expectation['name'], column: string, values: (string | number)[]): Expectation => ({
  name,
  kwargs: { column, value_set: values }
});

describe('distinct values in / contain / equal a set', () => {
  // 6,000 rows: 'paris' and 'rome' in the set, 31 distinct towns outside it (each many times), 'oslo' never seen.
  const cities = Array.from({ length: 6000 }, (_, i) =>
    i % 7 === 0 ? null : i % 3 === 0 ? 'paris' : i % 3 === 1 ? 'rome' : `town-${i % 31}`
  );
  const numbers = Array.from({ length: 6000 }, (_, i) => i % 4);
  const expectations = [
    set('expect_column_distinct_values_to_be_in_set', 'city', ['paris', 'rome', 'oslo']),
    set('expect_column_distinct_values_to_contain_set', 'city', ['paris', 'rome', 'oslo']),
    set('expect_column_distinct_values_to_equal_set', 'city', ['paris', 'rome']),
    set('expect_column_distinct_values_to_be_in_set', 'n', [0, 1, 2, 3]),
    set('expect_column_distinct_values_to_equal_set', 'n', [0, 1, 2, 3, 4])
  ];

  it('counts each distinct value outside the set once, names the first, and finds the missing ones', async () => {
    const [csv] = files(cities, numbers);
    const checks = await run(csv, expectations);
    const outside = Array.from({ length: 31 }, (_, k) => `town-${k}`).filter((town) => cities.includes(town));
    expect(outside.length).toBeGreaterThan(20);
    expect(checks[0]).toMatchObject({ success: false });
    expect(checks[0].observed).toEqual({
      observed_value: {
        outside_set: cities
          .filter((c, i) => c !== null && c.startsWith('town') && cities.indexOf(c) === i)
          .slice(0, 20),
        outside_set_count: outside.length,
        outside_set_count_exact: true,
        missing_from_data: ['oslo']
      }
    });
    expect(checks[0].message).toBe(
      `city: ${outside.length} distinct values outside the set (${(checks[0].observed as { observed_value: { outside_set: string[] } }).observed_value.outside_set.join(', ')}, …)`
    );
    expect(checks[1]).toMatchObject({ success: false, message: 'city: never seen: oslo' });
    expect(checks[2].success).toBe(false);
    expect(checks[3]).toMatchObject({ success: true, message: 'n: distinct values fit {0, 1, 2, 3}' });
    expect(checks[4]).toMatchObject({ success: false, message: 'n: never seen: 4' });
  });

  it('gives the same verdicts from dictionary-coded CSV columns as from plain JSON Lines strings', async () => {
    const [csv, jsonl] = files(cities, numbers);
    expect(await run(csv, expectations)).toEqual(await run(jsonl, expectations));
  });
});
