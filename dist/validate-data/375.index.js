export const id = 375;
export const ids = [375];
export const modules = {

/***/ 24903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QE: () => (/* binding */ EXPECTATION_NAMES),
/* harmony export */   QS: () => (/* binding */ isExpectationName),
/* harmony export */   yh: () => (/* binding */ CATALOGUE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33618);


/**
 * The expectation catalogue: Great Expectations' names and keyword arguments, so users recognise them
 * (https://greatexpectations.io/expectations). Each entry's kwargs are a strict zod object, so a typo'd
 * key is an error that suggests the right one. The logic lives in the evaluator modules.
 */
const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning'])
    .optional()
    .describe('`warning` reports without failing the gate (unless fail-on: warning).');
const mostly = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
    .min(0)
    .max(1)
    .optional()
    .describe('Pass when at least this fraction of non-null values meet the expectation (default 1).');
const column = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Column name.');
const bound = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).nullable().optional();
const valueSet = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])).describe('Allowed values.');
const base = { severity };
const between = {
    min_value: bound.describe('Lower bound (inclusive unless strict_min); null or absent: none.'),
    max_value: bound.describe('Upper bound (inclusive unless strict_max); null or absent: none.'),
    strict_min: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    strict_max: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional()
};
const countBetween = {
    min_value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).nullable().optional(),
    max_value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).nullable().optional()
};
const pairMissing = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['both_values_are_missing', 'either_value_is_missing', 'neither'])
    .optional()
    .describe('Which rows to skip (default both_values_are_missing, as Great Expectations).');
function def(scope, summary, kwargs) {
    return { scope, summary, kwargs: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ ...base, ...kwargs }) };
}
const statBetween = (stat) => def('column-aggregate', `The column's ${stat} is within bounds.`, { column, ...between });
const CATALOGUE = {
    // table
    expect_table_row_count_to_be_between: def('table', 'Row count within bounds.', countBetween),
    expect_table_row_count_to_equal: def('table', 'Row count equals a value.', {
        value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)
    }),
    expect_table_column_count_to_be_between: def('table', 'Column count within bounds.', countBetween),
    expect_table_column_count_to_equal: def('table', 'Column count equals a value.', {
        value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)
    }),
    expect_table_columns_to_match_set: def('table', 'The columns are this set (any order).', {
        column_set: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        exact_match: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('false: the set must be among the columns (default true).')
    }),
    expect_table_columns_to_match_ordered_list: def('table', 'The columns are exactly this list, in order.', {
        column_list: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
    }),
    expect_table_rows_to_be_unique: def('table', 'No two rows are identical (mlgate; all columns compared).', {}),
    expect_compound_columns_to_be_unique: def('multicolumn', 'The combination of these columns is unique per row.', {
        column_list: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(2),
        ignore_row_if: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['all_values_are_missing', 'any_value_is_missing', 'never']).optional(),
        mostly
    }),
    // column, row by row
    expect_column_to_exist: def('table', 'The column exists.', { column }),
    expect_column_values_to_be_of_type: def('column-map', 'Every value parses as the type.', {
        column,
        type_: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_TYPES */ .RO),
        mostly
    }),
    expect_column_values_to_not_be_null: def('column-map', 'No value is null.', { column, mostly }),
    expect_column_values_to_be_null: def('column-map', 'Every value is null.', { column, mostly }),
    expect_column_values_to_be_between: def('column-map', 'Every value is within bounds.', {
        column,
        ...between,
        mostly
    }),
    expect_column_values_to_be_in_set: def('column-map', 'Every value is in the set.', {
        column,
        value_set: valueSet,
        mostly
    }),
    expect_column_values_to_not_be_in_set: def('column-map', 'No value is in the set.', {
        column,
        value_set: valueSet,
        mostly
    }),
    expect_column_values_to_be_unique: def('column-map', 'No value occurs twice.', { column, mostly }),
    expect_column_values_to_match_regex: def('column-map', 'Every value matches the regular expression.', {
        column,
        regex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        mostly
    }),
    expect_column_values_to_not_match_regex: def('column-map', 'No value matches the regular expression.', {
        column,
        regex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        mostly
    }),
    expect_column_value_lengths_to_be_between: def('column-map', "Every value's length is within bounds.", {
        column,
        ...countBetween,
        mostly
    }),
    expect_column_values_to_be_increasing: def('column-map', 'Each value is ≥ the previous non-null one.', {
        column,
        strictly: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        mostly
    }),
    expect_column_values_to_be_decreasing: def('column-map', 'Each value is ≤ the previous non-null one.', {
        column,
        strictly: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        mostly
    }),
    expect_column_value_z_scores_to_be_less_than: def('column-map', '|z-score| of every value is below the threshold.', {
        column,
        threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        double_sided: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        mostly
    }),
    // column, aggregate
    expect_column_distinct_values_to_be_in_set: def('column-aggregate', 'Every distinct value is in the set.', {
        column,
        value_set: valueSet
    }),
    expect_column_distinct_values_to_contain_set: def('column-aggregate', 'Every value of the set occurs.', {
        column,
        value_set: valueSet
    }),
    expect_column_distinct_values_to_equal_set: def('column-aggregate', 'The distinct values are exactly the set.', {
        column,
        value_set: valueSet
    }),
    expect_column_proportion_of_unique_values_to_be_between: def('column-aggregate', 'Distinct values / non-null values is within bounds.', { column, ...between }),
    expect_column_unique_value_count_to_be_between: def('column-aggregate', 'The number of distinct values is within bounds.', {
        column,
        ...countBetween
    }),
    expect_column_most_common_value_to_be_in_set: def('column-aggregate', 'The most common value is in the set.', {
        column,
        value_set: valueSet,
        ties_okay: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional()
    }),
    expect_column_min_to_be_between: statBetween('minimum'),
    expect_column_max_to_be_between: statBetween('maximum'),
    expect_column_mean_to_be_between: statBetween('mean'),
    expect_column_median_to_be_between: statBetween('median'),
    expect_column_stdev_to_be_between: statBetween('sample standard deviation (ddof=1)'),
    expect_column_sum_to_be_between: statBetween('sum'),
    expect_column_skew_to_be_between: statBetween('skewness (pandas Series.skew)'),
    expect_column_proportion_of_zeros_to_be_between: statBetween('proportion of zeros among non-null values'),
    expect_column_quantile_values_to_be_between: def('column-aggregate', 'Each quantile is within its range.', {
        column,
        quantile_ranges: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1)).min(1),
            value_ranges: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([bound, bound]))
        })
    }),
    // pairs
    expect_column_pair_values_A_to_be_greater_than_B: def('pair', 'column_A > column_B on every row.', {
        column_A: column,
        column_B: column,
        or_equal: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        ignore_row_if: pairMissing,
        mostly
    }),
    expect_column_pair_values_to_be_equal: def('pair', 'column_A == column_B on every row.', {
        column_A: column,
        column_B: column,
        ignore_row_if: pairMissing,
        mostly
    }),
    expect_column_pair_correlation_to_be_between: def('pair', "Pearson's r of the two columns is within bounds.", {
        column_A: column,
        column_B: column,
        ...between
    })
};
const EXPECTATION_NAMES = Object.keys(CATALOGUE);
function isExpectationName(name) {
    return Object.hasOwn(CATALOGUE, name);
}


/***/ }),

/***/ 37547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Bg: () => (/* binding */ resultOf),
/* harmony export */   Pl: () => (/* binding */ countPhrase),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _4: () => (/* binding */ ExampleCollector),
/* harmony export */   uV: () => (/* binding */ columnOf)
/* harmony export */ });
/* unused harmony export formatPercent */
/** The column of that name in a batch (JSONL batches may lack late-appearing columns). */
function columnOf(batch, name) {
    for (const column of batch.columns)
        if (column.name === name)
            return column;
    return undefined;
}
/** Keeps the first `limit` failing rows, in data order. */
class ExampleCollector {
    limit;
    examples = [];
    constructor(limit) {
        this.limit = limit;
    }
    get full() {
        return this.examples.length >= this.limit;
    }
    add(batch, row, value, note) {
        if (this.examples.length >= this.limit)
            return;
        this.examples.push({
            file: batch.file,
            line: batch.lines[row],
            ...(value === undefined ? {} : { value: clip(value) }),
            ...(note === undefined ? {} : { note })
        });
    }
}
/** Long cell texts are cut in reports (a 10 MB field must not become a 10 MB verdict). */
function clip(text, max = 200) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
/** Assembles a CheckResult from an expectation and what was found. */
function resultOf(expectation, id, parts) {
    const { severity, ...kwargs } = expectation.kwargs;
    return {
        id,
        name: expectation.name,
        severity: severity ?? 'error',
        success: parts.success,
        message: parts.message,
        kwargs,
        observed: parts.observed,
        examples: parts.examples ?? [],
        ...(expectation.source === undefined ? {} : { source: expectation.source })
    };
}
/** `12 of 1,000 non-null values (1.2%)`. */
function countPhrase(unexpected, of, what) {
    const percent = of === 0 ? 0 : (100 * unexpected) / of;
    return `${formatCount(unexpected)} of ${formatCount(of)} ${what} (${formatPercent(percent)})`;
}
/**
 * `1,234,567`, as `toLocaleString('en-US')` spells it. Integers are grouped by hand: the first
 * `toLocaleString` of a process loads ICU's locale data, some 30 ms of every gate's run.
 */
function formatCount(value) {
    if (!Number.isSafeInteger(value))
        return value.toLocaleString('en-US');
    const digits = String(Math.abs(value));
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = grouped.length; i < digits.length; i += 3)
        grouped += `,${digits.slice(i, i + 3)}`;
    return value < 0 ? `-${grouped}` : grouped;
}
function formatPercent(percent) {
    if (percent === 0 || percent === 100)
        return `${percent}%`;
    if (percent < 0.01)
        return '<0.01%';
    return `${percent.toPrecision(3).replace(/\.?0+$/, '')}%`;
}
/** Formats a number for messages: integers as is, others with up to 6 significant digits. */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return 'n/a';
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}


/***/ }),

/***/ 26083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validate)
});

// UNUSED EXPORTS: combinedFingerprint

// EXTERNAL MODULE: ./shared/data/dataset.ts + 5 modules
var data_dataset = __webpack_require__(35300);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/drift/gamma.ts
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
function stirlingCorrection(a) {
    const r = 1 / a;
    const r2 = r * r;
    return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188)))));
}
/**
 * ln Γ(a) for a > 0: exact products for the integers and half-integers below 10 (every a = df/2 of
 * a chi-squared test), Stirling's series after shifting a to ≥ 10 with the recurrence otherwise.
 */
function logGamma(a) {
    if (!(a > 0))
        return Number.NaN;
    if (a < 10 && Number.isInteger(2 * a)) {
        // Γ(n) = (n − 1)!, Γ(n + ½) = √π·½·(3/2)·…·(n − ½): exact products, one rounding in the log.
        let gamma = Number.isInteger(a) ? 1 : Math.sqrt(Math.PI);
        for (let k = Number.isInteger(a) ? 1 : 0.5; k < a; k++)
            gamma *= k;
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
function powerFactor(a, x) {
    if (a < 10) {
        const exponent = a * log(x) - x - logGamma(a);
        return exponent < -MAXLOG ? 0 : exp(exponent);
    }
    const t = (x - a) / a;
    const exponent = a * (log1p(t) - t) - stirlingCorrection(a);
    return exponent < -MAXLOG ? 0 : sqrt(a / (2 * Math.PI)) * exp(exponent);
}
/** P(a, x) by its power series (Cephes `igam_pow`). */
function lowerSeries(a, x) {
    const factor = powerFactor(a, x);
    if (factor === 0)
        return 0;
    let r = a;
    let c = 1;
    let sum = 1;
    for (let i = 0; i < MAX_ITERATIONS; i++) {
        r += 1;
        c *= x / r;
        sum += c;
        if (c <= Number.EPSILON * sum)
            break;
    }
    return (sum * factor) / a;
}
/** Q(a, x) by its continued fraction (Cephes `igamc`). */
function upperFraction(a, x) {
    const factor = powerFactor(a, x);
    if (factor === 0)
        return 0;
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
        if (t <= Number.EPSILON)
            break;
    }
    return answer * factor;
}
/** Q(a, x) = Γ(a, x)/Γ(a), the regularized upper incomplete gamma function (scipy `gammaincc`). */
function gammaQ(a, x) {
    if (!(a > 0) || !(x >= 0))
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < 1 || x < a)
        return 1 - lowerSeries(a, x);
    return upperFraction(a, x);
}
/** The chi-squared survival function P(χ²_df > x): scipy `stats.chi2.sf(x, df)`. */
function chi2Sf(x, df) {
    if (!(df > 0))
        return Number.NaN;
    if (Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    return gammaQ(df / 2, x / 2);
}

;// CONCATENATED MODULE: ./shared/drift/chi-square.ts
/**
 * Evidently's chi-square drift test (`evidently/calculations/stattests/chisquare_stattest.py`):
 * over the union of categories, the expected current counts are the reference counts scaled to the
 * current size, and the p-value is scipy `stats.chisquare(f_obs=current, f_exp=expected)`.
 */

/**
 * Chi-square test of `curCounts` against the category frequencies of `refCounts` (exact counts per
 * category, missing values excluded).
 *
 * A category the reference lacks gets an expected count of 0: like Evidently (scipy divides by zero)
 * the statistic is Infinity and the p-value 0 — a value never seen in the reference is drift — and the
 * categories are listed in `unseen`. With a single category on both sides scipy returns NaN (0
 * degrees of freedom) and Evidently reports no drift; here the p-value is 1.
 * @throws RangeError when either side has no values.
 */
function chiSquare(refCounts, curCounts) {
    let nRef = 0;
    for (const count of refCounts.values())
        nRef += count;
    let nCur = 0;
    for (const count of curCounts.values())
        nCur += count;
    if (nRef === 0)
        throw new RangeError('chiSquare: the reference has no values');
    if (nCur === 0)
        throw new RangeError('chiSquare: the current data has no values');
    const scale = nCur / nRef;
    const unseen = [];
    let statistic = 0;
    let categories = 0;
    for (const [key, count] of refCounts) {
        if (count === 0)
            continue;
        categories++;
        const expected = count * scale;
        const observed = curCounts.get(key) ?? 0;
        statistic += (observed - expected) ** 2 / expected;
    }
    for (const [key, count] of curCounts) {
        if (count === 0 || (refCounts.get(key) ?? 0) > 0)
            continue;
        categories++;
        unseen.push(key);
    }
    const df = categories - 1;
    if (unseen.length > 0)
        return { statistic: Infinity, pValue: 0, df, unseen };
    if (df === 0)
        return { statistic: 0, pValue: 1, df, unseen };
    return { statistic, pValue: chi2Sf(statistic, df), df, unseen };
}

;// CONCATENATED MODULE: ./shared/stats/summation.ts
/**
 * Error-free summation helpers shared by the moment accumulators and the drift distances.
 */
// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs: summation_abs } = Math;
/**
 * A running sum with Neumaier's compensation (Neumaier 1974, the improved Kahan–Babuška sum): the
 * result is the correctly rounded sum up to a couple of ulps whatever the order of the terms, where
 * numpy's pairwise sum and bottleneck's naive sum can lose digits to cancellation.
 */
class CompensatedSum {
    sum = 0;
    compensation = 0;
    add(x) {
        const t = this.sum + x;
        if (summation_abs(this.sum) >= summation_abs(x))
            this.compensation += this.sum - t + x;
        else
            this.compensation += x - t + this.sum;
        this.sum = t;
    }
    /** Adds another sum's state (for merging shards). */
    merge(other) {
        this.add(other.sum);
        this.add(other.compensation);
    }
    get value() {
        return this.sum + this.compensation;
    }
}
/**
 * hi + lo + step as a normalised double-double [hi, lo] (Knuth's TwoSum, then Fast2Sum): running means
 * kept this way do not pick up a rounding error at every merge.
 */
function addToSplit(hi, lo, step) {
    const sum = hi + step;
    const stepPart = sum - hi;
    const error = hi - (sum - stepPart) + (step - stepPart);
    const low = lo + error;
    const high = sum + low;
    return [high, low - (high - sum)];
}

;// CONCATENATED MODULE: ./shared/drift/kolmogorov.ts
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
const { abs: kolmogorov_abs, ceil, exp: kolmogorov_exp, floor, log: kolmogorov_log, log1p: kolmogorov_log1p, max, min, sqrt: kolmogorov_sqrt } = Math;
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = kolmogorov_log(2 * Math.PI);
const SQRT2PI = kolmogorov_sqrt(2 * Math.PI);
const SQRT3 = kolmogorov_sqrt(3);
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
function polyval(coefficients, x) {
    let result = 0;
    for (const c of coefficients)
        result = result * x + c;
    return result;
}
/** log(n! / n^n) by Stirling's series (scipy `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    return kolmogorov_log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING, rn / n);
}
function clip01(p) {
    return min(1, max(0, p));
}
/** ln √(2π) */
const kolmogorov_LOG_SQRT_2PI = 0.5 * LOG_2PI;
/** stirlerr(k) = ln k! − ((k + ½)·ln k − k + ln √(2π)) for k = 0 … 15, from exact factorials. */
const STIRLERR_SMALL = Array.from({ length: 16 }, (_, k) => {
    if (k === 0)
        return 0;
    let factorial = 1;
    for (let i = 2; i <= k; i++)
        factorial *= i;
    return kolmogorov_log(factorial) - ((k + 0.5) * kolmogorov_log(k) - k + kolmogorov_LOG_SQRT_2PI);
});
/** The error of Stirling's formula for ln n!, for integers n (Loader 2000). */
function stirlerr(n) {
    if (n <= 15)
        return STIRLERR_SMALL[n];
    const nn = n * n;
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}
/** x·ln(x/m) + m − x without cancellation (Loader 2000, "Fast and accurate computation of binomial probabilities"). */
function bd0(x, m) {
    if (kolmogorov_abs(x - m) < 0.1 * (x + m)) {
        let v = (x - m) / (x + m);
        let s = (x - m) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = s + ej / (2 * j + 1);
            if (next === s)
                return next;
            s = next;
        }
        return s;
    }
    return x * kolmogorov_log(x / m) + m - x;
}
/**
 * C(n, x)·p^x·q^(n−x) for integers 0 ≤ x < n, p + q = 1, by Loader's saddle-point expansion (R's
 * `dbinom_raw`): accurate to ~1e-15 relative where summing logs of the factors loses digits (its
 * exponents reach 1e5 for n = 250,000).
 */
function binomialTerm(x, n, p, q) {
    if (x === 0)
        return kolmogorov_exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * kolmogorov_log(q));
    const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
    const lf = LOG_2PI + kolmogorov_log(x) + kolmogorov_log1p(-x / n);
    return kolmogorov_exp(lc - 0.5 * lf);
}
/**
 * Survival function of the one-sided statistic D_n⁺ (scipy.special.smirnov, cephes `kolmogorov.c`
 * `_smirnov3`), for the arguments `kolmogornSf` passes it: n·d > 1. Uses the lower Birnbaum–Tingey
 * sum d·Σ_{v=0}^{⌊n(1−d)⌋} C(n,v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v), whose terms are binomial
 * probabilities divided by p = d + v/n (cephes evaluates them in double-double arithmetic).
 */
function smirnovSf(n, d) {
    if (!(n > 0 && d >= 0 && d <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - d;
    if (d === 0)
        return 1;
    if (d === 1)
        return 0;
    const nx = n * d;
    let nxFloor = floor(nx);
    let alpha = nx - nxFloor;
    if (alpha === 1) {
        nxFloor += 1;
        alpha = 0;
    }
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0))
        return 1 - d * (1 + d) ** (n - 1);
    if (-2 * n * d * d < CEPHES_MINLOG)
        return 0;
    if (nxFloor >= n - 1)
        return (1 - d) ** n;
    if (n > 1_000_000)
        return kolmogorov_exp(-((6 * n * d + 1) ** 2) / 18 / n);
    let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        lastTerm -= 1;
    const terms = lastTerm + 1;
    let sum = 0;
    for (let v = 0; v < terms; v++) {
        const p = d + v / n;
        const term = binomialTerm(v, n, p, (n - v) / n - d) / p;
        sum += term;
        if (v === 0)
            continue;
        if (term === 0 ? v > n / 2 : 4 * (terms - v) * term < Number.EPSILON * sum && v !== terms - 1)
            break;
    }
    return clip01(d * sum);
}
/** P(D_n ≤ d) by Durbin's matrix method as Marsaglia, Tsang & Wang compute it (scipy `_kolmogn_DMTW`). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
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
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
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
        if (kolmogorov_abs(H[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExponent += 128;
        }
        nn = floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (kolmogorov_abs(p) < EM128) {
            p *= E128;
            exponent -= 128;
        }
    }
    if (exponent !== 0)
        p *= 2 ** exponent;
    return clip01(p);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += ail * b[l * m + j];
        }
    }
    return out;
}
function pomeranzRange(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [max(j1 + 2, 0), min(j2, n)];
}
/** P(D_n ≤ x) by Pomeranz's recursion (scipy `_kolmogn_Pomeranz`). */
function pomeranzCdf(n, x) {
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
    let j2;
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
                if (acc > largest)
                    largest = acc;
            }
            if (largest > 0 && largest < EM128) {
                for (let r = 0; r < npwrs; r++)
                    V1[r] *= E128;
                exponent -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (kolmogorov_abs(answer) > E128) {
            answer *= EM128;
            exponent += 128;
        }
        answer *= m;
    }
    if (exponent !== 0)
        answer *= 2 ** exponent;
    return clip01(answer);
}
/** P(D_n ≤ x) by the Pelz–Good approximation (scipy `_kolmogn_PelzGood`). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = kolmogorov_sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI_SQUARED / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = kolmogorov_exp(qlog);
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
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = kolmogorov_exp(-PI_SQUARED / 2 / z2);
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
    for (let i = 0; i < 4; i++)
        total += K[i] / n ** (i / 2);
    return total;
}
/**
 * P(D_n > d) for the two-sided one-sample statistic: scipy `kstwo.sf(d, n)`.
 * @throws RangeError unless n is a positive integer.
 */
function kolmogornSf(n, d) {
    if (!(Number.isInteger(n) && n >= 1))
        throw new RangeError(`kstwo: n must be a positive integer, got ${n}`);
    if (Number.isNaN(d))
        return Number.NaN;
    if (d >= 1)
        return 0;
    if (d <= 0)
        return 1;
    const t = n * d;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = kolmogorov_exp(logFactorialOverPower(n) + n * kolmogorov_log(2 * t - 1));
        }
        return clip01(1 - cdf);
    }
    if (t >= n - 1)
        return clip01(2 * (1 - d) ** n);
    if (d >= 0.5)
        return clip01(2 * smirnovSf(n, d));
    const nxSquared = t * d;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clip01(1 - durbinCdf(n, d));
        if (nxSquared <= 4)
            return clip01(1 - pomeranzCdf(n, d));
        return clip01(2 * smirnovSf(n, d));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clip01(2 * smirnovSf(n, d));
    let cdf;
    if (nxSquared >= 18)
        cdf = 1;
    else if (n <= 100_000 && n * d ** 1.5 <= 1.4)
        cdf = durbinCdf(n, d);
    else
        cdf = pelzGoodCdf(n, d);
    return clip01(1 - cdf);
}

