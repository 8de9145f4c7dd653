/**
 * The least a Node program can do of the work evaluate-thresholds' bench measures, as a bound for the
 * "beyond reading" target on the machine at hand. It is bundled by the bench (ncc, as dist is) and run
 * as a process, by turns with mlgate's:
 *
 * - `read <csv> <columns>`: mlgate's reader alone, streaming every batch of the comma-separated
 *   columns; prints `{ rows, seconds }`, seconds timed inside the process from `openDataset` to the
 *   last batch. The bench also takes its process time (Node's start-up included).
 * - `evaluate <csv> <model> <features> <target>`: the same read, then only what no evaluation can
 *   skip: rows with a missing feature dropped, one float32 tensor per batch, `session.run` (mlgate's
 *   session options), the probabilities kept, the ranking sort, ROC AUC and log loss. No other metric,
 *   no checks, thresholds, verdict or report. Prints `{ rows, roc_auc, log_loss }`, which the bench
 *   compares with mlgate's verdict, so that both are known to have done the same work.
 *
 * Built from mlgate's own modules (reader, onnxruntime loader, argsort, ranking sweep), so the bound
 * moves with them.
 */
import { openDataset } from '../shared/data/dataset.js';
import type { Batch } from '../shared/data/types.js';
import { sortBinaryProbabilities } from '../shared/metrics/argsort.js';
import { aucOf, sweep } from '../shared/metrics/ranking.js';
import { GrowableFloat32, GrowableUint8 } from '../shared/model/growable.js';
import { onnxRuntime, sessionOptions } from '../shared/model/runtime.js';
import { release, reuseFreedMemory } from '../shared/runtime/memory.js';

/** log_loss clips to the machine epsilon of the probabilities' dtype (float32), as scikit-learn 1.2. */
const EPSILON = 2 ** -23;

function numeric(batch: Batch, name: string): Float64Array {
  const column = batch.columns.find((entry) => entry.name === name);
  if (column === undefined || column.type === 'string')
    throw new Error(`${batch.file}: no numeric column ${name}`);
  return column.values;
}

async function read(csv: string, columns: readonly string[]): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const dataset = await openDataset(csv, { columns, fingerprint: false });
  // As mlgate's scoring pass does before its first batch (shared/runtime/memory.ts).
  reuseFreedMemory();
  let rows = 0;
  for await (const batch of dataset.batches()) rows += batch.rowCount;
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function evaluate(
  csv: string,
  model: string,
  features: readonly string[],
  target: string
): Promise<{ rows: number; roc_auc: number | null; log_loss: number }> {
  const ort = await onnxRuntime();
  const session = await ort.InferenceSession.create(model, sessionOptions());
  const input = session.inputNames[0];
  const output = session.outputNames.find((name) => name !== 'label') ?? session.outputNames[0];
  const dataset = await openDataset(csv, { columns: [target, ...features], fingerprint: false });
  reuseFreedMemory();
  const width = features.length;
  let tensor = new Float32Array(0);
  let batchLabels = new Uint8Array(0);
  // Sized for the bench file's rows, as mlgate's collector is sized by its row estimate.
  const proba = new GrowableFloat32(1 << 22);
  const labels = new GrowableUint8(1 << 21);
  for await (const batch of dataset.batches()) {
    const columns = features.map((name) => numeric(batch, name));
    const y = numeric(batch, target);
    if (tensor.length < batch.rowCount * width) {
      tensor = new Float32Array(batch.rowCount * width);
      batchLabels = new Uint8Array(batch.rowCount);
    }
    let kept = 0;
    for (let row = 0; row < batch.rowCount; row++) {
      let complete = true;
      for (let f = 0; f < width; f++) if (Number.isNaN(columns[f][row])) complete = false;
      if (!complete) continue;
      for (let f = 0; f < width; f++) tensor[kept * width + f] = columns[f][row];
      batchLabels[kept] = y[row];
      kept++;
    }
    const out = await session.run(
      { [input]: new ort.Tensor('float32', tensor.subarray(0, kept * width), [kept, width]) },
      [output]
    );
    proba.append(2 * kept).set((out[output].data as Float32Array).subarray(0, 2 * kept));
    labels.append(kept).set(batchLabels.subarray(0, kept));
    release([out[output].data]);
  }
  const p = proba.finish();
  const yTrue = labels.finish();
  const rows = yTrue.length;
  const ranks = sortBinaryProbabilities(p, 1, yTrue);
  if (ranks === null) throw new Error('the scores do not pack into 32-bit keys');
  let loss = 0;
  for (let row = 0; row < rows; row++) {
    const p0 = Math.min(Math.max(p[2 * row], EPSILON), 1 - EPSILON);
    const p1 = Math.min(Math.max(p[2 * row + 1], EPSILON), 1 - EPSILON);
    loss -= Math.log((yTrue[row] === 1 ? p1 : p0) / (p0 + p1));
  }
  return { rows, roc_auc: aucOf(sweep(ranks, 1, -1, null, null)), log_loss: loss / rows };
}

const [mode, csv, ...rest] = process.argv.slice(2);
let result: unknown;
if (mode === 'read' && csv !== undefined && rest.length === 1) result = await read(csv, rest[0].split(','));
else if (mode === 'evaluate' && csv !== undefined && rest.length === 3)
  result = await evaluate(csv, rest[0], rest[1].split(','), rest[2]);
if (result === undefined) {
  process.stderr.write(
    'usage: least-evaluate read <csv> <columns> | evaluate <csv> <model> <features> <target>\n'
  );
  process.exitCode = 2;
} else process.stdout.write(`${JSON.stringify(result)}\n`);
