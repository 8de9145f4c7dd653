/**
 * The train step's summary: what was trained on what, whether the run cache answered, the metrics
 * and the model's identity. Everything from data, params or the command is escaped.
 */
import type { Manifest } from '../train/manifest.js';
import { codeSpan } from './escape.js';
import { rawTable, table } from './markdown.js';

export interface TrainSummaryInput {
  readonly runKey: string;
  readonly cacheHit: boolean;
  readonly modelPath: string;
  readonly manifest: Manifest;
  readonly metrics: Record<string, unknown>;
}

function value(item: unknown): string {
  if (typeof item === 'number') return Number.isInteger(item) ? String(item) : item.toPrecision(6);
  return item === null ? '—' : JSON.stringify(item);
}

/** Metrics as a table: one row per metric, one column per set (train, validation), or flat. */
function metricsTable(metrics: Record<string, unknown>): string {
  const sets = Object.entries(metrics).filter(
    (entry): entry is [string, Record<string, unknown>] =>
      entry[1] !== null && typeof entry[1] === 'object' && !Array.isArray(entry[1])
  );
  if (sets.length > 0 && sets.length === Object.keys(metrics).length) {
    const names = [...new Set(sets.flatMap(([, set]) => Object.keys(set)))];
    return table(
      ['metric', ...sets.map(([name]) => name)],
      names.map((name) => [name, ...sets.map(([, set]) => value(set[name]))])
    );
  }
  return table(
    ['metric', 'value'],
    Object.entries(metrics).map(([name, item]) => [name, value(item)])
  );
}

export function trainSummary(outcome: TrainSummaryInput): string {
  const { manifest } = outcome;
  const training = manifest.training;
  const program =
    training.mode === 'trainer'
      ? `built-in ${codeSpan(training.trainer ?? '')}`
      : codeSpan((training.command ?? []).join(' '));
  const rows: [string, string][] = [
    ['trained with', program],
    [
      'data',
      `${codeSpan(manifest.data.path)} (${manifest.data.files.length} file${manifest.data.files.length === 1 ? '' : 's'}${training.rows === undefined ? '' : `, ${training.rows.toLocaleString('en-US')} rows`})`
    ],
    ...(training.target === undefined ? [] : ([['target', codeSpan(training.target)]] as [string, string][])),
    [
      'params',
      Object.keys(manifest.params).length === 0 ? 'defaults' : codeSpan(JSON.stringify(manifest.params))
    ],
    ['seed', String(manifest.seed)],
    [
      'model',
      `${codeSpan(outcome.modelPath)}, ${manifest.model.bytes.toLocaleString('en-US')} bytes, sha256 ${codeSpan(manifest.model.sha256.slice(0, 16))}…`
    ],
    [
      'run key',
      `${codeSpan(outcome.runKey.slice(0, 16))}… ${outcome.cacheHit ? '(cache hit: outputs reused)' : '(trained)'}`
    ],
    ['training time', `${manifest.timings.trainSeconds} s`]
  ];
  const parts = [`### ${outcome.cacheHit ? '♻️' : '✅'} mlgate / train`, rawTable(['', ''], rows)];
  if (Object.keys(outcome.metrics).length > 0) parts.push(metricsTable(outcome.metrics));
  return `${parts.join('\n\n')}\n`;
}
