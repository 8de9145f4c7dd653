/** mlgate's version, recorded in every verdict and manifest. Kept in step with package.json by a test. */
export const MLGATE_VERSION = '0.1.0';
