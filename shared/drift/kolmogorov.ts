/**
 * The two-sided one-sample Kolmogorov–Smirnov distribution: survival function of D_n, as scipy 1.10's
 * `scipy.stats.kstwo.sf(d, n)` (`scipy/stats/_ksstats.py`, `_kolmogn(n, x, cdf=False)`), which follows
 * Simard & L'Ecuyer (2011), "Computing the two-sided Kolmogorov-Smirnov distribution", J. Stat.
 * Softw. 39(11), in choosing between
 *  - the Ruben–Gambino closed forms for d ≤ 1/n and d ≥ 1 − 1/n,
 *  - 2·smirnov(n, d) (exact for d ≥ 1/2, Miller's approximation in the far tail),
 *  - Durbin's matrix algorithm as Marsaglia, Tsang & Wang (2003) compute it,
 *  - Pomeranz's recursion (1974),
 *  - the Pelz–Good asymptotic series (1976),
 * with the same cut-offs, so that p-values match scipy's to ~1e-12.
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, ceil, exp, floor, log, log1p, max, min, sqrt } = Math;

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = log(2 * Math.PI);
const SQRT2PI = sqrt(2 * Math.PI);
const SQRT3 = sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const MIN_LOG = -708;
/** cephes MINLOG = log(2^-1022). */
const CEPHES_MINLOG = -708.3964185322641;

// Stirling coefficients B_2j / (2j(2j−1)), j = 8 … 1 (scipy `_STIRLING_COEFFS`).
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333
];

function polyval(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const c of coefficients) result = result * x + c;
  return result;
}

/** log(n! / n^n) by Stirling's series (scipy `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  return log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING, rn / n);
}

function clip01(p: number): number {
  return min(1, max(0, p));
}

/** ln √(2π) */
const LOG_SQRT_2PI = 0.5 * LOG_2PI;

/** stirlerr(k) = ln k! − ((k + ½)·ln k − k + ln √(2π)) for k = 0 … 15, from exact factorials. */
const STIRLERR_SMALL = Array.from({ length: 16 }, (_, k) => {
  if (k === 0) return 0;
  let factorial = 1;
  for (let i = 2; i <= k; i++) factorial *= i;
  return log(factorial) - ((k + 0.5) * log(k) - k + LOG_SQRT_2PI);
});

/** The error of Stirling's formula for ln n!, for integers n (Loader 2000). */
function stirlerr(n: number): number {
  if (n <= 15) return STIRLERR_SMALL[n];
  const nn = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}

/** x·ln(x/m) + m − x without cancellation (Loader 2000, "Fast and accurate computation of binomial probabilities"). */
function bd0(x: number, m: number): number {
  if (abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * log(x / m) + m - x;
}

/**
 * C(n, x)·p^x·q^(n−x) for integers 0 ≤ x < n, p + q = 1, by Loader's saddle-point expansion (R's
 * `dbinom_raw`): accurate to ~1e-15 relative where summing logs of the factors loses digits (its
 * exponents reach 1e5 for n = 250,000).
 */
function binomialTerm(x: number, n: number, p: number, q: number): number {
  if (x === 0) return exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * log(q));
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LOG_2PI + log(x) + log1p(-x / n);
  return exp(lc - 0.5 * lf);
}

/**
 * Survival function of the one-sided statistic D_n⁺ (scipy.special.smirnov, cephes `kolmogorov.c`
 * `_smirnov3`), for the arguments `kolmogornSf` passes it: n·d > 1. Uses the lower Birnbaum–Tingey
 * sum d·Σ_{v=0}^{⌊n(1−d)⌋} C(n,v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v), whose terms are binomial
 * probabilities divided by p = d + v/n (cephes evaluates them in double-double arithmetic).
 */