;// CONCATENATED MODULE: ./shared/drift/ks.ts
/**
 * Two-sample Kolmogorov–Smirnov test, ported from scipy 1.10 `scipy.stats.ks_2samp` (two-sided,
 * method 'auto') and its helpers in `scipy/stats/_stats_py.py` (`_attempt_exact_2kssamp`,
 * `_compute_prob_outside_square`) and `scipy/stats/_stats_pythran.py`
 * (`_compute_outer_prob_inside_method`, Viehmann 2021's recursion for 1 − p, arXiv:2102.08037).
 * Exact p-values (Hodges 1958) when both samples have at most 10,000 values; otherwise the
 * asymptotic one, `kstwo.sf(d, round(n·m/(n+m)))`.
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs: ks_abs, ceil: ks_ceil, floor: ks_floor, max: ks_max, min: ks_min, round } = Math;
/** scipy's MAX_AUTO_N: 'auto' tries the exact distribution when both sizes are at most this. */
const MAX_AUTO_N = 10_000;
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round-half-to-even. */
function roundHalfEven(x) {
    const r = round(x);
    return ks_abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Throws unless `values` is non-empty, NaN-free and ascending. */
function checkSorted(values, what) {
    if (values.length === 0)
        throw new RangeError(`${what}: no values`);
    let previous = -Infinity;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (Number.isNaN(v))
            throw new RangeError(`${what}: value ${i} is NaN`);
        if (v < previous)
            throw new RangeError(`${what}: values must be sorted ascending (value ${i} = ${v} < ${previous})`);
        previous = v;
    }
}
/** Pr(D_{n,n} ≥ h/n), scipy `_compute_prob_outside_square`. */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = ks_floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/** Proportion of lattice paths leaving |x/m − y/n| < h/lcm (scipy `_compute_outer_prob_inside_method`). */
function outerProbInside(m, n, g, h) {
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = ks_min(ks_ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const A = new Float64Array(ks_min(2 * maxj + 2, n + 1)).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = ks_min(ks_max(ks_floor((ng * i - h) / mg) + 1, 0), n);
        maxj = ks_min(ks_ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/**
 * The two-sided two-sample KS test of ascending samples `ref` and `cur`: scipy
 * `stats.ks_2samp(ref, cur)` (statistic, p-value and the method 'auto' picked).
 * @throws RangeError when a sample is empty, unsorted or holds NaN.
 */
function ks2samp(ref, cur) {
    checkSorted(ref, 'ks2samp: reference');
    checkSorted(cur, 'ks2samp: current');
    const n1 = ref.length;
    const n2 = cur.length;
    // max and −min of cdf1 − cdf2 over every value of either sample (scipy evaluates the ECDFs with
    // searchsorted 'right' at data_all; both are constant between values, so a merge walk suffices).
    let i = 0;
    let j = 0;
    let maxS = -Infinity;
    let minDiff = Infinity;
    while (i < n1 || j < n2) {
        const x = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
        while (i < n1 && ref[i] <= x)
            i++;
        while (j < n2 && cur[j] <= x)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minDiff)
            minDiff = diff;
    }
    const minS = ks_min(1, ks_max(0, -minDiff));
    let d = minS > maxS ? minS : maxS;
    const g = gcd(n1, n2);
    let method = ks_max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
    let pValue = Number.NaN;
    if (method === 'exact') {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0) {
            pValue = 1;
        }
        else {
            pValue = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
            // scipy falls back to the asymptotic distribution when rounding breaks the exact computation.
            if (!(pValue >= 0 && pValue <= 1))
                method = 'asymp';
        }
    }
    if (method === 'asymp') {
        const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
        const en = (m * n) / (m + n);
        pValue = kolmogornSf(roundHalfEven(en), d);
    }
    return { statistic: d, pValue: ks_min(1, ks_max(0, pValue)), method };
}

;// CONCATENATED MODULE: ./shared/drift/binning.ts
/**
 * Reference and current proportions per bin, as Evidently's `get_binned_data`
 * (`evidently/calculations/stattests/utils.py`) computes them for PSI and Jensen–Shannon:
 *  - numeric data whose reference has more than 20 distinct values: a histogram over the combined
 *    range, `np.histogram_bin_edges(concat(ref, cur), bins="sturges")` (Evidently passes "sturges"
 *    and ignores its `n_bins` argument); an explicit bin count gives equal-width bins instead;
 *  - otherwise (categorical data, or numeric with ≤ 20 distinct reference values): one bin per value
 *    of the union of both sides;
 *  - proportions are per side (count / that side's size); with `feelZeroes` (PSI), empty bins get
 *    the smallest non-zero proportion / 10⁶ when that is ≤ 0.0001, else 0.0001 (Evidently ≥ 0.4).
 */

/** Evidently's threshold: numeric data with more distinct reference values than this is histogrammed. */
const HISTOGRAM_MIN_DISTINCT = 20;
function distinctSorted(values) {
    let distinct = values.length > 0 ? 1 : 0;
    for (let i = 1; i < values.length; i++)
        if (values[i] !== values[i - 1])
            distinct++;
    return distinct;
}
/** Index of the first value ≥ x (`side='left'`) or > x (`side='right'`) in ascending `values`. */
function searchSorted(values, x, right) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (right ? values[mid] <= x : values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** `np.histogram_bin_edges(values of both, bins)` for finite data. */
function histogramEdges(ref, cur, bins) {
    const min = Math.min(ref[0], cur[0]);
    const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    let count;
    if (bins === 'sturges') {
        // numpy `_hist_bin_sturges`: width = ptp / (log2(n) + 1), then ceil(ptp / width) bins.
        const ptp = max - min;
        const width = ptp / (Math.log2(ref.length + cur.length) + 1);
        count = width > 0 ? Math.ceil(ptp / width) : 1;
    }
    else {
        if (!(Number.isInteger(bins) && bins >= 1))
            throw new RangeError(`bins must be a positive integer, got ${bins}`);
        count = bins;
    }
    // numpy `_get_outer_edges` widens an empty range, then `np.linspace(first, last, count + 1)`.
    const first = min === max ? min - 0.5 : min;
    const last = min === max ? max + 0.5 : max;
    const edges = new Float64Array(count + 1);
    const step = (last - first) / count;
    for (let i = 0; i < count; i++)
        edges[i] = i * step + first;
    edges[count] = last;
    return edges;
}
/** `np.histogram(values, edges)[0] / len(values)`: bins closed on the left, the last also on the right. */
function histogramProportions(values, edges) {
    const bins = edges.length - 1;
    const proportions = new Float64Array(bins);
    let previous = searchSorted(values, edges[0], false);
    for (let i = 0; i < bins; i++) {
        const next = searchSorted(values, edges[i + 1], i === bins - 1);
        proportions[i] = (next - previous) / values.length;
        previous = next;
    }
    return proportions;
}
function countValues(values) {
    const counts = new Map();
    for (let i = 0; i < values.length; i++) {
        const key = String(values[i]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
function categoryProportions(ref, cur) {
    let nRef = 0;
    for (const count of ref.values())
        nRef += count;
    let nCur = 0;
    for (const count of cur.values())
        nCur += count;
    if (nRef === 0 || nCur === 0)
        throw new RangeError('binning: a side has no values');
    const keys = new Set();
    for (const [key, count] of ref)
        if (count > 0)
            keys.add(key);
    for (const [key, count] of cur)
        if (count > 0)
            keys.add(key);
    const reference = new Float64Array(keys.size);
    const current = new Float64Array(keys.size);
    let i = 0;
    for (const key of keys) {
        reference[i] = (ref.get(key) ?? 0) / nRef;
        current[i] = (cur.get(key) ?? 0) / nCur;
        i++;
    }
    return { reference, current, edges: null };
}
/** Evidently's `feel_zeroes`, in place. */
function fillZeroes(proportions) {
    let smallest = Infinity;
    for (const p of proportions)
        if (p !== 0 && p < smallest)
            smallest = p;
    const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
    for (let i = 0; i < proportions.length; i++)
        if (proportions[i] === 0)
            proportions[i] = fill;
}
/**
 * Proportions per bin of both sides (see the module comment).
 * @throws RangeError when a side is empty, unsorted or NaN, or the sides are of different kinds.
 */
function binnedProportions(ref, cur, options) {
    let binned;
    if (ref instanceof Float64Array && cur instanceof Float64Array) {
        checkSorted(ref, 'binning: reference');
        checkSorted(cur, 'binning: current');
        if (distinctSorted(ref) > HISTOGRAM_MIN_DISTINCT) {
            const edges = histogramEdges(ref, cur, options.bins ?? 'sturges');
            binned = {
                reference: histogramProportions(ref, edges),
                current: histogramProportions(cur, edges),
                edges
            };
        }
        else {
            binned = categoryProportions(countValues(ref), countValues(cur));
        }
    }
    else if (!(ref instanceof Float64Array) && !(cur instanceof Float64Array)) {
        binned = categoryProportions(ref, cur);
    }
    else {
        throw new RangeError('binning: reference and current must both be numeric or both be categorical');
    }
    if (options.feelZeroes) {
        fillZeroes(binned.reference);
        fillZeroes(binned.current);
    }
    return binned;
}

;// CONCATENATED MODULE: ./shared/drift/distances.ts
/**
 * Distribution distances between a reference and a current sample, as Evidently's stat tests
 * compute them (`psi.py`, `jensenshannon.py`, `wasserstein_distance_norm.py`).
 */



// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs: distances_abs, log: distances_log, max: distances_max, sqrt: distances_sqrt } = Math;
/**
 * Population Stability Index Σ (r − c)·ln(r / c) over Evidently's bins, empty bins filled
 * (`feel_zeroes`).
 */
function psi(ref, cur, options = {}) {
    const { reference, current } = binnedProportions(ref, cur, { ...options, feelZeroes: true });
    const sum = new CompensatedSum();
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        sum.add((r - c) * distances_log(r / c));
    }
    return sum.value;
}
/** scipy `special.rel_entr(x, y)` for x, y ≥ 0. */
function relativeEntropy(x, y) {
    if (x === 0)
        return 0;
    if (y === 0)
        return Infinity;
    return x * distances_log(x / y);
}
/**
 * Jensen–Shannon distance (natural log): scipy `spatial.distance.jensenshannon(ref_percents,
 * cur_percents)` over Evidently's bins without zero filling — √((KL(p‖m) + KL(q‖m)) / 2), m = (p + q)/2,
 * after normalising p and q to sum to 1.
 */
function jensenShannon(ref, cur, options = {}) {
    const { reference, current } = binnedProportions(ref, cur, { ...options, feelZeroes: false });
    let sumP = 0;
    let sumQ = 0;
    for (let i = 0; i < reference.length; i++) {
        sumP += reference[i];
        sumQ += current[i];
    }
    const left = new CompensatedSum();
    const right = new CompensatedSum();
    for (let i = 0; i < reference.length; i++) {
        const p = reference[i] / sumP;
        const q = current[i] / sumQ;
        const m = (p + q) / 2;
        left.add(relativeEntropy(p, m));
        right.add(relativeEntropy(q, m));
    }
    return distances_sqrt((left.value + right.value) / 2);
}
/**
 * First Wasserstein distance between the empirical distributions of ascending `ref` and `cur`:
 * scipy `stats.wasserstein_distance(ref, cur)` = ∫ |F_ref − F_cur|.
 * @throws RangeError when a sample is empty, unsorted or holds NaN.
 */
function wasserstein(ref, cur) {
    checkSorted(ref, 'wasserstein: reference');
    checkSorted(cur, 'wasserstein: current');
    const n1 = ref.length;
    const n2 = cur.length;
    const sum = new CompensatedSum();
    let i = 0;
    let j = 0;
    while (i < n1 || j < n2) {
        const x = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
        while (i < n1 && ref[i] <= x)
            i++;
        while (j < n2 && cur[j] <= x)
            j++;
        if (i === n1 && j === n2)
            break;
        const next = j >= n2 || (i < n1 && ref[i] <= cur[j]) ? ref[i] : cur[j];
        sum.add(distances_abs(i / n1 - j / n2) * (next - x));
    }
    return sum.value;
}
/** numpy `np.std(values)` (ddof = 0), two-pass. */
function populationStd(values) {
    const sum = new CompensatedSum();
    for (const v of values)
        sum.add(v);
    const mean = sum.value / values.length;
    let squares = 0;
    for (const v of values)
        squares += (v - mean) ** 2;
    return distances_sqrt(squares / values.length);
}
/**
 * Evidently's normed Wasserstein distance: `wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)`
 * (np.std with ddof = 0; the floor avoids dividing by a zero spread).
 */
function wassersteinNormed(ref, cur) {
    const distance = wasserstein(ref, cur);
    return distance / distances_max(populationStd(ref), 0.001);
}

;// CONCATENATED MODULE: ./shared/drift/column-drift.ts
/**
 * Drift of one column between a reference and a current data set, from their `ColumnStats`, with
 * Evidently's default choice of test and thresholds.
 */




const DRIFT_METHODS = (/* unused pure expression or super */ null && ([
    'ks',
    'chisquare',
    'psi',
    'jensenshannon',
    'wasserstein'
]));
/** Methods whose score is a p-value: drift when p < threshold. The others are distances: drift when ≥. */
const P_VALUE_METHODS = new Set(['ks', 'chisquare']);
/** Evidently's default thresholds. */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chisquare: 0.05,
    psi: 0.1,
    jensenshannon: 0.1,
    wasserstein: 0.1
};
/** Evidently's SMALL_SAMPLE_ROW_LIMIT. */
const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct values are tested as categories. */
const FEW_DISTINCT = 5;
/**
 * Evidently's default stat test (`_get_default_stattest`): with a reference of at most 1000 values,
 * KS for numeric columns with more than 5 distinct values, chi-square otherwise; with a larger
 * reference, normed Wasserstein for numeric columns with more than 5 distinct values, Jensen–Shannon
 * otherwise. `referenceRows` counts the reference's non-missing (finite) values and `distinct` the
 * distinct values of both sides together, as Evidently does after dropping NaN and ±inf. Evidently
 * picks a two-proportion z-test for ≤ 2 distinct values on a small reference; mlgate uses
 * chi-square there.
 */
function chooseDriftMethod(referenceRows, column) {
    const manyValues = column.numeric && column.distinct > FEW_DISTINCT;
    if (referenceRows <= SMALL_REFERENCE_ROWS)
        return manyValues ? 'ks' : 'chisquare';
    return manyValues ? 'wasserstein' : 'jensenshannon';
}
const isNumericType = (type) => type === 'int' || type === 'float' || type === 'datetime';
/** Counts without ±Infinity (Evidently drops them with NaN before testing). */
function finiteCategories(counts, numeric) {
    if (!numeric || (!counts.has('Infinity') && !counts.has('-Infinity')))
        return counts;
    const finite = new Map(counts);
    finite.delete('Infinity');
    finite.delete('-Infinity');
    return finite;
}
/**
 * Tests one column for drift. Numeric columns (int, float, datetime) use their finite values
 * (`sample()`), categorical ones (string, bool) their exact category counts (`categories()`).
 * @throws DataError when a side has no values, the sides' types are incompatible, or a categorical
 *   test needs counts of a column past `distinctCap`; ConfigurationError for a method that does not
 *   apply to the column or an invalid threshold.
 */
function columnDrift(ref, cur, options = {}) {
    const name = ref.name;
    const refType = ref.columnType;
    const curType = cur.columnType;
    if (refType === null)
        throw new errors/* DataError */.fL(`column \`${name}\`: the reference has no values to compare`);
    if (curType === null)
        throw new errors/* DataError */.fL(`column \`${name}\`: the current data has no values to compare`);
    const numeric = isNumericType(refType);
    if (numeric !== isNumericType(curType)) {
        throw new errors/* DataError */.fL(`column \`${name}\`: the reference is ${refType} but the current data is ${curType}`);
    }
    const refCounts = ref.categories();
    const curCounts = cur.categories();
    const refSample = numeric ? ref.sample() : null;
    const curSample = numeric ? cur.sample() : null;
    const refCategories = refCounts === null ? null : finiteCategories(refCounts, numeric);
    const curCategories = curCounts === null ? null : finiteCategories(curCounts, numeric);
    const referenceRows = refSample?.count ?? ref.valueCount;
    const currentRows = curSample?.count ?? cur.valueCount;
    if (referenceRows === 0)
        throw new errors/* DataError */.fL(`column \`${name}\`: the reference has no values to compare`);
    if (currentRows === 0)
        throw new errors/* DataError */.fL(`column \`${name}\`: the current data has no values to compare`);
    let method = options.method;
    if (method === undefined) {
        let distinct = Infinity;
        if (refCategories !== null && curCategories !== null) {
            const keys = new Set(refCategories.keys());
            for (const key of curCategories.keys())
                keys.add(key);
            distinct = keys.size;
        }
        method = chooseDriftMethod(referenceRows, { numeric, distinct });
    }
    const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method];
    if (!Number.isFinite(threshold) || threshold < 0 || (P_VALUE_METHODS.has(method) && threshold > 1)) {
        throw new errors/* ConfigurationError */.j1(`drift threshold for \`${name}\` (${method}): expected ${P_VALUE_METHODS.has(method) ? 'a p-value in [0, 1]' : 'a number ≥ 0'}, got ${threshold}`);
    }
    const base = { column: name, method, threshold, referenceRows, currentRows };
    if (method === 'ks' || method === 'wasserstein') {
        if (refSample === null || curSample === null) {
            throw new errors/* ConfigurationError */.j1(`drift method ${method} needs a numeric column; \`${name}\` is ${refType}`);
        }
        const exact = refSample.exact && curSample.exact;
        if (method === 'ks') {
            const { statistic, pValue } = ks2samp(refSample.values, curSample.values);
            return { ...base, statistic, pValue, drifted: pValue < threshold, exact };
        }
        const statistic = wassersteinNormed(refSample.values, curSample.values);
        return { ...base, statistic, drifted: statistic >= threshold, exact };
    }
    if (method === 'chisquare') {
        if (refCategories === null || curCategories === null)
            throw tooManyCategories(name, ref, cur);
        const { statistic, pValue, unseen } = chiSquare(refCategories, curCategories);
        return {
            ...base,
            statistic: Number.isFinite(statistic) ? statistic : null,
            pValue,
            drifted: pValue < threshold,
            exact: true,
            ...(unseen.length > 0 ? { unseenCategories: unseen } : {})
        };
    }
    // PSI and Jensen–Shannon: numeric columns are binned from their values, categorical ones by category.
    const bins = options.bins === undefined ? {} : { bins: options.bins };
    const distance = method === 'psi' ? psi : jensenShannon;
    if (refSample !== null && curSample !== null) {
        const statistic = distance(refSample.values, curSample.values, bins);
        return { ...base, statistic, drifted: statistic >= threshold, exact: refSample.exact && curSample.exact };
    }
    if (refCategories === null || curCategories === null)
        throw tooManyCategories(name, ref, cur);
    const statistic = distance(refCategories, curCategories, bins);
    return { ...base, statistic, drifted: statistic >= threshold, exact: true };
}
function tooManyCategories(name, ref, cur) {
    const side = ref.categories() === null ? 'reference' : 'current data';
    const cap = (ref.categories() === null ? ref : cur).profile().distinct;
    return new errors/* DataError */.fL(`column \`${name}\`: the ${side} has about ${cap} distinct values, more than the distinct-value cap, so categorical drift cannot be computed exactly; raise the cap or choose a numeric method`);
}

// EXTERNAL MODULE: ./shared/checks/evaluator.ts
var evaluator = __webpack_require__(37547);
;// CONCATENATED MODULE: ./shared/checks/drift-checks.ts



/**
 * Tests each column of the current data against the reference. Each column's result is a
 * warning-level check (reported, never failing the gate by itself); the data set's share of drifted
 * columns is the gating check, at the configured severity.
 */
function driftChecks(reference, current, config, referencePath) {
    const columns = [];
    const untested = [];
    const checks = [];
    for (const { name } of current.schema) {
        const settings = config?.columns[name];
        if (settings?.skip === true)
            continue;
        const ref = reference.stats.get(name);
        const cur = current.stats.get(name);
        if (ref === undefined || cur === undefined) {
            untested.push({ column: name, reason: 'not in the reference' });
            continue;
        }
        const method = settings?.method ?? (config?.method === 'auto' ? undefined : config?.method);
        const threshold = settings?.threshold ?? config?.threshold;
        let result;
        try {
            result = columnDrift(ref, cur, {
                ...(method === undefined || method === 'auto' ? {} : { method }),
                ...(threshold === undefined ? {} : { threshold })
            });
        }
        catch (error) {
            if (error instanceof errors/* DataError */.fL) {
                untested.push({ column: name, reason: error.message });
                continue;
            }
            throw error;
        }
        columns.push(result);
        const score = result.pValue === undefined
            ? `${result.method} ${(0,evaluator/* formatNumber */.ZV)(result.statistic)}`
            : `${result.method} p=${(0,evaluator/* formatNumber */.ZV)(result.pValue)}`;
        const limit = result.pValue === undefined
            ? `≥ ${(0,evaluator/* formatNumber */.ZV)(result.threshold)}`
            : `< ${(0,evaluator/* formatNumber */.ZV)(result.threshold)}`;
        checks.push({
            id: `drift(${name})`,
            name: 'drift',
            severity: 'warning',
            success: !result.drifted,
            message: `${name}: ${result.drifted ? 'drifted' : 'no drift'} (${score}; drift when ${limit})${result.exact ? '' : ' (sampled)'}`,
            kwargs: { column: name, method: result.method, threshold: result.threshold },
            observed: { ...result },
            examples: []
        });
    }
    const driftedColumns = columns.filter((column) => column.drifted).length;
    const share = columns.length === 0 ? 0 : driftedColumns / columns.length;
    const threshold = config?.share ?? 0.5;
    const drifted = columns.length > 0 && share >= threshold;
    checks.push({
        id: 'drift',
        name: 'drift',
        severity: config?.severity ?? 'error',
        success: !drifted,
        message: `${driftedColumns} of ${columns.length} columns drifted (share ${(0,evaluator/* formatNumber */.ZV)(share)}; the data set drifts at ${(0,evaluator/* formatNumber */.ZV)(threshold)})`,
        kwargs: { share: threshold },
        observed: { drifted_columns: driftedColumns, tested_columns: columns.length, share, untested },
        examples: []
    });
    return {
        report: { reference: referencePath, columns, untested, driftedColumns, share, threshold, drifted },
        checks
    };
}

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/data/types.ts
var types = __webpack_require__(33618);
;// CONCATENATED MODULE: ./shared/data/code-counts.ts
/**
 * A dictionary-coded batch counted per code (see `StringColumn.dictionary`): consumers that count
 * values (the profile, set expectations) then work once per distinct text of the batch, not per row.
 */

class CodeCounts {
    counts = new Int32Array(0);
    order = [];
    /** Distinct codes of the last batch counted. */
    distinct = 0;
    /** Its null and NaN-token cells, which have no code. */
    nulls = 0;
    nan = 0;
    /** Counts the non-missing cells of one batch (`missing` and `dictionary` of the same column). */
    count(missing, { codes, texts }) {
        for (let j = 0; j < this.distinct; j++)
            this.counts[this.order[j]] = 0;
        if (this.counts.length < texts.length) {
            this.counts = new Int32Array(Math.max(texts.length, 2 * this.counts.length));
        }
        const counts = this.counts;
        const order = this.order;
        let distinct = 0;
        let nulls = 0;
        let nan = 0;
        for (let i = 0; i < codes.length; i++) {
            const m = missing[i];
            if (m !== types/* Missing */.JR.Value) {
                if (m === types/* Missing */.JR.Null)
                    nulls++;
                else
                    nan++;
                continue;
            }
            const code = codes[i];
            if (counts[code]++ === 0) {
                if (distinct === order.length)
                    order.push(code);
                else
                    order[distinct] = code;
                distinct++;
            }
        }
        this.distinct = distinct;
        this.nulls = nulls;
        this.nan = nan;
    }
    /** The j-th distinct code of the batch, in order of first appearance (j < `distinct`). */
    code(j) {
        return this.order[j];
    }
    /** How many cells of the batch have `code`. */
    countOf(code) {
        return this.counts[code];
    }
}

;// CONCATENATED MODULE: ./shared/stats/hash.ts
/**
 * 64-bit keys for exact-duplicate detection (`DuplicateFinder`), as two unsigned 32-bit halves so
 * that hot loops stay in small integers and typed arrays (no BigInt).
 *
 * - Numbers (int, float, bool, datetime columns, all float64 in the data layer) map to their IEEE-754
 *   bits through a bijection: two different values never share a key. 1 and 1.0 are the same double;
 *   -0 is keyed as 0 and every NaN as one NaN, as pandas' `duplicated` treats them.
 * - Strings hash their UTF-16 code units with a two-lane murmur3-style function. Not collision
 *   resistant against crafted input; for n distinct strings the chance that any two share a key is
 *   about n² / 2^65 (birthday bound on 64 bits): 2.7e-8 at 1M, 1.1e-5 at 20M distinct values.
 * - Compound keys (several columns, or a whole row) fold the column keys in order with a bijective
 *   64-bit mixer; the same n² / 2^65 bound applies to distinct tuples, and two tuples that differ in
 *   exactly one column never collide unless that column's keys do.
 *
 * Every key is well mixed (each output bit depends on every input bit), which `DuplicateFinder`'s
 * radix partitioning relies on for speed (not for correctness).
 */
// A module-scope alias, not `Math.imul` at each call: where the global object is a vm context's
// (jest's test environment), every global lookup goes through an interceptor and costs ~200 ns,
// making the hot loops ~100× slower; a module binding costs nothing anywhere.
const imul = Math.imul;
// Multipliers from MurmurHash3 (x86_32 / x86_128 / fmix32) and xxHash32: odd constants with good
// avalanche behaviour, chosen by their authors.
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const C3 = 0x85ebca77; // xxHash32 PRIME32_2
const C4 = 0xc2b2ae3d; // xxHash32 PRIME32_3
const SEED_HI = 0x9747b28c;
const SEED_LO = 0x5bd1e995;
/** MurmurHash3's 32-bit finaliser: a bijection on 32 bits with full avalanche. */
function fmix32(h) {
    h ^= h >>> 16;
    h = imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
function rotl(x, r) {
    return (x << r) | (x >>> (32 - r));
}
/**
 * A four-round Feistel network over the two halves, written to `outHi[i]`, `outLo[i]`. Each round
 * `a ^= F(b)` is its own inverse, so the whole map is a bijection on 64 bits whatever F is; F =
 * fmix32 with a round constant makes every output bit depend on every input bit after three rounds.
 * Round constants: fractional bits of sqrt(2), sqrt(3), sqrt(5), sqrt(7) (as in SHA-256's initial
 * hash value). Results go straight into typed arrays: returning a pair would allocate, and a
 * module-level out-variable measured four times slower than this.
 */
function mixValueInto(hi, lo, outHi, outLo, i) {
    hi ^= fmix32(lo ^ 0x6a09e667);
    lo ^= fmix32(hi ^ 0xbb67ae85);
    hi ^= fmix32(lo ^ 0x3c6ef372);
    lo ^= fmix32(hi ^ 0xa54ff53a);
    outHi[i] = hi;
    outLo[i] = lo;
}
/**
 * `outHi/outLo[i] = P(acc) XOR (hi, lo)` with P another Feistel permutation (round constants from
 * SHA-256's first round constants, so that P differs from the value mixer).
 */
function combineInto(accHi, accLo, hi, lo, outHi, outLo, i) {
    accHi ^= fmix32(accLo ^ 0x428a2f98);
    accLo ^= fmix32(accHi ^ 0x71374491);
    accHi ^= fmix32(accLo ^ 0xb5c0fbcf);
    accLo ^= fmix32(accHi ^ 0xe9b5dba5);
    outHi[i] = accHi ^ hi;
    outLo[i] = accLo ^ lo;
}
const hash_float = new Float64Array(1);
const floatWords = new Uint32Array(hash_float.buffer);
// Which 32-bit word of a float64 holds the sign and exponent (1 on little-endian machines).
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO_WORD = 1 - HI_WORD;
const NAN_HI = 0x7ff80000;
const NAN_LO = 0;
function hashStringInto(s, outHi, outLo, index) {
    let h1 = SEED_HI;
    let h2 = SEED_LO;
    const n = s.length;
    let i = 0;
    // Two UTF-16 code units per 32-bit block: packing is injective, and half the rounds of per-unit
    // hashing. Each lane's round is a bijection of its state for a fixed block, so equal-length strings
    // that differ in one block always differ in both lanes before the (bijective) finalisation.
    for (; i + 1 < n; i += 2) {
        const block = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
        let k1 = imul(block, C1);
        k1 = imul(rotl(k1, 15), C2);
        h1 = rotl(h1 ^ k1, 13);
        h1 = (imul(h1, 5) + 0xe6546b64) | 0;
        let k2 = imul(block, C3);
        k2 = imul(rotl(k2, 17), C4);
        h2 = rotl(h2 ^ k2, 19);
        h2 = (imul(h2, 5) + 0x561ccd1b) | 0;
    }
    if (i < n) {
        const unit = s.charCodeAt(i);
        h1 ^= imul(rotl(imul(unit, C1), 15), C2);
        h2 ^= imul(rotl(imul(unit, C3), 17), C4);
    }
    // MurmurHash3 x86_128's finalisation, reduced to two lanes: lengths are mixed in, then the lanes
    // are cross-added around fmix32 so that each output half depends on both lanes.
    h1 ^= n;
    h2 ^= n;
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    outHi[index] = h1;
    outLo[index] = h2;
}
function hashFloat64Into(x, outHi, outLo, index) {
    if (x !== x) {
        mixValueInto(NAN_HI, NAN_LO, outHi, outLo, index);
    }
    else {
        hash_float[0] = x === 0 ? 0 : x; // -0 === 0, so this writes +0 for both
        mixValueInto(floatWords[HI_WORD], floatWords[LO_WORD], outHi, outLo, index);
    }
}
// Output slots of the single-value functions below (which return a fresh pair).
const oneHi = new Uint32Array(1);
const oneLo = new Uint32Array(1);
/** The 64-bit key of a string (its UTF-16 code units). */
function hashString(s) {
    hashStringInto(s, oneHi, oneLo, 0);
    return [oneHi[0], oneLo[0]];
}
/**
 * The 64-bit key of a number: a bijection of its IEEE-754 bits, so distinct values never collide.
 * -0 is keyed as 0 and all NaNs alike.
 */
function hashFloat64(x) {
    hashFloat64Into(x, oneHi, oneLo, 0);
    return [oneHi[0], oneLo[0]];
}
/** Folds `next` into a compound key (order matters: `combine(a, b)` differs from `combine(b, a)`). */
function combineKeys(accumulated, next) {
    combineInto(accumulated[0], accumulated[1], next[0], next[1], oneHi, oneLo, 0);
    return [oneHi[0], oneLo[0]];
}
/**
 * The key used for a null cell, equal to `hashFloat64(NaN)`: pandas reads empty fields as NaN and
 * `duplicated` treats NaNs as equal, so a numeric column's nulls and NaNs share one key.
 */
const NULL_KEY = hashFloat64(Number.NaN);
/** Writes the keys of `values[0..count)` into `hi`/`lo` (the batch form of `hashString`). */
function hashStrings(values, hi, lo, count = values.length) {
    checkLengths(count, values.length, hi, lo);
    for (let i = 0; i < count; i++)
        hashStringInto(values[i], hi, lo, i);
}
/** Writes the keys of `values[0..count)` into `hi`/`lo` (the batch form of `hashFloat64`). */
function hashFloat64s(values, hi, lo, count = values.length) {
    checkLengths(count, values.length, hi, lo);
    // A Float64Array is always 8-byte aligned, so its bits can be read through a Uint32Array view.
    const words = new Uint32Array(values.buffer, values.byteOffset, count * 2);
    for (let i = 0; i < count; i++) {
        const x = values[i];
        if (x !== x)
            mixValueInto(NAN_HI, NAN_LO, hi, lo, i);
        else if (x === 0)
            mixValueInto(0, 0, hi, lo, i);
        else
            mixValueInto(words[2 * i + HI_WORD], words[2 * i + LO_WORD], hi, lo, i);
    }
}
/**
 * Folds one more column's keys into compound keys, row by row: `acc[i] = combineKeys(acc[i], col[i])`.
 * Start `acc` as a copy of the first column's keys.
 */
function combineKeysInto(accHi, accLo, hi, lo, count) {
    checkLengths(count, accHi.length, accLo, hi);
    checkLengths(count, lo.length, accLo, hi);
    for (let i = 0; i < count; i++)
        combineInto(accHi[i], accLo[i], hi[i], lo[i], accHi, accLo, i);
}
function checkLengths(count, available, a, b) {
    if (!Number.isInteger(count) || count < 0 || count > available || count > a.length || count > b.length) {
        throw new RangeError(`hash: count ${count} exceeds the arrays (lengths ${available}, ${a.length}, ${b.length})`);
    }
}

;// CONCATENATED MODULE: ./shared/stats/hyperloglog.ts
/**
 * HyperLogLog distinct-count sketch (Flajolet, Fusy, Gandouet, Meunier 2007, "HyperLogLog: the
 * analysis of a near-optimal cardinality estimation algorithm"), precision 14: 16,384 one-byte
 * registers, relative standard error 1.04/√16384 ≈ 0.81%. Column statistics switch to it only past
 * `distinctCap` (≥ 2.5·m distinct values by default), where the raw estimator is unbiased and no
 * HLL++ bias table is needed; below 2.5·m it falls back to linear counting as in the paper.
 * Mergeable (register-wise max) for sharded runs.
 */
// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { clz32, imul: hyperloglog_imul } = Math;
const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);
function hyperloglog_fmix32(h) {
    h = hyperloglog_imul(h ^ (h >>> 16), 0x85ebca6b);
    h = hyperloglog_imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * A 32-bit hash of a number (−0 as 0): MurmurHash3's finaliser over its folded bits.
 */
function numberHash(value) {
    scratchF64[0] = value + 0;
    return hyperloglog_fmix32(scratchU32[0] ^ hyperloglog_imul(scratchU32[1], 0x9e3779b1));
}
class HyperLogLog {
    static PRECISION = 14;
    /** The relative standard error of an estimate: 1.04/√m. */
    static STANDARD_ERROR = 1.04 / Math.sqrt(1 << HyperLogLog.PRECISION);
    registers = new Uint8Array(1 << HyperLogLog.PRECISION);
    /**
     * Adds a 64-bit hash given as two 32-bit halves: the top 14 bits of `hi` pick the register, the
     * other 50 bits give the rank (position of the first 1-bit).
     */
    addHash(hi, lo) {
        const index = hi >>> (32 - HyperLogLog.PRECISION);
        const rest = hi & ((1 << (32 - HyperLogLog.PRECISION)) - 1);
        const rank = rest === 0 ? 32 - HyperLogLog.PRECISION + clz32(lo) + 1 : clz32(rest) - HyperLogLog.PRECISION + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    /**
     * Adds a number given with its `numberHash`: the hash picks the register and gives the first 18
     * rank bits; the rare hash whose 18 low bits are all zero gets its remaining rank bits from a
     * second mix of the value. Folding 64 bits to 32 collides n²/2^33 pairs, which biases estimates by
     * under 0.1% below 10 million distinct values.
     */
    addNumber(value, hash) {
        const index = hash >>> (32 - HyperLogLog.PRECISION);
        const rest = hash & ((1 << (32 - HyperLogLog.PRECISION)) - 1);
        let rank;
        if (rest !== 0) {
            rank = clz32(rest) - HyperLogLog.PRECISION + 1;
        }
        else {
            scratchF64[0] = value + 0;
            const more = hyperloglog_fmix32(scratchU32[1] ^ hyperloglog_imul(hash, 0xcc9e2d51) ^ scratchU32[0]);
            rank = 32 - HyperLogLog.PRECISION + clz32(more) + 1;
        }
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        const r = this.registers;
        const o = other.registers;
        for (let i = 0; i < r.length; i++)
            if (o[i] > r[i])
                r[i] = o[i];
    }
    /** The estimated number of distinct hashes added. */
    estimate() {
        const m = this.registers.length;
        let harmonic = 0;
        let zeros = 0;
        for (let i = 0; i < m; i++) {
            const r = this.registers[i];
            harmonic += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / harmonic;
        if (raw <= 2.5 * m && zeros > 0)
            return Math.round(m * Math.log(m / zeros));
        return Math.round(raw);
    }
}

;// CONCATENATED MODULE: ./shared/stats/number-counts.ts
/**
 * Exact counts per distinct number, in order of first appearance: an open-addressing hash table over
 * typed arrays, so that counting a numeric column allocates nothing per value (a `Map<number, …>` costs
 * several times more per lookup on the hot path). Small non-negative integers (booleans, ages,
 * counts, codes: the commonest low-cardinality columns) skip the hash for a direct-indexed table, and
 * so do whole days (dates without a time, epoch milliseconds) from 1880 to 2238, in a second one.
 */
// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { imul: number_counts_imul } = Math;
const number_counts_scratchF64 = new Float64Array(1);
const number_counts_scratchU32 = new Uint32Array(number_counts_scratchF64.buffer);
function slotHash(value) {
    number_counts_scratchF64[0] = value;
    let h = number_counts_scratchU32[0] ^ number_counts_imul(number_counts_scratchU32[1], 0x9e3779b1);
    h ^= h >>> 16;
    h = number_counts_imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = number_counts_imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
/** Integers in [0, SMALL_RANGE) are indexed directly. */
const SMALL_RANGE = 4096;
const MS_PER_DAY = 86_400_000;
/** Whole days in [DAY_MIN, DAY_MIN + DAY_RANGE) since 1970-01-01 are indexed directly too. */
const DAY_MIN = -32_768;
const DAY_RANGE = 131_072;
class NumberCounts {
    /** Distinct keys in order of first appearance (valid up to `size`). */
    keys = new Float64Array(1024);
    /** Counts aligned with `keys`. */
    counts = new Float64Array(1024);
    size = 0;
    table = new Int32Array(2048);
    mask = 2047;
    /** Entry + 1 of each small integer key (0: not seen); those keys are not in `table`. */
    small = new Int32Array(SMALL_RANGE);
    /** The same for whole days (see `dayIndex`), made with the first one. */
    days = null;
    /** Counts one occurrence of `value` (not NaN; −0 counts as 0). */
    add(value) {
        const v = value + 0;
        if (NumberCounts.isSmall(v)) {
            const entry = this.small[v];
            if (entry !== 0)
                this.counts[entry - 1]++;
            else
                this.small[v] = this.append(v) + 1;
            return;
        }
        const day = NumberCounts.dayIndex(v);
        if (day >= 0) {
            const days = (this.days ??= new Int32Array(DAY_RANGE));
            const entry = days[day];
            if (entry !== 0)
                this.counts[entry - 1]++;
            else
                days[day] = this.append(v) + 1;
            return;
        }
        const table = this.table;
        const mask = this.mask;
        let i = slotHash(v) & mask;
        for (;;) {
            const entry = table[i];
            if (entry === 0)
                break;
            if (this.keys[entry - 1] === v) {
                this.counts[entry - 1]++;
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = this.append(v) + 1;
        if (this.size * 2 > mask)
            this.rehash();
    }
    /** A new key with count 1; returns its entry. */
    append(v) {
        if (this.size === this.keys.length)
            this.growEntries();
        const index = this.size++;
        this.keys[index] = v;
        this.counts[index] = 1;
        return index;
    }
    static isSmall(v) {
        return v >= 0 && v < SMALL_RANGE && (v | 0) === v;
    }
    /** The day table's index of a whole day in range (not a small integer: 0 is one), else −1. */
    static dayIndex(v) {
        const day = v / MS_PER_DAY;
        if ((day | 0) !== day)
            return -1;
        const index = day - DAY_MIN;
        // The product check keeps out values whose quotient only rounds to a whole day (1e-300 → 0).
        return index >= 0 && index < DAY_RANGE && day * MS_PER_DAY === v ? index : -1;
    }
    /** Whether `v` lives in a direct table rather than the hash table. */
    static isDirect(v) {
        return NumberCounts.isSmall(v) || NumberCounts.dayIndex(v) >= 0;
    }
    /** The count of `value` (0 when never seen). */
    get(value) {
        const v = value + 0;
        if (NumberCounts.isSmall(v)) {
            const entry = this.small[v];
            return entry === 0 ? 0 : this.counts[entry - 1];
        }
        const day = NumberCounts.dayIndex(v);
        if (day >= 0) {
            const entry = this.days === null ? 0 : this.days[day];
            return entry === 0 ? 0 : this.counts[entry - 1];
        }
        let i = slotHash(v) & this.mask;
        for (;;) {
            const entry = this.table[i];
            if (entry === 0)
                return 0;
            if (this.keys[entry - 1] === v)
                return this.counts[entry - 1];
            i = (i + 1) & this.mask;
        }
    }
    growEntries() {
        const keys = new Float64Array(this.keys.length * 2);
        keys.set(this.keys);
        this.keys = keys;
        const counts = new Float64Array(this.counts.length * 2);
        counts.set(this.counts);
        this.counts = counts;
    }
    rehash() {
        const capacity = this.table.length * 2;
        const table = new Int32Array(capacity);
        const mask = capacity - 1;
        for (let index = 0; index < this.size; index++) {
            if (NumberCounts.isDirect(this.keys[index]))
                continue;
            let i = slotHash(this.keys[index]) & mask;
            while (table[i] !== 0)
                i = (i + 1) & mask;
            table[i] = index + 1;
        }
        this.table = table;
        this.mask = mask;
    }
}

;// CONCATENATED MODULE: ./shared/stats/stream-summary.ts
/**
 * The Stream-Summary structure of Space-Saving (Metwally, Agrawal, El Abbadi 2005, "Efficient
 * computation of frequent and top-k elements in data streams"): counters grouped in buckets of equal
 * count, buckets in a list ordered by count, so that incrementing a counter and finding a minimal one
 * are O(1). Counters are slots 0 … capacity − 1; the keys live with the caller (`space-saving.ts`).
 */
const NONE = -1;
class StreamSummary {
    capacity;
    counts;
    errors;
    size = 0;
    bucketOf;
    nextInBucket;
    prevInBucket;
    bucketCount;
    bucketHead;
    bucketNext;
    bucketPrev;
    freeBuckets;
    free = 0;
    minBucket = NONE;
    maxBucket = NONE;
    constructor(capacity) {
        this.capacity = capacity;
        this.counts = new Float64Array(capacity);
        this.errors = new Float64Array(capacity);
        this.bucketOf = new Int32Array(capacity);
        this.nextInBucket = new Int32Array(capacity);
        this.prevInBucket = new Int32Array(capacity);
        // One bucket per distinct count, plus one: an increment creates the next bucket before it frees
        // the emptied one.
        this.bucketCount = new Float64Array(capacity + 1);
        this.bucketHead = new Int32Array(capacity + 1);
        this.bucketNext = new Int32Array(capacity + 1);
        this.bucketPrev = new Int32Array(capacity + 1);
        this.freeBuckets = new Int32Array(capacity + 1);
        for (let b = 0; b <= capacity; b++)
            this.freeBuckets[this.free++] = b;
    }
    get full() {
        return this.size === this.capacity;
    }
    /** A new counter with `count` ≥ every existing count (or 1 when it is the minimum); returns its slot. */
    add(count, atTop) {
        const slot = this.size++;
        this.errors[slot] = 0;
        if (atTop) {
            if (this.maxBucket === NONE || this.bucketCount[this.maxBucket] !== count) {
                this.insertBucketAfter(this.maxBucket, count);
            }
            this.attach(slot, this.maxBucket);
        }
        else {
            if (this.minBucket === NONE || this.bucketCount[this.minBucket] !== count) {
                this.insertBucketAfter(NONE, count);
            }
            this.attach(slot, this.minBucket);
        }
        return slot;
    }
    /** A counter with the smallest count (to be given to a new key). */
    minSlot() {
        return this.bucketHead[this.minBucket];
    }
    /** Hands `slot` to a new key: its error becomes its count, then the count is incremented. */
    replace(slot) {
        this.errors[slot] = this.counts[slot];
        this.increment(slot);
    }
    increment(slot) {
        const bucket = this.bucketOf[slot];
        const count = this.bucketCount[bucket] + 1;
        let next = this.bucketNext[bucket];
        if (next === NONE || this.bucketCount[next] !== count)
            next = this.insertBucketAfter(bucket, count);
        this.detach(slot);
        this.attach(slot, next);
    }
    /** Slots by count descending, ties by smaller error. */
    ranked() {
        const slots = Array.from({ length: this.size }, (_, i) => i);
        return slots.sort((a, b) => this.counts[b] - this.counts[a] || this.errors[a] - this.errors[b]);
    }
    attach(slot, bucket) {
        const head = this.bucketHead[bucket];
        this.nextInBucket[slot] = head;
        this.prevInBucket[slot] = NONE;
        if (head !== NONE)
            this.prevInBucket[head] = slot;
        this.bucketHead[bucket] = slot;
        this.bucketOf[slot] = bucket;
        this.counts[slot] = this.bucketCount[bucket];
    }
    detach(slot) {
        const bucket = this.bucketOf[slot];
        const prev = this.prevInBucket[slot];
        const next = this.nextInBucket[slot];
        if (prev !== NONE)
            this.nextInBucket[prev] = next;
        else
            this.bucketHead[bucket] = next;
        if (next !== NONE)
            this.prevInBucket[next] = prev;
        if (this.bucketHead[bucket] === NONE)
            this.removeBucket(bucket);
    }
    /** Inserts a bucket for `count` after `after` (NONE: at the front); returns it. */
    insertBucketAfter(after, count) {
        const bucket = this.freeBuckets[--this.free];
        this.bucketCount[bucket] = count;
        this.bucketHead[bucket] = NONE;
        const next = after === NONE ? this.minBucket : this.bucketNext[after];
        this.bucketPrev[bucket] = after;
        this.bucketNext[bucket] = next;
        if (after === NONE)
            this.minBucket = bucket;
        else
            this.bucketNext[after] = bucket;
        if (next === NONE)
            this.maxBucket = bucket;
        else
            this.bucketPrev[next] = bucket;
        return bucket;
    }
    removeBucket(bucket) {
        const prev = this.bucketPrev[bucket];
        const next = this.bucketNext[bucket];
        if (prev === NONE)
            this.minBucket = next;
        else
            this.bucketNext[prev] = next;
        if (next === NONE)
            this.maxBucket = prev;
        else
            this.bucketPrev[next] = prev;
        this.freeBuckets[this.free++] = bucket;
    }
}

;// CONCATENATED MODULE: ./shared/stats/space-saving.ts
/**
 * Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi 2005) for strings, over the O(1)
 * Stream-Summary in `stream-summary.ts`. (Numbers past the distinct cap take their most common
 * values from the profiler's sample instead: `sampledMostCommon` in distinct.ts.)
 *
 * Guarantees with m counters over N values: every monitored value's `count` overestimates its true
 * count by at most its `error` ≤ N/m, and every value with true count > N/m is monitored.
 */

/** Space-Saving for strings, keyed through a `Map`. */
class StringSpaceSaving {
    capacity;
    summary;
    keys = [];
    slots = new Map();
    constructor(capacity) {
        this.capacity = capacity;
        this.summary = new StreamSummary(capacity);
    }
    seed(keys, counts) {
        // Values left out counted at most the smallest kept count, as Space-Saving's invariant requires.
        for (let i = Math.max(0, keys.length - this.capacity); i < keys.length; i++) {
            const slot = this.summary.add(counts[i], true);
            this.keys[slot] = keys[i];
            this.slots.set(keys[i], slot);
        }
    }
    offer(key) {
        const known = this.slots.get(key);
        if (known !== undefined) {
            this.summary.increment(known);
            return;
        }
        const summary = this.summary;
        if (!summary.full) {
            const slot = summary.add(1, false);
            this.keys[slot] = key;
            this.slots.set(key, slot);
            return;
        }
        const slot = summary.minSlot();
        this.slots.delete(this.keys[slot]);
        this.keys[slot] = key;
        this.slots.set(key, slot);
        summary.replace(slot);
    }
    top(k) {
        const { counts, errors } = this.summary;
        return this.summary
            .ranked()
            .slice(0, k)
            .map((slot) => ({ key: this.keys[slot], count: counts[slot], error: errors[slot] }));
    }
}

// EXTERNAL MODULE: ./shared/stats/sort.ts
var sort = __webpack_require__(64656);
;// CONCATENATED MODULE: ./shared/stats/distinct.ts
/**
 * Distinct values and most common values of a column in bounded memory: exact counts until the
 * column has more than `cap` distinct values, then a HyperLogLog distinct count. Past the cap, the
 * most common strings come from a Space-Saving top-k sketch (seeded with the exact counts, so nothing
 * seen before the switch is lost), and the most common numbers from the column's uniform sample
 * (`sampledMostCommon`), which the profiler keeps for quantiles anyway.
 */





/** 2^21: packed sort keys hold an index below this next to a count below 2^31, exactly. */
const INDEX_RANGE = 2 ** 21;
/** Counters in the top-k sketch: error ≤ rows / SKETCH_COUNTERS on each reported count. */
const SKETCH_COUNTERS = 4096;
/**
 * The k largest counts, ties kept in order of first appearance (`counts` is in that order). pandas'
 * `value_counts()` sorts with an unstable quicksort: its ties come out in order of first appearance
 * for up to 16 distinct values (numpy's insertion-sort cutoff) and in no defined order beyond.
 */
function topIndices(counts, size, k) {
    const top = [];
    for (let i = 0; i < size; i++) {
        const c = counts[i];
        if (top.length === k && c <= counts[top[k - 1]])
            continue;
        let at = top.length === k ? k - 1 : top.length;
        while (at > 0 && counts[top[at - 1]] < c) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = i;
    }
    return top;
}
/** Indices of the `limit` largest counts, in ascending order of count (to seed a sketch). */
function largestAscending(counts, size, limit) {
    let maxCount = 0;
    for (let i = 0; i < size; i++)
        if (counts[i] > maxCount)
            maxCount = counts[i];
    if (size <= INDEX_RANGE && maxCount < 2 ** 31) {
        // Pack count and index into one exact double and radix-sort: a comparator sort of 100,000
        // indices costs several times more. Ties: earlier indices last, i.e. first to be kept.
        const packed = new Float64Array(size);
        for (let i = 0; i < size; i++)
            packed[i] = counts[i] * INDEX_RANGE + (INDEX_RANGE - 1 - i);
        (0,sort/* sortFloat64 */.f)(packed);
        const order = [];
        for (let j = Math.max(0, size - limit); j < size; j++)
            order.push(INDEX_RANGE - 1 - (packed[j] % INDEX_RANGE));
        return order;
    }
    const order = Array.from({ length: size }, (_, i) => i);
    order.sort((a, b) => counts[b] - counts[a] || a - b);
    return order.slice(0, limit).reverse();
}
class NumberDistinct {
    cap;
    exactCounts = new NumberCounts();
    hll = null;
    constructor(cap) {
        this.cap = cap;
    }
    /**
     * Counts every non-NaN value of `values` (±Infinity included). Returns the index after which the
     * values went to the sketch when this batch crossed the cap (the exact counts up to there stay
     * readable in the `NumberCounts` that `counts()` returned before), else -1.
     */
    addAll(values) {
        let from = 0;
        let switched = -1;
        if (this.exactCounts !== null) {
            from = this.count(values, this.exactCounts);
            if (from === values.length && this.exactCounts !== null)
                return -1;
            switched = from;
        }
        this.sketch(values, from);
        return switched;
    }
    /** Exact counts; switches to the sketch past the cap and returns where it stopped. */
    count(values, counts) {
        const n = values.length;
        const cap = this.cap;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (v !== v)
                continue;
            counts.add(v);
            if (counts.size > cap) {
                this.switchToSketch(counts);
                return i + 1;
            }
        }
        return n;
    }
    sketch(values, from) {
        const hll = this.hll;
        for (let i = from; i < values.length; i++) {
            const v = values[i];
            if (v !== v)
                continue;
            hll.addNumber(v, numberHash(v));
        }
    }
    /** Exact counts in order of first appearance, or null once over the cap. */
    counts() {
        return this.exactCounts;
    }
    /**
     * Exact distinct count and most common values under the cap; past it the HyperLogLog estimate and
     * no most common values (the caller estimates them from its sample: `sampledMostCommon`).
     */
    summary(k) {
        const counts = this.exactCounts;
        if (counts !== null) {
            return {
                distinct: counts.size,
                distinctExact: true,
                mostCommon: topIndices(counts.counts, counts.size, k).map((i) => ({
                    key: counts.keys[i],
                    count: counts.counts[i]
                })),
                mostCommonExact: true
            };
        }
        return {
            distinct: Math.max(this.hll.estimate(), this.cap + 1),
            distinctExact: false,
            mostCommon: [],
            mostCommonExact: false
        };
    }
    switchToSketch(counts) {
        const hll = new HyperLogLog();
        for (let i = 0; i < counts.size; i++)
            hll.addNumber(counts.keys[i], numberHash(counts.keys[i]));
        this.hll = hll;
        this.exactCounts = null;
    }
}
/**
 * The `k` most common values of a column estimated from a uniform sample of its `total` values
 * (`sorted` ascending): each value's share of the sample, scaled to `total`. Values the sample holds
 * only once are left out: one draw says nothing about a value's frequency. The estimate of a value
 * with true share p has standard error total·√(p(1 − p)/n) for a sample of n drawn with replacement
 * (without replacement, as a reservoir draws, it is smaller): with n = 500,000, under 0.07% of the
 * rows for any p. Ties: smaller value first.
 */
function sampledMostCommon(sorted, total, k) {
    const n = sorted.length;
    // The k longest runs so far, longest first; ties keep the smaller (earlier) value first.
    const keys = [];
    const hits = [];
    for (let i = 0; i < n;) {
        let j = i + 1;
        while (j < n && sorted[j] === sorted[i])
            j++;
        const run = j - i;
        if (run >= 2 && (keys.length < k || run > hits[k - 1])) {
            let at = Math.min(keys.length, k - 1);
            while (at > 0 && hits[at - 1] < run)
                at--;
            keys.splice(at, 0, sorted[i]);
            hits.splice(at, 0, run);
            keys.length = Math.min(keys.length, k);
            hits.length = keys.length;
        }
        i = j;
    }
    return keys.map((key, index) => ({ key, count: Math.round((hits[index] * total) / n) }));
}
class StringDistinct {
    cap;
    /** Exact phase: index per distinct text (one Map lookup per repeated value), counts alongside. */
    index = new Map();
    keys = [];
    exactCounts = new Float64Array(1024);
    hll = null;
    top = null;
    constructor(cap) {
        this.cap = cap;
    }
    add(text) {
        this.addCount(text, 1);
    }
    /** `count` occurrences of `text` (a dictionary-coded batch's texts, each once with its count). */
    addCount(text, count) {
        const index = this.index;
        if (index !== null) {
            const at = index.get(text);
            if (at !== undefined) {
                this.exactCounts[at] += count;
                return;
            }
            const size = index.size;
            index.set(text, size);
            this.keys.push(text);
            if (size === this.exactCounts.length) {
                const grown = new Float64Array(size * 2);
                grown.set(this.exactCounts);
                this.exactCounts = grown;
            }
            this.exactCounts[size] = count;
            if (size + 1 > this.cap)
                this.switchToSketch();
            return;
        }
        const [hi, lo] = hashString(text);
        this.hll.addHash(hi, lo);
        for (let i = 0; i < count; i++)
            this.top.offer(text);
    }
    /** Exact counts in order of first appearance (a new Map), or null once over the cap. */
    counts() {
        if (this.index === null)
            return null;
        const counts = new Map();
        this.keys.forEach((key, i) => counts.set(key, this.exactCounts[i]));
        return counts;
    }
    summary(k) {
        if (this.index !== null) {
            const size = this.keys.length;
            return {
                distinct: size,
                distinctExact: true,
                mostCommon: topIndices(this.exactCounts, size, k).map((i) => ({
                    key: this.keys[i],
                    count: this.exactCounts[i]
                })),
                mostCommonExact: true
            };
        }
        return {
            distinct: Math.max(this.hll.estimate(), this.cap + 1),
            distinctExact: false,
            mostCommon: this.top.top(k).map(({ key, count }) => ({ key, count })),
            mostCommonExact: false
        };
    }
    switchToSketch() {
        const hll = new HyperLogLog();
        const keys = this.keys;
        for (const key of keys) {
            const [hi, lo] = hashString(key);
            hll.addHash(hi, lo);
        }
        const top = new StringSpaceSaving(SKETCH_COUNTERS);
        const seed = largestAscending(this.exactCounts, keys.length, SKETCH_COUNTERS);
        top.seed(seed.map((i) => keys[i]), seed.map((i) => this.exactCounts[i]));
        this.hll = hll;
        this.top = top;
        this.index = null;
        this.keys = [];
        this.exactCounts = new Float64Array(0);
    }
}

;// CONCATENATED MODULE: ./shared/stats/moments.ts
/**
 * Mergeable accumulators of moments: exact enough, whatever the order, to shard a data set over a job
 * matrix and merge the pieces (DESIGN.md "Scale").
 */

/** Single values are buffered and summarised this many at a time. */
const PENDING = 256;
/**
 * Count, mean and the central sums M2 = Σ(x − x̄)², M3 = Σ(x − x̄)³ of a stream of finite values.
 * Values are summarised in two passes per array (like pandas, plus a rounding correction; single
 * values are buffered into small arrays first) and summaries merged with Pébay's pairwise formulas
 * (Pébay 2008, "Formulas for robust, one-pass parallel computation of covariances and arbitrary-order
 * statistical moments", eqs. 2.1–2.3), which is also how shards merge. Welford-style one-value updates
 * were not accurate enough: with a mean of 1e9 and a spread of 1 they lose 1e-8 of the variance.
 */
class Moments {
    n = 0;
    /** The mean as an unevaluated sum muHi + muLo (double-double), so merges do not round it. */
    muHi = 0;
    muLo = 0;
    sum2 = 0;
    sum3 = 0;
    pending = new Float64Array(PENDING);
    pendingCount = 0;
    static from(state) {
        const moments = new Moments();
        moments.merge(state);
        return moments;
    }
    get count() {
        this.flush();
        return this.n;
    }
    get mean() {
        this.flush();
        return this.muHi;
    }
    get meanError() {
        this.flush();
        return this.muLo;
    }
    /** Σ (x − mean)² */
    get m2() {
        this.flush();
        return this.sum2;
    }
    /** Σ (x − mean)³ */
    get m3() {
        this.flush();
        return this.sum3;
    }
    /** Adds one finite value. */
    add(x) {
        this.pending[this.pendingCount++] = x;
        if (this.pendingCount === PENDING)
            this.flush();
    }
    flush() {
        const count = this.pendingCount;
        if (count === 0)
            return;
        this.pendingCount = 0;
        this.addAll(this.pending.subarray(0, count));
    }
    /**
     * Adds every value of `values` (all must be finite) with a corrected two-pass summary of the array
     * (Chan, Golub & LeVeque 1983): the second pass also sums the deviations from the rounded mean and
     * corrects M2 and M3 for them, which keeps full precision for data with a large mean and a small
     * spread (where pandas' plain two-pass loses digits to its rounded mean).
     */
    addAll(values) {
        const n = values.length;
        if (n === 0)
            return;
        const sum = new CompensatedSum();
        for (let i = 0; i < n; i++)
            sum.add(values[i]);
        const shift = sum.value / n;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let i = 0; i < n; i++) {
            const d = values[i] - shift;
            const d2 = d * d;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
        }
        this.mergeShifted(n, shift, s1, s2, s3);
    }
    /**
     * Merges `count` values summarised by the power sums s1 = Σd, s2 = Σd², s3 = Σd³ of their deviations
     * d = x − shift from any shift close to their mean.
     */
    mergeShifted(count, shift, s1, s2, s3) {
        if (count === 0)
            return;
        const e = s1 / count;
        const m2 = s2 - s1 * e;
        const m3 = s3 - 3 * s2 * e + 2 * s1 * e * e;
        this.mergeSplit(count, shift, e, Math.max(m2, 0), m3);
    }
    merge(other) {
        this.mergeSplit(other.count, other.mean, other.meanError ?? 0, other.m2, other.m3);
    }
    /** Merges a summary of `count` values with the given mean and central sums. */
    mergeState(count, mean, m2, m3) {
        this.mergeSplit(count, mean, 0, m2, m3);
    }
    /**
     * Pébay's merge with the incoming mean given as meanHi + meanLo. Keeping both means unrounded
     * matters for M3, whose merge term 3·δ/n·(nₐ·M2_b − n_b·M2ₐ) is linear in the difference of the
     * means: rounding a mean of 1e9 to its ulp at every batch costs 1e-6 of the skewness.
     */
    mergeSplit(count, meanHi, meanLo, m2, m3) {
        if (count === 0)
            return;
        this.flush();
        const na = this.n;
        if (na === 0) {
            this.n = count;
            [this.muHi, this.muLo] = addToSplit(meanHi, 0, meanLo);
            this.sum2 = m2;
            this.sum3 = m3;
            return;
        }
        const nb = count;
        const n = na + nb;
        const delta = meanHi - this.muHi + (meanLo - this.muLo);
        const deltaN = delta / n;
        this.sum3 += m3 + delta * deltaN * deltaN * na * nb * (na - nb) + 3 * deltaN * (na * m2 - nb * this.sum2);
        this.sum2 += m2 + delta * deltaN * na * nb;
        [this.muHi, this.muLo] = addToSplit(this.muHi, this.muLo, deltaN * nb);
        this.n = n;
    }
    /** Variance with `ddof` delta degrees of freedom (pandas' default ddof = 1); null when count ≤ ddof. */
    variance(ddof = 1) {
        const count = this.count;
        if (count <= ddof)
            return null;
        return Math.max(this.sum2, 0) / (count - ddof);
    }
    /** Standard deviation, ddof = 1 like pandas `Series.std()`; null when fewer than 2 values. */
    std(ddof = 1) {
        const variance = this.variance(ddof);
        return variance === null ? null : Math.sqrt(variance);
    }
    /**
     * Sample skewness exactly as pandas `Series.skew()` (pandas 1.5 `nanops.nanskew`): the adjusted
     * Fisher–Pearson coefficient n·√(n−1)/(n−2) · M3/M2^1.5 (scipy `skew(bias=False)`). Like pandas, M2 and
     * M3 below 1e-14 in absolute value count as floating-point noise and are zeroed, so a constant (or
     * numerically constant) column has skewness 0, not NaN. Null when fewer than 3 values.
     */
    skewness() {
        const n = this.count;
        if (n < 3)
            return null;
        const m2 = Math.abs(this.sum2) < 1e-14 ? 0 : this.sum2;
        const m3 = Math.abs(this.sum3) < 1e-14 ? 0 : this.sum3;
        if (m2 === 0)
            return 0;
        return ((n * (n - 1) ** 0.5) / (n - 2)) * (m3 / m2 ** 1.5);
    }
    toJSON() {
        this.flush();
        return { count: this.n, mean: this.muHi, meanError: this.muLo, m2: this.sum2, m3: this.sum3 };
    }
}


;// CONCATENATED MODULE: ./shared/stats/numeric-scan.ts
/**
 * The per-batch loops of a numeric column, one loop per function: V8 optimises a small hot function
 * as a whole, where a method holding several long loops keeps entering optimised code on stack and
 * falling back out of it at each loop's exit (measured: two to three times slower).
 */

// Read once: hot loops then avoid looking up the global `Math` (slow in vm contexts such as jest's)
// and properties of an imported object.
const { abs: numeric_scan_abs } = Math;
const NULL = types/* Missing */.JR.Null;
const NAN = types/* Missing */.JR.NaN;
/** Counts null cells, NaN cells and invalid (non-missing) cells. */
function countMissing(missing, invalid, out) {
    let nulls = 0;
    let nan = 0;
    let bad = 0;
    for (let i = 0; i < missing.length; i++) {
        const m = missing[i];
        if (m === NULL)
            nulls++;
        else if (m === NAN)
            nan++;
        else if (invalid !== null && invalid[i] === 1)
            bad++;
    }
    out.nulls = nulls;
    out.nan = nan;
    out.invalid = bad;
}
/** Σd, Σd², Σd³ of the deviations d = v − shift of the finite values. */
function powerSums(values, shift, out) {
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v - v === 0) {
            const d = v - shift;
            const d2 = d * d;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
        }
    }
    out.s1 = s1;
    out.s2 = s2;
    out.s3 = s3;
}
/**
 * Count, ±Infinity count, zeros, extremes and compensated sum of the finite values (NaN skipped), and
 * their `powerSums` around `shift`, in one loop: for a batch whose mean the caller can guess (the
 * previous batch's), half the passes over the values. The caller checks the guess.
 */
function scanFiniteShifted(values, shift, out, sums) {
    let count = 0;
    let infinite = 0;
    let zeros = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let s = 0;
    let c = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v - v === 0) {
            count++;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
            if (v === 0)
                zeros++;
            const t = s + v;
            c += numeric_scan_abs(s) >= numeric_scan_abs(v) ? s - t + v : v - t + s;
            s = t;
            const d = v - shift;
            const d2 = d * d;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
        }
        else if (v === v) {
            infinite++;
        }
    }
    out.count = count;
    out.infinite = infinite;
    out.zeros = zeros;
    out.min = min;
    out.max = max;
    out.sum = s;
    out.compensation = c;
    sums.s1 = s1;
    sums.s2 = s2;
    sums.s3 = s3;
}

// EXTERNAL MODULE: ./shared/stats/quantile.ts
var quantile = __webpack_require__(9629);
// EXTERNAL MODULE: ./shared/stats/sampler.ts
var sampler = __webpack_require__(12750);
;// CONCATENATED MODULE: ./shared/stats/column-stats.ts
/**
 * A streaming, bounded-memory profile of one column, fed batch by batch.
 *
 * Exact over all values: row/null/NaN/infinite/invalid counts, min, max, sum (Neumaier-compensated),
 * mean, std and skewness (corrected two-pass per batch, merged with Pébay's formulas), zeros and
 * string lengths. Exact up to a cap, then approximate with a documented, tested bound: quantiles
 * (`sampleCap`, see `sampler.ts`), distinct count and most common values (`distinctCap`, see
 * `distinct.ts`).
 *
 * Differences from pandas, on purpose: ±Infinity is counted in `infinite` and left out of the moments
 * and quantiles (pandas would report inf/NaN); statistics of an empty column are omitted, not NaN.
 */








const EMPTY_SAMPLE = new Float64Array(0);
/**
 * A shift within 8 standard deviations of the batch mean keeps the third central sum's relative
 * error under ~8³·ε ≈ 1e-13; farther, the batch is summed again around its own mean.
 */
const FAR_SHIFT_SQUARED = 64;
// Read once: a property of an imported object costs a load per value in a hot loop.
const VALUE = types/* Missing */.JR.Value;
const column_stats_NULL = types/* Missing */.JR.Null;
function finiteOrNull(x) {
    return x !== null && Number.isFinite(x) ? x : null;
}
function isoDate(ms) {
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}
/** The first finite value of `values` (0 when there is none). */
function firstFinite(values) {
    for (let i = 0; i < values.length; i++)
        if (values[i] - values[i] === 0)
            return values[i];
    return 0;
}
/** How a numeric value is spelled in `categories()` and `mostCommon`. */
function numberText(value, type) {
    if (type === 'bool')
        return value === 0 ? 'false' : 'true';
    if (type === 'datetime' && Number.isFinite(value))
        return isoDate(value);
    return String(value);
}
/** Length in code points: UTF-16 length minus surrogate pairs. */
function codePointLength(text) {
    let length = text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                length--;
                i++;
            }
        }
    }
    return length;
}
class ColumnStats {
    name;
    type = null;
    rows = 0;
    nulls = 0;
    nan = 0;
    infinite = 0;
    invalid = 0;
    values = 0;
    topK;
    distinctCap;
    // Numeric columns.
    sum = new CompensatedSum();
    moments = new Moments();
    min = Infinity;
    max = -Infinity;
    zeros = 0;
    sampler;
    sampleCap;
    /**
     * While the column's distinct values are counted exactly, quantiles and samples come from those
     * counts (exact at any row count, no reservoir); the sampler starts when the counts give way.
     */
    sampling = false;
    countedSample = null;
    numberDistinct = null;
    // String columns.
    stringDistinct = null;
    /** A dictionary-coded batch's counts per code. */
    codeCounts = new CodeCounts();
    lengthMin = Infinity;
    lengthMax = 0;
    lengthSum = 0;
    // Per-batch scan results, reused. The double fields start as doubles (NaN): a field that starts as
    // a small integer and later holds a double changes the object's hidden class, which throws the
    // scan loops out of optimised code (measured: tens of MB of boxed numbers per run).
    missingScratch = { nulls: 0, nan: 0, invalid: 0 };
    scanScratch = {
        count: 0,
        infinite: 0,
        zeros: 0,
        min: Number.NaN,
        max: Number.NaN,
        sum: Number.NaN,
        compensation: Number.NaN
    };
    sumsScratch = { s1: Number.NaN, s2: Number.NaN, s3: Number.NaN };
    /** The previous batch's mean of finite values (NaN before any): the next batch's shift. */
    lastMean = Number.NaN;
    constructor(name, options = {}) {
        this.name = name;
        const { sampleCap = 500_000, distinctCap = 100_000, topK = 10, seed = 0 } = options;
        if (!(Number.isInteger(distinctCap) && distinctCap >= 1)) {
            throw new RangeError(`distinctCap must be a positive integer, got ${distinctCap}`);
        }
        if (!(Number.isInteger(topK) && topK >= 0)) {
            throw new RangeError(`topK must be a non-negative integer, got ${topK}`);
        }
        this.sampler = new sampler/* NumericSampler */.i(sampleCap, seed);
        this.sampleCap = sampleCap;
        this.distinctCap = distinctCap;
        this.topK = topK;
    }
    /** Non-missing, valid cells so far (`profile().values`). */
    get valueCount() {
        return this.values;
    }
    /** The column's type so far (null before the first batch). */
    get columnType() {
        return this.type;
    }
    /** Adds one batch's column. Numeric types may widen between batches (int → float). */
    observe(column) {
        if (column.name !== this.name) {
            throw new Error(`ColumnStats(${this.name}): got a batch of column \`${column.name}\``);
        }
        this.setType(column.type);
        this.rows += column.missing.length;
        if (column.type === 'string')
            this.observeStrings(column);
        else
            this.observeNumbers(column);
    }
    /** Counts `rows` rows of a batch that lacked this column, as nulls. */
    observeAbsent(rows) {
        this.rows += rows;
        this.nulls += rows;
    }
    /** Finite numeric values, for quantiles and drift (empty for string columns). */
    sample() {
        if (this.type === 'string' || this.type === null) {
            return { values: EMPTY_SAMPLE, exact: true, count: 0 };
        }
        if (!this.sampling)
            return this.sampleFromCounts();
        return { values: this.sampler.sortedValues(), exact: this.sampler.exact, count: this.sampler.count };
    }
    /**
     * From exact counts: every finite value when there are at most `sampleCap`, else `sampleCap`
     * values at evenly spaced ranks (rank error ≤ 1 / (2 · sampleCap), deterministic).
     */
    sampleFromCounts() {
        if (this.countedSample !== null)
            return this.countedSample;
        const { keys, counts, total } = this.finiteCounts();
        const size = Math.min(total, this.sampleCap);
        const values = new Float64Array(size);
        if (total <= this.sampleCap) {
            let at = 0;
            for (let i = 0; i < keys.length; i++)
                values.fill(keys[i], at, (at += counts[i]));
        }
        else {
            let key = 0;
            let below = counts[0];
            for (let j = 0; j < size; j++) {
                const rank = Math.floor(((j + 0.5) * total) / size);
                while (rank >= below)
                    below += counts[++key];
                values[j] = keys[key];
            }
        }
        this.countedSample = { values, exact: total <= this.sampleCap, count: total };
        return this.countedSample;
    }
    /** The finite distinct values in ascending order, their counts, and how many values in all. */
    finiteCounts() {
        const exact = this.numberDistinct?.counts() ?? null;
        if (exact === null)
            return { keys: new Float64Array(0), counts: new Float64Array(0), total: 0 };
        const order = [];
        for (let i = 0; i < exact.size; i++)
            if (exact.keys[i] - exact.keys[i] === 0)
                order.push(i);
        order.sort((a, b) => exact.keys[a] - exact.keys[b]);
        const keys = new Float64Array(order.length);
        const counts = new Float64Array(order.length);
        let total = 0;
        order.forEach((index, i) => {
            keys[i] = exact.keys[index];
            counts[i] = exact.counts[index];
            total += exact.counts[index];
        });
        return { keys, counts, total };
    }
    /**
     * Exact counts per value text (non-missing; numbers keyed by value, so 1 and 1.0 are one value,
     * spelled `String(value)`, bools "true"/"false", datetimes ISO 8601), in order of first appearance;
     * null once the column has more than `distinctCap` distinct values. Do not modify.
     */
    categories() {
        if (this.stringDistinct !== null)
            return this.stringDistinct.counts();
        if (this.numberDistinct === null)
            return new Map();
        const counts = this.numberDistinct.counts();
        if (counts === null)
            return null;
        const type = this.type;
        const map = new Map();
        for (let i = 0; i < counts.size; i++)
            map.set(numberText(counts.keys[i], type), counts.counts[i]);
        return map;
    }
    profile() {
        const type = this.type ?? 'string';
        const distinct = this.stringDistinct?.summary(this.topK) ??
            this.numberSummary() ?? {
            distinct: 0,
            distinctExact: true,
            mostCommon: [],
            mostCommonExact: true
        };
        const profile = {
            name: this.name,
            type,
            rows: this.rows,
            nulls: this.nulls,
            nan: this.nan,
            infinite: this.infinite,
            invalid: this.invalid,
            values: this.values,
            distinct: distinct.distinct,
            distinctExact: distinct.distinctExact,
            mostCommon: distinct.mostCommon.map(({ key, count }) => ({
                value: typeof key === 'string' ? key : numberText(key, type),
                count
            })),
            mostCommonExact: distinct.mostCommonExact
        };
        if (type === 'string') {
            if (this.values > 0) {
                profile.lengths = { min: this.lengthMin, max: this.lengthMax, mean: this.lengthSum / this.values };
            }
        }
        else if (this.moments.count > 0) {
            profile.numeric = this.numericProfile();
            if (type === 'datetime')
                profile.datetime = { min: isoDate(this.min), max: isoDate(this.max) };
        }
        return profile;
    }
    /** Past `distinctCap` the most common numbers are estimated from the quantile sample. */
    numberSummary() {
        const summary = this.numberDistinct?.summary(this.topK);
        if (summary === undefined || summary.mostCommonExact)
            return summary;
        const sample = this.sample();
        return { ...summary, mostCommon: sampledMostCommon(sample.values, sample.count, this.topK) };
    }
    numericProfile() {
        const qs = quantile/* PROFILE_QUANTILES */.XY.map(([, q]) => q);
        const values = this.sampling ? this.sampler.quantiles(qs) : this.countedQuantiles(qs);
        const quantiles = {};
        quantile/* PROFILE_QUANTILES */.XY.forEach(([key], i) => (quantiles[key] = values[i]));
        const sum = this.sum.value;
        return {
            min: this.min,
            max: this.max,
            mean: finiteOrNull(sum / this.moments.count),
            std: finiteOrNull(this.moments.std()),
            sum: finiteOrNull(sum),
            zeros: this.zeros,
            skewness: finiteOrNull(this.moments.skewness()),
            quantiles,
            quantilesExact: this.sampling ? this.sampler.exact : true
        };
    }
    /** numpy 'linear' quantiles of the exact multiset, read off the cumulative counts. */
    countedQuantiles(qs) {
        const { keys, counts, total } = this.finiteCounts();
        const cumulative = new Float64Array(keys.length);
        let running = 0;
        for (let i = 0; i < keys.length; i++)
            cumulative[i] = running += counts[i];
        const at = (index) => {
            // The value at 0-based position `index` of the sorted expansion.
            let lo = 0;
            let hi = keys.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (cumulative[mid] > index)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            return keys[lo];
        };
        // A read-only view of the sorted expansion, without expanding it: `quantile` reads two positions.
        const view = new Proxy({ length: total }, {
            get: (target, property) => typeof property === 'string' && /^\d+$/.test(property)
                ? at(Number(property))
                : Reflect.get(target, property)
        });
        return qs.map((q) => (0,quantile/* quantile */.YV)(view, q));
    }
    setType(type) {
        const previous = this.type;
        if (previous === type)
            return;
        if (previous === null) {
            this.type = type;
            if (type === 'string')
                this.stringDistinct = new StringDistinct(this.distinctCap);
            else
                this.numberDistinct = new NumberDistinct(this.distinctCap);
            return;
        }
        const numeric = (t) => t === 'int' || t === 'float';
        if (numeric(previous) && numeric(type)) {
            this.type = 'float';
            return;
        }
        if (previous === 'string' && this.values === 0 && this.nan === 0) {
            // Readers give a column that has had only nulls so far as text; its first values decide.
            this.type = null;
            this.stringDistinct = null;
            this.setType(type);
            return;
        }
        throw new Error(`ColumnStats(${this.name}): column type changed from ${previous} to ${type}`);
    }
    observeNumbers(column) {
        const { values, missing, invalid } = column;
        const counts = this.missingScratch;
        countMissing(missing, invalid, counts);
        this.nulls += counts.nulls;
        this.nan += counts.nan;
        this.invalid += counts.invalid;
        this.values += values.length - counts.nulls - counts.nan - counts.invalid;
        const scan = this.scanScratch;
        const sums = this.sumsScratch;
        // Power sums of the deviations from a shift near the batch mean (`Moments.mergeShifted`), in the
        // same pass as the scan: the previous batch's mean (the first batch: its first finite value); the
        // batch mean itself, in a second pass, for a batch whose mean is far from the guess (in standard
        // deviations), where the deviations' sums would cancel digits away.
        let shift = Number.isNaN(this.lastMean) ? firstFinite(values) : this.lastMean;
        scanFiniteShifted(values, shift, scan, sums);
        this.infinite += scan.infinite;
        if (scan.count > 0) {
            const mean = (scan.sum + scan.compensation) / scan.count;
            const e = sums.s1 / scan.count;
            if (!(e * e * scan.count <= FAR_SHIFT_SQUARED * (sums.s2 - sums.s1 * e))) {
                shift = mean;
                powerSums(values, mean, sums);
            }
            this.lastMean = mean;
            this.moments.mergeShifted(scan.count, shift, sums.s1, sums.s2, sums.s3);
            this.sum.add(scan.sum);
            this.sum.add(scan.compensation);
            if (scan.min < this.min)
                this.min = scan.min;
            if (scan.max > this.max)
                this.max = scan.max;
            this.zeros += scan.zeros;
        }
        const distinct = this.numberDistinct;
        const exactBefore = distinct.counts();
        const switched = distinct.addAll(values);
        this.countedSample = null;
        if (this.sampling)
            this.sampler.offer(values);
        else if (switched >= 0 && exactBefore !== null) {
            // The counts gave way during this batch: the sampler starts from the multiset counted so far
            // (this batch up to `switched` included) and goes on with the rest of the batch.
            this.sampling = true;
            this.sampler.offerCounts(exactBefore.keys, exactBefore.counts, exactBefore.size);
            this.sampler.offer(values.subarray(switched));
        }
    }
    observeStrings(column) {
        if (column.dictionary !== null) {
            this.observeCodes(column, column.dictionary);
            return;
        }
        const { values, missing } = column;
        const distinct = this.stringDistinct;
        let nulls = 0;
        let nan = 0;
        let min = this.lengthMin;
        let max = this.lengthMax;
        let total = 0;
        for (let i = 0; i < values.length; i++) {
            const m = missing[i];
            if (m !== VALUE) {
                if (m === column_stats_NULL)
                    nulls++;
                else
                    nan++;
                continue;
            }
            const text = values[i];
            const length = codePointLength(text);
            if (length < min)
                min = length;
            if (length > max)
                max = length;
            total += length;
            distinct.add(text);
        }
        this.addStringBatch(values.length, nulls, nan, min, max, total);
    }
    /** One string batch's counts and length statistics (`min`/`max` already include the earlier batches). */
    addStringBatch(rows, nulls, nan, min, max, total) {
        this.nulls += nulls;
        this.nan += nan;
        this.values += rows - nulls - nan;
        this.lengthMin = min;
        this.lengthMax = max;
        this.lengthSum += total;
    }
    /** `observeStrings` for a dictionary-coded batch: counts per code, then each distinct text once. */
    observeCodes(column, dictionary) {
        const counted = this.codeCounts;
        counted.count(column.missing, dictionary);
        const { texts } = dictionary;
        const distinct = this.stringDistinct;
        let min = this.lengthMin;
        let max = this.lengthMax;
        let total = 0;
        for (let j = 0; j < counted.distinct; j++) {
            const code = counted.code(j);
            const count = counted.countOf(code);
            const text = texts[code];
            const length = codePointLength(text);
            if (length < min)
                min = length;
            if (length > max)
                max = length;
            total += length * count;
            distinct.addCount(text, count);
        }
        this.addStringBatch(column.missing.length, counted.nulls, counted.nan, min, max, total);
    }
}

