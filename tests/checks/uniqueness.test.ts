import { describe, expect, it } from '@jest/globals';
import { UniquenessEvaluator } from '../../shared/checks/uniqueness.js';
import type { FinishContext } from '../../shared/checks/evaluator.js';
import type { Batch } from '../../shared/data/types.js';
import { valuesColumn } from '../stats/fixture-helpers.js';

/** Batches of `size` rows of column `id`, lines from 2 (the header is line 1). */
function batches(values: number[], size: number): Batch[] {
  const out: Batch[] = [];
  for (let start = 0; start < values.length; start += size) {
    const chunk = Float64Array.from(values.slice(start, start + size));
    out.push({
      file: 'ids.csv',
      rowCount: chunk.length,
      rowOffset: start,
      lines: Uint32Array.from(chunk, (_, i) => start + i + 2),
      columns: [valuesColumn('id', 'int', chunk)]
    });
  }
  return out;
}

/** Runs the evaluator as validate.ts does: a first pass, a second one when it asks, then finish. */
async function check(values: number[], memoryRecords: number) {
  const evaluator = new UniquenessEvaluator(
    { name: 'expect_column_values_to_be_unique', kwargs: { column: 'id' } },
    'unique(id)',
    ['id'],
    'column',
    5,
    memoryRecords
  );
  const data = batches(values, 4);
  for (const batch of data) evaluator.observe({ batch, fileIndex: 0 });
  const context = { files: ['ids.csv'] } as unknown as FinishContext;
  const second = evaluator.secondPass;
  if (second !== undefined) {
    second.prepare(context);
    for (const batch of data) second.observe({ batch, fileIndex: 0 });
  }
  const result = await evaluator.finish(context);
  return {
    secondPass: second !== undefined,
    observed: result.observed,
    lines: result.examples.map((e) => e.line)
  };
}

describe('UniquenessEvaluator on a column in strict order', () => {
  const ascending = Array.from({ length: 30 }, (_, i) => 10 + i);

  it('needs no keys and no second pass while the order holds', async () => {
    const result = await check(ascending, 8);
    expect(result).toMatchObject({ secondPass: false, lines: [] });
    expect(result.observed).toMatchObject({ unexpected_count: 0, distinct_count: 30 });
  });

  it('finds a repeat that breaks the order while the keys still fit in memory, in one pass', async () => {
    const result = await check([...ascending.slice(0, 6), 12, ...ascending.slice(6)], 16);
    expect(result.secondPass).toBe(false);
    expect(result.observed).toMatchObject({ unexpected_count: 2, duplicated_values: 1, distinct_count: 30 });
    expect(result.lines).toEqual([4, 8]);
  });

  it('reads the rows before the break again when their keys were dropped', async () => {
    // 8 keys fit; the repeat of 12 (row 3) comes at row 26, after the keys were dropped.
    const result = await check([...ascending.slice(0, 25), 12, ...ascending.slice(25)], 8);
    expect(result.secondPass).toBe(true);
    expect(result.observed).toMatchObject({ unexpected_count: 2, duplicated_values: 1, distinct_count: 30 });
    expect(result.lines).toEqual([4, 27]);
  });

  it('counts duplicates of a column never in order the ordinary way', async () => {
    const result = await check([3, 1, 2, 3, 1, 5], 2);
    expect(result.secondPass).toBe(false);
    expect(result.observed).toMatchObject({ unexpected_count: 4, duplicated_values: 2, distinct_count: 4 });
  });
});
