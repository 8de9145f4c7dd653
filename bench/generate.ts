/**
 * The bench data set: N rows × 10 mixed columns of CSV, deterministic (a seeded PRNG, never
 * Math.random), so that every machine and every run measures the same bytes. 2M rows ≈ 130 MB.
 *
 * Columns: id (unique int), age (int 18–90), income (log-normal, 2 decimals), score (0–1, 6
 * decimals), category (8 strings), region (5 strings), signup (ISO date 2015–2024), active
 * (true/false), clicks (int, mostly small, 0 common, ~1% empty), label (0/1, related to score).
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('data/', import.meta.url));

export const HEADER = 'id,age,income,score,category,region,signup,active,clicks,label';
export const CATEGORIES = [
  'electronics',
  'books',
  'clothing',
  'home',
  'garden',
  'toys',
  'sports',
  'grocery'
] as const;
export const REGIONS = ['north', 'south', 'east', 'west', 'central'] as const;
const SEED = 20_240_601;

/** Mulberry32 (Tommy Ettinger's 32-bit PRNG): fast, small state, good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every date from 2015-01-01 to 2024-12-31, formatted once (formatting per row is the slow part). */
function isoDates(): string[] {
  const dates: string[] = [];
  const end = Date.UTC(2024, 11, 31);
  for (let t = Date.UTC(2015, 0, 1); t <= end; t += 86_400_000)
    dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

/** Writes `rows` data rows (plus the header) to `path`. */
export function writeCsv(path: string, rows: number): void {
  const random = mulberry32(SEED);
  const dates = isoDates();
  // Box–Muller gives normals two at a time; keep the spare.
  let spare = Number.NaN;
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const fd = openSync(path, 'w');
  try {
    let chunk = `${HEADER}\n`;
    for (let i = 0; i < rows; i++) {
      const id = 1_000_000 + i * 7; // unique, not just the row number
      const age = 18 + Math.floor(random() * 73);
      const income = Math.exp(Math.log(42_000) + 0.55 * normal()).toFixed(2);
      const scoreValue = random();
      const score = scoreValue.toFixed(6);
      const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
      const region = REGIONS[Math.floor(random() * REGIONS.length)];
      const signup = dates[Math.floor(random() * dates.length)];
      const active = random() < 0.62 ? 'true' : 'false';
      const c = random();
      const clicks = c < 0.01 ? '' : c < 0.4 ? '0' : String(Math.floor(-Math.log(random()) * 6));
      const label = scoreValue + 0.3 * normal() > 0.5 ? '1' : '0';
      chunk += `${id},${age},${income},${score},${category},${region},${signup},${active},${clicks},${label}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/**
 * The path of the bench CSV with `rows` rows, generated if missing. It is written under a temporary
 * name and renamed, so an interrupted run never leaves a short file behind that later runs would trust.
 */
export function ensureCsv(rows: number): Promise<string> {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `validate-data-${rows}.csv`);
  if (!existsSync(path)) {
    const partial = `${path}.partial-${process.pid}`;
    writeCsv(partial, rows);
    renameSync(partial, path);
  }
  return Promise.resolve(path);
}
