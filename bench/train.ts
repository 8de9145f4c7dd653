/**
 * The train bench: mlgate's built-in trainers (logistic regression, gradient-boosted trees) run
 * through the CLI bundle as a user runs them, on the 2M-row bench CSV, against scikit-learn's
 * LogisticRegression and HistGradientBoostingClassifier on the same data in the same run
 * (bench/train_sklearn.py, one Python process per model so each peak RSS is one model's, as
 * mlgate's is); and a run-cache hit, which still hashes the CSV to compute the run key.
 *
 * Both sides do the same work: read the CSV, impute/standardise/one-hot, fit with the same
 * hyperparameters, score the training rows (mlgate's training metrics; predict_proba in Python).
 * mlgate also writes the ONNX model and the manifest.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  attempt,
  type BenchContext,
  type BenchModule,
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

const ROWS = 2_000_000;
/** Debian's python (scikit-learn 1.2, pandas 1.5), not a pyenv or venv python on PATH. */
const PYTHON = '/usr/bin/python3';
const PYTHON_SCRIPT = 'bench/train_sklearn.py';
const TARGET_COLUMN = 'label';
/** Every column but id, signup (a date) and the target: numbers, strings, a bool and a column with gaps. */
const FEATURES = ['age', 'income', 'score', 'category', 'region', 'active', 'clicks'] as const;
const TRAINERS = ['logistic-regression', 'gradient-boosted-trees'] as const;
type Trainer = (typeof TRAINERS)[number];
/** scikit-learn's estimator for each trainer, as bench/train_sklearn.py builds it. */
const ESTIMATORS: Record<Trainer, { readonly name: string; readonly call: string }> = {
  'logistic-regression': { name: 'LogisticRegression', call: 'LogisticRegression()' },
  'gradient-boosted-trees': {
    name: 'HistGradientBoostingClassifier',
    call: 'HistGradientBoostingClassifier(early_stopping=False, random_state=0)'
  }
};
/** The manifest the CLI writes beside the model (shared/train/manifest.ts). */
const MANIFEST_FILE = 'mlgate-manifest.json';

const TARGET_PYTHON_RATIO = 1.5;
const TARGET_RSS_MIB = 1024;
const TARGET_CACHE_HIT_SECONDS = 1;

// --- mlgate --------------------------------------------------------------------------------------

type CacheOption = { readonly cache: false } | { readonly cache: true; readonly cacheDir: string };

function mlgateArgs(trainer: Trainer, data: string, outputDir: string, cache: CacheOption): string[] {
  return [
    'train',
    '--trainer',
    trainer,
    '--data',
    data,
    '--target',
    TARGET_COLUMN,
    '--features',
    FEATURES.join(','),
    '--cache',
    String(cache.cache),
    ...(cache.cache ? ['--cache-dir', cache.cacheDir] : []),
    '--output-dir',
    outputDir
  ];
}

/** What the run's manifest says about it. */
interface ManifestFacts {
  readonly rows: number | undefined;
  /** Read, preprocess, fit, ONNX export and training metrics, timed inside the process. */
  readonly trainSeconds: number;
  readonly totalSeconds: number;
  readonly accuracy: number | undefined;
  readonly modelBytes: number;
}

function readManifest(outputDir: string): ManifestFacts {
  const manifest = JSON.parse(readFileSync(join(outputDir, MANIFEST_FILE), 'utf8')) as {
    training: { rows?: number };
    metrics: { train?: { accuracy?: number | null } };
    model: { bytes: number };
    timings: { trainSeconds: number; totalSeconds: number };
  };
  return {
    rows: manifest.training.rows,
    trainSeconds: manifest.timings.trainSeconds,
    totalSeconds: manifest.timings.totalSeconds,
    accuracy: manifest.metrics.train?.accuracy ?? undefined,
    modelBytes: manifest.model.bytes
  };
}