;// CONCATENATED MODULE: ./shared/stats/profile-set.ts

/**
 * One `ColumnStats` per column, fed batch by batch. A column that first appears in a later batch
 * (JSON Lines) was null in every earlier row; a known column a batch lacks is null in its rows.
 */
class ProfileSet {
    stats = new Map();
    rows = 0;
    observe(columns, rowCount) {
        for (const column of columns) {
            let profiler = this.stats.get(column.name);
            if (profiler === undefined) {
                profiler = new ColumnStats(column.name);
                if (this.rows > 0)
                    profiler.observeAbsent(this.rows);
                this.stats.set(column.name, profiler);
            }
            profiler.observe(column);
        }
        if (this.stats.size > columns.length) {
            const present = new Set(columns.map((column) => column.name));
            for (const [name, profiler] of this.stats)
                if (!present.has(name))
                    profiler.observeAbsent(rowCount);
        }
        this.rows += rowCount;
    }
}

;// CONCATENATED MODULE: ./shared/stats/profiler.ts


/** Profiles every column of a data set while it streams by. */
class Profiler {
    set = new ProfileSet();
    observe(batch) {
        this.set.observe(batch.columns, batch.rowCount);
    }
    /** The summaries of `columns` (a column no batch had, e.g. of a header-only file, gets an empty one). */
    finish(columns) {
        const found = new Map(this.set.stats);
        for (const name of columns)
            if (!found.has(name))
                found.set(name, new ColumnStats(name));
        return found;
    }
}

