/**
 * The validate-data bench: mlgate's CLI bundle run as a user runs it, on 2M rows × 10 columns of CSV,
 * against two anchors in the same run: pandas (read_csv + the same suite + describe; its runs take
 * turns with mlgate's) and DuckDB (one aggregate query with the same checks over read_csv). Plus the 10-row file end to end (startup
 * cost), and with --scale the same suite on 10× the rows (memory must not grow with the file).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
  target,
  type Target,
  writeResults
} from './lib.js';

const ROWS = 2_000_000;
const SCALE = 10;
const SMALL_ROWS = 10;
const SMALL_RUNS = 10;
const CONFIG = 'bench/validate-data/mlgate.yml';
const SUITE = 'bench';
/** Debian's python with Debian's pandas 1.5 (python3-pandas), not a pyenv or venv python on PATH. */
const PYTHON = '/usr/bin/python3';
const PANDAS_SCRIPT = 'bench/validate_data_pandas.py';

const TARGET_PANDAS_RATIO = 2;
const TARGET_RSS_MIB = 200;
const TARGET_SMALL_SECONDS = 0.4;
const TARGET_FLAT_RSS_RATIO = 1.15;

type Kwargs = Record<string, unknown>;
interface Suite {
  readonly columns: Record<string, string>;
  readonly expectations: readonly Record<string, Kwargs>[];
}

function loadSuite(): Suite {
  const config = parseYaml(readFileSync(join(ROOT, CONFIG), 'utf8')) as {
    data?: { suites?: Record<string, Partial<Suite> | undefined> };
  };
  const suite = config.data?.suites?.[SUITE];
  if (suite === undefined) throw new Error(`${CONFIG}: no suite \`${SUITE}\` under data.suites`);
  return { columns: suite.columns ?? {}, expectations: suite.expectations ?? [] };
}

/** A data file and its size. */
// --- mlgate --------------------------------------------------------------------------------------

/** The part of mlgate's verdict profile the bench compares with pandas. */
interface ProfileEntry {
  readonly name: string;
  readonly values: number;
  readonly nulls: number;
  readonly numeric?: {
    mean: number | null;
    std: number | null;
    min: number;
    max: number;
    quantiles: Record<string, number>;
    quantilesExact: boolean;
  };
}

/**
 * mlgate's profile against pandas' numbers on the same file: the largest relative difference of the
 * exact statistics (count, mean, std, min, max) and of the quantiles (exact or sampled, as reported).
 */
function agreement(
  profile: readonly ProfileEntry[],
  reference: Record<string, Record<string, number>>
): { exact: number; quantiles: number; sampled: string[]; columns: number } {
  let exact = 0;
  let quantiles = 0;
  const sampled: string[] = [];
  const rel = (a: number | null | undefined, b: number): number =>
    a === null || a === undefined ? Infinity : Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
  let columns = 0;
  for (const [name, ref] of Object.entries(reference)) {
    const column = profile.find((entry) => entry.name === name);
    const numeric = column?.numeric;
    if (column === undefined || numeric === undefined) continue;
    columns++;
    exact = Math.max(
      exact,
      rel(column.values, ref.count),
      rel(numeric.mean, ref.mean),
      rel(numeric.std, ref.std),
      rel(numeric.min, ref.min),
      rel(numeric.max, ref.max)
    );
    const q = Math.max(
      rel(numeric.quantiles['0.5'], ref.median),
      rel(numeric.quantiles['0.25'], ref.q25),
      rel(numeric.quantiles['0.75'], ref.q75)
    );
    if (numeric.quantilesExact) quantiles = Math.max(quantiles, q);
    else sampled.push(`${name} (${q.toExponential(1)})`);
  }
  return { exact, quantiles, sampled, columns };
}

interface MlgateFigures {
  readonly runs: readonly { seconds: number; peakRssMiB: number | undefined; exitCode: number | null }[];
  readonly seconds: number;
  readonly peakRssMiB: number | undefined;
  readonly mbPerSecond: number;
  readonly rowsPerSecond: number;
  readonly profile?: readonly ProfileEntry[];
}

