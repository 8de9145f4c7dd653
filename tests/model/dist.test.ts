/**
 * The dist story for onnxruntime: scripts/build.mjs ships one copy of the native binding and
 * libonnxruntime per Linux architecture in dist/bin/napi-v6/linux/<arch>/, and a bundle that imports
 * shared/model (built here with ncc, like the action bundles) loads it from there and scores a model
 * in a copy of dist/ that has no node_modules anywhere above it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../helpers/run-dist.js';
import { EXPECTED, fixture } from './helpers.js';

const DIST_BIN = join(REPO_ROOT, 'dist', 'bin', 'napi-v6', 'linux');
const PACKAGE_BIN = join(REPO_ROOT, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'linux');
const FILES = ['onnxruntime_binding.node', 'libonnxruntime.so.1'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('dist/bin: onnxruntime for every bundle', () => {
  it('holds the binding and libonnxruntime for linux x64 and arm64, as the package ships them', () => {
    for (const arch of ['x64', 'arm64'])
      for (const file of FILES) {
        const shipped = join(DIST_BIN, arch, file);
        expect(existsSync(shipped) ? file : `no ${shipped}: run npm run build`).toBe(file);
        expect(statSync(shipped).size).toBe(statSync(join(PACKAGE_BIN, arch, file)).size);
      }
  });

  it('holds no other platform and no second copy', () => {
    const dist = join(REPO_ROOT, 'dist');
    const native = filesUnder(dist).filter((file) => /\.node$|\.so(\.|$)|\.dylib$|\.dll$/.test(file));
    expect(native.sort()).toEqual([
      'bin/napi-v6/linux/arm64/libonnxruntime.so.1',
      'bin/napi-v6/linux/arm64/onnxruntime_binding.node',
      'bin/napi-v6/linux/x64/libonnxruntime.so.1',
      'bin/napi-v6/linux/x64/onnxruntime_binding.node'
    ]);
  });
});

describe('a bundle importing shared/model, run from a copy of dist/ with no node_modules', () => {
  let base: string;
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(base, 'dist', 'probe', 'index.js'), ...args], {
      cwd: base,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      encoding: 'utf8'
    });

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'mlgate-ort-dist-'));
    const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        join('tests', 'model', 'dist-probe.ts'),
        '-o',
        join(base, 'dist', 'probe'),
        '--minify',
        '--quiet',
        '--no-source-map-register'
      ],
      { cwd: REPO_ROOT, stdio: 'pipe' }
    );
    cpSync(join(REPO_ROOT, 'dist', 'bin'), join(base, 'dist', 'bin'), { recursive: true });
    copyFileSync(fixture('zipmap-strings.onnx'), join(base, 'model.onnx'));
    copyFileSync(fixture('numeric.csv'), join(base, 'numeric.csv'));
  }, 120_000);

  it('loads onnxruntime from dist/bin and scores like scikit-learn', () => {
    expect(filesUnder(join(base, 'dist', 'probe')).some((file) => file.endsWith('.node'))).toBe(false);
    const result = run(['model.onnx', 'numeric.csv', 'species']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const scored = JSON.parse(result.stdout) as {
      rows: number;
      classes: string[];
      predictions: string[];
      proba: number[];
    };
    const expected = EXPECTED['zipmap-strings'];
    expect(scored.rows).toBe(expected.predict.length);
    expect(scored.classes).toEqual(expected.classes);
    expect(scored.predictions).toEqual(expected.predict);
    const probabilities = expected.predict_proba!.flat();
    expect(Math.max(...scored.proba.map((p, index) => Math.abs(p - probabilities[index])))).toBeLessThan(
      1e-5
    );
  });

  it("turns off onnxruntime's telemetry unless the environment asks for it", () => {
    // onnxruntime keeps its telemetry store under $HOME/.cache/Microsoft/DeveloperTools.
    const store = (home: string) => join(home, '.cache', 'Microsoft', 'DeveloperTools', '.onnxruntime');
    const quiet = mkdtempSync(join(tmpdir(), 'mlgate-home-'));
    expect(run(['model.onnx', 'numeric.csv', 'species'], { HOME: quiet }).status).toBe(0);
    expect(existsSync(store(quiet))).toBe(false);
    // The control: a user who sets the variable to 0 gets onnxruntime's default back.
    const chatty = mkdtempSync(join(tmpdir(), 'mlgate-home-'));
    const env = { HOME: chatty, ORT_DISABLE_TELEMETRY: '0' };
    expect(run(['model.onnx', 'numeric.csv', 'species'], env).status).toBe(0);
    expect(existsSync(store(chatty))).toBe(true);
    for (const home of [quiet, chatty]) rmSync(home, { recursive: true, force: true });
  });

  it('names the platform when dist/ has no onnxruntime for it', () => {
    const result = run(['model.onnx', 'numeric.csv', 'species'], { MLGATE_PROBE_PLATFORM: 'darwin' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `onnxruntime is not available on darwin ${process.arch}: mlgate ships its native library for linux x64 and linux arm64 only (run on a Linux runner, e.g. ubuntu-latest)\n`
    );
  });
});