// EXTERNAL MODULE: ./shared/checks/catalogue.ts
var catalogue = __webpack_require__(24903);
// EXTERNAL MODULE: ./shared/data/missing.ts
var missing = __webpack_require__(54743);
;// CONCATENATED MODULE: ./shared/checks/values.ts


/** Parses an expectation bound: a number, or an ISO date/datetime for datetime columns (epoch ms). */
function parseBound(value, what) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string') {
        const trimmed = value.trim();
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed))
            return Number(trimmed);
        const time = parseIsoTime(trimmed);
        if (time !== undefined)
            return time;
    }
    throw new errors/* ConfigurationError */.j1(`${what}: expected a number or an ISO date, got ${JSON.stringify(value)}`);
}
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Epoch milliseconds of an ISO-8601 date/datetime (UTC when no offset), or undefined. */
function parseIsoTime(text) {
    if (!ISO.test(text))
        return undefined;
    let normalised = text.replace(' ', 'T');
    if (normalised.length === 10)
        normalised += 'T00:00:00Z';
    else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(normalised))
        normalised += 'Z';
    const time = Date.parse(normalised);
    return Number.isNaN(time) ? undefined : time;
}
/** A value of a value_set, matched against cells: numbers by value, everything by text. */
class ValueSet {
    values;
    numbers = new Set();
    texts = new Set();
    /** Membership by dictionary code for the last coded column seen: 1 in, 0 out (see `StringCodes`). */
    coded = null;
    constructor(values) {
        this.values = values;
        for (const value of values) {
            this.texts.add(String(value));
            if (typeof value === 'number')
                this.numbers.add(value);
            else if (typeof value === 'boolean')
                this.numbers.add(value ? 1 : 0);
            else {
                const trimmed = value.trim();
                if (trimmed !== '' && Number.isFinite(Number(trimmed)))
                    this.numbers.add(Number(trimmed));
                const time = parseIsoTime(trimmed);
                if (time !== undefined)
                    this.numbers.add(time);
                if (trimmed === 'true' || trimmed === 'True')
                    this.numbers.add(1);
                if (trimmed === 'false' || trimmed === 'False')
                    this.numbers.add(0);
            }
        }
    }
    /**
     * A test for one batch's column: is the (non-missing) cell in the set? By text for string columns;
     * dictionary-coded batches are better served once per code (`unexpectedRows`, `byCode`).
     */
    member(column) {
        if (column.type === 'string') {
            const values = column.values;
            return (row) => this.texts.has(values[row]);
        }
        const values = column.values;
        const invalid = column.invalid;
        return (row) => {
            if (invalid !== null && invalid[row] === 1)
                return this.texts.has(column.text(row));
            return this.numbers.has(values[row]) || this.texts.has(column.text(row));
        };
    }
    /**
     * The column map's loop: the rows of a batch whose non-missing cell is outside the set (`inSet`) or
     * inside it (not `inSet`), written to `out`; returns how many.
     */
    unexpectedRows(column, inSet, out) {
        const missing = column.missing;
        let n = 0;
        if (column.type === 'string' && column.dictionary !== null) {
            const { codes, texts } = column.dictionary;
            const member = this.byCode(texts);
            const unexpected = inSet ? 0 : 1;
            for (let row = 0; row < codes.length; row++) {
                if (missing[row] === types/* Missing */.JR.Value && member[codes[row]] === unexpected)
                    out[n++] = row;
            }
            return n;
        }
        const member = this.member(column);
        for (let row = 0; row < missing.length; row++) {
            if (missing[row] === types/* Missing */.JR.Value && member(row) !== inSet)
                out[n++] = row;
        }
        return n;
    }
    /** Per dictionary code of `texts`, 1 when its text is in the set: one lookup per distinct text. */
    byCode(texts) {
        let coded = this.coded;
        if (coded === null || coded.texts !== texts) {
            coded = { texts, member: new Uint8Array(Math.max(64, texts.length)), known: 0 };
            this.coded = coded;
        }
        if (coded.known < texts.length) {
            if (coded.member.length < texts.length) {
                const grown = new Uint8Array(Math.max(texts.length, 2 * coded.member.length));
                grown.set(coded.member);
                coded.member = grown;
            }
            for (let code = coded.known; code < texts.length; code++)
                coded.member[code] = this.texts.has(texts[code]) ? 1 : 0;
            coded.known = texts.length;
        }
        return coded.member;
    }
    /** Whether a value's text (as the profiler reports it) is in the set. */
    hasText(text) {
        if (this.texts.has(text))
            return true;
        const number = Number(text);
        return text.trim() !== '' && Number.isFinite(number) && this.numbers.has(number);
    }
    describe() {
        const shown = this.values.slice(0, 10).map((value) => String(value));
        return `{${shown.join(', ')}${this.values.length > 10 ? `, … ${this.values.length - 10} more` : ''}}`;
    }
}
/** The numeric value of a non-missing cell, parsing the text of string/invalid cells; NaN if none. */
function numberAt(column, row) {
    if (column.type !== 'string' && (column.invalid === null || column.invalid[row] !== 1))
        return column.values[row];
    const text = column.text(row).trim();
    if (text === '')
        return NaN;
    const number = Number(text);
    if (Number.isFinite(number) || /^[+-]?inf(inity)?$/i.test(text))
        return number;
    return parseIsoTime(text) ?? NaN;
}
/** Unicode code points, as Python's len(str) counts them. */
function values_codePointLength(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xd800 || code > 0xdbff)
            length++;
        else {
            const next = text.charCodeAt(i + 1);
            length++;
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
        }
    }
    return length;
}

;// CONCATENATED MODULE: ./shared/checks/column-map.ts





/** `unexpectedRows` from a test of one non-missing row, for the rules that need no faster loop. */
function byRow(column, out, test) {
    const missing = column.missing;
    let n = 0;
    for (let row = 0; row < missing.length; row++) {
        if (missing[row] === types/* Missing */.JR.Value && !test(row))
            out[n++] = row;
    }
    return n;
}
/** Every non-missing row, for a batch whose type already fails the rule. */
function everyValue(column, out) {
    return byRow(column, out, () => false);
}
/** Row indices of a batch's unexpected cells: one buffer for every evaluator, used within a call. */
let scratch = new Uint32Array(0);
function scratchRows(rows) {
    if (scratch.length < rows)
        scratch = new Uint32Array(rows);
    return scratch;
}
class ColumnMapEvaluator {
    expectation;
    id;
    column;
    rule;
    columns;
    elements = 0;
    missing = 0;
    unexpected = 0;
    examples;
    secondPass;
    constructor(expectation, id, column, rule, examples, 
    /** For rules that need the column's statistics first (z-scores): built between the passes. */
    prepare) {
        this.expectation = expectation;
        this.id = id;
        this.column = column;
        this.rule = rule;
        this.columns = [column];
        this.examples = new evaluator/* ExampleCollector */._4(examples);
        if (prepare !== undefined) {
            this.secondPass = {
                prepare,
                observe: (context) => {
                    this.count(context);
                }
            };
        }
    }
    observe(context) {
        if (this.secondPass === undefined)
            this.count(context);
    }
    count({ batch }) {
        const column = (0,evaluator/* columnOf */.uV)(batch, this.column);
        const rows = batch.rowCount;
        this.elements += rows;
        if (column === undefined) {
            this.missing += rows;
            if (this.rule.mode === 'not-null') {
                this.unexpected += rows;
                for (let row = 0; row < rows && !this.examples.full; row++)
                    this.examples.add(batch, row, '');
            }
            return;
        }
        const missingCount = (0,missing/* countMissing */.G)(column.missing);
        let unexpected;
        const examples = this.examples;
        if (this.rule.mode === 'values') {
            const out = scratchRows(rows);
            unexpected = this.rule.unexpectedRows(column, out);
            for (let i = 0; i < unexpected && !examples.full; i++)
                examples.add(batch, out[i], column.text(out[i]));
        }
        else {
            // not-null: the missing cells are unexpected; null: the others.
            const wantMissing = this.rule.mode === 'null';
            unexpected = wantMissing ? rows - missingCount : missingCount;
            const missing = column.missing;
            for (let row = 0; row < rows && unexpected > 0 && !examples.full; row++) {
                if ((missing[row] !== types/* Missing */.JR.Value) !== wantMissing)
                    examples.add(batch, row, column.text(row));
            }
        }
        this.missing += missingCount;
        this.unexpected += unexpected;
    }
    finish() {
        const nonNull = this.elements - this.missing;
        const denominator = this.rule.mode === 'values' ? nonNull : this.elements;
        const mostly = this.expectation.kwargs.mostly ?? 1;
        const success = denominator === 0 || (denominator - this.unexpected) / denominator >= mostly;
        const what = this.rule.mode === 'values' ? 'non-null values' : 'values';
        const mostlyNote = mostly < 1 ? ` (mostly ${mostly})` : '';
        const message = this.unexpected === 0
            ? `${this.column}: all ${what} ${this.rule.phrase}`
            : `${this.column}: ${(0,evaluator/* countPhrase */.Pl)(this.unexpected, denominator, what)} ${this.rule.failing ?? `not ${this.rule.phrase}`}${mostlyNote}`;
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success,
            message,
            observed: {
                element_count: this.elements,
                missing_count: this.missing,
                missing_percent: this.elements === 0 ? null : (100 * this.missing) / this.elements,
                unexpected_count: this.unexpected,
                unexpected_percent: denominator === 0 ? null : (100 * this.unexpected) / denominator
            },
            examples: this.examples.examples
        });
    }
}
/** The rule of a column map expectation (all but uniqueness, which lives in uniqueness.ts). */
function mapRule(expectation) {
    const k = expectation.kwargs;
    switch (expectation.name) {
        case 'expect_column_values_to_not_be_null':
            return { mode: 'not-null', phrase: 'non-null', failing: 'null', unexpectedRows: () => 0 };
        case 'expect_column_values_to_be_null':
            return { mode: 'null', phrase: 'null', failing: 'not null', unexpectedRows: () => 0 };
        case 'expect_column_values_to_be_of_type': {
            const type = k.type_;
            return {
                mode: 'values',
                phrase: `of type ${type}`,
                unexpectedRows: (column, out) => {
                    if (type === 'string')
                        return 0;
                    if (column.type === 'string')
                        return everyValue(column, out);
                    const invalid = column.invalid;
                    if (type === 'int') {
                        const values = column.values;
                        return byRow(column, out, (row) => (invalid === null || invalid[row] === 0) && Number.isInteger(values[row]));
                    }
                    if (column.type !== type && !(type === 'float' && column.type === 'int'))
                        return everyValue(column, out);
                    return invalid === null ? 0 : byRow(column, out, (row) => invalid[row] === 0);
                }
            };
        }
        case 'expect_column_values_to_be_between':
            return betweenRule(k);
        case 'expect_column_value_lengths_to_be_between': {
            const min = parseBound(k.min_value, 'min_value');
            const max = parseBound(k.max_value, 'max_value');
            return {
                mode: 'values',
                phrase: `of length ${rangePhrase(min, max, false, false)}`,
                unexpectedRows: (column, out) => byRow(column, out, (row) => {
                    const length = values_codePointLength(column.text(row));
                    return (min === undefined || length >= min) && (max === undefined || length <= max);
                })
            };
        }
        case 'expect_column_values_to_be_in_set':
        case 'expect_column_values_to_not_be_in_set': {
            const set = new ValueSet(k.value_set);
            const inSet = expectation.name === 'expect_column_values_to_be_in_set';
            return {
                mode: 'values',
                phrase: `${inSet ? 'in' : 'outside'} ${set.describe()}`,
                unexpectedRows: (column, out) => set.unexpectedRows(column, inSet, out)
            };
        }
        case 'expect_column_values_to_match_regex':
        case 'expect_column_values_to_not_match_regex': {
            const source = k.regex;
            let regex;
            try {
                regex = new RegExp(source, 'u');
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`${expectation.name}: invalid regex ${JSON.stringify(source)}: ${error.message}`);
            }
            const match = expectation.name === 'expect_column_values_to_match_regex';
            return {
                mode: 'values',
                phrase: `${match ? 'matching' : 'not matching'} /${source}/`,
                // re.search semantics, as Great Expectations: the pattern may match anywhere.
                unexpectedRows: (column, out) => byRow(column, out, (row) => regex.test(column.text(row)) === match)
            };
        }
        case 'expect_column_values_to_be_increasing':
        case 'expect_column_values_to_be_decreasing':
            return monotonicRule(expectation.name === 'expect_column_values_to_be_increasing', k.strictly === true);
        default:
            throw new Error(`not a column map expectation: ${expectation.name}`);
    }
}
function betweenRule(k) {
    const min = parseBound(k.min_value, 'min_value');
    const max = parseBound(k.max_value, 'max_value');
    const strictMin = k.strict_min === true;
    const strictMax = k.strict_max === true;
    const inRange = (value) => !Number.isNaN(value) &&
        (min === undefined || (strictMin ? value > min : value >= min)) &&
        (max === undefined || (strictMax ? value < max : value <= max));
    return {
        mode: 'values',
        phrase: rangePhrase(min, max, strictMin, strictMax, k.min_value, k.max_value),
        unexpectedRows: (column, out) => {
            if (column.type === 'string' || column.invalid !== null) {
                return byRow(column, out, (row) => inRange(numberAt(column, row)));
            }
            // A missing cell's value is NaN, out of any range: the missing test runs only for those.
            const { values, missing } = column;
            let n = 0;
            for (let row = 0; row < values.length; row++) {
                if (!inRange(values[row]) && missing[row] === types/* Missing */.JR.Value)
                    out[n++] = row;
            }
            return n;
        }
    };
}
/** "between 18 and 90", "≥ 0", "< 2024-01-01". */
function rangePhrase(min, max, strictMin, strictMax, rawMin, rawMax) {
    const show = (value, raw) => typeof raw === 'string' ? raw : (0,evaluator/* formatNumber */.ZV)(value);
    if (min !== undefined && max !== undefined && !strictMin && !strictMax) {
        return `between ${show(min, rawMin)} and ${show(max, rawMax)}`;
    }
    const parts = [];
    if (min !== undefined)
        parts.push(`${strictMin ? '>' : '≥'} ${show(min, rawMin)}`);
    if (max !== undefined)
        parts.push(`${strictMax ? '<' : '≤'} ${show(max, rawMax)}`);
    return parts.length === 0 ? 'unbounded' : parts.join(' and ');
}
/** Each non-null value against the previous non-null value (across batches and files). */
function monotonicRule(increasing, strictly) {
    let previousNumber;
    let previousText;
    const ordered = (diff) => (strictly ? diff > 0 : diff >= 0);
    return {
        mode: 'values',
        phrase: `${strictly ? 'strictly ' : ''}${increasing ? 'increasing' : 'decreasing'}`,
        unexpectedRows: (column, out) => {
            if (column.type === 'string') {
                const values = column.values;
                return byRow(column, out, (row) => {
                    const value = values[row];
                    const previous = previousText;
                    previousText = value;
                    if (previous === undefined)
                        return true;
                    const diff = value === previous ? 0 : value > previous ? 1 : -1;
                    return ordered(increasing ? diff : -diff);
                });
            }
            return byRow(column, out, (row) => {
                const value = numberAt(column, row);
                if (Number.isNaN(value))
                    return false;
                const previous = previousNumber;
                previousNumber = value;
                if (previous === undefined)
                    return true;
                return ordered(increasing ? value - previous : previous - value);
            });
        }
    };
}
/**
 * |z| < threshold (or z < threshold one-sided), with z = (x − mean) / std (ddof=1), the mean and std
 * of the whole column: Great Expectations' column.standard_deviation is pandas' std.
 */
function zScoreEvaluator(expectation, id, examples) {
    const k = expectation.kwargs;
    const column = k.column;
    const threshold = k.threshold;
    const doubleSided = k.double_sided !== false;
    let mean = NaN;
    let std = NaN;
    const rule = {
        mode: 'values',
        phrase: `with ${doubleSided ? '|z-score|' : 'z-score'} < ${threshold}`,
        unexpectedRows: (col, out) => byRow(col, out, (row) => {
            const value = numberAt(col, row);
            if (!Number.isFinite(value))
                return false;
            const z = (value - mean) / std;
            return doubleSided ? Math.abs(z) < threshold : z < threshold;
        })
    };
    return new ColumnMapEvaluator(expectation, id, column, rule, examples, (context) => {
        const numeric = context.profile(column).numeric;
        mean = numeric?.mean ?? NaN;
        std = numeric?.std ?? NaN;
    });
}

;// CONCATENATED MODULE: ./shared/checks/aggregate.ts






/**
 * Expectations on a statistic of the whole column, read from the column's profiler once the data
 * has been read (min, max, mean, median, stdev, sum, skew, zero proportion, quantiles, distinct
 * counts, most common value).
 */
class StatisticEvaluator {
    expectation;
    id;
    columns;
    constructor(expectation, id) {
        this.expectation = expectation;
        this.id = id;
        this.columns = [expectation.kwargs.column];
    }
    observe() {
        // Everything comes from the column's profiler.
    }
    finish(context) {
        const k = this.expectation.kwargs;
        const column = k.column;
        const stats = context.stats.get(column);
        const profile = context.profile(column);
        const numeric = profile.numeric;
        const name = this.expectation.name;
        if (name === 'expect_column_quantile_values_to_be_between') {
            const ranges = k.quantile_ranges;
            const sample = stats.sample();
            const failures = [];
            const observed = ranges.quantiles.map((q, index) => {
                const value = sample.values.length === 0 ? null : (0,quantile/* quantile */.YV)(sample.values, q);
                const [lo, hi] = ranges.value_ranges[index] ?? [null, null];
                const min = parseBound(lo, 'value_ranges');
                const max = parseBound(hi, 'value_ranges');
                const ok = value !== null && (min === undefined || value >= min) && (max === undefined || value <= max);
                if (!ok)
                    failures.push(`q${q} = ${(0,evaluator/* formatNumber */.ZV)(value)} not ${rangePhrase(min, max, false, false, lo, hi)}`);
                return value;
            });
            return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                success: failures.length === 0 && ranges.quantiles.length === ranges.value_ranges.length,
                message: ranges.quantiles.length !== ranges.value_ranges.length
                    ? `${column}: quantile_ranges has ${ranges.quantiles.length} quantiles but ${ranges.value_ranges.length} value ranges`
                    : failures.length === 0
                        ? `${column}: all quantiles within their ranges`
                        : `${column}: ${failures.join('; ')}`,
                observed: { observed_value: { quantiles: ranges.quantiles, values: observed }, exact: sample.exact }
            });
        }
        if (name === 'expect_column_most_common_value_to_be_in_set') {
            const set = new ValueSet(k.value_set);
            const top = profile.mostCommon[0]?.count;
            const modes = profile.mostCommon.filter((entry) => entry.count === top).map((entry) => entry.value);
            const inSet = modes.filter((mode) => set.hasText(mode)).length;
            // Great Expectations: with ties_okay any mode may be in the set; without, there must be one mode, in the set.
            const success = k.ties_okay === true ? inSet > 0 : modes.length === 1 && inSet === 1;
            return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                success,
                message: `${column}: most common value${modes.length > 1 ? 's' : ''} ${modes.map((mode) => (0,evaluator/* clip */.$Q)(mode, 40)).join(', ') || 'none'} ${success ? 'in' : 'not in'} ${set.describe()}`,
                observed: { observed_value: modes, exact: profile.mostCommonExact }
            });
        }
        const [observed, label, exact] = (() => {
            switch (name) {
                case 'expect_column_min_to_be_between':
                    return [numeric?.min ?? null, 'min', true];
                case 'expect_column_max_to_be_between':
                    return [numeric?.max ?? null, 'max', true];
                case 'expect_column_mean_to_be_between':
                    return [numeric?.mean ?? null, 'mean', true];
                case 'expect_column_median_to_be_between':
                    return [numeric?.quantiles['0.5'] ?? null, 'median', numeric?.quantilesExact ?? true];
                case 'expect_column_stdev_to_be_between':
                    return [numeric?.std ?? null, 'stdev', true];
                case 'expect_column_sum_to_be_between':
                    return [numeric?.sum ?? null, 'sum', true];
                case 'expect_column_skew_to_be_between':
                    return [numeric?.skewness ?? null, 'skew', true];
                case 'expect_column_proportion_of_zeros_to_be_between':
                    return [
                        numeric === undefined || profile.values === 0 ? null : numeric.zeros / profile.values,
                        'proportion of zeros',
                        true
                    ];
                case 'expect_column_proportion_of_unique_values_to_be_between':
                    return [
                        profile.values === 0 ? null : profile.distinct / profile.values,
                        'proportion of unique values',
                        profile.distinctExact
                    ];
                case 'expect_column_unique_value_count_to_be_between':
                    return [profile.distinct, 'unique value count', profile.distinctExact];
                default:
                    throw new Error(`not a statistic expectation: ${name}`);
            }
        })();
        const min = parseBound(k.min_value, 'min_value');
        const max = parseBound(k.max_value, 'max_value');
        const strictMin = k.strict_min === true;
        const strictMax = k.strict_max === true;
        const success = observed !== null &&
            (min === undefined || (strictMin ? observed > min : observed >= min)) &&
            (max === undefined || (strictMax ? observed < max : observed <= max));
        const range = rangePhrase(min, max, strictMin, strictMax, k.min_value, k.max_value);
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success,
            message: observed === null
                ? `${column}: ${label} is undefined (no numeric values); expected ${range}`
                : `${column}: ${label} ${(0,evaluator/* formatNumber */.ZV)(observed)} ${success ? 'is' : 'is not'} ${range}${exact ? '' : ' (approximate)'}`,
            observed: { observed_value: observed, exact }
        });
    }
}
/** Distinct values outside the set are counted exactly up to this many ("more than" after). */
const OUTSIDE_CAP = 100_000;
/** Of which the report names the first few. */
const OUTSIDE_SHOWN = 20;
/** distinct values in / contain / equal a set: exact, whatever the column's cardinality. */
class DistinctSetEvaluator {
    expectation;
    id;
    columns;
    set;
    elements;
    seen = new Set();
    /** The distinct texts outside the set, in order of first appearance, up to OUTSIDE_CAP. */
    outside = new Set();
    outsideOverflow = false;
    codeCounts = new CodeCounts();
    constructor(expectation, id) {
        this.expectation = expectation;
        this.id = id;
        this.columns = [expectation.kwargs.column];
        const values = expectation.kwargs.value_set;
        this.set = new ValueSet(values);
        this.elements = values.map((value) => [String(value), new ValueSet([value])]);
    }
    observe({ batch }) {
        const column = (0,evaluator/* columnOf */.uV)(batch, this.columns[0]);
        if (column === undefined)
            return;
        if (column.type === 'string' && column.dictionary !== null) {
            // Once per distinct text of the batch.
            const counted = this.codeCounts;
            counted.count(column.missing, column.dictionary);
            const { texts } = column.dictionary;
            const member = this.set.byCode(texts);
            for (let j = 0; j < counted.distinct; j++) {
                const code = counted.code(j);
                if (member[code] === 1)
                    this.sawMember(texts[code]);
                else
                    this.sawOutside(texts[code]);
            }
            return;
        }
        const member = this.set.member(column);
        for (let row = 0; row < batch.rowCount; row++) {
            if (column.missing[row] !== types/* Missing */.JR.Value)
                continue;
            if (member(row))
                this.sawMember(column.text(row));
            else
                this.sawOutside(column.text(row));
        }
    }
    sawMember(text) {
        if (this.seen.size === this.elements.length)
            return;
        for (const [element, single] of this.elements)
            if (single.hasText(text))
                this.seen.add(element);
    }
    sawOutside(text) {
        if (this.outside.has(text))
            return;
        if (this.outside.size < OUTSIDE_CAP)
            this.outside.add(text);
        else
            this.outsideOverflow = true;
    }
    finish() {
        const column = this.columns[0];
        const missingFromData = this.set.values.map(String).filter((value) => !this.seen.has(value));
        const extra = [...this.outside].slice(0, OUTSIDE_SHOWN).map((value) => (0,evaluator/* clip */.$Q)(value, 40));
        const outsideCount = this.outside.size;
        const wantIn = this.expectation.name !== 'expect_column_distinct_values_to_contain_set';
        const wantAll = this.expectation.name !== 'expect_column_distinct_values_to_be_in_set';
        const problems = [];
        if (wantIn && outsideCount > 0) {
            const how = this.outsideOverflow ? `more than ${(0,evaluator/* formatCount */.B4)(OUTSIDE_CAP)}` : String(outsideCount);
            problems.push(`${how} distinct value${outsideCount === 1 ? '' : 's'} outside the set (${extra.join(', ')}${outsideCount > extra.length ? ', …' : ''})`);
        }
        if (wantAll && missingFromData.length > 0)
            problems.push(`never seen: ${missingFromData.join(', ')}`);
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success: problems.length === 0,
            message: problems.length === 0
                ? `${column}: distinct values fit ${this.set.describe()}`
                : `${column}: ${problems.join('; ')}`,
            observed: {
                observed_value: {
                    outside_set: extra,
                    outside_set_count: outsideCount,
                    outside_set_count_exact: !this.outsideOverflow,
                    missing_from_data: missingFromData
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./shared/stats/co-moments.ts
/**
 * A mergeable accumulator of co-moments, for Pearson's correlation.
 */

/** Single pairs are buffered and summarised this many at a time (see `Moments`). */
const co_moments_PENDING = 256;
/**
 * Co-moments of paired finite values, for Pearson's correlation ("correlation between" expectations).
 * Mergeable like `Moments` (Pébay 2008 eq. 3.1).
 */
class CoMoments {
    n = 0;
    mx = 0;
    mxLo = 0;
    my = 0;
    myLo = 0;
    sxx = 0;
    syy = 0;
    sxy = 0;
    pendingX = new Float64Array(co_moments_PENDING);
    pendingY = new Float64Array(co_moments_PENDING);
    pendingCount = 0;
    static from(state) {
        const co = new CoMoments();
        co.merge(state);
        return co;
    }
    get count() {
        this.flush();
        return this.n;
    }
    get meanX() {
        this.flush();
        return this.mx;
    }
    get meanY() {
        this.flush();
        return this.my;
    }
    get meanXError() {
        this.flush();
        return this.mxLo;
    }
    get meanYError() {
        this.flush();
        return this.myLo;
    }
    /** Σ (x − x̄)² */
    get m2x() {
        this.flush();
        return this.sxx;
    }
    /** Σ (y − ȳ)² */
    get m2y() {
        this.flush();
        return this.syy;
    }
    /** Σ (x − x̄)(y − ȳ) */
    get cxy() {
        this.flush();
        return this.sxy;
    }
    /** Adds one pair of finite values (buffered, then summarised like `addAll`). */
    add(x, y) {
        this.pendingX[this.pendingCount] = x;
        this.pendingY[this.pendingCount++] = y;
        if (this.pendingCount === co_moments_PENDING)
            this.flush();
    }
    flush() {
        const count = this.pendingCount;
        if (count === 0)
            return;
        this.pendingCount = 0;
        this.addAll(this.pendingX.subarray(0, count), this.pendingY.subarray(0, count));
    }
    /**
     * Adds the pairs (xs[i], ys[i]) whose both sides are finite, summarised in two passes and merged.
     * @throws RangeError when the arrays differ in length.
     */
    addAll(xs, ys) {
        if (xs.length !== ys.length) {
            throw new RangeError(`CoMoments.addAll: ${xs.length} x values but ${ys.length} y values`);
        }
        const sx = new CompensatedSum();
        const sy = new CompensatedSum();
        let n = 0;
        for (let i = 0; i < xs.length; i++) {
            const x = xs[i];
            const y = ys[i];
            if (x - x === 0 && y - y === 0) {
                sx.add(x);
                sy.add(y);
                n++;
            }
        }
        if (n === 0)
            return;
        const meanX = sx.value / n;
        const meanY = sy.value / n;
        let sdx = 0;
        let sdy = 0;
        let m2x = 0;
        let m2y = 0;
        let cxy = 0;
        for (let i = 0; i < xs.length; i++) {
            const x = xs[i];
            const y = ys[i];
            if (x - x === 0 && y - y === 0) {
                const dx = x - meanX;
                const dy = y - meanY;
                sdx += dx;
                sdy += dy;
                m2x += dx * dx;
                m2y += dy * dy;
                cxy += dx * dy;
            }
        }
        // Corrected two-pass (see `Moments.addAll`): remove what the rounded means left in the sums.
        const ex = sdx / n;
        const ey = sdy / n;
        this.merge({
            count: n,
            meanX,
            meanXError: ex,
            meanY,
            meanYError: ey,
            m2x: Math.max(m2x - sdx * ex, 0),
            m2y: Math.max(m2y - sdy * ey, 0),
            cxy: cxy - sdx * ey
        });
    }
    merge(other) {
        const nb = other.count;
        if (nb === 0)
            return;
        this.flush();
        const na = this.n;
        if (na === 0) {
            this.n = nb;
            [this.mx, this.mxLo] = addToSplit(other.meanX, 0, other.meanXError ?? 0);
            [this.my, this.myLo] = addToSplit(other.meanY, 0, other.meanYError ?? 0);
            this.sxx = other.m2x;
            this.syy = other.m2y;
            this.sxy = other.cxy;
            return;
        }
        const n = na + nb;
        const dx = other.meanX - this.mx + ((other.meanXError ?? 0) - this.mxLo);
        const dy = other.meanY - this.my + ((other.meanYError ?? 0) - this.myLo);
        const f = (na * nb) / n;
        this.sxx += other.m2x + dx * dx * f;
        this.syy += other.m2y + dy * dy * f;
        this.sxy += other.cxy + dx * dy * f;
        [this.mx, this.mxLo] = addToSplit(this.mx, this.mxLo, (dx * nb) / n);
        [this.my, this.myLo] = addToSplit(this.my, this.myLo, (dy * nb) / n);
        this.n = n;
    }
    /**
     * Pearson's r as pandas `Series.corr()` (numpy `corrcoef`: cov / (σx·σy), clipped to [−1, 1]); null
     * with fewer than 2 pairs or a constant side, where numpy returns NaN.
     */
    correlation() {
        this.flush();
        if (this.n < 2 || this.sxx <= 0 || this.syy <= 0)
            return null;
        const r = this.sxy / Math.sqrt(this.sxx) / Math.sqrt(this.syy);
        return Math.min(1, Math.max(-1, r));
    }
    toJSON() {
        this.flush();
        return {
            count: this.n,
            meanX: this.mx,
            meanXError: this.mxLo,
            meanY: this.my,
            meanYError: this.myLo,
            m2x: this.sxx,
            m2y: this.syy,
            cxy: this.sxy
        };
    }
}

;// CONCATENATED MODULE: ./shared/checks/pairs.ts





/**
 * column_A > column_B (or ≥) and column_A == column_B, row by row. Rows are skipped per
 * `ignore_row_if` (Great Expectations' default: both values missing); a row with one value missing
 * is then unexpected, as it is in Great Expectations.
 */
class PairEvaluator {
    expectation;
    id;
    columns;
    elements = 0;
    skipped = 0;
    unexpected = 0;
    examples;
    constructor(expectation, id, examples) {
        this.expectation = expectation;
        this.id = id;
        this.columns = [expectation.kwargs.column_A, expectation.kwargs.column_B];
        this.examples = new evaluator/* ExampleCollector */._4(examples);
    }
    observe({ batch }) {
        const a = (0,evaluator/* columnOf */.uV)(batch, this.columns[0]);
        const b = (0,evaluator/* columnOf */.uV)(batch, this.columns[1]);
        const k = this.expectation.kwargs;
        const ignore = k.ignore_row_if ?? 'both_values_are_missing';
        const greater = this.expectation.name === 'expect_column_pair_values_A_to_be_greater_than_B';
        const orEqual = k.or_equal === true;
        this.elements += batch.rowCount;
        for (let row = 0; row < batch.rowCount; row++) {
            const aMissing = a === undefined || a.missing[row] !== types/* Missing */.JR.Value;
            const bMissing = b === undefined || b.missing[row] !== types/* Missing */.JR.Value;
            if ((ignore === 'both_values_are_missing' && aMissing && bMissing) ||
                (ignore === 'either_value_is_missing' && (aMissing || bMissing))) {
                this.skipped++;
                continue;
            }
            let ok;
            if (aMissing || bMissing)
                ok = false;
            else if (greater) {
                const x = numberAt(a, row);
                const y = numberAt(b, row);
                ok = orEqual ? x >= y : x > y;
            }
            else if (a.type === 'string' || b.type === 'string')
                ok = a.text(row) === b.text(row);
            else
                ok = numberAt(a, row) === numberAt(b, row);
            if (!ok) {
                this.unexpected++;
                if (!this.examples.full) {
                    this.examples.add(batch, row, `${a?.text(row) ?? ''} vs ${b?.text(row) ?? ''}`);
                }
            }
        }
    }
    finish() {
        const considered = this.elements - this.skipped;
        const mostly = this.expectation.kwargs.mostly ?? 1;
        const success = considered === 0 || (considered - this.unexpected) / considered >= mostly;
        const [a, b] = this.columns;
        const relation = this.expectation.name === 'expect_column_pair_values_to_be_equal'
            ? '=='
            : this.expectation.kwargs.or_equal === true
                ? '≥'
                : '>';
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success,
            message: this.unexpected === 0
                ? `${a} ${relation} ${b} on all ${considered} rows`
                : `${a} ${relation} ${b}: ${(0,evaluator/* countPhrase */.Pl)(this.unexpected, considered, 'rows')} fail`,
            observed: {
                element_count: this.elements,
                missing_count: this.skipped,
                unexpected_count: this.unexpected,
                unexpected_percent: considered === 0 ? null : (100 * this.unexpected) / considered
            },
            examples: this.examples.examples
        });
    }
}
/** Pearson's r over the rows where both values are present and finite (pandas' pairwise `corr`). */
class CorrelationEvaluator {
    expectation;
    id;
    columns;
    moments = new CoMoments();
    xs = new Float64Array(0);
    ys = new Float64Array(0);
    constructor(expectation, id) {
        this.expectation = expectation;
        this.id = id;
        this.columns = [expectation.kwargs.column_A, expectation.kwargs.column_B];
    }
    observe({ batch }) {
        const a = (0,evaluator/* columnOf */.uV)(batch, this.columns[0]);
        const b = (0,evaluator/* columnOf */.uV)(batch, this.columns[1]);
        if (a === undefined || b === undefined)
            return;
        if (this.xs.length < batch.rowCount) {
            this.xs = new Float64Array(batch.rowCount);
            this.ys = new Float64Array(batch.rowCount);
        }
        const xs = this.xs.subarray(0, batch.rowCount);
        const ys = this.ys.subarray(0, batch.rowCount);
        for (let row = 0; row < batch.rowCount; row++) {
            xs[row] = a.missing[row] === types/* Missing */.JR.Value ? numberAt(a, row) : NaN;
            ys[row] = b.missing[row] === types/* Missing */.JR.Value ? numberAt(b, row) : NaN;
        }
        this.moments.addAll(xs, ys);
    }
    finish() {
        const k = this.expectation.kwargs;
        const r = this.moments.correlation();
        const min = parseBound(k.min_value, 'min_value');
        const max = parseBound(k.max_value, 'max_value');
        const strictMin = k.strict_min === true;
        const strictMax = k.strict_max === true;
        const success = r !== null &&
            (min === undefined || (strictMin ? r > min : r >= min)) &&
            (max === undefined || (strictMax ? r < max : r <= max));
        const range = rangePhrase(min, max, strictMin, strictMax);
        const [a, b] = this.columns;
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success,
            message: r === null
                ? `correlation of ${a} and ${b} is undefined (fewer than 2 paired values or zero variance); expected ${range}`
                : `correlation of ${a} and ${b} is ${(0,evaluator/* formatNumber */.ZV)(r)}, ${success ? '' : 'not '}${range}`,
            observed: { observed_value: r, pairs: this.moments.count }
        });
    }
}

