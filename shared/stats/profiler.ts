import type { Batch } from '../data/types.js';
import { ColumnStats } from './column-stats.js';
import { ProfileSet } from './profile-set.js';
import type { ColumnSummary } from './summary.js';

/** Profiles every column of a data set while it streams by. */
export class Profiler {
  private readonly set = new ProfileSet();

  observe(batch: Batch): void {
    this.set.observe(batch.columns, batch.rowCount);
  }

  /** The summaries of `columns` (a column no batch had, e.g. of a header-only file, gets an empty one). */
  finish(columns: readonly string[]): Map<string, ColumnSummary> {
    const found = new Map<string, ColumnSummary>(this.set.stats);
    for (const name of columns) if (!found.has(name)) found.set(name, new ColumnStats(name));
    return found;
  }
}
