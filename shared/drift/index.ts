/** Drift between a reference and a current data set: scipy's and Evidently's tests on typed arrays. */
export { ks2samp } from './ks.js';
export type { KsResult } from './ks.js';
export { kolmogornSf, smirnovSf } from './kolmogorov.js';
export { chi2Sf, gammaQ, logGamma } from './gamma.js';
export { chiSquare } from './chi-square.js';
export type { ChiSquareResult } from './chi-square.js';
export { binnedProportions, histogramEdges } from './binning.js';
export type { BinOptions, Binned, DriftInput } from './binning.js';
export { jensenShannon, psi, wasserstein, wassersteinNormed } from './distances.js';
export {
  DEFAULT_THRESHOLDS,
  DRIFT_METHODS,
  P_VALUE_METHODS,
  chooseDriftMethod,
  columnDrift
} from './column-drift.js';
export type { ColumnDriftOptions, ColumnDriftResult, DriftMethod } from './column-drift.js';