;// CONCATENATED MODULE: ./shared/checks/table.ts



/** Expectations on the table's shape: row and column counts, the column names. */
class TableEvaluator {
    expectation;
    id;
    columns = [];
    constructor(expectation, id) {
        this.expectation = expectation;
        this.id = id;
    }
    observe() {
        // Decided from the row count and the schema.
    }
    finish(context) {
        const k = this.expectation.kwargs;
        const names = context.schema.map((column) => column.name);
        const count = (observed, noun) => {
            const exact = k.value;
            const min = exact ?? parseBound(k.min_value, 'min_value');
            const max = exact ?? parseBound(k.max_value, 'max_value');
            const success = (min === undefined || observed >= min) && (max === undefined || observed <= max);
            const range = exact === undefined ? rangePhrase(min, max, false, false) : `exactly ${(0,evaluator/* formatCount */.B4)(exact)}`;
            return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                success,
                message: `${noun} ${(0,evaluator/* formatCount */.B4)(observed)} ${success ? 'is' : 'is not'} ${range}`,
                observed: { observed_value: observed }
            });
        };
        switch (this.expectation.name) {
            case 'expect_table_row_count_to_be_between':
            case 'expect_table_row_count_to_equal':
                return count(context.rows, 'row count');
            case 'expect_table_column_count_to_be_between':
            case 'expect_table_column_count_to_equal':
                return count(names.length, 'column count');
            case 'expect_column_to_exist': {
                const column = k.column;
                const success = names.includes(column);
                return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                    success,
                    message: success
                        ? `column ${column} exists`
                        : `column ${column} is missing (columns: ${names.join(', ')})`,
                    observed: { observed_value: names }
                });
            }
            case 'expect_table_columns_to_match_set': {
                const wanted = k.column_set;
                const missing = wanted.filter((name) => !names.includes(name));
                const extra = k.exact_match === false ? [] : names.filter((name) => !wanted.includes(name));
                const problems = [
                    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
                    ...(extra.length > 0 ? [`unexpected ${extra.join(', ')}`] : [])
                ];
                return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                    success: problems.length === 0,
                    message: problems.length === 0
                        ? 'columns match the set'
                        : `columns do not match the set: ${problems.join('; ')}`,
                    observed: { observed_value: names, details: { mismatched: { missing, unexpected: extra } } }
                });
            }
            case 'expect_table_columns_to_match_ordered_list': {
                const wanted = k.column_list;
                const first = Math.max(wanted.length, names.length);
                let at = -1;
                for (let index = 0; index < first; index++) {
                    if (wanted[index] !== names[index]) {
                        at = index;
                        break;
                    }
                }
                return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
                    success: at === -1,
                    message: at === -1
                        ? 'columns match the ordered list'
                        : `column ${at + 1} is ${names[at] ?? 'absent'}, expected ${wanted[at] ?? 'no column'}`,
                    observed: { observed_value: names }
                });
            }
            default:
                throw new Error(`not a table expectation: ${this.expectation.name}`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/stats/duplicates.ts
/**
 * Exact duplicate detection in bounded memory, for `expect_column_values_to_be_unique`,
 * `expect_compound_columns_to_be_unique` and "no duplicate rows".
 *
 * Great Expectations' semantics: every row whose key occurs more than once is unexpected, the first
 * occurrence included (pandas `Series.duplicated(keep=False)`). Rows are 64-bit keys from
 * `shared/stats/hash.ts` plus a payload the caller packs (e.g. file index and line number), reported
 * for the first few duplicated rows.
 *
 * Up to `memoryRecords` rows stay in memory (16 bytes each). Past that, the buffer is partitioned
 * by the key's top 6 bits and appended to 64 files in a fresh temporary directory; `finish` then
 * takes one partition at a time, and a partition still larger than `memoryRecords` is split again on
 * the next bits (a key repeated more often than fits is recognised and counted by streaming).
 * Grouping equal keys is an in-place MSD radix sort (American flag sort), so no step needs more than
 * the buffer itself plus a 1 MiB staging area. The keys' spread only affects speed, never results.
 *
 * Measured on the 2-core CI machine: 2M rows added in 64K batches and finished in ~0.13 s in memory,
 * ~0.16 s when spilling 1M rows at a time.
 */



// Module-scope aliases for the hot paths: see `imul` in ./hash.ts (global lookups are slow in vm
// contexts such as jest's).
const { ceil: duplicates_ceil, log2, max: duplicates_max, min: duplicates_min } = Math;
const MAX_PAYLOAD = Number.MAX_SAFE_INTEGER;
/** Rows held in memory by default: 4 MiB. */
const DEFAULT_MEMORY_RECORDS = 262_144;
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
const RECORD_BYTES = 16;
const STAGE_RECORDS = 65_536;
/** Ranges this small are sorted by insertion; larger ones by another radix pass. */
const INSERTION_MAX = 48;
/** Rows whose 16 bytes fit in a typical L2 cache (2 MiB). */
const CACHED_RECORDS = 1 << 17;
const INITIAL_CAPACITY = 65_536;
/** Bits `[pos, pos + bits)` of the 64-bit key, counting from the most significant bit (bits ≤ 24). */
function digitAt(hi, lo, pos, bits) {
    const end = pos + bits;
    if (end <= 32)
        return (hi >>> (32 - end)) & ((1 << bits) - 1);
    if (pos >= 32)
        return (lo >>> (64 - end)) & ((1 << bits) - 1);
    return ((hi & ((1 << (32 - pos)) - 1)) << (end - 32)) | (lo >>> (64 - end));
}
/** Rows in structure-of-arrays form: key halves and payload. */
class Records {
    hi;
    lo;
    payload;
    constructor(capacity) {
        this.hi = new Uint32Array(capacity);
        this.lo = new Uint32Array(capacity);
        this.payload = new Float64Array(capacity);
    }
    get capacity() {
        return this.hi.length;
    }
    grow(capacity, used) {
        const hi = new Uint32Array(capacity);
        const lo = new Uint32Array(capacity);
        const payload = new Float64Array(capacity);
        hi.set(this.hi.subarray(0, used));
        lo.set(this.lo.subarray(0, used));
        payload.set(this.payload.subarray(0, used));
        this.hi = hi;
        this.lo = lo;
        this.payload = payload;
    }
}
/**
 * Permutes `records[start..end)` in place so that the digit at `pos` ascends (American flag sort,
 * McIlroy, Bostic & McIlroy 1993), then sorts each bucket the same way on the next digit. Returns
 * with the range sorted by key from bit `pos` on (the bits above `pos` are equal within the range).
 */
function sortByKey(records, start, end, pos) {
    const size = end - start;
    if (size <= INSERTION_MAX) {
        insertionSort(records, start, end);
        return;
    }
    if (pos >= 64)
        return; // every bit is equal: one key
    // Digits sized for ~16 rows per bucket, but at most 8 bits while the range is larger than the CPU
    // caches: 256 buckets keep the pass's write positions in cache, which beats fewer passes with wider
    // digits (measured on 2M rows: ~120 ms with 8-bit passes, ~170 ms with 12-bit ones).
    const widest = size > CACHED_RECORDS ? 8 : 12;
    const bits = duplicates_min(64 - pos, widest, duplicates_max(1, duplicates_ceil(log2(size / 16))));
    const ends = flagPass(records, start, end, pos, bits);
    const buckets = ends.length;
    let bucketStart = start;
    for (let b = 0; b < buckets; b++) {
        const bucketEnd = ends[b];
        if (bucketEnd - bucketStart > 1)
            sortByKey(records, bucketStart, bucketEnd, pos + bits);
        bucketStart = bucketEnd;
    }
}
function insertionSort(records, start, end) {
    const { hi, lo, payload } = records;
    for (let i = start + 1; i < end; i++) {
        const h = hi[i];
        const l = lo[i];
        const p = payload[i];
        let j = i - 1;
        while (j >= start && (hi[j] > h || (hi[j] === h && lo[j] > l))) {
            hi[j + 1] = hi[j];
            lo[j + 1] = lo[j];
            payload[j + 1] = payload[j];
            j--;
        }
        hi[j + 1] = h;
        lo[j + 1] = l;
        payload[j + 1] = p;
    }
}
/** Counts and the `k` smallest duplicated payloads (a max-heap on payload), across partitions. */
class Tally {
    k;
    unexpectedRows = 0;
    distinctKeys = 0;
    duplicateKeys = 0;
    heapPayload;
    heapOccurrences;
    size = 0;
    constructor(k) {
        this.k = k;
        this.heapPayload = new Float64Array(k);
        this.heapOccurrences = new Float64Array(k);
    }
    /** One key with `occurrences` rows whose payloads are `payload[start..start+occurrences)`. */
    key(occurrences, payload, start) {
        this.distinctKeys++;
        if (occurrences < 2)
            return;
        this.duplicateKeys++;
        this.unexpectedRows += occurrences;
        for (let i = start; i < start + occurrences; i++)
            this.offer(payload[i], occurrences);
    }
    offer(payload, occurrences) {
        const heap = this.heapPayload;
        if (this.size < this.k) {
            let i = this.size++;
            while (i > 0) {
                const parent = (i - 1) >> 1;
                if (heap[parent] >= payload)
                    break;
                heap[i] = heap[parent];
                this.heapOccurrences[i] = this.heapOccurrences[parent];
                i = parent;
            }
            heap[i] = payload;
            this.heapOccurrences[i] = occurrences;
        }
        else if (this.k > 0 && payload < heap[0]) {
            let i = 0;
            for (;;) {
                const left = 2 * i + 1;
                if (left >= this.k)
                    break;
                const right = left + 1;
                const child = right < this.k && heap[right] > heap[left] ? right : left;
                if (heap[child] <= payload)
                    break;
                heap[i] = heap[child];
                this.heapOccurrences[i] = this.heapOccurrences[child];
                i = child;
            }
            heap[i] = payload;
            this.heapOccurrences[i] = occurrences;
        }
    }
    summary() {
        const examples = [];
        for (let i = 0; i < this.size; i++) {
            examples.push({ payload: this.heapPayload[i], occurrences: this.heapOccurrences[i] });
        }
        examples.sort((a, b) => a.payload - b.payload);
        return {
            unexpectedRows: this.unexpectedRows,
            distinctKeys: this.distinctKeys,
            duplicateKeys: this.duplicateKeys,
            examples
        };
    }
}
/** Sorts `records[0..count)` (whose keys agree above bit `pos`) and tallies its runs of equal keys. */
function tallySorted(records, count, pos, tally) {
    sortByKey(records, 0, count, pos);
    const { hi, lo, payload } = records;
    let i = 0;
    while (i < count) {
        const h = hi[i];
        const l = lo[i];
        let j = i + 1;
        while (j < count && hi[j] === h && lo[j] === l)
            j++;
        tally.key(j - i, payload, i);
        i = j;
    }
}
/** Interleaved 16-byte records (hi, lo, payload) for partition files, through two views. */
class Stage {
    bytes;
    words;
    floats;
    constructor() {
        const buffer = new ArrayBuffer(STAGE_RECORDS * RECORD_BYTES);
        this.bytes = Buffer.from(buffer);
        this.words = new Uint32Array(buffer);
        this.floats = new Float64Array(buffer);
    }
}
/**
 * Finds exact duplicates among 64-bit keys in bounded memory. Add every row (`add`/`addMany`), then
 * `finish` once. Call `dispose` instead of `finish` to abandon the work and remove temporary files.
 */
class DuplicateFinder {
    memoryRecords;
    tmpDir;
    tally;
    records;
    count = 0;
    dir;
    stage;
    state = 'adding';
    constructor(options = {}) {
        const memoryRecords = options.memoryRecords ?? DEFAULT_MEMORY_RECORDS;
        const examples = options.examples ?? 20;
        if (!Number.isSafeInteger(memoryRecords) || memoryRecords < 1) {
            throw new RangeError(`DuplicateFinder: memoryRecords must be a positive integer, got ${memoryRecords}`);
        }
        if (!Number.isSafeInteger(examples) || examples < 0) {
            throw new RangeError(`DuplicateFinder: examples must be a non-negative integer, got ${examples}`);
        }
        this.memoryRecords = memoryRecords;
        this.tmpDir = options.tmpDir ?? (0,external_node_os_.tmpdir)();
        this.tally = new Tally(examples);
        this.records = new Records(Math.min(memoryRecords, INITIAL_CAPACITY));
    }
    /**
     * One row's key (two uint32 halves of a 64-bit key, see `shared/stats/hash.ts`) and a payload: a
     * non-negative safe integer the caller packs, e.g. `fileIndex * 2 ** 32 + line`.
     */
    add(hi, lo, payload) {
        this.assertAdding();
        if (!(payload >= 0 && payload <= MAX_PAYLOAD))
            badPayload(payload);
        if (this.count === this.records.capacity)
            this.makeRoom();
        const i = this.count++;
        this.records.hi[i] = hi;
        this.records.lo[i] = lo;
        this.records.payload[i] = payload;
    }
    /** Adds rows `0..count)` of the arrays at once (the fast path). */
    addMany(hi, lo, payload, count) {
        this.assertAdding();
        if (!Number.isSafeInteger(count) ||
            count < 0 ||
            count > hi.length ||
            count > lo.length ||
            count > payload.length) {
            throw new RangeError(`DuplicateFinder.addMany: count ${count} exceeds the arrays (lengths ${hi.length}, ${lo.length}, ${payload.length})`);
        }
        for (let i = 0; i < count; i++) {
            const p = payload[i];
            if (!(p >= 0 && p <= MAX_PAYLOAD))
                badPayload(p);
        }
        let done = 0;
        while (done < count) {
            if (this.count === this.records.capacity)
                this.makeRoom();
            const take = Math.min(count - done, this.records.capacity - this.count);
            this.records.hi.set(hi.subarray(done, done + take), this.count);
            this.records.lo.set(lo.subarray(done, done + take), this.count);
            this.records.payload.set(payload.subarray(done, done + take), this.count);
            this.count += take;
            done += take;
        }
    }
    /** Counts the duplicates, removes the temporary files, and forbids further use. */
    async finish() {
        this.assertAdding();
        this.state = 'finishing';
        try {
            if (this.dir === undefined) {
                tallySorted(this.records, this.count, 0, this.tally);
            }
            else {
                this.spill(0, this.count, 0, PARTITION_BITS, (0,external_node_path_.join)(this.dir, 'p'));
                this.count = 0;
                for (let p = 0; p < PARTITIONS; p++) {
                    // File I/O here is synchronous: partitions are read whole and sorted at once, and many
                    // small files (a deep split) cost a thread-pool round trip per call otherwise. Yield
                    // between partitions so that a long finish does not starve the event loop.
                    this.processPartition((0,external_node_path_.join)(this.dir, `p${p}`), PARTITION_BITS);
                    await new Promise((resolve) => setImmediate(resolve));
                }
            }
            return this.tally.summary();
        }
        finally {
            this.dispose();
        }
    }
    /** Abandons the work: removes the temporary files (if any) and forbids further use. */
    dispose() {
        this.state = 'done';
        this.records = new Records(0);
        this.stage = undefined;
        if (this.dir !== undefined)
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
    /** The temporary directory while rows are spilled (for tests and diagnostics). */
    get spillDirectory() {
        return this.dir;
    }
    staging() {
        return (this.stage ??= new Stage());
    }
    assertAdding() {
        if (this.state !== 'adding')
            throw new Error('DuplicateFinder: already finished');
    }
    /** The buffer is full: grow it up to `memoryRecords`, else spill it to the partition files. */
    makeRoom() {
        const capacity = this.records.capacity;
        if (capacity < this.memoryRecords) {
            this.records.grow(Math.min(this.memoryRecords, capacity * 2), this.count);
            return;
        }
        this.dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.tmpDir, 'mlgate-duplicates-'));
        this.spill(0, this.count, 0, PARTITION_BITS, (0,external_node_path_.join)(this.dir, 'p'));
        this.count = 0;
    }
    /**
     * Groups `records[start..end)` by the `bits`-bit digit at `pos` and appends each group to the file
     * `${prefix}${digit}`.
     */
    spill(start, end, pos, bits, prefix) {
        const { hi, lo, payload } = this.records;
        // One radix pass groups the rows by partition; sorting within a partition waits for `finish`.
        const ends = flagPass(this.records, start, end, pos, bits);
        const stage = this.staging();
        let offset = start;
        for (let p = 0; p < ends.length; p++) {
            const count = ends[p] - offset;
            if (count === 0)
                continue;
            const fd = (0,external_node_fs_.openSync)(`${prefix}${p}`, 'a');
            try {
                for (let done = 0; done < count;) {
                    const take = Math.min(STAGE_RECORDS, count - done);
                    for (let k = 0; k < take; k++) {
                        const i = offset + done + k;
                        stage.words[4 * k] = hi[i];
                        stage.words[4 * k + 1] = lo[i];
                        stage.floats[2 * k + 1] = payload[i];
                    }
                    writeAll(fd, stage.bytes, take * RECORD_BYTES);
                    done += take;
                }
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            offset += count;
        }
    }
    /**
     * Tallies one partition file (whose keys agree on their first `pos` bits), then deletes it. The
     * buffer has its full `memoryRecords` capacity here: rows are spilled only from a full buffer.
     */
    processPartition(path, pos) {
        let size;
        try {
            size = (0,external_node_fs_.statSync)(path).size;
        }
        catch {
            return; // no row fell in this partition
        }
        const rows = size / RECORD_BYTES;
        if (rows <= this.memoryRecords) {
            const { hi, lo, payload } = this.records;
            readRecords(path, this.staging(), (stage, offset, take) => {
                for (let k = 0; k < take; k++) {
                    hi[offset + k] = stage.words[4 * k];
                    lo[offset + k] = stage.words[4 * k + 1];
                    payload[offset + k] = stage.floats[2 * k + 1];
                }
            });
            tallySorted(this.records, rows, pos, this.tally);
        }
        else if (pos >= 64 || this.isSingleKey(path)) {
            this.tallySingleKey(path, rows);
        }
        else {
            // Too large for memory: split it again on the next bits, into just enough parts (with room
            // to spare for uneven spread) to fit, streaming it through the buffer.
            const bits = Math.min(PARTITION_BITS, 64 - pos, Math.ceil(Math.log2(rows / this.memoryRecords)) + 1);
            const prefix = `${path}-`;
            let filled = 0;
            readRecords(path, this.staging(), (stage, _offset, take) => {
                for (let k = 0; k < take; k++) {
                    if (filled === this.records.capacity) {
                        this.spill(0, filled, pos, bits, prefix);
                        filled = 0;
                    }
                    this.records.hi[filled] = stage.words[4 * k];
                    this.records.lo[filled] = stage.words[4 * k + 1];
                    this.records.payload[filled] = stage.floats[2 * k + 1];
                    filled++;
                }
            });
            this.spill(0, filled, pos, bits, prefix);
            (0,external_node_fs_.unlinkSync)(path);
            for (let p = 0; p < 1 << bits; p++)
                this.processPartition(`${prefix}${p}`, pos + bits);
            return;
        }
        (0,external_node_fs_.unlinkSync)(path);
    }
    isSingleKey(path) {
        let first = true;
        let h = 0;
        let l = 0;
        let single = true;
        readRecords(path, this.staging(), (stage, _offset, take) => {
            for (let k = 0; k < take && single; k++) {
                const hk = stage.words[4 * k];
                const lk = stage.words[4 * k + 1];
                if (first) {
                    h = hk;
                    l = lk;
                    first = false;
                }
                else if (hk !== h || lk !== l) {
                    single = false;
                }
            }
            return single;
        });
        return single;
    }
    /** A partition whose rows all share one key (possibly more rows than fit in memory). */
    tallySingleKey(path, rows) {
        this.tally.distinctKeys++;
        if (rows >= 2) {
            this.tally.duplicateKeys++;
            this.tally.unexpectedRows += rows;
            readRecords(path, this.staging(), (stage, _offset, take) => {
                for (let k = 0; k < take; k++)
                    this.tally.offer(stage.floats[2 * k + 1], rows);
            });
        }
    }
}
/**
 * Calls `onChunk` with consecutive chunks of a partition file's records, staged in `stage`
 * (`offset` = index of the chunk's first record). `onChunk` may return false to stop early.
 */
function readRecords(path, stage, onChunk) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let offset = 0;
        for (;;) {
            let filled = 0;
            while (filled < stage.bytes.length) {
                const bytesRead = (0,external_node_fs_.readSync)(fd, stage.bytes, filled, stage.bytes.length - filled, null);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            if (filled % RECORD_BYTES !== 0)
                throw new Error(`DuplicateFinder: truncated spill file ${path}`);
            const take = filled / RECORD_BYTES;
            if (take === 0 || onChunk(stage, offset, take) === false || filled < stage.bytes.length)
                return;
            offset += take;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * One American-flag pass (McIlroy, Bostic & McIlroy 1993): permutes `records[start..end)` in place
 * so that the `bits`-bit digit at `pos` ascends. Returns where each digit's bucket ends.
 */
function flagPass(records, start, end, pos, bits) {
    const { hi, lo, payload } = records;
    const buckets = 1 << bits;
    const next = new Int32Array(buckets);
    const ends = new Int32Array(buckets);
    for (let i = start; i < end; i++)
        ends[digitAt(hi[i], lo[i], pos, bits)]++;
    let offset = start;
    for (let b = 0; b < buckets; b++) {
        next[b] = offset;
        offset += ends[b];
        ends[b] = offset;
    }
    for (let b = 0; b < buckets; b++) {
        const bucketEnd = ends[b];
        while (next[b] < bucketEnd) {
            // Carry the row at next[b] to its bucket, picking up the row it displaces, until a row of
            // bucket b comes back into hand; it fills the hole at next[b].
            const slot = next[b];
            let h = hi[slot];
            let l = lo[slot];
            let p = payload[slot];
            let d = digitAt(h, l, pos, bits);
            while (d !== b) {
                const j = next[d]++;
                const h2 = hi[j];
                const l2 = lo[j];
                const p2 = payload[j];
                hi[j] = h;
                lo[j] = l;
                payload[j] = p;
                h = h2;
                l = l2;
                p = p2;
                d = digitAt(h, l, pos, bits);
            }
            hi[slot] = h;
            lo[slot] = l;
            payload[slot] = p;
            next[b] = slot + 1;
        }
    }
    return ends;
}
function badPayload(payload) {
    throw new RangeError(`DuplicateFinder: payload must be a non-negative safe integer, got ${payload}`);
}
function writeAll(fd, bytes, length) {
    for (let written = 0; written < length;) {
        written += (0,external_node_fs_.writeSync)(fd, bytes, written, length - written);
    }
}

;// CONCATENATED MODULE: ./shared/checks/uniqueness.ts





const LINE_SPAN = 2 ** 32;
/**
 * Uniqueness of a column, of a combination of columns, or of whole rows, with Great Expectations'
 * (and pandas' `duplicated(keep=False)`) semantics: every row whose key occurs more than once is
 * unexpected, the first occurrence included. Exact in bounded memory: keys spill to disk past a budget.
 */
class UniquenessEvaluator {
    expectation;
    id;
    columns;
    mode;
    exampleCount;
    memoryRecords;
    finder;
    elements = 0;
    skipped = 0;
    hi = new Uint32Array(0);
    lo = new Uint32Array(0);
    scratchHi = new Uint32Array(0);
    scratchLo = new Uint32Array(0);
    payload = new Float64Array(0);
    /** Keys added to the finder. */
    keysAdded = 0;
    /** Keys of an ordered column dropped (they outgrew memory while the order held). */
    dropped = false;
    /** Row offset of the batch whose values broke the order after `dropped`: rows before it come again. */
    replayBefore;
    /** Whether a single column's values have come in strictly ascending or descending order so far. */
    order = new StrictOrder();
    /** `columns` empty means every column of the data (no duplicate rows). */
    constructor(expectation, id, columns, mode, exampleCount, 
    /** Keys the finder holds in memory (tests make it small). */
    memoryRecords = DEFAULT_MEMORY_RECORDS) {
        this.expectation = expectation;
        this.id = id;
        this.columns = columns;
        this.mode = mode;
        this.exampleCount = exampleCount;
        this.memoryRecords = memoryRecords;
        this.finder = new DuplicateFinder({ examples: exampleCount, memoryRecords: this.memoryRecords });
    }
    observe(context) {
        const { batch, fileIndex } = context;
        const rows = batch.rowCount;
        this.elements += rows;
        if (this.hi.length < rows)
            this.grow(rows);
        const columns = this.mode === 'rows' ? batch.columns : this.columns.map((name) => (0,evaluator/* columnOf */.uV)(batch, name));
        const base = fileIndex * LINE_SPAN;
        if (this.mode === 'column') {
            const column = columns[0];
            if (column === undefined) {
                this.skipped += rows;
                return;
            }
            this.skipped += rows - this.observeColumn(context, column);
            return;
        }
        // Compound keys: fold each column's keys into the accumulator; missing cells key as NULL_KEY.
        const ignore = this.expectation.kwargs.ignore_row_if ?? 'all_values_are_missing';
        const missingCount = new Uint16Array(rows);
        columns.forEach((column, index) => {
            const target = index === 0 ? this.hi : this.scratchHi;
            const targetLo = index === 0 ? this.lo : this.scratchLo;
            if (column === undefined) {
                target.fill(NULL_KEY[0], 0, rows);
                targetLo.fill(NULL_KEY[1], 0, rows);
                for (let row = 0; row < rows; row++)
                    missingCount[row]++;
            }
            else {
                keysOf(column, rows, target, targetLo);
                for (let row = 0; row < rows; row++) {
                    if (column.missing[row] !== types/* Missing */.JR.Value) {
                        missingCount[row]++;
                        target[row] = NULL_KEY[0];
                        targetLo[row] = NULL_KEY[1];
                    }
                }
            }
            if (index > 0)
                combineKeysInto(this.hi, this.lo, this.scratchHi, this.scratchLo, rows);
        });
        let kept = 0;
        for (let row = 0; row < rows; row++) {
            const missing = missingCount[row];
            const skip = this.mode === 'compound' &&
                ((ignore === 'all_values_are_missing' && missing === columns.length) ||
                    (ignore === 'any_value_is_missing' && missing > 0));
            if (skip)
                continue;
            this.hi[kept] = this.hi[row];
            this.lo[kept] = this.lo[row];
            this.payload[kept++] = base + batch.lines[row];
        }
        this.skipped += rows - kept;
        this.finder.addMany(this.hi, this.lo, this.payload, kept);
    }
    /**
     * A single column's batch; returns its non-missing cells. While the values come in strict order
     * they are all distinct, so their keys are kept only as long as they fit in memory (in case the
     * order breaks): past that they are dropped, and if the order breaks later the rows before the
     * breaking batch are read again in a second pass.
     */
    observeColumn({ batch, fileIndex }, column) {
        const rows = batch.rowCount;
        this.order.observe(column, rows);
        if (this.order.strict && (this.dropped || this.keysAdded + rows > this.memoryRecords)) {
            if (!this.dropped) {
                this.finder.dispose();
                this.finder = new DuplicateFinder({ examples: this.exampleCount, memoryRecords: this.memoryRecords });
                this.dropped = true;
            }
            return rows - (0,missing/* countMissing */.G)(column.missing.subarray(0, rows));
        }
        if (this.dropped && this.replayBefore === undefined)
            this.replayBefore = batch.rowOffset;
        return this.addColumnKeys(column, rows, fileIndex * LINE_SPAN, batch.lines);
    }
    /** Adds the keys of a column's non-missing cells to the finder; returns how many. */
    addColumnKeys(column, rows, base, lines) {
        keysOf(column, rows, this.scratchHi, this.scratchLo);
        let kept = 0;
        for (let row = 0; row < rows; row++) {
            if (column.missing[row] !== types/* Missing */.JR.Value)
                continue;
            this.hi[kept] = this.scratchHi[row];
            this.lo[kept] = this.scratchLo[row];
            this.payload[kept++] = base + lines[row];
        }
        this.finder.addMany(this.hi, this.lo, this.payload, kept);
        this.keysAdded += kept;
        return kept;
    }
    /** Set when the ordered keys were dropped and the order broke later: the rows before that come again. */
    get secondPass() {
        const before = this.replayBefore;
        if (before === undefined)
            return undefined;
        return {
            prepare: () => undefined,
            observe: ({ batch, fileIndex }) => {
                const column = (0,evaluator/* columnOf */.uV)(batch, this.columns[0]);
                if (batch.rowOffset >= before || column === undefined)
                    return;
                if (this.hi.length < batch.rowCount)
                    this.grow(batch.rowCount);
                this.addColumnKeys(column, batch.rowCount, fileIndex * LINE_SPAN, batch.lines);
            }
        };
    }
    async finish(context) {
        const considered = this.elements - this.skipped;
        const summary = this.mode === 'column' && this.order.strict ? this.allDistinct(considered) : await this.finder.finish();
        const mostly = this.expectation.kwargs.mostly ?? 1;
        const success = considered === 0 || (considered - summary.unexpectedRows) / considered >= mostly;
        const examples = summary.examples.map((example) => ({
            file: context.files[Math.floor(example.payload / LINE_SPAN)] ?? '',
            line: example.payload % LINE_SPAN,
            note: `its ${this.mode === 'rows' ? 'row' : 'value'} occurs ${example.occurrences} times`
        }));
        const subject = this.mode === 'rows' ? 'rows' : this.columns.join(', ');
        const what = this.mode === 'column' ? 'non-null values' : 'rows';
        return (0,evaluator/* resultOf */.Bg)(this.expectation, this.id, {
            success,
            message: summary.unexpectedRows === 0
                ? `${subject}: all ${what} unique`
                : `${subject}: ${(0,evaluator/* countPhrase */.Pl)(summary.unexpectedRows, considered, what)} are duplicated (${summary.duplicateKeys} repeated ${this.mode === 'rows' ? 'rows' : 'values'})`,
            observed: {
                element_count: this.elements,
                missing_count: this.skipped,
                unexpected_count: summary.unexpectedRows,
                unexpected_percent: considered === 0 ? null : (100 * summary.unexpectedRows) / considered,
                distinct_count: summary.distinctKeys,
                duplicated_values: summary.duplicateKeys
            },
            examples
        });
    }
    /** Values in strict order are all distinct: the finder's sort would only confirm it. */
    allDistinct(considered) {
        this.finder.dispose();
        return { unexpectedRows: 0, distinctKeys: considered, duplicateKeys: 0, examples: [] };
    }
    grow(rows) {
        this.hi = new Uint32Array(rows);
        this.lo = new Uint32Array(rows);
        this.scratchHi = new Uint32Array(rows);
        this.scratchLo = new Uint32Array(rows);
        this.payload = new Float64Array(rows);
    }
}
/**
 * Tracks whether a column's non-missing values arrive in strictly ascending (or strictly
 * descending) order, as ids and timestamps often do: numbers by value (−0 equals 0), strings by
 * code units. A column with invalid cells (keyed by their text) never counts as ordered.
 */
class StrictOrder {
    /** +1 ascending, −1 descending, 0 neither, NaN not known yet (fewer than two values). */
    direction = Number.NaN;
    last;
    get strict() {
        return this.direction !== 0;
    }
    observe(column, rows) {
        if (this.direction === 0)
            return;
        if (column.type !== 'string' && column.invalid !== null) {
            this.direction = 0;
            return;
        }
        const { values, missing } = column;
        let direction = this.direction;
        let last = this.last;
        for (let row = 0; row < rows; row++) {
            if (missing[row] !== types/* Missing */.JR.Value)
                continue;
            const value = values[row];
            if (last !== undefined) {
                const step = value > last ? 1 : value < last ? -1 : 0;
                if (Number.isNaN(direction))
                    direction = step;
                if (step !== direction || step === 0) {
                    direction = 0;
                    break;
                }
            }
            last = value;
        }
        this.direction = direction;
        this.last = last;
    }
}
/** Keys of a column's cells: numbers by value (1 and 1.0 alike), strings and invalid cells by text. */
function keysOf(column, rows, hi, lo) {
    if (column.type === 'string') {
        hashStrings(column.values, hi, lo, rows);
        return;
    }
    hashFloat64s(column.values, hi, lo, rows);
    const invalid = column.invalid;
    if (invalid === null)
        return;
    for (let row = 0; row < rows; row++) {
        if (invalid[row] === 1) {
            const [h, l] = hashString(column.text(row));
            hi[row] = h;
            lo[row] = l;
        }
    }
}

;// CONCATENATED MODULE: ./shared/checks/build.ts






/** The id a check is known by: `name(columns)`, with `#n` on repeats so ids stay unique. */
function checkIds(expectations) {
    const seen = new Map();
    return expectations.map((expectation) => {
        const k = expectation.kwargs;
        const columns = [
            k.column,
            k.column_A,
            k.column_B,
            ...(k.column_list ?? [])
        ].filter((value) => typeof value === 'string');
        const base = columns.length === 0 ? expectation.name : `${expectation.name}(${columns.join(', ')})`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}#${n}`;
    });
}
/** One evaluator per expectation, in the suite's order. Invalid arguments throw ConfigurationError. */
function buildEvaluators(expectations, examples) {
    const ids = checkIds(expectations);
    return expectations.map((expectation, index) => {
        const id = ids[index];
        const k = expectation.kwargs;
        switch (expectation.name) {
            case 'expect_column_values_to_be_unique':
                return new UniquenessEvaluator(expectation, id, [k.column], 'column', examples);
            case 'expect_compound_columns_to_be_unique':
                return new UniquenessEvaluator(expectation, id, k.column_list, 'compound', examples);
            case 'expect_table_rows_to_be_unique':
                return new UniquenessEvaluator(expectation, id, [], 'rows', examples);
            case 'expect_column_value_z_scores_to_be_less_than':
                return zScoreEvaluator(expectation, id, examples);
            case 'expect_column_distinct_values_to_be_in_set':
            case 'expect_column_distinct_values_to_contain_set':
            case 'expect_column_distinct_values_to_equal_set':
                return new DistinctSetEvaluator(expectation, id);
            case 'expect_column_pair_correlation_to_be_between':
                return new CorrelationEvaluator(expectation, id);
            case 'expect_column_pair_values_A_to_be_greater_than_B':
            case 'expect_column_pair_values_to_be_equal':
                return new PairEvaluator(expectation, id, examples);
            default:
                break;
        }
        switch (catalogue/* CATALOGUE */.yh[expectation.name].scope) {
            case 'column-map':
                return new ColumnMapEvaluator(expectation, id, k.column, mapRule(expectation), examples);
            case 'column-aggregate':
                return new StatisticEvaluator(expectation, id);
            case 'table':
                return new TableEvaluator(expectation, id);
            default:
                throw new Error(`no evaluator for ${expectation.name}`);
        }
    });
}

;// CONCATENATED MODULE: ./shared/checks/validate.ts






/** Reads a data set once (twice when an expectation needs whole-column statistics first). */
async function scan(pattern, plan, evaluators, logger) {
    const dataset = await (0,data_dataset/* openDataset */.J)(pattern, {
        types: plan.types,
        ...(plan.nullTokens === undefined ? {} : { nullTokens: plan.nullTokens }),
        ...(plan.delimiter === undefined ? {} : { delimiter: plan.delimiter })
    });
    if (dataset.threaded)
        logger.debug(`${pattern}: read in a worker thread`);
    const fileIndex = new Map(dataset.files.map((file, index) => [file, index]));
    const profiler = new Profiler();
    let rows = 0;
    for await (const batch of dataset.batches()) {
        const context = { batch, fileIndex: fileIndex.get(batch.file) ?? 0 };
        for (const evaluator of evaluators)
            evaluator.observe(context);
        profiler.observe(batch);
        rows += batch.rowCount;
    }
    const schema = dataset.schema();
    const stats = profiler.finish(schema.map((column) => column.name));
    const profiles = new Map();
    const context = {
        rows,
        schema,
        stats,
        files: dataset.files,
        profile: (name) => {
            let profile = profiles.get(name);
            if (profile === undefined) {
                profile = stats.get(name).profile();
                profiles.set(name, profile);
            }
            return profile;
        }
    };
    const second = evaluators.filter((evaluator) => evaluator.secondPass !== undefined);
    if (second.length > 0) {
        for (const evaluator of second)
            evaluator.secondPass.prepare(context);
        for await (const batch of dataset.batches()) {
            const batchContext = { batch, fileIndex: fileIndex.get(batch.file) ?? 0 };
            for (const evaluator of second)
                evaluator.secondPass.observe(batchContext);
        }
    }
    return { context, format: dataset.format, fingerprints: dataset.fingerprints() };
}
/** Every column an expectation names must exist in the data: otherwise a configuration error. */
function checkColumnsExist(evaluators, schema, data) {
    const names = schema.map((column) => column.name);
    for (const evaluator of evaluators) {
        for (const column of evaluator.columns) {
            if (names.includes(column))
                continue;
            const where = evaluator.expectation.source;
            const at = where === undefined ? '' : `${where.file}:${where.line}:${where.column}: `;
            throw new errors/* ConfigurationError */.j1(`${at}${evaluator.expectation.name}: column \`${column}\` is not in ${data}${(0,suggest/* didYouMean */.au)(column, names)} (columns: ${names.join(', ')})`);
        }
    }
}
/** sha256 over `sha256  path` lines, the form `sha256sum` prints: one value for a whole data set. */
async function combinedFingerprint(files) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    const hash = createHash('sha256');
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        hash.update(`${file.sha256}  ${file.path}\n`);
    }
    return hash.digest('hex');
}
/** Runs a data suite (and drift against the reference) and returns every check and the profile. */
async function validate(plan, logger) {
    const evaluators = buildEvaluators(plan.expectations, plan.examples);
    const current = await logger.group(`Reading ${plan.data}`, () => scan(plan.data, plan, evaluators, logger));
    checkColumnsExist(evaluators, current.context.schema, plan.data);
    const checks = [];
    for (const evaluator of evaluators)
        checks.push(await evaluator.finish(current.context));
    let drift;
    if (plan.reference !== undefined) {
        const reference = await logger.group(`Reading the reference ${plan.reference}`, () => scan(plan.reference, plan, [], logger));
        const result = driftChecks(reference.context, current.context, plan.drift, plan.reference);
        drift = result.report;
        checks.push(...result.checks);
    }
    const profile = current.context.schema.map((column) => current.context.profile(column.name));
    return {
        checks,
        details: {
            data: {
                path: plan.data,
                format: current.format,
                files: current.fingerprints,
                fingerprint: await combinedFingerprint(current.fingerprints),
                rows: current.context.rows,
                columns: current.context.schema
            },
            profile,
            ...(drift === undefined ? {} : { drift })
        }
    };
}