/** Runs the CLI; anything but exit 0 is an error carrying the end of its output. */
async function runCli(cli: string, args: readonly string[]): Promise<ProcessRun> {
  const run = await runNode(cli, args, true);
  if (run.exitCode !== 0) {
    throw new Error(
      `mlgate ${args.slice(0, 3).join(' ')} exited with ${run.exitCode ?? run.signal} after ${run.seconds.toFixed(1)} s:\n${tail(run.stderr || run.stdout)}`
    );
  }
  return run;
}

interface MlgateRun {
  readonly seconds: number;
  readonly peakRssMiB: number | undefined;
  readonly manifest: ManifestFacts;
}

interface MlgateFigures {
  readonly runs: readonly MlgateRun[];
  /** Process start to exit (median). */
  readonly seconds: number;
  readonly peakRssMiB: number | undefined;
  /** The manifest's timings.trainSeconds (median). */
  readonly trainSeconds: number;
  readonly accuracy: number | undefined;
  readonly rows: number | undefined;
  readonly modelBytes: number;
}

async function measureMlgate(
  cli: string,
  trainer: Trainer,
  data: DataFile,
  runs: number
): Promise<MlgateFigures> {
  const measured: MlgateRun[] = [];
  for (let i = 0; i < runs; i++) {
    const outputDir = mkdtempSync(join(tmpdir(), 'mlgate-bench-train-'));
    try {
      const run = await runCli(cli, mlgateArgs(trainer, data.path, outputDir, { cache: false }));
      measured.push({ seconds: run.seconds, peakRssMiB: run.peakRssMiB, manifest: readManifest(outputDir) });
    } finally {
      rmSync(outputDir, { recursive: true, force: true });
    }
  }
  const first = measured[0].manifest;
  if (first.rows !== undefined && first.rows !== data.rows)
    throw new Error(`mlgate trained on ${first.rows} rows of ${data.path}, expected ${data.rows}`);
  const rss = measured.map((run) => run.peakRssMiB).filter((value) => value !== undefined);
  return {
    runs: measured,
    seconds: median(measured.map((run) => run.seconds)),
    peakRssMiB: rss.length === 0 ? undefined : Math.max(...rss),
    trainSeconds: median(measured.map((run) => run.manifest.trainSeconds)),
    accuracy: first.accuracy,
    rows: first.rows,
    modelBytes: first.modelBytes
  };
}

// --- scikit-learn --------------------------------------------------------------------------------

type PythonPhase = 'import' | 'read_csv' | 'prepare' | 'fit' | 'predict' | 'total_in_script';

interface PythonReport {
  readonly python: string;
  readonly pandas: string;
  readonly numpy: string;
  readonly sklearn: string;
  readonly estimator: string;
  readonly rows: number;
  readonly design_columns: number;
  readonly iterations: number;
  /** Threads of each native pool (openmp, openblas), from threadpoolctl. */
  readonly threads: Record<string, number>;
  readonly seconds: Record<PythonPhase, number>;
  readonly peak_rss_mib: number;
  readonly accuracy: number;
}

interface PythonFigures {
  readonly versions: string;
  readonly estimator: string;
  /** Process start to exit (median). */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Each phase as timed inside the script (medians). */
  readonly phases: Record<PythonPhase, number>;
  readonly peakRssMiB: number;
  readonly accuracy: number;
  readonly designColumns: number;
  readonly iterations: number;
  readonly threads: Record<string, number>;
}

