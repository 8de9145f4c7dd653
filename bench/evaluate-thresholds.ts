/**
 * The evaluate-thresholds bench: mlgate's CLI bundle run as a user runs it (read, score with
 * onnxruntime, every binary metric, the gate, the report) on the 2M-row bench CSV with a 6-feature
 * logistic model, against anchors measured in the same run:
 *
 * - Python: pandas read_csv + numpy scoring + scikit-learn's metrics (bench/evaluate_thresholds_python.py);
 * - mlgate's read alone: mlgate's own CSV reader streaming the same file in a process of its own,
 *   timed spawn to exit (and inside the process), run by turns with mlgate's process; "beyond
 *   reading" is the median of the turns' differences, process against process, as Python is timed;
 * - the least program (bench/least-evaluate.ts): read, score, keep the probabilities, sort, ROC AUC and
 *   log loss, nothing else, run in the same turns: what any Node program doing this work takes here;
 * - onnxruntime alone: `session.run` on the same rows preloaded as a [N, 6] float32 tensor (in
 *   65,536-row chunks, as mlgate scores, and as one tensor), plus the metric sort (Float64Array sort
 *   of the N scores);
 * - DuckDB's read_csv (count(*)), for context.
 *
 * The anchors that use mlgate's code run in child processes under this Node (Node 24): the reader
 * and the least program from a bundle of bench/least-evaluate.ts that the bench builds with ncc, as
 * dist is built (each process then starts as mlgate's does); onnxruntime alone as
 * `node --import tsx bench/evaluate-thresholds.ts anchor ort <csv> <model> <runs>`. Each prints one
 * JSON object.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  attempt,
  type BenchContext,
  byTurns,
  type BenchModule,
  compact,
  type DataFile,
  dataFile,
  fixed,
  formatTable,
  machine,
  median,
  ok,
  printTargets,
  type ProcessRun,
  ROOT,
  runNode,
  runProcess,
  tail,
  type Target,
  target,
  writeResults
} from './lib.js';
import { minifyChunks } from '../scripts/minify-chunks.mjs';

const ROWS = 2_000_000;
/** Debian's python (scikit-learn 1.2, onnx 1.12, pandas 1.5), not a pyenv or venv python on PATH. */
const PYTHON = '/usr/bin/python3';
const MODEL_SCRIPT = 'bench/make_bench_model.py';
const PYTHON_SCRIPT = 'bench/evaluate_thresholds_python.py';
const MODEL = 'bench/data/evaluate-thresholds-model.onnx';
const MODEL_JSON = 'bench/data/evaluate-thresholds-model.json';
const THIS_SCRIPT = 'bench/evaluate-thresholds.ts';
const LEAST_SCRIPT = 'bench/least-evaluate.ts';
const THRESHOLDS = 'accuracy >= 0.5, roc_auc >= 0.5, log_loss <= 10';
/** The start-up figure: the same command on the 10-row bench file. */
const SMALL_ROWS = 10;
const SMALL_RUNS = 5;
/** mlgate's default rows per session.run (shared/model/score.ts). */
const CHUNK_ROWS = 65_536;
/** The metrics both sides compute (mlgate computes more: macro/weighted averages, MCC, kappa, ECE…). */
const SHARED_METRICS = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier_score'
] as const;

const TARGET_PYTHON_RATIO = 3;
const TARGET_BEYOND_READ_RATIO = 1.5;

/** The bench model (and its coefficients as JSON), trained by make_bench_model.py when missing. */
async function ensureModel(data: DataFile): Promise<{ trainedSeconds?: number }> {
  if (existsSync(join(ROOT, MODEL)) && existsSync(join(ROOT, MODEL_JSON))) return {};
  if (!existsSync(PYTHON))
    throw new Error(`${PYTHON} not found (apt-get install python3-sklearn python3-onnx python3-pandas)`);
  const run = await runProcess(PYTHON, [MODEL_SCRIPT, data.path, MODEL]);
  if (run.exitCode !== 0)
    throw new Error(`${MODEL_SCRIPT} exited with ${run.exitCode}:\n${tail(run.stderr)}`);
  console.log(`trained ${MODEL} in ${run.seconds.toFixed(1)} s`);
  return { trainedSeconds: run.seconds };
}

// --- mlgate --------------------------------------------------------------------------------------

interface VerdictFacts {
  readonly rows: number;
  readonly dropped: number;
  readonly values: Record<string, number | null>;
}

