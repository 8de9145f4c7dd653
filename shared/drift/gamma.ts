/**
 * The regularized upper incomplete gamma function Q(a, x) and the chi-squared survival function
 * built on it (scipy `stats.chi2.sf(x, df)` = `special.chdtrc(df, x)` = Q(df/2, x/2)).
 *
 * Q is evaluated as in Cephes `igam.c`/`igamc` (Moshier 1987; the power series DLMF 8.11.4 for
 * P = 1 − Q when x < max(a, 1), the continued fraction DLMF 8.9.2 otherwise). The common factor
 * x^a·e^(−x)/Γ(a) is where digits get lost for large a with x near a; it is computed from Stirling's
 * series as √(a/2π)·exp(a·(ln(1+t) − t) − S(a)), t = (x − a)/a, which keeps relative accuracy ~1e-13
 * (the role of Lanczos' scaled sum in scipy's Boost-derived `igam_fac`).
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, exp, log, log1p, sqrt } = Math;

const MAX_ITERATIONS = 200_000;
const BIG = 4.503599627370496e15;
const BIG_INVERSE = 2.220446049250313e-16;
const LOG_SQRT_2PI = 0.5 * log(2 * Math.PI);
const MAXLOG = 709.782712893384;

/** S(a) = lnΓ(a) − ((a − ½)·ln a − a + ½·ln 2π) for a ≥ 10, from the Stirling series. */
function stirlingCorrection(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188)))));
}

/**
 * ln Γ(a) for a > 0: exact products for the integers and half-integers below 10 (every a = df/2 of
 * a chi-squared test), Stirling's series after shifting a to ≥ 10 with the recurrence otherwise.
 */
export function logGamma(a: number): number {
  if (!(a > 0)) return Number.NaN;
  if (a < 10 && Number.isInteger(2 * a)) {
    // Γ(n) = (n − 1)!, Γ(n + ½) = √π·½·(3/2)·…·(n − ½): exact products, one rounding in the log.
    let gamma = Number.isInteger(a) ? 1 : Math.sqrt(Math.PI);
    for (let k = Number.isInteger(a) ? 1 : 0.5; k < a; k++) gamma *= k;
    return log(gamma);
  }
  let shift = 0;
  let product = 1;
  while (a < 10) {
    product *= a;
    a += 1;
    shift++;
  }
  const stirling = (a - 0.5) * log(a) - a + LOG_SQRT_2PI + stirlingCorrection(a);
  return shift === 0 ? stirling : stirling - log(product);
}

/** x^a·e^(−x)/Γ(a). */
function powerFactor(a: number, x: number): number {
  if (a < 10) {
    const exponent = a * log(x) - x - logGamma(a);
    return exponent < -MAXLOG ? 0 : exp(exponent);
  }
  const t = (x - a) / a;
  const exponent = a * (log1p(t) - t) - stirlingCorrection(a);
  return exponent < -MAXLOG ? 0 : sqrt(a / (2 * Math.PI)) * exp(exponent);
}

/** P(a, x) by its power series (Cephes `igam_pow`). */
function lowerSeries(a: number, x: number): number {
  const factor = powerFactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    c *= x / r;
    sum += c;
    if (c <= Number.EPSILON * sum) break;
  }
  return (sum * factor) / a;
}

/** Q(a, x) by its continued fraction (Cephes `igamc`). */
function upperFraction(a: number, x: number): number {
  const factor = powerFactor(a, x);
  if (factor === 0) return 0;
  let y = 1 - a;
  let z = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z * x;
  let answer = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z += 2;
    const yc = y * c;
    const pk = pkm1 * z - pkm2 * yc;
    const qk = qkm1 * z - qkm2 * yc;
    let t = 1;
    if (qk !== 0) {
      const r = pk / qk;
      t = abs((answer - r) / r);
      answer = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (abs(pk) > BIG) {
      pkm2 *= BIG_INVERSE;
      pkm1 *= BIG_INVERSE;
      qkm2 *= BIG_INVERSE;
      qkm1 *= BIG_INVERSE;
    }
    if (t <= Number.EPSILON) break;
  }
  return answer * factor;
}

/** Q(a, x) = Γ(a, x)/Γ(a), the regularized upper incomplete gamma function (scipy `gammaincc`). */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < 1 || x < a) return 1 - lowerSeries(a, x);
  return upperFraction(a, x);
}

/** The chi-squared survival function P(χ²_df > x): scipy `stats.chi2.sf(x, df)`. */
export function chi2Sf(x: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