async function measurePython(trainer: Trainer, data: DataFile, runs: number): Promise<PythonFigures> {
  if (!existsSync(PYTHON))
    throw new Error(`${PYTHON} not found (apt-get install python3-sklearn python3-pandas)`);
  const reports: PythonReport[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runProcess(PYTHON, [PYTHON_SCRIPT, data.path, trainer]);
    if (run.exitCode !== 0)
      throw new Error(`${PYTHON_SCRIPT} ${trainer} exited with ${run.exitCode}:\n${tail(run.stderr)}`);
    reports.push(JSON.parse(run.stdout) as PythonReport);
    wall.push(run.seconds);
  }
  const first = reports[0];
  if (first.rows !== data.rows)
    throw new Error(`pandas read ${first.rows} rows of ${data.path}, expected ${data.rows}`);
  const phases = {} as Record<PythonPhase, number>;
  for (const phase of Object.keys(first.seconds) as PythonPhase[])
    phases[phase] = median(reports.map((report) => report.seconds[phase]));
  return {
    versions: `Python ${first.python}, pandas ${first.pandas}, numpy ${first.numpy}, scikit-learn ${first.sklearn}`,
    estimator: first.estimator,
    seconds: median(wall),
    runs: wall,
    phases,
    peakRssMiB: Math.max(...reports.map((report) => report.peak_rss_mib)),
    accuracy: first.accuracy,
    designColumns: first.design_columns,
    iterations: first.iterations,
    threads: first.threads
  };
}

// --- the run cache -------------------------------------------------------------------------------

interface CacheFigures {
  /** The first run: a miss that trains and fills the cache. */
  readonly fill: { seconds: number; peakRssMiB: number | undefined };
  readonly runs: readonly { seconds: number; peakRssMiB: number | undefined }[];
  /** The hits, process start to exit (median). */
  readonly seconds: number;
  readonly peakRssMiB: number | undefined;
  /** Every hit printed `cache-hit=true`. */
  readonly hit: boolean;
  /** sha256 of the CSV in the bench process, streamed: the floor under computing the run key. */
  readonly hashSeconds: number;
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => {
        resolvePromise(hash.digest('hex'));
      });
  });
}