/***/ }),

/***/ 56341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ commandInfo)
/* harmony export */ });
/* unused harmony export COMMANDS */
const DESCRIPTIONS = {
    run: 'Run every stage the config sets up, in order: validate-data, train, evaluate-thresholds.',
    'validate-data': 'Data tests on a data set: schema, nulls, ranges, sets, uniqueness, statistics, drift against a reference.',
    train: 'Train a model reproducibly: a built-in trainer (no Python) or your own command, a content-hash run cache, and a lineage manifest beside the ONNX model.',
    'evaluate-thresholds': 'Score an ONNX model on a test set, compute scikit-learn’s metrics, gate on thresholds and on regression against a baseline.',
    suggest: 'Draft an expectation suite (types, nulls, ranges, sets, uniqueness) from a reference data set.',
    'publish-report': 'Post saved report bundles (check run and sticky comment) from a workflow_run workflow: fork-safe reporting.'
};
/** A command's name and description, which its module spreads into its `Command`. */
function commandInfo(name) {
    return { name, description: DESCRIPTIONS[name] };
}
const COMMANDS = [
    { ...commandInfo('run'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(202), __webpack_require__.e(277), __webpack_require__.e(790), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 90071))).run },
    {
        ...commandInfo('validate-data'),
        load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 10915))).validateData
    },
    { ...commandInfo('train'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(202), __webpack_require__.e(277)]).then(__webpack_require__.bind(__webpack_require__, 51277))).train },
    {
        ...commandInfo('evaluate-thresholds'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 59790))).evaluateThresholds
    },
    { ...commandInfo('suggest'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(321)]).then(__webpack_require__.bind(__webpack_require__, 65321))).suggest },
    {
        ...commandInfo('publish-report'),
        load: async () => (await __webpack_require__.e(/* import() */ 444).then(__webpack_require__.bind(__webpack_require__, 35444))).publishReport
    }
];


/***/ }),

/***/ 10915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData),
  validateDataInputs: () => (/* binding */ validateDataInputs)
});

// EXTERNAL MODULE: ./shared/checks/evaluator.ts
var evaluator = __webpack_require__(37547);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/checks/catalogue.ts
var catalogue = __webpack_require__(24903);
;// CONCATENATED MODULE: ./shared/checks/inline.ts



/**
 * The `expect` input: expectations for the simple cases, without a config file. Clauses are
 * separated by `;` or new lines; each is `<subject>: <rule>`, optionally followed by `mostly <f>`
 * and/or `warn`:
 *
 *   rows: between 1000 1000000        rows: = 500            columns: [id, age, city]
 *   age: between 18 90                age: >= 0              age: < 120
 *   age: not-null                     age: null              age: type int
 *   id: unique                        city: in [Paris, Oslo] city: not-in [n/a]
 *   email: regex ^[^@]+@[^@]+$        code: not-regex \s     name: length between 1 64
 *   ts: increasing                    ts: strictly-increasing
 *   income: mean between 10 20        (also median, stdev, sum, min, max, skew, zeros, unique-count, unique-proportion)
 *   city: distinct in [a, b]          city: distinct contains [a]  city: distinct equals [a, b]
 *   city: most-common in [a]          income: z-score < 3
 *   id, day: unique                   start, end: a < b      price, cost: a >= b   a, b: equal
 *   x, y: correlation between 0.5 1   rows: unique
 */
function parseInlineExpectations(text, source = 'expect') {
    return text
        .split(/[;\n]/)
        .map((clause) => clause.trim())
        .filter((clause) => clause !== '')
        .map((clause) => parseClause(clause, source));
}
const STATS = {
    mean: 'expect_column_mean_to_be_between',
    median: 'expect_column_median_to_be_between',
    stdev: 'expect_column_stdev_to_be_between',
    sum: 'expect_column_sum_to_be_between',
    min: 'expect_column_min_to_be_between',
    max: 'expect_column_max_to_be_between',
    skew: 'expect_column_skew_to_be_between',
    zeros: 'expect_column_proportion_of_zeros_to_be_between',
    'unique-count': 'expect_column_unique_value_count_to_be_between',
    'unique-proportion': 'expect_column_proportion_of_unique_values_to_be_between'
};
const RULES = [
    'between',
    '>=',
    '>',
    '<=',
    '<',
    '=',
    'not-null',
    'null',
    'type',
    'unique',
    'in',
    'not-in',
    'regex',
    'not-regex',
    'length',
    'increasing',
    'decreasing',
    'strictly-increasing',
    'strictly-decreasing',
    'distinct',
    'most-common',
    'z-score',
    ...Object.keys(STATS)
];
function parseClause(clause, source) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`${source}: \`${clause}\`: ${why}`);
    };
    const colon = clause.indexOf(':');
    if (colon <= 0)
        fail('expected `<column>: <rule>` (e.g. `age: between 18 90`)');
    const subjects = clause
        .slice(0, colon)
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    let rest = clause.slice(colon + 1).trim();
    const kwargs = {};
    const modifiers = /\s+(mostly\s+(\S+)|warn)\s*$/;
    for (let match = modifiers.exec(rest); match !== null; match = modifiers.exec(rest)) {
        if (match[1] === 'warn')
            kwargs.severity = 'warning';
        else {
            const mostly = Number(match[2]);
            if (!(mostly >= 0 && mostly <= 1))
                fail(`mostly: expected a fraction from 0 to 1, got \`${match[2]}\``);
            kwargs.mostly = mostly;
        }
        rest = rest.slice(0, match.index).trim();
    }
    const [rule = '', ...args] = tokens(rest);
    const expect = (name, extra) => {
        const all = { ...extra, ...kwargs };
        const parsed = catalogue/* CATALOGUE */.yh[name].kwargs.safeParse(all);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            fail(issue.code === 'unrecognized_keys'
                ? `\`${issue.keys.join(', ')}\` does not apply here`
                : `${issue.path.join('.')}: ${issue.message}`);
        }
        return { name, kwargs: all };
    };
    const number = (token, what) => {
        const value = token === undefined ? NaN : Number(token);
        if (token === undefined || token.trim() === '' || !Number.isFinite(value))
            fail(`${what}: expected a number, got ${token === undefined ? 'nothing' : `\`${token}\``}`);
        return value;
    };
    const bound = (token, what) => {
        if (token !== undefined && /^\d{4}-\d{2}-\d{2}/.test(token))
            return token;
        return number(token, what);
    };
    const list = () => parseList(args.join(' '), fail);
    const twoBounds = () => {
        if (args[0] !== 'between' && rule !== 'between')
            fail('expected `between <min> <max>`');
        const offset = rule === 'between' ? 0 : 1;
        return { min_value: bound(args[offset], 'min'), max_value: bound(args[offset + 1], 'max') };
    };
    if (subjects.length === 1 && subjects[0] === 'rows') {
        if (rule === 'between')
            return expect('expect_table_row_count_to_be_between', {
                min_value: number(args[0], 'min'),
                max_value: number(args[1], 'max')
            });
        if (rule === '=')
            return expect('expect_table_row_count_to_equal', { value: number(args[0], 'row count') });
        if (rule === '>=')
            return expect('expect_table_row_count_to_be_between', { min_value: number(args[0], 'min') });
        if (rule === '<=')
            return expect('expect_table_row_count_to_be_between', { max_value: number(args[0], 'max') });
        if (rule === 'unique')
            return expect('expect_table_rows_to_be_unique', {});
        return fail('rows: expected `between <min> <max>`, `= <n>`, `>= <n>`, `<= <n>` or `unique`');
    }
    if (subjects.length === 1 && subjects[0] === 'columns') {
        return expect('expect_table_columns_to_match_ordered_list', {
            column_list: parseList(rest, fail).map(String)
        });
    }
    if (subjects.length > 1) {
        if (rule === 'unique')
            return expect('expect_compound_columns_to_be_unique', { column_list: subjects });
        if (subjects.length > 2)
            fail('for three or more columns the only rule is `unique`');
        const [a, b] = subjects;
        if (rule === 'equal')
            return expect('expect_column_pair_values_to_be_equal', { column_A: a, column_B: b });
        if (rule === 'correlation')
            return expect('expect_column_pair_correlation_to_be_between', {
                column_A: a,
                column_B: b,
                ...twoBounds()
            });
        const relation = `${args[0] ?? ''} ${args[1] ?? ''}`;
        if (relation === '> b')
            return expect('expect_column_pair_values_A_to_be_greater_than_B', { column_A: a, column_B: b });
        if (relation === '>= b')
            return expect('expect_column_pair_values_A_to_be_greater_than_B', {
                column_A: a,
                column_B: b,
                or_equal: true
            });
        if (relation === '< b')
            return expect('expect_column_pair_values_A_to_be_greater_than_B', { column_A: b, column_B: a });
        if (relation === '<= b')
            return expect('expect_column_pair_values_A_to_be_greater_than_B', {
                column_A: b,
                column_B: a,
                or_equal: true
            });
        return fail('for two columns expected `unique`, `a > b`, `a >= b`, `a < b`, `a <= b`, `equal` or `correlation between <min> <max>`');
    }
    const column = subjects[0];
    const base = { column };
    switch (rule) {
        case 'between':
            return expect('expect_column_values_to_be_between', { ...base, ...twoBounds() });
        case '>=':
        case '>':
            return expect('expect_column_values_to_be_between', {
                ...base,
                min_value: bound(args[0], 'min'),
                ...(rule === '>' ? { strict_min: true } : {})
            });
        case '<=':
        case '<':
            return expect('expect_column_values_to_be_between', {
                ...base,
                max_value: bound(args[0], 'max'),
                ...(rule === '<' ? { strict_max: true } : {})
            });
        case 'not-null':
            return expect('expect_column_values_to_not_be_null', base);
        case 'null':
            return expect('expect_column_values_to_be_null', base);
        case 'type':
            return expect('expect_column_values_to_be_of_type', { ...base, type_: args[0] });
        case 'unique':
            return expect('expect_column_values_to_be_unique', base);
        case 'in':
            return expect('expect_column_values_to_be_in_set', { ...base, value_set: list() });
        case 'not-in':
            return expect('expect_column_values_to_not_be_in_set', { ...base, value_set: list() });
        case 'regex':
        case 'not-regex':
            return expect(rule === 'regex' ? 'expect_column_values_to_match_regex' : 'expect_column_values_to_not_match_regex', {
                ...base,
                regex: rest.slice(rule.length).trim()
            });
        case 'length':
            return expect('expect_column_value_lengths_to_be_between', { ...base, ...twoBounds() });
        case 'increasing':
        case 'decreasing':
        case 'strictly-increasing':
        case 'strictly-decreasing':
            return expect(rule.endsWith('increasing')
                ? 'expect_column_values_to_be_increasing'
                : 'expect_column_values_to_be_decreasing', {
                ...base,
                ...(rule.startsWith('strictly') ? { strictly: true } : {})
            });
        case 'distinct': {
            const kind = args.shift();
            const name = kind === 'in'
                ? 'expect_column_distinct_values_to_be_in_set'
                : kind === 'contains'
                    ? 'expect_column_distinct_values_to_contain_set'
                    : kind === 'equals'
                        ? 'expect_column_distinct_values_to_equal_set'
                        : fail('expected `distinct in [...]`, `distinct contains [...]` or `distinct equals [...]`');
            return expect(name, { ...base, value_set: list() });
        }
        case 'most-common':
            if (args.shift() !== 'in')
                fail('expected `most-common in [...]`');
            return expect('expect_column_most_common_value_to_be_in_set', { ...base, value_set: list() });
        case 'z-score':
            if (args[0] !== '<')
                fail('expected `z-score < <threshold>`');
            return expect('expect_column_value_z_scores_to_be_less_than', {
                ...base,
                threshold: number(args[1], 'threshold')
            });
        default: {
            const stat = STATS[rule];
            if (stat !== undefined)
                return expect(stat, { ...base, ...twoBounds() });
            return fail(`unknown rule \`${rule}\`${(0,suggest/* didYouMean */.au)(rule, RULES)}`);
        }
    }
}
/** Splits on white space, keeping `[...]` lists whole. */
function tokens(text) {
    const result = [];
    let current = '';
    let depth = 0;
    for (const char of text) {
        if (char === '[')
            depth++;
        if (char === ']')
            depth--;
        if (/\s/.test(char) && depth === 0) {
            if (current !== '')
                result.push(current);
            current = '';
        }
        else
            current += char;
    }
    if (current !== '')
        result.push(current);
    return result;
}
/** `[a, b, "c, d", 3]` → ['a', 'b', 'c, d', 3]. Numbers stay numbers; quotes keep text as is. */
function parseList(text, fail) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('[') || !trimmed.endsWith(']'))
        fail('expected a list like `[a, b, c]`');
    const body = trimmed.slice(1, -1);
    const items = [];
    const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,]*))\s*(?:,|$)/gy;
    for (let match = pattern.exec(body); match !== null && pattern.lastIndex <= body.length; match = pattern.exec(body)) {
        const quoted = match[1] ?? match[2];
        if (quoted !== undefined)
            items.push(match[1] !== undefined ? quoted.replace(/\\(.)/g, '$1') : quoted);
        else {
            const bare = (match[3] ?? '').trim();
            if (bare !== '')
                items.push(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(bare) ? Number(bare) : bare);
        }
        if (pattern.lastIndex >= body.length)
            break;
    }
    return items;
}

;// CONCATENATED MODULE: ./shared/checks/plan.ts



/**
 * Resolves what to validate from the inputs (which win) and the config: the data set, the suite's
 * expectations (with their config lines) plus the inline ones, the declared types, drift settings.
 */
function planValidation(inputs, loaded) {
    const data = loaded.config.data;
    const pattern = inputs.data ?? data?.path;
    if (pattern === undefined) {
        throw new errors/* ConfigurationError */.j1('input `data` is required (a path or glob), or set data.path in the config');
    }
    const suites = data?.suites ?? {};
    const names = Object.keys(suites);
    const suiteName = inputs.suite ?? data?.suite ?? (names.length === 1 ? names[0] : undefined);
    if (suiteName !== undefined && !(suiteName in suites)) {
        const where = loaded.file === undefined
            ? 'no config file was found'
            : `${loaded.file} has ${names.length === 0 ? 'no suites' : `suites ${names.join(', ')}`}`;
        throw new errors/* ConfigurationError */.j1(`suite \`${suiteName}\` not found: ${where}${(0,suggest/* didYouMean */.au)(suiteName, names)}`);
    }
    const suite = suiteName === undefined ? undefined : suites[suiteName];
    const fromConfig = (suite?.expectations ?? []).map((entry, index) => {
        const [name, kwargs] = Object.entries(entry)[0];
        const at = loaded.position(['data', 'suites', suiteName, 'expectations', index]);
        return {
            name,
            kwargs,
            ...(loaded.file === undefined || at === undefined ? {} : { source: { file: loaded.file, ...at } })
        };
    });
    const inline = inputs.expect === undefined ? [] : parseInlineExpectations(inputs.expect);
    const expectations = [...fromConfig, ...inline];
    const types = { ...suite?.columns };
    for (const expectation of expectations) {
        if (expectation.name !== 'expect_column_values_to_be_of_type')
            continue;
        const column = expectation.kwargs.column;
        const type = expectation.kwargs.type_;
        const declared = types[column];
        if (declared !== undefined && declared !== type && !(declared === 'int' && type === 'float')) {
            throw new errors/* ConfigurationError */.j1(`column \`${column}\` is declared ${declared} but expect_column_values_to_be_of_type says ${type}`);
        }
        types[column] ??= type;
    }
    const reference = inputs.reference ?? data?.reference;
    return {
        data: pattern,
        ...(reference === undefined ? {} : { reference }),
        types,
        expectations,
        ...(data?.drift === undefined ? {} : { drift: data.drift }),
        ...(data?.['null-tokens'] === undefined ? {} : { nullTokens: data['null-tokens'] }),
        ...(data?.delimiter === undefined ? {} : { delimiter: data.delimiter }),
        examples: data?.examples ?? 10
    };
}

// EXTERNAL MODULE: ./shared/checks/validate.ts + 30 modules
var validate = __webpack_require__(26083);
// EXTERNAL MODULE: ./shared/config/load.ts
var load = __webpack_require__(45481);
// EXTERNAL MODULE: ./shared/gate/verdict.ts
var gate_verdict = __webpack_require__(56045);
// EXTERNAL MODULE: ./shared/report/comment.ts
var comment = __webpack_require__(44012);
// EXTERNAL MODULE: ./shared/report/options.ts
var options = __webpack_require__(65815);
// EXTERNAL MODULE: ./shared/report/publish.ts + 1 modules
var publish = __webpack_require__(22961);
// EXTERNAL MODULE: ./shared/cli/commands.ts
var commands = __webpack_require__(56341);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var inputs = __webpack_require__(8420);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
;// CONCATENATED MODULE: ./shared/cli/commands/validate-data.ts











const validateDataInputs = {
    data: inputs/* input */.hF.text('The data set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet). Default: data.path in the config.'),
    reference: inputs/* input */.hF.text('A reference data set (path or glob) to test drift against. Default: data.reference in the config.'),
    suite: inputs/* input */.hF.text('The expectation suite to run, by name, from the config. Default: data.suite, or the only suite.'),
    expect: inputs/* input */.hF.text('Inline expectations, e.g. "age: between 18 90; id: unique; city: in [Paris, Oslo]" (see the README).'),
    config: inputs/* input */.hF.text('The config file (default: mlgate.yml, when it exists).'),
    'fail-on': inputs/* input */.hF.choice('Which failures fail the step.', gate_verdict/* FAIL_ON */.d$, 'error'),
    'report-dir': inputs/* input */.hF.text('Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.', {
        default: 'mlgate-report'
    }),
    'github-token': inputs/* input */.hF.secret('Token for check runs and PR comments.'),
    ...options/* reportingInputs */.OS
};
/** validate-data: data tests (and drift against a reference) on a data set, as one verdict. */
const validateData = {
    ...(0,commands/* commandInfo */.i)('validate-data'),
    inputs: validateDataInputs,
    outputs: {
        passed: 'true when the gate passed (per fail-on).',
        report: 'Path of the verdict JSON.',
        fingerprint: 'sha256 of the data set (over each file’s sha256).',
        rows: 'Rows in the data set.',
        'failed-checks': 'JSON array of the ids of the checks that failed.',
        'check-run-id': 'Id of the check run, when one was posted.',
        'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
    },
    async run(inputs, host) {
        const started = Date.now();
        const loaded = await (0,load/* loadConfig */.Z9)(inputs.config ?? load/* DEFAULT_CONFIG_FILE */.Cu, inputs.config !== undefined);
        const plan = planValidation(inputs, loaded);
        const outcome = await (0,validate/* validate */.t)(plan, host.logger);
        const verdict = (0,gate_verdict/* buildVerdict */.o1)('validate-data', outcome.checks, inputs['fail-on'], headline(outcome.checks, outcome.details.data.rows), started, outcome.details, version/* MLGATE_VERSION */.C);
        // The sticky comment's identity: this data set, config and suite (not their contents, which change).
        const key = (0,comment/* reportKey */.y1)([loaded.file ?? '', plan.data, inputs.suite ?? '', inputs['check-name'] ?? '']);
        await (0,publish/* publishVerdict */.TP)(verdict, host, (0,options/* reportingOptions */.vZ)(inputs, key));
        host.setOutput('fingerprint', outcome.details.data.fingerprint);
        host.setOutput('rows', String(outcome.details.data.rows));
        host.setOutput('failed-checks', (0,gate_verdict/* failedIds */.GF)(outcome.checks));
        host.logger.info(verdict.headline);
        return { ok: verdict.passed, message: `validate-data: ${verdict.headline}` };
    }
};
function headline(checks, rows) {
    const failed = checks.filter((check) => !check.success);
    const on = `on ${(0,evaluator/* formatCount */.B4)(rows)} rows`;
    if (checks.length === 0)
        return `no checks configured; profiled ${(0,evaluator/* formatCount */.B4)(rows)} rows`;
    if (failed.length === 0)
        return `all ${checks.length} checks passed ${on}`;
    const errors = failed.filter((check) => check.severity === 'error').length;
    const warnings = failed.length - errors;
    const counts = [
        errors > 0 ? `${errors} failed` : '',
        warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''
    ]
        .filter((part) => part !== '')
        .join(', ');
    return `${counts} of ${checks.length} checks ${on}: ${failed
        .slice(0, 3)
        .map((check) => check.id)
        .join(', ')}${failed.length > 3 ? ', …' : ''}`;
}


/***/ }),

/***/ 45481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export emptyConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);


const DEFAULT_CONFIG_FILE = 'mlgate.yml';
/**
 * An empty config: what a project without mlgate.yml gets. It is what the schema makes of `{}`
 * (a test holds it to that), written out so that a run without a config file loads neither the
 * YAML parser nor the schema.
 */
function emptyConfig() {
    return { file: undefined, config: { version: 1 }, position: () => undefined };
}
/**
 * Reads and validates a config file. `explicit` means the user named it (a missing file is then an
 * error); the default `mlgate.yml` may be absent.
 */
