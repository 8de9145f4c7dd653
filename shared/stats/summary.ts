import type { ColumnType } from '../data/types.js';
import type { ColumnProfile, ColumnStats, NumericSample } from './column-stats.js';

/**
 * What checks and drift read from a column once the data has been read: a live `ColumnStats`, or a
 * `ColumnSnapshot` of one that ran in a worker thread.
 */
export interface ColumnSummary {
  readonly name: string;
  readonly columnType: ColumnType | null;
  readonly valueCount: number;
  profile(): ColumnProfile;
  sample(): NumericSample;
  categories(): ReadonlyMap<string, number> | null;
}

/** Everything a summary answers, as structured-clonable data (crosses a worker boundary). */
export interface SnapshotData {
  readonly name: string;
  readonly columnType: ColumnType | null;
  readonly valueCount: number;
  readonly profile: ColumnProfile;
  readonly sample: NumericSample;
  readonly categories: ReadonlyMap<string, number> | null;
}

/** Takes everything at once (the sample's buffer can then be transferred). */
export function snapshotOf(stats: ColumnStats): SnapshotData {
  return {
    name: stats.name,
    columnType: stats.columnType,
    valueCount: stats.valueCount,
    profile: stats.profile(),
    sample: stats.sample(),
    categories: stats.categories()
  };
}

export class ColumnSnapshot implements ColumnSummary {
  readonly name: string;
  readonly columnType: ColumnType | null;
  readonly valueCount: number;
  constructor(private readonly data: SnapshotData) {
    this.name = data.name;
    this.columnType = data.columnType;
    this.valueCount = data.valueCount;
  }
  profile(): ColumnProfile {
    return this.data.profile;
  }
  sample(): NumericSample {
    return this.data.sample;
  }
  categories(): ReadonlyMap<string, number> | null {
    return this.data.categories;
  }
}
