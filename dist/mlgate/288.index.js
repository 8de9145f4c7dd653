export const id = 288;
export const ids = [288];
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

/***/ 79288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./shared/checks/catalogue.ts
var catalogue = __webpack_require__(24903);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/config/locate.ts

/**
 * The line:column (1-based) of the value at `path` in a parsed YAML document, or of the key `key`
 * inside it when given. Falls back to the deepest ancestor that exists.
 */
function locate(document, lines, path, key) {
    let node = document.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of path) {
        if (node === null || typeof segment === 'symbol')
            break;
        const child = node.get?.(segment, true);
        if (child === undefined || child === null || typeof child !== 'object' || !('range' in child))
            break;
        node = child;
        offset = node.range?.[0] ?? offset;
    }
    if (key !== undefined && node !== null && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (pair !== undefined && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range)
            offset = pair.key.range[0];
    }
    const position = lines.linePos(offset);
    return { line: position.line, column: position.col };
}

// EXTERNAL MODULE: ./shared/config/schema.ts
var config_schema = __webpack_require__(18646);
;// CONCATENATED MODULE: ./shared/config/parse.ts
/**
 * Parsing and validating a config file's text: YAML, then the config schema, with errors that name
 * the file, line and column. Loaded only when there is a config file (see load.ts).
 */







/** Parses config text; errors read `file:line:column: message`. */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const syntax = document.errors[0];
    if (syntax !== undefined) {
        const position = lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigurationError */.j1(`${file}:${position.line}:${position.col}: invalid YAML: ${syntax.message.split('\n')[0]}`);
    }
    const raw = document.toJS() ?? {};
    const result = config_schema/* configSchema */.Qn.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const { path, key, message } = describeIssue(issue, raw);
        const at = locate(document, lines, path, key);
        throw new errors/* ConfigurationError */.j1(`${file}:${at.line}:${at.column}: ${formatPath(path, key)}${message}`);
    }
    return {
        file,
        config: result.data,
        position: (path) => locate(document, lines, path)
    };
}
function formatPath(path, key) {
    const parts = [...path, ...(key === undefined ? [] : [key])].map(String);
    return parts.length === 0 ? '' : `${parts.join('.')}: `;
}
/** Turns a zod issue into a message a person can act on (with "did you mean" for typos). */
function describeIssue(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const name = String(issue.path[5]);
        if (isExpectationPath(issue.path.slice(0, 5)) && (0,catalogue/* isExpectationName */.QS)(name)) {
            return { path: issue.path, key, message: unknownArgument(name, key) };
        }
        const known = knownKeys(issue.path);
        return { path: issue.path, key, message: `unknown key \`${key}\`${(0,suggest/* didYouMean */.au)(key, known)}` };
    }
    if (issue.code === 'invalid_union' && isExpectationPath(issue.path)) {
        return describeExpectation(issue.path, valueAt(raw, issue.path));
    }
    return { path: issue.path, message: issue.message.replace(/^Invalid input: /, '') };
}
function isExpectationPath(path) {
    return path.length === 5 && path[0] === 'data' && path[1] === 'suites' && path[3] === 'expectations';
}
/** Explains why an entry of a suite's `expectations` list is not a known expectation. */
function describeExpectation(path, entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        return { path, message: 'expected a mapping `expect_…: { column: …, … }`' };
    }
    const keys = Object.keys(entry);
    if (keys.length !== 1) {
        return {
            path,
            message: `expected exactly one expectation name per list item, found ${keys.length}: ${keys.join(', ')}`
        };
    }
    const name = keys[0];
    if (!(0,catalogue/* isExpectationName */.QS)(name)) {
        return {
            path,
            key: name,
            message: `unknown expectation \`${name}\`${(0,suggest/* didYouMean */.au)(name, catalogue/* EXPECTATION_NAMES */.QE)}`
        };
    }
    const kwargs = entry[name] ?? {};
    const result = catalogue/* CATALOGUE */.yh[name].kwargs.safeParse(kwargs);
    if (result.success)
        return { path, message: 'invalid expectation' };
    const inner = result.error.issues[0];
    const innerPath = [...path, name, ...inner.path];
    if (inner.code === 'unrecognized_keys') {
        const key = inner.keys[0];
        return { path: innerPath, key, message: unknownArgument(name, key) };
    }
    return { path: innerPath, message: inner.message.replace(/^Invalid input: /, '') };
}
function unknownArgument(name, key) {
    return `unknown argument \`${key}\` of ${name}${(0,suggest/* didYouMean */.au)(key, Object.keys(catalogue/* CATALOGUE */.yh[name].kwargs.shape))}`;
}
function valueAt(raw, path) {
    let value = raw;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** The keys the schema allows at `path`, for suggestions. */
function knownKeys(path) {
    let schema = config_schema/* configSchema */.Qn;
    for (const segment of path) {
        schema = unwrap(schema);
        if (schema instanceof schemas/* ZodObject */.bvH)
            schema = schema.shape[String(segment)] ?? schemas/* never */.ZmZ();
        else if (schema instanceof schemas/* ZodRecord */.b8S)
            schema = schema.valueType;
        else if (schema instanceof schemas/* ZodArray */.naA)
            schema = schema.element;
        else
            return [];
    }
    schema = unwrap(schema);
    return schema instanceof schemas/* ZodObject */.bvH ? Object.keys(schema.shape) : [];
}
function unwrap(schema) {
    let current = schema;
    while (current instanceof schemas/* ZodOptional */.IiU ||
        current instanceof schemas/* ZodDefault */.XiL ||
        current instanceof schemas/* ZodNullable */.l1C) {
        current = current.unwrap();
    }
    return current;
}


/***/ }),