async function loadConfig(file, explicit) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !explicit)
            return emptyConfig();
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: cannot read the config file (${error.code ?? 'error'})`);
    }
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 79288));
    return parseConfig(text, file);
}


/***/ }),

/***/ 54743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countMissing)
/* harmony export */ });
/**
 * Counting a batch's missing cells (`Column.missing`): four cells per step, since most batches of
 * most columns have none.
 */
/** How many cells of `missing` are not `Missing.Value` (0). */
function countMissing(missing) {
    const n = missing.length;
    const offset = missing.byteOffset;
    let count = 0;
    let i = 0;
    for (; i < n && ((offset + i) & 3) !== 0; i++)
        if (missing[i] !== 0)
            count++;
    const words = (n - i) >>> 2;
    if (words > 0) {
        const view = new Uint32Array(missing.buffer, offset + i, words);
        for (let w = 0; w < words; w++) {
            let x = view[w];
            if (x === 0)
                continue;
            // Each non-zero byte down to its lowest bit, then the four bits summed into the top byte.
            x |= x >>> 4;
            x |= x >>> 2;
            x |= x >>> 1;
            count += Math.imul(x & 0x01010101, 0x01010101) >>> 24;
        }
        i += words * 4;
    }
    for (; i < n; i++)
        if (missing[i] !== 0)
            count++;
    return count;
}


/***/ }),

/***/ 56045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ failedIds),
/* harmony export */   Hv: () => (/* binding */ VERDICT_VERSION),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   o1: () => (/* binding */ buildVerdict)
/* harmony export */ });
/* unused harmony exports statusOf, gatePasses */
/**
 * The one verdict every gate produces. The step's exit status, summary, annotations, JUnit file,
 * outputs (and, with the reporting layer, check runs and PR comments) are all rendered from it.
 * Bump VERDICT_VERSION on any incompatible change to these shapes.
 */
const VERDICT_VERSION = 1;
const FAIL_ON = ['error', 'warning', 'never'];
/** passed / warning / failed from the checks' severities. */
function statusOf(checks) {
    if (checks.some((check) => !check.success && check.severity === 'error'))
        return 'failed';
    if (checks.some((check) => !check.success))
        return 'warning';
    return 'passed';
}
/** Whether the gate passes, given what it is told to fail on. */
function gatePasses(status, failOn) {
    if (failOn === 'never')
        return true;
    if (failOn === 'warning')
        return status === 'passed';
    return status !== 'failed';
}
/** Assembles a gate's verdict: status from the checks, the decision from `failOn`. */
function buildVerdict(gate, checks, failOn, headline, started, details, version) {
    const status = statusOf(checks);
    return {
        mlgate: { verdict: VERDICT_VERSION, version },
        gate,
        status,
        passed: gatePasses(status, failOn),
        failOn,
        headline,
        checks,
        createdAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        details
    };
}
/** The ids of the failing checks, as the `failed-…` outputs give them (JSON). */
function failedIds(checks) {
    return JSON.stringify(checks.filter((check) => !check.success).map((check) => check.id));
}


/***/ }),

/***/ 21772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ uploadArtifact),
/* harmony export */   t: () => (/* binding */ canUploadArtifacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/**
 * Uploads files (a gate's report bundle, a trained model) as a workflow artifact with @actions/artifact. Only where the
 * runner gives actions its artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL); a failed
 * upload is a warning, never a failed gate. The library (and its storage SDK) is loaded only then.
 */


/** True when this process can reach the Actions artifact service. */
function canUploadArtifacts(env) {
    return (env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' && (env.ACTIONS_RESULTS_URL ?? '') !== '';
}
/**
 * Uploads `files` (all in `rootDirectory`) as artifact `name`; returns its id, or undefined when not
 * uploaded. `what` names the files in the log.
 */
async function uploadArtifact(name, files, rootDirectory, env, logger, what = 'the report bundle') {
    if (!canUploadArtifacts(env)) {
        logger.debug(`Not uploading artifact ${name}: no Actions artifact service in this environment.`);
        return undefined;
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(108), __webpack_require__.e(30), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 35676));
        const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory, {
            compressionLevel: 6
        });
        logger.info(`Uploaded ${what} as artifact ${name} (${files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)).join(', ')}).`);
        return response.id;
    }
    catch (error) {
        logger.warning(`mlgate could not upload ${what} as artifact ${name}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. It is in ${rootDirectory}; with several steps in one run, give each its own artifact-name.`);
        return undefined;
    }
}


/***/ }),

/***/ 63643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   XL: () => (/* binding */ fromPayload),
/* harmony export */   ng: () => (/* binding */ runOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where a run reports on GitHub, from the runner's environment and the event payload
 * (GITHUB_EVENT_PATH). The commit is the pull request's head, not GITHUB_SHA: on `pull_request`
 * GITHUB_SHA is a merge commit that no reviewer sees, and a check run on it never shows on the PR.
 */

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
/** The event payload, or {} when there is none or it cannot be read. */
async function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (path === undefined || path === '')
        return {};
    try {
        return record(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
    }
    catch {
        return {};
    }
}
/** What the payload says about the commit and pull request, by event. */
function fromPayload(eventName, payload) {
    const pull = record(payload.pull_request);
    if (Object.keys(pull).length > 0) {
        const head = record(pull.head);
        const headRepo = str(record(head.repo).full_name);
        const baseRepo = str(record(record(pull.base).repo).full_name) ?? str(record(payload.repository).full_name);
        const number = positive(pull.number) ?? positive(payload.number);
        return {
            ...(str(head.sha) === undefined ? {} : { headSha: str(head.sha) }),
            ...(str(head.ref) === undefined ? {} : { headRef: str(head.ref) }),
            ...(number === undefined ? {} : { pullRequest: number }),
            eventPullRequests: number === undefined ? [] : [number],
            // A deleted fork leaves head.repo null: still not the base repository.
            fork: headRepo === undefined || headRepo !== baseRepo
        };
    }
    if (eventName === 'workflow_run') {
        const run = record(payload.workflow_run);
        const numbers = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
            .map((entry) => positive(record(entry).number))
            .filter((number) => number !== undefined);
        const headRepo = str(record(run.head_repository).full_name);
        const baseRepo = str(record(run.repository).full_name) ?? str(record(payload.repository).full_name);
        return {
            ...(str(run.head_sha) === undefined ? {} : { headSha: str(run.head_sha) }),
            ...(str(run.head_branch) === undefined ? {} : { headRef: str(run.head_branch) }),
            ...(numbers[0] === undefined ? {} : { pullRequest: numbers[0] }),
            eventPullRequests: numbers,
            fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
        };
    }
    if (eventName === 'merge_group') {
        const sha = str(record(payload.merge_group).head_sha);
        return { ...(sha === undefined ? {} : { headSha: sha }), eventPullRequests: [], fork: false };
    }
    return { eventPullRequests: [], fork: false };
}
/**
 * The workflow run this process belongs to: its id and page (the attempt's page after a re-run), or
 * undefined when GITHUB_REPOSITORY or GITHUB_RUN_ID is missing or malformed.
 */
function runOf(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const id = env.GITHUB_RUN_ID;
    if (!/^[^/]+\/[^/]+$/.test(repository) || id === undefined || !/^\d+$/.test(id))
        return undefined;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const retried = attempt !== undefined && /^\d+$/.test(attempt) && attempt !== '1';
    return { id, url: `${server}/${repository}/actions/runs/${id}${retried ? `/attempts/${attempt}` : ''}` };
}
/**
 * The GitHub context of an Actions run, or undefined outside Actions (a local CLI run, another CI)
 * or when the environment does not name a repository and a commit.
 */
async function readGitHubContext(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0)
        return undefined;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const fromEvent = fromPayload(eventName, await readEventPayload(env));
    const headSha = fromEvent.headSha ?? env.GITHUB_SHA;
    if (headSha === undefined || !SHA.test(headSha))
        return undefined;
    const run = runOf(env);
    return {
        repository: { owner, repo },
        eventName,
        headSha,
        ...(fromEvent.headRef === undefined ? {} : { headRef: fromEvent.headRef }),
        ...(fromEvent.pullRequest === undefined ? {} : { pullRequest: fromEvent.pullRequest }),
        eventPullRequests: fromEvent.eventPullRequests,
        fork: fromEvent.fork,
        ...(run === undefined ? {} : { runId: run.id, runUrl: run.url }),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        ...(env.GITHUB_WORKSPACE === undefined || env.GITHUB_WORKSPACE === ''
            ? {}
            : { workspace: env.GITHUB_WORKSPACE })
    };
}


/***/ }),

/***/ 26059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ annotationsOf)
/* harmony export */ });
/* unused harmony export ANNOTATION_LIMIT */
/** GitHub shows at most 10 error and 10 warning annotations per step; more than 50 is noise. */
const ANNOTATION_LIMIT = 50;
/**
 * File-anchored annotations for failing checks: one per example row (file + line), or one on the
 * config line that declared the check when it has no rows to point at. Capped; the last one says
 * how many were left out.
 */
function annotationsOf(verdict, limit = ANNOTATION_LIMIT) {
    const all = [];
    for (const check of verdict.checks) {
        if (check.success)
            continue;
        const level = check.severity === 'warning' ? 'warning' : 'error';
        const title = `mlgate ${verdict.gate}: ${check.id}`;
        if (check.examples.length === 0) {
            all.push({
                level,
                title,
                message: check.message,
                ...(check.source === undefined
                    ? {}
                    : { file: check.source.file, line: check.source.line, column: check.source.column })
            });
            continue;
        }
        for (const example of check.examples) {
            const value = example.value === undefined ? '' : ` (value ${JSON.stringify(example.value)})`;
            all.push({
                level,
                title,
                message: `${check.message}${value}${example.note === undefined ? '' : `; ${example.note}`}`,
                file: example.file,
                line: example.line
            });
        }
    }
    if (all.length <= limit)
        return all;
    const kept = all.slice(0, limit - 1);
    kept.push({
        level: 'notice',
        title: `mlgate ${verdict.gate}`,
        message: `${all.length - kept.length} more annotations not shown; see the report.`
    });
    return kept;
}


/***/ }),

/***/ 48217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ BUNDLE_VERSION),
/* harmony export */   Zf: () => (/* binding */ BUNDLE_SUFFIX),
/* harmony export */   px: () => (/* binding */ bundleFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The report bundle: what a gate leaves in its report directory (and uploads as an artifact) so that
 * `mlgate publish-report`, in a later workflow with write permission, can post the check run and
 * the comment: the verdict, its renderings, and `<gate>.bundle.json` recording where to post (repo,
 * pull request, head SHA) and how (check name, comment policy, marker key). Read back, a bundle is
 * untrusted (a fork's workflow may have written it), so it is parsed strictly (bundle.ts); this
 * module holds only its format, for the gates that write one.
 */

const BUNDLE_VERSION = 1;
const BUNDLE_SUFFIX = '.bundle.json';
/** The bundle file of a gate in a report directory. */
function bundleFile(reportDir, gate) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(reportDir, `${gate}${BUNDLE_SUFFIX}`);
}


/***/ }),

/***/ 43209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ defaultCheckName),
/* harmony export */   TJ: () => (/* binding */ checkRunContent),
/* harmony export */   k7: () => (/* binding */ annotationBatches)
/* harmony export */ });
/* unused harmony exports CHECK_OUTPUT_LIMIT, ANNOTATIONS_PER_REQUEST, CHECK_ANNOTATION_CAP, checkConclusion, repositoryPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26059);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46837);
/**
 * What a gate's check run says, computed from the verdict alone (no API here): the conclusion, the
 * output within GitHub's size limits, and the file-anchored annotations GitHub accepts.
 */




/** GitHub's limits: output.summary and output.text are at most 65535 characters. */
const CHECK_OUTPUT_LIMIT = 65_535;
/** Annotations GitHub accepts per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations one check run carries at most; the rest are counted in the summary. */
const CHECK_ANNOTATION_CAP = 500;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 4_000;
/** failure when the gate failed, success when every check passed, neutral otherwise (warnings only). */
function checkConclusion(verdict) {
    if (!verdict.passed)
        return 'failure';
    return verdict.status === 'passed' ? 'success' : 'neutral';
}
/**
 * A path relative to the repository root (GitHub's annotation path), or undefined when the file is
 * outside the workspace. Paths in the verdict are relative to the working directory, which is the
 * workspace in Actions.
 */
function repositoryPath(file, workspace) {
    if (file === '' || file.includes('\0'))
        return undefined;
    let path = file;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path)) {
        if (workspace === undefined)
            return undefined;
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path);
    }
    path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    if (path === '.' || path.startsWith('../') || path === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        return undefined;
    return path.replace(/^\.\//, '');
}
function clip(value, limit) {
    return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}
/** The check run for a verdict rendered as `markdown`, with a link to the full report when known. */
function checkRunContent(verdict, markdown, options = {}) {
    const cap = options.cap ?? CHECK_ANNOTATION_CAP;
    const located = [];
    let outside = 0;
    for (const annotation of (0,_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationsOf */ .I)(verdict, Number.POSITIVE_INFINITY)) {
        const path = annotation.file === undefined ? undefined : repositoryPath(annotation.file, options.workspace);
        if (path === undefined || annotation.line === undefined) {
            if (annotation.file !== undefined)
                outside++;
            continue;
        }
        located.push({
            path,
            start_line: Math.max(1, annotation.line),
            end_line: Math.max(1, annotation.line),
            annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
            message: clip(annotation.message, MESSAGE_LIMIT),
            ...(annotation.title === undefined ? {} : { title: clip(annotation.title, TITLE_LIMIT) })
        });
    }
    const annotations = located.slice(0, cap);
    const omitted = located.length - annotations.length + outside;
    const notes = [
        omitted > 0
            ? `_${omitted} more annotation${omitted === 1 ? '' : 's'} not shown here; every failing row is in the report._`
            : '',
        options.reportNote ?? ''
    ].filter((note) => note !== '');
    const tail = notes.join('\n\n');
    const summary = (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateMarkdown */ .o4)(tail === '' ? markdown : `${markdown}\n\n${tail}`, CHECK_OUTPUT_LIMIT, `_The summary is cut here to fit GitHub's limit; the full report is in the job summary and the report artifact._${tail === '' ? '' : `\n\n${tail}`}`);
    const conclusion = checkConclusion(verdict);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify({ conclusion, annotations }))
        .digest('hex')
        .slice(0, 16);
    return {
        conclusion,
        title: clip(verdict.headline, TITLE_LIMIT),
        summary,
        annotations,
        omitted,
        digest
    };
}
/** Annotations in request-sized batches. */
function annotationBatches(annotations, size = ANNOTATIONS_PER_REQUEST) {
    const batches = [];
    for (let start = 0; start < annotations.length; start += size)
        batches.push(annotations.slice(start, start + size));
    return batches;
}
/** The default check name of a gate. */
function defaultCheckName(gate) {
    return `mlgate / ${gate}`;
}


/***/ }),

/***/ 44012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   o3: () => (/* binding */ safeLink),
/* harmony export */   y1: () => (/* binding */ reportKey)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46682);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46837);
/**
 * The sticky PR comment's text: a hidden marker on the first line (how the next run finds the
 * comment to edit), the verdict's markdown, and a footer. Pure: posting is shared/github's job.
 */



/** GitHub rejects comment bodies over 65536 characters. */
const COMMENT_LIMIT = 65_536;
/** A short, stable key for one gate run on one data set and config: the sticky comment's identity. */
function reportKey(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}
const SAFE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** `<!-- mlgate:<gate>:<key> -->`; gate and key are restricted so the marker cannot be forged open. */
function commentMarker(gate, key) {
    if (!SAFE_KEY.test(gate) || !SAFE_KEY.test(key))
        throw new Error(`invalid marker parts ${JSON.stringify([gate, key])}`);
    return `<!-- mlgate:${gate}:${key} -->`;
}
/** An https URL fit for a markdown link target, or undefined. */
function safeLink(url) {
    return url !== undefined && /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/%-]*$/.test(url)
        ? url
        : undefined;
}
/** The full comment body for a verdict rendered as `markdown`. */
function commentBody(marker, verdict, markdown, footer) {
    const run = safeLink(footer.runUrl);
    const sha = footer.headSha !== undefined && /^[0-9a-f]{7,64}$/.test(footer.headSha) ? footer.headSha : undefined;
    const tail = [
        `mlgate ${footer.version}`,
        footer.headRef === undefined ? '' : `on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(footer.headRef.slice(0, 100))}`,
        sha === undefined ? '' : `at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(sha.slice(0, 7))}`,
        run === undefined ? '' : `[workflow run](${run})`,
        `${verdict.checks.length} checks`
    ]
        .filter((part) => part !== '')
        .join(' · ');
    const foot = `<sub>${tail}</sub>`;
    const room = COMMENT_LIMIT - marker.length - foot.length - 8;
    const body = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(markdown, room, '_The report is cut here to fit a comment; the full report is in the job summary and the report artifact._');
    return `${marker}\n${body}\n\n${foot}`;
}


/***/ }),

/***/ 46682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X: () => (/* binding */ escapeXml)
/* harmony export */ });
/**
 * Escaping for everything that comes from data, models or PRs and lands in markdown or HTML: column
 * names, cell values, file names. No @mention pings, no HTML, no broken tables.
 */
/** Markdown-safe inline text: table-safe (no pipes or newlines), no HTML, no mentions, no formatting. */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r\n|\r|\n/g, ' ↵ ')
        .replace(/@/g, '@\u200b');
}
/** An inline code span that survives any content (backticks, pipes, newlines). */
function codeSpan(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '¦');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat.replace(/@/g, '@\u200b')}${pad}${fence}`;
}
/** Text inside an HTML/XML element or attribute. */
function escapeXml(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        // XML 1.0 forbids these control characters even when escaped.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD'));
}


/***/ }),

/***/ 90216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ checksTable),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   PK: () => (/* binding */ rawTable),
/* harmony export */   S9: () => (/* binding */ renderGenericSummary),
/* harmony export */   cK: () => (/* binding */ failingShareChart),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports checkIcon, verdictIcon, shortCheckName */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46682);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16530);


const ICON = { pass: '✅', fail: '❌', warn: '⚠️' };
function checkIcon(check) {
    return check.success ? ICON.pass : check.severity === 'warning' ? ICON.warn : ICON.fail;
}
function verdictIcon(verdict) {
    return verdict.status === 'passed' ? ICON.pass : verdict.status === 'warning' ? ICON.warn : ICON.fail;
}
/** A markdown table from rows of cells, every cell escaped. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(header.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)),
        line(header.map(() => '---')),
        ...rows.map((row) => line(row.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)))
    ].join('\n');
}
/** A table whose cells are already markdown (icons, code spans built here). */
function rawTable(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** The checks, failing ones first, each with up to three example rows. */
function checksTable(checks) {
    const ordered = [...checks.filter((check) => !check.success), ...checks.filter((check) => check.success)];
    return rawTable(['', 'check', 'result', 'examples'], ordered.map((check) => [
        checkIcon(check),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(check.id),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(check.message),
        check.examples
            .slice(0, 3)
            .map((example) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${example.file}:${example.line}${example.value === undefined ? '' : ` ${JSON.stringify(example.value)}`}`))
            .join('<br>')
    ]));
}
/** A collapsed section. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The verdict line shown first everywhere: icon, gate, headline. */
function verdictLine(verdict) {
    return `### ${verdictIcon(verdict)} mlgate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(verdict.gate)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(verdict.headline)}`;
}
/** A check id without the Great Expectations prefix, short enough for a chart axis. */
function shortCheckName(id) {
    return id.replace(/^expect_(column_values_to_|column_|table_|compound_columns_to_)?/, '');
}
/** The share of failing rows (Great Expectations' `unexpected_percent`) of each failing check. */
function failingShareChart(checks) {
    const bars = checks.flatMap((check) => {
        const percent = check.observed.unexpected_percent;
        return !check.success && typeof percent === 'number' && Number.isFinite(percent)
            ? [{ label: shortCheckName(check.id), value: percent }]
            : [];
    });
    return (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .barChart */ .S9)({ title: 'Failing rows per check, percent', yLabel: 'percent of rows', bars, yMin: 0 });
}
/** Any gate's markdown: the verdict line, the checks (failing first) and their failing shares. */
function renderGenericSummary(verdict) {
    const parts = [verdictLine(verdict)];
    if (verdict.checks.length > 0)
        parts.push(checksTable(verdict.checks));
    const chart = failingShareChart(verdict.checks);
    if (chart !== '')
        parts.push(chart);
    return parts.join('\n\n');
}


/***/ }),

/***/ 16530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   Tz: () => (/* binding */ lineChart)
/* harmony export */ });
/* unused harmony exports MAX_BARS, mermaidLabel */
/**
 * Charts as Mermaid `xychart-beta` blocks: GitHub renders them in comments, check runs and step
 * summaries, so no image host is needed. Labels come from data (column names, check ids), so they
 * are reduced to a safe alphabet: Mermaid has no escape inside a quoted label, and a backtick or
 * newline could end the code fence.
 */
/** Most bars a chart shows; the rest are named in the caption. */
const MAX_BARS = 25;
const MAX_LABEL = 24;
/** A label safe inside `"…"` in Mermaid and inside a code fence: letters, digits and a few marks. */
function mermaidLabel(text, max = MAX_LABEL) {
    const safe = text
        .normalize('NFC')
        .replace(/[^\p{L}\p{N} _.,:/()+=-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    // Code points, not UTF-16 units: the safe alphabet has no combining marks or emoji sequences.
    const short = Array.from(safe);
    const label = short.length > max ? `${short.slice(0, max - 1).join('')}…` : safe;
    return label === '' ? '_' : label;
}
/** A number as Mermaid reads it: plain decimal, no exponent, finite. */
function mermaidNumber(value) {
    if (!Number.isFinite(value))
        return '0';
    const rounded = Number(value.toPrecision(6));
    return Math.abs(rounded) < 1e-6 ? '0' : rounded.toFixed(6).replace(/\.?0+$/, '');
}
/** A fenced ```mermaid block with a bar chart, or '' when there is nothing to draw. */
function barChart(chart) {
    const bars = chart.bars.slice(0, MAX_BARS);
    if (bars.length === 0)
        return '';
    const values = bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0));
    const line = chart.line?.slice(0, MAX_BARS);
    const top = Math.max(...values, ...(line ?? []), 0);
    const yMin = chart.yMin ?? Math.min(0, ...values);
    const yMax = chart.yMax ?? (top > yMin ? top : yMin + 1);
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidLabel(chart.title, 80)}"`,
        `    x-axis [${bars.map((bar) => `"${mermaidLabel(bar.label)}"`).join(', ')}]`,
        `    y-axis "${mermaidLabel(chart.yLabel, 40)}" ${mermaidNumber(yMin)} --> ${mermaidNumber(yMax)}`,
        `    bar [${values.map(mermaidNumber).join(', ')}]`
    ];
    if (line !== undefined && line.length === bars.length) {
        lines.push(`    line [${line.map(mermaidNumber).join(', ')}]`);
    }
    lines.push('```');
    const hidden = chart.bars.length - bars.length;
    return hidden > 0 ? `${lines.join('\n')}\n\n_${hidden} more not charted._` : lines.join('\n');
}
/** A fenced ```mermaid line chart of y over evenly spaced x labels (a curve sampled at `points`). */
function lineChart(chart) {
    if (chart.x.length < 2 || chart.x.length !== chart.y.length)
        return '';
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidLabel(chart.title, 80)}"`,
        `    x-axis "${mermaidLabel(chart.xLabel, 40)}" [${chart.x.map((value) => `"${mermaidNumber(Number(value.toFixed(3)))}"`).join(', ')}]`,
        `    y-axis "${mermaidLabel(chart.yLabel, 40)}" 0 --> 1`,
        `    line [${chart.y.map(mermaidNumber).join(', ')}]`,
        '```'
    ].join('\n');
}


/***/ }),

/***/ 65815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ COMMENT_ON_PASS),
/* harmony export */   OS: () => (/* binding */ reportingInputs),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   vZ: () => (/* binding */ reportingOptions)
/* harmony export */ });
/* unused harmony export PUBLISH_MODES */
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8420);

/** When the sticky PR comment is posted. */
const COMMENT_MODES = ['off', 'on-failure', 'always'];
/** What happens to the sticky comment once the gate passes with no failing check. */
const COMMENT_ON_PASS = ['update', 'delete'];
/** Whether a gate posts to GitHub itself, or only leaves the bundle for `mlgate publish-report`. */
const PUBLISH_MODES = ['auto', 'bundle'];
/** The reporting inputs every gate takes, besides `report-dir` and `github-token`. */
const reportingInputs = {
    'check-name': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.text('Name of the check run. Default: `mlgate / <gate>`.'),
    comment: _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice('When to post the sticky pull-request comment (one per gate and config, edited in place).', COMMENT_MODES, 'always'),
    'comment-on-pass': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice('What to do with the sticky comment when the gate later passes with no failing check.', COMMENT_ON_PASS, 'update'),
    publish: _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice('auto: post the check run and comment when the token allows (else warn once and keep the report bundle); bundle: only write and upload the bundle, for `mlgate publish-report` in a workflow_run workflow (fork-safe reporting).', PUBLISH_MODES, 'auto'),
    'upload-report': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.flag('Upload the report bundle (verdict JSON, markdown, HTML, JUnit) as a workflow artifact, in Actions.', true),
    'artifact-name': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.text('Name of the report artifact. Default: `mlgate-<gate>`.')
};
/** The reporting settings from a gate's inputs. */
function reportingOptions(inputs, key) {
    return {
        reportDir: inputs['report-dir'] ?? 'mlgate-report',
        ...(inputs['github-token'] === undefined ? {} : { token: inputs['github-token'] }),
        ...(inputs['check-name'] === undefined ? {} : { checkName: inputs['check-name'] }),
        comment: inputs.comment,
        commentOnPass: inputs['comment-on-pass'],
        publish: inputs.publish,
        upload: inputs['upload-report'],
        ...(inputs['artifact-name'] === undefined ? {} : { artifactName: inputs['artifact-name'] }),
        key
    };
}


/***/ }),

/***/ 22961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TP: () => (/* binding */ publishVerdict)
});

// UNUSED EXPORTS: reportFiles, reportNote

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/github/artifact.ts
var artifact = __webpack_require__(21772);
// EXTERNAL MODULE: ./shared/github/context.ts
var github_context = __webpack_require__(63643);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
// EXTERNAL MODULE: ./shared/report/annotations.ts
var annotations = __webpack_require__(26059);
// EXTERNAL MODULE: ./shared/report/check-run.ts
var check_run = __webpack_require__(43209);
// EXTERNAL MODULE: ./shared/report/bundle-format.ts
var bundle_format = __webpack_require__(48217);
// EXTERNAL MODULE: ./shared/report/comment.ts
var comment = __webpack_require__(44012);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/junit.ts

/**
 * A JUnit XML file, one test case per check, so any test reporter shows data tests as tests. A
 * failing check is a <failure> (type error or warning); examples go in the failure text.
 */
function renderJunit(verdict) {
    const failures = verdict.checks.filter((check) => !check.success).length;
    const seconds = (verdict.durationMs / 1000).toFixed(3);
    const cases = verdict.checks.map((check) => {
        const open = `    <testcase classname="mlgate.${(0,report_escape/* escapeXml */.X)(verdict.gate)}" name="${(0,report_escape/* escapeXml */.X)(check.id)}" time="0">`;
        if (check.success)
            return `${open}</testcase>`;
        const lines = [
            check.message,
            ...check.examples.map((example) => `${example.file}:${example.line}${example.value === undefined ? '' : ` ${JSON.stringify(example.value)}`}${example.note === undefined ? '' : ` (${example.note})`}`)
        ];
        return `${open}\n      <failure type="${check.severity}" message="${(0,report_escape/* escapeXml */.X)(check.message)}">${(0,report_escape/* escapeXml */.X)(lines.join('\n'))}</failure>\n    </testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="mlgate" tests="${verdict.checks.length}" failures="${failures}" errors="0" time="${seconds}">`,
        `  <testsuite name="mlgate ${(0,report_escape/* escapeXml */.X)(verdict.gate)}" tests="${verdict.checks.length}" failures="${failures}" errors="0" skipped="0" time="${seconds}" timestamp="${verdict.createdAt}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./shared/report/render.ts + 4 modules
var render = __webpack_require__(46837);
;// CONCATENATED MODULE: ./shared/report/publish.ts












function reportFiles(reportDir, gate) {
    return {
        verdict: (0,external_node_path_.join)(reportDir, `${gate}.json`),
        junit: (0,external_node_path_.join)(reportDir, `${gate}.junit.xml`),
        markdown: (0,external_node_path_.join)(reportDir, `${gate}.md`),
        html: (0,external_node_path_.join)(reportDir, `${gate}.html`),
        bundle: (0,bundle_format/* bundleFile */.px)(reportDir, gate)
    };
}
/** Where the full report is, for the check run's summary. */
function reportNote(artifactName, runUrl) {
    const run = (0,comment/* safeLink */.o3)(runUrl);
    const where = run === undefined ? 'the workflow run' : `the [workflow run](${run})`;
    return artifactName === undefined
        ? `The full report (HTML, JUnit, verdict JSON) is in the job summary of ${where}.`
        : `The full report (HTML, JUnit, verdict JSON) is in the artifact ${(0,report_escape/* codeSpan */.SS)(artifactName)} of ${where}.`;
}
/**
 * Renders one verdict everywhere: the report bundle (verdict JSON, JUnit XML, markdown, HTML and
 * `<gate>.bundle.json`), the step summary, annotations, the `passed`/`report` outputs, and on GitHub
 * the check run and sticky comment (outputs `check-run-id`, `comment-url`) and the report artifact.
 * Posting and uploading are optional work: a refusal (a fork's read-only token, a missing token, a
 * rate limit) is one warning, and the verdict, exit status and bundle stay as they are.
 */
async function publishVerdict(verdict, host, options) {
    const files = reportFiles(options.reportDir, verdict.gate);
    const rendered = (0,render/* renderReport */.B1)(verdict);
    await (0,promises_.mkdir)(options.reportDir, { recursive: true });
    // Written side by side: each write is an open, a write and a close on libuv's thread pool.
    await Promise.all([
        (0,promises_.writeFile)(files.verdict, `${JSON.stringify(verdict, null, 2)}\n`),
        (0,promises_.writeFile)(files.junit, renderJunit(verdict)),
        (0,promises_.writeFile)(files.markdown, `${rendered.markdown}\n`),
        (0,promises_.writeFile)(files.html, rendered.html),
        host.appendSummary(rendered.markdown)
    ]);
    for (const annotation of (0,annotations/* annotationsOf */.I)(verdict))
        host.annotate(annotation);
    host.setOutput('passed', String(verdict.passed));
    host.setOutput('report', files.verdict);
    const context = await (0,github_context/* readGitHubContext */.L7)(host.env);
    const checkName = options.checkName ?? (0,check_run/* defaultCheckName */.LJ)(verdict.gate);
    const artifactName = options.artifactName ?? `mlgate-${verdict.gate}`;
    const uploading = context !== undefined && options.upload && (0,artifact/* canUploadArtifacts */.t)(host.env);
    const posted = await postToGitHub(verdict, rendered.markdown, host, options, context, {
        checkName,
        bundleHint: `The report bundle is in ${options.reportDir}${uploading ? ` (artifact ${artifactName})` : ''}: post it with \`mlgate publish-report\` from a workflow_run workflow (workflows-examples/fork-safe-publish.yml).`,
        note: reportNote(uploading ? artifactName : undefined, context?.runUrl)
    });
    if (posted.checkRunId !== undefined)
        host.setOutput('check-run-id', String(posted.checkRunId));
    if (posted.commentUrl !== undefined)
        host.setOutput('comment-url', posted.commentUrl);
    const bundle = {
        mlgate: { bundle: bundle_format/* BUNDLE_VERSION */.AY, version: version/* MLGATE_VERSION */.C },
        gate: verdict.gate,
        key: options.key,
        checkName,
        comment: options.comment,
        commentOnPass: options.commentOnPass,
        files: {
            verdict: `${verdict.gate}.json`,
            markdown: `${verdict.gate}.md`,
            html: `${verdict.gate}.html`,
            junit: `${verdict.gate}.junit.xml`
        },
        ...(context === undefined
            ? {}
            : {
                github: {
                    repository: `${context.repository.owner}/${context.repository.repo}`,
                    eventName: context.eventName,
                    headSha: context.headSha,
                    ...(context.headRef === undefined ? {} : { headRef: context.headRef }),
                    ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest }),
                    fork: context.fork,
                    ...(context.runId === undefined ? {} : { runId: context.runId })
                }
            }),
        posted: { checkRun: posted.checkRunId !== undefined, comment: posted.commentDone }
    };
    await (0,promises_.writeFile)(files.bundle, `${JSON.stringify(bundle, null, 2)}\n`);
    if (uploading) {
        await (0,artifact/* uploadArtifact */.m)(artifactName, [files.verdict, files.markdown, files.html, files.junit, files.bundle], options.reportDir, host.env, host.logger);
    }
    return {
        files,
        ...(posted.checkRunId === undefined ? {} : { checkRunId: posted.checkRunId }),
        ...(posted.commentUrl === undefined ? {} : { commentUrl: posted.commentUrl })
    };
}
async function postToGitHub(verdict, markdown, host, options, context, extra) {
    if (context === undefined)
        return { commentDone: false };
    if (options.publish === 'bundle') {
        host.logger.info(`publish: bundle: not posting to GitHub. ${extra.bundleHint}`);
        return { commentDone: false };
    }
    if (options.token === undefined) {
        host.logger.warning(`mlgate could not post the check run${context.pullRequest === undefined ? '' : ' and comment'}: no github-token. The verdict is unchanged. ${extra.bundleHint}`);
        return { commentDone: false };
    }
    // Octokit loads only when there is something to post (a local run never needs it).
    const { clientFor, postReport, refusalWarning } = await Promise.all(/* import() */[__webpack_require__.e(108), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 4443));
    const outcome = await postReport(clientFor(options.token, context.apiUrl, host.logger), {
        verdict,
        markdown,
        target: {
            repository: context.repository,
            headSha: context.headSha,
            ...(context.headRef === undefined ? {} : { headRef: context.headRef }),
            ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest }),
            ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
            ...(context.workspace === undefined ? {} : { workspace: context.workspace })
        },
        checkName: extra.checkName,
        comment: options.comment,
        commentOnPass: options.commentOnPass,
        key: options.key,
        reportNote: extra.note
    }, host.logger);
    if (outcome.refusals.length > 0)
        host.logger.warning(refusalWarning(outcome.refusals, { fork: context.fork, bundleHint: extra.bundleHint }));
    const commentFailed = outcome.refusals.some((entry) => entry.what === 'comment');
    return {
        ...(outcome.checkRun === undefined ? {} : { checkRunId: outcome.checkRun.id }),
        ...(outcome.comment?.url === undefined ? {} : { commentUrl: outcome.comment.url }),
        commentDone: context.pullRequest !== undefined && !commentFailed
    };
}


/***/ }),

/***/ 46837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UN: () => (/* binding */ renderGenericReport),
  B1: () => (/* binding */ renderReport),
  o4: () => (/* binding */ truncateMarkdown)
});

// EXTERNAL MODULE: ./shared/checks/evaluator.ts
var evaluator = __webpack_require__(37547);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/html.ts