export function smirnovSf(n: number, d: number): number {
  if (!(n > 0 && d >= 0 && d <= 1)) return Number.NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;
  const nx = n * d;
  let nxFloor = floor(nx);
  let alpha = nx - nxFloor;
  if (alpha === 1) {
    nxFloor += 1;
    alpha = 0;
  }
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) return 1 - d * (1 + d) ** (n - 1);
  if (-2 * n * d * d < CEPHES_MINLOG) return 0;
  if (nxFloor >= n - 1) return (1 - d) ** n;
  if (n > 1_000_000) return exp(-((6 * n * d + 1) ** 2) / 18 / n);
  let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;
  const terms = lastTerm + 1;
  let sum = 0;
  for (let v = 0; v < terms; v++) {
    const p = d + v / n;
    const term = binomialTerm(v, n, p, (n - v) / n - d) / p;
    sum += term;
    if (v === 0) continue;
    if (term === 0 ? v > n / 2 : 4 * (terms - v) * term < Number.EPSILON * sum && v !== terms - 1) break;
  }
  return clip01(d * sum);
}

/** P(D_n ≤ d) by Durbin's matrix method as Marsaglia, Tsang & Wang compute it (scipy `_kolmogn_DMTW`). */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2 === 1) {
      power = matmul(power, H, m);
      exponent += hExponent;
    }
    H = matmul(H, H, m);
    hExponent *= 2;
    if (abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExponent += 128;
    }
    nn = floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (abs(p) < EM128) {
      p *= E128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p *= 2 ** exponent;
  return clip01(p);
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l];
      if (ail === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += ail * b[l * m + j];
    }
  }
  return out;
}

function pomeranzRange(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [max(j1 + 2, 0), min(j2, n)];
}

/** P(D_n ≤ x) by Pomeranz's recursion (scipy `_kolmogn_Pomeranz`). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = floor(t);
  const f = t - ll;
  const g = min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let exponent = 0;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * (g / n)) / m;
    twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
    onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1] = pomeranzRange(0, n, ll, ceilf, roundf);
  let j2: number;
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
    const powers = i === 1 || i === 2 * n + 1 ? gpower : i % 2 === 1 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = j1 - k1;
      const length = j2 - j1 + 1;
      // V1[0 .. length) = np.convolve(V0[base : base + ln2], powers[:ln2])[start : start + length]
      const base = k1 - V0s;
      const la = min(ln2, npwrs - base);
      const lb = min(ln2, npwrs);
      let largest = 0;
      for (let r = 0; r < length; r++) {
        const idx = start + r;
        let acc = 0;
        for (let s = max(0, idx - lb + 1); s <= min(idx, la - 1); s++) {
          acc += V0[base + s] * powers[idx - s];
        }
        V1[r] = acc;
        if (acc > largest) largest = acc;
      }
      if (largest > 0 && largest < EM128) {
        for (let r = 0; r < npwrs; r++) V1[r] *= E128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (abs(answer) > E128) {
      answer *= EM128;
      exponent += 128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer *= 2 ** exponent;
  return clip01(answer);
}

/** P(D_n ≤ x) by the Pelz–Good approximation (scipy `_kolmogn_PelzGood`). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI_SQUARED / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = exp(qlog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / divisors[i];
  q = exp(-PI_SQUARED / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = SQRT3 * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k ** 2;
    const qk = q ** k2;
    k2extra += k2 * qk;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
  }
  K[2] = K[2] + (k2extra * PI_SQUARED * SQRT2PI) / (-36 * z3);
  K[3] = K[3] + (k3extra * PI_SQUARED * SQRT2PI) / (216 * z6);
  let total = 0;
  for (let i = 0; i < 4; i++) total += K[i] / n ** (i / 2);
  return total;
}

/**
 * P(D_n > d) for the two-sided one-sample statistic: scipy `kstwo.sf(d, n)`.
 * @throws RangeError unless n is a positive integer.
 */
export function kolmogornSf(n: number, d: number): number {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`kstwo: n must be a positive integer, got ${n}`);
  if (Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = exp(logFactorialOverPower(n) + n * log(2 * t - 1));
    }
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * (1 - d) ** n);
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));
  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip01(1 - durbinCdf(n, d));
    if (nxSquared <= 4) return clip01(1 - pomeranzCdf(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip01(2 * smirnovSf(n, d));
  let cdf: number;
  if (nxSquared >= 18) cdf = 1;
  else if (n <= 100_000 && n * d ** 1.5 <= 1.4) cdf = durbinCdf(n, d);
  else cdf = pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}
