/**
 * Deterministic test data, bit-identical to tests/stats/fixtures/generators.py (see there): a Weyl
 * sequence finalised with MurmurHash3's fmix32, transformed with IEEE-exact operations only.
 */
export type Distribution = 'uniform' | 'normal' | 'pareto' | 'product' | 'int' | 'zipf';

export interface GeneratorSpec {
  dist: Distribution;
  n: number;
  seed: number;
  params: number[];
}

export interface Checksum {
  first: number[];
  last: number;
  fsum: number;
}

export class Gen32 {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
  uniform(): number {
    return (this.next() + 0.5) / 4294967296;
  }
}

export function generate({ dist, n, seed, params }: GeneratorSpec): Float64Array {
  const g = new Gen32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    switch (dist) {
      case 'uniform': {
        const [lo, hi] = params as [number, number];
        out[i] = lo + (hi - lo) * g.uniform();
        break;
      }
      case 'normal': {
        const [mean, sd] = params as [number, number];
        let s = 0;
        for (let k = 0; k < 12; k++) s += g.uniform();
        out[i] = (s - 6) * sd + mean;
        break;
      }
      case 'pareto': {
        const [scale, shift] = params as [number, number];
        out[i] = (1 / g.uniform() - 1) * scale + shift;
        break;
      }
      case 'product': {
        const [scale, shift] = params as [number, number];
        out[i] = g.uniform() * g.uniform() * scale + shift;
        break;
      }
      case 'int': {
        const [lo, k] = params as [number, number];
        out[i] = Math.floor(g.uniform() * k) + lo;
        break;
      }
      case 'zipf': {
        const [k] = params as [number];
        const u = g.uniform();
        out[i] = 1 + Math.floor((k - 1) * u * u * u);
        break;
      }
    }
  }
  return out;
}

/** Regenerates a fixture's data and checks it against the fixture's checksum. */
export function regenerate(spec: GeneratorSpec, checksum: Checksum): Float64Array {
  const values = generate(spec);
  const first = Array.from(values.subarray(0, 3));
  if (first.some((v, i) => v !== checksum.first[i]) || values[values.length - 1] !== checksum.last) {
    throw new Error(`generator mismatch for ${JSON.stringify(spec)}: ${first.join(', ')}`);
  }
  return values;
}
