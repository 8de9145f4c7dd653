/**
 * Writes mlgate.schema.json, the JSON Schema of mlgate.yml generated from the zod schema (editors
 * autocomplete the config with it). `--check` fails when the committed file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { configSchema } from '../shared/config/schema.js';

const file = join(import.meta.dirname, '..', 'mlgate.schema.json');
const schema = {
  ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://github.com/mlgate/mlgate/blob/main/mlgate.schema.json',
  title: 'mlgate.yml'
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error('mlgate.schema.json is stale: run npm run schema and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