interface MlgateFigures {
  readonly runs: readonly { seconds: number; peakRssMiB: number | undefined; exitCode: number | null }[];
  readonly seconds: number;
  readonly peakRssMiB: number | undefined;
  readonly rowsPerSecond: number;
  readonly verdict: VerdictFacts;
  /** mlgate's own time in session.run: latency_ms_per_row × rows scored (median). */
  readonly sessionRunSeconds: number;
}

/** Exit codes: 0 passed, 1 gate failed (still a complete run), 2 invalid input, 3 bug. */
async function runMlgate(cli: string, data: DataFile): Promise<ProcessRun & { verdict: VerdictFacts }> {
  const reportDir = mkdtempSync(join(tmpdir(), 'mlgate-bench-report-'));
  try {
    const run = await runNode(cli, mlgateArgs(data.path, reportDir), true);
    if (run.exitCode !== 0 && run.exitCode !== 1) {
      throw new Error(
        `mlgate evaluate-thresholds on ${data.path} exited with ${run.exitCode ?? run.signal}:\n${tail(run.stderr || run.stdout)}`
      );
    }
    const verdict = JSON.parse(readFileSync(join(reportDir, 'evaluate-thresholds.json'), 'utf8')) as {
      details: {
        data: { rows: number; dropped: number };
        metrics: { slice: string; values: Record<string, number | null> }[];
      };
    };
    const all = verdict.details.metrics.find((entry) => entry.slice === 'all') ?? verdict.details.metrics[0];
    return {
      ...run,
      verdict: { rows: verdict.details.data.rows, dropped: verdict.details.data.dropped, values: all.values }
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

function mlgateArgs(data: string, reportDir: string): string[] {
  return [
    'evaluate-thresholds',
    '--model',
    MODEL,
    '--data',
    data,
    '--target',
    'label',
    '--nan',
    'drop',
    '--thresholds',
    THRESHOLDS,
    '--report-dir',
    reportDir
  ];
}

function mlgateFigures(
  measured: readonly (ProcessRun & { verdict: VerdictFacts })[],
  data: DataFile
): MlgateFigures {
  if (measured.some((run) => run.exitCode === 1)) {
    console.log(`note: the gate failed on ${data.path} (exit 1); its thresholds are meant to pass:`);
    console.log(tail(measured[0].stdout, 12));
  }
  const seconds = median(measured.map((run) => run.seconds));
  const rss = measured.map((run) => run.peakRssMiB).filter((value) => value !== undefined);
  const verdict = measured[0].verdict;
  return {
    runs: measured.map(({ seconds: s, peakRssMiB, exitCode }) => ({ seconds: s, peakRssMiB, exitCode })),
    seconds,
    peakRssMiB: rss.length === 0 ? undefined : Math.max(...rss),
    rowsPerSecond: data.rows / seconds,
    verdict,
    sessionRunSeconds: median(
      measured.map((run) => ((run.verdict.values.latency_ms_per_row ?? Number.NaN) * run.verdict.rows) / 1000)
    )
  };
}

// --- Python --------------------------------------------------------------------------------------

type PythonPhase = 'import' | 'read_csv' | 'prepare' | 'score' | 'metrics' | 'total_in_script';

interface PythonReport {
  readonly python: string;
  readonly pandas: string;
  readonly numpy: string;
  readonly sklearn: string;
  readonly rows_read: number;
  readonly rows: number;
  readonly dropped: number;
  readonly seconds: Record<PythonPhase, number>;
  readonly metric_seconds: Record<string, number>;
  readonly peak_rss_mib: number;
  readonly metrics: Record<string, number>;
}

interface PythonFigures {
  readonly versions: string;
  /** Whole process, start to exit (median). */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Each phase as timed inside the script (medians). */
  readonly phases: Record<PythonPhase, number>;
  readonly metricSeconds: Record<string, number>;
  readonly peakRssMiB: number;
  readonly rows: number;
  readonly dropped: number;
  readonly metrics: Record<string, number>;
}

async function measurePython(data: DataFile, runs: number): Promise<PythonFigures> {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found (apt-get install python3-sklearn)`);
  const reports: PythonReport[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runProcess(PYTHON, [PYTHON_SCRIPT, data.path, MODEL_JSON]);
    if (run.exitCode !== 0)
      throw new Error(`${PYTHON_SCRIPT} exited with ${run.exitCode}:\n${tail(run.stderr)}`);
    reports.push(JSON.parse(run.stdout) as PythonReport);
    wall.push(run.seconds);
  }
  const first = reports[0];
  if (first.rows_read !== data.rows)
    throw new Error(`pandas read ${first.rows_read} rows of ${data.path}, expected ${data.rows}`);
  const phases = {} as Record<PythonPhase, number>;
  for (const phase of Object.keys(first.seconds) as PythonPhase[])
    phases[phase] = median(reports.map((report) => report.seconds[phase]));
  const metricSeconds: Record<string, number> = {};
  for (const name of Object.keys(first.metric_seconds))
    metricSeconds[name] = median(reports.map((report) => report.metric_seconds[name]));
  return {
    versions: `Python ${first.python}, pandas ${first.pandas}, numpy ${first.numpy}, scikit-learn ${first.sklearn}`,
    seconds: median(wall),
    runs: wall,
    phases,
    metricSeconds,
    peakRssMiB: Math.max(...reports.map((report) => report.peak_rss_mib)),
    rows: first.rows,
    dropped: first.dropped,
    metrics: first.metrics
  };
}

// --- anchors in child processes ------------------------------------------------------------------

/** Runs `anchor <args>` of this file under this Node (with tsx, for mlgate's TypeScript sources). */
async function runAnchor<T>(args: readonly string[]): Promise<T> {
  const run = await runProcess(process.execPath, ['--import', 'tsx', THIS_SCRIPT, 'anchor', ...args]);
  if (run.exitCode !== 0)
    throw new Error(`${THIS_SCRIPT} anchor ${args[0]} exited with ${run.exitCode}:\n${tail(run.stderr)}`);
  return JSON.parse(run.stdout) as T;
}

/**
 * The fewest turns for the figures by turns: a turn takes about 3 s, and the difference of two
 * noisy times needs more of them than either time alone (in one run of 2026-12-07 the turns'
 * differences, process against process, spanned 0.13 to 0.74 s; with the reader timed in process,
 * 3 turns had given 1.64× the floor where 11 gave 1.56× on the same code).
 */
const MIN_TURNS = 9;

/** A bundle of bench/least-evaluate.ts, as dist's bundles are built, beside a link to dist's onnxruntime. */
interface LeastBundle {
  readonly script: string;
  remove(): void;
}

/**
 * Builds bench/least-evaluate.ts with ncc (minified, as `npm run build` does) into a temporary folder
 * whose `bin` links to dist/bin, where onnxruntime-node's bundled loader looks for its binding.
 */
function buildLeastBundle(): LeastBundle {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-bench-least-'));
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(
    process.execPath,
    [ncc, 'build', LEAST_SCRIPT, '-o', join(dir, 'least'), '--minify', '--quiet', '--no-source-map-register'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }
  );
  minifyChunks(join(dir, 'least'));
  symlinkSync(join(ROOT, 'dist', 'bin'), join(dir, 'bin'));
  return {
    script: join(dir, 'least', 'index.js'),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

interface LeastRead {
  readonly rows: number;
  readonly seconds: number;
}

interface LeastEvaluate {
  readonly rows: number;
  readonly roc_auc: number | null;
  readonly log_loss: number;
}

/** Runs the least program's `args`; its JSON line, and the process's wall time. */
async function runLeast(
  bundle: LeastBundle,
  args: readonly string[]
): Promise<{ seconds: number; report: unknown }> {
  const run = await runNode(bundle.script, args, false);
  if (run.exitCode !== 0)
    throw new Error(
      `${LEAST_SCRIPT} ${args[0]} exited with ${run.exitCode ?? run.signal}:\n${tail(run.stderr)}`
    );
  return { seconds: run.seconds, report: JSON.parse(run.stdout) as unknown };
}

interface ReadFigures {
  /** openDataset to the last batch, inside the process (median over one process per run). */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** The reader's whole process, spawn to exit: Node's start-up and the reader's imports as well. */
  readonly processSeconds: number;
  readonly processRuns: readonly number[];
  readonly rows: number;
}

interface LeastFigures {
  /** The least program's process, spawn to exit (median). */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Per turn: its process − the reader's process, as mlgate's beyond reading. */
  readonly beyondProcessRuns: readonly number[];
  /** Per turn: its process − the reader in process. */
  readonly beyondRuns: readonly number[];
  readonly rows: number;
  readonly rocAuc: number | null;
  readonly logLoss: number;
}

interface TurnFigures {
  readonly mlgate: MlgateFigures;
  readonly read: ReadFigures;
  /** An error when the least program failed or disagreed: the target's figures stand without it. */
  readonly least: LeastFigures | { error: string };
  /** Per turn: mlgate's process − the reader's process (the target's figure). */
  readonly beyondProcessRuns: number[];
  /** Per turn: mlgate's process − the reader in process (Node's start-up and exit counted as mlgate's). */
  readonly beyondRuns: number[];
}

/**
 * mlgate's process, its reader alone and the least program, run after run in turn (mlgate, reader,
 * least, mlgate, …), so that the three see the same moments of a machine whose speed drifts; each
 * "beyond reading" is the median of its turns' differences. The least program must agree with
 * mlgate's verdict (rows, roc_auc, log_loss), or it did not do the same work.
 */
async function measureByTurns(cli: string, data: DataFile, runs: number): Promise<TurnFigures> {
  const { features } = JSON.parse(readFileSync(join(ROOT, MODEL_JSON), 'utf8')) as { features: string[] };
  const bundle = buildLeastBundle();
  try {
    const measured: (ProcessRun & { verdict: VerdictFacts })[] = [];
    const reads: { seconds: number; report: LeastRead }[] = [];
    const leasts: { seconds: number; report: LeastEvaluate }[] = [];
    const failures = await byTurns(runs, [
      async () => {
        measured.push(await runMlgate(cli, data));
      },
      async () => {
        const run = await runLeast(bundle, ['read', data.path, ['label', ...features].join(',')]);
        reads.push({ seconds: run.seconds, report: run.report as LeastRead });
      },
      async () => {
        const run = await runLeast(bundle, ['evaluate', data.path, MODEL, features.join(','), 'label']);
        leasts.push({ seconds: run.seconds, report: run.report as LeastEvaluate });
      }
    ]);
    const [mlgateFailure, readFailure, leastFailure] = failures;
    if (mlgateFailure !== undefined) throw mlgateFailure;
    if (readFailure !== undefined) throw readFailure;
    const rows = reads[0].report.rows;
    if (rows !== data.rows)
      throw new Error(`mlgate's reader read ${rows} rows of ${data.path}, expected ${data.rows}`);
    const mlgate = mlgateFigures(measured, data);
    const inProcess = reads.map((read) => read.report.seconds);
    const asProcess = reads.map((read) => read.seconds);
    const least = await attempt('the least program', () => {
      if (leastFailure !== undefined) throw leastFailure;
      return Promise.resolve(leastFigures(leasts, inProcess, asProcess, mlgate.verdict));
    });
    return {
      mlgate,
      read: {
        seconds: median(inProcess),
        runs: inProcess,
        processSeconds: median(asProcess),
        processRuns: asProcess,
        rows
      },
      least,
      beyondRuns: measured.map((run, i) => run.seconds - inProcess[i]),
      beyondProcessRuns: measured.map((run, i) => run.seconds - asProcess[i])
    };
  } finally {
    bundle.remove();
  }
}

/**
 * The least program's figures over the turns, against the reader's times of the same turns. Throws
 * unless its rows, roc_auc and log_loss equal mlgate's verdict: otherwise it did not do the same work.
 */
function leastFigures(
  runs: readonly { seconds: number; report: LeastEvaluate }[],
  inProcess: readonly number[],
  asProcess: readonly number[],
  verdict: VerdictFacts
): LeastFigures {
  const report = runs[0].report;
  const auc = verdict.values.roc_auc;
  if (
    report.rows !== verdict.rows ||
    report.roc_auc === null ||
    auc === null ||
    auc === undefined ||
    relativeDifference(report.roc_auc, auc) > 1e-12 ||
    relativeDifference(report.log_loss, verdict.values.log_loss ?? Number.NaN) > 1e-9
  )
    throw new Error(
      `it disagrees with mlgate's verdict: rows ${report.rows} vs ${verdict.rows}, roc_auc ${report.roc_auc} vs ${auc}, log_loss ${report.log_loss} vs ${verdict.values.log_loss}`
    );
  return {
    seconds: median(runs.map((run) => run.seconds)),
    runs: runs.map((run) => run.seconds),
    beyondRuns: runs.map((run, i) => run.seconds - inProcess[i]),
    beyondProcessRuns: runs.map((run, i) => run.seconds - asProcess[i]),
    rows: report.rows,
    rocAuc: report.roc_auc,
    logLoss: report.log_loss
  };
}

interface OrtFigures {
  readonly version: string;
  readonly threads: number;
  readonly rows: number;
  readonly createSeconds: number;
  /** session.run over the preloaded rows in CHUNK_ROWS chunks, tensor creation included (median). */
  readonly chunkedSeconds: number;
  readonly chunks: number;
  /** session.run on one [rows, 6] tensor (median). */
  readonly wholeSeconds: number;
  /** Float64Array.prototype.sort of the rows' positive-class scores (median). */
  readonly sortSeconds: number;
  readonly runs: { chunked: number[]; whole: number[]; sort: number[] };
}

/**
 * The figures of a child's `anchor ort`: the model's feature columns read with mlgate's reader (not
 * timed) into one [N, 6] float32 array of the rows with no missing value, as mlgate scores them;
 * then the session (mlgate's session options) and `runs` timed passes of each figure after one
 * unmeasured warm-up run.
 */
async function anchorOrt(csv: string, modelPath: string, runs: number): Promise<OrtFigures> {
  const { openDataset } = await import('../shared/data/dataset.js');
  const { onnxRuntime, sessionOptions } = await import('../shared/model/runtime.js');
  const { features } = JSON.parse(readFileSync(MODEL_JSON, 'utf8')) as { features: string[] };
  const width = features.length;
  const columnsNeeded = [...features, 'label'];
  let matrix = new Float32Array(1 << 20);
  let rows = 0;
  for await (const batch of (await openDataset(csv)).batches()) {
    const columns = columnsNeeded.map((name) => {
      const column = batch.columns.find((entry) => entry.name === name);
      if (column === undefined || column.type === 'string')
        throw new Error(`${csv}: no numeric column ${name}`);
      return column;
    });
    if (matrix.length < (rows + batch.rowCount) * width) {
      const bigger = new Float32Array(Math.max(matrix.length * 2, (rows + batch.rowCount) * width));
      bigger.set(matrix.subarray(0, rows * width));
      matrix = bigger;
    }
    for (let row = 0; row < batch.rowCount; row++) {
      if (columns.some((column) => column.missing[row] !== 0)) continue;
      for (let f = 0; f < width; f++) matrix[rows * width + f] = columns[f].values[row];
      rows++;
    }
  }
  const X = matrix.subarray(0, rows * width);

  const ort = await onnxRuntime();
  const options = sessionOptions();
  let started = performance.now();
  const session = await ort.InferenceSession.create(readFileSync(modelPath), options);
  const createSeconds = (performance.now() - started) / 1000;
  const input = session.inputNames[0];
  const fetches = ['label', 'probabilities'];
  const tensor = (from: number, to: number): InstanceType<typeof ort.Tensor> =>
    new ort.Tensor('float32', X.subarray(from * width, to * width), [to - from, width]);
  await session.run({ [input]: tensor(0, Math.min(rows, CHUNK_ROWS)) }, fetches); // warm-up

  const chunked: number[] = [];
  const whole: number[] = [];
  const sort: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    for (let from = 0; from < rows; from += CHUNK_ROWS)
      await session.run({ [input]: tensor(from, Math.min(rows, from + CHUNK_ROWS)) }, fetches);
    chunked.push((performance.now() - started) / 1000);

    started = performance.now();
    const out = await session.run({ [input]: tensor(0, rows) }, fetches);
    whole.push((performance.now() - started) / 1000);

    const probabilities = out.probabilities.data as Float32Array;
    const scores = new Float64Array(rows);
    for (let row = 0; row < rows; row++) scores[row] = probabilities[2 * row + 1];
    started = performance.now();
    scores.sort();
    sort.push((performance.now() - started) / 1000);
  }
  const { version } = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'onnxruntime-node', 'package.json'), 'utf8')
  ) as { version: string };
  return {
    version,
    threads: options.intraOpNumThreads ?? 0,
    rows,
    createSeconds,
    chunkedSeconds: median(chunked),
    chunks: Math.ceil(rows / CHUNK_ROWS),
    wholeSeconds: median(whole),
    sortSeconds: median(sort),
    runs: { chunked, whole, sort }
  };
}