/***/ 18646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ TRAINERS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   qn: () => (/* binding */ trainSchema)
/* harmony export */ });
/* unused harmony export DRIFT_METHODS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _checks_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24903);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33618);



/** Drift methods (Evidently's names); `auto` applies Evidently's default choice rule. */
const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'psi', 'jensenshannon', 'wasserstein'];
const columnType = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_TYPES */ .RO);
/** One expectation: `- expect_column_values_to_be_between: { column: age, min_value: 0 }`. */
const expectation = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ(_checks_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPECTATION_NAMES */ .QE.map((name) => zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ [name]: _checks_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh[name].kwargs }).describe(_checks_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh[name].summary)));
const suite = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnType)
        .optional()
        .describe('Declared column types; undeclared columns are inferred.'),
    expectations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(expectation).default([])
});
const driftColumn = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_METHODS).optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional(),
    skip: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional()
});
const drift = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_METHODS)
        .default('auto')
        .describe('Per-column test; auto follows Evidently (KS/chi-squared up to 1000 reference rows, then Wasserstein/Jensen-Shannon).'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional().describe('Override the method default threshold.'),
    share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(0)
        .max(1)
        .default(0.5)
        .describe('The data set drifts when at least this share of columns drift (Evidently default 0.5).'),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warning']).default('error'),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), driftColumn).default({})
});
const data = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The data set (path or glob) when the `data` input is not given.'),
    reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe('Reference data set for drift, when the `reference` input is not given.'),
    suite: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The suite to run when the `suite` input is not given.'),
    'null-tokens': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe('Cell texts read as null (default: "", NA, N/A, n/a, NULL, null, None, <NA>).'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().length(1).optional(),
    examples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(1000).default(10).describe('Failing example rows kept per check.'),
    suites: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), suite).default({}),
    drift: drift.optional()
});
const thresholdEntry = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
    'max-drop': zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d+(\.\d+)?%$/)])
        .optional()
        .describe('Largest allowed drop against the baseline: absolute (0.01) or relative ("2%").'),
    'max-rise': zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d+(\.\d+)?%$/)]).optional(),
    'max-gap': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional().describe('Largest difference between slices of `across`.'),
    across: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    direction: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['higher', 'lower']).optional().describe("Override the metric's direction."),
    slice: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Apply to one slice, e.g. "region=north".')
});
const sliceEntry = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), bins: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).min(2).optional() })
]);
const evaluate = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The candidate ONNX model, when the `model` input is not given.'),
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The test set (path or glob).'),
    target: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The label column.'),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['classification', 'regression']).optional(),
    'pos-label': zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).optional(),
    features: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    predictions: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('A predictions column (or file) instead of a model.'),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), thresholdEntry)]).optional(),
    slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceEntry).optional(),
    'min-slice-size': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).default(30),
    baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('A baseline model path, or a previous verdict JSON.'),
    significance: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(false),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(100000).default(1000),
            confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1).default(0.95),
            seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().default(0)
        })
    ])
        .optional()
        .describe('Paired bootstrap on change gates (default on: 1000 resamples, 95%, seed 0); false turns it off.'),
    nan: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'drop', 'keep'])
        .optional()
        .describe('Rows with NaN features: error, drop, or keep (feed them to a model that handles missing values; the default for models mlgate trained).')
});
const TRAINERS = ['logistic-regression', 'linear-regression', 'gradient-boosted-trees'];
const trainSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    trainer: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(TRAINERS).optional().describe('A built-in trainer (no Python needed).'),
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)])
        .optional()
        .describe('Instead of a trainer: the training program, as an argv list (or a string split like a shell would, without one). It must write model.onnx to $MLGATE_OUTPUT_DIR.'),
    shell: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Run `command` (a string) through /bin/sh.'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().default(360).describe('Minutes before the command is stopped.'),
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The training set (path or glob).'),
    validation: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('A validation set, scored after training (built-in trainers).'),
    target: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('The label (or value) column.'),
    features: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe('Feature columns (default: every column but the target).'),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['classification', 'regression']).optional(),
    'params-file': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe('Params file, YAML or JSON (default: params.yaml when it exists).'),
    params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional().describe('Params, over the params file.'),
    seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).optional().describe('The seed (default 0).'),
    'output-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe('Where the model, metrics and manifest go (default mlgate-model).'),
    cache: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Reuse the outputs of an identical earlier run.'),
    code: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe("Globs of the code files in the run key (default: the command's script and the lockfiles).")
});
/** The `mlgate.yml` schema. Sections for registry and deploy join as those land. */
const configSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).default(1),
    data: data.optional(),
    train: trainSchema.optional(),
    evaluate: evaluate.optional()
});


/***/ })

};
