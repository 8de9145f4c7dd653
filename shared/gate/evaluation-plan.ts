import type { LoadedConfig } from '../config/load.js';
import { METRICS, type Task } from '../metrics/index.js';
import type { NanPolicy } from '../model/score.js';
import { ConfigurationError } from '../runtime/errors.js';
import { OPERATIONAL_METRICS, type EvaluationPlan } from './evaluation-types.js';
import { edges, parseSlices, type SliceSpec } from './slices.js';
import { parseThresholds, thresholdsFromConfig, type Threshold } from './thresholds.js';

export interface EvaluationInputs {
  readonly model?: string;
  readonly data?: string;
  readonly target?: string;
  readonly task: 'auto' | Task;
  readonly 'pos-label'?: string;
  readonly features?: string;
  readonly predictions?: string;
  readonly thresholds?: string;
  readonly baseline?: string;
  readonly slices?: string;
  /** error | drop; validated here. */
  readonly nan?: string;
}

/** Every name a threshold may use: the metrics and the model's own figures. */
export const THRESHOLD_METRICS: readonly string[] = [...Object.keys(METRICS), ...OPERATIONAL_METRICS];

/** Resolves what to evaluate from the inputs (which win) and the config's `evaluate` section. */
export function planEvaluation(inputs: EvaluationInputs, loaded: LoadedConfig): EvaluationPlan {
  const config = loaded.config.evaluate;
  const file = loaded.file ?? 'mlgate.yml';
  const data = inputs.data ?? config?.data;
  if (data === undefined)
    throw new ConfigurationError(
      'input `data` is required (the test set), or set evaluate.data in the config'
    );
  const target = inputs.target ?? config?.target;
  if (target === undefined)
    throw new ConfigurationError(
      'input `target` is required (the label column), or set evaluate.target in the config'
    );
  const model = inputs.model ?? config?.model;
  const predictions = inputs.predictions ?? config?.predictions;
  if (model === undefined && predictions === undefined) {
    throw new ConfigurationError(
      'input `model` (an ONNX file) or `predictions` (a column of the data or a predictions file) is required'
    );
  }
  let thresholds: Threshold[] = [];
  if (inputs.thresholds !== undefined) thresholds = parseThresholds(inputs.thresholds, THRESHOLD_METRICS);
  else if (typeof config?.thresholds === 'string')
    thresholds = parseThresholds(config.thresholds, THRESHOLD_METRICS, `${file}: evaluate.thresholds`);
  else if (config?.thresholds !== undefined)
    thresholds = thresholdsFromConfig(config.thresholds, THRESHOLD_METRICS, file);
  let slices: SliceSpec[] = [];
  if (inputs.slices !== undefined) slices = parseSlices(inputs.slices);
  else if (config?.slices !== undefined) {
    slices = config.slices.map((entry) =>
      typeof entry === 'string'
        ? { column: entry }
        : {
            column: entry.column,
            ...(entry.bins === undefined
              ? {}
              : { bins: edges(entry.bins, `${file}: evaluate.slices.${entry.column}`) })
          }
    );
  }
  // A gap across a column needs that column's slices.
  for (const threshold of thresholds) {
    const across = threshold.maxGap?.across;
    if (across !== undefined && !slices.some((slice) => slice.column === across))
      slices.push({ column: across });
  }
  const features =
    inputs.features
      ?.split(',')
      .map((feature) => feature.trim())
      .filter((feature) => feature !== '') ?? config?.features;
  const task = inputs.task === 'auto' ? config?.task : inputs.task;
  const posLabel =
    inputs['pos-label'] ?? (config?.['pos-label'] === undefined ? undefined : String(config['pos-label']));
  const baseline = inputs.baseline ?? config?.baseline;
  const nan = nanPolicy(inputs.nan) ?? config?.nan;
  const significance =
    config?.significance === false
      ? false
      : { resamples: 1000, confidence: 0.95, seed: 0, ...(config?.significance ?? {}) };
  return {
    ...(model === undefined ? {} : { model }),
    ...(predictions === undefined ? {} : { predictions }),
    data,
    target,
    ...(task === undefined ? {} : { task }),
    ...(posLabel === undefined ? {} : { posLabel }),
    ...(features === undefined ? {} : { features }),
    thresholds,
    slices,
    minSliceSize: config?.['min-slice-size'] ?? 30,
    ...(baseline === undefined ? {} : { baseline }),
    significance,
    ...(nan === undefined ? {} : { nan })
  };
}

function nanPolicy(value: string | undefined): NanPolicy | undefined {
  if (value === undefined || value === 'error' || value === 'drop' || value === 'keep') return value;
  throw new ConfigurationError(`input \`nan\`: expected one of error, drop, keep, got \`${value}\``);
}