// --- DuckDB (context) ----------------------------------------------------------------------------

async function measureDuckdbScan(
  data: DataFile,
  runs: number
): Promise<{ version: string; seconds: number }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const info = await connection.runAndReadAll('SELECT version() AS v');
    const [{ v }] = info.getRowObjectsJson();
    const path = join(ROOT, data.path).replaceAll("'", "''");
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await connection.runAndReadAll(`SELECT count(*) FROM read_csv('${path}', header = true)`);
      times.push((performance.now() - started) / 1000);
    }
    return { version: typeof v === 'string' ? v : JSON.stringify(v), seconds: median(times) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// --- the bench -----------------------------------------------------------------------------------

/** |a − b| / |b|; Infinity when a is missing. */
function relativeDifference(a: number | null | undefined, b: number): number {
  return a === null || a === undefined ? Infinity : Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

export const evaluateThresholds: BenchModule = {
  name: 'evaluate-thresholds',
  async run(context: BenchContext): Promise<Record<string, unknown>> {
    const data = await dataFile(ROWS);
    const cli = context.cli;
    const cliMissing = existsSync(resolve(ROOT, cli)) ? undefined : `${cli} not found: run npm run build`;
    console.log(
      `\nevaluate-thresholds: ${data.rows.toLocaleString('en-US')} rows × 10 columns, ${(data.bytes / 1e6).toFixed(1)} MB (${data.path}), 6-feature logistic model (${MODEL}); ${context.runs} run${context.runs === 1 ? '' : 's'} per figure (at least ${MIN_TURNS} turns for beyond reading), medians`
    );
    const model = await attempt('model', () => ensureModel(data));
    const needModel = (): void => {
      if ('error' in model) throw new Error(`no model: ${model.error}`);
    };
    const turns = await attempt('mlgate, its reader alone and the least program', async () => {
      if (cliMissing !== undefined) throw new Error(cliMissing);
      needModel();
      return measureByTurns(cli, data, Math.max(context.runs, MIN_TURNS));
    });
    const mlgate = 'error' in turns ? turns : turns.mlgate;
    const read = 'error' in turns ? turns : turns.read;
    const least = 'error' in turns ? turns : turns.least;
    const python = await attempt('Python', async () => {
      needModel();
      return measurePython(data, context.runs);
    });
    const ort = await attempt('onnxruntime alone', async () => {
      needModel();
      return runAnchor<OrtFigures>(['ort', data.path, MODEL, String(context.runs)]);
    });
    const duckdb = await attempt('DuckDB read_csv', () => measureDuckdbScan(data, context.runs));
    // The fixed cost of any run (Node, the bundle, onnxruntime, the session, the report): 10 rows.
    const startup = await attempt('10-row run', async () => {
      if (cliMissing !== undefined) throw new Error(cliMissing);
      needModel();
      const small = await dataFile(SMALL_ROWS);
      await runMlgate(cli, small); // unmeasured: loads the bundle into the page cache
      const times: number[] = [];
      for (let i = 0; i < SMALL_RUNS; i++) times.push((await runMlgate(cli, small)).seconds);
      return { path: small.path, runs: times, seconds: median(times) };
    });

    const m = ok(mlgate);
    const p = ok(python);
    const r = ok(read);
    const l = ok(least);
    const o = ok(ort);
    const d = ok(duckdb);
    const s = ok(startup);

    const beyondRead = 'error' in turns ? undefined : median(turns.beyondRuns);
    const beyondReadProcess = 'error' in turns ? undefined : median(turns.beyondProcessRuns);
    const leastBeyond = l === undefined ? undefined : median(l.beyondRuns);
    const leastBeyondProcess = l === undefined ? undefined : median(l.beyondProcessRuns);
    const sessionRun = o === undefined ? undefined : Math.min(o.chunkedSeconds, o.wholeSeconds);
    const floor = o === undefined || sessionRun === undefined ? undefined : sessionRun + o.sortSeconds;

    const rows: string[][] = [];
    const line = (label: string, seconds: number | undefined, rss?: number, count?: number): void => {
      rows.push([
        label,
        fixed(seconds, 3),
        count === undefined || seconds === undefined ? '' : compact(count / seconds),
        rss === undefined ? '' : fixed(rss, 0)
      ]);
    };
    line('mlgate evaluate-thresholds (process)', m?.seconds, m?.peakRssMiB, data.rows);
    line("  mlgate's CSV reader alone, same columns (in process)", r?.seconds);
    line('    the same reader as a process (Node start-up included)', r?.processSeconds);
    line("  beyond reading: process − the reader's process, median of the turns", beyondReadProcess);
    line('    process − the reader in process, median of the turns', beyondRead);
    line("  its session.run (verdict's latency × rows)", m?.sessionRunSeconds);
    line(`  start-up: the same command on ${SMALL_ROWS} rows (median of ${SMALL_RUNS})`, s?.seconds);
    line('the least program: read, score, sort, AUC, log loss (process)', l?.seconds, undefined, data.rows);
    line("  beyond reading: process − the reader's process, median of the turns", leastBeyondProcess);
    line('    process − the reader in process, median of the turns', leastBeyond);
    line(
      p === undefined ? 'Python (process)' : 'Python: pandas + numpy + sklearn (process)',
      p?.seconds,
      p?.peakRssMiB,
      data.rows
    );
    if (p !== undefined) {
      for (const [phase, label] of [
        ['import', 'import numpy, pandas, sklearn'],
        ['read_csv', 'read_csv'],
        ['prepare', 'dropna + to_numpy'],
        ['score', 'numpy scoring (float64)'],
        ['metrics', `sklearn metrics (${Object.keys(p.metricSeconds).length})`]
      ] as const) {
        line(`  ${label}`, p.phases[phase]);
      }
      line('    of which roc_auc', p.metricSeconds.roc_auc);
    }
    rows.push([
      o === undefined ? 'onnxruntime alone' : `onnxruntime ${o.version} alone (${o.threads} threads)`,
      '',
      '',
      ''
    ]);
    if (o !== undefined) {
      line('  create the session', o.createSeconds);
      line(
        `  session.run, ${o.chunks} chunks of ${compact(CHUNK_ROWS)} rows`,
        o.chunkedSeconds,
        undefined,
        o.rows
      );
      line(`  session.run, one [${o.rows}, 6] tensor`, o.wholeSeconds, undefined, o.rows);
      line(`  the metric sort: Float64Array sort of ${compact(o.rows)}`, o.sortSeconds);
    }
    line(d === undefined ? 'DuckDB read_csv count(*)' : `DuckDB ${d.version} read_csv count(*)`, d?.seconds);
    console.log(formatTable(['', 'wall s', 'rows/s', 'peak RSS MiB'], rows));

    if (m !== undefined && p !== undefined) {
      const diffs = Object.fromEntries(
        SHARED_METRICS.map((name) => [name, relativeDifference(m.verdict.values[name], p.metrics[name])])
      );
      const max = Math.max(...Object.values(diffs));
      console.log(
        `agreement with scikit-learn on ${m.verdict.rows.toLocaleString('en-US')} rows (Python: ${p.rows.toLocaleString('en-US')}; rows dropped for an empty clicks: mlgate ${m.verdict.dropped.toLocaleString('en-US')}, pandas ${p.dropped.toLocaleString('en-US')}): relative difference accuracy ${diffs.accuracy.toExponential(1)}, roc_auc ${diffs.roc_auc.toExponential(1)}, log_loss ${diffs.log_loss.toExponential(1)}; largest of the ${SHARED_METRICS.length} shared metrics ${max.toExponential(1)} (mlgate scores in float32, numpy in float64)`
      );
    }
    if (
      m !== undefined &&
      r !== undefined &&
      o !== undefined &&
      beyondReadProcess !== undefined &&
      floor !== undefined
    ) {
      console.log(
        `beyond reading = median over ${r.runs.length} turns of (mlgate process − mlgate's reader alone, as a process) = ${beyondReadProcess.toFixed(3)} s (medians apart: ${m.seconds.toFixed(3)} s − ${r.processSeconds.toFixed(3)} s = ${(m.seconds - r.processSeconds).toFixed(3)} s); ` +
          `onnxruntime floor = session.run ${sessionRun!.toFixed(3)} s (the faster of chunked and one tensor) + sort ${o.sortSeconds.toFixed(3)} s = ${floor.toFixed(3)} s`
      );
    }

    const pythonRatio = m !== undefined && p !== undefined ? p.seconds / m.seconds : undefined;
    const floorRatio =
      beyondReadProcess !== undefined && floor !== undefined ? beyondReadProcess / floor : undefined;
    const perRow = beyondRead !== undefined && s !== undefined ? beyondRead - s.seconds : undefined;
    const targets: Target[] = [
      target(
        'end to end vs Python (process / process)',
        `≥ ${TARGET_PYTHON_RATIO}× faster`,
        pythonRatio === undefined
          ? 'not measured'
          : `${pythonRatio.toFixed(2)}× (${m!.seconds.toFixed(2)} s vs ${p!.seconds.toFixed(2)} s)`,
        pythonRatio === undefined ? undefined : pythonRatio >= TARGET_PYTHON_RATIO
      ),
      target(
        'beyond reading vs onnxruntime session.run + sort',
        `≤ ${TARGET_BEYOND_READ_RATIO}×`,
        floorRatio === undefined
          ? 'not measured'
          : `${floorRatio.toFixed(2)}× (${beyondReadProcess!.toFixed(3)} s vs ${floor!.toFixed(3)} s)`,
        floorRatio === undefined ? undefined : floorRatio <= TARGET_BEYOND_READ_RATIO
      ),
      {
        name: 'beyond reading, the reader in process, less start-up, vs the floor',
        target: 'reported, no bound',
        value:
          perRow === undefined || floor === undefined
            ? 'not measured'
            : `${(perRow / floor).toFixed(2)}× (${perRow.toFixed(3)} s vs ${floor.toFixed(3)} s; start-up ${s!.seconds.toFixed(3)} s alone is ${(s!.seconds / floor).toFixed(2)}× the floor)`,
        status: 'INFO'
      },
      {
        name: 'the least program beyond reading vs the floor',
        target: 'reported, no bound',
        value:
          leastBeyondProcess === undefined || floor === undefined
            ? 'not measured'
            : `${(leastBeyondProcess / floor).toFixed(2)}× (${leastBeyondProcess.toFixed(3)} s vs ${floor.toFixed(3)} s): read, score, keep the probabilities, sort, AUC and log loss only; mlgate's own work beyond it ${(beyondReadProcess! - leastBeyondProcess).toFixed(3)} s`,
        status: 'INFO'
      },
      {
        name: 'beyond reading, the reader timed in process',
        target: 'reported, no bound',
        value:
          beyondRead === undefined || floor === undefined
            ? 'not measured'
            : `mlgate ${(beyondRead / floor).toFixed(2)}× (${beyondRead.toFixed(3)} s)${leastBeyond === undefined ? '' : `, the least program ${(leastBeyond / floor).toFixed(2)}× (${leastBeyond.toFixed(3)} s)`} the floor: Node's start-up and exit (the reader's process − the reader in process: ${r === undefined ? '?' : (r.processSeconds - r.seconds).toFixed(3)} s) counted as beyond reading`,
        status: 'INFO'
      },
      {
        name: 'peak RSS',
        target: 'reported, no bound',
        value:
          m?.peakRssMiB === undefined
            ? 'not measured'
            : `mlgate ${m.peakRssMiB.toFixed(0)} MiB${p === undefined ? '' : `, Python ${p.peakRssMiB.toFixed(0)} MiB`}`,
        status: 'INFO'
      }
    ];
    console.log('');
    printTargets(targets);

    const results = {
      bench: 'evaluate-thresholds',
      date: new Date().toISOString(),
      machine: machine(),
      command: `node ${cli} ${mlgateArgs('<csv>', '<tmp>')
        .map((arg) => (arg.includes(' ') ? `"${arg}"` : arg))
        .join(' ')}`,
      data: { ...data, columns: 10 },
      model: { path: MODEL, features: 6, ...model },
      formula: {
        beyondReading:
          "median over alternating runs of (mlgate process wall time − mlgate's reader alone, process wall time: the columns evaluate-thresholds reads, the 6 features and the label)",
        beyondReadingInProcess:
          'median over the same turns of (mlgate process wall time − the reader in process: openDataset to last batch)',
        floor: 'min(session.run chunked, session.run one tensor) + Float64Array sort of the scores',
        least:
          'bench/least-evaluate.ts bundled with ncc: read, drop rows with a missing feature, score per batch, keep the probabilities, radix sort, ROC AUC, log loss; nothing else. Its beyond reading: the same formulas, in the same turns',
        startup: `the same mlgate command on the ${SMALL_ROWS}-row bench file, median of ${SMALL_RUNS} runs after one unmeasured`
      },
      mlgate,
      read,
      beyondReadingRuns: 'error' in turns ? turns : turns.beyondProcessRuns,
      beyondReadingInProcessRuns: 'error' in turns ? turns : turns.beyondRuns,
      least,
      python,
      onnxruntime: ort,
      duckdb,
      startup,
      targets
    };
    console.log(`\nwrote ${writeResults('evaluate-thresholds', results)}`);
    return results;
  }
};

// --- child-process entry -------------------------------------------------------------------------

async function anchorMain(args: readonly string[]): Promise<void> {
  const [kind, csv, modelPath, runs] = args;
  let result: unknown;
  if (kind === 'ort' && csv !== undefined && modelPath !== undefined)
    result = await anchorOrt(csv, modelPath, Number(runs ?? 3));
  else throw new Error(`usage: ${THIS_SCRIPT} anchor ort <csv> <model> <runs>`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'anchor') {
    console.error(`usage: ${THIS_SCRIPT} anchor ort <csv> <model> <runs> (npm run bench runs it)`);
    process.exitCode = 2;
  } else {
    anchorMain(rest).catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    });
  }
}
