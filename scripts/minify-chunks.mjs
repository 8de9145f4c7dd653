// The minification of a bundle's code-split chunks, shared by the build (scripts/build.mjs) and the
// bench's bundles (bench/evaluate-thresholds.ts), so that a bench bundle is built as dist is.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/**
 * ncc's --minify minifies index.js but leaves its code-split chunks (<id>.index.js) as webpack wrote
 * them, comments and all. Every command loads several chunks at start, and V8 scans each byte of
 * them: minified, the CLI's chunks are a third of the size and evaluate-thresholds starts about 6 ms
 * sooner (10-row bench file, alternating runs). Names are kept, so stack traces of bugs still name
 * their functions.
 */
export function minifyChunks(folder) {
  for (const file of readdirSync(folder).filter((entry) => /^\d+\.index\.js$/.test(entry))) {
    const path = join(folder, file);
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      minify: true,
      keepNames: true,
      format: 'esm',
      target: 'node24'
    });
    writeFileSync(path, code);
  }
}
