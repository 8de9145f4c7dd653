#!/usr/bin/env node
// Builds every action bundle from clean: actions/<name>/index.ts → dist/<name>/index.js, and the CLI
// (which is also the root action) shared/cli/index.ts → dist/mlgate/index.js; then one copy of
// onnxruntime's native library for all of them (see copyOnnxRuntime).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { minifyChunks } from './minify-chunks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(dist, { recursive: true, force: true });
const entries = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'index.ts')))
  .map((entry) => [entry.name, join('actions', entry.name, 'index.ts')]);
entries.push(['mlgate', join('shared', 'cli', 'index.ts')]);

for (const [name, entry] of entries) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', join('dist', name), '--minify', '--quiet', '--no-source-map-register'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  );
  // ncc writes a package.json marking the folder as ESM; keep it (the bundle is ESM).
  minifyChunks(join(dist, name));
  console.log(`built dist/${name}/index.js`);
}

copyOnnxRuntime();

/**
 * onnxruntime-node requires its binding by a computed path, `../bin/napi-v6/${platform}/${arch}/
 * onnxruntime_binding.node`, relative to the bundle file (dist/<name>/), which ncc leaves as it is
 * and does not copy. So dist/bin/napi-v6/linux/<arch>/ holds one copy of the binding and of
 * libonnxruntime.so.1 (which the binding loads from its own folder: RUNPATH $ORIGIN) for every
 * bundle. Linux only: Actions' hosted runners for these bundles are Linux; other platforms get a
 * clear error from shared/model/runtime.ts. x64 is required; arm64 is copied when the package has it.
 */
function copyOnnxRuntime() {
  const from = join(root, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'linux');
  for (const arch of ['x64', 'arm64']) {
    if (!existsSync(join(from, arch, 'onnxruntime_binding.node'))) {
      if (arch === 'x64')
        throw new Error(`no onnxruntime-node binding in ${join(from, arch)}: run npm install`);
      console.log(`onnxruntime-node has no linux ${arch} binding; dist/bin skips it`);
      continue;
    }
    const to = join(dist, 'bin', 'napi-v6', 'linux', arch);
    mkdirSync(to, { recursive: true });
    for (const file of ['onnxruntime_binding.node', 'libonnxruntime.so.1'])
      copyFileSync(join(from, arch, file), join(to, file));
    console.log(`copied onnxruntime (linux ${arch}) to dist/bin/napi-v6/linux/${arch}/`);
  }
}
