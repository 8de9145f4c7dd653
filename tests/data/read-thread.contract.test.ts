/**
 * The reader in a worker thread (shared/data/read-thread.ts), through the committed CLI bundle: the
 * same runs with MLGATE_READ_THREAD=1 (every CSV/TSV pass read by a worker) and without (in-thread) must
 * give the same verdict, the same outputs and the same errors, byte for byte, on data that exercises
 * what crosses the thread boundary: quoted and escaped cells, CRLF, a cell's text for failing examples,
 * invalid cells, string columns past the dictionary cap, several files, gzip, a second pass.
 */
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DICTIONARY_CAP } from '../../shared/data/types.js';
import { REPO_ROOT, runCli } from '../helpers/run-dist.js';

interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly verdict: unknown;
}

/** Latency is measured, so it differs from run to run; everything else must not. */
const unmeasured = (text: string): string =>
  text.replace(/"(latency_ms_per_row|latencyMsPerRow)": ?[-+.\de]+/g, '"$1":0');

/** Runs `args` in `cwd` with the reader in a worker thread or not; the verdict without its timestamps. */
async function run(cwd: string, args: readonly string[], thread: boolean, reads: boolean): Promise<Run> {
  const result = await runCli([...args, '--report-dir', 'report'], {
    cwd,
    env: { MLGATE_READ_THREAD: thread ? '1' : '0', MLGATE_DEBUG: '1' }
  });
  // The debug line says which reader ran; the rest of stderr must be the same.
  const threadLines = result.stderr.split('\n').filter((line) => line.endsWith('read in a worker thread'));
  expect(threadLines.length > 0).toBe(thread && reads);
  let verdict: unknown;
  const file = join(cwd, 'report', `${args[0]}.json`);
  if (existsSync(file)) {
    const parsed = JSON.parse(unmeasured(readFileSync(file, 'utf8'))) as Record<string, unknown>;
    delete parsed.createdAt;
    delete parsed.durationMs;
    verdict = parsed;
    rmSync(join(cwd, 'report'), { recursive: true });
  }
  const stderr = result.stderr
    .split('\n')
    .filter((line) => !line.startsWith('debug: '))
    .join('\n');
  return { exitCode: result.exitCode, stdout: unmeasured(result.stdout), stderr, verdict };
}

/** Both runs; they must agree, and the threaded one is returned for further checks. */
async function same(cwd: string, args: readonly string[], reads = true): Promise<Run> {
  const [inThread, threaded] = [await run(cwd, args, false, reads), await run(cwd, args, true, reads)];
  expect(threaded.exitCode).toBe(inThread.exitCode);
  expect(threaded.stdout).toBe(inThread.stdout);
  expect(threaded.stderr).toBe(inThread.stderr);
  expect(threaded.verdict).toEqual(inThread.verdict);
  return threaded;
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-thread-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('the reader in a worker thread gives what the reader in-thread gives', () => {
  it('on quoted, escaped and CRLF cells, invalid numbers and failing examples', async () => {
    const rows = ['id,age,name,note,when,ok'];
    for (let i = 0; i < 300; i++) {
      const age = i % 97 === 0 ? 'abc' : i % 41 === 0 ? '120' : String(18 + (i % 60));
      const note = i % 7 === 0 ? '"line one\nline ""two"""' : i % 5 === 0 ? '' : `"n, ${i}"`;
      rows.push(
        `${i % 150},${age},name${i % 13},${note},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 2 === 0 ? 'true' : 'false'}`
      );
    }
    const dir = folder({ 'data.csv': rows.join('\r\n') + '\r\n' });
    const result = await same(dir, [
      'validate-data',
      '--data',
      'data.csv',
      '--expect',
      'id: unique; age: between 18 90; age: type int; name: in [name1, name2]; note: not-null; ok: not-null'
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('rows=300');
    expect(result.stderr).toContain('data.csv:');
  });

  it('on a string column past the dictionary cap, several files and gzip', async () => {
    const text = (offset: number, n: number): string =>
      [
        'key,group,x',
        ...Array.from({ length: n }, (_, i) => `k${offset + i},g${i % 5},${(i * 0.37).toFixed(2)}`)
      ].join('\n') + '\n';
    const dir = folder({
      'a.csv': text(0, DICTIONARY_CAP + 5000),
      'b.csv': text(DICTIONARY_CAP, 8000),
      'c.csv.gz': gzipSync(text(0, 500))
    });
    const result = await same(dir, [
      'validate-data',
      '--data',
      '*.csv',
      '--expect',
      'key: unique; group: in [g0, g1]'
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`rows=${DICTIONARY_CAP + 13_000}`);
    await same(dir, ['validate-data', '--data', 'c.csv.gz', '--expect', 'x: between 0 100; key: unique']);
  });

  it('on a second pass (z-scores) and a reference data set for drift', async () => {
    const values = (shift: number): string =>
      [
        'v,c',
        ...Array.from(
          { length: 2000 },
          (_, i) => `${((i * 7919) % 1000) / 10 + shift},${i % 3 === 0 ? 'a' : 'b'}`
        )
      ].join('\n') + '\n';
    const dir = folder({ 'now.csv': values(3), 'then.csv': values(0) });
    const result = await same(dir, [
      'validate-data',
      '--data',
      'now.csv',
      '--reference',
      'then.csv',
      '--expect',
      'v: z-score < 1.5'
    ]);
    expect(result.verdict).toMatchObject({ details: { drift: expect.anything() as unknown } });
  });

  it('on bad data: the same one-line error and exit code', async () => {
    const dir = folder({
      'good.csv': 'a,b\n1,2\n3,4\n',
      'ragged.csv': 'a,b\n1,2\n3\n',
      'quote.csv': 'a,b\n1,"open\n',
      'utf8.csv': Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])
    });
    for (const data of ['ragged.csv', 'quote.csv', 'utf8.csv', '{good,ragged}.csv', 'missing.csv']) {
      const result = await same(
        dir,
        ['validate-data', '--data', data, '--expect', 'a: not-null'],
        data !== 'missing.csv'
      );
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^error: [^\n]+\.csv[^\n]*$/);
    }
  });

  it('scores a model the same way (evaluate-thresholds)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-thread-eval-'));
    const models = join(REPO_ROOT, 'tests', 'model', 'fixtures');
    copyFileSync(join(models, 'logreg-binary.onnx'), join(dir, 'model.onnx'));
    copyFileSync(join(models, 'numeric.csv'), join(dir, 'numeric.csv'));
    const result = await same(dir, [
      'evaluate-thresholds',
      '--model',
      'model.onnx',
      '--data',
      'numeric.csv',
      '--target',
      'binary',
      '--thresholds',
      'accuracy >= 0.9'
    ]);
    expect(result.exitCode).toBe(0);
  });
});