/** The logistic command with a local run cache, twice and more: the first run fills it, the others hit. */
async function measureCacheHit(cli: string, data: DataFile, runs: number): Promise<CacheFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'mlgate-bench-cache-'));
  try {
    const args = mlgateArgs('logistic-regression', data.path, join(scratch, 'out'), {
      cache: true,
      cacheDir: join(scratch, 'cache')
    });
    const fill = await runCli(cli, args);
    if (!fill.stdout.includes('cache-hit=false'))
      throw new Error(
        `the first run with an empty cache did not print cache-hit=false:\n${tail(fill.stdout)}`
      );
    const hits: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) hits.push(await runCli(cli, args));
    const hashTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await hashFile(join(ROOT, data.path));
      hashTimes.push((performance.now() - started) / 1000);
    }
    const rss = hits.map((run) => run.peakRssMiB).filter((value) => value !== undefined);
    return {
      fill: { seconds: fill.seconds, peakRssMiB: fill.peakRssMiB },
      runs: hits.map(({ seconds, peakRssMiB }) => ({ seconds, peakRssMiB })),
      seconds: median(hits.map((run) => run.seconds)),
      peakRssMiB: rss.length === 0 ? undefined : Math.max(...rss),
      hit: hits.every((run) => run.stdout.includes('cache-hit=true')),
      hashSeconds: median(hashTimes)
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// --- the bench -----------------------------------------------------------------------------------

const quote = (args: readonly string[]): string =>
  args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ');

/** Python's counterpart of the manifest's trainSeconds: everything in the script after the imports. */
function pythonWork(p: PythonFigures): number {
  return p.phases.read_csv + p.phases.prepare + p.phases.fit + p.phases.predict;
}

function trainerTargets(
  trainer: Trainer,
  m: MlgateFigures | undefined,
  p: PythonFigures | undefined
): Target[] {
  const ratio = m !== undefined && p !== undefined ? m.seconds / p.seconds : undefined;
  const accuracy = (value: number | undefined): string => (value === undefined ? '-' : value.toFixed(5));
  const points = m?.accuracy !== undefined && p !== undefined ? (m.accuracy - p.accuracy) * 100 : undefined;
  return [
    target(
      `${trainer}: end to end vs scikit-learn (process / process, both read the CSV)`,
      `≤ ${TARGET_PYTHON_RATIO}×`,
      ratio === undefined
        ? 'not measured'
        : `${ratio.toFixed(2)}× (${m!.seconds.toFixed(2)} s vs ${p!.seconds.toFixed(2)} s)`,
      ratio === undefined ? undefined : ratio <= TARGET_PYTHON_RATIO
    ),
    target(
      `${trainer}: peak RSS`,
      `≤ ${TARGET_RSS_MIB} MiB`,
      m?.peakRssMiB === undefined
        ? 'not measured'
        : `${m.peakRssMiB.toFixed(0)} MiB${p === undefined ? '' : ` (scikit-learn ${p.peakRssMiB.toFixed(0)} MiB)`}`,
      m?.peakRssMiB === undefined ? undefined : m.peakRssMiB <= TARGET_RSS_MIB
    ),
    {
      name: `${trainer}: fit-only`,
      target: 'reported, no bound',
      value:
        m === undefined || p === undefined
          ? 'not measured'
          : `mlgate trainSeconds ${m.trainSeconds.toFixed(2)} s (includes reading the CSV, preprocessing, the ONNX export and the training metrics) vs scikit-learn fit ${p.phases.fit.toFixed(2)} s alone, ${pythonWork(p).toFixed(2)} s with read_csv + preprocessing + predict_proba (${(m.trainSeconds / pythonWork(p)).toFixed(2)}×)`,
      status: 'INFO'
    },
    {
      name: `${trainer}: training accuracy`,
      target: 'within 1 point',
      value:
        m === undefined && p === undefined
          ? 'not measured'
          : `mlgate ${accuracy(m?.accuracy)} vs scikit-learn ${accuracy(p?.accuracy)}${points === undefined ? '' : ` (${points >= 0 ? '+' : ''}${points.toFixed(3)} points)`}`,
      status: 'INFO'
    }
  ];
}

export const train: BenchModule = {
  name: 'train',
  async run(context: BenchContext): Promise<Record<string, unknown>> {
    const data = await dataFile(ROWS);
    const cli = context.cli;
    const cliMissing = existsSync(resolve(ROOT, cli)) ? undefined : `${cli} not found: run npm run build`;
    console.log(
      `\ntrain: ${data.rows.toLocaleString('en-US')} rows × ${FEATURES.length} features, ${(data.bytes / 1e6).toFixed(1)} MB (${data.path}), target ${TARGET_COLUMN}; ${context.runs} run${context.runs === 1 ? '' : 's'} per figure, medians`
    );

    const measured = {} as Record<
      Trainer,
      { mlgate: MlgateFigures | { error: string }; python: PythonFigures | { error: string } }
    >;
    for (const trainer of TRAINERS) {
      const mlgate = await attempt(`mlgate ${trainer}`, async () => {
        if (cliMissing !== undefined) throw new Error(cliMissing);
        return measureMlgate(cli, trainer, data, context.runs);
      });
      const python = await attempt(`scikit-learn ${ESTIMATORS[trainer].call}`, () =>
        measurePython(trainer, data, context.runs)
      );
      measured[trainer] = { mlgate, python };
    }
    const cache = await attempt('cache hit', async () => {
      if (cliMissing !== undefined) throw new Error(cliMissing);
      return measureCacheHit(cli, data, context.runs);
    });

    const rows: string[][] = [];
    const line = (label: string, seconds: number | undefined, rss?: number, accuracy?: number): void => {
      rows.push([
        label,
        fixed(seconds, 2),
        rss === undefined ? '' : fixed(rss, 0),
        accuracy === undefined ? '' : accuracy.toFixed(4)
      ]);
    };
    for (const trainer of TRAINERS) {
      const m = ok(measured[trainer].mlgate);
      const p = ok(measured[trainer].python);
      rows.push([trainer, '', '', '']);
      line('  mlgate train (process)', m?.seconds, m?.peakRssMiB, m?.accuracy);
      line('    manifest timings.trainSeconds (read → metrics)', m?.trainSeconds);
      line(`  scikit-learn ${ESTIMATORS[trainer].name} (process)`, p?.seconds, p?.peakRssMiB, p?.accuracy);
      if (p !== undefined) {
        for (const [phase, label] of [
          ['import', 'import pandas, sklearn'],
          ['read_csv', 'read_csv'],
          ['prepare', 'impute / scale / one-hot'],
          ['fit', 'fit'],
          ['predict', 'predict_proba + accuracy']
        ] as const) {
          line(`    ${label}`, p.phases[phase]);
        }
      }
    }
    const c = ok(cache);
    rows.push(['run cache, logistic-regression', '', '', '']);
    line('  first run: miss, trains, fills the cache', c?.fill.seconds, c?.fill.peakRssMiB);
    line(
      `  cache hit (process)${c === undefined || c.hit ? '' : ' [no cache-hit=true]'}`,
      c?.seconds,
      c?.peakRssMiB
    );
    line('    sha256 of the CSV alone (in the bench process)', c?.hashSeconds);
    console.log(formatTable(['', 'wall s', 'peak RSS MiB', 'train accuracy'], rows));
    const python = TRAINERS.map((trainer) => ok(measured[trainer].python)).find((p) => p !== undefined);
    if (python !== undefined) {
      const estimators = TRAINERS.map((trainer) => ESTIMATORS[trainer].call).join(', ');
      const pools = Object.entries(python.threads)
        .map(([pool, threads]) => `${pool} ${threads}`)
        .join(', ');
      console.log(
        `${python.versions} (${estimators}); ${cpus().length} CPUs; scikit-learn's thread pools: ${pools}; mlgate trains on the main thread`
      );
    }

    const targets: Target[] = TRAINERS.flatMap((trainer) =>
      trainerTargets(trainer, ok(measured[trainer].mlgate), ok(measured[trainer].python))
    );
    targets.push(
      target(
        'cache hit end to end (hashes the CSV for the run key, restores from a local cache dir)',
        `≤ ${TARGET_CACHE_HIT_SECONDS} s`,
        c === undefined
          ? 'not measured'
          : `${c.seconds.toFixed(2)} s${c.hit ? '' : ', but it did not print cache-hit=true'}`,
        c === undefined ? undefined : c.hit && c.seconds <= TARGET_CACHE_HIT_SECONDS
      )
    );
    console.log('');
    printTargets(targets);

    const results = {
      bench: 'train',
      date: new Date().toISOString(),
      machine: machine(),
      commands: {
        mlgate: Object.fromEntries(
          TRAINERS.map((trainer) => [
            trainer,
            `node ${cli} ${quote(mlgateArgs(trainer, '<csv>', '<tmp>', { cache: false }))}`
          ])
        ),
        cacheHit: `node ${cli} ${quote(mlgateArgs('logistic-regression', '<csv>', '<tmp>/out', { cache: true, cacheDir: '<tmp>/cache' }))} (once to fill the cache, then the timed hits)`,
        python: Object.fromEntries(
          TRAINERS.map((trainer) => [trainer, `${PYTHON} ${PYTHON_SCRIPT} <csv> ${trainer}`])
        )
      },
      data: { ...data, features: FEATURES, target: TARGET_COLUMN },
      formula: {
        endToEnd: 'process start to exit, both sides (mlgate also writes the ONNX model and the manifest)',
        trainSeconds:
          "mlgate manifest timings.trainSeconds: read the CSV, preprocess, fit, export ONNX, training metrics; compared with the Python script's read_csv + prepare + fit + predict"
      },
      trainers: measured,
      cache,
      targets
    };
    console.log(`\nwrote ${writeResults('train', results)}`);
    return results;
  }
};
