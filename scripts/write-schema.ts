/**
 * Writes the JSON Schemas generated from the zod schemas: mlgate.schema.json (mlgate.yml; editors
 * autocomplete the config with it) and mlgate-manifest.schema.json (the lineage manifest train
 * writes). `--check` fails when a committed file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { configSchema } from '../shared/config/schema.js';
import { manifestSchema } from '../shared/train/manifest.js';

const root = join(import.meta.dirname, '..');
const schemas: [string, z.ZodType, 'input' | 'output', string][] = [
  ['mlgate.schema.json', configSchema, 'input', 'mlgate.yml'],
  ['mlgate-manifest.schema.json', manifestSchema, 'output', 'mlgate-manifest.json']
];
let stale = false;
for (const [name, zodSchema, io, title] of schemas) {
  const file = join(root, name);
  const schema = {
    ...z.toJSONSchema(zodSchema, { io, unrepresentable: 'any' }),
    $id: `https://github.com/mlgate/mlgate/blob/main/${name}`,
    title
  };
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${name} is stale: run npm run schema and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(file, text);
  }
}
if (stale) process.exit(1);