const STATUS_TEXT = { passed: 'passed', warning: 'passed with warnings', failed: 'failed' };
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:0 .2rem;word-break:break-all}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;color:#fff;font-weight:600}
.passed{background:#1a7f37}.warning{background:#9a6700}.failed{background:#cf222e}
.meta{color:#59636e}ul{margin:0;padding-left:1.2rem}svg text{font:11px system-ui,sans-serif}
`;
/** Escaped text; the one way data reaches the page. */
function html_text(value) {
    return (0,report_escape/* escapeXml */.X)(value);
}
/** A table from plain-text cells (escaped here); `numeric` columns are right-aligned. */
function htmlTable(header, rows, numeric = new Set()) {
    const head = `<tr>${header.map((cell) => `<th>${html_text(cell)}</th>`).join('')}</tr>`;
    const body = rows
        .map((row) => `<tr>${row.map((cell, index) => `<td${numeric.has(index) ? ' class="num"' : ''}>${html_text(cell)}</td>`).join('')}</tr>`)
        .join('\n');
    return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
/** A horizontal bar chart as inline SVG, with an optional threshold mark per bar; `alert` bars in red. */
function svgBars(bars, options) {
    if (bars.length === 0)
        return '';
    const finite = (value) => (Number.isFinite(value) ? Math.max(0, value) : 0);
    const max = options.max ?? Math.max(...bars.map((bar) => Math.max(finite(bar.value), finite(bar.mark ?? 0))), 1e-12);
    const row = 18;
    const labelWidth = 200;
    const plot = 440;
    const height = bars.length * row + 24;
    const items = bars.map((bar, index) => {
        const y = index * row + 4;
        const width = (Math.min(finite(bar.value), max) / max) * plot;
        const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
        const markX = bar.mark === undefined
            ? undefined
            : (labelWidth + (Math.min(finite(bar.mark), max) / max) * plot).toFixed(1);
        const mark = markX === undefined
            ? ''
            : `<line x1="${markX}" x2="${markX}" y1="${y - 2}" y2="${y + row - 4}" stroke="#1f2328" stroke-width="2"/>`;
        return [
            `<text x="${labelWidth - 6}" y="${y + 11}" text-anchor="end">${html_text(label)}</text>`,
            `<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${row - 6}" fill="${bar.alert === true ? '#cf222e' : '#0969da'}"/>`,
            mark,
            `<text x="${(labelWidth + width + 4).toFixed(1)}" y="${y + 11}">${html_text(formatShort(bar.value))}</text>`
        ].join('');
    });
    return [
        `<figure><svg role="img" width="${labelWidth + plot + 80}" height="${height}" viewBox="0 0 ${labelWidth + plot + 80} ${height}">`,
        `<title>${html_text(options.caption)}</title>`,
        ...items,
        '</svg>',
        `<figcaption class="meta">${html_text(options.caption)}</figcaption></figure>`
    ].join('\n');
}
function formatShort(value) {
    if (!Number.isFinite(value))
        return String(value);
    return Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value !== 0)
        ? value.toExponential(2)
        : String(Number(value.toPrecision(4)));
}
function checkState(check) {
    return check.success ? 'passed' : check.severity === 'warning' ? 'warning' : 'failed';
}
/** The checks, failing first, each with its example rows. */
function checksSection(checks) {
    const ordered = [...checks.filter((check) => !check.success), ...checks.filter((check) => check.success)];
    const rows = ordered.map((check) => {
        const state = checkState(check);
        const examples = check.examples
            .slice(0, 10)
            .map((example) => `<li><code>${html_text(`${example.file}:${example.line}`)}</code>${example.value === undefined ? '' : ` ${html_text(JSON.stringify(example.value))}`}${example.note === undefined ? '' : ` (${html_text(example.note)})`}</li>`)
            .join('');
        return `<tr><td><span class="badge ${state}">${state}</span></td><td><code>${html_text(check.id)}</code></td><td>${html_text(check.message)}</td><td>${examples === '' ? '' : `<ul>${examples}</ul>`}</td></tr>`;
    });
    const body = rows.length === 0
        ? '<p>No checks configured.</p>'
        : `<table>\n<thead><tr><th></th><th>check</th><th>result</th><th>examples</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    return { title: 'Checks', body };
}
/** The whole page for one verdict: header, the gate's sections, and the raw verdict folded. */
function renderHtml(verdict, sections) {
    const status = verdict.status in STATUS_TEXT ? verdict.status : 'failed';
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${html_text(`mlgate ${verdict.gate}: ${STATUS_TEXT[status]}`)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        `<h1>mlgate ${html_text(verdict.gate)} <span class="badge ${status}">${html_text(STATUS_TEXT[status])}</span></h1>`,
        `<p>${html_text(verdict.headline)}</p>`,
        `<p class="meta">${html_text(`gate ${verdict.passed ? 'passed' : 'failed'} (fail-on ${verdict.failOn}) · ${verdict.createdAt} · ${verdict.durationMs} ms · mlgate ${verdict.mlgate.version}`)}</p>`,
        ...sections.flatMap((section) => [`<h2>${html_text(section.title)}</h2>`, section.body]),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./shared/report/data-html.ts


const P_VALUE_METHODS = new Set(['ks', 'chisquare']);
/** validate-data's standalone HTML report: the data set, the checks, drift with charts, the profile. */
function renderDataHtml(verdict) {
    const { data, profile, drift } = verdict.details;
    const sections = [
        {
            title: 'Data set',
            body: `<p>${html_text(`${data.path}: ${(0,evaluator/* formatCount */.B4)(data.rows)} rows × ${data.columns.length} columns (${data.format}), fingerprint ${data.fingerprint}`)}</p>\n${htmlTable(['file', 'bytes', 'sha256'], data.files.map((file) => [file.path, (0,evaluator/* formatCount */.B4)(file.bytes), file.sha256]), new Set([1]))}`
        },
        checksSection(verdict.checks)
    ];
    if (drift !== undefined) {
        const pValues = drift.columns.filter((column) => P_VALUE_METHODS.has(column.method));
        const distances = drift.columns.filter((column) => !P_VALUE_METHODS.has(column.method));
        sections.push({
            title: `Drift against ${drift.reference}`,
            body: [
                `<p>${html_text(`${drift.driftedColumns} of ${drift.columns.length} columns drifted (share ${(0,evaluator/* formatNumber */.ZV)(drift.share)}; the data set drifts at ${(0,evaluator/* formatNumber */.ZV)(drift.threshold)}).`)}</p>`,
                svgBars(pValues.map((column) => ({
                    label: column.column,
                    value: column.pValue ?? 0,
                    mark: column.threshold,
                    alert: column.drifted
                })), { max: 1, caption: 'p-value per column; drifted columns in red (below the mark)' }),
                svgBars(distances.map((column) => ({
                    label: column.column,
                    value: column.statistic ?? 0,
                    mark: column.threshold,
                    alert: column.drifted
                })), { caption: 'distance per column; drifted columns in red (beyond the mark)' }),
                htmlTable([
                    'column',
                    'method',
                    'statistic',
                    'p-value',
                    'threshold',
                    'drifted',
                    'reference rows',
                    'current rows'
                ], drift.columns.map((column) => [
                    column.column,
                    column.method,
                    (0,evaluator/* formatNumber */.ZV)(column.statistic),
                    column.pValue === undefined ? '' : (0,evaluator/* formatNumber */.ZV)(column.pValue),
                    (0,evaluator/* formatNumber */.ZV)(column.threshold),
                    column.drifted ? 'yes' : 'no',
                    (0,evaluator/* formatCount */.B4)(column.referenceRows),
                    (0,evaluator/* formatCount */.B4)(column.currentRows)
                ]), new Set([2, 3, 4, 6, 7])),
                drift.untested.length === 0
                    ? ''
                    : `<p>Not tested: ${html_text(drift.untested.map((entry) => `${entry.column} (${entry.reason})`).join('; '))}</p>`
            ]
                .filter((part) => part !== '')
                .join('\n')
        });
    }
    sections.push({
        title: 'Profile',
        body: htmlTable(['column', 'type', 'nulls', 'NaN', 'invalid', 'distinct', 'min', 'mean', 'max', 'std', 'most common'], profile.map((column) => [
            column.name,
            column.type,
            (0,evaluator/* formatCount */.B4)(column.nulls),
            (0,evaluator/* formatCount */.B4)(column.nan),
            (0,evaluator/* formatCount */.B4)(column.invalid),
            `${(0,evaluator/* formatCount */.B4)(column.distinct)}${column.distinctExact ? '' : '≈'}`,
            column.datetime?.min ?? (0,evaluator/* formatNumber */.ZV)(column.numeric?.min),
            column.numeric === undefined || column.datetime !== undefined
                ? ''
                : (0,evaluator/* formatNumber */.ZV)(column.numeric.mean),
            column.datetime?.max ?? (0,evaluator/* formatNumber */.ZV)(column.numeric?.max),
            column.numeric === undefined || column.datetime !== undefined ? '' : (0,evaluator/* formatNumber */.ZV)(column.numeric.std),
            column.mostCommon
                .slice(0, 5)
                .map((entry) => `${entry.value} (${entry.count})`)
                .join(', ')
        ]), new Set([2, 3, 4, 5, 6, 7, 8, 9]))
    });
    return renderHtml(verdict, sections);
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/mermaid.ts
var mermaid = __webpack_require__(16530);
;// CONCATENATED MODULE: ./shared/report/data-summary.ts




/** Tests whose score is a p-value (drift below the threshold) rather than a distance (drift above). */
const data_summary_P_VALUE_METHODS = new Set(['ks', 'chisquare']);
/**
 * Drift scores per column, one chart per kind of score: p-values (drift when below the threshold)
 * and distances (drift when above), each with its thresholds as a line. Drifted columns first.
 */
function driftCharts(columns) {
    const ordered = [...columns.filter((column) => column.drifted), ...columns.filter((c) => !c.drifted)];
    const pValues = ordered.filter((column) => data_summary_P_VALUE_METHODS.has(column.method));
    const distances = ordered.filter((column) => !data_summary_P_VALUE_METHODS.has(column.method));
    const charts = [
        (0,mermaid/* barChart */.S9)({
            title: 'Drift p-value per column (drift below the line)',
            yLabel: 'p-value',
            bars: pValues.map((column) => ({ label: column.column, value: column.pValue ?? 0 })),
            line: pValues.map((column) => column.threshold),
            yMin: 0,
            yMax: 1
        }),
        (0,mermaid/* barChart */.S9)({
            title: 'Drift distance per column (drift above the line)',
            yLabel: 'distance',
            bars: distances.map((column) => ({ label: column.column, value: column.statistic ?? 0 })),
            line: distances.map((column) => column.threshold),
            yMin: 0
        })
    ];
    return charts.filter((chart) => chart !== '');
}
/** validate-data's markdown: verdict line, failing checks first, drift, then the profile (folded). */
function renderDataSummary(verdict) {
    const { data, profile, drift } = verdict.details;
    const parts = [
        (0,markdown/* verdictLine */.MT)(verdict),
        `${(0,report_escape/* escapeMarkdown */.FV)(data.path)}: ${(0,evaluator/* formatCount */.B4)(data.rows)} rows × ${data.columns.length} columns, ${data.files.length} file${data.files.length === 1 ? '' : 's'} (${(0,report_escape/* escapeMarkdown */.FV)(data.format)}), fingerprint ${(0,report_escape/* codeSpan */.SS)(data.fingerprint.slice(0, 12))}`
    ];
    if (verdict.checks.length > 0)
        parts.push((0,markdown/* checksTable */.Et)(verdict.checks));
    const failing = (0,markdown/* failingShareChart */.cK)(verdict.checks);
    if (failing !== '')
        parts.push(failing);
    if (drift !== undefined) {
        parts.push(`#### Drift against ${(0,report_escape/* escapeMarkdown */.FV)(drift.reference)}: ${drift.driftedColumns} of ${drift.columns.length} columns drifted (share ${(0,evaluator/* formatNumber */.ZV)(drift.share)}, gate at ${(0,evaluator/* formatNumber */.ZV)(drift.threshold)})`, (0,markdown/* table */.tp)(['column', 'method', 'statistic', 'p-value', 'threshold', 'drifted'], drift.columns.map((column) => [
            column.column,
            column.method,
            (0,evaluator/* formatNumber */.ZV)(column.statistic),
            column.pValue === undefined ? '' : (0,evaluator/* formatNumber */.ZV)(column.pValue),
            (0,evaluator/* formatNumber */.ZV)(column.threshold),
            column.drifted ? 'yes' : 'no'
        ])), ...driftCharts(drift.columns));
    }
    parts.push((0,markdown/* details */.zH)('Profile', (0,markdown/* table */.tp)(['column', 'type', 'nulls', 'distinct', 'min', 'mean', 'max', 'std', 'most common'], profile.map((column) => [
        column.name,
        column.type,
        (0,evaluator/* formatCount */.B4)(column.nulls + column.nan),
        `${(0,evaluator/* formatCount */.B4)(column.distinct)}${column.distinctExact ? '' : '≈'}`,
        column.datetime?.min ?? (0,evaluator/* formatNumber */.ZV)(column.numeric?.min),
        column.numeric === undefined || column.datetime !== undefined
            ? ''
            : (0,evaluator/* formatNumber */.ZV)(column.numeric.mean),
        column.datetime?.max ?? (0,evaluator/* formatNumber */.ZV)(column.numeric?.max),
        column.numeric === undefined || column.datetime !== undefined
            ? ''
            : (0,evaluator/* formatNumber */.ZV)(column.numeric.std),
        column.mostCommon
            .slice(0, 3)
            .map((entry) => `${entry.value.length > 30 ? `${entry.value.slice(0, 30)}…` : entry.value} (${entry.count})`)
            .join(', ')
    ]))));
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./shared/report/evaluate-summary.ts





/** Points a curve is resampled to for a chart: Mermaid's x axis is categorical. */
const CURVE_POINTS = 11;
/** The curve's y at evenly spaced x in [0, 1] (step interpolation, as the curve is drawn). */
function resample(x, y, ascending) {
    const xs = Array.from({ length: CURVE_POINTS }, (_, i) => i / (CURVE_POINTS - 1));
    const pairs = x
        .map((value, i) => [value, y[i]])
        .sort((a, b) => (ascending ? a[0] - b[0] : b[0] - a[0]));
    const ys = xs.map((at) => {
        let best = pairs[0]?.[1] ?? 0;
        for (const [px, py] of pairs)
            if ((ascending && px <= at) || (!ascending && px >= at))
                best = py;
        return best;
    });
    return { x: xs, y: ys };
}
/** The metrics that matter most first, then the rest in name order. */
function metricOrder(names, task) {
    const first = task === 'classification'
        ? ['accuracy', 'f1', 'precision', 'recall', 'roc_auc', 'log_loss']
        : ['rmse', 'mae', 'r2', 'mape'];
    return [
        ...first.filter((name) => names.includes(name)),
        ...names.filter((name) => !first.includes(name)).sort()
    ];
}
/** The metrics table: candidate, and baseline with the delta when there is one. */
function metricRows(d) {
    const all = d.metrics[0]?.values ?? {};
    const base = d.baselineMetrics?.find((entry) => entry.slice === 'all')?.values;
    const rows = metricOrder(Object.keys(all), d.task).map((name) => {
        const value = all[name] ?? null;
        const reason = d.reasons[name];
        const shown = value === null && reason !== undefined ? `undefined (${reason})` : (0,evaluator/* formatNumber */.ZV)(value);
        if (base === undefined)
            return [name, shown];
        const previous = base[name] ?? null;
        const delta = value === null || previous === null ? null : value - previous;
        return [
            name,
            shown,
            (0,evaluator/* formatNumber */.ZV)(previous),
            delta === null ? '' : `${delta >= 0 ? '+' : ''}${(0,evaluator/* formatNumber */.ZV)(delta)}`
        ];
    });
    return {
        header: base === undefined ? ['metric', 'value'] : ['metric', 'candidate', 'baseline', 'delta'],
        rows
    };
}
/** The HTML report's sections beyond the checks: metrics, and slices when there are any. */
function evaluateHtmlSections(verdict) {
    const d = verdict.details;
    const metrics = metricRows(d);
    const sections = [{ title: 'Metrics', body: htmlTable(metrics.header, metrics.rows) }];
    if (d.metrics.length > 1) {
        const key = metricOrder(Object.keys(d.metrics[0]?.values ?? {}), d.task).slice(0, 4);
        sections.push({
            title: 'Metrics per slice',
            body: htmlTable(['slice', 'rows', ...key], d.metrics.map((slice) => [
                slice.slice,
                (0,evaluator/* formatCount */.B4)(slice.rows),
                ...key.map((name) => (0,evaluator/* formatNumber */.ZV)(slice.values[name] ?? null))
            ]))
        });
    }
    return sections;
}
/** evaluate-thresholds' markdown: verdict line, thresholds (failing first), metrics with deltas, slices, confusion matrix, curves. */
function renderEvaluateSummary(verdict) {
    const d = verdict.details;
    const all = d.metrics[0]?.values ?? {};
    const parts = [
        (0,markdown/* verdictLine */.MT)(verdict),
        `${(0,report_escape/* codeSpan */.SS)(d.model.path)} on ${(0,report_escape/* escapeMarkdown */.FV)(d.data.path)}: ${(0,evaluator/* formatCount */.B4)(d.data.rows)} rows (${d.task})${d.data.dropped > 0 ? `, ${(0,evaluator/* formatCount */.B4)(d.data.dropped)} dropped for NaN` : ''}${d.baseline === undefined ? '' : `; baseline ${(0,report_escape/* codeSpan */.SS)(d.baseline.path)}`}`
    ];
    if (d.notes.length > 0)
        parts.push(d.notes.map((note) => `> ${(0,report_escape/* escapeMarkdown */.FV)(note)}`).join('\n>\n'));
    if (verdict.checks.length > 0)
        parts.push((0,markdown/* checksTable */.Et)(verdict.checks));
    const names = metricOrder(Object.keys(all), d.task);
    const metrics = metricRows(d);
    parts.push('#### Metrics', (0,markdown/* table */.tp)(metrics.header, metrics.rows));
    if (d.metrics.length > 1) {
        const key = names.slice(0, 4);
        parts.push((0,markdown/* details */.zH)('Metrics per slice', (0,markdown/* table */.tp)(['slice', 'rows', ...key], d.metrics.map((slice) => [
            slice.slice,
            (0,evaluator/* formatCount */.B4)(slice.rows),
            ...key.map((name) => (0,evaluator/* formatNumber */.ZV)(slice.values[name] ?? null))
        ]))));
    }
    if (d.confusionMatrix !== undefined && d.classes !== undefined && d.classes.length <= 20) {
        parts.push((0,markdown/* details */.zH)('Confusion matrix (rows: true class, columns: predicted)', (0,markdown/* table */.tp)(['', ...d.classes], d.confusionMatrix.map((row, i) => [d.classes[i], ...row.map((count) => (0,evaluator/* formatCount */.B4)(count))]))));
    }
    if (d.curves?.roc !== undefined) {
        const roc = resample(d.curves.roc.fpr, d.curves.roc.tpr, true);
        parts.push((0,mermaid/* lineChart */.Tz)({
            title: `ROC curve (AUC ${(0,evaluator/* formatNumber */.ZV)(d.curves.roc.auc)})`,
            xLabel: 'false positive rate',
            yLabel: 'true positive rate',
            x: roc.x,
            y: roc.y
        }));
    }
    if (d.curves?.pr !== undefined) {
        const pr = resample(d.curves.pr.recall, d.curves.pr.precision, true);
        parts.push((0,mermaid/* lineChart */.Tz)({ title: 'Precision-recall curve', xLabel: 'recall', yLabel: 'precision', x: pr.x, y: pr.y }));
    }
    return parts.filter((part) => part !== '').join('\n\n');
}

;// CONCATENATED MODULE: ./shared/report/render.ts





/**
 * Renders a verdict with its gate's renderers, or the generic ones (verdict line and checks) when the
 * gate has none. The one place that knows which gate renders how. A verdict's details are trusted to
 * be its gate's: true of the verdicts a command builds; a bundle read back checks them first
 * (`readBundle`), and renders those that do not fit with `renderGenericReport`.
 */
function renderReport(verdict) {
    if (verdict.gate === 'validate-data') {
        const data = verdict;
        return { markdown: renderDataSummary(data), html: renderDataHtml(data) };
    }
    if (verdict.gate === 'evaluate-thresholds') {
        const evaluation = verdict;
        return {
            markdown: renderEvaluateSummary(evaluation),
            html: renderHtml(verdict, [checksSection(verdict.checks), ...evaluateHtmlSections(evaluation)])
        };
    }
    return renderGenericReport(verdict);
}
/** The verdict line and the checks, for any gate. */
function renderGenericReport(verdict) {
    return {
        markdown: (0,markdown/* renderGenericSummary */.S9)(verdict),
        html: renderHtml(verdict, [checksSection(verdict.checks)])
    };
}
/**
 * Cuts markdown to `max` characters at a line boundary, closing an open code fence and open
 * `<details>`, and ends with `note`. GitHub rejects longer comment bodies and check-run outputs.
 */
function truncateMarkdown(markdown, max, note) {
    if (markdown.length <= max)
        return markdown;
    const room = Math.max(0, max - note.length - 64);
    let cut = markdown.slice(0, room);
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    const fences = (cut.match(/^```/gm) ?? []).length;
    if (fences % 2 === 1)
        cut += '\n```';
    const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    for (let index = 0; index < open; index++)
        cut += '\n\n</details>';
    return `${cut}\n\n${note}`;
}


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* unused harmony export checkInputNames */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const accept = (value) => ({ ok: true, value });
const refuse = (expected) => ({ ok: false, expected });
const asText = (raw) => accept(raw);
/** Input builders. Each returns an `InputDef` whose parser gives a precise "expected …" message. */
const input = {
    /** Free text; undefined when not given and no default. */
    text(description, options = {}) {
        return { description, ...options, parse: asText };
    },
    secret(description, options = {}) {
        return { description, ...options, secret: true, parse: asText };
    },
    /** Strict booleans, as the runner's `getBooleanInput`: true/True/TRUE/false/False/FALSE. */
    flag(description, defaultValue) {
        return {
            description,
            default: String(defaultValue),
            parse: (raw) => raw !== undefined && TRUE.includes(raw)
                ? accept(true)
                : raw !== undefined && FALSE.includes(raw)
                    ? accept(false)
                    : refuse('expected true or false')
        };
    },
    number(description, options = {}) {
        const { min, max, integer } = options;
        const range = (integer === true ? 'an integer' : 'a number') +
            (min !== undefined && max !== undefined
                ? ` from ${min} to ${max}`
                : min !== undefined
                    ? ` ≥ ${min}`
                    : max !== undefined
                        ? ` ≤ ${max}`
                        : '');
        return {
            description,
            ...(options.default === undefined ? {} : { default: String(options.default) }),
            parse: (raw) => {
                if (raw === undefined)
                    return accept(undefined);
                const value = NUMBER.test(raw) ? Number(raw) : NaN;
                const ok = Number.isFinite(value) &&
                    (integer !== true || Number.isInteger(value)) &&
                    (min === undefined || value >= min) &&
                    (max === undefined || value <= max);
                return ok ? accept(value) : refuse(`expected ${range}`);
            }
        };
    },
    choice(description, choices, defaultValue) {
        const expected = `expected one of ${choices.join(', ')}`;
        return {
            description: `${description} One of: ${choices.join(', ')}.`,
            default: defaultValue,
            parse: (raw) => raw !== undefined && choices.includes(raw)
                ? accept(raw)
                : refuse(expected)
        };
    }
};
/**
 * Reads and validates every input before the command does anything. Throws one ConfigurationError
 * naming each bad input and what was expected.
 */
function readInputs(spec, get, mask) {
    const values = {};
    const problems = [];
    for (const [name, def] of Object.entries(spec)) {
        const raw = get(name) ?? def.default;
        if (raw !== undefined && def.secret === true)
            mask(raw);
        if (raw === undefined && def.required === true) {
            problems.push(`input \`${name}\` is required`);
            continue;
        }
        const parsed = def.parse(raw);
        if (parsed.ok)
            values[name] = parsed.value;
        else {
            const shown = raw === undefined ? 'nothing' : `\`${raw}\``;
            problems.push(`input \`${name}\`: ${parsed.expected}, got ${shown}`);
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems.join('; '));
    return values;
}
/** Throws when a CLI flag names no input of the command. */
function checkInputNames(spec, given, command) {
    for (const name of given) {
        if (!(name in spec)) {
            const closest = closestName(name, Object.keys(spec));
            throw new ConfigurationError(`${command}: unknown option \`--${name}\`${closest === undefined ? '' : ` (did you mean \`--${closest}\`?)`}`);
        }
    }
}


/***/ }),

/***/ 39029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MLGATE_VERSION)
/* harmony export */ });
/** mlgate's version, recorded in every verdict and manifest. Kept in step with package.json by a test. */
const MLGATE_VERSION = '0.1.0';


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   YV: () => (/* binding */ quantile)
/* harmony export */ });
/* unused harmony export median */
/**
 * Quantiles of sorted samples, as numpy/pandas compute them.
 */
/** The quantiles every numeric column profile reports, by key. */
const PROFILE_QUANTILES = [
    ['0.01', 0.01],
    ['0.05', 0.05],
    ['0.25', 0.25],
    ['0.5', 0.5],
    ['0.75', 0.75],
    ['0.95', 0.95],
    ['0.99', 0.99]
];
/**
 * The q-quantile of ascending `sorted` values with numpy's default 'linear' method (pandas
 * `Series.quantile`): virtual index h = (n − 1)·q, then numpy's `_lerp` between the neighbours, which
 * interpolates from the upper neighbour when the weight is ≥ 0.5 so that results are monotone.
 * pandas passes `q * 100` to `np.percentile`, which divides by 100 again; that round trip is kept
 * because it can move q by one ulp.
 * @throws RangeError when `sorted` is empty or q is outside [0, 1].
 */
function quantile(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        throw new RangeError('quantile: no values');
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
    const qq = (q * 100) / 100;
    const virtual = (n - 1) * qq;
    if (virtual >= n - 1)
        return sorted[n - 1];
    const lo = Math.floor(virtual);
    const gamma = virtual - lo;
    const a = sorted[lo];
    const b = sorted[lo + 1];
    const diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
/**
 * The median of ascending `sorted` values as `np.median`/pandas `Series.median` compute it: the
 * middle value, or the mean (a + b) / 2 of the two middle values (not the lerp of `quantile(…, 0.5)`,
 * which can differ in the last bit).
 * @throws RangeError when `sorted` is empty.
 */
function median(sorted) {
    const n = sorted.length;
    if (n === 0)
        throw new RangeError('median: no values');
    const mid = n >> 1;
    if (n % 2 === 1)
        return sorted[mid];
    return (sorted[mid - 1] + sorted[mid]) / 2;
}


/***/ }),

/***/ 12750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ NumericSampler),
/* harmony export */   y: () => (/* binding */ Xoshiro128)
/* harmony export */ });
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9629);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93388);
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64656);
/**
 * Bounded sample of a numeric stream for quantiles and drift: every value while there are at most
 * `cap`, then a uniform reservoir sample of `cap` values.
 *
 * Bound (documented and tested): the reservoir is a uniform sample without replacement of n = cap of
 * the N values, so by the Dvoretzky–Kiefer–Wolfowitz inequality (Massart's constant; sampling without
 * replacement only concentrates more) the sample's empirical CDF is within ε of the data's everywhere
 * with probability ≥ 1 − 2·exp(−2nε²). With the default cap of 500,000 every quantile's rank error
 * exceeds 0.005 with probability ≤ 2·exp(−25) ≈ 2.8e-11.
 */



// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { floor, imul } = Math;
/**
 * xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"), seeded
 * through splitmix32: small, fast and deterministic. The state is a public Uint32Array so that hot
 * loops can run the generator inline on local variables (a method call per draw boxes its result).
 */
class Xoshiro128 {
    state = new Uint32Array(4);
    constructor(seed) {
        let s = seed >>> 0;
        for (let i = 0; i < 4; i++) {
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            this.state[i] = z ^ (z >>> 16);
        }
    }
    /** A uniform 32-bit unsigned integer. */
    nextUint32() {
        const st = this.state;
        const a = st[0];
        const b = st[1];
        let c = st[2];
        let d = st[3];
        const x = Math.imul(b, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        st[1] = b ^ c;
        st[0] = a ^ d;
        st[2] = c ^ t;
        st[3] = (d << 11) | (d >>> 21);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits. */
    nextUnit() {
        return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
    }
}
class NumericSampler {
    cap;
    buffer = new Float64Array(1024);
    length = 0;
    /** Finite values offered so far. */
    seen = 0;
    random;
    sorted = null;
    constructor(cap, seed) {
        this.cap = cap;
        if (!(Number.isInteger(cap) && cap >= 1)) {
            throw new RangeError(`sampleCap must be a positive integer, got ${cap}`);
        }
        this.random = new Xoshiro128(seed);
    }
    /** All finite values seen. */
    get count() {
        return this.seen;
    }
    /** True while the sample holds every value seen. */
    get exact() {
        return this.seen <= this.cap;
    }
    /** Offers the finite values of `values` (NaN and ±Infinity are skipped). */
    offer(values) {
        this.sorted = null;
        let from = 0;
        if (this.seen < this.cap) {
            from = this.keep(values);
            if (this.seen < this.cap)
                return;
        }
        this.sample(values, from);
    }
    /** Exact phase: keeps every value until `cap`; returns where it stopped. */
    keep(values) {
        const n = values.length;
        const cap = this.cap;
        let buffer = this.buffer;
        let length = this.length;
        let seen = this.seen;
        let i = 0;
        for (; i < n && seen < cap; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            if (length === buffer.length)
                buffer = this.grow(length);
            buffer[length++] = v;
            seen++;
        }
        this.length = length;
        this.seen = seen;
        return i;
    }
    /**
     * Reservoir phase from `values[from]`, Algorithm R (Vitter 1985): the i-th value (0-based)
     * replaces a uniformly chosen slot with probability cap/(i + 1). One 53-bit draw per value is
     * cheaper than Algorithm L's skips, which pay ~4 transcendental calls per accepted value and accept
     * cap·ln(N/cap) of them.
     */
    sample(values, from) {
        const n = values.length;
        const cap = this.cap;
        const buffer = this.buffer;
        const state = this.random.state;
        let seen = this.seen;
        let a = state[0];
        let b = state[1];
        let c = state[2];
        let d = state[3];
        for (let i = from; i < n; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            seen++;
            // Two xoshiro128** steps, inline (the same sequence as `Xoshiro128.nextUnit`).
            let x = imul(b, 5);
            const hi = imul((x << 7) | (x >>> 25), 9) >>> 5;
            let t = b << 9;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = (d << 11) | (d >>> 21);
            x = imul(b, 5);
            const lo = imul((x << 7) | (x >>> 25), 9) >>> 6;
            t = b << 9;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = (d << 11) | (d >>> 21);
            const slot = floor(((hi * 67108864 + lo) / 9007199254740992) * seen);
            if (slot < cap)
                buffer[slot] = v;
        }
        state[0] = a;
        state[1] = b;
        state[2] = c;
        state[3] = d;
        this.seen = seen;
    }
    /**
     * Offers a multiset given as distinct values and their counts (in any order: a reservoir sample is
     * uniform whatever the order), ±Infinity skipped. Used to start sampling from exact counts.
     */
    offerCounts(keys, counts, size) {
        // A column this diverse will most likely fill the sample: room for all of it at once, rather
        // than doubling up to it and leaving each smaller buffer to the collector.
        if (this.buffer.length < this.cap) {
            const full = new Float64Array(this.cap);
            full.set(this.buffer.subarray(0, this.length));
            this.buffer = full;
        }
        const chunk = new Float64Array(65_536);
        let length = 0;
        for (let i = 0; i < size; i++) {
            const key = keys[i];
            if (key - key !== 0)
                continue;
            for (let c = counts[i]; c > 0; c--) {
                chunk[length++] = key;
                if (length === chunk.length) {
                    this.offer(chunk);
                    length = 0;
                }
            }
        }
        if (length > 0)
            this.offer(chunk.subarray(0, length));
    }
    /**
     * The sample, sorted ascending (do not modify). Sorted in place: a reservoir's slots are
     * exchangeable, so sorting it keeps it a uniform sample and saves a copy of the size of the cap.
     */
    sortedValues() {
        const sorted = this.sorted ?? (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFloat64 */ .f)(this.buffer.subarray(0, this.length));
        this.sorted = sorted;
        return sorted;
    }
    /**
     * The sample's q-quantiles (numpy 'linear'), by selection rather than a full sort. Reorders the
     * sample buffer, which is harmless: a reservoir is a set, and its slots are picked uniformly.
     */
    quantiles(qs) {
        const sorted = this.sorted;
        if (sorted !== null)
            return qs.map((q) => (0,_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(sorted, q));
        return (0,_select_js__WEBPACK_IMPORTED_MODULE_2__/* .selectQuantiles */ .N)(this.buffer.subarray(0, this.length), qs);
    }
    grow(length) {
        const next = new Float64Array(Math.min(this.cap, length * 2));
        next.set(this.buffer);
        this.buffer = next;
        return next;
    }
}


/***/ }),

/***/ 93388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ selectQuantiles),
/* harmony export */   w: () => (/* binding */ selectRanks)
/* harmony export */ });
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);
/**
 * Order statistics without a full sort: a multi-target quickselect with three-way partitioning
 * (Hoare's FIND with Bentley–McIlroy's handling of equal keys), O(n log k) for k targets. The profile
 * needs 7 quantiles of up to `sampleCap` values; sorting them all would cost several times more.
 */

/** Small ranges are finished by insertion sort. */
const INSERTION = 24;
function insertionSort(a, lo, hi) {
    for (let i = lo + 1; i < hi; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}
function medianOf3(a, b, c) {
    return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
/**
 * Reorders `a` (no NaN) so that `a[r]` holds the value of rank r, for every r in `ranks` (ascending),
 * as if `a` were sorted; other positions are only partially ordered.
 */
function selectRanks(a, ranks) {
    const stack = [0, a.length, 0, ranks.length];
    while (stack.length > 0) {
        const rankHi = stack.pop();
        const rankLo = stack.pop();
        const hi = stack.pop();
        const lo = stack.pop();
        if (rankLo >= rankHi || hi - lo <= 1)
            continue;
        if (hi - lo <= INSERTION) {
            insertionSort(a, lo, hi);
            continue;
        }
        // Pivot: Tukey's ninther, robust to sorted and organ-pipe inputs.
        const step = Math.floor((hi - lo) / 8);
        const mid = lo + ((hi - lo) >> 1);
        const pivot = medianOf3(medianOf3(a[lo], a[lo + step], a[lo + 2 * step]), medianOf3(a[mid - step], a[mid], a[mid + step]), medianOf3(a[hi - 1 - 2 * step], a[hi - 1 - step], a[hi - 1]));
        // Dijkstra's three-way partition: [lo, lt) < pivot, [lt, gt) = pivot, [gt, hi) > pivot.
        let lt = lo;
        let i = lo;
        let gt = hi;
        while (i < gt) {
            const v = a[i];
            if (v < pivot) {
                a[i++] = a[lt];
                a[lt++] = v;
            }
            else if (v > pivot) {
                a[i] = a[--gt];
                a[gt] = v;
            }
            else {
                i++;
            }
        }
        let split = rankLo;
        while (split < rankHi && ranks[split] < lt)
            split++;
        let after = split;
        while (after < rankHi && ranks[after] < gt)
            after++;
        stack.push(lo, lt, rankLo, split, gt, hi, after, rankHi);
    }
}
/**
 * The q-quantiles (numpy 'linear', exactly as `quantile` on the sorted values) of `values`, which are
 * reordered in place.
 * @throws RangeError when `values` is empty.
 */
function selectQuantiles(values, qs) {
    const n = values.length;
    if (n === 0)
        throw new RangeError('quantile: no values');
    const needed = new Set();
    for (const q of qs) {
        const virtual = (n - 1) * ((q * 100) / 100);
        const lo = Math.min(Math.floor(virtual), n - 1);
        needed.add(lo);
        if (lo + 1 < n)
            needed.add(lo + 1);
    }
    const ranks = [...needed].sort((x, y) => x - y);
    selectRanks(values, ranks);
    // `quantile` only reads positions lo and lo + 1, which now hold their ranks' values.
    return qs.map((q) => (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantile */ .YV)(values, q));
}


/***/ }),

/***/ 64656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sortFloat64)
/* harmony export */ });
/**
 * Ascending sort of float64 values by LSD radix sort on their IEEE-754 bits: several times faster
 * than `Float64Array.prototype.sort` in V8 (which measured 70–200 ms for 500,000 values), and the
 * column profiler sorts a sample of up to `sampleCap` values per numeric column.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;
/** Below this length the native sort is as fast. */
const SMALL = 256;
/**
 * The radix passes' second buffer, kept for the next sort: the profiler sorts one sample per numeric
 * column in a row, and one buffer of the largest size serves them all instead of one each.
 */
let spare = new Uint32Array(0);
function scratchFor(words) {
    if (spare.length < words)
        spare = new Uint32Array(words);
    return spare.subarray(0, words);
}
/**
 * Sorts finite or infinite `values` ascending in place (−0 before 0, as the native sort; NaN is not
 * expected) and returns them.
 */
function sortFloat64(values) {
    const n = values.length;
    if (n < SMALL || !LITTLE_ENDIAN)
        return values.sort();
    // Keys: the bits with the sign flipped for positives and every bit flipped for negatives, which
    // orders them as unsigned integers the way the doubles order. Word 2i is the low half, 2i + 1 the high.
    let keys = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    for (let i = 0; i < n; i++) {
        const hi = keys[2 * i + 1];
        if (hi & 0x80000000) {
            keys[2 * i + 1] = ~hi;
            keys[2 * i] = ~keys[2 * i];
        }
        else {
            keys[2 * i + 1] = hi | 0x80000000;
        }
    }
    // One histogram per 16-bit digit (digits 0, 1 in the low word, 2, 3 in the high word).
    const counts = new Uint32Array(4 * BUCKETS);
    for (let i = 0; i < n; i++) {
        const lo = keys[2 * i];
        const hi = keys[2 * i + 1];
        counts[lo & 0xffff]++;
        counts[BUCKETS + (lo >>> 16)]++;
        counts[2 * BUCKETS + (hi & 0xffff)]++;
        counts[3 * BUCKETS + (hi >>> 16)]++;
    }
    let scratch = scratchFor(n * 2);
    for (let digit = 0; digit < 4; digit++) {
        const base = digit * BUCKETS;
        // A digit shared by every key (e.g. the low bits of integers) needs no pass.
        let single = false;
        for (let b = 0; b < BUCKETS; b++) {
            const c = counts[base + b];
            if (c === n)
                single = true;
            if (c !== 0)
                break;
        }
        if (single)
            continue;
        let offset = 0;
        for (let b = 0; b < BUCKETS; b++) {
            const c = counts[base + b];
            counts[base + b] = offset;
            offset += c;
        }
        const word = digit < 2 ? 0 : 1;
        const shift = digit % 2 === 0 ? 0 : 16;
        for (let i = 0; i < n; i++) {
            const lo = keys[2 * i];
            const hi = keys[2 * i + 1];
            const b = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
            const at = counts[base + b]++;
            scratch[2 * at] = lo;
            scratch[2 * at + 1] = hi;
        }
        [keys, scratch] = [scratch, keys];
    }
    // Back to doubles, into `values`'s own memory.
    const out = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    for (let i = 0; i < n; i++) {
        const hi = keys[2 * i + 1];
        if (hi & 0x80000000) {
            out[2 * i + 1] = hi & 0x7fffffff;
            out[2 * i] = keys[2 * i];
        }
        else {
            out[2 * i + 1] = ~hi;
            out[2 * i] = ~keys[2 * i];
        }
    }
    return values;
}


/***/ })

};
