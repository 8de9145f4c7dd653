/** Column statistics: a streaming profiler and the pure helpers that data expectations share. */
export { ColumnStats } from './column-stats.js';
export type { ColumnProfile, ColumnStatsOptions, NumericProfile, NumericSample } from './column-stats.js';
export { CoMoments } from './co-moments.js';
export type { CoMomentsState } from './co-moments.js';
export { Moments } from './moments.js';
export type { MomentsState } from './moments.js';
export { CompensatedSum } from './summation.js';
export { PROFILE_QUANTILES, median, quantile } from './quantile.js';
export { HyperLogLog } from './hyperloglog.js';
export { StringSpaceSaving } from './space-saving.js';
export type { HeavyHitter, SpaceSaving } from './space-saving.js';
export { selectQuantiles, selectRanks } from './select.js';
export { sortFloat64 } from './sort.js';
export { NumericSampler, Xoshiro128 } from './sampler.js';
