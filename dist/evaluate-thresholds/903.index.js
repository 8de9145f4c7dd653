export const id = 903;
export const ids = [903];
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


/***/ })

};
