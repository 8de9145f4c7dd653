import type { ClassificationInput, RegressionInput, Task, Warning } from '../metrics/index.js';
import type { NanPolicy } from '../model/score.js';
import type { BootstrapOptions } from './bootstrap.js';
import type { SliceMetrics } from './evaluate.js';
import type { SliceSpec } from './slices.js';
import type { Threshold } from './thresholds.js';
import type { CheckResult } from './verdict.js';

/** Metrics of the model itself, not of its predictions: thresholds may gate them too. */
export const OPERATIONAL_METRICS = ['latency_ms_per_row', 'model_bytes'] as const;

export interface EvaluationPlan {
  /** The candidate ONNX model; absent in predictions mode. */
  readonly model?: string;
  /** Predictions mode: the data's column holding each row's prediction. */
  readonly predictions?: string;
  readonly data: string;
  readonly target: string;
  readonly task?: Task;
  readonly posLabel?: string;
  readonly features?: readonly string[];
  readonly thresholds: readonly Threshold[];
  readonly slices: readonly SliceSpec[];
  readonly minSliceSize: number;
  /** A baseline model path or a previous verdict JSON. */
  readonly baseline?: string;
  readonly significance: BootstrapOptions | false;
  /** Rows with NaN or missing features; undefined: per model (see `ScoreOptions.nan`). */
  readonly nan?: NanPolicy;
}

export interface ModelFacts {
  readonly path: string;
  readonly bytes: number;
  readonly latencyMsPerRow: number | null;
  readonly features: readonly string[];
}

export interface EvaluationDetails {
  readonly task: Task;
  readonly data: { readonly path: string; readonly rows: number; readonly dropped: number };
  readonly model: ModelFacts;
  readonly baseline?: ModelFacts & { readonly kind: 'model' | 'verdict' };
  /** The candidate's metrics: `all` first, then every slice. */
  readonly metrics: readonly SliceMetrics[];
  readonly baselineMetrics?: readonly SliceMetrics[];
  readonly classes?: readonly string[];
  readonly confusionMatrix?: readonly (readonly number[])[];
  readonly curves?: {
    readonly roc?: { readonly fpr: number[]; readonly tpr: number[]; readonly auc: number | null };
    readonly pr?: { readonly recall: number[]; readonly precision: number[] };
  };
  /** Why a metric is undefined (e.g. one class in y_true for roc_auc). */
  readonly reasons: Readonly<Record<string, string>>;
  readonly warnings: readonly Warning[];
  readonly notes: readonly string[];
}

export interface EvaluationOutcome {
  readonly checks: CheckResult[];
  readonly details: EvaluationDetails;
}

/** One model's encoded scores, ready for the metrics. */
export interface Scored {
  readonly task: Task;
  readonly input: ClassificationInput | RegressionInput;
  readonly facts: ModelFacts;
}
