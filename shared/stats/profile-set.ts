import type { Column } from '../data/types.js';
import { ColumnStats } from './column-stats.js';

/**
 * One `ColumnStats` per column, fed batch by batch. A column that first appears in a later batch
 * (JSON Lines) was null in every earlier row; a known column a batch lacks is null in its rows.
 */
export class ProfileSet {
  readonly stats = new Map<string, ColumnStats>();
  private rows = 0;

  observe(columns: readonly Column[], rowCount: number): void {
    for (const column of columns) {
      let profiler = this.stats.get(column.name);
      if (profiler === undefined) {
        profiler = new ColumnStats(column.name);
        if (this.rows > 0) profiler.observeAbsent(this.rows);
        this.stats.set(column.name, profiler);
      }
      profiler.observe(column);
    }
    if (this.stats.size > columns.length) {
      const present = new Set(columns.map((column) => column.name));
      for (const [name, profiler] of this.stats) if (!present.has(name)) profiler.observeAbsent(rowCount);
    }
    this.rows += rowCount;
  }
}
