import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';

/**
 * Thresholds on model metrics, TFMA's model: value bounds (`min`/`max`), change against a baseline
 * (`max-drop`/`max-rise`, absolute or relative, in the metric's direction), and gaps across slices.
 * One threshold may carry several of them.
 */
export interface Change {
  readonly value: number;
  /** `2%`: relative to the baseline's value. */
  readonly relative: boolean;
}

export interface Threshold {
  readonly metric: string;
  /** `>= 0.9` is min 0.9; `> 0.9` is min 0.9 strict. */
  readonly min?: number;
  readonly minStrict?: boolean;
  readonly max?: number;
  readonly maxStrict?: boolean;
  readonly maxDrop?: Change;
  readonly maxRise?: Change;
  /** The largest difference between slices of `across` (fairness), e.g. recall max-gap 0.05 across gender. */
  readonly maxGap?: { readonly value: number; readonly across: string };
  /** Overrides the metric's own direction (higher or lower is better). */
  readonly direction?: 'higher' | 'lower';
  /** A slice (`region=north`, `age=[18, 30)`) the threshold applies to; the whole data set when absent. */
  readonly slice?: string;
  /** How the user wrote it, for messages. */
  readonly text: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function change(raw: string, where: string): Change {
  const text = raw.trim();
  const relative = text.endsWith('%');
  const number = relative ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(number) || Number(number) < 0) {
    throw new ConfigurationError(
      `${where}: expected a non-negative number or percentage (0.01, 2%), got \`${raw}\``
    );
  }
  return { value: relative ? Number(number) / 100 : Number(number), relative };
}

function checkMetric(metric: string, known: readonly string[], where: string): void {
  if (!known.includes(metric)) {
    throw new ConfigurationError(`${where}: unknown metric \`${metric}\`${didYouMean(metric, known)}`);
  }
}

/**
 * The `thresholds` input: comma- or semicolon-separated clauses.
 *   accuracy >= 0.9        log_loss <= 0.35      f1 > 0.8
 *   roc_auc: max-drop 0.01 f1: max-drop 2%       mae: max-rise 0.5
 *   recall: max-gap 0.05 across gender           accuracy[region=north] >= 0.85
 */
export function parseThresholds(text: string, known: readonly string[], source = 'thresholds'): Threshold[] {
  return text
    .split(/[,;\n]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .map((clause) => parseClause(clause, known, source));
}

function parseClause(clause: string, known: readonly string[], source: string): Threshold {
  const where = `${source}: \`${clause}\``;
  const bound = /^([A-Za-z_][\w]*)(?:\[([^\]]+)\])?\s*(>=|<=|>|<)\s*(\S+)$/.exec(clause);
  if (bound !== null) {
    const [, metric, slice, op, value] = bound as unknown as [
      string,
      string,
      string | undefined,
      string,
      string
    ];
    checkMetric(metric, known, where);
    if (!NUMBER.test(value))
      throw new ConfigurationError(`${where}: expected \`<metric> ${op} <number>\`, got \`${value}\``);
    const number = Number(value);
    const base = { metric, text: clause, ...(slice === undefined ? {} : { slice: slice.trim() }) };
    return op.startsWith('>')
      ? { ...base, min: number, ...(op === '>' ? { minStrict: true } : {}) }
      : { ...base, max: number, ...(op === '<' ? { maxStrict: true } : {}) };
  }
  const rule =
    /^([A-Za-z_][\w]*)(?:\[([^\]]+)\])?\s*:\s*(max-drop|max-rise|max-gap)\s+(\S+)(?:\s+across\s+(\S+))?$/.exec(
      clause
    );
  if (rule !== null) {
    const [, metric, slice, kind, value, across] = rule as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
      string | undefined
    ];
    checkMetric(metric, known, where);
    const base = { metric, text: clause, ...(slice === undefined ? {} : { slice: slice.trim() }) };
    if (kind === 'max-gap') {
      if (across === undefined)
        throw new ConfigurationError(`${where}: expected \`${metric}: max-gap <number> across <column>\``);
      const gap = change(value, where);
      if (gap.relative)
        throw new ConfigurationError(`${where}: max-gap takes an absolute number, got \`${value}\``);
      return { ...base, maxGap: { value: gap.value, across } };
    }
    if (across !== undefined) throw new ConfigurationError(`${where}: \`across\` goes with max-gap only`);
    return kind === 'max-drop'
      ? { ...base, maxDrop: change(value, where) }
      : { ...base, maxRise: change(value, where) };
  }
  throw new ConfigurationError(
    `${where}: expected \`<metric> >= <number>\`, \`<metric> <= <number>\`, \`<metric>: max-drop <number|%>\`, \`<metric>: max-rise <number|%>\` or \`<metric>: max-gap <number> across <column>\``
  );
}

/** The structured (config file) form of one metric's thresholds. */
export interface ThresholdConfig {
  readonly min?: number;
  readonly max?: number;
  readonly 'max-drop'?: number | string;
  readonly 'max-rise'?: number | string;
  readonly 'max-gap'?: number;
  readonly across?: string;
  readonly direction?: 'higher' | 'lower';
  readonly slice?: string;
}

/** `evaluate.thresholds` from the config: `{ accuracy: { min: 0.9 }, roc_auc: { max-drop: 0.01 } }`. */
export function thresholdsFromConfig(
  config: Readonly<Record<string, ThresholdConfig>>,
  known: readonly string[],
  file: string
): Threshold[] {
  return Object.entries(config).map(([metric, entry]) => {
    const where = `${file}: evaluate.thresholds.${metric}`;
    checkMetric(metric, known, where);
    if (entry['max-gap'] !== undefined && entry.across === undefined) {
      throw new ConfigurationError(`${where}: max-gap needs \`across: <column>\``);
    }
    return {
      metric,
      text: `${metric}: ${JSON.stringify(entry)}`,
      ...(entry.min === undefined ? {} : { min: entry.min }),
      ...(entry.max === undefined ? {} : { max: entry.max }),
      ...(entry['max-drop'] === undefined ? {} : { maxDrop: change(String(entry['max-drop']), where) }),
      ...(entry['max-rise'] === undefined ? {} : { maxRise: change(String(entry['max-rise']), where) }),
      ...(entry['max-gap'] === undefined
        ? {}
        : { maxGap: { value: entry['max-gap'], across: entry.across! } }),
      ...(entry.direction === undefined ? {} : { direction: entry.direction }),
      ...(entry.slice === undefined ? {} : { slice: entry.slice })
    };
  });
}
