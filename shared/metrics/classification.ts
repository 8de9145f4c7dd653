/**
 * Classification metrics by name on a set of rows. "Binary" means at most two classes in `classes`
 * (the model's or the data's label set), whatever the rows at hand contain, so that a bootstrap
 * resample or a slice is scored with the same definitions as the whole test set.
 */
import { confusionOf, type Confusion } from './confusion.js';
import {
  accuracy,
  balancedAccuracy,
  cohenKappa,
  matthews,
  prf,
  type Average,
  type PrfKind
} from './label-metrics.js';
import type { PreparedClassification } from './prepared.js';
import { brierScore, expectedCalibrationError, logLoss, type ProbaView } from './probability.js';
import {
  binaryAveragePrecision,
  binaryRocAuc,
  macroAveragePrecision,
  ovoRocAuc,
  ovrRocAuc,
  sweep,
  type Ranked,
  type RankingView
} from './ranking.js';
import type { Outcome } from './types.js';

export const EMPTY_REASON = 'no rows: the metric is undefined on an empty set';
export const NO_PROBA_REASON = 'needs class probabilities, and the model gives labels only';

/** The rows one computation looks at, with what several metrics share computed once. */
export class ClassificationView {
  readonly n: number;
  private cm: Confusion | undefined;
  private counts: Int32Array | null | undefined;
  private readonly sweeps = new Map<number, Ranked>();

  constructor(
    readonly prepared: PreparedClassification,
    /** null: every row. */
    readonly rows: Int32Array | null
  ) {
    this.n = rows === null ? prepared.n : rows.length;
  }

  get binary(): boolean {
    return this.prepared.classCount <= 2;
  }

  confusion(): Confusion {
    this.cm ??= confusionOf(this.prepared, this.rows);
    return this.cm;
  }

  ranking(): RankingView {
    return { prepared: this.prepared, rows: this.rows, ranked: (c, pos, neg) => this.ranked(c, pos, neg) };
  }

  private ranked(column: number, pos: number, neg: number): Ranked {
    const count = this.prepared.classCount;
    const key = (column * count + pos) * (count + 1) + neg + 1;
    let ranked = this.sweeps.get(key);
    if (ranked === undefined) {
      if (this.counts === undefined) {
        this.counts = this.rows === null ? null : this.prepared.countsOf(this.rows);
      }
      if (this.counts === null) {
        ranked = sweep(this.prepared.ranks(column), pos, neg, null, null);
      } else {
        const order = this.prepared.columnOrder(column);
        ranked = sweep(order, pos, neg, this.counts, order.order);
      }
      this.sweeps.set(key, ranked);
    }
    return ranked;
  }

  probability(): ProbaView {
    return { prepared: this.prepared, rows: this.rows, n: this.n };
  }

  /** Returns the shared scratch counts; call once when done with the view. */
  release(): void {
    if (this.counts !== undefined && this.counts !== null && this.rows !== null) {
      this.prepared.releaseCounts(this.rows);
    }
    this.counts = undefined;
    this.sweeps.clear();
  }
}

const PRF = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/;

/** One classification metric (a catalogue name, already checked) on the view's rows. */
export function classificationOutcome(name: string, view: ClassificationView, needsProba: boolean): Outcome {
  if (view.n === 0) return { value: null, reason: EMPTY_REASON };
  const { input } = view.prepared;
  if (needsProba && input.proba === null) return { value: null, reason: NO_PROBA_REASON };
  const prfMatch = PRF.exec(name);
  if (prfMatch !== null) {
    const kind = prfMatch[1] as PrfKind;
    const average = (prfMatch[2] ?? (view.binary ? 'binary' : 'macro')) as Average;
    return prf(view.confusion(), kind, average, input.posLabel);
  }
  switch (name) {
    case 'accuracy':
      return accuracy(view.confusion());
    case 'balanced_accuracy':
      return balancedAccuracy(view.confusion());
    case 'matthews_corrcoef':
      return matthews(view.confusion());
    case 'cohen_kappa':
      return cohenKappa(view.confusion());
    case 'roc_auc':
    case 'roc_auc_ovr':
      return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovrRocAuc(view.ranking(), false);
    case 'roc_auc_ovr_weighted':
      return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovrRocAuc(view.ranking(), true);
    case 'roc_auc_ovo':
      return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovoRocAuc(view.ranking(), false);
    case 'roc_auc_ovo_weighted':
      return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovoRocAuc(view.ranking(), true);
    case 'average_precision':
      return view.binary
        ? binaryAveragePrecision(view.ranking(), input.posLabel)
        : macroAveragePrecision(view.ranking());
    case 'log_loss':
      return logLoss(view.probability());
    case 'brier_score':
      return brierScore(view.probability());
    case 'expected_calibration_error':
      return expectedCalibrationError(view.probability());
    default:
      throw new Error(`classificationOutcome: no classification metric \`${name}\``);
  }
}
