/**
 * What every bench shares: running a process and measuring it, machine facts, a plain-text table,
 * target lines, and the results file. A bench is a `BenchModule`; `bench/run.ts` runs them in order.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCsv } from './generate.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** Options from the command line, for every bench. */
export interface BenchContext {
  /** `--scale`: also run the 10× data set (the "RSS stays flat as the file grows" check). */
  readonly scale: boolean;
  /** `--runs N`: measured runs per large-file figure (the median is reported). */
  readonly runs: number;
  /** `--cli PATH`: the mlgate CLI bundle to measure (default dist/mlgate/index.js). */
  readonly cli: string;
}

/** A bench: runs, prints its table and target lines, and returns what goes into its results file. */
export interface BenchModule {
  readonly name: string;
  run(context: BenchContext): Promise<Record<string, unknown>>;
}

/** One finished process. */
export interface ProcessRun {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** From just before spawn to the exit event: process start to exit, as a user waits for it. */
  readonly seconds: number;
  /** Peak resident set size in MiB, when measured (see `runNode`). */
  readonly peakRssMiB: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Loaded with `--import` into a measured Node process: on exit, writes the process's own peak RSS
 * (`getrusage(RUSAGE_SELF).ru_maxrss`, KiB on Linux, the kernel's high-water mark, the same figure as
 * GNU time's "Maximum resident set size") to the file named by MLGATE_BENCH_RSS_FILE. A parent cannot
 * get this for a child from Node (`process.resourceUsage()` covers the calling process only, and
 * /proc/<pid>/status is gone once the child exits, so polling VmHWM misses the last interval); the
 * 'exit' event fires on normal exit and on `process.exit()` alike.
 */
const RSS_HOOK =
  "import { writeFileSync } from 'node:fs';" +
  "process.on('exit', () => { const file = process.env.MLGATE_BENCH_RSS_FILE;" +
  ' if (file) writeFileSync(file, String(process.resourceUsage().maxRSS)); });';
const RSS_HOOK_URL = `data:text/javascript,${encodeURIComponent(RSS_HOOK)}`;

/** Runs `command args` to completion, capturing its output. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      const seconds = (performance.now() - start) / 1000;
      child.on('close', () => {
        resolve({
          exitCode,
          signal,
          seconds,
          peakRssMiB: undefined,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8')
        });
      });
    });
  });
}

/**
 * Runs a script under this Node (the bench runs under Node 24, as the Actions runner does). With
 * `measureRss`, the process reports its own peak RSS through `RSS_HOOK` (a ~1 ms preload; timings
 * of tiny runs should not use it).
 */
export async function runNode(
  script: string,
  args: readonly string[],
  measureRss: boolean
): Promise<ProcessRun> {
  if (!measureRss) return runProcess(process.execPath, [script, ...args]);
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-bench-rss-'));
  try {
    const file = join(dir, 'maxrss');
    const run = await runProcess(process.execPath, ['--import', RSS_HOOK_URL, script, ...args], {
      env: { ...process.env, MLGATE_BENCH_RSS_FILE: file }
    });
    let peakRssMiB: number | undefined;
    try {
      peakRssMiB = Number(readFileSync(file, 'utf8')) / 1024;
    } catch {
      peakRssMiB = undefined; // killed by a signal: no exit event
    }
    return { ...run, peakRssMiB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads a file once and discards it, so that every measured run (the first one too) reads it from the
 * page cache: the figures then compare parsing and checking, not the disk.
 */
export function warmPageCache(path: string): void {
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0) {
      // discard
    }
  } finally {
    closeSync(fd);
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The machine, for the results file (figures mean little without it). */
export function machine(): Record<string, unknown> {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    arch: process.arch,
    node: process.version
  };
}

/** Left-aligned first column, right-aligned others. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Fixed decimals, or '-' when the figure is missing. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);
}

/** 1234567 → '1.23M', 12345 → '12.3k'. */
export function compact(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '-';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return value.toFixed(0);
}

/** A target line: PASS/MISS when measured, SKIP when the figure is missing; never fails the run. */
export interface Target {
  readonly name: string;
  readonly target: string;
  readonly value: string;
  readonly status: 'PASS' | 'MISS' | 'SKIP' | 'INFO';
}

export function target(name: string, goal: string, value: string, met: boolean | undefined): Target {
  return { name, target: goal, value, status: met === undefined ? 'SKIP' : met ? 'PASS' : 'MISS' };
}

export function printTargets(targets: readonly Target[]): void {
  for (const t of targets) {
    console.log(`${t.status.padEnd(4)}  ${t.name}: ${t.value} (target ${t.target})`);
  }
}

/** Writes `bench/results/<name>.json`. */
export function writeResults(name: string, results: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return relative(ROOT, path);
}

/** The last lines of a process's error output, for a failure message. */
export function tail(text: string, lines = 8): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** A bench data file, relative to the repository root. */
export interface DataFile {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
}

/** The bench CSV of `rows` rows (generated when missing), read once so every run finds it in the page cache. */
export async function dataFile(rows: number): Promise<DataFile> {
  const started = performance.now();
  const path = await ensureCsv(rows);
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 1) console.log(`generated ${relative(ROOT, path)} in ${seconds.toFixed(1)} s`);
  warmPageCache(path);
  return { path: relative(ROOT, path), rows, bytes: statSync(path).size };
}

/** Runs one figure's work; on an error prints SKIP with the reason and returns it instead. */
export async function attempt<T>(label: string, work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`SKIP  ${label}: ${message}`);
    return { error: message };
  }
}

/**
 * Runs each measurement `runs` times by turns (a, b, a, b, …), so that all of them see the same
 * moments of a machine whose speed drifts. A measurement that throws is not run again; its error is
 * in its place in the result (undefined for those that never failed).
 */
export async function byTurns(
  runs: number,
  measurements: readonly (() => Promise<void>)[]
): Promise<(Error | undefined)[]> {
  const failures: (Error | undefined)[] = measurements.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    for (const [index, measure] of measurements.entries()) {
      if (failures[index] !== undefined) continue;
      try {
        await measure();
      } catch (error) {
        failures[index] = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return failures;
}

/** The figures of an `attempt`, or undefined when it failed. */
export function ok<T extends object>(value: T | { error: string }): T | undefined {
  return 'error' in value ? undefined : value;
}
