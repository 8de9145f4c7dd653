/**
 * Exclusive feature bundling (LightGBM's EFB, restricted to what keeps histograms exact): 0/1
 * features that are never 1 on the same row, such as the one-hot columns of one string column, are
 * merged into one code column per bundle (0: none of them, 1 + i: member i). One histogram update
 * per row then serves the whole bundle: bin 1 + i of the bundle's histogram holds exactly the sums
 * member i's bin 1 would hold (the same rows, added in the same order), and its bin 0 is the node's
 * total minus that. The trees never see bundles; only histogram building reads them.
 */
import type { BinnedMatrix } from './gbt-binning.js';

/** Candidate bundles tried per feature: bounds the scans (each reads a column) for many features. */
const MAX_TRIES = 4;
/** Codes are bytes: code 0 means no member is 1, so a bundle has at most 255 members. */
const MAX_MEMBERS = 255;

export interface FeatureBundles {
  /** Member features of each bundle (two or more, in feature order). */
  readonly members: readonly Int32Array[];
  /** Each bundle's code column (`rows` bytes). */
  readonly codes: readonly Uint8Array[];
  /** The 0/1 features left alone (no exclusive partner found). */
  readonly singles: Int32Array;
}

/** Greedily bundles `binary` (0/1 features without missing values), in order. */
export function bundleBinaryFeatures(data: BinnedMatrix, binary: Int32Array): FeatureBundles {
  const { rows, codes } = data;
  // A one-member bundle's codes are its feature's own 0/1 column (a view); a bundle gets a column of
  // its own only when a second member joins, so lone features cost no memory.
  const open: { members: number[]; codes: Uint8Array }[] = [];
  for (const f of binary) {
    const column = codes.subarray(f * rows, (f + 1) * rows);
    let placed = false;
    // The most recent bundles first: one-hot columns of one string column come together.
    for (let b = open.length - 1, tries = 0; b >= 0 && tries < MAX_TRIES && !placed; b--, tries++) {
      const bundle = open[b];
      if (bundle.members.length >= MAX_MEMBERS || conflicts(column, bundle.codes)) continue;
      if (bundle.members.length === 1) bundle.codes = bundle.codes.slice();
      bundle.members.push(f);
      mark(column, bundle.codes, bundle.members.length);
      placed = true;
    }
    if (!placed) open.push({ members: [f], codes: column });
  }
  const bundles = open.filter((bundle) => bundle.members.length > 1);
  return {
    members: bundles.map((bundle) => Int32Array.from(bundle.members)),
    codes: bundles.map((bundle) => bundle.codes),
    singles: Int32Array.from(open.filter((bundle) => bundle.members.length === 1).map((b) => b.members[0]))
  };
}

function conflicts(column: Uint8Array, bundle: Uint8Array): boolean {
  for (let i = 0; i < column.length; i++) if (column[i] !== 0 && bundle[i] !== 0) return true;
  return false;
}

function mark(column: Uint8Array, bundle: Uint8Array, code: number): void {
  for (let i = 0; i < column.length; i++) if (column[i] !== 0) bundle[i] = code;
}
