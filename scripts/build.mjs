#!/usr/bin/env node
// Builds every action bundle from clean: actions/<name>/index.ts → dist/<name>/index.js, and the CLI
// (which is also the root action) shared/cli/index.ts → dist/mlgate/index.js.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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
  console.log(`built dist/${name}/index.js`);
}
