import { describe, expect, it } from '@jest/globals';
import { ValueSet } from '../../shared/checks/values.js';
import { Missing, type StringColumn } from '../../shared/data/types.js';

/** A string column over `cells`, coded against `texts` (which grows, as a reader's dictionary does) when given. */
function column(cells: readonly string[], texts: string[] | null): StringColumn {
  const missing = Uint8Array.from(cells, (cell) => (cell === '' ? Missing.Null : Missing.Value));
  let dictionary: StringColumn['dictionary'] = null;
  if (texts !== null) {
    const codes = Int32Array.from(cells, (cell) => {
      if (cell === '') return -1;
      const known = texts.indexOf(cell);
      return known >= 0 ? known : texts.push(cell) - 1;
    });
    dictionary = { codes, texts };
  }
  return { name: 's', type: 'string', missing, values: cells, dictionary, text: (row) => cells[row] };
}

/** Per row, whether its cell is present and in the set, read off `unexpectedRows` (codes or texts). */
const members = (set: ValueSet, c: StringColumn): boolean[] => {
  const out = new Uint32Array(c.values.length);
  const outside = new Set(out.subarray(0, set.unexpectedRows(c, true, out)));
  const inside = new Set(out.subarray(0, set.unexpectedRows(c, false, out)));
  return c.values.map((_, row) => {
    const present = c.missing[row] === Missing.Value;
    // The two directions must split the present rows between them.
    expect(present && outside.has(row) === inside.has(row)).toBe(false);
    return present && inside.has(row);
  });
};

describe('ValueSet.unexpectedRows on dictionary-coded string columns', () => {
  it('agrees with the plain column, batch after batch, as the dictionary grows and when it changes', () => {
    const set = new ValueSet(['a', 'c', 1, true]);
    const batches = [
      ['a', 'b', '', 'c', 'a'],
      ['d', '1', 'a', 'true', 'b'],
      ['c', 'e', 'e', '1.0', 'a']
    ];
    const texts: string[] = [];
    for (const cells of batches) {
      expect(members(set, column(cells, texts))).toEqual(members(set, column(cells, null)));
    }
    expect(texts).toEqual(['a', 'b', 'c', 'd', '1', 'true', 'e', '1.0']);
    // A new file: a new dictionary with other codes for the same texts.
    const other: string[] = ['e', 'c'];
    const cells = ['c', 'e', 'a', 'zzz'];
    expect(members(set, column(cells, other))).toEqual([true, false, true, false]);
    expect(members(set, column(cells, null))).toEqual([true, false, true, false]);
  });
});
