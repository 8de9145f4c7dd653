/**
 * A dictionary-coded batch counted per code (see `StringColumn.dictionary`): consumers that count
 * values (the profile, set expectations) then work once per distinct text of the batch, not per row.
 */
import { Missing, type StringCodes } from './types.js';

export class CodeCounts {
  private counts = new Int32Array(0);
  private readonly order: number[] = [];
  /** Distinct codes of the last batch counted. */
  distinct = 0;
  /** Its null and NaN-token cells, which have no code. */
  nulls = 0;
  nan = 0;

  /** Counts the non-missing cells of one batch (`missing` and `dictionary` of the same column). */
  count(missing: Uint8Array, { codes, texts }: StringCodes): void {
    for (let j = 0; j < this.distinct; j++) this.counts[this.order[j]] = 0;
    if (this.counts.length < texts.length) {
      this.counts = new Int32Array(Math.max(texts.length, 2 * this.counts.length));
    }
    const counts = this.counts;
    const order = this.order;
    let distinct = 0;
    let nulls = 0;
    let nan = 0;
    for (let i = 0; i < codes.length; i++) {
      const m = missing[i];
      if (m !== Missing.Value) {
        if (m === Missing.Null) nulls++;
        else nan++;
        continue;
      }
      const code = codes[i];
      if (counts[code]++ === 0) {
        if (distinct === order.length) order.push(code);
        else order[distinct] = code;
        distinct++;
      }
    }
    this.distinct = distinct;
    this.nulls = nulls;
    this.nan = nan;
  }

  /** The j-th distinct code of the batch, in order of first appearance (j < `distinct`). */
  code(j: number): number {
    return this.order[j];
  }

  /** How many cells of the batch have `code`. */
  countOf(code: number): number {
    return this.counts[code];
  }
}