/** Exit codes: 0 passed, 1 gate failed (still a complete run), 2 invalid input, 3 bug. */
async function runMlgate(
  cli: string,
  data: DataFile,
  measureRss: boolean
): Promise<ProcessRun & { profile?: ProfileEntry[] }> {
  const reportDir = mkdtempSync(join(tmpdir(), 'mlgate-bench-report-'));
  try {
    const run = await runNode(
      cli,
      ['validate-data', '--data', data.path, '--config', CONFIG, '--suite', SUITE, '--report-dir', reportDir],
      measureRss
    );
    if (run.exitCode !== 0 && run.exitCode !== 1) {
      throw new Error(
        `mlgate validate-data on ${data.path} exited with ${run.exitCode ?? run.signal}:\n${tail(run.stderr || run.stdout)}`
      );
    }
    const verdict = JSON.parse(readFileSync(join(reportDir, 'validate-data.json'), 'utf8')) as {
      details: { profile: ProfileEntry[] };
    };
    return { ...run, profile: verdict.details.profile };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

async function measureMlgate(cli: string, data: DataFile, runs: number): Promise<MlgateFigures> {
  const measured: (ProcessRun & { profile?: ProfileEntry[] })[] = [];
  for (let i = 0; i < runs; i++) measured.push(await runMlgate(cli, data, true));
  return mlgateFigures(measured, data);
}

function mlgateFigures(
  measured: readonly (ProcessRun & { profile?: ProfileEntry[] })[],
  data: DataFile
): MlgateFigures {
  if (measured.some((run) => run.exitCode === 1)) {
    console.log(`note: the suite failed on ${data.path} (exit 1); the bench data is meant to pass it:`);
    console.log(tail(measured[0].stdout, 12));
  }
  const seconds = median(measured.map((run) => run.seconds));
  const rss = measured.map((run) => run.peakRssMiB).filter((value) => value !== undefined);
  return {
    runs: measured.map(({ seconds: s, peakRssMiB, exitCode }) => ({ seconds: s, peakRssMiB, exitCode })),
    seconds,
    peakRssMiB: rss.length === 0 ? undefined : Math.max(...rss),
    mbPerSecond: data.bytes / 1e6 / seconds,
    rowsPerSecond: data.rows / seconds,
    ...(measured[0]?.profile === undefined ? {} : { profile: measured[0].profile })
  };
}

// --- pandas --------------------------------------------------------------------------------------

interface PandasReport {
  readonly python: string;
  readonly pandas: string;
  readonly rows: number;
  readonly seconds: Record<'import' | 'read_csv' | 'checks' | 'describe' | 'total_in_script', number>;
  readonly peak_rss_mib: number;
  readonly results: readonly { expectation: string; column: string | null; passed: boolean }[];
  readonly reference: Record<string, Record<string, number>>;
}

interface PandasFigures {
  readonly python: string;
  readonly pandas: string;
  /** Whole process, start to exit (median). */
  readonly seconds: number;
  /** Each phase as timed inside the script (medians). */
  readonly phases: Record<string, number>;
  readonly peakRssMiB: number;
  readonly mbPerSecond: number;
  readonly rowsPerSecond: number;
  readonly failedChecks: readonly string[];
  readonly reference: Record<string, Record<string, number>>;
}

interface PandasRun {
  readonly report: PandasReport;
  /** Whole process, start to exit. */
  readonly seconds: number;
}

async function runPandas(data: DataFile, suiteJson: string): Promise<PandasRun> {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found (apt-get install python3-pandas)`);
  const run = await runProcess(PYTHON, [PANDAS_SCRIPT, data.path, suiteJson]);
  if (run.exitCode !== 0)
    throw new Error(`${PANDAS_SCRIPT} exited with ${run.exitCode}:\n${tail(run.stderr)}`);
  return { report: JSON.parse(run.stdout) as PandasReport, seconds: run.seconds };
}

function pandasFigures(runs: readonly PandasRun[], data: DataFile): PandasFigures {
  const reports = runs.map((run) => run.report);
  const wall = runs.map((run) => run.seconds);
  const first = reports[0];
  if (first.rows !== data.rows)
    throw new Error(`pandas read ${first.rows} rows of ${data.path}, expected ${data.rows}`);
  const seconds = median(wall);
  const phases: Record<string, number> = {};
  for (const phase of Object.keys(first.seconds) as (keyof PandasReport['seconds'])[]) {
    phases[phase] = median(reports.map((report) => report.seconds[phase]));
  }
  return {
    python: first.python,
    pandas: first.pandas,
    seconds,
    phases,
    peakRssMiB: Math.max(...reports.map((report) => report.peak_rss_mib)),
    mbPerSecond: data.bytes / 1e6 / seconds,
    rowsPerSecond: data.rows / seconds,
    reference: first.reference,
    failedChecks: first.results
      .filter((result) => !result.passed)
      .map((result) => `${result.expectation}${result.column === null ? '' : ` (${result.column})`}`)
  };
}

// --- DuckDB --------------------------------------------------------------------------------------

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: unknown): string =>
  typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;

/**
 * One aggregate query over read_csv doing the suite's work (null counts, range and set violations,
 * distinct ids, mean and stdev) plus describe()'s (count, mean, std, min, quartiles, max of every
 * numeric column; distinct count and mode of the others).
 */
export function duckdbQuery(csv: string, suite: Suite): string {
  const terms: string[] = ['count(*) AS row_count'];
  suite.expectations.forEach((entry, index) => {
    const [name, kwargs] = Object.entries(entry)[0];
    const column = typeof kwargs.column === 'string' ? quoteIdent(kwargs.column) : '';
    const alias = `e${index}`;
    const min = kwargs.min_value;
    const max = kwargs.max_value;
    const outside = [
      min === undefined ? undefined : `${column} < ${quoteLiteral(min)}`,
      max === undefined ? undefined : `${column} > ${quoteLiteral(max)}`
    ].filter((term) => term !== undefined);
    switch (name) {
      case 'expect_column_values_to_not_be_null':
        terms.push(`count(*) - count(${column}) AS ${alias}`);
        break;
      case 'expect_column_values_to_be_between':
        terms.push(`count(*) FILTER (WHERE ${outside.join(' OR ') || 'false'}) AS ${alias}`);
        break;
      case 'expect_column_values_to_be_in_set': {
        const set = (kwargs.value_set as unknown[]).map(quoteLiteral).join(', ');
        terms.push(`count(*) FILTER (WHERE ${column} NOT IN (${set})) AS ${alias}`);
        break;
      }
      case 'expect_column_values_to_be_unique':
        terms.push(`count(${column}) - count(DISTINCT ${column}) AS ${alias}`);
        break;
      case 'expect_column_mean_to_be_between':
        terms.push(`avg(${column}) AS ${alias}`);
        break;
      case 'expect_column_stdev_to_be_between':
        terms.push(`stddev_samp(${column}) AS ${alias}`);
        break;
      default:
        break; // row count: count(*) above
    }
  });
  for (const [name, type] of Object.entries(suite.columns)) {
    const c = quoteIdent(name);
    if (type === 'int' || type === 'float') {
      terms.push(
        `avg(${c}) AS "${name}_mean"`,
        `stddev_samp(${c}) AS "${name}_std"`,
        `min(${c}) AS "${name}_min"`,
        `quantile_cont(${c}, [0.25, 0.5, 0.75]) AS "${name}_quartiles"`,
        `max(${c}) AS "${name}_max"`
      );
    } else {
      terms.push(`count(DISTINCT ${c}) AS "${name}_unique"`, `mode(${c}) AS "${name}_top"`);
    }
  }
  return `SELECT ${terms.join(',\n  ')}\nFROM read_csv(${quoteLiteral(csv)}, header = true)`;
}

interface DuckdbFigures {
  readonly version: string;
  readonly threads: string;
  /** The full query (median). */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** `SELECT count(*) FROM read_csv(...)`: parsing alone, the floor under any query (median). */
  readonly scanSeconds: number;
  readonly mbPerSecond: number;
  readonly rowsPerSecond: number;
}

async function measureDuckdb(data: DataFile, suite: Suite, runs: number): Promise<DuckdbFigures> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const info = await connection.runAndReadAll("SELECT version() AS v, current_setting('threads') AS t");
    const [{ v, t }] = info.getRowObjectsJson();
    const sql = duckdbQuery(join(ROOT, data.path), suite);
    const scans: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      await connection.runAndReadAll(
        `SELECT count(*) FROM read_csv(${quoteLiteral(join(ROOT, data.path))}, header = true)`
      );
      scans.push((performance.now() - started) / 1000);
      started = performance.now();
      const result = await connection.runAndReadAll(sql);
      times.push((performance.now() - started) / 1000);
      const rows = Number(result.getRowObjectsJson()[0].row_count);
      if (rows !== data.rows)
        throw new Error(`DuckDB counted ${rows} rows in ${data.path}, expected ${data.rows}`);
    }
    const seconds = median(times);
    return {
      version: typeof v === 'string' ? v : JSON.stringify(v),
      threads: typeof t === 'string' ? t : JSON.stringify(t),
      seconds,
      runs: times,
      scanSeconds: median(scans),
      mbPerSecond: data.bytes / 1e6 / seconds,
      rowsPerSecond: data.rows / seconds
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// --- the bench -----------------------------------------------------------------------------------

export const validateData: BenchModule = {
  name: 'validate-data',
  async run(context: BenchContext): Promise<Record<string, unknown>> {
    const suite = loadSuite();
    const data = await dataFile(ROWS);
    const small = await dataFile(SMALL_ROWS);
    const large = context.scale ? await dataFile(ROWS * SCALE) : undefined;
    // Run as given (relative to the repository root, like a user's `node dist/mlgate/index.js`).
    const cli = context.cli;
    const cliMissing = existsSync(resolve(ROOT, cli)) ? undefined : `${cli} not found: run npm run build`;
    const scratch = mkdtempSync(join(tmpdir(), 'mlgate-bench-'));
    try {
      const suiteJson = join(scratch, 'suite.json');
      writeFileSync(suiteJson, JSON.stringify(suite));

      console.log(
        `\nvalidate-data: ${data.rows.toLocaleString('en-US')} rows × 10 columns, ${(data.bytes / 1e6).toFixed(1)} MB (${data.path}); ${context.runs} run${context.runs === 1 ? '' : 's'} per figure (mlgate's and pandas' by turns), medians`
      );
      const requireCli = (): void => {
        if (cliMissing !== undefined) throw new Error(cliMissing);
      };
      // By turns: the same mlgate command took 1.65 to 2.06 s within a minute on the bench machine,
      // and measured one after the other the two sides saw different machines (1.90× vs 2.56×).
      const mlgateRuns: (ProcessRun & { profile?: ProfileEntry[] })[] = [];
      const pandasRuns: PandasRun[] = [];
      const [mlgateFailure, pandasFailure] = await byTurns(context.runs, [
        async () => {
          requireCli();
          mlgateRuns.push(await runMlgate(cli, data, true));
        },
        async () => {
          pandasRuns.push(await runPandas(data, suiteJson));
        }
      ]);
      const mlgate = await attempt('mlgate', () =>
        mlgateFailure === undefined
          ? Promise.resolve(mlgateFigures(mlgateRuns, data))
          : Promise.reject(mlgateFailure)
      );
      const pandas = await attempt('pandas', () =>
        pandasFailure === undefined
          ? Promise.resolve(pandasFigures(pandasRuns, data))
          : Promise.reject(pandasFailure)
      );
      const duckdb = await attempt('DuckDB', () => measureDuckdb(data, suite, context.runs));
      const smallRuns = await attempt('10-row end to end', async () => {
        requireCli();
        await runMlgate(cli, small, false); // unmeasured: loads the bundle into the page cache
        const times: number[] = [];
        for (let i = 0; i < SMALL_RUNS; i++) times.push((await runMlgate(cli, small, false)).seconds);
        return { runs: times, seconds: median(times), min: Math.min(...times), max: Math.max(...times) };
      });
      const scaled =
        large === undefined
          ? undefined
          : await attempt(`mlgate at ${SCALE}× rows`, async () => {
              requireCli();
              return measureMlgate(cli, large, 1);
            });

      const m = ok(mlgate);
      const p = ok(pandas);
      const d = ok(duckdb);
      const s = ok(smallRuns);
      const l = scaled === undefined ? undefined : ok(scaled);

      const rows: string[][] = [];
      const row = (
        label: string,
        seconds: number | undefined,
        rowCount: number,
        bytes: number,
        rss: number | undefined
      ): void => {
        const ok = seconds !== undefined;
        rows.push([
          label,
          fixed(seconds, 2),
          ok ? fixed(bytes / 1e6 / seconds, 1) : '-',
          ok ? compact(rowCount / seconds) : '-',
          fixed(rss, 0)
        ]);
      };
      row('mlgate validate-data (process)', m?.seconds, data.rows, data.bytes, m?.peakRssMiB);
      row(
        p === undefined ? 'pandas (process)' : `pandas ${p.pandas} (process)`,
        p?.seconds,
        data.rows,
        data.bytes,
        p?.peakRssMiB
      );
      if (p !== undefined) {
        for (const [phase, label] of [
          ['import', 'import pandas'],
          ['read_csv', 'read_csv'],
          ['checks', 'the suite'],
          ['describe', "describe(include='all')"]
        ] as const) {
          rows.push([`  ${label}`, fixed(p.phases[phase], 2), '', '', '']);
        }
      }
      row(
        d === undefined ? 'DuckDB query' : `DuckDB ${d.version} query (in process)`,
        d?.seconds,
        data.rows,
        data.bytes,
        undefined
      );
      if (d !== undefined) rows.push(['  read_csv alone: count(*)', fixed(d.scanSeconds, 2), '', '', '']);
      if (l !== undefined && large !== undefined) {
        row(`mlgate at ${SCALE}× rows (1 run)`, l.seconds, large.rows, large.bytes, l.peakRssMiB);
      }
      console.log(formatTable(['', 'wall s', 'MB/s', 'rows/s', 'peak RSS MiB'], rows));
      if (s !== undefined) {
        console.log(
          `10-row file end to end: median ${s.seconds.toFixed(3)} s over ${SMALL_RUNS} runs (min ${s.min.toFixed(3)}, max ${s.max.toFixed(3)})`
        );
      }
      if (m?.profile !== undefined && p !== undefined) {
        const agree = agreement(m.profile, p.reference);
        console.log(
          `agreement with pandas on ${agree.columns} numeric columns: exact statistics (count, mean, std, min, max) within ${agree.exact.toExponential(1)} relative; exact quantiles within ${agree.quantiles.toExponential(1)}${agree.sampled.length > 0 ? `; sampled quantiles (reservoir, documented bound): ${agree.sampled.join(', ')}` : ''}`
        );
      }
      if (p !== undefined && p.failedChecks.length > 0) {
        console.log(`note: pandas found failing checks on the bench data: ${p.failedChecks.join(', ')}`);
      }

      const pandasRatio = m !== undefined && p !== undefined ? m.mbPerSecond / p.mbPerSecond : undefined;
      const duckdbRatio = m !== undefined && d !== undefined ? m.seconds / d.seconds : undefined;
      const flatRatio =
        l?.peakRssMiB !== undefined && m?.peakRssMiB !== undefined ? l.peakRssMiB / m.peakRssMiB : undefined;
      const targets: Target[] = [
        target(
          'throughput vs pandas (whole processes)',
          `≥ ${TARGET_PANDAS_RATIO}×`,
          pandasRatio === undefined ? 'not measured' : `${pandasRatio.toFixed(2)}×`,
          pandasRatio === undefined ? undefined : pandasRatio >= TARGET_PANDAS_RATIO
        ),
        target(
          `peak RSS at ${compact(data.rows)} rows`,
          `≤ ${TARGET_RSS_MIB} MiB`,
          m?.peakRssMiB === undefined ? 'not measured' : `${m.peakRssMiB.toFixed(0)} MiB`,
          m?.peakRssMiB === undefined ? undefined : m.peakRssMiB <= TARGET_RSS_MIB
        ),
        target(
          '10-row file end to end (median)',
          `≤ ${TARGET_SMALL_SECONDS} s`,
          s === undefined ? 'not measured' : `${s.seconds.toFixed(3)} s`,
          s === undefined ? undefined : s.seconds <= TARGET_SMALL_SECONDS
        ),
        ...(context.scale
          ? [
              target(
                `peak RSS at ${compact(ROWS * SCALE)} rows (flat)`,
                `≤ ${TARGET_RSS_MIB} MiB and ≤ ${TARGET_FLAT_RSS_RATIO}× the ${compact(ROWS)}-row peak`,
                l?.peakRssMiB === undefined || flatRatio === undefined
                  ? 'not measured'
                  : `${l.peakRssMiB.toFixed(0)} MiB, ${flatRatio.toFixed(2)}×`,
                l?.peakRssMiB === undefined || flatRatio === undefined
                  ? undefined
                  : l.peakRssMiB <= TARGET_RSS_MIB && flatRatio <= TARGET_FLAT_RSS_RATIO
              )
            ]
          : []),
        {
          name: 'time vs DuckDB (mlgate process / DuckDB query)',
          target: 'reported, no bound',
          value: duckdbRatio === undefined ? 'not measured' : `${duckdbRatio.toFixed(2)}×`,
          status: 'INFO'
        }
      ];
      console.log('');
      printTargets(targets);

      const results = {
        bench: 'validate-data',
        date: new Date().toISOString(),
        machine: machine(),
        command: `node ${cli} validate-data --data <csv> --config ${CONFIG} --suite ${SUITE} --report-dir <tmp>`,
        data: { ...data, columns: 10 },
        mlgate: mlgate,
        pandas: pandas,
        duckdb: duckdb,
        smallFile: { data: small, ...smallRuns },
        ...(large === undefined ? {} : { scale: { data: large, mlgate: scaled } }),
        targets
      };
      console.log(`\nwrote ${writeResults('validate-data', results)}`);
      return results;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
};
