/**
 * Writes the example project's data: a small customer-churn table (reference = last quarter's
 * training data, current = this week's batch, a little drifted). Deterministic: a seeded PRNG.
 * Re-run: node scripts/node24.mjs --import tsx example/make-data.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTRACTS = ['month-to-month', 'one-year', 'two-year'];
const REGIONS = ['north', 'south', 'east', 'west'];

function table(rows: number, seed: number, firstId: number, chargeShift: number): string {
  const random = mulberry32(seed);
  const lines = [
    'customer_id,age,tenure_months,monthly_charges,total_charges,contract,region,signup_date,churned'
  ];
  for (let index = 0; index < rows; index++) {
    const age = 18 + Math.floor(random() * 60);
    const tenure = Math.floor(random() * 72);
    const monthly = Math.round((20 + random() * 90 + chargeShift) * 100) / 100;
    const contract = CONTRACTS[Math.floor(random() * (random() < 0.5 ? 1 : 3))];
    const region = REGIONS[Math.floor(random() * REGIONS.length)];
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const risk = (contract === 'month-to-month' ? 0.35 : 0.08) + (monthly > 80 ? 0.15 : 0) - tenure / 400;
    const churned = random() < risk ? 1 : 0;
    // A few customers have no total yet (new accounts): an empty field, as the billing export writes it.
    const total = tenure === 0 ? '' : (Math.round(monthly * tenure * 100) / 100).toFixed(2);
    lines.push(
      `${firstId + index},${age},${tenure},${monthly.toFixed(2)},${total},${contract},${region},${day},${churned}`
    );
  }
  return `${lines.join('\n')}\n`;
}

const folder = join(import.meta.dirname, 'data');
writeFileSync(join(folder, 'reference.csv'), table(800, 1, 100000, 0));
writeFileSync(join(folder, 'current.csv'), table(400, 2, 200000, 6));
