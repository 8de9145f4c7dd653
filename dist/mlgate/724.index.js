export const id = 724;
export const ids = [724];
export const modules = {

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

/***/ 65724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findCommand: () => (/* binding */ findCommand),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseFlags

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./shared/runtime/cli-host.ts

/**
 * A terminal or another CI system: inputs from `--name value` flags, outputs as `name=value` lines on
 * stdout, logs and annotations (`file:line: error: message`) on stderr, the summary appended to
 * `summaryFile` when one is given.
 */
class CliHost {
    inputs;
    env;
    streams;
    summaryFile;
    kind = 'cli';
    logger;
    secrets = [];
    constructor(inputs, env, streams, summaryFile) {
        this.inputs = inputs;
        this.env = env;
        this.streams = streams;
        this.summaryFile = summaryFile;
        const line = (text) => {
            this.streams.stderr.write(`${this.redact(text)}\n`);
        };
        const verbose = env.MLGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1';
        this.logger = {
            info: line,
            warning: (message) => {
                line(`warning: ${message}`);
            },
            debug: (message) => {
                if (verbose)
                    line(`debug: ${message}`);
            },
            group: async (name, work) => {
                line(`== ${name}`);
                return work();
            }
        };
    }
    getInput(name) {
        const value = this.inputs.get(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    setOutput(name, value) {
        const safe = value.includes('\n') ? JSON.stringify(value) : value;
        this.streams.stdout.write(`${name}=${this.redact(safe)}\n`);
    }
    print(text) {
        this.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    async appendSummary(markdown) {
        if (this.summaryFile !== undefined)
            await (0,promises_.appendFile)(this.summaryFile, `${markdown}\n`);
    }
    annotate(annotation) {
        const where = annotation.file === undefined
            ? ''
            : `${annotation.file}${annotation.line === undefined ? '' : `:${annotation.line}`}${annotation.column === undefined ? '' : `:${annotation.column}`}: `;
        this.streams.stderr.write(`${where}${annotation.level}: ${this.redact(annotation.message)}\n`);
    }
    mask(secret) {
        if (secret !== '')
            this.secrets.push(secret);
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
}

// EXTERNAL MODULE: ./shared/runtime/command.ts
var runtime_command = __webpack_require__(57128);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var inputs = __webpack_require__(8420);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
// EXTERNAL MODULE: ./shared/checks/evaluator.ts
var evaluator = __webpack_require__(37547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./shared/data/types.ts
var types = __webpack_require__(33618);
;// CONCATENATED MODULE: ./shared/checks/catalogue.ts


/**
 * The expectation catalogue: Great Expectations' names and keyword arguments, so users recognise them
 * (https://greatexpectations.io/expectations). Each entry's kwargs are a strict zod object, so a typo'd
 * key is an error that suggests the right one. The logic lives in the evaluator modules.
 */
const severity = schemas/* enum */.k5n(['error', 'warning'])
    .optional()
    .describe('`warning` reports without failing the gate (unless fail-on: warning).');
const mostly = schemas/* number */.aig()
    .min(0)
    .max(1)
    .optional()
    .describe('Pass when at least this fraction of non-null values meet the expectation (default 1).');
const column = schemas/* string */.YjP().min(1).describe('Column name.');
const bound = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable().optional();
const valueSet = schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).describe('Allowed values.');
const base = { severity };
const between = {
    min_value: bound.describe('Lower bound (inclusive unless strict_min); null or absent: none.'),
    max_value: bound.describe('Upper bound (inclusive unless strict_max); null or absent: none.'),
    strict_min: schemas/* boolean */.zMY().optional(),
    strict_max: schemas/* boolean */.zMY().optional()
};
const countBetween = {
    min_value: schemas/* number */.aig().int().min(0).nullable().optional(),
    max_value: schemas/* number */.aig().int().min(0).nullable().optional()
};
const pairMissing = schemas/* enum */.k5n(['both_values_are_missing', 'either_value_is_missing', 'neither'])
    .optional()
    .describe('Which rows to skip (default both_values_are_missing, as Great Expectations).');
function def(scope, summary, kwargs) {
    return { scope, summary, kwargs: schemas/* strictObject */.rej({ ...base, ...kwargs }) };
}
const statBetween = (stat) => def('column-aggregate', `The column's ${stat} is within bounds.`, { column, ...between });
const CATALOGUE = {
    // table
    expect_table_row_count_to_be_between: def('table', 'Row count within bounds.', countBetween),
    expect_table_row_count_to_equal: def('table', 'Row count equals a value.', {
        value: schemas/* number */.aig().int().min(0)
    }),
    expect_table_column_count_to_be_between: def('table', 'Column count within bounds.', countBetween),
    expect_table_column_count_to_equal: def('table', 'Column count equals a value.', {
        value: schemas/* number */.aig().int().min(0)
    }),
    expect_table_columns_to_match_set: def('table', 'The columns are this set (any order).', {
        column_set: schemas/* array */.YOg(schemas/* string */.YjP()),
        exact_match: schemas/* boolean */.zMY().optional().describe('false: the set must be among the columns (default true).')
    }),
    expect_table_columns_to_match_ordered_list: def('table', 'The columns are exactly this list, in order.', {
        column_list: schemas/* array */.YOg(schemas/* string */.YjP())
    }),
    expect_table_rows_to_be_unique: def('table', 'No two rows are identical (mlgate; all columns compared).', {}),
    expect_compound_columns_to_be_unique: def('multicolumn', 'The combination of these columns is unique per row.', {
        column_list: schemas/* array */.YOg(schemas/* string */.YjP()).min(2),
        ignore_row_if: schemas/* enum */.k5n(['all_values_are_missing', 'any_value_is_missing', 'never']).optional(),
        mostly
    }),
    // column, row by row
    expect_column_to_exist: def('table', 'The column exists.', { column }),
    expect_column_values_to_be_of_type: def('column-map', 'Every value parses as the type.', {
        column,
        type_: schemas/* enum */.k5n(types/* COLUMN_TYPES */.RO),
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
        regex: schemas/* string */.YjP(),
        mostly
    }),
    expect_column_values_to_not_match_regex: def('column-map', 'No value matches the regular expression.', {
        column,
        regex: schemas/* string */.YjP(),
        mostly
    }),
    expect_column_value_lengths_to_be_between: def('column-map', "Every value's length is within bounds.", {
        column,
        ...countBetween,
        mostly
    }),
    expect_column_values_to_be_increasing: def('column-map', 'Each value is ≥ the previous non-null one.', {
        column,
        strictly: schemas/* boolean */.zMY().optional(),
        mostly
    }),
    expect_column_values_to_be_decreasing: def('column-map', 'Each value is ≤ the previous non-null one.', {
        column,
        strictly: schemas/* boolean */.zMY().optional(),
        mostly
    }),
    expect_column_value_z_scores_to_be_less_than: def('column-map', '|z-score| of every value is below the threshold.', {
        column,
        threshold: schemas/* number */.aig(),
        double_sided: schemas/* boolean */.zMY().optional(),
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
        ties_okay: schemas/* boolean */.zMY().optional()
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
        quantile_ranges: schemas/* strictObject */.rej({
            quantiles: schemas/* array */.YOg(schemas/* number */.aig().min(0).max(1)).min(1),
            value_ranges: schemas/* array */.YOg(schemas/* tuple */.PVZ([bound, bound]))
        })
    }),
    // pairs
    expect_column_pair_values_A_to_be_greater_than_B: def('pair', 'column_A > column_B on every row.', {
        column_A: column,
        column_B: column,
        or_equal: schemas/* boolean */.zMY().optional(),
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

;// CONCATENATED MODULE: ./shared/config/schema.ts



/** Drift methods (Evidently's names); `auto` applies Evidently's default choice rule. */
const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'psi', 'jensenshannon', 'wasserstein'];
const columnType = schemas/* enum */.k5n(types/* COLUMN_TYPES */.RO);
/** One expectation: `- expect_column_values_to_be_between: { column: age, min_value: 0 }`. */
const expectation = schemas/* union */.KCZ(EXPECTATION_NAMES.map((name) => schemas/* strictObject */.rej({ [name]: CATALOGUE[name].kwargs }).describe(CATALOGUE[name].summary)));
const suite = schemas/* strictObject */.rej({
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnType)
        .optional()
        .describe('Declared column types; undeclared columns are inferred.'),
    expectations: schemas/* array */.YOg(expectation).default([])
});
const driftColumn = schemas/* strictObject */.rej({
    method: schemas/* enum */.k5n(DRIFT_METHODS).optional(),
    threshold: schemas/* number */.aig().positive().optional(),
    skip: schemas/* boolean */.zMY().optional()
});
const drift = schemas/* strictObject */.rej({
    method: schemas/* enum */.k5n(DRIFT_METHODS)
        .default('auto')
        .describe('Per-column test; auto follows Evidently (KS/chi-squared up to 1000 reference rows, then Wasserstein/Jensen-Shannon).'),
    threshold: schemas/* number */.aig().positive().optional().describe('Override the method default threshold.'),
    share: schemas/* number */.aig()
        .min(0)
        .max(1)
        .default(0.5)
        .describe('The data set drifts when at least this share of columns drift (Evidently default 0.5).'),
    severity: schemas/* enum */.k5n(['error', 'warning']).default('error'),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), driftColumn).default({})
});
const data = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().optional().describe('The data set (path or glob) when the `data` input is not given.'),
    reference: schemas/* string */.YjP()
        .optional()
        .describe('Reference data set for drift, when the `reference` input is not given.'),
    suite: schemas/* string */.YjP().optional().describe('The suite to run when the `suite` input is not given.'),
    'null-tokens': schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe('Cell texts read as null (default: "", NA, N/A, n/a, NULL, null, None, <NA>).'),
    delimiter: schemas/* string */.YjP().length(1).optional(),
    examples: schemas/* number */.aig().int().min(0).max(1000).default(10).describe('Failing example rows kept per check.'),
    suites: schemas/* record */.g1P(schemas/* string */.YjP(), suite).default({}),
    drift: drift.optional()
});
const thresholdEntry = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    'max-drop': schemas/* union */.KCZ([schemas/* number */.aig().min(0), schemas/* string */.YjP().regex(/^\d+(\.\d+)?%$/)])
        .optional()
        .describe('Largest allowed drop against the baseline: absolute (0.01) or relative ("2%").'),
    'max-rise': schemas/* union */.KCZ([schemas/* number */.aig().min(0), schemas/* string */.YjP().regex(/^\d+(\.\d+)?%$/)]).optional(),
    'max-gap': schemas/* number */.aig().min(0).optional().describe('Largest difference between slices of `across`.'),
    across: schemas/* string */.YjP().optional(),
    direction: schemas/* enum */.k5n(['higher', 'lower']).optional().describe("Override the metric's direction."),
    slice: schemas/* string */.YjP().optional().describe('Apply to one slice, e.g. "region=north".')
});
const sliceEntry = schemas/* union */.KCZ([
    schemas/* string */.YjP(),
    schemas/* strictObject */.rej({ column: schemas/* string */.YjP(), bins: schemas/* array */.YOg(schemas/* number */.aig()).min(2).optional() })
]);
const evaluate = schemas/* strictObject */.rej({
    model: schemas/* string */.YjP().optional().describe('The candidate ONNX model, when the `model` input is not given.'),
    data: schemas/* string */.YjP().optional().describe('The test set (path or glob).'),
    target: schemas/* string */.YjP().optional().describe('The label column.'),
    task: schemas/* enum */.k5n(['classification', 'regression']).optional(),
    'pos-label': schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    features: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    predictions: schemas/* string */.YjP().optional().describe('A predictions column (or file) instead of a model.'),
    thresholds: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), thresholdEntry)]).optional(),
    slices: schemas/* array */.YOg(sliceEntry).optional(),
    'min-slice-size': schemas/* number */.aig().int().min(1).default(30),
    baseline: schemas/* string */.YjP().optional().describe('A baseline model path, or a previous verdict JSON.'),
    significance: schemas/* union */.KCZ([
        schemas/* literal */.euz(false),
        schemas/* strictObject */.rej({
            resamples: schemas/* number */.aig().int().min(100).max(100000).default(1000),
            confidence: schemas/* number */.aig().gt(0).lt(1).default(0.95),
            seed: schemas/* number */.aig().int().default(0)
        })
    ])
        .optional()
        .describe('Paired bootstrap on change gates (default on: 1000 resamples, 95%, seed 0); false turns it off.'),
    nan: schemas/* enum */.k5n(['error', 'drop', 'keep'])
        .optional()
        .describe('Rows with NaN features: error, drop, or keep (feed them to a model that handles missing values; the default for models mlgate trained).')
});
const TRAINERS = ['logistic-regression', 'linear-regression', 'gradient-boosted-trees'];
const trainSchema = schemas/* strictObject */.rej({
    trainer: schemas/* enum */.k5n(TRAINERS).optional().describe('A built-in trainer (no Python needed).'),
    command: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)])
        .optional()
        .describe('Instead of a trainer: the training program, as an argv list (or a string split like a shell would, without one). It must write model.onnx to $MLGATE_OUTPUT_DIR.'),
    shell: schemas/* boolean */.zMY().default(false).describe('Run `command` (a string) through /bin/sh.'),
    timeout: schemas/* number */.aig().positive().default(360).describe('Minutes before the command is stopped.'),
    data: schemas/* string */.YjP().optional().describe('The training set (path or glob).'),
    validation: schemas/* string */.YjP().optional().describe('A validation set, scored after training (built-in trainers).'),
    target: schemas/* string */.YjP().optional().describe('The label (or value) column.'),
    features: schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe('Feature columns (default: every column but the target).'),
    task: schemas/* enum */.k5n(['classification', 'regression']).optional(),
    'params-file': schemas/* string */.YjP()
        .optional()
        .describe('Params file, YAML or JSON (default: params.yaml when it exists).'),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('Params, over the params file.'),
    seed: schemas/* number */.aig().int().min(0).optional().describe('The seed (default 0).'),
    'output-dir': schemas/* string */.YjP()
        .optional()
        .describe('Where the model, metrics and manifest go (default mlgate-model).'),
    cache: schemas/* boolean */.zMY().default(true).describe('Reuse the outputs of an identical earlier run.'),
    code: schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe("Globs of the code files in the run key (default: the command's script and the lockfiles).")
});
/** The `mlgate.yml` schema. Sections for registry and deploy join as those land. */
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).default(1),
    data: data.optional(),
    train: trainSchema.optional(),
    evaluate: evaluate.optional()
});

;// CONCATENATED MODULE: ./shared/config/load.ts








const DEFAULT_CONFIG_FILE = 'mlgate.yml';
/** An empty config: what a project without mlgate.yml gets. */
function emptyConfig() {
    return { file: undefined, config: configSchema.parse({}), position: () => undefined };
}
/**
 * Reads and validates a config file. `explicit` means the user named it (a missing file is then an
 * error); the default `mlgate.yml` may be absent.
 */
async function loadConfig(file, explicit) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !explicit)
            return emptyConfig();
        throw new errors/* ConfigurationError */.j1(`${file}: cannot read the config file (${error.code ?? 'error'})`);
    }
    return parseConfig(text, file);
}
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
    const result = configSchema.safeParse(raw);
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
        if (isExpectationPath(issue.path.slice(0, 5)) && isExpectationName(name)) {
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
    if (!isExpectationName(name)) {
        return {
            path,
            key: name,
            message: `unknown expectation \`${name}\`${(0,suggest/* didYouMean */.au)(name, EXPECTATION_NAMES)}`
        };
    }
    const kwargs = entry[name] ?? {};
    const result = CATALOGUE[name].kwargs.safeParse(kwargs);
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
    return `unknown argument \`${key}\` of ${name}${(0,suggest/* didYouMean */.au)(key, Object.keys(CATALOGUE[name].kwargs.shape))}`;
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
    let schema = configSchema;
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

// EXTERNAL MODULE: ./shared/data/dataset.ts + 5 modules
var data_dataset = __webpack_require__(35300);
;// CONCATENATED MODULE: ./shared/data/row-estimate.ts
/**
 * About how many rows a data set holds, before reading it: for sizing per-row result arrays once
 * instead of growing them block by block and copying them together at the end.
 */

/** Bytes of the first file that the line length is taken from. */
const SAMPLE_BYTES = 1 << 16;
/**
 * Plain CSV/TSV: the files' total size over the mean length of the whole lines in the first file's
 * first 64 KiB.
 * Quoted line breaks and header lines make it an overestimate, a file whose later lines are shorter
 * an underestimate; callers treat it as a hint. Undefined for compressed, JSON Lines and Parquet
 * data, and when the sample holds fewer than two line breaks.
 */
async function estimateRows(dataset) {
    if ((dataset.format !== 'csv' && dataset.format !== 'tsv') || dataset.files.length === 0)
        return undefined;
    let bytes = 0;
    for (const file of dataset.files)
        bytes += (await (0,promises_.stat)(file)).size;
    const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, bytes));
    const handle = await (0,promises_.open)(dataset.files[0], 'r');
    let read;
    try {
        ({ bytesRead: read } = await handle.read(sample, 0, sample.length, 0));
    }
    finally {
        await handle.close();
    }
    // Whole lines only: the sample's bytes up to its last line break, over the line breaks.
    let lines = 0;
    let end = 0;
    for (let at = sample.indexOf(0x0a); at >= 0 && at < read; at = sample.indexOf(0x0a, at + 1)) {
        lines++;
        end = at + 1;
    }
    if (lines < 2)
        return undefined;
    return Math.ceil(bytes / (end / lines));
}

;// CONCATENATED MODULE: ./shared/metrics/catalogue.ts
/**
 * The metric catalogue: every name the gate accepts, with its task, direction and whether it needs
 * class probabilities. Names are scikit-learn's; averaged variants carry the average as a suffix.
 */


function classification(higherIsBetter, needsProba, description) {
    return { task: 'classification', higherIsBetter, needsProba, description };
}
function regression(higherIsBetter, description) {
    return { task: 'regression', higherIsBetter, needsProba: false, description };
}
const PLAIN_PRF = 'binary: the positive class (pos-label) only, sklearn average="binary"; multiclass: the macro average';
/** The catalogue, in display order. */
const METRICS = Object.freeze({
    accuracy: classification(true, false, 'fraction of rows predicted correctly (accuracy_score)'),
    balanced_accuracy: classification(true, false, 'mean recall over the classes present in y_true (balanced_accuracy_score)'),
    precision: classification(true, false, `precision_score; ${PLAIN_PRF}`),
    recall: classification(true, false, `recall_score; ${PLAIN_PRF}`),
    f1: classification(true, false, `f1_score; ${PLAIN_PRF}`),
    precision_macro: classification(true, false, 'precision, unweighted mean over the classes present'),
    precision_micro: classification(true, false, 'precision from the total counts (equals accuracy)'),
    precision_weighted: classification(true, false, 'precision, mean weighted by each class support'),
    recall_macro: classification(true, false, 'recall, unweighted mean over the classes present'),
    recall_micro: classification(true, false, 'recall from the total counts (equals accuracy)'),
    recall_weighted: classification(true, false, 'recall, mean weighted by each class support'),
    f1_macro: classification(true, false, 'F1, unweighted mean over the classes present'),
    f1_micro: classification(true, false, 'F1 from the total counts (equals accuracy)'),
    f1_weighted: classification(true, false, 'F1, mean weighted by each class support'),
    matthews_corrcoef: classification(true, false, 'Matthews correlation coefficient, multiclass (R_K)'),
    cohen_kappa: classification(true, false, "Cohen's kappa, unweighted"),
    roc_auc: classification(true, true, 'area under the ROC curve; binary: of the positive class; multiclass: one-vs-rest macro'),
    roc_auc_ovr: classification(true, true, 'ROC AUC one-vs-rest, macro average (binary: roc_auc)'),
    roc_auc_ovr_weighted: classification(true, true, 'ROC AUC one-vs-rest, weighted by class support (binary: roc_auc)'),
    roc_auc_ovo: classification(true, true, 'ROC AUC one-vs-one (Hand & Till), macro (binary: roc_auc)'),
    roc_auc_ovo_weighted: classification(true, true, 'ROC AUC one-vs-one, weighted by pair prevalence (binary: roc_auc)'),
    average_precision: classification(true, true, 'average precision (step-wise PR area); binary: of the positive class; multiclass: one-vs-rest macro'),
    log_loss: classification(false, true, 'cross-entropy; probabilities clipped to [eps, 1-eps], rows renormalised'),
    brier_score: classification(false, true, 'binary: brier_score_loss of the positive class; multiclass: mean over rows of sum_c (p_c - y_c)^2'),
    expected_calibration_error: classification(false, true, 'sum over 10 equal-width confidence bins of |accuracy - confidence| * rows in bin / rows'),
    mae: regression(false, 'mean absolute error (mean_absolute_error)'),
    mse: regression(false, 'mean squared error (mean_squared_error)'),
    rmse: regression(false, 'root mean squared error (mean_squared_error, squared=False)'),
    r2: regression(true, 'coefficient of determination (r2_score, force_finite=True)'),
    mape: regression(false, 'mean absolute percentage error, as a fraction (mean_absolute_percentage_error)'),
    median_absolute_error: regression(false, 'median of |y_true - y_pred| (median_absolute_error)'),
    explained_variance: regression(true, 'explained_variance_score (force_finite=True)'),
    max_error: regression(false, 'largest |y_true - y_pred| (max_error)')
});
/** Every metric name of a task, in catalogue order. */
function metricNames(task) {
    return Object.keys(METRICS).filter((name) => METRICS[name].task === task);
}
/** True when `name` is in the catalogue. */
function isMetricName(name) {
    return Object.hasOwn(METRICS, name);
}
/**
 * The catalogue entry of `name`, checked against `task`.
 * @throws ConfigurationError for an unknown name (with the closest name) or a metric of the other task.
 */
function metricInfo(name, task) {
    if (!isMetricName(name)) {
        throw new errors/* ConfigurationError */.j1(`unknown metric \`${name}\`${(0,suggest/* didYouMean */.au)(name, Object.keys(METRICS))}`);
    }
    const info = METRICS[name];
    if (info.task !== task) {
        throw new errors/* ConfigurationError */.j1(`metric \`${name}\` is a ${info.task} metric and does not apply to ${task}; ${task} metrics: ${metricNames(task).join(', ')}`);
    }
    return info;
}

;// CONCATENATED MODULE: ./shared/metrics/confusion.ts
/** The confusion matrix of `rows` (null: every row; repeats count every time). */
function confusionOf(prepared, rows) {
    const count = prepared.classCount;
    const counts = new Float64Array(count * count);
    if (rows === null) {
        const { yTrue, yPred } = prepared.input;
        for (let i = 0; i < yTrue.length; i++)
            counts[yTrue[i] * count + yPred[i]]++;
    }
    else {
        const codes = prepared.codes();
        for (let i = 0; i < rows.length; i++)
            counts[codes[rows[i]]]++;
    }
    const trueSum = new Float64Array(count);
    const predSum = new Float64Array(count);
    let n = 0;
    for (let t = 0; t < count; t++) {
        for (let p = 0; p < count; p++) {
            const c = counts[t * count + p];
            trueSum[t] += c;
            predSum[p] += c;
            n += c;
        }
    }
    return { classCount: count, n, counts, trueSum, predSum };
}
/**
 * The classes seen in y_true or y_pred, ascending: scikit-learn's `unique_labels(y_true, y_pred)`,
 * the label set of every set-wise metric when `labels=None`.
 */
function presentLabels(cm) {
    const labels = [];
    for (let k = 0; k < cm.classCount; k++)
        if (cm.trueSum[k] + cm.predSum[k] > 0)
            labels.push(k);
    return labels;
}
/** The matrix as rows of numbers (true × predicted). */
function confusionRows(cm) {
    const rows = [];
    for (let t = 0; t < cm.classCount; t++) {
        rows.push(Array.from(cm.counts.subarray(t * cm.classCount, (t + 1) * cm.classCount)));
    }
    return rows;
}

;// CONCATENATED MODULE: ./shared/metrics/label-metrics.ts
/**
 * Metrics of predicted labels, from the confusion matrix, as scikit-learn 1.2 computes them
 * (sklearn/metrics/_classification.py). Every metric uses sklearn's default label set
 * (`labels=None`: the classes present in y_true or y_pred) and `zero_division="warn"` (an ill-defined
 * ratio is 0.0, with sklearn's UndefinedMetricWarning text).
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { sqrt } = Math;
/** accuracy_score: the fraction of rows whose prediction equals the truth. */
function accuracy(cm) {
    let correct = 0;
    for (let k = 0; k < cm.classCount; k++)
        correct += cm.counts[k * cm.classCount + k];
    return { value: correct / cm.n };
}
/**
 * balanced_accuracy_score (adjusted=False): mean recall over the present labels. A class predicted but
 * absent from y_true has no recall; sklearn drops it and warns "y_pred contains classes not in y_true".
 */
function balancedAccuracy(cm) {
    let sum = 0;
    let classes = 0;
    let dropped = false;
    for (const k of presentLabels(cm)) {
        if (cm.trueSum[k] === 0) {
            dropped = true;
            continue;
        }
        sum += cm.counts[k * cm.classCount + k] / cm.trueSum[k];
        classes++;
    }
    const value = sum / classes;
    return dropped ? { value, warnings: ['y_pred contains classes not in y_true'] } : { value };
}
/** sklearn's `_warn_prf` text (average != "samples"). */
function prfWarning(start, modifier, resultSize) {
    const where = resultSize === 1 ? 'due to' : 'in labels with';
    return `${start} ill-defined and being set to 0.0 ${where} no ${modifier} samples. Use \`zero_division\` parameter to control this behavior.`;
}
/**
 * precision_score / recall_score / f1_score with `average`; binary uses `posLabel` only (sklearn's
 * `labels = [pos_label]`). Follows precision_recall_fscore_support: ratios with a zero denominator
 * are 0.0; precision_score warns only about precision, recall_score about recall, and f1_score only
 * when a label has neither true nor predicted rows (`warn_for=("f-score",)`); F = 2·P·R / (P + R)
 * with 0 when P + R = 0; "weighted" averages by support and is 0.0 when the support sums to zero.
 */
function prf(cm, kind, average, posLabel) {
    const count = cm.classCount;
    const labels = average === 'binary' ? [posLabel] : presentLabels(cm);
    let tp = labels.map((k) => cm.counts[k * count + k]);
    let pred = labels.map((k) => cm.predSum[k]);
    let truth = labels.map((k) => cm.trueSum[k]);
    if (average === 'micro') {
        const total = (xs) => [xs.reduce((a, b) => a + b, 0)];
        tp = total(tp);
        pred = total(pred);
        truth = total(truth);
    }
    const size = tp.length;
    const warnings = [];
    const precision = tp.map((t, i) => (pred[i] === 0 ? 0 : t / pred[i]));
    const recall = tp.map((t, i) => (truth[i] === 0 ? 0 : t / truth[i]));
    if (kind === 'precision' && pred.includes(0)) {
        warnings.push(prfWarning('Precision is', 'predicted', size));
    }
    if (kind === 'recall' && truth.includes(0))
        warnings.push(prfWarning('Recall is', 'true', size));
    if (kind === 'f1' && truth.some((t, i) => t === 0 && pred[i] === 0)) {
        warnings.push(prfWarning('F-score is', 'true nor predicted', size));
    }
    const scores = kind === 'precision'
        ? precision
        : kind === 'recall'
            ? recall
            : precision.map((p, i) => {
                const denom = p + recall[i];
                return (2 * p * recall[i]) / (denom === 0 ? 1 : denom);
            });
    let value;
    if (average === 'weighted') {
        const weightSum = truth.reduce((a, b) => a + b, 0);
        value = weightSum === 0 ? 0 : scores.reduce((a, s, i) => a + s * truth[i], 0) / weightSum;
    }
    else {
        value = scores.reduce((a, b) => a + b, 0) / size;
    }
    return warnings.length > 0 ? { value, warnings } : { value };
}
/** precision_recall_fscore_support(labels=every class, average=None, zero_division=0). */
function perClassScores(cm) {
    const scores = [];
    for (let k = 0; k < cm.classCount; k++) {
        const tp = cm.counts[k * cm.classCount + k];
        const precision = cm.predSum[k] === 0 ? 0 : tp / cm.predSum[k];
        const recall = cm.trueSum[k] === 0 ? 0 : tp / cm.trueSum[k];
        const denom = precision + recall;
        const f1 = (2 * precision * recall) / (denom === 0 ? 1 : denom);
        scores.push({ precision, recall, f1, support: cm.trueSum[k] });
    }
    return scores;
}
/**
 * matthews_corrcoef, multiclass (Gorodkin's R_K) exactly as sklearn writes it:
 * (c·s − t·p) / sqrt((s² − t·t)(s² − p·p)), and 0.0 when either factor is zero (one class only in
 * y_true or in y_pred). All terms are integer counts, exact in float64 below 2^53.
 */
function matthews(cm) {
    const count = cm.classCount;
    const samples = cm.n;
    let correct = 0;
    let tp = 0;
    let pp = 0;
    let tt = 0;
    for (let k = 0; k < count; k++) {
        correct += cm.counts[k * count + k];
        tp += cm.trueSum[k] * cm.predSum[k];
        pp += cm.predSum[k] * cm.predSum[k];
        tt += cm.trueSum[k] * cm.trueSum[k];
    }
    const covYtYp = correct * samples - tp;
    const covYpYp = samples * samples - pp;
    const covYtYt = samples * samples - tt;
    if (covYpYp * covYtYt === 0)
        return { value: 0 };
    return { value: covYtYp / sqrt(covYtYt * covYpYp) };
}
/**
 * cohen_kappa_score (weights=None): 1 − Σ_{i≠j} observed / Σ_{i≠j} expected, with expected =
 * outer(pred_sum, true_sum) / n. When y_true and y_pred hold one and the same class only, chance
 * agreement is 1 and sklearn returns NaN (0/0): reported as undefined.
 */
function cohenKappa(cm) {
    const count = cm.classCount;
    let observed = 0;
    let diagonalExpected = 0;
    for (let i = 0; i < count; i++) {
        diagonalExpected += cm.predSum[i] * cm.trueSum[i];
        for (let j = 0; j < count; j++)
            if (i !== j)
                observed += cm.counts[i * count + j];
    }
    // Σ_{i≠j} pred_i·true_j = n² − Σ_i pred_i·true_i: integers, exact, divided once.
    const expected = (cm.n * cm.n - diagonalExpected) / cm.n;
    if (expected === 0) {
        return {
            value: null,
            reason: 'cohen_kappa is undefined when y_true and y_pred contain one and the same single class (chance agreement is 1; scikit-learn returns NaN)'
        };
    }
    return { value: 1 - observed / expected };
}

;// CONCATENATED MODULE: ./shared/metrics/chunk.ts
/**
 * Rows per call of the metrics' chunk helpers. A loop over millions of rows in a function called
 * once runs as V8's on-stack-replacement code; a helper called once per chunk is optimised as a
 * whole function, which measured four to five times faster on 2M rows under Node 24. The helpers
 * carry their running values from chunk to chunk, so the operations, their order and every result
 * are the same as one loop's.
 */
const CHUNK_ROWS = 8192;

;// CONCATENATED MODULE: ./shared/metrics/probability.ts
/**
 * Metrics of predicted probabilities: log loss, Brier score, expected calibration error. Each is a
 * mean of per-row terms, computed once per input and cached, so that a bootstrap resample or a slice
 * costs one gather-and-sum over its rows. The whole set of a binary problem needs no per-row terms:
 * its three sums come from one pass (`binaryTotals`).
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, ceil, log } = Math;
/**
 * np.finfo(np.float64).eps: log_loss's clipping bound since scikit-learn 1.2 (`eps="auto"` is the
 * machine epsilon of y_pred's dtype; before 1.2 it was 1e-15). Our probabilities are float64.
 */
const LOG_LOSS_EPS = Number.EPSILON;
/** Compensated (Neumaier) mean of `terms` over the view's rows. */
function meanOver(view, terms) {
    const state = new Float64Array(2);
    for (let from = 0; from < view.n; from += CHUNK_ROWS) {
        sumChunk(terms, view.rows, from, Math.min(view.n, from + CHUNK_ROWS), state);
    }
    return (state[0] + state[1]) / view.n;
}
/** Adds rows `[from, to)` of the view to the compensated sum `state` (sum, compensation). */
function sumChunk(terms, rows, from, to, state) {
    let sum = state[0];
    let compensation = state[1];
    for (let i = from; i < to; i++) {
        const x = terms[rows === null ? i : rows[i]];
        const t = sum + x;
        compensation += abs(sum) >= abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    state[0] = sum;
    state[1] = compensation;
}
function probaOf(prepared) {
    const { proba } = prepared.input;
    if (proba === null)
        throw new Error('probability metrics: no probabilities');
    return proba;
}
/**
 * log_loss(y_true, proba, labels=classes), scikit-learn 1.2: every probability is clipped to
 * [eps, 1 − eps] first, then each row is divided by its (clipped) sum, so rows that do not sum to
 * one are renormalised silently (1.2 does not warn); the loss is the mean of −ln q_true.
 */
function logLoss(view) {
    const { prepared } = view;
    const count = prepared.classCount;
    if (count < 2) {
        const classes = JSON.stringify(prepared.input.classes);
        return { value: null, reason: `log_loss needs at least two classes, got ${classes}` };
    }
    if (count === 2 && view.rows === null) {
        const totals = binaryTotals(prepared);
        return { value: (totals[LOG_LOSS_SUM] + totals[LOG_LOSS_SUM + 1]) / view.n };
    }
    const terms = prepared.memo('log_loss', () => {
        if (count === 2)
            return binaryTerms(prepared).logLoss;
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const out = new Float64Array(prepared.n);
        for (let from = 0; from < prepared.n; from += CHUNK_ROWS) {
            logLossChunk(proba, yTrue, count, out, from, Math.min(prepared.n, from + CHUNK_ROWS));
        }
        return out;
    });
    return { value: meanOver(view, terms) };
}
/** −ln of each row's clipped, renormalised probability of its true class, rows `[from, to)`. */
function logLossChunk(proba, yTrue, count, out, from, to) {
    const hiClip = 1 - LOG_LOSS_EPS;
    for (let r = from; r < to; r++) {
        const base = r * count;
        let rowSum = 0;
        for (let c = 0; c < count; c++) {
            const p = proba[base + c];
            rowSum += p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > hiClip ? hiClip : p;
        }
        const pt = proba[base + yTrue[r]];
        out[r] = -log((pt < LOG_LOSS_EPS ? LOG_LOSS_EPS : pt > hiClip ? hiClip : pt) / rowSum);
    }
}
const ABOVE_ONE = 1;
const BELOW_ZERO = 2;
/**
 * Brier score. Binary (C ≤ 2): brier_score_loss(y_true == pos, proba[:, pos]), the mean of
 * (1[y = pos] − p_pos)². Multiclass: the mean over rows of Σ_c (p_c − 1[y = c])², Brier's original
 * (1950) definition; sklearn 1.2 has no multiclass Brier (it equals twice brier_score_loss when C = 2,
 * which is why binary keeps sklearn's one-column form). Probabilities outside [0, 1] are refused with
 * sklearn's messages (values above 1 checked first, as sklearn does).
 */
function brierScore(view) {
    const { prepared } = view;
    const { posLabel } = prepared.input;
    if (prepared.classCount === 2 && view.rows === null) {
        const totals = binaryTotals(prepared);
        const flags = totals[FLAGS];
        if ((flags & ABOVE_ONE) !== 0)
            return { value: null, reason: 'y_prob contains values greater than 1.' };
        if ((flags & BELOW_ZERO) !== 0)
            return { value: null, reason: 'y_prob contains values less than 0.' };
        return { value: (totals[BRIER_SUM] + totals[BRIER_SUM + 1]) / view.n };
    }
    const { terms, outOfRange } = prepared.memo(`brier_score:${posLabel}`, () => {
        if (prepared.classCount === 2)
            return binaryTerms(prepared).brier;
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const count = prepared.classCount;
        const binary = count <= 2;
        const out = new Float64Array(prepared.n);
        let flags = null;
        for (let r = 0; r < prepared.n; r++) {
            const base = r * count;
            let term = 0;
            let flag = 0;
            for (let c = binary ? posLabel : 0; c < (binary ? posLabel + 1 : count); c++) {
                const p = proba[base + c];
                if (p > 1)
                    flag |= ABOVE_ONE;
                if (p < 0)
                    flag |= BELOW_ZERO;
                const d = binary ? (yTrue[r] === posLabel ? 1 : 0) - p : p - (c === yTrue[r] ? 1 : 0);
                term += d * d;
            }
            out[r] = term;
            if (flag !== 0) {
                flags ??= new Uint8Array(prepared.n);
                flags[r] = flag;
            }
        }
        return { terms: out, outOfRange: flags };
    });
    if (outOfRange !== null) {
        let flags = 0;
        for (let i = 0; i < view.n; i++)
            flags |= outOfRange[view.rows === null ? i : view.rows[i]];
        if ((flags & ABOVE_ONE) !== 0)
            return { value: null, reason: 'y_prob contains values greater than 1.' };
        if ((flags & BELOW_ZERO) !== 0)
            return { value: null, reason: 'y_prob contains values less than 0.' };
    }
    return { value: meanOver(view, terms) };
}
/** Equal-width calibration bins on [0, 1]. */
const ECE_BINS = 10;
/** Bin edges k / 10, each the correctly rounded quotient (the reference script uses the same). */
const EDGES = Float64Array.from({ length: ECE_BINS + 1 }, (_, k) => k / ECE_BINS);
/** Bit of `EceRows.bin` set when the row's top class is its true class. */
const CORRECT = 0x80;
/** `EceRows.bin` of a row whose top probability lies outside [0, 1]. */
const OUT_OF_RANGE = 0xff;
function eceRows(prepared) {
    if (prepared.classCount === 2)
        return binaryTerms(prepared).ece;
    const proba = probaOf(prepared);
    const { yTrue } = prepared.input;
    const count = prepared.classCount;
    const bin = new Uint8Array(prepared.n);
    const confidence = new Float64Array(prepared.n);
    for (let r = 0; r < prepared.n; r++) {
        const base = r * count;
        let best = 0;
        let top = proba[base];
        for (let c = 1; c < count; c++) {
            if (proba[base + c] > top) {
                top = proba[base + c];
                best = c;
            }
        }
        confidence[r] = top;
        const b = eceBin(top);
        bin[r] = b === OUT_OF_RANGE || best !== yTrue[r] ? b : b | CORRECT;
    }
    return { bin, confidence };
}
/** The calibration bin of a top-class probability, or OUT_OF_RANGE outside [0, 1]. */
function eceBin(top) {
    if (!(top >= 0 && top <= 1))
        return OUT_OF_RANGE;
    // ceil(10·p) − 1 is the bin up to rounding of the product; the edge comparisons settle it.
    let b = ceil(top * ECE_BINS) - 1;
    if (b < 0)
        b = 0;
    if (b > ECE_BINS - 1)
        b = ECE_BINS - 1;
    while (b > 0 && top <= EDGES[b])
        b--;
    while (b < ECE_BINS - 1 && top > EDGES[b + 1])
        b++;
    return b;
}
/**
 * Two classes: the per-row terms of log loss, Brier score (of `posLabel`) and ECE, for the subsets a
 * bootstrap or a slice gathers from (the whole set needs only `binaryTotals`), in one pass over
 * the probabilities, with the same arithmetic as the general loops (log loss: clip, renormalise by
 * the clipped sum, −ln; Brier: (1[y = pos] − p_pos)²; ECE: the larger probability, the first on ties).
 */
function binaryTerms(prepared) {
    const { posLabel } = prepared.input;
    return prepared.memo(`binary_terms:${posLabel}`, () => {
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const n = prepared.n;
        const logLoss = new Float64Array(n);
        const brier = new Float64Array(n);
        let outOfRange = null;
        const bin = new Uint8Array(n);
        const confidence = new Float64Array(n);
        for (let from = 0; from < n; from += CHUNK_ROWS) {
            binaryChunk(proba, yTrue, posLabel, from, Math.min(n, from + CHUNK_ROWS), logLoss, brier, bin, confidence);
        }
        for (let r = 0; r < n; r++) {
            const p = proba[2 * r + posLabel];
            if (p > 1 || p < 0) {
                outOfRange ??= new Uint8Array(n);
                outOfRange[r] = (p > 1 ? ABOVE_ONE : 0) | (p < 0 ? BELOW_ZERO : 0);
            }
        }
        return { logLoss, brier: { terms: brier, outOfRange }, ece: { bin, confidence } };
    });
}
// Slots of the totals array of `binaryTotals`.
const LOG_LOSS_SUM = 0; // sum, compensation
const BRIER_SUM = 2; // sum, compensation
const FLAGS = 4; // ABOVE_ONE | BELOW_ZERO of the positive class's probabilities
const ECE_OUT_OF_RANGE = 5; // first row whose top probability is outside [0, 1], or -1
const ECE_ROWS = 6;
const ECE_CORRECT = ECE_ROWS + ECE_BINS;
const ECE_CONFIDENCE = ECE_CORRECT + ECE_BINS;
const TOTALS = ECE_CONFIDENCE + ECE_BINS;
/**
 * Two classes, every row: what log loss, Brier score and ECE of the whole set need, summed in one
 * pass without keeping a term per row (subsets use `binaryTerms`). Each sum runs over the rows in
 * order with the arithmetic of `binaryChunk` followed by `sumChunk` (and of the ECE loop), so the
 * values are bit-identical to the per-row path's.
 */
function binaryTotals(prepared) {
    const { posLabel } = prepared.input;
    return prepared.memo(`binary_totals:${posLabel}`, () => {
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const n = prepared.n;
        const totals = new Float64Array(TOTALS);
        totals[ECE_OUT_OF_RANGE] = -1;
        for (let from = 0; from < n; from += CHUNK_ROWS) {
            totalsChunk(proba, yTrue, posLabel, from, Math.min(n, from + CHUNK_ROWS), totals);
        }
        return totals;
    });
}
/** `binaryTotals` for rows `[from, to)`, added to `totals`. */
function totalsChunk(proba, yTrue, posLabel, from, to, totals) {
    let logSum = totals[LOG_LOSS_SUM];
    let logCompensation = totals[LOG_LOSS_SUM + 1];
    let brierSum = totals[BRIER_SUM];
    let brierCompensation = totals[BRIER_SUM + 1];
    let flags = totals[FLAGS];
    for (let r = from; r < to; r++) {
        const p0 = proba[2 * r];
        const p1 = proba[2 * r + 1];
        const y = yTrue[r];
        const loss = binaryLogLoss(p0, p1, y);
        let t = logSum + loss;
        logCompensation += abs(logSum) >= abs(loss) ? logSum - t + loss : loss - t + logSum;
        logSum = t;
        const p = posLabel === 0 ? p0 : p1;
        const brier = binaryBrier(p, y, posLabel);
        t = brierSum + brier;
        brierCompensation += abs(brierSum) >= abs(brier) ? brierSum - t + brier : brier - t + brierSum;
        brierSum = t;
        if (p > 1)
            flags |= ABOVE_ONE;
        if (p < 0)
            flags |= BELOW_ZERO;
        const best = p1 > p0 ? 1 : 0;
        const top = best === 1 ? p1 : p0;
        const b = eceBin(top);
        if (b === OUT_OF_RANGE) {
            if (totals[ECE_OUT_OF_RANGE] < 0)
                totals[ECE_OUT_OF_RANGE] = r;
            continue;
        }
        totals[ECE_ROWS + b]++;
        totals[ECE_CONFIDENCE + b] += top;
        if (best === y)
            totals[ECE_CORRECT + b]++;
    }
    totals[LOG_LOSS_SUM] = logSum;
    totals[LOG_LOSS_SUM + 1] = logCompensation;
    totals[BRIER_SUM] = brierSum;
    totals[BRIER_SUM + 1] = brierCompensation;
    totals[FLAGS] = flags;
}
/**
 * One binary row's log loss term, as `logLossChunk` computes it: both probabilities clipped to
 * [eps, 1 − eps], the true class's divided by their sum, −ln of that.
 */
function binaryLogLoss(p0, p1, y) {
    const hiClip = 1 - LOG_LOSS_EPS;
    const c0 = p0 < LOG_LOSS_EPS ? LOG_LOSS_EPS : p0 > hiClip ? hiClip : p0;
    const c1 = p1 < LOG_LOSS_EPS ? LOG_LOSS_EPS : p1 > hiClip ? hiClip : p1;
    return -log((y === 0 ? c0 : c1) / (c0 + c1));
}
/** One binary row's Brier term: (1[y = pos] − p_pos)². */
function binaryBrier(positive, y, posLabel) {
    const d = (y === posLabel ? 1 : 0) - positive;
    return d * d;
}
/** The larger of a binary row's two probabilities (the first on ties), as ECE reads it. */
function topProbability(prepared, row) {
    const proba = probaOf(prepared);
    const p0 = proba[2 * row];
    const p1 = proba[2 * row + 1];
    return p1 > p0 ? p1 : p0;
}
/** `binaryTerms` for rows `[from, to)`. */
function binaryChunk(proba, yTrue, posLabel, from, to, logLoss, brier, bin, confidence) {
    for (let r = from; r < to; r++) {
        const p0 = proba[2 * r];
        const p1 = proba[2 * r + 1];
        const y = yTrue[r];
        logLoss[r] = binaryLogLoss(p0, p1, y);
        brier[r] = binaryBrier(posLabel === 0 ? p0 : p1, y, posLabel);
        const best = p1 > p0 ? 1 : 0;
        const top = best === 1 ? p1 : p0;
        confidence[r] = top;
        const b = eceBin(top);
        bin[r] = b === OUT_OF_RANGE || best !== y ? b : b | CORRECT;
    }
}
/**
 * Expected calibration error (Naeini et al. 2015; Guo et al. 2017), which scikit-learn does not
 * provide: each row's confidence is its largest probability (as given, not renormalised) and its
 * prediction that class (np.argmax: the first on ties); rows fall in 10 equal-width bins
 * (k/10, (k+1)/10], with 0 in the first; ECE = Σ_b |accuracy_b − mean confidence_b| · n_b / n.
 */
function expectedCalibrationError(view) {
    const { prepared } = view;
    if (prepared.classCount === 2 && view.rows === null) {
        const totals = binaryTotals(prepared);
        const first = totals[ECE_OUT_OF_RANGE];
        if (first >= 0)
            return eceOutOfRange(first, topProbability(prepared, first));
        return eceOf(totals.subarray(ECE_ROWS, ECE_ROWS + ECE_BINS), totals.subarray(ECE_CORRECT, ECE_CORRECT + ECE_BINS), totals.subarray(ECE_CONFIDENCE, ECE_CONFIDENCE + ECE_BINS), view.n);
    }
    const { bin, confidence } = prepared.memo('expected_calibration_error', () => eceRows(prepared));
    const rows = new Float64Array(ECE_BINS);
    const correct = new Float64Array(ECE_BINS);
    const confidenceSum = new Float64Array(ECE_BINS);
    for (let i = 0; i < view.n; i++) {
        const r = view.rows === null ? i : view.rows[i];
        const code = bin[r];
        if (code === OUT_OF_RANGE)
            return eceOutOfRange(r, confidence[r]);
        const b = code & ~CORRECT;
        rows[b]++;
        confidenceSum[b] += confidence[r];
        if ((code & CORRECT) !== 0)
            correct[b]++;
    }
    return eceOf(rows, correct, confidenceSum, view.n);
}
function eceOutOfRange(row, top) {
    return {
        value: null,
        reason: `expected_calibration_error needs probabilities in [0, 1]; row ${row} has a top-class probability of ${top}`
    };
}
/** Σ_b |accuracy_b − mean confidence_b| · n_b / n from each bin's rows, correct rows and confidence sum. */
function eceOf(rows, correct, confidenceSum, n) {
    let ece = 0;
    for (let b = 0; b < ECE_BINS; b++) {
        const nb = rows[b];
        if (nb > 0)
            ece += (abs(correct[b] / nb - confidenceSum[b] / nb) * nb) / n;
    }
    return { value: ece };
}

;// CONCATENATED MODULE: ./shared/metrics/ranking.ts
/**
 * Ranking metrics (ROC AUC, average precision) as scikit-learn 1.2 defines them
 * (sklearn/metrics/_ranking.py). Both walk the rows by descending score once, one tie group at a
 * time (`_binary_clf_curve`: thresholds are the distinct scores, tied rows move the curve together):
 * - ROC AUC is the trapezoidal area under (fpr, tpr) over those thresholds, so a tie group counts
 *   as a diagonal segment, i.e. half a win (equal to the Mann–Whitney U with mid-ranks). The area is
 *   accumulated in integer counts, exact, and divided once.
 * - Average precision is sklearn's step-wise sum Σ_k (R_k − R_{k−1}) · P_k over the thresholds, with no
 *   interpolation (changed in sklearn 0.19).
 * The sort is done once per probability column and cached; a subset of rows (a bootstrap resample
 * with repeats, a slice) is a weight per row over the cached order: O(n) per call, no sort.
 */

const ONE_CLASS_AUC = 'Only one class present in y_true. ROC AUC score is not defined in that case.';
const NO_POSITIVE_AP = 'No positive class found in y_true, recall is set to one for all thresholds.';
const NOT_PROBABILITIES = 'Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 over classes';
/**
 * One pass over `column`'s positions: rows of class `pos` are positive; negatives are the rows of
 * class `neg`, or of every other class when `neg` < 0. `counts` weighs rows by their index in
 * `order` (null: every row once, and no order needed).
 */
function sweep(column, pos, neg, counts, order) {
    const n = column.labels.length;
    // tp, fp, tp and fp at the last threshold, 2·AUC area, Σ ΔTP·precision: carried from chunk to chunk.
    const state = new Float64Array(6);
    for (let from = 0; from < n; from += CHUNK_ROWS) {
        sweepChunk(column, pos, neg, counts, order, from, Math.min(n, from + CHUNK_ROWS), state);
    }
    return { positives: state[0], negatives: state[1], area2: state[4], apSum: state[5] };
}
function sweepChunk(column, pos, neg, counts, order, from, to, state) {
    const { labels, groupEnd } = column;
    let tp = state[0];
    let fp = state[1];
    let tpPrev = state[2];
    let fpPrev = state[3];
    let area2 = state[4];
    let apSum = state[5];
    for (let i = from; i < to; i++) {
        const y = labels[i];
        if (y === pos)
            tp += counts === null ? 1 : counts[order[i]];
        else if (neg < 0 || y === neg)
            fp += counts === null ? 1 : counts[order[i]];
        if (groupEnd[i] === 1 && (tp !== tpPrev || fp !== fpPrev)) {
            area2 += (fp - fpPrev) * (tp + tpPrev);
            apSum += (tp - tpPrev) * (tp / (tp + fp));
            tpPrev = tp;
            fpPrev = fp;
        }
    }
    state[0] = tp;
    state[1] = fp;
    state[2] = tpPrev;
    state[3] = fpPrev;
    state[4] = area2;
    state[5] = apSum;
}
/** _binary_roc_auc_score: undefined unless y_true holds both classes. */
function aucOf(ranked) {
    const { positives, negatives, area2 } = ranked;
    if (positives === 0 || negatives === 0)
        return null;
    return area2 / 2 / (positives * negatives);
}
/**
 * average_precision_score of one binary problem. With no positive row sklearn sets recall to 1 at
 * every threshold, which makes the step sum 0.0, and warns.
 */
function apOf(ranked) {
    if (ranked.positives === 0)
        return { value: 0, warnings: [NO_POSITIVE_AP] };
    return { value: ranked.apSum / ranked.positives };
}
/** Binary ROC AUC of `posLabel` against the rest (sklearn's roc_auc_score on y_true == pos). */
function binaryRocAuc(view, pos) {
    const auc = aucOf(view.ranked(pos, pos, -1));
    return auc === null ? { value: null, reason: ONE_CLASS_AUC } : { value: auc };
}
/** Binary average precision of `pos` against the rest (average_precision_score, pos_label). */
function binaryAveragePrecision(view, pos) {
    return apOf(view.ranked(pos, pos, -1));
}
/** The check roc_auc_score makes first on multiclass scores: every row sums to 1 (np.allclose). */
function notProbabilities(view) {
    const bad = view.prepared.rowsNotSummingToOne();
    if (bad === null)
        return false;
    if (view.rows === null)
        return true;
    for (let i = 0; i < view.rows.length; i++)
        if (bad[view.rows[i]] === 1)
            return true;
    return false;
}
/**
 * roc_auc_score(multi_class="ovr", labels=classes): each class against the rest, averaged (macro) or
 * weighted by support. A class absent from y_true makes its binary AUC, hence the whole, undefined
 * (sklearn raises).
 */
function ovrRocAuc(view, weighted) {
    if (notProbabilities(view))
        return { value: null, reason: NOT_PROBABILITIES };
    const count = view.prepared.classCount;
    let sum = 0;
    let weightSum = 0;
    for (let c = 0; c < count; c++) {
        const ranked = view.ranked(c, c, -1);
        const auc = aucOf(ranked);
        if (auc === null)
            return { value: null, reason: ONE_CLASS_AUC };
        const w = weighted ? ranked.positives : 1;
        sum += auc * w;
        weightSum += w;
    }
    return { value: sum / weightSum };
}
/**
 * roc_auc_score(multi_class="ovo", labels=classes), Hand & Till (2001): over every pair (a, b) of
 * classes present in y_true, restricted to the rows of a or b, the mean of AUC(a vs b on p_a) and
 * AUC(b vs a on p_b); averaged, or weighted by the pair's prevalence (its share of rows). With fewer
 * than two classes in y_true there is no pair (sklearn fails inside np.average): undefined.
 */
function ovoRocAuc(view, weighted) {
    if (notProbabilities(view))
        return { value: null, reason: NOT_PROBABILITIES };
    const { prepared } = view;
    const count = prepared.classCount;
    const { yTrue } = prepared.input;
    const support = new Float64Array(count);
    if (view.rows === null)
        for (let i = 0; i < yTrue.length; i++)
            support[yTrue[i]]++;
    else
        for (let i = 0; i < view.rows.length; i++)
            support[yTrue[view.rows[i]]]++;
    const present = [];
    for (let c = 0; c < count; c++)
        if (support[c] > 0)
            present.push(c);
    if (present.length < 2)
        return { value: null, reason: ONE_CLASS_AUC };
    let sum = 0;
    let weightSum = 0;
    for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
            const a = present[i];
            const b = present[j];
            const ab = view.ranked(a, a, b);
            const ba = view.ranked(b, b, a);
            const score = (aucOf(ab) + aucOf(ba)) / 2;
            const w = weighted ? ab.positives + ab.negatives : 1;
            sum += score * w;
            weightSum += w;
        }
    }
    return { value: sum / weightSum };
}
/**
 * Multiclass average precision: sklearn 1.2's average_precision_score on the one-hot y_true over
 * every class (label_binarize(y_true, classes)), average="macro". A class absent from y_true scores
 * 0.0 with the "No positive class" warning, as its column does in sklearn.
 */
function macroAveragePrecision(view) {
    const count = view.prepared.classCount;
    let sum = 0;
    let warned = false;
    for (let c = 0; c < count; c++) {
        const outcome = apOf(view.ranked(c, c, -1));
        sum += outcome.value;
        if (outcome.warnings !== undefined)
            warned = true;
    }
    const value = sum / count;
    return warned ? { value, warnings: [NO_POSITIVE_AP] } : { value };
}

;// CONCATENATED MODULE: ./shared/metrics/classification.ts
/**
 * Classification metrics by name on a set of rows. "Binary" means at most two classes in `classes`
 * (the model's or the data's label set), whatever the rows at hand contain, so that a bootstrap
 * resample or a slice is scored with the same definitions as the whole test set.
 */




const EMPTY_REASON = 'no rows: the metric is undefined on an empty set';
const NO_PROBA_REASON = 'needs class probabilities, and the model gives labels only';
/** The rows one computation looks at, with what several metrics share computed once. */
class ClassificationView {
    prepared;
    rows;
    n;
    cm;
    counts;
    sweeps = new Map();
    constructor(prepared, 
    /** null: every row. */
    rows) {
        this.prepared = prepared;
        this.rows = rows;
        this.n = rows === null ? prepared.n : rows.length;
    }
    get binary() {
        return this.prepared.classCount <= 2;
    }
    confusion() {
        this.cm ??= confusionOf(this.prepared, this.rows);
        return this.cm;
    }
    ranking() {
        return { prepared: this.prepared, rows: this.rows, ranked: (c, pos, neg) => this.ranked(c, pos, neg) };
    }
    ranked(column, pos, neg) {
        const count = this.prepared.classCount;
        const key = (column * count + pos) * (count + 1) + neg + 1;
        let ranked = this.sweeps.get(key);
        if (ranked === undefined) {
            if (this.counts === undefined) {
                this.counts = this.rows === null ? null : this.prepared.countsOf(this.rows);
            }
            if (this.counts === null) {
                ranked = sweep(this.prepared.ranks(column), pos, neg, null, null);
            }
            else {
                const order = this.prepared.columnOrder(column);
                ranked = sweep(order, pos, neg, this.counts, order.order);
            }
            this.sweeps.set(key, ranked);
        }
        return ranked;
    }
    probability() {
        return { prepared: this.prepared, rows: this.rows, n: this.n };
    }
    /** Returns the shared scratch counts; call once when done with the view. */
    release() {
        if (this.counts !== undefined && this.counts !== null && this.rows !== null) {
            this.prepared.releaseCounts(this.rows);
        }
        this.counts = undefined;
        this.sweeps.clear();
    }
}
const PRF = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/;
/** One classification metric (a catalogue name, already checked) on the view's rows. */
function classificationOutcome(name, view, needsProba) {
    if (view.n === 0)
        return { value: null, reason: EMPTY_REASON };
    const { input } = view.prepared;
    if (needsProba && input.proba === null)
        return { value: null, reason: NO_PROBA_REASON };
    const prfMatch = PRF.exec(name);
    if (prfMatch !== null) {
        const kind = prfMatch[1];
        const average = (prfMatch[2] ?? (view.binary ? 'binary' : 'macro'));
        return prf(view.confusion(), kind, average, input.posLabel);
    }
    switch (name) {
        case 'accuracy':
            return accuracy(view.confusion());
        case 'balanced_accuracy':
            return balancedAccuracy(view.confusion());
        case 'matthews_corrcoef':
            return matthews(view.confusion());
        case 'cohen_kappa':
            return cohenKappa(view.confusion());
        case 'roc_auc':
        case 'roc_auc_ovr':
            return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovrRocAuc(view.ranking(), false);
        case 'roc_auc_ovr_weighted':
            return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovrRocAuc(view.ranking(), true);
        case 'roc_auc_ovo':
            return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovoRocAuc(view.ranking(), false);
        case 'roc_auc_ovo_weighted':
            return view.binary ? binaryRocAuc(view.ranking(), input.posLabel) : ovoRocAuc(view.ranking(), true);
        case 'average_precision':
            return view.binary
                ? binaryAveragePrecision(view.ranking(), input.posLabel)
                : macroAveragePrecision(view.ranking());
        case 'log_loss':
            return logLoss(view.probability());
        case 'brier_score':
            return brierScore(view.probability());
        case 'expected_calibration_error':
            return expectedCalibrationError(view.probability());
        default:
            throw new Error(`classificationOutcome: no classification metric \`${name}\``);
    }
}

;// CONCATENATED MODULE: ./shared/metrics/argsort.ts
/**
 * Argsort of finite float64 keys, descending: an LSD radix sort on the keys' IEEE-754 bits (4 passes
 * of 16 bits, passes whose digit is constant skipped), O(n), about 10× faster than a comparator sort
 * on millions of rows. Keys that are all float32 values (what onnxruntime scores are) sort on their
 * 32 bits: 2 passes. Ties keep no particular order: every caller walks tied scores as one group.
 */
/** Below this a comparator sort is cheaper than the radix histograms. */
const RADIX_MIN = 4096;
const RADIX = 65536;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/**
 * Indices ordered by descending `keys` (finite values; -0 and 0 are one value, as numpy's
 * `np.diff(y_score) != 0` sees them), with the tie groups marked. `keys` is not modified.
 */
function argsortDescending(keys) {
    const n = keys.length;
    const groupEnd = new Uint8Array(n);
    if (n < RADIX_MIN || !LITTLE_ENDIAN) {
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        order.sort((a, b) => keys[b] - keys[a]);
        let groups = 0;
        for (let i = 0; i < n; i++) {
            if (i === n - 1 || keys[order[i]] !== keys[order[i + 1]]) {
                groupEnd[i] = 1;
                groups++;
            }
        }
        return { order, groupEnd, groups };
    }
    const narrow = argsortFloat32(keys);
    if (narrow !== null)
        return narrow;
    // Map each double to a uint64 (hi, lo) that sorts like the double: flip every bit of negatives, the
    // sign bit of the rest. Then invert, so that ascending radix order is descending key order.
    const copy = Float64Array.from(keys);
    const bits = new Uint32Array(copy.buffer);
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let idx = new Int32Array(n);
    const histogram = new Uint32Array(4 * RADIX);
    for (let i = 0; i < n; i++) {
        let l = bits[2 * i];
        let h = bits[2 * i + 1];
        if (h === 0x80000000 && l === 0)
            h = 0; // -0 sorts, and ties, with 0
        if ((h & 0x80000000) !== 0) {
            h = ~h;
            l = ~l;
        }
        else {
            h |= 0x80000000;
        }
        h = ~h >>> 0;
        l = ~l >>> 0;
        hi[i] = h;
        lo[i] = l;
        idx[i] = i;
        histogram[l & 0xffff]++;
        histogram[RADIX + (l >>> 16)]++;
        histogram[2 * RADIX + (h & 0xffff)]++;
        histogram[3 * RADIX + (h >>> 16)]++;
    }
    let hiOut = new Uint32Array(n);
    let loOut = new Uint32Array(n);
    let idxOut = new Int32Array(n);
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * RADIX;
        if (toOffsets(histogram, base, n))
            continue;
        const fromHi = pass >= 2;
        const shift = (pass & 1) === 1 ? 16 : 0;
        for (let i = 0; i < n; i++) {
            const h = hi[i];
            const l = lo[i];
            const digit = ((fromHi ? h : l) >>> shift) & 0xffff;
            const at = histogram[base + digit]++;
            hiOut[at] = h;
            loOut[at] = l;
            idxOut[at] = idx[i];
        }
        [hi, hiOut] = [hiOut, hi];
        [lo, loOut] = [loOut, lo];
        [idx, idxOut] = [idxOut, idx];
    }
    // The keys travelled with the indices: equal neighbours are ties, read sequentially.
    let groups = n > 0 ? 1 : 0;
    for (let i = 0; i < n - 1; i++) {
        if (hi[i] !== hi[i + 1] || lo[i] !== lo[i + 1]) {
            groupEnd[i] = 1;
            groups++;
        }
    }
    if (n > 0)
        groupEnd[n - 1] = 1;
    return { order: idx, groupEnd, groups };
}
/**
 * The 32-bit path: null unless every key is a float32 value. Same mapping as the 64-bit path (flip
 * negatives, set the sign bit of the rest, invert), on the float32 bits.
 */
function argsortFloat32(keys) {
    const n = keys.length;
    const narrow = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const k = keys[i];
        narrow[i] = k;
        if (narrow[i] !== k)
            return null;
    }
    const bits = new Uint32Array(narrow.buffer);
    let key = new Uint32Array(n);
    let idx = new Int32Array(n);
    const histogram = new Uint32Array(2 * RADIX);
    for (let i = 0; i < n; i++) {
        let b = bits[i];
        if (b === 0x80000000)
            b = 0; // -0 ties with 0
        b = (b & 0x80000000) !== 0 ? ~b : b | 0x80000000;
        b = ~b >>> 0;
        key[i] = b;
        idx[i] = i;
        histogram[b & 0xffff]++;
        histogram[RADIX + (b >>> 16)]++;
    }
    let keyOut = new Uint32Array(n);
    let idxOut = new Int32Array(n);
    for (let pass = 0; pass < 2; pass++) {
        const base = pass * RADIX;
        if (toOffsets(histogram, base, n))
            continue;
        const shift = pass === 0 ? 0 : 16;
        for (let i = 0; i < n; i++) {
            const k = key[i];
            const at = histogram[base + ((k >>> shift) & 0xffff)]++;
            keyOut[at] = k;
            idxOut[at] = idx[i];
        }
        [key, keyOut] = [keyOut, key];
        [idx, idxOut] = [idxOut, idx];
    }
    const groupEnd = new Uint8Array(n);
    let groups = n > 0 ? 1 : 0;
    for (let i = 0; i < n - 1; i++) {
        if (key[i] !== key[i + 1]) {
            groupEnd[i] = 1;
            groups++;
        }
    }
    if (n > 0)
        groupEnd[n - 1] = 1;
    return { order: idx, groupEnd, groups };
}
/**
 * The full-set sweeps of a binary problem need each position's class and score, not which row it
 * was: when every score of `column` (of the two in `proba`) is a float32 in [0, 1] (onnxruntime's
 * probabilities are), its 30 significant bits and the row's class pack into one 32-bit key, and one
 * array goes through the radix passes instead of keys and indices. Null when a score does not fit.
 */
function sortBinaryProbabilities(proba, column, yTrue) {
    const n = yTrue.length;
    if (n < RADIX_MIN || !LITTLE_ENDIAN)
        return null;
    const narrow = new Float32Array(1);
    const narrowBits = new Uint32Array(narrow.buffer);
    let keys = new Uint32Array(n);
    const histogram = new Uint32Array(2 * RADIX);
    for (let i = 0; i < n; i++) {
        const p = proba[2 * i + column];
        narrow[0] = p;
        if (narrow[0] !== p)
            return null;
        let b = narrowBits[0];
        if (b === 0x80000000)
            b = 0; // -0 ties with 0
        if (b > 0x3f800000)
            return null; // negative, or above 1
        // Inverted: ascending keys are descending scores.
        const key = ~((b << 1) | yTrue[i]) >>> 0;
        keys[i] = key;
        histogram[key & 0xffff]++;
        histogram[RADIX + (key >>> 16)]++;
    }
    let out = new Uint32Array(n);
    if (!toOffsets(histogram, 0, n)) {
        for (let i = 0; i < n; i++) {
            const key = keys[i];
            out[histogram[key & 0xffff]++] = key;
        }
        [keys, out] = [out, keys];
    }
    const labels = new Uint8Array(n);
    // The spare buffer becomes the scores: each position's float32 bits. The last pass unpacks each
    // key (score bits, class) where it lands; without that pass the keys are unpacked in place.
    const scoreBits = out;
    if (!toOffsets(histogram, RADIX, n)) {
        for (let i = 0; i < n; i++) {
            const key = keys[i];
            const at = histogram[RADIX + (key >>> 16)]++;
            const packed = ~key >>> 0;
            labels[at] = packed & 1;
            scoreBits[at] = packed >>> 1;
        }
    }
    else {
        for (let i = 0; i < n; i++) {
            const packed = ~keys[i] >>> 0;
            labels[i] = packed & 1;
            scoreBits[i] = packed >>> 1;
        }
    }
    const groupEnd = new Uint8Array(n);
    let groups = n > 0 ? 1 : 0;
    for (let i = 0; i < n - 1; i++) {
        if (scoreBits[i] !== scoreBits[i + 1]) {
            groupEnd[i] = 1;
            groups++;
        }
    }
    if (n > 0)
        groupEnd[n - 1] = 1;
    return { labels, groupEnd, groups, scores: new Float32Array(scoreBits.buffer, scoreBits.byteOffset, n) };
}
/**
 * Turns one digit's counts (`histogram[base, base + RADIX)`) into start offsets. True when a single
 * digit value holds all `n` keys: the pass would leave the order as it is, and is skipped.
 */
function toOffsets(histogram, base, n) {
    let single = false;
    let total = 0;
    for (let d = 0; d < RADIX; d++) {
        const c = histogram[base + d];
        if (c === n)
            single = true;
        histogram[base + d] = total;
        total += c;
    }
    return single;
}

;// CONCATENATED MODULE: ./shared/metrics/prepared.ts
/**
 * Validation and per-input caches. An input object is validated once; its sort orders, label-pair
 * codes and scratch buffers are built on first use and kept (weakly) for the next call on the same
 * object, so that a bootstrap's thousand `metricOn` calls cost O(rows) each, not O(n log n).
 */


// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs: prepared_abs, floor } = Math;
const { isFinite: prepared_isFinite } = Number;
/** An array for integers in [0, max], as small as fits (smaller arrays stay in cache on random access). */
function indexArray(length, max) {
    if (max <= 0xff)
        return new Uint8Array(length);
    if (max <= 0xffff)
        return new Uint16Array(length);
    return new Int32Array(length);
}
function checkLabels(values, what, classes) {
    const count = classes.length;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v < 0 || v >= count) {
            throw new RangeError(`${what}[${i}] = ${v} is not a class index (0..${count - 1} for ${count} classes)`);
        }
    }
}
/** Throws unless `input` is consistent: shapes, class indices, finite probabilities. */
function checkClassification(input) {
    const { yTrue, yPred, proba, classes, posLabel } = input;
    const count = classes.length;
    if (count === 0)
        throw new RangeError('classification metrics: `classes` is empty');
    if (new Set(classes).size !== count) {
        throw new RangeError(`classification metrics: \`classes\` has repeats: ${JSON.stringify(classes)}`);
    }
    if (yTrue.length !== yPred.length) {
        throw new RangeError(`classification metrics: yTrue has ${yTrue.length} rows but yPred has ${yPred.length}`);
    }
    if (!Number.isInteger(posLabel) || posLabel < 0 || posLabel >= count) {
        throw new RangeError(`posLabel ${posLabel} is not a class index (0..${count - 1} for classes ${JSON.stringify(classes)})`);
    }
    checkLabels(yTrue, 'yTrue', classes);
    checkLabels(yPred, 'yPred', classes);
    if (proba === null)
        return;
    const n = yTrue.length;
    if (proba.length !== n * count) {
        throw new RangeError(`proba has ${proba.length} values; expected ${n} rows × ${count} classes = ${n * count}`);
    }
    for (let k = 0; k < proba.length; k++) {
        if (!prepared_isFinite(proba[k])) {
            const row = floor(k / count);
            throw new errors/* ModelError */.me(`probability of class ${JSON.stringify(classes[k - row * count])} at row ${row} is ${proba[k]}; probabilities must be finite`);
        }
    }
}
/** Throws unless both arrays have the same length and only finite values. */
function checkRegression(input) {
    const { yTrue, yPred } = input;
    if (yTrue.length !== yPred.length) {
        throw new RangeError(`regression metrics: yTrue has ${yTrue.length} rows but yPred has ${yPred.length}`);
    }
    for (let i = 0; i < yTrue.length; i++) {
        if (!prepared_isFinite(yTrue[i])) {
            throw new errors/* DataError */.fL(`target value yTrue[${i}] is ${yTrue[i]}; regression targets must be finite`);
        }
        if (!prepared_isFinite(yPred[i])) {
            throw new errors/* ModelError */.me(`prediction yPred[${i}] is ${yPred[i]}; predictions must be finite`);
        }
    }
}
/** Throws unless every entry of `rows` indexes one of `n` rows. */
function checkRows(rows, n) {
    for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (r < 0 || r >= n)
            throw new RangeError(`rows[${i}] = ${r} is outside the ${n} rows (0..${n - 1})`);
    }
}
/**
 * numpy.allclose(1, s): |1 - s| <= atol + rtol * |s| with numpy's defaults, the test roc_auc_score
 * applies to multiclass scores (sklearn/metrics/_ranking.py, _multiclass_roc_auc_score).
 */
function sumsToOne(s) {
    return prepared_abs(1 - s) <= 1e-8 + 1e-5 * prepared_abs(s);
}
/** A validated classification input and its lazily built caches. */
class PreparedClassification {
    input;
    n;
    classCount;
    orders;
    ranked;
    pairCodes;
    badSums;
    scratch;
    memos = new Map();
    constructor(input) {
        this.input = input;
        checkClassification(input);
        this.n = input.yTrue.length;
        this.classCount = input.classes.length;
        this.orders = new Array(this.classCount);
        this.ranked = new Array(this.classCount);
    }
    /** `yTrue * C + yPred` per row: one small array to gather from instead of two. */
    codes() {
        if (this.pairCodes !== undefined)
            return this.pairCodes;
        const { yTrue, yPred } = this.input;
        const count = this.classCount;
        const codes = indexArray(this.n, count * count - 1);
        for (let i = 0; i < this.n; i++)
            codes[i] = yTrue[i] * count + yPred[i];
        this.pairCodes = codes;
        return codes;
    }
    /** Rows sorted by descending probability of class `column`. */
    columnOrder(column) {
        const cached = this.orders[column];
        if (cached !== undefined)
            return cached;
        const { proba, yTrue } = this.input;
        if (proba === null)
            throw new Error('columnOrder: no probabilities');
        const count = this.classCount;
        const n = this.n;
        const scores = new Float64Array(n);
        for (let i = 0; i < n; i++)
            scores[i] = proba[i * count + column];
        const { order, groupEnd, groups } = argsortDescending(scores);
        const labels = indexArray(n, count - 1);
        for (let i = 0; i < n; i++)
            labels[i] = yTrue[order[i]];
        const result = {
            order,
            labels,
            groupEnd,
            groups,
            scoreAt: (i) => proba[order[i] * count + column]
        };
        this.orders[column] = result;
        return result;
    }
    /**
     * Classes and tie groups by descending probability of class `column`, for sweeps over every row.
     * Two classes with float32 probabilities sort without row indices (`sortBinaryProbabilities`);
     * otherwise, or once the row order is known anyway, it is `columnOrder`.
     */
    ranks(column) {
        const known = this.ranked[column] ?? this.orders[column];
        if (known !== undefined)
            return known;
        const { proba, yTrue } = this.input;
        if (proba === null)
            throw new Error('ranks: no probabilities');
        const sorted = this.classCount === 2 ? sortBinaryProbabilities(proba, column, yTrue) : null;
        if (sorted === null)
            return this.columnOrder(column);
        const { labels, groupEnd, groups, scores } = sorted;
        const ranks = { labels, groupEnd, groups, scoreAt: (i) => scores[i] };
        this.ranked[column] = ranks;
        return ranks;
    }
    /** A per-input value built once by `build` (e.g. per-row loss terms), under a caller-chosen key. */
    memo(key, build) {
        if (this.memos.has(key))
            return this.memos.get(key);
        const value = build();
        this.memos.set(key, value);
        return value;
    }
    /** Per row, 1 when its probabilities fail numpy.allclose(1, sum); null when every row passes. */
    rowsNotSummingToOne() {
        if (this.badSums !== undefined)
            return this.badSums;
        const { proba } = this.input;
        if (proba === null)
            throw new Error('rowsNotSummingToOne: no probabilities');
        const count = this.classCount;
        let bad = null;
        for (let i = 0; i < this.n; i++) {
            let s = 0;
            for (let c = 0; c < count; c++)
                s += proba[i * count + c];
            if (!sumsToOne(s)) {
                bad ??= new Uint8Array(this.n);
                bad[i] = 1;
            }
        }
        this.badSums = bad;
        return bad;
    }
    /**
     * How many times each row occurs in `rows`, in a scratch array reused across calls. Call
     * `releaseCounts(rows)` when done: it zeroes only the touched entries.
     */
    countsOf(rows) {
        this.scratch ??= new Int32Array(this.n);
        const counts = this.scratch;
        for (let i = 0; i < rows.length; i++)
            counts[rows[i]]++;
        return counts;
    }
    releaseCounts(rows) {
        const counts = this.scratch;
        for (let i = 0; i < rows.length; i++)
            counts[rows[i]] = 0;
    }
}
const classificationCache = new WeakMap();
const regressionChecked = new WeakSet();
/** The prepared form of `input`, validated on first sight. */
function prepareClassification(input) {
    let prepared = classificationCache.get(input);
    if (prepared === undefined) {
        prepared = new PreparedClassification(input);
        classificationCache.set(input, prepared);
    }
    return prepared;
}
/** Validates `input` once per object. */
function prepareRegression(input) {
    if (regressionChecked.has(input))
        return;
    checkRegression(input);
    regressionChecked.add(input);
}

;// CONCATENATED MODULE: ./shared/stats/quantile.ts
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

;// CONCATENATED MODULE: ./shared/stats/select.ts
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
    return qs.map((q) => quantile(values, q));
}

;// CONCATENATED MODULE: ./shared/metrics/regression.ts
/**
 * Regression metrics as scikit-learn 1.2 computes them (sklearn/metrics/_regression.py), single
 * output, no sample weights. Sums are compensated (Neumaier), so they are at least as accurate as
 * numpy's pairwise sums.
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs: regression_abs, sqrt: regression_sqrt } = Math;
/** np.finfo(np.float64).eps, mean_absolute_percentage_error's floor on |y_true|. */
const MAPE_EPS = Number.EPSILON;
const R2_TOO_FEW = 'R^2 score is not well-defined with less than two samples.';
/** mean_absolute_error */
function mae(view) {
    const { yTrue, yPred } = view.input;
    const { rows } = view;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < view.n; i++) {
        const r = rows === null ? i : rows[i];
        const x = regression_abs(yTrue[r] - yPred[r]);
        const t = sum + x;
        compensation += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
    }
    return (sum + compensation) / view.n;
}
/** mean_squared_error */
function mse(view) {
    const { yTrue, yPred } = view.input;
    const { rows } = view;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < view.n; i++) {
        const r = rows === null ? i : rows[i];
        const d = yTrue[r] - yPred[r];
        const x = d * d;
        const t = sum + x;
        compensation += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
    }
    return (sum + compensation) / view.n;
}
/** mean_squared_error(squared=False) = sqrt(mse) (sklearn 1.2 has no root_mean_squared_error yet). */
function rmse(view) {
    return regression_sqrt(mse(view));
}
/** mean_absolute_percentage_error: mean of |y_pred − y_true| / max(|y_true|, eps), a fraction. */
function mape(view) {
    const { yTrue, yPred } = view.input;
    const { rows } = view;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < view.n; i++) {
        const r = rows === null ? i : rows[i];
        const t0 = regression_abs(yTrue[r]);
        const x = regression_abs(yPred[r] - yTrue[r]) / (t0 > MAPE_EPS ? t0 : MAPE_EPS);
        const t = sum + x;
        compensation += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
    }
    return (sum + compensation) / view.n;
}
/** max_error: the largest absolute error. */
function maxError(view) {
    const { yTrue, yPred } = view.input;
    let max = 0;
    for (let i = 0; i < view.n; i++) {
        const r = view.rows === null ? i : view.rows[i];
        const e = regression_abs(yTrue[r] - yPred[r]);
        if (e > max)
            max = e;
    }
    return max;
}
/** median_absolute_error: np.median(|y_pred − y_true|), the mean of the middle two for even n. */
function medianAbsoluteError(view) {
    const { yTrue, yPred } = view.input;
    const n = view.n;
    const errors = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const r = view.rows === null ? i : view.rows[i];
        errors[i] = regression_abs(yPred[r] - yTrue[r]);
    }
    const half = n >> 1;
    if (n % 2 === 1) {
        selectRanks(errors, [half]);
        return errors[half];
    }
    selectRanks(errors, [half - 1, half]);
    return (errors[half - 1] + errors[half]) / 2;
}
/**
 * sklearn's `_assemble_r2_explained_variance` with force_finite=True: 1 − num/den, except 1.0 when
 * the numerator is zero (perfect predictions, even with a constant y_true) and 0.0 when only the
 * denominator is zero (constant y_true, imperfect predictions).
 */
function assemble(numerator, denominator) {
    if (numerator === 0)
        return 1;
    if (denominator === 0)
        return 0;
    return 1 - numerator / denominator;
}
function sums(view) {
    const { yTrue, yPred } = view.input;
    const { rows } = view;
    const first = rows === null ? 0 : rows[0];
    const t0 = yTrue[first];
    const e0 = yTrue[first] - yPred[first];
    let sse = 0;
    let sseC = 0;
    let st = 0;
    let stC = 0;
    let se = 0;
    let seC = 0;
    let constantTruth = true;
    let constantResidual = true;
    for (let i = 0; i < view.n; i++) {
        const r = rows === null ? i : rows[i];
        const y = yTrue[r];
        const e = y - yPred[r];
        const q = e * e;
        let t = sse + q;
        sseC += sse >= q ? sse - t + q : q - t + sse;
        sse = t;
        t = st + y;
        stC += regression_abs(st) >= regression_abs(y) ? st - t + y : y - t + st;
        st = t;
        t = se + e;
        seC += regression_abs(se) >= regression_abs(e) ? se - t + e : e - t + se;
        se = t;
        if (y !== t0)
            constantTruth = false;
        if (e !== e0)
            constantResidual = false;
    }
    return {
        squaredErrors: sse + sseC,
        truth: st + stC,
        residuals: se + seC,
        constantTruth,
        constantResidual
    };
}
/** Σ (v − mean)² over the view's rows, v = y_true (residual false) or y_true − y_pred (true). */
function centredSquares(view, mean, residual) {
    const { yTrue, yPred } = view.input;
    const { rows } = view;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < view.n; i++) {
        const r = rows === null ? i : rows[i];
        const d = (residual ? yTrue[r] - yPred[r] : yTrue[r]) - mean;
        const x = d * d;
        const t = sum + x;
        compensation += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
    }
    return sum + compensation;
}
/**
 * r2_score: 1 − Σ(y − ŷ)² / Σ(y − ȳ)², NaN (undefined here) below two samples. A constant y_true
 * is detected exactly and its denominator is 0; numpy can leave a rounding residue there (its mean of
 * n copies of 0.1 is not 0.1), which sklearn then divides by.
 */
function r2(view) {
    if (view.n < 2)
        return { value: null, reason: R2_TOO_FEW };
    const s = sums(view);
    if (s.constantTruth)
        return { value: assemble(s.squaredErrors, 0) };
    return { value: assemble(s.squaredErrors, centredSquares(view, s.truth / view.n, false)) };
}
/**
 * explained_variance_score: 1 − Var(y − ŷ) / Var(y) (population variances, as np.average). Defined
 * for a single row (0/0 → 1.0). Constant residuals and a constant y_true are detected exactly, as in r2.
 */
function explainedVariance(view) {
    const n = view.n;
    const s = sums(view);
    const numerator = s.constantResidual ? 0 : centredSquares(view, s.residuals / n, true) / n;
    const denominator = s.constantTruth ? 0 : centredSquares(view, s.truth / n, false) / n;
    return { value: assemble(numerator, denominator) };
}
/** One regression metric on a view with at least one row. */
function regressionOutcome(name, view) {
    switch (name) {
        case 'mae':
            return { value: mae(view) };
        case 'mse':
            return { value: mse(view) };
        case 'rmse':
            return { value: rmse(view) };
        case 'r2':
            return r2(view);
        case 'mape':
            return { value: mape(view) };
        case 'median_absolute_error':
            return { value: medianAbsoluteError(view) };
        case 'explained_variance':
            return explainedVariance(view);
        case 'max_error':
            return { value: maxError(view) };
        default:
            throw new Error(`regressionOutcome: no regression metric \`${name}\``);
    }
}

;// CONCATENATED MODULE: ./shared/metrics/evaluate.ts
/** The public entry points: every metric of a test set, or one metric on a subset of its rows. */






function collect(names, outcomeOf) {
    const values = {};
    const reasons = {};
    const warnings = [];
    for (const name of names) {
        const outcome = outcomeOf(name);
        values[name] = outcome.value;
        if (outcome.value === null)
            reasons[name] = outcome.reason ?? 'undefined on this data';
        for (const message of outcome.warnings ?? [])
            warnings.push({ metric: name, message });
    }
    return { values, reasons, warnings };
}
function checkedNames(names, task) {
    for (const name of names)
        metricInfo(name, task);
    return names;
}
/**
 * Classification metrics of the whole test set. `names` defaults to every classification metric
 * that applies (the probability metrics only when `proba` is given); a requested probability metric
 * without probabilities is null with a reason.
 * @throws ConfigurationError for an unknown or regression metric name; RangeError for inconsistent
 *   shapes or class indices; ModelError for non-finite probabilities.
 */
function classificationMetrics(input, names) {
    const prepared = prepareClassification(input);
    const wanted = names === undefined
        ? metricNames('classification').filter((name) => input.proba !== null || !METRICS[name].needsProba)
        : checkedNames(names, 'classification');
    const view = new ClassificationView(prepared, null);
    try {
        const result = collect(wanted, (name) => classificationOutcome(name, view, METRICS[name].needsProba));
        const cm = view.confusion();
        const scores = perClassScores(cm);
        const perClass = {};
        input.classes.forEach((label, k) => {
            perClass[label] = scores[k];
        });
        return { ...result, confusionMatrix: confusionRows(cm), perClass };
    }
    finally {
        view.release();
    }
}
/**
 * Regression metrics of the whole test set (`names` defaults to every regression metric).
 * @throws ConfigurationError for an unknown or classification metric name; RangeError when the
 *   lengths differ; DataError/ModelError for a non-finite target/prediction.
 */
function regressionMetrics(yTrue, yPred, names) {
    const input = { yTrue, yPred };
    prepareRegression(input);
    const wanted = names === undefined ? metricNames('regression') : checkedNames(names, 'regression');
    const view = { input, rows: null, n: yTrue.length };
    return collect(wanted, (name) => view.n === 0 ? { value: null, reason: EMPTY_REASON } : regressionOutcome(name, view));
}
function isClassification(input) {
    return 'classes' in input;
}
/**
 * One metric on the rows listed in `rows` (repeats count every time, as in a bootstrap resample;
 * null: every row), with its reason when undefined and sklearn's warnings. The input is validated on
 * its first call and its caches (sort orders, label codes) are reused by later calls on the same
 * object: O(rows) per call for label, regression and probability metrics (per-row loss terms are
 * cached), O(n) for ROC AUC and average precision (a pass over the cached score order, no sort).
 * @throws ConfigurationError for an unknown name or one of the other task; RangeError for a row
 *   index out of range or inconsistent input.
 */
function metricOutcome(name, input, rows) {
    if (isClassification(input)) {
        const info = metricInfo(name, 'classification');
        const prepared = prepareClassification(input);
        if (rows !== null)
            checkRows(rows, prepared.n);
        const view = new ClassificationView(prepared, rows);
        try {
            return classificationOutcome(name, view, info.needsProba);
        }
        finally {
            view.release();
        }
    }
    metricInfo(name, 'regression');
    prepareRegression(input);
    if (rows !== null)
        checkRows(rows, input.yTrue.length);
    const n = rows === null ? input.yTrue.length : rows.length;
    if (n === 0)
        return { value: null, reason: EMPTY_REASON };
    return regressionOutcome(name, { input, rows, n });
}
/**
 * Several metrics on the same rows, sharing the work (one confusion matrix, one pass per score
 * column): what a bootstrap resample gated on several metrics wants. Same contract as metricOutcome.
 */
function metricOutcomes(names, input, rows) {
    const outcomes = {};
    if (!isClassification(input)) {
        for (const name of names)
            outcomes[name] = metricOutcome(name, input, rows);
        return outcomes;
    }
    for (const name of names)
        metricInfo(name, 'classification');
    const prepared = prepareClassification(input);
    if (rows !== null)
        checkRows(rows, prepared.n);
    const view = new ClassificationView(prepared, rows);
    try {
        for (const name of names)
            outcomes[name] = classificationOutcome(name, view, METRICS[name].needsProba);
    }
    finally {
        view.release();
    }
    return outcomes;
}
/** metricOutcome's value only: the form a bootstrap loop wants. */
function metricOn(name, input, rows) {
    return metricOutcome(name, input, rows).value;
}

;// CONCATENATED MODULE: ./shared/metrics/curves.ts
/**
 * ROC and precision-recall curves of one class against the rest, as scikit-learn 1.2's `roc_curve`
 * (drop_intermediate=True, first threshold = max score + 1) and `precision_recall_curve` return them,
 * for the report's charts. They reuse the cached score order of the metrics.
 */

/** sklearn's `_binary_clf_curve`: cumulative counts at each distinct score, descending. */
function binaryClfCurve(input, positive) {
    const prepared = prepareClassification(input);
    const count = prepared.classCount;
    if (!Number.isInteger(positive) || positive < 0 || positive >= count) {
        throw new RangeError(`curve: class ${positive} is not a class index (0..${count - 1})`);
    }
    if (input.proba === null)
        throw new RangeError('curve: the input has no probabilities');
    const ranks = prepared.ranks(positive);
    const { labels, groupEnd } = ranks;
    const curve = { fps: [], tps: [], thresholds: [] };
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === positive)
            tp++;
        else
            fp++;
        if (groupEnd[i] === 1) {
            curve.fps.push(fp);
            curve.tps.push(tp);
            curve.thresholds.push(ranks.scoreAt(i));
        }
    }
    return curve;
}
/**
 * The same curve at no more than `maxPoints` evenly spaced distinct thresholds (always the first and
 * the last): for display. One pass over the cached ranks, no full-length arrays: on millions of
 * rows the full curve costs more than every metric together.
 */
function thinnedClfCurve(input, positive, maxPoints) {
    const prepared = prepareClassification(input);
    const count = prepared.classCount;
    if (!Number.isInteger(positive) || positive < 0 || positive >= count) {
        throw new RangeError(`curve: class ${positive} is not a class index (0..${count - 1})`);
    }
    if (input.proba === null)
        throw new RangeError('curve: the input has no probabilities');
    // The ROC and the precision-recall chart thin the same curve: one sweep serves both.
    return prepared.memo(`thinned_curve:${positive}:${maxPoints}`, () => {
        const ranks = prepared.ranks(positive);
        const { labels, groupEnd, groups } = ranks;
        if (groups <= maxPoints || maxPoints < 2)
            return null;
        const curve = { fps: [], tps: [], thresholds: [] };
        let next = 0;
        let group = 0;
        let tp = 0;
        let fp = 0;
        for (let i = 0; i < labels.length; i++) {
            if (labels[i] === positive)
                tp++;
            else
                fp++;
            if (groupEnd[i] !== 1)
                continue;
            if (group === Math.round((next * (groups - 1)) / (maxPoints - 1))) {
                curve.fps.push(fp);
                curve.tps.push(tp);
                curve.thresholds.push(ranks.scoreAt(i));
                next++;
            }
            group++;
        }
        return curve;
    });
}
/**
 * The indices of at most `maxPoints` of `length` points, evenly spaced, always the first and the last
 * (a display thinning of our own, not sklearn's); null to keep every point.
 */
function thinned(length, maxPoints) {
    if (maxPoints === undefined || length <= maxPoints || maxPoints < 2)
        return null;
    const keep = [];
    for (let k = 0; k < maxPoints; k++)
        keep.push(Math.round((k * (length - 1)) / (maxPoints - 1)));
    return keep;
}
function pick(values, keep) {
    return keep === null ? values : keep.map((i) => values[i]);
}
/**
 * roc_curve(y_true == positive, proba[:, positive]), or null when y_true lacks the positive class or
 * every other class (sklearn then returns NaN rates with an UndefinedMetricWarning).
 */
function rocCurve(input, positive = input.posLabel, maxPoints) {
    const thin = maxPoints === undefined ? null : thinnedClfCurve(input, positive, maxPoints - 1);
    if (thin !== null) {
        const negatives = thin.fps[thin.fps.length - 1];
        const positives = thin.tps[thin.tps.length - 1];
        if (negatives === 0 || positives === 0)
            return null;
        return {
            fpr: [0, ...thin.fps.map((f) => f / negatives)],
            tpr: [0, ...thin.tps.map((t) => t / positives)],
            thresholds: [thin.thresholds[0] + 1, ...thin.thresholds]
        };
    }
    let { fps, tps, thresholds } = binaryClfCurve(input, positive);
    if (fps.length > 2) {
        // Drop points collinear with their neighbours: np.diff(fps, 2) and np.diff(tps, 2) both zero.
        const keep = fps.map((_, i) => i === 0 ||
            i === fps.length - 1 ||
            fps[i + 1] - 2 * fps[i] + fps[i - 1] !== 0 ||
            tps[i + 1] - 2 * tps[i] + tps[i - 1] !== 0);
        fps = fps.filter((_, i) => keep[i]);
        tps = tps.filter((_, i) => keep[i]);
        thresholds = thresholds.filter((_, i) => keep[i]);
    }
    const negatives = fps.length === 0 ? 0 : fps[fps.length - 1];
    const positives = tps.length === 0 ? 0 : tps[tps.length - 1];
    if (negatives === 0 || positives === 0)
        return null;
    const keep = thinned(fps.length + 1, maxPoints);
    return {
        fpr: pick([0, ...fps.map((f) => f / negatives)], keep),
        tpr: pick([0, ...tps.map((t) => t / positives)], keep),
        thresholds: pick([thresholds[0] + 1, ...thresholds], keep)
    };
}
/** precision_recall_curve(y_true == positive, proba[:, positive]), or null without a positive row. */
function precisionRecallCurve(input, positive = input.posLabel, maxPoints) {
    const { fps, tps, thresholds } = (maxPoints === undefined ? null : thinnedClfCurve(input, positive, maxPoints - 1)) ??
        binaryClfCurve(input, positive);
    const positives = tps.length === 0 ? 0 : tps[tps.length - 1];
    if (positives === 0)
        return null;
    const precision = tps.map((t, i) => (t + fps[i] === 0 ? 0 : t / (t + fps[i])));
    const recall = tps.map((t) => t / positives);
    // The final (precision 1, recall 0) point has no threshold: thin the others, then append it.
    const keep = thinned(thresholds.length, maxPoints === undefined ? undefined : maxPoints - 1);
    return {
        precision: [...pick(precision.reverse(), keep), 1],
        recall: [...pick(recall.reverse(), keep), 0],
        // A copy: the thinned curve is cached for the ROC chart.
        thresholds: pick([...thresholds].reverse(), keep)
    };
}

;// CONCATENATED MODULE: ./shared/metrics/index.ts






// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/model/model-file.ts
/**
 * Reading a model file: refuses pickle/joblib files before anything else touches them (unpickling
 * runs code the file names), and turns a missing or unreadable path into a ModelError.
 */



/** Extensions of Python-pickle-based formats: pickle, joblib, and PyTorch checkpoints (pickles in a zip). */
const PICKLE_EXTENSIONS = new Set(['.pkl', '.pickle', '.joblib', '.jbl', '.sav', '.pt', '.pth', '.ckpt']);
const EXPLANATION = 'mlgate does not load pickle-based models because unpickling runs whatever code the file names; ' +
    'export the model to ONNX (skl2onnx for scikit-learn, torch.onnx.export for PyTorch) and pass the .onnx file';
/** Why `bytes` (the start of `path`) is a pickle-based file, or undefined when it is not one. */
function pickleKind(path, bytes) {
    // Pickle protocols 2 to 5 start with PROTO (0x80) and the protocol number; joblib writes them too.
    if (bytes.length >= 2 && bytes[0] === 0x80 && bytes[1] >= 2 && bytes[1] <= 5)
        return `a Python pickle (protocol ${bytes[1]})`;
    // A zip whose first entry's name ends in .pkl is a PyTorch checkpoint (`archive/data.pkl`).
    if (bytes.length >= 30 &&
        bytes[0] === 0x50 &&
        bytes[1] === 0x4b &&
        bytes[2] === 0x03 &&
        bytes[3] === 0x04) {
        const nameLength = bytes[26] | (bytes[27] << 8);
        const name = new TextDecoder().decode(bytes.subarray(30, Math.min(bytes.length, 30 + nameLength)));
        if (name.endsWith('.pkl'))
            return 'a PyTorch checkpoint (a pickle in a zip archive)';
    }
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (PICKLE_EXTENSIONS.has(extension))
        return `a ${extension} file (a pickle-based format)`;
    return undefined;
}
/** The bytes of the model at `path`; ModelError when it is missing, not a file, empty or a pickle. */
async function readModelFile(path) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (PICKLE_EXTENSIONS.has(extension))
        throw new errors/* ModelError */.me(`${path} is ${pickleKind(path, new Uint8Array())}: ${EXPLANATION}`);
    let bytes;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* ModelError */.me(`${path} is not a file (expected an .onnx model)`);
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error instanceof errors/* ModelError */.me)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* ModelError */.me(`${path}: no such model file (expected an .onnx model)`);
        throw new errors/* ModelError */.me(`${path}: cannot read the model file (${code ?? String(error)})`);
    }
    if (bytes.length === 0)
        throw new errors/* ModelError */.me(`${path} is empty (expected an ONNX model)`);
    const pickle = pickleKind(path, bytes);
    if (pickle !== undefined)
        throw new errors/* ModelError */.me(`${path} is ${pickle}: ${EXPLANATION}`);
    return bytes;
}

;// CONCATENATED MODULE: ./shared/model/protobuf.ts
/**
 * Protocol Buffers at the wire level: enough to read the parts of an ONNX ModelProto that mlgate
 * needs and to rewrite a graph without decoding the rest.
 *
 * Why not protobufjs or onnx-proto: a decode/encode round trip through generated classes
 * materialises every initializer and tree-ensemble attribute and re-encodes them, and a schema
 * subset would silently drop the fields it does not know. Working on byte spans copies every field
 * mlgate does not touch exactly as it was (https://protobuf.dev/programming-guides/encoding/).
 */
/** Wire types (groups, 3 and 4, are long deprecated and never appear in ONNX files). */
const WireType = { Varint: 0, Fixed64: 1, Bytes: 2, Fixed32: 5 };
/** The bytes are not a well-formed protobuf message; `message` says where and why. */
class ProtobufError extends Error {
    name = 'ProtobufError';
}
/** Reads a varint at `offset`: its value and the offset after it. */
function readVarint(bytes, offset, limit) {
    // Fast path: up to four bytes (every tag, length and small int in an ONNX file) fit in 28 bits.
    let low = 0;
    let position = offset;
    for (let shift = 0; shift < 28; shift += 7) {
        if (position >= limit)
            throw new ProtobufError(`varint at byte ${offset} runs past the end`);
        const byte = bytes[position++];
        low |= (byte & 0x7f) << shift;
        if (byte < 0x80)
            return [BigInt(low), position];
    }
    let value = BigInt(low);
    for (let shift = 28n;; shift += 7n) {
        if (position >= limit)
            throw new ProtobufError(`varint at byte ${offset} runs past the end`);
        if (shift > 63n)
            throw new ProtobufError(`varint at byte ${offset} is longer than 10 bytes`);
        const byte = bytes[position++];
        value |= BigInt(byte & 0x7f) << shift;
        if (byte < 0x80)
            return [BigInt.asUintN(64, value), position];
    }
}
/** Reads every field of the message in `bytes[start, end)`, in order. */
function* fields(bytes, start = 0, end = bytes.length) {
    let offset = start;
    while (offset < end) {
        const [tag, afterTag] = readVarint(bytes, offset, end);
        const number = Number(tag >> 3n);
        const wireType = Number(tag & 7n);
        if (number === 0)
            throw new ProtobufError(`field number 0 at byte ${offset}`);
        let valueStart = afterTag;
        let valueEnd;
        let varint = 0n;
        switch (wireType) {
            case WireType.Varint:
                [varint, valueEnd] = readVarint(bytes, afterTag, end);
                valueStart = valueEnd;
                break;
            case WireType.Fixed64:
                valueEnd = afterTag + 8;
                break;
            case WireType.Fixed32:
                valueEnd = afterTag + 4;
                break;
            case WireType.Bytes: {
                const [length, afterLength] = readVarint(bytes, afterTag, end);
                valueStart = afterLength;
                valueEnd = afterLength + Number(length);
                break;
            }
            default:
                throw new ProtobufError(`field ${number} at byte ${offset} has wire type ${wireType}`);
        }
        if (valueEnd > end)
            throw new ProtobufError(`field ${number} at byte ${offset} runs past the end (${valueEnd} > ${end})`);
        yield { number, wireType, start: offset, end: valueEnd, valueStart, valueEnd, varint };
        offset = valueEnd;
    }
}
const utf8 = new TextDecoder('utf-8');
/** A length-delimited field's payload as UTF-8 text. */
function protobuf_text(bytes, field) {
    expectWireType(field, WireType.Bytes);
    return utf8.decode(bytes.subarray(field.valueStart, field.valueEnd));
}
/** A varint field as a signed 64-bit integer. */
function int64(field) {
    expectWireType(field, WireType.Varint);
    return BigInt.asIntN(64, field.varint);
}
/** A varint field as a JavaScript number (int32 and enum fields, dimensions, versions). */
function protobuf_int(field) {
    return Number(int64(field));
}
/** A repeated int64 field's values: packed (one length-delimited field) or one varint per field. */
function packedInt64s(bytes, field) {
    if (field.wireType === WireType.Varint)
        return [int64(field)];
    expectWireType(field, WireType.Bytes);
    const values = [];
    let offset = field.valueStart;
    while (offset < field.valueEnd) {
        const [value, next] = readVarint(bytes, offset, field.valueEnd);
        values.push(BigInt.asIntN(64, value));
        offset = next;
    }
    return values;
}
function expectWireType(field, wireType) {
    if (field.wireType !== wireType)
        throw new ProtobufError(`field ${field.number} at byte ${field.start} has wire type ${field.wireType}, expected ${wireType}`);
}
// Writing.
const utf8Encoder = new TextEncoder();
/** A varint's bytes (negative int64 values take ten bytes, as protobuf encodes them). */
function encodeVarint(value) {
    let remaining = BigInt.asUintN(64, BigInt(value));
    const out = [];
    while (remaining >= 0x80n) {
        out.push(Number(remaining & 0x7fn) | 0x80);
        remaining >>= 7n;
    }
    out.push(Number(remaining));
    return Uint8Array.from(out);
}
/** A varint field: tag and value. */
function varintField(number, value) {
    return concat([encodeVarint(number * 8 + WireType.Varint), encodeVarint(value)]);
}
/** A length-delimited field: tag, length, payload (a string is UTF-8 encoded). */
function bytesField(number, payload) {
    const body = typeof payload === 'string' ? utf8Encoder.encode(payload) : payload;
    return concat([encodeVarint(number * 8 + WireType.Bytes), encodeVarint(body.length), body]);
}
/** The parts, one after the other. */
function concat(parts) {
    let length = 0;
    for (const part of parts)
        length += part.length;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/** A float field (wire type fixed32): tag and the IEEE 754 single, little-endian. */
function floatField(number, value) {
    return concat([encodeVarint(number * 8 + WireType.Fixed32), float32Bytes([value])]);
}
/** A packed repeated float field: one length-delimited field holding the float32 values. */
function packedFloatsField(number, values) {
    return bytesField(number, float32Bytes(values));
}
/** A packed repeated varint field (int32, int64, enum): one length-delimited field. */
function packedVarintsField(number, values) {
    const parts = [];
    for (let index = 0; index < values.length; index++)
        parts.push(encodeVarint(values[index]));
    return bytesField(number, concat(parts));
}
/** The values as little-endian float32 bytes, whatever the host's byte order. */
function float32Bytes(values) {
    const out = new Uint8Array(values.length * 4);
    const view = new DataView(out.buffer);
    for (let index = 0; index < values.length; index++)
        view.setFloat32(index * 4, values[index], true);
    return out;
}

;// CONCATENATED MODULE: ./shared/model/onnx-proto.ts
/**
 * The parts of an ONNX ModelProto that mlgate reads: opsets, metadata, the graph's inputs, outputs,
 * initializer names and nodes (with their attributes located, decoded on demand). Field numbers are
 * those of onnx/onnx.proto (IR version 3 and later); everything else in the file is skipped
 * unread and, when the graph is rewritten, copied byte for byte.
 */

/** ModelProto, GraphProto, NodeProto, ... field numbers (onnx.proto). */
const ModelField = {
    IrVersion: 1,
    ProducerName: 2,
    ProducerVersion: 3,
    Graph: 7,
    OpsetImport: 8,
    MetadataProps: 14
};
const GraphField = {
    Node: 1,
    Initializer: 5,
    Input: 11,
    Output: 12,
    ValueInfo: 13,
    SparseInitializer: 15
};
const NodeField = { Input: 1, Output: 2, Name: 3, OpType: 4, Attribute: 5, Domain: 7 };
const AttributeField = { Name: 1, F: 2, I: 3, S: 4, Floats: 7, Ints: 8, Strings: 9 };
const ValueInfoField = { Name: 1, Type: 2 };
const TypeField = { Tensor: 1, Sequence: 4, Map: 5, Optional: 9 };
const TensorTypeField = { ElemType: 1, Shape: 2 };
const TensorProtoName = 8;
const SparseTensorValues = 1;
/** Parses the model's bytes (ProtobufError when they are not a well-formed ModelProto). */
function parseModel(bytes) {
    let irVersion;
    let producerName = '';
    let producerVersion = '';
    let graphField;
    const opsets = {};
    const metadata = {};
    for (const field of fields(bytes)) {
        switch (field.number) {
            case ModelField.IrVersion:
                irVersion = protobuf_int(field);
                break;
            case ModelField.ProducerName:
                producerName = protobuf_text(bytes, field);
                break;
            case ModelField.ProducerVersion:
                producerVersion = protobuf_text(bytes, field);
                break;
            case ModelField.Graph:
                expectBytes(field, 'graph');
                graphField = field;
                break;
            case ModelField.OpsetImport: {
                expectBytes(field, 'opset_import');
                let domain = '';
                let version = 0;
                for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
                    if (inner.number === 1)
                        domain = protobuf_text(bytes, inner);
                    else if (inner.number === 2)
                        version = protobuf_int(inner);
                }
                opsets[domain === 'ai.onnx' ? '' : domain] = version;
                break;
            }
            case ModelField.MetadataProps: {
                expectBytes(field, 'metadata_props');
                let key = '';
                let value = '';
                for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
                    if (inner.number === 1)
                        key = protobuf_text(bytes, inner);
                    else if (inner.number === 2)
                        value = protobuf_text(bytes, inner);
                }
                metadata[key] = value;
                break;
            }
        }
    }
    if (irVersion === undefined)
        throw new ProtobufError('no ir_version (field 1): not an ONNX ModelProto');
    if (graphField === undefined)
        throw new ProtobufError('no graph (field 7)');
    return {
        irVersion,
        producerName,
        producerVersion,
        opsets,
        metadata,
        graph: parseGraph(bytes.subarray(graphField.valueStart, graphField.valueEnd)),
        graphField
    };
}
/** Parses a GraphProto; the fields it returns are located within `bytes` (the graph's payload). */
function parseGraph(bytes) {
    const nodes = [];
    const inputs = [];
    const outputs = [];
    const valueInfo = [];
    const initializers = new Set();
    for (const field of fields(bytes)) {
        switch (field.number) {
            case GraphField.Node:
                nodes.push(parseNode(bytes, field));
                break;
            case GraphField.Input:
                inputs.push(parseValueInfo(bytes, field));
                break;
            case GraphField.Output:
                outputs.push(parseValueInfo(bytes, field));
                break;
            case GraphField.ValueInfo:
                valueInfo.push(parseValueInfo(bytes, field));
                break;
            case GraphField.Initializer:
                initializers.add(tensorName(bytes, field));
                break;
            case GraphField.SparseInitializer:
                expectBytes(field, 'sparse_initializer');
                for (const inner of fields(bytes, field.valueStart, field.valueEnd))
                    if (inner.number === SparseTensorValues)
                        initializers.add(tensorName(bytes, inner));
                break;
        }
    }
    return { nodes, inputs, outputs, valueInfo, initializers };
}
function tensorName(bytes, field) {
    expectBytes(field, 'initializer');
    for (const inner of fields(bytes, field.valueStart, field.valueEnd))
        if (inner.number === TensorProtoName)
            return protobuf_text(bytes, inner);
    return '';
}
function parseNode(bytes, field) {
    expectBytes(field, 'node');
    let opType = '';
    let domain = '';
    let name = '';
    const inputs = [];
    const outputs = [];
    const attributes = new Map();
    for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
        switch (inner.number) {
            case NodeField.Input:
                inputs.push(protobuf_text(bytes, inner));
                break;
            case NodeField.Output:
                outputs.push(protobuf_text(bytes, inner));
                break;
            case NodeField.Name:
                name = protobuf_text(bytes, inner);
                break;
            case NodeField.OpType:
                opType = protobuf_text(bytes, inner);
                break;
            case NodeField.Domain:
                domain = protobuf_text(bytes, inner);
                break;
            case NodeField.Attribute: {
                expectBytes(inner, 'attribute');
                for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === AttributeField.Name) {
                        attributes.set(protobuf_text(bytes, part), inner);
                        break;
                    }
                }
                break;
            }
        }
    }
    return { opType, domain: domain === 'ai.onnx' ? '' : domain, name, inputs, outputs, attributes, field };
}
function parseValueInfo(bytes, field) {
    expectBytes(field, 'value_info');
    let name = '';
    let type = { kind: 'unknown' };
    for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
        if (inner.number === ValueInfoField.Name)
            name = protobuf_text(bytes, inner);
        else if (inner.number === ValueInfoField.Type)
            type = parseType(bytes, inner);
    }
    return { name, type, field };
}
function parseType(bytes, field) {
    expectBytes(field, 'type');
    for (const inner of fields(bytes, field.valueStart, field.valueEnd)) {
        switch (inner.number) {
            case TypeField.Tensor: {
                expectBytes(inner, 'tensor_type');
                let elemType = 0;
                let shape = null;
                for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === TensorTypeField.ElemType)
                        elemType = protobuf_int(part);
                    else if (part.number === TensorTypeField.Shape)
                        shape = parseShape(bytes, part);
                }
                return { kind: 'tensor', elemType, shape };
            }
            case TypeField.Sequence:
                return { kind: 'sequence', elem: innerType(bytes, inner, 1) };
            case TypeField.Optional:
                return { kind: 'optional', elem: innerType(bytes, inner, 1) };
            case TypeField.Map: {
                expectBytes(inner, 'map_type');
                let keyType = 0;
                let value = null;
                for (const part of fields(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === 1)
                        keyType = protobuf_int(part);
                    else if (part.number === 2)
                        value = parseType(bytes, part);
                }
                return { kind: 'map', keyType, value };
            }
        }
    }
    return { kind: 'unknown' };
}
function innerType(bytes, field, number) {
    expectBytes(field, 'type');
    for (const part of fields(bytes, field.valueStart, field.valueEnd))
        if (part.number === number)
            return parseType(bytes, part);
    return null;
}
function parseShape(bytes, field) {
    expectBytes(field, 'shape');
    const dims = [];
    for (const dim of fields(bytes, field.valueStart, field.valueEnd)) {
        if (dim.number !== 1)
            continue;
        expectBytes(dim, 'dim');
        let value = null;
        for (const part of fields(bytes, dim.valueStart, dim.valueEnd)) {
            if (part.number === 1)
                value = protobuf_int(part);
            else if (part.number === 2)
                value = protobuf_text(bytes, part);
        }
        dims.push(value);
    }
    return dims;
}
/** An int or ints attribute's values (e.g. `classlabels_int64s`), undefined when absent. */
function attributeInts(bytes, node, name) {
    const attribute = node.attributes.get(name);
    if (attribute === undefined)
        return undefined;
    const values = [];
    for (const part of fields(bytes, attribute.valueStart, attribute.valueEnd)) {
        if (part.number === AttributeField.Ints)
            values.push(...packedInt64s(bytes, part));
        else if (part.number === AttributeField.I)
            values.push(int64(part));
    }
    return values;
}
/** A string or strings attribute's values (e.g. `classlabels_strings`), undefined when absent. */
function attributeStrings(bytes, node, name) {
    const attribute = node.attributes.get(name);
    if (attribute === undefined)
        return undefined;
    const values = [];
    for (const part of fields(bytes, attribute.valueStart, attribute.valueEnd))
        if (part.number === AttributeField.Strings || part.number === AttributeField.S)
            values.push(protobuf_text(bytes, part));
    return values;
}
function expectBytes(field, what) {
    if (field.wireType !== WireType.Bytes)
        throw new ProtobufError(`${what} (field ${field.number}) at byte ${field.start} is not length-delimited`);
}

;// CONCATENATED MODULE: ./shared/model/signature.ts
const ELEMENT_TYPES = [
    'other',
    'float',
    'uint8',
    'int8',
    'uint16',
    'int16',
    'int32',
    'int64',
    'string',
    'bool',
    'float16',
    'double',
    'uint32',
    'uint64',
    'complex64',
    'complex128',
    'bfloat16'
];
/** The name of a TensorProto.DataType code. */
function elementType(code) {
    return ELEMENT_TYPES[code] ?? 'other';
}
/** The signature `parseModel` found. */
function signatureOf(info) {
    return {
        inputs: info.graph.inputs.filter((input) => !info.graph.initializers.has(input.name)).map(valueSignature),
        outputs: info.graph.outputs.map(valueSignature),
        metadata: info.metadata,
        opsets: info.opsets,
        irVersion: info.irVersion,
        producer: [info.producerName, info.producerVersion].filter((part) => part !== '').join(' ')
    };
}
function valueSignature(value) {
    const type = value.type;
    if (type.kind === 'tensor')
        return { name: value.name, kind: 'tensor', elementType: elementType(type.elemType), shape: type.shape };
    return { name: value.name, kind: type.kind, type: typeText(type) };
}
function typeText(type) {
    if (type === null)
        return '?';
    switch (type.kind) {
        case 'tensor':
            return elementType(type.elemType);
        case 'sequence':
            return `seq(${typeText(type.elem)})`;
        case 'optional':
            return `optional(${typeText(type.elem)})`;
        case 'map':
            return `map(${elementType(type.keyType)},${typeText(type.value)})`;
        case 'unknown':
            return 'unknown';
    }
}
/** `float [N,4]`, `string [N,1]`, `int64 [N]`, `float (shape unknown)`, `seq(map(string,float))`. */
function describeValue(value) {
    if (value.kind !== 'tensor')
        return value.type;
    if (value.shape === null)
        return `${value.elementType} (shape unknown)`;
    return `${value.elementType} [${value.shape.map((dim, index) => dimText(dim, index)).join(',')}]`;
}
/** The batch dimension (the first) reads N whatever the file calls it; others keep their names. */
function dimText(dim, index) {
    if (typeof dim === 'number')
        return String(dim);
    if (index === 0)
        return 'N';
    return dim === null || dim === '' ? '?' : dim;
}
/** The fixed size of a dimension, or null when it is symbolic or unknown. */
function fixedDim(value, index) {
    const dim = value.shape?.[index];
    return typeof dim === 'number' && dim >= 0 ? dim : null;
}
/** A metadata entry listing names: a JSON array (`["a","b"]`) or comma-separated (`a, b`). */
function metadataList(metadata, key) {
    const raw = metadata[key];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const trimmed = raw.trim();
    if (trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            if (Array.isArray(parsed) &&
                parsed.every((item) => typeof item === 'string' || typeof item === 'number'))
                return parsed.map(String);
        }
        catch {
            // Not JSON after all: read it as a comma-separated list below.
        }
    }
    return trimmed
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./shared/model/outputs.ts
/**
 * Which outputs hold the predictions, what the task is, and the class labels.
 *
 * Conventions followed (skl2onnx, onnxmltools, hand-written graphs): a classifier has an int64 or
 * string label tensor [N] (named `label`, `output_label`) and/or a float probability tensor [N, C]
 * (`probabilities`, `output_probability`, the input of a removed ZipMap); a regressor has one float
 * tensor [N] or [N, 1] (`variable`). Class labels come from, in order: the removed ZipMap's keys,
 * the `classlabels_*` attribute of an ai.onnx.ml classifier node, the `classes` metadata entry, and
 * for integer or absent labels the column indices 0..C-1.
 */



const LABEL_TYPES = new Set(['int64', 'int32', 'string']);
const SCORE_TYPES = new Set(['float', 'double']);
const CLASSIFIER_LABEL_ATTRIBUTES = ['classlabels_strings', 'classlabels_int64s', 'classlabels_ints'];
/**
 * Picks the outputs of a model whose ZipMaps are already removed. `outputs` are the graph's outputs
 * after the edit; `task` is the configured task, if any (checked against the model).
 */
function planOutputs(path, outputs, graph, metadata, zipMaps, task) {
    const tensors = outputs.filter((output) => output.kind === 'tensor');
    const rank = (output) => output.shape?.length ?? null;
    const columnLike = (output) => rank(output) === null || rank(output) === 1 || (rank(output) === 2 && fixedDim(output, 1) === 1);
    const labels = tensors.filter((output) => LABEL_TYPES.has(output.elementType) && columnLike(output));
    const label = preferred(labels, /label/i);
    const zipMapOutputs = new Set(zipMaps.map((zipMap) => zipMap.probabilities));
    const matrices = tensors.filter((output) => SCORE_TYPES.has(output.elementType) && rank(output) === 2 && fixedDim(output, 1) !== 1);
    const probabilities = matrices.find((output) => zipMapOutputs.has(output.name)) ?? preferred(matrices, /prob/i);
    const scores = tensors.filter((output) => SCORE_TYPES.has(output.elementType) && columnLike(output));
    const inferred = label !== null || probabilities !== null || zipMaps.length > 0
        ? 'classification'
        : scores.length > 0
            ? 'regression'
            : null;
    if (inferred === null)
        throw new errors/* ModelError */.me(`${path}: none of its outputs is a label, probability or value tensor (outputs: ${outputList(outputs)})`);
    if (task === 'regression' && inferred === 'classification') {
        if (label === null && zipMaps.length === 0 && probabilities !== null && scores.length === 0)
            throw new errors/* ModelError */.me(`${path}: output "${probabilities.name}" (${describeValue(probabilities)}) has several columns; regression needs one value per row ([N] or [N,1])`);
        throw new errors/* ModelError */.me(`${path} is a classifier (outputs: ${outputList(outputs)}), but the task is regression`);
    }
    if (inferred === 'regression' && task !== 'classification') {
        const value = preferred(scores, /variable|predict|value|output/i);
        return {
            task: 'regression',
            label: null,
            probabilities: null,
            positiveScore: false,
            value,
            classes: null
        };
    }
    if (inferred === 'regression') {
        // A single score column scored as a binary classifier: P(positive class).
        const score = preferred(scores, /prob|score|output/i);
        const classes = metadataList(metadata, 'classes') ?? ['0', '1'];
        if (classes.length !== 2)
            throw new errors/* ModelError */.me(`${path}: output "${score.name}" (${describeValue(score)}) is one score column, which fits a binary classifier, but its metadata lists ${classes.length} classes`);
        return {
            task: 'classification',
            label: null,
            probabilities: score,
            positiveScore: true,
            value: null,
            classes
        };
    }
    const classes = classLabels(graph, metadata, zipMaps, probabilities, label);
    const width = probabilities === null ? null : fixedDim(probabilities, 1);
    if (probabilities !== null && classes !== null && width !== null && width !== classes.length)
        throw new errors/* ModelError */.me(`${path}: output "${probabilities.name}" (${describeValue(probabilities)}) has ${width} columns but the model names ${classes.length} classes (${classes.join(', ')})`);
    return { task: 'classification', label, probabilities, positiveScore: false, value: null, classes };
}
function classLabels(graph, metadata, zipMaps, probabilities, label) {
    const zipMap = zipMaps.find((removed) => removed.probabilities === probabilities?.name) ?? zipMaps[0];
    if (zipMap !== undefined && zipMap.classes.length > 0)
        return [...zipMap.classes];
    // The ai.onnx.ml classifier that produces the label output, else the first one in the graph.
    const classifiers = graph.info.nodes.filter((node) => node.domain === 'ai.onnx.ml' && CLASSIFIER_LABEL_ATTRIBUTES.some((name) => node.attributes.has(name)));
    const classifier = classifiers.find((node) => label !== null && node.outputs.includes(label.name)) ?? classifiers[0];
    if (classifier !== undefined) {
        const strings = attributeStrings(graph.bytes, classifier, 'classlabels_strings');
        if (strings !== undefined && strings.length > 0)
            return strings;
        for (const name of ['classlabels_int64s', 'classlabels_ints']) {
            const ints = attributeInts(graph.bytes, classifier, name);
            if (ints !== undefined && ints.length > 0)
                return ints.map(String);
        }
    }
    const listed = metadataList(metadata, 'classes');
    if (listed !== undefined)
        return listed;
    const width = probabilities === null ? null : fixedDim(probabilities, 1);
    if (width !== null && (label === null || label.elementType !== 'string'))
        return Array.from({ length: width }, (_, index) => String(index));
    return null;
}
/** The first candidate whose name matches, else the first candidate, else null. */
function preferred(candidates, name) {
    return candidates.find((candidate) => name.test(candidate.name)) ?? candidates[0] ?? null;
}
function outputList(outputs) {
    return outputs.map((output) => `"${output.name}" ${describeValue(output)}`).join(', ') || 'none';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./shared/model/runtime.ts
/**
 * onnxruntime-node, loaded on first use. Its native binding is required when the package is
 * imported, so a static import would make every mlgate bundle (validate-data too) fail to start
 * wherever the binding cannot load; a dynamic import keeps that failure to the commands that score.
 *
 * In dist/, scripts/build.mjs ships one copy of the binding and libonnxruntime for linux x64 and
 * arm64 in dist/bin/napi-v6/linux/<arch>/, where every bundle's `../bin/...` require finds it.
 */


/** The platforms dist/ carries onnxruntime for. */
const SUPPORTED_PLATFORMS = ['linux-x64', 'linux-arm64'];
let loading;
/** The onnxruntime-node module; ModelError when its native library cannot load on this platform. */
function onnxRuntime() {
    loading ??= load();
    return loading;
}
async function load() {
    try {
        const ort = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.t.bind(__webpack_require__, 30701, 23));
        // Errors reach the user as ModelErrors; ORT's own warnings (e.g. unused initializers) are noise.
        ort.env.logLevel = 'error';
        return ort;
    }
    catch (error) {
        loading = undefined;
        const platform = `${process.platform}-${process.arch}`;
        if (!SUPPORTED_PLATFORMS.includes(platform))
            throw new errors/* ModelError */.me(`onnxruntime is not available on ${process.platform} ${process.arch}: mlgate ships its native library ` +
                `for linux x64 and linux arm64 only (run on a Linux runner, e.g. ubuntu-latest)`);
        throw new errors/* ModelError */.me(`cannot load onnxruntime's native library: ${ortMessage(error)}`);
    }
}
/**
 * Session options: every core for one operator (scoring is one big batch at a time), all graph
 * optimisations. The intra-op threads sleep between runs instead of spinning: scoring alternates
 * with reading and metrics on the same cores, and a spinning pool took CPU from them (measured on the
 * 2-core bench machine: about 60 ms of a 1.5 s evaluate-thresholds run). Waking costs microseconds
 * per parallel section, nothing beside a run of 65,536 rows.
 */
function sessionOptions() {
    return {
        intraOpNumThreads: (0,external_node_os_.availableParallelism)(),
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3,
        extra: { session: { intra_op: { allow_spinning: '0' } } }
    };
}
/**
 * The first line of what onnxruntime threw. Its errors are created in the main realm, so under a
 * VM context (jest) they fail `instanceof Error`: read `message` off any object.
 */
function ortMessage(error) {
    const message = typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
        ? error.message
        : (0,errors/* errorMessage */.gJ)(error);
    return message.split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./shared/model/zipmap.ts
/**
 * ZipMap removal. skl2onnx's classifiers end, by default, in an `ai.onnx.ml` ZipMap that turns the
 * [N, C] probability tensor into a sequence of {class: probability} maps; onnxruntime-node cannot
 * return sequences of maps, so the session would fail to fetch that output. mlgate deletes the
 * ZipMap node and exposes its input (the probability tensor) as the graph output instead, before
 * the session is created. The class labels the ZipMap carried are kept: they name the columns.
 */


const FLOAT = 1;
/** Removes the ZipMap nodes whose output is a graph output and that nothing else consumes. */
function removeZipMaps(bytes, info) {
    const graphBytes = bytes.subarray(info.graphField.valueStart, info.graphField.valueEnd);
    const graph = info.graph;
    const consumed = new Set(graph.nodes.flatMap((node) => node.inputs));
    const outputNames = new Set(graph.outputs.map((output) => output.name));
    const zipMaps = graph.nodes.filter((node) => node.opType === 'ZipMap' &&
        node.domain === 'ai.onnx.ml' &&
        node.inputs.length === 1 &&
        node.outputs.length === 1 &&
        outputNames.has(node.outputs[0]) &&
        !consumed.has(node.outputs[0]));
    if (zipMaps.length === 0)
        return { bytes, removed: [] };
    const removed = [];
    const dropped = new Set();
    const replaced = new Map();
    for (const node of zipMaps) {
        const classes = zipMapClasses(graphBytes, node);
        const [probabilities] = node.inputs;
        const [output] = node.outputs;
        dropped.add(node.field);
        for (const info of graph.valueInfo)
            if (info.name === output)
                dropped.add(info.field);
        const outputField = graph.outputs.find((candidate) => candidate.name === output).field;
        if (outputNames.has(probabilities))
            dropped.add(outputField);
        else
            replaced.set(outputField, tensorOutput(probabilities, classes.length));
        outputNames.add(probabilities);
        removed.push({ output, probabilities, classes });
    }
    const parts = [];
    let offset = 0;
    const edits = [...dropped, ...replaced.keys()].sort((a, b) => a.start - b.start);
    for (const field of edits) {
        parts.push(graphBytes.subarray(offset, field.start));
        const replacement = replaced.get(field);
        if (replacement !== undefined)
            parts.push(replacement);
        offset = field.end;
    }
    parts.push(graphBytes.subarray(offset));
    const newGraph = concat(parts);
    const edited = concat([
        bytes.subarray(0, info.graphField.start),
        bytesField(ModelField.Graph, newGraph),
        bytes.subarray(info.graphField.end)
    ]);
    // The edit must leave a graph that still parses; a failure here is a bug, not the user's file.
    parseGraph(newGraph);
    return { bytes: edited, removed };
}
function zipMapClasses(graphBytes, node) {
    const strings = attributeStrings(graphBytes, node, 'classlabels_strings');
    if (strings !== undefined && strings.length > 0)
        return strings;
    return (attributeInts(graphBytes, node, 'classlabels_int64s') ?? []).map(String);
}
/** A ValueInfoProto field: `name`, tensor(float) of shape [N, classes]. */
function tensorOutput(name, classes) {
    const dims = concat([
        bytesField(1, bytesField(2, 'N')), // dim { dim_param: "N" }
        bytesField(1, varintField(1, classes)) // dim { dim_value: classes }
    ]);
    const tensorType = concat([varintField(1, FLOAT), bytesField(2, dims)]);
    const typeProto = bytesField(1, tensorType);
    return bytesField(GraphField.Output, concat([bytesField(1, name), bytesField(2, typeProto)]));
}

;// CONCATENATED MODULE: ./shared/model/load.ts
/**
 * Loading an ONNX model: refuse pickles, parse the signature and metadata, remove ZipMap outputs,
 * pick the prediction outputs, and create an onnxruntime session on every core.
 */









/**
 * Loads the ONNX model at `path`. ModelError when the file is missing, a pickle, not ONNX, truncated,
 * has no usable prediction output, or onnxruntime refuses it; each message names the file.
 */
async function loadModel(path, options = {}) {
    const bytes = await readModelFile(path);
    const info = parse(path, bytes);
    const signature = signatureOf(info);
    const edit = removeZipMaps(bytes, info);
    const edited = edit.removed.length === 0 ? info : parse(path, edit.bytes);
    const outputs = planOutputs(path, signatureOf(edited).outputs, {
        info: edited.graph,
        bytes: edit.bytes.subarray(edited.graphField.valueStart, edited.graphField.valueEnd)
    }, signature.metadata, edit.removed, options.task);
    const ort = await onnxRuntime();
    let session;
    try {
        session = await ort.InferenceSession.create(edit.bytes, sessionOptions());
    }
    catch (error) {
        throw new errors/* ModelError */.me(`${path}: onnxruntime cannot load the model: ${ortMessage(error)}`);
    }
    return {
        path,
        modelBytes: bytes.length,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        signature,
        task: outputs.task,
        classes: outputs.classes,
        outputs,
        zipMaps: edit.removed,
        session,
        close: () => session.release()
    };
}
function parse(path, bytes) {
    try {
        return parseModel(bytes);
    }
    catch (error) {
        if (!(error instanceof ProtobufError))
            throw error;
        if (/past the end/.test(error.message))
            throw new errors/* ModelError */.me(`${path} is truncated or corrupt: ${error.message} (${bytes.length} bytes)`);
        throw new errors/* ModelError */.me(`${path} is not an ONNX model: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./shared/model/growable.ts
/**
 * Append-only typed arrays for per-row results, whose length is known only when the data set has
 * been read. Values go into blocks that are never moved (growing blocks, up to 4M values); the
 * result is assembled once at the end, so each value is copied once. Given the expected number of
 * values, the first block has that size, and when it holds them all the result is a view of it:
 * no copy at all.
 */
const FIRST_BLOCK = 65_536;
const LARGEST_BLOCK = 4_194_304;
/**
 * The largest first block a hint may ask for (1 GiB of float64): an estimate far off, or data past
 * what one array can hold, then grows in blocks as without a hint. Pages a block never touches cost
 * no memory: large allocations come zeroed from the system, untouched.
 */
const LARGEST_HINTED_BLOCK = 1 << 27;
class Growable {
    allocate;
    expected;
    full = [];
    current;
    used = 0;
    /** Values appended so far. */
    length = 0;
    constructor(allocate, 
    /** The values expected in all (a hint: more may come), 0 when unknown. */
    expected) {
        this.allocate = allocate;
        this.expected = expected;
        this.current = allocate(0);
    }
    /** A view of `count` new values at the end, to fill before anything else is appended. */
    append(count) {
        if (this.used + count > this.current.length) {
            if (this.used > 0)
                this.full.push(this.current.subarray(0, this.used));
            const size = this.length === 0 && this.expected > 0
                ? Math.min(this.expected, LARGEST_HINTED_BLOCK)
                : Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, this.current.length * 2));
            this.current = this.allocate(Math.max(count, size));
            this.used = 0;
        }
        const view = this.current.subarray(this.used, this.used + count);
        this.used += count;
        this.length += count;
        return view;
    }
    /** Every value appended, in one array of exactly `length` values (a view of the first block when it holds them all). */
    finish() {
        if (this.full.length === 0)
            return this.current.subarray(0, this.used);
        const out = this.allocate(this.length);
        let offset = 0;
        for (const block of [...this.full, this.current.subarray(0, this.used)]) {
            out.set(block, offset);
            offset += block.length;
        }
        return out;
    }
}
class GrowableFloat64 extends Growable {
    /** `expected`: the number of values expected, when known (see `Growable`). */
    constructor(expected = 0) {
        super((size) => new Float64Array(size), expected);
    }
}
class GrowableUint32 extends Growable {
    /** `expected`: the number of values expected, when known (see `Growable`). */
    constructor(expected = 0) {
        super((size) => new Uint32Array(size), expected);
    }
}
class GrowableInt32 extends Growable {
    /** `expected`: the number of values expected, when known (see `Growable`). */
    constructor(expected = 0) {
        super((size) => new Int32Array(size), expected);
    }
}

;// CONCATENATED MODULE: ./shared/model/label-codes.ts
/**
 * Class labels as codes: each distinct label text gets a small integer, and the per-row target and
 * predictions are stored as Int32Array codes into one shared list of labels. A data set has a
 * handful of labels and millions of rows, so this saves a string (or a BigInt) per row and hands
 * metrics an index they can count with. Numbers read as `String(value)`: 1 and 1.0 are both "1",
 * as an int64 class label is.
 */
const SMALL = 4096;
class LabelCodes {
    /** The label of each code. */
    labels = [];
    byText = new Map();
    /** Code of each small non-negative integer label, -1 until seen. */
    small = new Int32Array(SMALL).fill(-1);
    /** Labels given codes 0, 1, ... in this order (the model's classes: code = probability column). */
    constructor(first = []) {
        for (const label of first)
            this.text(label);
    }
    text(label) {
        let code = this.byText.get(label);
        if (code === undefined) {
            code = this.labels.length;
            this.labels.push(label);
            this.byText.set(label, code);
        }
        return code;
    }
    number(value) {
        if ((value | 0) === value && value >= 0 && value < SMALL) {
            const code = this.small[value];
            if (code >= 0)
                return code;
            return (this.small[value] = this.text(String(value)));
        }
        return this.text(String(value));
    }
    /**
     * Codes of the first `out.length` values of an int64 tensor, written to `out`. Values that fit in
     * 32 bits are read from the low word without making a BigInt (the high word is the low word's
     * sign in little-endian layout, as on every platform onnxruntime-node ships for).
     */
    int64(data, out) {
        const words = new Int32Array(data.buffer, data.byteOffset, data.length * 2);
        for (let row = 0; row < out.length; row++) {
            const low = words[2 * row];
            out[row] = words[2 * row + 1] === low >> 31 ? this.number(low) : this.text(String(data[row]));
        }
    }
    /** The labels of `codes`, as strings. */
    decode(codes) {
        const out = new Array(codes.length);
        const labels = this.labels;
        for (let index = 0; index < codes.length; index++)
            out[index] = labels[codes[index]];
        return out;
    }
}
/**
 * Defines `key` on `target` as a value computed on first read (then kept): the string form of
 * millions of label codes costs time and memory that a caller counting with the codes never needs.
 */
function lazyProperty(target, key, compute) {
    let value;
    let computed = false;
    Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!computed) {
                value = compute();
                computed = true;
            }
            return value;
        }
    });
}
/** `a` and `b` in one object, accessors kept as accessors (a spread would call them). */
function label_codes_mergeLazy(a, b) {
    return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(a), ...Object.getOwnPropertyDescriptors(b) });
}

;// CONCATENATED MODULE: ./shared/model/collect.ts
/**
 * Per-row model outputs gathered across batches: labels as codes into the pass's label list (and,
 * at the end, as strings), probabilities row-major [rows, classes] in float64 (widened exactly from
 * onnxruntime's float32), regression values.
 */




class ScoreCollector {
    model;
    features;
    labels;
    expectedRows;
    codes;
    values;
    /** Made on the first probabilities, when their width is known. */
    probaStore;
    classes;
    /** The label code of each class (probability column). */
    classCodes;
    runMs = 0;
    rows = 0;
    /** `labels` is shared by every model of a scoring pass and its target column. */
    constructor(model, features, labels, 
    /** Rows expected (a hint for sizing the per-row results), 0 when unknown. */
    expectedRows = 0) {
        this.model = model;
        this.features = features;
        this.labels = labels;
        this.expectedRows = expectedRows;
        const classification = model.outputs.task === 'classification';
        this.codes = new GrowableInt32(classification ? expectedRows : 0);
        this.values = new GrowableFloat64(classification ? 0 : expectedRows);
        this.classes = model.classes;
        this.classCodes = Int32Array.from(model.classes ?? [], (label) => labels.text(label));
    }
    /** The outputs to fetch from `session.run`. */
    fetches() {
        const plan = this.model.outputs;
        return [plan.label, plan.probabilities, plan.value].flatMap((output) => output === null ? [] : [output.name]);
    }
    /** Runs the session on `feeds` and keeps the first `count` rows of its outputs. */
    async score(feeds, count) {
        const started = performance.now();
        let results;
        try {
            results = await this.model.session.run(feeds, this.fetches());
        }
        catch (error) {
            throw new errors/* ModelError */.me(`${this.model.path}: onnxruntime failed to score: ${ortMessage(error)}`);
        }
        this.runMs += performance.now() - started;
        this.rows += count;
        const plan = this.model.outputs;
        if (plan.value !== null)
            this.addValues(results[plan.value.name], count);
        const proba = plan.probabilities === null
            ? null
            : this.addProbabilities(results[plan.probabilities.name], count, plan.positiveScore);
        if (plan.label !== null)
            this.addLabels(results[plan.label.name], count);
        else if (proba !== null)
            this.addArgmax(proba, count);
    }
    addValues(tensor, count) {
        if (tensor.dims.length > 1 && tensor.dims[1] !== 1)
            throw new errors/* ModelError */.me(`${this.model.path}: output "${this.model.outputs.value.name}" has shape [${tensor.dims.join(',')}]; regression needs one value per row`);
        const data = tensor.data;
        this.values.append(count).set(data.subarray(0, count));
    }
    /** Keeps the probabilities of `count` rows and returns them ([count, classes], row-major). */
    addProbabilities(tensor, count, positiveScore) {
        const data = tensor.data;
        if (positiveScore) {
            const out = this.probaOf(2).append(2 * count);
            for (let row = 0; row < count; row++) {
                out[2 * row] = 1 - data[row];
                out[2 * row + 1] = data[row];
            }
            return out;
        }
        const width = tensor.dims.length === 2 ? tensor.dims[1] : 1;
        if (this.classes === null) {
            this.classes = Array.from({ length: width }, (_, index) => String(index));
            this.classCodes = Int32Array.from(this.classes, (label) => this.labels.text(label));
        }
        if (width !== this.classes.length)
            throw new errors/* ModelError */.me(`${this.model.path}: output "${this.model.outputs.probabilities.name}" returned ${width} columns but the model names ${this.classes.length} classes (${this.classes.join(', ')})`);
        const out = this.probaOf(width).append(count * width);
        out.set(data.subarray(0, count * width));
        return out;
    }
    probaOf(width) {
        this.probaStore ??= new GrowableFloat64(this.expectedRows * width);
        return this.probaStore;
    }
    addLabels(tensor, count) {
        const data = tensor.data;
        const out = this.codes.append(count);
        const labels = this.labels;
        if (tensor.type === 'int64')
            labels.int64(data, out);
        else if (tensor.type === 'string')
            for (let row = 0; row < count; row++)
                out[row] = labels.text(data[row]);
        else
            for (let row = 0; row < count; row++)
                out[row] = labels.number(data[row]);
    }
    /** sklearn's predict for a probability-only model: the first class with the highest probability. */
    addArgmax(proba, count) {
        const width = this.classCodes.length;
        const out = this.codes.append(count);
        for (let row = 0; row < count; row++) {
            const base = row * width;
            let best = 0;
            for (let column = 1; column < width; column++)
                if (proba[base + column] > proba[base + best])
                    best = column;
            out[row] = this.classCodes[best];
        }
    }
    finish() {
        const plan = this.model.outputs;
        const codes = plan.task === 'classification' ? this.codes.finish() : null;
        const scores = {
            path: this.model.path,
            task: plan.task,
            classes: this.classes,
            predictions: codes === null ? this.values.finish() : [],
            predictionCodes: codes,
            proba: plan.probabilities === null ? null : (this.probaStore?.finish() ?? new Float64Array(0)),
            features: this.features,
            latencyMsPerRow: this.rows === 0 ? 0 : this.runMs / this.rows,
            modelBytes: this.model.modelBytes
        };
        if (codes !== null)
            lazyProperty(scores, 'predictions', () => this.labels.decode(codes));
        return scores;
    }
}

;// CONCATENATED MODULE: ./shared/model/inputs.ts
/**
 * Input mapping: which data columns feed which model input, checked against the data's columns and
 * types before anything is scored, every mismatch named in one error.
 *
 * Two modes (DESIGN.md, "Models and evaluation"):
 * - `matrix`: one [N, F] tensor whose columns are the feature columns in order: `features` when
 *   configured, else the model's `features` metadata, else every data column but the target, in
 *   file order. A model with a single [N, 1] input named like a data column reads that column.
 * - `columns`: one [N, 1] (or [N]) tensor per input, fed by the data column of the same name; what
 *   skl2onnx emits for a ColumnTransformer over mixed numeric and string columns.
 */


/** Element types mlgate builds tensors of, and the column types each accepts. */
const ACCEPTS = {
    float: ['int', 'float', 'bool'],
    double: ['int', 'float', 'bool'],
    int64: ['int', 'bool'],
    int32: ['int', 'bool'],
    bool: ['bool'],
    string: ['string']
};
/**
 * Maps the data's columns onto the model's inputs. ModelError naming every input that cannot be
 * fed (missing columns, type mismatches, feature-count mismatches, unsupported tensor types).
 */
function planInputs(path, signature, columns, options, dataName) {
    const problems = [];
    const byName = new Map(columns.map((column) => [column.name, column]));
    const inputs = [];
    for (const input of signature.inputs) {
        if (input.kind !== 'tensor')
            problems.push(`input "${input.name}" is ${describeValue(input)}: mlgate feeds tensors only`);
        else if (ACCEPTS[input.elementType] === undefined)
            problems.push(`input "${input.name}" (${describeValue(input)}): mlgate cannot build ${input.elementType} tensors`);
        else if (input.shape !== null && input.shape.length > 2)
            problems.push(`input "${input.name}" (${describeValue(input)}) has rank ${input.shape.length}: mlgate feeds [N,F], [N,1] or [N] tensors from table columns`);
        else
            inputs.push(input);
    }
    if (signature.inputs.length === 0)
        problems.push('the model has no inputs');
    if (problems.length > 0)
        throw inputError(path, problems);
    const matrix = inputs.length === 1 ? matrixFeatures(inputs[0], signature, columns, options) : undefined;
    const feeds = [];
    if (matrix !== undefined) {
        const input = inputs[0];
        const rank = input.shape?.length === 1 ? 1 : 2;
        const width = rank === 1 ? 1 : fixedDim(input, 1);
        const missing = matrix.columns.filter((name) => !byName.has(name));
        if (width !== null && width !== matrix.columns.length)
            problems.push(`input "${input.name}" (${describeValue(input)}) takes ${width} feature${width === 1 ? '' : 's'} but ${matrix.source} name ${matrix.columns.length} (${matrix.columns.join(', ') || 'none'})`);
        else if (missing.length > 0)
            problems.push(`input "${input.name}" (${describeValue(input)}) is fed from ${matrix.source} (${matrix.columns.join(', ')}): ${dataName} has no column ${missing.join(', ')}`);
        for (const name of matrix.columns) {
            const column = byName.get(name);
            if (column !== undefined && !ACCEPTS[input.elementType].includes(column.type))
                problems.push(`column ${name} is ${column.type} but input "${input.name}" (${describeValue(input)}) ${wants(input.elementType)}`);
        }
        feeds.push({ input, columns: matrix.columns, rank });
    }
    else {
        for (const input of inputs) {
            const column = byName.get(input.name);
            const width = input.shape === null || input.shape.length === 1 ? 1 : fixedDim(input, 1);
            if (width !== null && width !== 1)
                problems.push(`input "${input.name}" (${describeValue(input)}) takes ${width} columns at once; with several inputs, each is fed by the one data column of its name`);
            else if (column === undefined)
                problems.push(`input "${input.name}" (${describeValue(input)}) has no column ${input.name} in ${dataName}`);
            else if (!ACCEPTS[input.elementType].includes(column.type))
                problems.push(`input "${input.name}" (${describeValue(input)}) ${wants(input.elementType)}, but column ${input.name} is ${column.type}`);
            feeds.push({ input, columns: [input.name], rank: input.shape?.length === 1 ? 1 : 2 });
        }
    }
    if (problems.length > 0)
        throw inputError(path, problems);
    return {
        mode: matrix === undefined ? 'columns' : 'matrix',
        feeds,
        features: [...new Set(feeds.flatMap((feed) => feed.columns))]
    };
}
/** The feature columns of a single-input model, or undefined when it reads one column by name. */
function matrixFeatures(input, signature, columns, options) {
    if (options.features !== undefined && options.features.length > 0)
        return { columns: options.features, source: 'the configured features' };
    const listed = metadataList(signature.metadata, 'features');
    if (listed !== undefined)
        return { columns: listed, source: "the model's features metadata" };
    const oneWide = input.shape === null || input.shape.length === 1 || fixedDim(input, 1) === 1;
    if (oneWide && columns.some((column) => column.name === input.name))
        return undefined;
    if (input.elementType === 'string' && oneWide)
        return undefined;
    const rest = columns.map((column) => column.name).filter((name) => name !== options.target);
    return { columns: rest, source: "the data's columns besides the target" };
}
function wants(element) {
    if (element === 'string')
        return 'needs a string column';
    if (element === 'bool')
        return 'needs a bool column';
    if (element === 'int64' || element === 'int32')
        return 'needs an int column';
    return 'takes numbers (int, float or bool columns)';
}
function inputError(path, problems) {
    return new errors/* ModelError */.me(`${path}: the data cannot feed the model: ${problems.join('; ')}`);
}
/** Whether a column of `type` can feed `input` (used again per batch: types can widen as data streams). */
function columnFits(input, type) {
    return ACCEPTS[input.elementType]?.includes(type) ?? false;
}

;// CONCATENATED MODULE: ./shared/model/feeds.ts
/**
 * Input tensors built straight from column batches: a typed array per input filled from the
 * columns' value arrays for the selected rows (no row objects). The batch's arrays are reused by
 * the reader, so every tensor is a copy: into arrays the scorer reuses from chunk to chunk
 * (`FeedBuffers`), as a chunk's tensors are done with once its `session.run` has resolved.
 *
 * Precision: a float input gets each float64 value rounded to float32 (as numpy's
 * `astype(np.float32)`, which skl2onnx models expect); double inputs keep float64.
 */




/** The batch's columns by name (a JSON Lines batch can gain columns, so this is per batch). */
function columnsByName(batch) {
    return new Map(batch.columns.map((column) => [column.name, column]));
}
/**
 * The feeds for `rows` (indices into the batch; `rows.length` may exceed the rows to score when a
 * fixed batch dimension pads the last chunk by repeating its last row).
 */
function buildFeeds(ort, plan, batch, columns, rows, buffers) {
    const feeds = {};
    for (const feed of plan.feeds) {
        const sources = feed.columns.map((name) => batchColumn(batch, columns, feed, name));
        feeds[feed.input.name] = buildTensor(ort, feed, sources, rows, buffers);
    }
    return feeds;
}
/**
 * One model's numeric input arrays, reused for every chunk: the caller must not build the next
 * chunk's feeds before the previous chunk's `session.run` has resolved.
 */
class FeedBuffers {
    arrays = new Map();
    /** `length` elements of input `name`'s array (made by `make`, grown when too short). */
    take(name, length, make) {
        const held = this.arrays.get(name);
        if (held !== undefined && held.length >= length)
            return held.subarray(0, length);
        const made = make(length);
        this.arrays.set(name, made);
        return made;
    }
}
function batchColumn(batch, columns, feed, name) {
    const column = columns.get(name);
    const where = `${batch.file} line ${batch.lines[0] ?? 0}`;
    if (column === undefined)
        throw new errors/* DataError */.fL(`${where}: column ${name} is missing from this batch on (input "${feed.input.name}" needs it)`);
    if (!columnFits(feed.input, column.type))
        throw new errors/* DataError */.fL(`${where}: column ${name} is ${column.type} from here on, which input "${feed.input.name}" (${describeValue(feed.input)}) cannot take`);
    return column;
}
function buildTensor(ort, feed, sources, rows, buffers) {
    const count = rows.length;
    const width = sources.length;
    const dims = feed.rank === 1 ? [count] : [count, width];
    const name = feed.input.name;
    const size = count * width;
    switch (feed.input.elementType) {
        case 'float': {
            const out = buffers.take(name, size, (length) => new Float32Array(length));
            return new ort.Tensor('float32', fillNumbers(out, sources, rows), dims);
        }
        case 'double': {
            const out = buffers.take(name, size, (length) => new Float64Array(length));
            return new ort.Tensor('float64', fillNumbers(out, sources, rows), dims);
        }
        case 'int32':
            return new ort.Tensor('int32', fillNumbers(buffers.take(name, size, (n) => new Int32Array(n)), sources, rows), dims);
        case 'bool':
            return new ort.Tensor('bool', fillNumbers(buffers.take(name, size, (n) => new Uint8Array(n)), sources, rows), dims);
        case 'int64': {
            const out = new BigInt64Array(count * width);
            sources.forEach((source, feature) => {
                const values = numbers(source);
                for (let index = 0; index < count; index++)
                    out[index * width + feature] = BigInt(values[rows[index]]);
            });
            return new ort.Tensor('int64', out, dims);
        }
        case 'string': {
            const out = new Array(count * width);
            sources.forEach((source, feature) => {
                const values = source.type === 'string' ? source.values : [];
                for (let index = 0; index < count; index++)
                    out[index * width + feature] = values[rows[index]];
            });
            return new ort.Tensor('string', out, dims);
        }
        default:
            // planInputs refuses every other element type before scoring starts.
            throw new Error(`no tensor builder for ${feed.input.elementType}`);
    }
}
function fillNumbers(out, sources, rows) {
    const width = sources.length;
    const count = rows.length;
    for (let feature = 0; feature < width; feature++) {
        const values = numbers(sources[feature]);
        if (width === 1)
            for (let index = 0; index < count; index++)
                out[index] = values[rows[index]];
        else
            for (let index = 0; index < count; index++)
                out[index * width + feature] = values[rows[index]];
    }
    return out;
}
function numbers(column) {
    // columnFits admits only numeric columns for numeric inputs.
    if (column.type === 'string')
        throw new Error(`column ${column.name} is not numeric`);
    return column.values;
}
/**
 * Marks in `flags` (1 per row) the rows where `column` is NaN or missing (null, NaN token, an
 * unparsable number; a null string cell) and returns how many of the batch's rows are.
 */
function markMissing(column, rowCount, flags) {
    let count = 0;
    if (column.type === 'string') {
        const missing = column.missing;
        for (let row = 0; row < rowCount; row++)
            if (missing[row] !== types/* Missing */.JR.Value) {
                flags[row] = 1;
                count++;
            }
    }
    else {
        const values = column.values;
        for (let row = 0; row < rowCount; row++) {
            const value = values[row];
            if (value !== value) {
                flags[row] = 1;
                count++;
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./shared/model/score.ts
/**
 * Batched scoring of a data set: one pass over the column batches, each batch's feature columns
 * checked for NaN, turned into tensors and run through every model; the target (and any columns
 * kept for slicing) collected alongside, so metrics see aligned rows. Memory is bounded by a batch
 * plus the per-row results (predictions, probabilities, target), which are O(rows) by necessity.
 */








const DEFAULT_BATCH_ROWS = 65_536;
/** Scores one model on a data set. See `scoreModels`. */
async function scoreDataset(model, data, options = {}) {
    const result = await scoreModels([model], data, options);
    const descriptors = Object.getOwnPropertyDescriptors(result);
    delete descriptors.models;
    return mergeLazy(Object.defineProperties({}, descriptors), result.models[0]);
}
/**
 * Scores several models (a candidate and its baseline) on the same rows in one pass. The data's
 * columns are checked against every model's inputs on the first batch, before anything runs.
 */
async function scoreModels(models, data, options = {}) {
    const entries = models.map((entry) => ('session' in entry ? { model: entry } : entry));
    if (entries.length === 0)
        throw new Error('scoreModels needs at least one model');
    const task = entries[0].model.task;
    const other = entries.find((entry) => entry.model.task !== task);
    if (other !== undefined)
        throw new errors/* ConfigurationError */.j1(`${entries[0].model.path} is a ${task} model but ${other.model.path} is a ${other.model.task} model: they cannot be compared`);
    if (options.batchRows !== undefined && !(Number.isInteger(options.batchRows) && options.batchRows > 0))
        throw new errors/* ConfigurationError */.j1(`batchRows: expected a positive integer, got ${options.batchRows}`);
    const ort = await onnxRuntime();
    const pass = new ScoringPass(ort, entries, options);
    const batches = Symbol.asyncIterator in data ? data : data.batches();
    for await (const batch of batches)
        await pass.add(batch);
    return pass.finish();
}
class ScoringPass {
    ort;
    entries;
    options;
    runs;
    checked = [];
    nanCounts = {};
    firstMissing;
    failing = false;
    missingRows = 0;
    dropped = 0;
    labels;
    expectedRows;
    yCodes;
    yNumbers;
    rowIndex;
    kept = new Map();
    flags = new Uint8Array(0);
    identity = new Uint32Array(0);
    selected = new Uint32Array(0);
    constructor(ort, entries, options) {
        this.ort = ort;
        this.entries = entries;
        this.options = options;
        this.labels = new LabelCodes(entries.flatMap(({ model }) => model.classes ?? []));
        // A little over the estimate: it is taken from the first lines, which may be longer than most.
        this.expectedRows =
            options.expectedRows === undefined ? 0 : Math.ceil(options.expectedRows * 1.02) + 1024;
        const regression = entries[0].model.task === 'regression';
        const target = options.target !== undefined;
        this.yCodes = new GrowableInt32(target && !regression ? this.expectedRows : 0);
        this.yNumbers = new GrowableFloat64(target && regression ? this.expectedRows : 0);
        this.rowIndex = new GrowableUint32(this.expectedRows);
    }
    async add(batch) {
        const runs = (this.runs ??= this.setup(batch));
        const rowCount = batch.rowCount;
        if (rowCount === 0)
            return;
        const columns = columnsByName(batch);
        const rows = this.selectRows(batch, columns);
        if (this.failing || rows.length === 0)
            return;
        this.collect(batch, columns, rows);
        for (const run of runs) {
            for (let start = 0; start < rows.length; start += run.chunk) {
                const chunk = rows.subarray(start, Math.min(rows.length, start + run.chunk));
                const feedRows = run.fixed && chunk.length < run.chunk ? padded(chunk, run.chunk) : chunk;
                const feeds = buildFeeds(this.ort, run.plan, batch, columns, feedRows, run.buffers);
                await run.collector.score(feeds, chunk.length);
            }
        }
    }
    /** Plans every model's inputs on the first batch's columns; checks the target and kept columns. */
    setup(batch) {
        const infos = batch.columns.map((column) => ({ name: column.name, type: column.type }));
        const names = new Set(infos.map((info) => info.name));
        const { target, keep = [] } = this.options;
        const runs = this.entries.map(({ model, features }) => {
            const plan = planInputs(model.path, model.signature, infos, { features: features ?? this.options.features, target }, batch.file);
            const fixedSizes = plan.feeds.map((feed) => fixedDim(feed.input, 0));
            const fixed = fixedSizes.find((size) => size !== null && size > 0) ?? null;
            return {
                model,
                plan,
                collector: new ScoreCollector(model, plan.features, this.labels, this.expectedRows),
                buffers: new FeedBuffers(),
                chunk: fixed ?? this.options.batchRows ?? DEFAULT_BATCH_ROWS,
                fixed: fixed !== null
            };
        });
        const absent = [...(target === undefined ? [] : [target]), ...keep].filter((name) => !names.has(name));
        if (absent.length > 0)
            throw new errors/* ConfigurationError */.j1(`${batch.file} has no column ${absent.join(', ')} (${target !== undefined && absent.includes(target) ? `target ${target}; ` : ''}its columns are ${[...names].join(', ')})`);
        const targetColumn = batch.columns.find((column) => column.name === target);
        if (targetColumn?.type === 'string' && this.entries[0].model.task === 'regression')
            throw new errors/* DataError */.fL(`${batch.file}: target column ${target} is string; regression needs numbers`);
        for (const name of keep)
            this.kept.set(name, batch.columns.find((column) => column.name === name).type === 'string'
                ? []
                : new GrowableFloat64(this.expectedRows));
        // Default: the features of models that say they handle missing values are not checked.
        const checkedRuns = this.options.nan === 'keep'
            ? []
            : this.options.nan === undefined
                ? runs.filter((run) => !handlesMissing(run.model))
                : runs;
        const features = checkedRuns.flatMap((run) => run.plan.features);
        this.checked = [...new Set([...features, ...(target === undefined ? [] : [target])])];
        for (const name of this.checked)
            this.nanCounts[name] = 0;
        return runs;
    }
    /** The batch rows to score: all, or those with no NaN/missing checked value. Counts the rest. */
    selectRows(batch, columns) {
        const rowCount = batch.rowCount;
        if (this.flags.length < rowCount)
            this.flags = new Uint8Array(rowCount);
        const flags = this.flags.subarray(0, rowCount);
        flags.fill(0);
        let any = false;
        for (const name of this.checked) {
            const column = columns.get(name);
            if (column === undefined)
                throw new errors/* DataError */.fL(`${batch.file} line ${batch.lines[0]}: column ${name} is missing from here on`);
            const count = markMissing(column, rowCount, flags);
            this.nanCounts[name] += count;
            any ||= count > 0;
        }
        if (!any) {
            if (this.identity.length < rowCount)
                this.identity = Uint32Array.from({ length: rowCount }, (_, row) => row);
            return this.identity.subarray(0, rowCount);
        }
        // Reused from batch to batch: a batch's rows are scored before the next batch is read.
        if (this.selected.length < rowCount)
            this.selected = new Uint32Array(rowCount);
        const selected = this.selected;
        let kept = 0;
        for (let row = 0; row < rowCount; row++) {
            if (flags[row] === 0)
                selected[kept++] = row;
            else
                this.firstMissing ??= `${batch.file} line ${batch.lines[row]}`;
        }
        const missing = rowCount - kept;
        this.missingRows += missing;
        if ((this.options.nan ?? 'error') !== 'drop')
            this.failing = true;
        else
            this.dropped += missing;
        return selected.subarray(0, kept);
    }
    /** The target, the kept columns and the row indices of the scored rows. */
    collect(batch, columns, rows) {
        const target = this.options.target === undefined ? undefined : columns.get(this.options.target);
        if (target !== undefined) {
            if (this.entries[0].model.task === 'regression')
                this.appendNumbers(this.yNumbers, target, rows, batch);
            else
                this.appendCodes(target, rows);
        }
        for (const [name, store] of this.kept) {
            const column = columns.get(name);
            if (column === undefined)
                throw new errors/* DataError */.fL(`${batch.file} line ${batch.lines[0]}: column ${name} is missing from here on`);
            if (Array.isArray(store))
                for (let i = 0; i < rows.length; i++)
                    store.push(column.text(rows[i]));
            else
                this.appendNumbers(store, column, rows, batch);
        }
        const index = this.rowIndex.append(rows.length);
        for (let i = 0; i < rows.length; i++)
            index[i] = batch.rowOffset + rows[i];
    }
    appendNumbers(store, column, rows, batch) {
        if (column.type === 'string')
            throw new errors/* DataError */.fL(`${batch.file} line ${batch.lines[0]}: column ${column.name} is string from here on; it was numeric`);
        const out = store.append(rows.length);
        const values = column.values;
        for (let i = 0; i < rows.length; i++)
            out[i] = values[rows[i]];
    }
    /** The target's label codes: numbers as `String(value)` (1.0 reads "1", as an int64 class label does). */
    appendCodes(column, rows) {
        const out = this.yCodes.append(rows.length);
        const labels = this.labels;
        if (column.type === 'string') {
            const values = column.values;
            for (let i = 0; i < rows.length; i++)
                out[i] = labels.text(values[rows[i]]);
        }
        else {
            const values = column.values;
            for (let i = 0; i < rows.length; i++)
                out[i] = labels.number(values[rows[i]]);
        }
    }
    finish() {
        if (this.failing) {
            const counts = this.checked
                .filter((name) => this.nanCounts[name] > 0)
                .map((name) => `${name === this.options.target ? `target ${name}` : name} ${this.nanCounts[name]}`);
            throw new errors/* DataError */.fL(`NaN or missing values in ${this.missingRows} row${this.missingRows === 1 ? '' : 's'} (${counts.join(', ')}; first at ${this.firstMissing}): the nan policy is error; set nan: drop to score the other rows`);
        }
        const columns = {};
        for (const [name, store] of this.kept)
            columns[name] = Array.isArray(store) ? store : store.finish();
        const target = this.options.target;
        const classification = this.entries[0].model.task === 'classification';
        const yTrueCodes = classification && target !== undefined ? this.yCodes.finish() : null;
        // Models first: their predictions may add labels the target never had. No batch at all (an
        // empty data set): nothing was planned, every model scored no row.
        const models = (this.runs ??
            this.entries.map(({ model }) => ({ collector: new ScoreCollector(model, [], this.labels) }))).map((run) => run.collector.finish());
        const result = {
            rows: this.rowIndex.length,
            dropped: this.dropped,
            nanCounts: { ...this.nanCounts },
            yTrue: target === undefined ? null : yTrueCodes === null ? this.yNumbers.finish() : [],
            labels: classification ? [...this.labels.labels] : null,
            yTrueCodes,
            rowIndex: this.rowIndex.finish(),
            columns,
            models
        };
        if (yTrueCodes !== null)
            lazyProperty(result, 'yTrue', () => this.labels.decode(yTrueCodes));
        return result;
    }
}
/** `rows` extended to `size` by repeating its last row (the padding's outputs are discarded). */
function padded(rows, size) {
    const out = new Uint32Array(size);
    out.set(rows);
    out.fill(rows[rows.length - 1], rows.length);
    return out;
}
/**
 * The metadata entry by which a model says it handles missing values itself (mlgate's trainers write
 * it): evaluation then feeds it rows with NaN features.
 */
const HANDLES_MISSING_METADATA = { key: 'missing-values', value: 'handled' };
function handlesMissing(model) {
    return model.signature.metadata[HANDLES_MISSING_METADATA.key] === HANDLES_MISSING_METADATA.value;
}

;// CONCATENATED MODULE: ./shared/model/index.ts
/**
 * ONNX models: load (pickles refused, ZipMap outputs removed, signature and metadata read) and score
 * data sets in batches on onnxruntime-node.
 *
 * ```ts
 * const model = await loadModel('model.onnx', { task: 'classification' });
 * const scored = await scoreDataset(model, await openDataset('test.csv'), { target: 'label', nan: 'drop' });
 * // scored.yTrue, scored.predictions (strings), scored.proba (row-major [rows, classes.length]),
 * // scored.classes, scored.labels + scored.yTrueCodes/predictionCodes (the same labels as indices),
 * // scored.rows, scored.dropped, scored.nanCounts, scored.latencyMsPerRow, scored.modelBytes
 * await model.close();
 * ```
 * `scoreModels([candidate, baseline], data, options)` scores several models on the same rows in one
 * pass (one read of the data, one NaN mask, one target column).
 *
 * Precision: models with float inputs see each value rounded to float32, and their float32 outputs
 * are widened exactly to float64; probabilities then agree with scikit-learn's float64 ones to about
 * 1e-7 (the tests hold them to 1e-5 absolute), labels exactly except on near-ties (rows whose two
 * best classes are within float32 rounding of each other).
 */







;// CONCATENATED MODULE: ./shared/stats/sort.ts
/**
 * Ascending sort of float64 values by LSD radix sort on their IEEE-754 bits: several times faster
 * than `Float64Array.prototype.sort` in V8 (which measured 70–200 ms for 500,000 values), and the
 * column profiler sorts a sample of up to `sampleCap` values per numeric column.
 */
const sort_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;
/** Below this length the native sort is as fast. */
const sort_SMALL = 256;
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
    if (n < sort_SMALL || !sort_LITTLE_ENDIAN)
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

;// CONCATENATED MODULE: ./shared/stats/sampler.ts
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
const { floor: sampler_floor, imul } = Math;
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
            const slot = sampler_floor(((hi * 67108864 + lo) / 9007199254740992) * seen);
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
        const sorted = this.sorted ?? sortFloat64(this.buffer.subarray(0, this.length));
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
            return qs.map((q) => quantile(sorted, q));
        return selectQuantiles(this.buffer.subarray(0, this.length), qs);
    }
    grow(length) {
        const next = new Float64Array(Math.min(this.cap, length * 2));
        next.set(this.buffer);
        this.buffer = next;
        return next;
    }
}

;// CONCATENATED MODULE: ./shared/gate/bootstrap.ts


/**
 * Paired bootstrap of a metric difference: each resample draws n row indices with replacement
 * (seeded, so a run is reproducible) and scores candidate and baseline on the same rows, so the
 * interval reflects the difference between the models, not the noise of the test set twice. The
 * interval is the percentile interval (numpy's linear quantiles of the differences).
 */
function pairedBootstrap(n, candidate, baseline, options) {
    if (n === 0)
        return undefined;
    const random = new Xoshiro128(options.seed);
    const rows = new Int32Array(n);
    const differences = new Float64Array(options.resamples);
    let kept = 0;
    for (let r = 0; r < options.resamples; r++) {
        // Lemire's multiply-shift: an unbiased-enough index in [0, n) from 32 random bits (n ≪ 2^32).
        for (let i = 0; i < n; i++)
            rows[i] = Math.floor((random.nextUint32() * n) / 4294967296);
        const a = candidate(rows);
        const b = baseline(rows);
        if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b))
            continue;
        differences[kept++] = a - b;
    }
    if (kept === 0)
        return undefined;
    const sorted = differences.subarray(0, kept).sort();
    const tail = (1 - options.confidence) / 2;
    return {
        low: quantile(sorted, tail),
        high: quantile(sorted, 1 - tail),
        confidence: options.confidence,
        resamples: kept
    };
}

;// CONCATENATED MODULE: ./shared/gate/encode.ts

/** scikit-learn's class order: `np.unique(y)`, numbers numerically when every label is a number. */
function sortClasses(labels) {
    const numeric = labels.every((label) => label.trim() !== '' && Number.isFinite(Number(label)));
    return [...labels].sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}
/**
 * One model's scores as the metrics' encoded input: labels as indices into the sorted classes, its
 * probability columns placed in that order (classes it cannot emit get probability 0). A target class
 * the model never emits is refused: no metric can be right about it.
 */
function encodeClassification(scored, model, posLabel) {
    const labels = scored.labels ?? [];
    const yCodes = scored.yTrueCodes;
    const modelClasses = model.classes ?? [];
    // Label codes index `labels`: a flag per code finds the classes present without a Set per row.
    const present = new Uint8Array(labels.length);
    for (let i = 0; i < yCodes.length; i++)
        present[yCodes[i]] = 1;
    const seen = [];
    present.forEach((flag, code) => {
        if (flag === 1)
            seen.push(code);
    });
    const unknown = seen.map((code) => labels[code]).filter((label) => !modelClasses.includes(label));
    if (unknown.length > 0 && modelClasses.length > 0) {
        throw new errors/* ModelError */.me(`${model.path}: the target has classes the model never emits: ${unknown.map((label) => JSON.stringify(label)).join(', ')} (model classes: ${modelClasses.join(', ')})`);
    }
    const classes = sortClasses([...new Set([...modelClasses, ...seen.map((code) => labels[code])])]);
    const index = new Map(classes.map((label, i) => [label, i]));
    const toSorted = Int32Array.from(labels, (label) => index.get(label) ?? -1);
    const predicted = model.predictionCodes;
    let yTrue = yCodes;
    let yPred = predicted;
    // Label codes usually are the sorted classes already (the model's classes come first): no copy.
    if (!toSorted.every((code, i) => code === i)) {
        yTrue = new Int32Array(yCodes.length);
        yPred = new Int32Array(yCodes.length);
        for (let i = 0; i < yTrue.length; i++) {
            yTrue[i] = toSorted[yCodes[i]];
            const code = toSorted[predicted[i]];
            if (code < 0)
                throw new errors/* ModelError */.me(`${model.path}: predicted label ${JSON.stringify(labels[predicted[i]])} is not among its classes`);
            yPred[i] = code;
        }
    }
    let proba = null;
    if (model.proba !== null &&
        modelClasses.length === classes.length &&
        modelClasses.every((label, i) => label === classes[i])) {
        // The model's columns are already in sorted class order: no copy.
        proba = model.proba;
    }
    else if (model.proba !== null) {
        const columns = modelClasses.length;
        const width = classes.length;
        proba = new Float64Array(yTrue.length * width);
        const target = modelClasses.map((label) => index.get(label));
        for (let row = 0; row < yTrue.length; row++) {
            for (let c = 0; c < columns; c++)
                proba[row * width + target[c]] = model.proba[row * columns + c];
        }
    }
    const positive = posLabel ?? classes[classes.length - 1];
    const posIndex = index.get(positive);
    if (posIndex === undefined) {
        throw new errors/* ConfigurationError */.j1(`pos-label: \`${positive}\` is not a class (classes: ${classes.join(', ')})`);
    }
    return { yTrue, yPred, proba, classes, posLabel: posIndex };
}

;// CONCATENATED MODULE: ./shared/gate/evaluate.ts


function check(threshold, id, success, message, observed) {
    return {
        id,
        name: 'threshold',
        severity: 'error',
        success,
        message,
        kwargs: { threshold: threshold.text },
        observed,
        examples: []
    };
}
/**
 * Each threshold against the candidate's metrics (and the baseline's): value bounds, changes (a
 * change gate fails only when the change exceeds the tolerance and, with significance on, the whole
 * confidence interval of the difference lies beyond the tolerance), and gaps across slices.
 */
function evaluateGate(input) {
    const results = [];
    const bySlice = (list, slice) => list?.find((entry) => entry.slice === slice);
    for (const threshold of input.thresholds) {
        const slice = threshold.slice ?? 'all';
        const id = `${threshold.metric}${slice === 'all' ? '' : `[${slice}]`}`;
        const candidate = bySlice(input.candidate, slice);
        if (candidate === undefined) {
            const known = input.candidate.map((entry) => entry.slice).join(', ');
            throw new errors/* ConfigurationError */.j1(`threshold \`${threshold.text}\`: no slice \`${slice}\` (slices: ${known})`);
        }
        if (candidate.rows < input.minSliceSize && slice !== 'all') {
            results.push(check(threshold, id, true, `${id}: skipped, the slice has ${candidate.rows} rows (minimum ${input.minSliceSize})`, { rows: candidate.rows, skipped: true }));
            continue;
        }
        const value = candidate.values[threshold.metric] ?? null;
        const higher = threshold.direction === undefined
            ? input.higherIsBetter(threshold.metric)
            : threshold.direction === 'higher';
        if (threshold.min !== undefined || threshold.max !== undefined) {
            const ok = value !== null &&
                (threshold.min === undefined ||
                    (threshold.minStrict === true ? value > threshold.min : value >= threshold.min)) &&
                (threshold.max === undefined ||
                    (threshold.maxStrict === true ? value < threshold.max : value <= threshold.max));
            const bound = [
                threshold.min === undefined
                    ? ''
                    : `${threshold.minStrict === true ? '>' : '≥'} ${(0,evaluator/* formatNumber */.ZV)(threshold.min)}`,
                threshold.max === undefined
                    ? ''
                    : `${threshold.maxStrict === true ? '<' : '≤'} ${(0,evaluator/* formatNumber */.ZV)(threshold.max)}`
            ]
                .filter((part) => part !== '')
                .join(' and ');
            results.push(check(threshold, `${id} bound`, ok, `${id} = ${(0,evaluator/* formatNumber */.ZV)(value)}, ${ok ? '' : 'not '}${bound}`, {
                value,
                min: threshold.min,
                max: threshold.max
            }));
        }
        for (const [kind, change] of [
            ['drop', threshold.maxDrop],
            ['rise', threshold.maxRise]
        ]) {
            if (change === undefined)
                continue;
            if (threshold.direction === undefined && (kind === 'drop') !== higher) {
                throw new errors/* ConfigurationError */.j1(`threshold \`${threshold.text}\`: ${threshold.metric} is ${higher ? 'higher' : 'lower'}-is-better, so a ${kind} is an improvement; use max-${kind === 'drop' ? 'rise' : 'drop'} (or set direction)`);
            }
            const base = bySlice(input.baseline, slice)?.values[threshold.metric] ?? null;
            if (input.baseline === undefined) {
                results.push(check(threshold, `${id} change`, true, `${id}: no baseline yet, the change gate is skipped`, {
                    value,
                    baseline: null,
                    skipped: true
                }));
                continue;
            }
            const tolerance = change.relative ? change.value * Math.abs(base ?? 0) : change.value;
            const limit = change.relative ? `${(0,evaluator/* formatNumber */.ZV)(change.value * 100)}%` : (0,evaluator/* formatNumber */.ZV)(change.value);
            if (value === null || base === null) {
                results.push(check(threshold, `${id} change`, false, `${id}: undefined (candidate ${(0,evaluator/* formatNumber */.ZV)(value)}, baseline ${(0,evaluator/* formatNumber */.ZV)(base)})`, { value, baseline: base }));
                continue;
            }
            const delta = value - base;
            // Worsening in the gated direction: a drop is −delta, a rise is +delta.
            const worse = kind === 'drop' ? -delta : delta;
            const interval = input.interval?.(threshold.metric, slice);
            // The interval of the worsening: for a drop, −(high…low) of the difference.
            const bestCase = interval === undefined ? undefined : kind === 'drop' ? -interval.high : interval.low;
            const beyond = worse > tolerance;
            const significant = bestCase === undefined || bestCase > tolerance;
            const success = !(beyond && significant);
            const ci = interval === undefined
                ? ''
                : `; ${(0,evaluator/* formatNumber */.ZV)(interval.confidence * 100)}% CI of the difference [${(0,evaluator/* formatNumber */.ZV)(interval.low)}, ${(0,evaluator/* formatNumber */.ZV)(interval.high)}]`;
            const verdict = !beyond
                ? 'within'
                : significant
                    ? 'beyond'
                    : 'beyond, but not significantly (the interval reaches the tolerance)';
            results.push(check(threshold, `${id} change`, success, `${id} ${(0,evaluator/* formatNumber */.ZV)(base)} → ${(0,evaluator/* formatNumber */.ZV)(value)} (${delta >= 0 ? '+' : ''}${(0,evaluator/* formatNumber */.ZV)(delta)}): ${kind} ${verdict} max-${kind} ${limit}${ci}`, { value, baseline: base, delta, tolerance, ...(interval === undefined ? {} : { interval }) }));
        }
        if (threshold.maxGap !== undefined) {
            const { across, value: limit } = threshold.maxGap;
            const slices = input.candidate.filter((entry) => entry.column === across && entry.rows >= input.minSliceSize);
            const values = slices
                .map((entry) => [entry.slice, entry.values[threshold.metric] ?? null])
                .filter((pair) => pair[1] !== null);
            if (values.length < 2) {
                results.push(check(threshold, `${threshold.metric} gap across ${across}`, true, `${threshold.metric} gap across ${across}: fewer than 2 slices with ${input.minSliceSize}+ rows, not gated`, { slices: values.length, skipped: true }));
                continue;
            }
            const sorted = [...values].sort((a, b) => a[1] - b[1]);
            const [lowSlice, low] = sorted[0];
            const [highSlice, high] = sorted[sorted.length - 1];
            const gap = high - low;
            results.push(check(threshold, `${threshold.metric} gap across ${across}`, gap <= limit, `${threshold.metric} gap across ${across} = ${(0,evaluator/* formatNumber */.ZV)(gap)} (${highSlice} ${(0,evaluator/* formatNumber */.ZV)(high)} vs ${lowSlice} ${(0,evaluator/* formatNumber */.ZV)(low)}), ${gap <= limit ? 'within' : 'beyond'} max-gap ${(0,evaluator/* formatNumber */.ZV)(limit)}`, {
                gap,
                max: { slice: highSlice, value: high },
                min: { slice: lowSlice, value: low }
            }));
        }
    }
    return results;
}

// EXTERNAL MODULE: ./shared/data/files.ts
var data_files = __webpack_require__(27124);
;// CONCATENATED MODULE: ./shared/gate/predictions.ts





/** Classes a classification target has at most before an int target is read as regression. */
const MAX_CLASSES = 20;
/** The column a predictions file is read from when the spec names none and it has several. */
const DEFAULT_PREDICTION_COLUMN = 'prediction';
function predictionSource(spec) {
    const hash = spec.lastIndexOf('#');
    const file = hash < 0 ? spec : spec.slice(0, hash);
    let isFile = true;
    try {
        (0,data_files/* formatOf */.be)(file);
    }
    catch {
        isFile = false;
    }
    if (!isFile)
        return { kind: 'column', column: spec };
    const column = hash < 0 ? undefined : spec.slice(hash + 1);
    if (column === '')
        throw new errors/* ConfigurationError */.j1(`predictions \`${spec}\`: no column name after #`);
    return { kind: 'file', file, ...(column === undefined ? {} : { column }) };
}
function describeSource(source) {
    return source.kind === 'column'
        ? `column ${source.column}`
        : `${source.file}${source.column === undefined ? '' : `#${source.column}`}`;
}
function columnIn(columns, name, file) {
    const column = columns.find((candidate) => candidate.name === name);
    if (column === undefined) {
        throw new errors/* DataError */.fL(`${file}: no column \`${name}\` (columns: ${columns.map((entry) => entry.name).join(', ')})`);
    }
    return column;
}
/** The prediction column of a predictions file's batch: the named one, `prediction`, or the only one. */
function predictionColumn(columns, source, file) {
    if (source.column !== undefined)
        return columnIn(columns, source.column, file);
    const named = columns.find((column) => column.name === DEFAULT_PREDICTION_COLUMN);
    if (named !== undefined)
        return named;
    if (columns.length === 1)
        return columns[0];
    throw new errors/* DataError */.fL(`${file}: which column holds the predictions? It has ${columns.map((entry) => entry.name).join(', ')} and none is named \`${DEFAULT_PREDICTION_COLUMN}\`; name one as ${file}#<column>`);
}
/** Every row of a predictions file: the prediction's text, null where it is missing. */
async function readPredictionFile(source) {
    const dataset = await (0,data_dataset/* openDataset */.J)(source.file, { fingerprint: false });
    const out = [];
    for await (const batch of dataset.batches()) {
        const column = predictionColumn(batch.columns, source, batch.file);
        for (let row = 0; row < batch.rowCount; row++)
            out.push(column.missing[row] === types/* Missing */.JR.Value ? column.text(row) : null);
    }
    return out;
}
/**
 * Predictions mode: the model is not ONNX; its predictions are a column of the test set or a file
 * aligned with it row by row. Collects the target, the predictions and the slice columns; rows with
 * a missing target or prediction follow the NaN policy. Label metrics only (no probabilities).
 */
async function collectPredictions(plan, keep) {
    const source = predictionSource(plan.predictions);
    const fromFile = source.kind === 'file' ? await readPredictionFile(source) : undefined;
    const dataset = await (0,data_dataset/* openDataset */.J)(plan.data, { fingerprint: false });
    const truth = [];
    const predicted = [];
    const kept = Object.fromEntries(keep.map((name) => [name, []]));
    let numericTarget = true;
    let missing = 0;
    let firstMissing = '';
    let dataRows = 0;
    for await (const batch of dataset.batches()) {
        const target = columnIn(batch.columns, plan.target, batch.file);
        const prediction = source.kind === 'column' ? columnIn(batch.columns, source.column, batch.file) : undefined;
        const extra = keep.map((name) => columnIn(batch.columns, name, batch.file));
        if (target.type === 'string' || target.type === 'bool')
            numericTarget = false;
        dataRows += batch.rowCount;
        for (let row = 0; row < batch.rowCount; row++) {
            const predictionText = prediction === undefined
                ? fromFile[batch.rowOffset + row]
                : prediction.missing[row] === types/* Missing */.JR.Value
                    ? prediction.text(row)
                    : null;
            if (target.missing[row] !== types/* Missing */.JR.Value || predictionText === null || predictionText === undefined) {
                if (missing++ === 0)
                    firstMissing = `${batch.file}:${batch.lines[row]}`;
                continue;
            }
            truth.push(target.text(row));
            predicted.push(predictionText);
            extra.forEach((column, index) => kept[keep[index]].push(column.missing[row] === types/* Missing */.JR.Value ? column.text(row) : ''));
        }
    }
    if (fromFile !== undefined && fromFile.length !== dataRows) {
        throw new errors/* DataError */.fL(`${describeSource(source)} has ${fromFile.length} rows but the test set ${plan.data} has ${dataRows}: a predictions file holds one row per test-set row, in the same order`);
    }
    if (missing > 0 && plan.nan !== 'drop') {
        throw new errors/* DataError */.fL(`${plan.data}: ${missing} rows have no ${plan.target} or prediction (${describeSource(source)}; first at ${firstMissing}); set nan: drop to leave them out`);
    }
    const distinct = new Set(truth);
    const task = plan.task ?? (numericTarget && distinct.size > MAX_CLASSES ? 'regression' : 'classification');
    const facts = {
        path: describeSource(source),
        bytes: 0,
        latencyMsPerRow: null,
        features: []
    };
    const columns = kept;
    if (task === 'regression') {
        const yTrue = Float64Array.from(truth, Number);
        const yPred = Float64Array.from(predicted, Number);
        const bad = yPred.findIndex((value) => !Number.isFinite(value));
        if (bad >= 0)
            throw new errors/* DataError */.fL(`${describeSource(source)}: prediction \`${predicted[bad]}\` of scored row ${bad + 1} is not a finite number; regression needs numbers`);
        return { scored: { task, input: { yTrue, yPred }, facts }, rows: truth.length, columns };
    }
    const classes = sortClasses([...new Set([...truth, ...predicted])]);
    const index = new Map(classes.map((label, i) => [label, i]));
    const yTrue = Int32Array.from(truth, (label) => index.get(label));
    const yPred = Int32Array.from(predicted, (label) => index.get(label));
    const positive = plan.posLabel ?? classes[classes.length - 1];
    const posLabel = index.get(positive) ?? classes.length - 1;
    return {
        scored: { task, input: { yTrue, yPred, proba: null, classes, posLabel }, facts },
        rows: truth.length,
        columns
    };
}

;// CONCATENATED MODULE: ./shared/gate/slices.ts

/** `slices: "region, age: [18, 30, 50, 90]"`. */
function parseSlices(text, source = 'slices') {
    const specs = [];
    const pattern = /\s*([^,:[\]]+?)\s*(?::\s*\[([^\]]*)\])?\s*(?:,|$)/gy;
    let rest = text.trim();
    while (rest !== '') {
        pattern.lastIndex = 0;
        const match = pattern.exec(rest);
        if (match === null || match[0] === '')
            throw new errors/* ConfigurationError */.j1(`${source}: expected \`column\` or \`column: [edge, edge, …]\`, got \`${rest}\``);
        const column = match[1];
        if (match[2] === undefined)
            specs.push({ column });
        else
            specs.push({ column, bins: edges(match[2], `${source}: ${column}`) });
        rest = rest.slice(match[0].length).trim();
    }
    return specs;
}
/** Validates bin edges: at least two, ascending numbers. */
function edges(text, where) {
    const values = typeof text === 'string' ? text.split(',').map((part) => Number(part.trim())) : [...text];
    if (values.length < 2 ||
        values.some((value) => !Number.isFinite(value)) ||
        values.some((value, i) => i > 0 && value <= values[i - 1])) {
        throw new errors/* ConfigurationError */.j1(`${where}: expected at least two ascending numbers, got [${typeof text === 'string' ? text : text.join(', ')}]`);
    }
    return values;
}
function formatEdge(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
/**
 * The slices of one column's values (null = missing: in no slice). Value slices are ordered by
 * value text; range slices by their ranges, empty ones included (a slice that should have rows and
 * has none is worth seeing).
 */
function sliceRows(spec, values) {
    if (spec.bins === undefined) {
        const groups = new Map();
        values.forEach((value, row) => {
            if (value === null)
                return;
            const key = String(value);
            const group = groups.get(key);
            if (group === undefined)
                groups.set(key, [row]);
            else
                group.push(row);
        });
        return [...groups.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([value, rows]) => ({
            key: `${spec.column}=${value}`,
            column: spec.column,
            rows: Int32Array.from(rows)
        }));
    }
    const bins = spec.bins;
    const groups = bins.slice(1).map(() => []);
    values.forEach((value, row) => {
        const number = typeof value === 'number' ? value : value === null ? NaN : Number(value);
        if (!Number.isFinite(number) || number < bins[0] || number > bins[bins.length - 1])
            return;
        let bin = 0;
        while (bin < bins.length - 2 && number >= bins[bin + 1])
            bin++;
        groups[bin].push(row);
    });
    return groups.map((rows, bin) => {
        const last = bin === groups.length - 1;
        return {
            key: `${spec.column}=[${formatEdge(bins[bin])}, ${formatEdge(bins[bin + 1])}${last ? ']' : ')'}`,
            column: spec.column,
            rows: Int32Array.from(rows)
        };
    });
}

;// CONCATENATED MODULE: ./shared/gate/evaluation-types.ts
/** Metrics of the model itself, not of its predictions: thresholds may gate them too. */
const OPERATIONAL_METRICS = ['latency_ms_per_row', 'model_bytes'];

;// CONCATENATED MODULE: ./shared/gate/evaluation.ts













/** A baseline that is a previous verdict: its metrics, no per-row scores (no bootstrap). */
async function readVerdictBaseline(path) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`baseline ${path}: not a readable verdict JSON (${error.message.split('\n')[0]})`);
    }
    const details = parsed.details;
    if (parsed.gate !== 'evaluate-thresholds' ||
        details?.metrics === undefined ||
        details.model === undefined) {
        throw new errors/* ConfigurationError */.j1(`baseline ${path}: not an evaluate-thresholds verdict (expected "gate": "evaluate-thresholds" with details.metrics)`);
    }
    return { metrics: [...details.metrics], facts: details.model };
}
function resolveBaselineKind(reference) {
    if (reference.endsWith('.onnx'))
        return 'model';
    if (reference.endsWith('.json'))
        return 'verdict';
    throw new errors/* ConfigurationError */.j1(`baseline \`${reference}\` does not resolve: expected an .onnx model or a previous verdict .json (registry references such as \`production\` need register-model, which is not available yet)`);
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`baseline \`${path}\` does not resolve: no such file`);
    }
}
/**
 * The columns scoring reads, when every model's are known (its configured or `features` metadata
 * list, or its input names when it takes one input per column): the reader then parses only those.
 * Undefined (read everything) when a model would take "all columns but the target".
 */
function neededColumns(models, plan, keep) {
    const columns = new Set([plan.target, ...keep]);
    for (const [index, model] of models.entries()) {
        const inputs = model.signature.inputs;
        const features = index === 0 && plan.features !== undefined
            ? plan.features
            : inputs.length > 1
                ? inputs.map((input) => input.name)
                : metadataList(model.signature.metadata, 'features');
        if (features === undefined)
            return undefined;
        for (const feature of features)
            columns.add(feature);
    }
    return [...columns];
}
/** Metric values of every slice, for one model. */
function sliceMetrics(input, names, slices, operational, whole) {
    return slices.map((slice) => {
        const values = { ...operational };
        if (slice.rows === null)
            Object.assign(values, whole);
        else {
            const outcomes = metricOutcomes(names, input, slice.rows);
            for (const name of names)
                values[name] = outcomes[name]?.value ?? null;
        }
        return {
            slice: slice.key,
            ...(slice.column === undefined ? {} : { column: slice.column }),
            rows: slice.rows === null ? input.yTrue.length : slice.rows.length,
            values
        };
    });
}
/**
 * Scores the candidate (and the baseline, on the same rows), computes every metric of the task on
 * the whole test set and on each slice, runs the paired bootstrap for change thresholds, and gates.
 */
async function evaluation_evaluate(plan, logger) {
    const notes = [];
    const baselineKind = plan.baseline === undefined ? undefined : resolveBaselineKind(plan.baseline);
    if (plan.baseline !== undefined)
        await exists(plan.baseline);
    const keep = [...new Set(plan.slices.map((slice) => slice.column))];
    let candidate;
    let baseline;
    let scoredRows;
    let dropped = 0;
    let columns;
    const models = [];
    try {
        if (plan.model !== undefined) {
            const model = await loadModel(plan.model, plan.task === undefined ? {} : { task: plan.task });
            models.push(model);
            if (baselineKind === 'model')
                models.push(await loadModel(plan.baseline, { task: model.task }));
            const needed = neededColumns(models, plan, keep);
            const dataset = await (0,data_dataset/* openDataset */.J)(plan.data, {
                fingerprint: false,
                ...(needed === undefined ? {} : { columns: needed })
            });
            if (dataset.threaded)
                logger.debug(`${plan.data}: read in a worker thread`);
            const expectedRows = await estimateRows(dataset);
            const scored = await logger.group(`Scoring ${plan.data}`, () => scoreModels(models.map((entry, index) => index === 0 && plan.features !== undefined ? { model: entry, features: plan.features } : entry), dataset, {
                target: plan.target,
                ...(plan.nan === undefined ? {} : { nan: plan.nan }),
                ...(expectedRows === undefined ? {} : { expectedRows }),
                keep
            }));
            scoredRows = scored.rows;
            dropped = scored.dropped;
            columns = scored.columns;
            if (dropped > 0)
                notes.push(`${dropped} rows with NaN features were left out (nan: drop).`);
            const encode = (scores, rows) => ({
                task: scores.task,
                input: scores.task === 'classification'
                    ? encodeClassification(rows, scores, plan.posLabel)
                    : { yTrue: rows.yTrue, yPred: scores.predictions },
                facts: {
                    path: scores.path,
                    bytes: scores.modelBytes,
                    latencyMsPerRow: scores.latencyMsPerRow,
                    features: scores.features
                }
            });
            candidate = encode(scored.models[0], scored);
            if (scored.models[1] !== undefined)
                baseline = encode(scored.models[1], scored);
        }
        else if (plan.predictions !== undefined) {
            const collected = await collectPredictions(plan, keep);
            candidate = collected.scored;
            scoredRows = collected.rows;
            columns = collected.columns;
            notes.push(`Predictions mode: scored from ${describeSource(predictionSource(plan.predictions))} (label metrics only).`);
            if (baselineKind === 'model')
                throw new errors/* ConfigurationError */.j1('a baseline model needs a candidate model (the `model` input), not predictions');
        }
        else {
            throw new errors/* ConfigurationError */.j1('input `model` (an ONNX file) or `predictions` (a column of the data or a predictions file) is required');
        }
    }
    finally {
        for (const model of models)
            await model.close();
    }
    const task = candidate.task;
    for (const threshold of plan.thresholds) {
        if (!OPERATIONAL_METRICS.includes(threshold.metric))
            metricInfo(threshold.metric, task);
    }
    const full = task === 'classification'
        ? classificationMetrics(candidate.input)
        : regressionMetrics(candidate.input.yTrue, candidate.input.yPred);
    const names = Object.keys(full.values);
    const slices = [{ key: 'all', rows: null }];
    for (const spec of plan.slices) {
        const values = columns[spec.column];
        if (values === undefined)
            throw new errors/* ConfigurationError */.j1(`slices: the data has no column \`${spec.column}\``);
        const list = Array.isArray(values)
            ? values
            : Array.from(values, (value) => (Number.isNaN(value) ? null : value));
        for (const slice of sliceRows(spec, list))
            slices.push({ key: slice.key, column: slice.column, rows: slice.rows });
    }
    const operational = (facts) => ({
        latency_ms_per_row: facts.latencyMsPerRow,
        model_bytes: facts.bytes
    });
    const metrics = sliceMetrics(candidate.input, names, slices, operational(candidate.facts), full.values);
    let baselineMetrics;
    let baselineFacts;
    if (baseline !== undefined) {
        const whole = task === 'classification'
            ? classificationMetrics(baseline.input, names).values
            : regressionMetrics(baseline.input.yTrue, baseline.input.yPred, names).values;
        baselineMetrics = sliceMetrics(baseline.input, names, slices, operational(baseline.facts), whole);
        baselineFacts = { ...baseline.facts, kind: 'model' };
    }
    else if (baselineKind === 'verdict') {
        const previous = await readVerdictBaseline(plan.baseline);
        baselineMetrics = previous.metrics;
        baselineFacts = { ...previous.facts, kind: 'verdict' };
        notes.push(`Baseline from the verdict ${plan.baseline}: its metrics, without a paired bootstrap (no per-row scores).`);
    }
    else {
        notes.push('No baseline: change thresholds are skipped (first run).');
    }
    const significance = plan.significance;
    const cache = new Map();
    const interval = significance === false || baseline === undefined
        ? undefined
        : (metric, sliceKey) => {
            const key = `${metric}@${sliceKey}`;
            if (cache.has(key))
                return cache.get(key);
            const slice = slices.find((entry) => entry.key === sliceKey);
            const base = slice?.rows ?? null;
            const n = base === null ? scoredRows : base.length;
            const mapped = new Int32Array(n);
            const map = (rows) => {
                if (base === null)
                    return rows;
                for (let i = 0; i < rows.length; i++)
                    mapped[i] = base[rows[i]];
                return mapped;
            };
            const result = OPERATIONAL_METRICS.includes(metric)
                ? undefined
                : pairedBootstrap(n, (rows) => metricOn(metric, candidate.input, map(rows)), (rows) => metricOn(metric, baseline.input, map(rows)), significance);
            cache.set(key, result);
            return result;
        };
    const checks = evaluateGate({
        thresholds: plan.thresholds,
        candidate: metrics,
        ...(baselineMetrics === undefined ? {} : { baseline: baselineMetrics }),
        higherIsBetter: (metric) => OPERATIONAL_METRICS.includes(metric)
            ? false
            : metricInfo(metric, task).higherIsBetter,
        ...(interval === undefined ? {} : { interval }),
        minSliceSize: plan.minSliceSize
    });
    let curves;
    let extra = {};
    if (task === 'classification') {
        const input = candidate.input;
        const result = full;
        extra = { classes: input.classes, confusionMatrix: result.confusionMatrix };
        if (input.proba !== null && input.classes.length === 2) {
            const roc = rocCurve(input, input.posLabel, 50);
            const pr = precisionRecallCurve(input, input.posLabel, 50);
            curves = {
                ...(roc === null
                    ? {}
                    : {
                        roc: { fpr: Array.from(roc.fpr), tpr: Array.from(roc.tpr), auc: full.values.roc_auc ?? null }
                    }),
                ...(pr === null ? {} : { pr: { recall: Array.from(pr.recall), precision: Array.from(pr.precision) } })
            };
        }
    }
    return {
        checks,
        details: {
            task,
            data: { path: plan.data, rows: scoredRows, dropped },
            model: candidate.facts,
            ...(baselineFacts === undefined ? {} : { baseline: baselineFacts }),
            metrics,
            ...(baselineMetrics === undefined ? {} : { baselineMetrics }),
            ...extra,
            ...(curves === undefined ? {} : { curves }),
            reasons: full.reasons,
            warnings: full.warnings,
            notes
        }
    };
}

;// CONCATENATED MODULE: ./shared/gate/thresholds.ts


const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function change(raw, where) {
    const text = raw.trim();
    const relative = text.endsWith('%');
    const number = relative ? text.slice(0, -1).trim() : text;
    if (!NUMBER.test(number) || Number(number) < 0) {
        throw new errors/* ConfigurationError */.j1(`${where}: expected a non-negative number or percentage (0.01, 2%), got \`${raw}\``);
    }
    return { value: relative ? Number(number) / 100 : Number(number), relative };
}
function checkMetric(metric, known, where) {
    if (!known.includes(metric)) {
        throw new errors/* ConfigurationError */.j1(`${where}: unknown metric \`${metric}\`${(0,suggest/* didYouMean */.au)(metric, known)}`);
    }
}
/**
 * The `thresholds` input: comma- or semicolon-separated clauses.
 *   accuracy >= 0.9        log_loss <= 0.35      f1 > 0.8
 *   roc_auc: max-drop 0.01 f1: max-drop 2%       mae: max-rise 0.5
 *   recall: max-gap 0.05 across gender           accuracy[region=north] >= 0.85
 */
function parseThresholds(text, known, source = 'thresholds') {
    return text
        .split(/[,;\n]/)
        .map((clause) => clause.trim())
        .filter((clause) => clause !== '')
        .map((clause) => parseClause(clause, known, source));
}
function parseClause(clause, known, source) {
    const where = `${source}: \`${clause}\``;
    const bound = /^([A-Za-z_][\w]*)(?:\[([^\]]+)\])?\s*(>=|<=|>|<)\s*(\S+)$/.exec(clause);
    if (bound !== null) {
        const [, metric, slice, op, value] = bound;
        checkMetric(metric, known, where);
        if (!NUMBER.test(value))
            throw new errors/* ConfigurationError */.j1(`${where}: expected \`<metric> ${op} <number>\`, got \`${value}\``);
        const number = Number(value);
        const base = { metric, text: clause, ...(slice === undefined ? {} : { slice: slice.trim() }) };
        return op.startsWith('>')
            ? { ...base, min: number, ...(op === '>' ? { minStrict: true } : {}) }
            : { ...base, max: number, ...(op === '<' ? { maxStrict: true } : {}) };
    }
    const rule = /^([A-Za-z_][\w]*)(?:\[([^\]]+)\])?\s*:\s*(max-drop|max-rise|max-gap)\s+(\S+)(?:\s+across\s+(\S+))?$/.exec(clause);
    if (rule !== null) {
        const [, metric, slice, kind, value, across] = rule;
        checkMetric(metric, known, where);
        const base = { metric, text: clause, ...(slice === undefined ? {} : { slice: slice.trim() }) };
        if (kind === 'max-gap') {
            if (across === undefined)
                throw new errors/* ConfigurationError */.j1(`${where}: expected \`${metric}: max-gap <number> across <column>\``);
            const gap = change(value, where);
            if (gap.relative)
                throw new errors/* ConfigurationError */.j1(`${where}: max-gap takes an absolute number, got \`${value}\``);
            return { ...base, maxGap: { value: gap.value, across } };
        }
        if (across !== undefined)
            throw new errors/* ConfigurationError */.j1(`${where}: \`across\` goes with max-gap only`);
        return kind === 'max-drop'
            ? { ...base, maxDrop: change(value, where) }
            : { ...base, maxRise: change(value, where) };
    }
    throw new errors/* ConfigurationError */.j1(`${where}: expected \`<metric> >= <number>\`, \`<metric> <= <number>\`, \`<metric>: max-drop <number|%>\`, \`<metric>: max-rise <number|%>\` or \`<metric>: max-gap <number> across <column>\``);
}
/** `evaluate.thresholds` from the config: `{ accuracy: { min: 0.9 }, roc_auc: { max-drop: 0.01 } }`. */
function thresholdsFromConfig(config, known, file) {
    return Object.entries(config).map(([metric, entry]) => {
        const where = `${file}: evaluate.thresholds.${metric}`;
        checkMetric(metric, known, where);
        if (entry['max-gap'] !== undefined && entry.across === undefined) {
            throw new errors/* ConfigurationError */.j1(`${where}: max-gap needs \`across: <column>\``);
        }
        return {
            metric,
            text: `${metric}: ${JSON.stringify(entry)}`,
            ...(entry.min === undefined ? {} : { min: entry.min }),
            ...(entry.max === undefined ? {} : { max: entry.max }),
            ...(entry['max-drop'] === undefined ? {} : { maxDrop: change(String(entry['max-drop']), where) }),
            ...(entry['max-rise'] === undefined ? {} : { maxRise: change(String(entry['max-rise']), where) }),
            ...(entry['max-gap'] === undefined
                ? {}
                : { maxGap: { value: entry['max-gap'], across: entry.across } }),
            ...(entry.direction === undefined ? {} : { direction: entry.direction }),
            ...(entry.slice === undefined ? {} : { slice: entry.slice })
        };
    });
}

;// CONCATENATED MODULE: ./shared/gate/evaluation-plan.ts





/** Every name a threshold may use: the metrics and the model's own figures. */
const THRESHOLD_METRICS = [...Object.keys(METRICS), ...OPERATIONAL_METRICS];
/** Resolves what to evaluate from the inputs (which win) and the config's `evaluate` section. */
function planEvaluation(inputs, loaded) {
    const config = loaded.config.evaluate;
    const file = loaded.file ?? 'mlgate.yml';
    const data = inputs.data ?? config?.data;
    if (data === undefined)
        throw new errors/* ConfigurationError */.j1('input `data` is required (the test set), or set evaluate.data in the config');
    const target = inputs.target ?? config?.target;
    if (target === undefined)
        throw new errors/* ConfigurationError */.j1('input `target` is required (the label column), or set evaluate.target in the config');
    const model = inputs.model ?? config?.model;
    const predictions = inputs.predictions ?? config?.predictions;
    if (model === undefined && predictions === undefined) {
        throw new errors/* ConfigurationError */.j1('input `model` (an ONNX file) or `predictions` (a column of the data or a predictions file) is required');
    }
    let thresholds = [];
    if (inputs.thresholds !== undefined)
        thresholds = parseThresholds(inputs.thresholds, THRESHOLD_METRICS);
    else if (typeof config?.thresholds === 'string')
        thresholds = parseThresholds(config.thresholds, THRESHOLD_METRICS, `${file}: evaluate.thresholds`);
    else if (config?.thresholds !== undefined)
        thresholds = thresholdsFromConfig(config.thresholds, THRESHOLD_METRICS, file);
    let slices = [];
    if (inputs.slices !== undefined)
        slices = parseSlices(inputs.slices);
    else if (config?.slices !== undefined) {
        slices = config.slices.map((entry) => typeof entry === 'string'
            ? { column: entry }
            : {
                column: entry.column,
                ...(entry.bins === undefined
                    ? {}
                    : { bins: edges(entry.bins, `${file}: evaluate.slices.${entry.column}`) })
            });
    }
    // A gap across a column needs that column's slices.
    for (const threshold of thresholds) {
        const across = threshold.maxGap?.across;
        if (across !== undefined && !slices.some((slice) => slice.column === across))
            slices.push({ column: across });
    }
    const features = inputs.features
        ?.split(',')
        .map((feature) => feature.trim())
        .filter((feature) => feature !== '') ?? config?.features;
    const task = inputs.task === 'auto' ? config?.task : inputs.task;
    const posLabel = inputs['pos-label'] ?? (config?.['pos-label'] === undefined ? undefined : String(config['pos-label']));
    const baseline = inputs.baseline ?? config?.baseline;
    const nan = nanPolicy(inputs.nan) ?? config?.nan;
    const significance = config?.significance === false
        ? false
        : { resamples: 1000, confidence: 0.95, seed: 0, ...(config?.significance ?? {}) };
    return {
        ...(model === undefined ? {} : { model }),
        ...(predictions === undefined ? {} : { predictions }),
        data,
        target,
        ...(task === undefined ? {} : { task }),
        ...(posLabel === undefined ? {} : { posLabel }),
        ...(features === undefined ? {} : { features }),
        thresholds,
        slices,
        minSliceSize: config?.['min-slice-size'] ?? 30,
        ...(baseline === undefined ? {} : { baseline }),
        significance,
        ...(nan === undefined ? {} : { nan })
    };
}
function nanPolicy(value) {
    if (value === undefined || value === 'error' || value === 'drop' || value === 'keep')
        return value;
    throw new errors/* ConfigurationError */.j1(`input \`nan\`: expected one of error, drop, keep, got \`${value}\``);
}

// EXTERNAL MODULE: ./shared/gate/verdict.ts
var gate_verdict = __webpack_require__(56045);
// EXTERNAL MODULE: ./shared/report/comment.ts
var comment = __webpack_require__(44012);
// EXTERNAL MODULE: ./shared/report/options.ts
var options = __webpack_require__(65815);
;// CONCATENATED MODULE: ./shared/github/artifact.ts
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
        logger.info(`Uploaded ${what} as artifact ${name} (${files.map((file) => (0,external_node_path_.basename)(file)).join(', ')}).`);
        return response.id;
    }
    catch (error) {
        logger.warning(`mlgate could not upload ${what} as artifact ${name}: ${(0,errors/* errorMessage */.gJ)(error)}. It is in ${rootDirectory}; with several steps in one run, give each its own artifact-name.`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./shared/github/context.ts
var github_context = __webpack_require__(63643);
// EXTERNAL MODULE: ./shared/report/annotations.ts
var annotations = __webpack_require__(26059);
// EXTERNAL MODULE: ./shared/report/check-run.ts
var check_run = __webpack_require__(43209);
// EXTERNAL MODULE: ./shared/report/bundle.ts
var report_bundle = __webpack_require__(50329);
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
        bundle: (0,report_bundle/* bundleFile */.px)(reportDir, gate)
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
    const rendered = (0,render/* renderReport */.B)(verdict);
    await (0,promises_.mkdir)(options.reportDir, { recursive: true });
    await (0,promises_.writeFile)(files.verdict, `${JSON.stringify(verdict, null, 2)}\n`);
    await (0,promises_.writeFile)(files.junit, renderJunit(verdict));
    await (0,promises_.writeFile)(files.markdown, `${rendered.markdown}\n`);
    await (0,promises_.writeFile)(files.html, rendered.html);
    await host.appendSummary(rendered.markdown);
    for (const annotation of (0,annotations/* annotationsOf */.I)(verdict))
        host.annotate(annotation);
    host.setOutput('passed', String(verdict.passed));
    host.setOutput('report', files.verdict);
    const context = await (0,github_context/* readGitHubContext */.L7)(host.env);
    const checkName = options.checkName ?? (0,check_run/* defaultCheckName */.LJ)(verdict.gate);
    const artifactName = options.artifactName ?? `mlgate-${verdict.gate}`;
    const uploading = context !== undefined && options.upload && canUploadArtifacts(host.env);
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
        mlgate: { bundle: report_bundle/* BUNDLE_VERSION */.AY, version: version/* MLGATE_VERSION */.C },
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
        await uploadArtifact(artifactName, [files.verdict, files.markdown, files.html, files.junit, files.bundle], options.reportDir, host.env, host.logger);
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

;// CONCATENATED MODULE: ./shared/cli/commands/evaluate-thresholds.ts










const evaluateThresholdsInputs = {
    model: inputs/* input */.hF.text('The candidate ONNX model. Default: evaluate.model in the config.'),
    data: inputs/* input */.hF.text('The test set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet).'),
    target: inputs/* input */.hF.text('The label column.'),
    task: inputs/* input */.hF.choice('The task; auto takes it from the model (or the target, in predictions mode).', ['auto', 'classification', 'regression'], 'auto'),
    'pos-label': inputs/* input */.hF.text('The positive class for binary metrics (default: the last class in sorted order, e.g. 1).'),
    features: inputs/* input */.hF.text('Feature columns in the model’s order, comma-separated (default: the model’s `features` metadata, else every column but the target).'),
    predictions: inputs/* input */.hF.text('Instead of a model (models that are not ONNX): the test set’s column that holds each row’s prediction, or a data file with one prediction per test-set row in the same order (`preds.csv`: its `prediction` or only column; `preds.parquet#label`: that column).'),
    thresholds: inputs/* input */.hF.text('Thresholds, e.g. "accuracy >= 0.9, roc_auc: max-drop 0.01, f1: max-drop 2%, recall: max-gap 0.05 across gender".'),
    baseline: inputs/* input */.hF.text('The baseline: an ONNX model (scored on the same rows) or a previous verdict JSON. No baseline: change gates are skipped.'),
    slices: inputs/* input */.hF.text('Slices for per-slice metrics and gaps, e.g. "region, age: [18, 30, 50, 90]".'),
    nan: inputs/* input */.hF.text('Rows with NaN or missing features: error (names the columns and counts), drop (scores the other rows) or keep (feeds them to a model that handles missing values). Default: keep for models mlgate trained, else error.'),
    config: inputs/* input */.hF.text('The config file (default: mlgate.yml, when it exists).'),
    'fail-on': inputs/* input */.hF.choice('Which failures fail the step.', gate_verdict/* FAIL_ON */.d$, 'error'),
    'report-dir': inputs/* input */.hF.text('Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.', { default: 'mlgate-report' }),
    'github-token': inputs/* input */.hF.secret('Token for check runs and PR comments.'),
    ...options/* reportingInputs */.OS
};
/** evaluate-thresholds: scores an ONNX model on a test set, computes metrics, gates on thresholds and regressions. */
const evaluateThresholds = {
    name: 'evaluate-thresholds',
    description: 'Score an ONNX model on a test set, compute scikit-learn’s metrics, gate on thresholds and on regression against a baseline.',
    inputs: evaluateThresholdsInputs,
    outputs: {
        passed: 'true when the gate passed (per fail-on).',
        report: 'Path of the verdict JSON.',
        metrics: 'The candidate’s metrics on the whole test set, as compact JSON.',
        'baseline-metrics': 'The baseline’s metrics on the same rows, as compact JSON (empty without a baseline).',
        'failed-metrics': 'JSON array of the ids of the thresholds that failed.',
        'check-run-id': 'Id of the check run, when one was posted.',
        'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
    },
    async run(inputs, host) {
        const started = Date.now();
        const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
        const plan = planEvaluation(inputs, loaded);
        const outcome = await evaluation_evaluate(plan, host.logger);
        for (const warning of outcome.details.warnings)
            host.logger.warning(`${warning.metric}: ${warning.message}`);
        const verdict = (0,gate_verdict/* buildVerdict */.o1)('evaluate-thresholds', outcome.checks, inputs['fail-on'], headline(outcome.checks, outcome.details), started, outcome.details, version/* MLGATE_VERSION */.C);
        const key = (0,comment/* reportKey */.y1)([
            loaded.file ?? '',
            plan.data,
            plan.model ?? plan.predictions ?? '',
            inputs['check-name'] ?? ''
        ]);
        await publishVerdict(verdict, host, (0,options/* reportingOptions */.vZ)(inputs, key));
        const all = (list) => list === undefined ? '' : JSON.stringify(list.find((entry) => entry.slice === 'all')?.values ?? {});
        host.setOutput('metrics', all(outcome.details.metrics));
        host.setOutput('baseline-metrics', all(outcome.details.baselineMetrics));
        host.setOutput('failed-metrics', (0,gate_verdict/* failedIds */.GF)(outcome.checks));
        host.logger.info(verdict.headline);
        return { ok: verdict.passed, message: `evaluate-thresholds: ${verdict.headline}` };
    }
};
function headline(checks, details) {
    const rows = `on ${(0,evaluator/* formatCount */.B4)(details.data.rows)} rows`;
    const failed = checks.filter((check) => !check.success);
    const values = details.metrics[0]?.values ?? {};
    const key = details.task === 'classification' ? ['accuracy', 'f1', 'roc_auc'] : ['rmse', 'r2'];
    const shown = key
        .filter((name) => values[name] !== undefined && values[name] !== null)
        .map((name) => `${name} ${(0,evaluator/* formatNumber */.ZV)(values[name])}`)
        .join(', ');
    if (checks.length === 0)
        return `no thresholds configured; ${shown} ${rows}`;
    if (failed.length === 0)
        return `all ${checks.length} thresholds passed ${rows} (${shown})`;
    return `${failed.length} of ${checks.length} thresholds failed ${rows}: ${failed
        .slice(0, 3)
        .map((check) => check.id)
        .join(', ')}${failed.length > 3 ? ', …' : ''}`;
}

;// CONCATENATED MODULE: ./shared/cli/commands/publish-report.ts

// No comment-policy inputs here: the gate's run recorded its own in the bundle, and the root
// action would otherwise apply its defaults over it.
const publishReportInputs = {
    'report-dir': inputs/* input */.hF.text('The downloaded report bundle: a folder with <gate>.bundle.json files (searched three folders deep).', { default: 'mlgate-report' }),
    'github-token': inputs/* input */.hF.secret('Token for check runs and PR comments.')
};
/** publish-report: posts saved report bundles (the fork-safe second half of reporting). */
const publishReport = {
    name: 'publish-report',
    description: 'Post saved report bundles (check run and sticky comment) from a workflow_run workflow: fork-safe reporting.',
    inputs: publishReportInputs,
    outputs: {
        'check-run-id': 'Id of the check run, when one was posted.',
        'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
    },
    async run(inputs, host) {
        // Octokit loads with the command that needs it, not with every CLI run.
        const { publishBundles } = await Promise.all(/* import() */[__webpack_require__.e(108), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 4348));
        const published = await publishBundles({ dir: inputs['report-dir'], token: inputs['github-token'] }, host.env, host.logger);
        const refused = [];
        for (const { file, outcome } of published) {
            if (outcome.checkRun !== undefined)
                host.setOutput('check-run-id', String(outcome.checkRun.id));
            if (outcome.comment?.url !== undefined)
                host.setOutput('comment-url', outcome.comment.url);
            for (const { what, refusal } of outcome.refusals)
                refused.push(`${file}: the ${what} was refused (${refusal.status ?? 'no answer'}: ${refusal.message})`);
        }
        return refused.length === 0
            ? { ok: true, message: '' }
            : {
                ok: false,
                message: `publish-report: ${refused.join('; ')}. The publishing workflow needs \`checks: write\` and \`pull-requests: write\`.`
            };
    }
};

;// CONCATENATED MODULE: ./shared/github/cache.ts
/**
 * GitHub's Actions cache as a run cache (@actions/cache): available when the runner gives actions
 * its cache service. Loaded only then. A cache that cannot be reached is a warning and a miss, never
 * a failed step: the run trains instead.
 */


/** True when this process can reach the Actions cache service. */
function canUseActionsCache(env) {
    return ((env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' &&
        (env.ACTIONS_CACHE_URL ?? env.ACTIONS_RESULTS_URL ?? '') !== '');
}
/** Cache entries are immutable and keyed by the run key, behind this prefix. */
const KEY_PREFIX = 'mlgate-train-';
class ActionsRunCache {
    logger;
    description = 'the Actions cache';
    constructor(logger) {
        this.logger = logger;
    }
    /** @actions/cache keys paths by their spelling: use the workspace-relative one. */
    path(outputDir) {
        return (0,external_node_path_.isAbsolute)(outputDir) ? (0,external_node_path_.relative)(process.cwd(), outputDir) || '.' : outputDir;
    }
    async restore(key, outputDir) {
        try {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(30), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 89956));
            const hit = await cache.restoreCache([this.path(outputDir)], `${KEY_PREFIX}${key}`);
            return hit !== undefined;
        }
        catch (error) {
            this.logger.warning(`mlgate could not read the Actions cache: ${(0,errors/* errorMessage */.gJ)(error)}; training instead.`);
            return false;
        }
    }
    async save(key, outputDir) {
        try {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(30), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 89956));
            await cache.saveCache([this.path(outputDir)], `${KEY_PREFIX}${key}`);
        }
        catch (error) {
            this.logger.warning(`mlgate could not save the run to the Actions cache: ${(0,errors/* errorMessage */.gJ)(error)}.`);
        }
    }
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/report/train-summary.ts


function value(item) {
    if (typeof item === 'number')
        return Number.isInteger(item) ? String(item) : item.toPrecision(6);
    return item === null ? '—' : JSON.stringify(item);
}
/** Metrics as a table: one row per metric, one column per set (train, validation), or flat. */
function metricsTable(metrics) {
    const sets = Object.entries(metrics).filter((entry) => entry[1] !== null && typeof entry[1] === 'object' && !Array.isArray(entry[1]));
    if (sets.length > 0 && sets.length === Object.keys(metrics).length) {
        const names = [...new Set(sets.flatMap(([, set]) => Object.keys(set)))];
        return (0,markdown/* table */.tp)(['metric', ...sets.map(([name]) => name)], names.map((name) => [name, ...sets.map(([, set]) => value(set[name]))]));
    }
    return (0,markdown/* table */.tp)(['metric', 'value'], Object.entries(metrics).map(([name, item]) => [name, value(item)]));
}
function trainSummary(outcome) {
    const { manifest } = outcome;
    const training = manifest.training;
    const program = training.mode === 'trainer'
        ? `built-in ${(0,report_escape/* codeSpan */.SS)(training.trainer ?? '')}`
        : (0,report_escape/* codeSpan */.SS)((training.command ?? []).join(' '));
    const rows = [
        ['trained with', program],
        [
            'data',
            `${(0,report_escape/* codeSpan */.SS)(manifest.data.path)} (${manifest.data.files.length} file${manifest.data.files.length === 1 ? '' : 's'}${training.rows === undefined ? '' : `, ${training.rows.toLocaleString('en-US')} rows`})`
        ],
        ...(training.target === undefined ? [] : [['target', (0,report_escape/* codeSpan */.SS)(training.target)]]),
        [
            'params',
            Object.keys(manifest.params).length === 0 ? 'defaults' : (0,report_escape/* codeSpan */.SS)(JSON.stringify(manifest.params))
        ],
        ['seed', String(manifest.seed)],
        [
            'model',
            `${(0,report_escape/* codeSpan */.SS)(outcome.modelPath)}, ${manifest.model.bytes.toLocaleString('en-US')} bytes, sha256 ${(0,report_escape/* codeSpan */.SS)(manifest.model.sha256.slice(0, 16))}…`
        ],
        [
            'run key',
            `${(0,report_escape/* codeSpan */.SS)(outcome.runKey.slice(0, 16))}… ${outcome.cacheHit ? '(cache hit: outputs reused)' : '(trained)'}`
        ],
        ['training time', `${manifest.timings.trainSeconds} s`]
    ];
    const parts = [`### ${outcome.cacheHit ? '♻️' : '✅'} mlgate / train`, (0,markdown/* rawTable */.PK)(['', ''], rows)];
    if (Object.keys(outcome.metrics).length > 0)
        parts.push(metricsTable(outcome.metrics));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/train/params.ts
/**
 * Training params, resolved in DVC's order: the params file (YAML or JSON; `params.yaml` when it
 * exists and no other file is named), then the config's `train.params`, then the `params` input (a
 * YAML mapping, e.g. from a workflow_dispatch form). Later sources override earlier ones key by key.
 */



const DEFAULT_PARAMS_FILE = 'params.yaml';
function asMapping(value, where) {
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`${where}: expected a mapping of param names to values`);
    return value;
}
async function readParamsFile(file, explicit) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !explicit)
            return {};
        throw new errors/* ConfigurationError */.j1(`${file}: cannot read the params file (${error.code ?? 'error'})`);
    }
    try {
        return asMapping((0,dist/* parse */.qg)(text), file);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`${file}: not YAML or JSON: ${error.message.split('\n')[0]}`);
    }
}
/** The params after every override, keys sorted (so the run key does not depend on their order). */
async function resolveParams(sources) {
    const fromFile = await readParamsFile(sources.file ?? DEFAULT_PARAMS_FILE, sources.file !== undefined);
    let fromInput = {};
    if (sources.input !== undefined) {
        let parsed;
        try {
            parsed = (0,dist/* parse */.qg)(flowMapping(sources.input));
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`input params: not a YAML mapping: ${error.message.split('\n')[0]}`);
        }
        fromInput = asMapping(parsed, 'input params');
    }
    const merged = { ...fromFile, ...sources.config, ...fromInput };
    return Object.fromEntries(Object.keys(merged)
        .sort()
        .map((key) => [key, merged[key]]));
}
/** One line of `key: value` pairs separated by commas reads as a flow mapping (`{key: value, ...}`). */
function flowMapping(text) {
    const line = text.trim();
    return !line.includes('\n') && !line.startsWith('{') && /,\s*[\w-]+\s*:/.test(line) ? `{${line}}` : text;
}

;// CONCATENATED MODULE: ./shared/train/plan.ts




const DEFAULT_OUTPUT_DIR = 'mlgate-model';
function list(text) {
    if (text === undefined)
        return undefined;
    const items = text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    return items.length === 0 ? undefined : items;
}
function isTrainer(name) {
    return TRAINERS.includes(name);
}
async function planTraining(inputs, loaded) {
    const section = loaded.config.train ?? trainSchema.parse({});
    const where = loaded.file ?? 'the config';
    const trainer = inputs.trainer ?? (inputs.command === undefined ? section.trainer : undefined);
    const command = inputs.command ?? (inputs.trainer === undefined ? section.command : undefined);
    if (trainer !== undefined && command !== undefined)
        throw new errors/* ConfigurationError */.j1('train: give a trainer or a command, not both (a built-in trainer needs no command)');
    if (trainer === undefined && command === undefined)
        throw new errors/* ConfigurationError */.j1(`train: nothing to train: set the trainer input (${TRAINERS.join(', ')}) or a command, or train.trainer / train.command in ${where}`);
    if (trainer !== undefined && !isTrainer(trainer))
        throw new errors/* ConfigurationError */.j1(`train: unknown trainer \`${trainer}\`${(0,suggest/* didYouMean */.au)(trainer, TRAINERS)} (trainers: ${TRAINERS.join(', ')})`);
    const data = inputs.data ?? section.data;
    if (data === undefined)
        throw new errors/* ConfigurationError */.j1(`train: no training data: set the data input or train.data in ${where}`);
    const target = inputs.target ?? section.target;
    const features = list(inputs.features) ?? section.features;
    const task = inputs.task === 'auto' ? section.task : inputs.task;
    const validation = inputs.validation ?? section.validation;
    const params = await resolveParams({
        ...(inputs['params-file'] !== undefined
            ? { file: inputs['params-file'] }
            : section['params-file'] !== undefined
                ? { file: section['params-file'] }
                : {}),
        ...(section.params === undefined ? {} : { config: section.params }),
        ...(inputs.params === undefined ? {} : { input: inputs.params })
    });
    const code = list(inputs.code) ?? section.code;
    return {
        program: trainer !== undefined
            ? { mode: 'trainer', trainer }
            : {
                mode: 'command',
                command: {
                    command: command,
                    shell: inputs.shell || section.shell,
                    timeout: inputs.timeout ?? section.timeout
                }
            },
        data,
        ...(validation === undefined ? {} : { validation }),
        ...(target === undefined ? {} : { target }),
        ...(features === undefined ? {} : { features }),
        ...(task === undefined ? {} : { task }),
        params,
        seed: inputs.seed ?? section.seed ?? 0,
        outputDir: inputs['output-dir'] ?? section['output-dir'] ?? DEFAULT_OUTPUT_DIR,
        ...(code === undefined ? {} : { code }),
        verifyReproducible: inputs['verify-reproducible']
    };
}

;// CONCATENATED MODULE: ./shared/train/run-cache.ts
/**
 * Where finished runs are kept, by run key: GitHub's Actions cache (@actions/cache, through
 * shared/github) when the runner offers it, else a local directory (CLI runs, other CI). A hit
 * restores the whole output directory.
 */


async function run_cache_exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** One directory per run key under `root`; saved atomically (copy, then rename). */
class LocalRunCache {
    root;
    description;
    constructor(root) {
        this.root = root;
        this.description = `local cache ${root}`;
    }
    async restore(key, outputDir) {
        const entry = (0,external_node_path_.join)(this.root, key);
        if (!(await run_cache_exists(entry)))
            return false;
        await (0,promises_.rm)(outputDir, { recursive: true, force: true });
        await (0,promises_.cp)(entry, outputDir, { recursive: true });
        return true;
    }
    async save(key, outputDir) {
        const entry = (0,external_node_path_.join)(this.root, key);
        if (await run_cache_exists(entry))
            return;
        await (0,promises_.mkdir)(this.root, { recursive: true });
        const staging = `${entry}.${process.pid}.tmp`;
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.cp)(outputDir, staging, { recursive: true });
        try {
            await (0,promises_.rename)(staging, entry);
        }
        catch (error) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            // Another run saved the same key first: same inputs, same outputs.
            if (!(await run_cache_exists(entry)))
                throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./shared/train/command.ts
/**
 * Command mode: runs the user's training program (any language) with the run's inputs in its
 * environment, streams its output into the log as it comes, and stops it at the timeout. A string
 * command is split into words as a shell would (quotes, backslashes) but runs without one, unless
 * the user asks for a shell: no accidental globbing, variable expansion or injection.
 */


/** Splits a command line into words: whitespace separates, '…' and "…" quote, \ escapes. */
function splitWords(line) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
            else
                word += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
            else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]))
                word += line[++i];
            else
                word += c;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote !== null)
        throw new errors/* ConfigurationError */.j1(`command: unterminated ${quote} quote in ${line}`);
    if (inWord)
        words.push(word);
    return words;
}
/** The argv to spawn. */
function commandArgv(spec) {
    if (spec.shell) {
        const line = typeof spec.command === 'string' ? spec.command : spec.command.join(' ');
        return ['/bin/sh', '-c', line];
    }
    const argv = typeof spec.command === 'string' ? splitWords(spec.command) : [...spec.command];
    if (argv.length === 0 || argv[0] === '')
        throw new errors/* ConfigurationError */.j1('command: empty command');
    return argv;
}
/** Seconds between SIGTERM at the timeout and SIGKILL. */
const KILL_GRACE_MS = 5000;
/**
 * Runs the command to completion. TrainingError when it cannot start, exits non-zero, is killed by
 * a signal or runs past the timeout (the whole process group is stopped).
 */
async function runCommand(spec, env, logger) {
    const argv = commandArgv(spec);
    const shown = argv.join(' ');
    const started = Date.now();
    return logger.group(`Training: ${shown}`, () => {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
                env: { ...process.env, ...env },
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: true
            });
            let timedOut = false;
            const stopGroup = (signal) => {
                try {
                    if (child.pid !== undefined)
                        process.kill(-child.pid, signal);
                }
                catch {
                    // The group is already gone.
                }
            };
            const timer = setTimeout(() => {
                timedOut = true;
                stopGroup('SIGTERM');
                setTimeout(() => {
                    stopGroup('SIGKILL');
                }, KILL_GRACE_MS).unref();
            }, Math.round(spec.timeout * 60_000));
            for (const stream of [child.stdout, child.stderr]) {
                let pending = '';
                stream.setEncoding('utf8');
                stream.on('data', (chunk) => {
                    pending += chunk;
                    const lines = pending.split('\n');
                    pending = lines.pop() ?? '';
                    for (const line of lines)
                        logger.info(line.replace(/\r$/, ''));
                });
                stream.on('end', () => {
                    if (pending !== '')
                        logger.info(pending);
                    pending = '';
                });
            }
            child.on('error', (error) => {
                clearTimeout(timer);
                reject(new errors/* TrainingError */.pz(error.code === 'ENOENT'
                    ? `command: ${argv[0]} not found (is it installed and on PATH?)`
                    : `command: cannot start ${argv[0]}: ${error.message}`));
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                const seconds = (Date.now() - started) / 1000;
                if (timedOut)
                    reject(new errors/* TrainingError */.pz(`command: ${shown} ran past the timeout of ${spec.timeout} minute${spec.timeout === 1 ? '' : 's'} and was stopped`));
                else if (signal !== null)
                    reject(new errors/* TrainingError */.pz(`command: ${shown} was killed by ${signal}`));
                else if (code !== 0)
                    reject(new errors/* TrainingError */.pz(`command: ${shown} failed with exit code ${code}`));
                else
                    resolve({ seconds });
            });
        });
    });
}

;// CONCATENATED MODULE: ./shared/model/onnx-writer.ts
/**
 * Writes an ONNX ModelProto from a plain description of its graph: the encoder behind exported
 * models. Only what mlgate's exporter emits is covered (tensor inputs and outputs, float, int64 and
 * string initializers, scalar and list attributes), field numbers from onnx/onnx.proto.
 *
 * Deterministic: fields are written in one fixed order, metadata sorted by key, and nothing depends
 * on time or the host (floats little-endian), so the same description always gives the same bytes.
 * Repeated numbers are written packed, which every protobuf parser accepts for proto2 fields too
 * (https://protobuf.dev/programming-guides/encoding/#packed).
 */


const DATA_TYPE = { float: 1, int64: 7, string: 8 };
const onnx_writer_NodeField = { Input: 1, Output: 2, Name: 3, OpType: 4, Attribute: 5, Domain: 7 };
const GraphName = 2;
const onnx_writer_AttributeField = { Name: 1, F: 2, I: 3, S: 4, Floats: 7, Ints: 8, Strings: 9, Type: 20 };
/** AttributeProto.AttributeType codes. */
const ATTRIBUTE_TYPE = {
    float: 1,
    int: 2,
    string: 3,
    floats: 6,
    ints: 7,
    strings: 8
};
const TensorField = { Dims: 1, DataType: 2, FloatData: 4, StringData: 6, Int64Data: 7, Name: 8 };
const ShapeDim = 1;
const DimField = { Value: 1, Param: 2 };
const OpsetField = { Domain: 1, Version: 2 };
const EntryField = { Key: 1, Value: 2 };
/** The ModelProto's bytes. */
function encodeModel(model) {
    const keys = Object.keys(model.metadata).sort(compareCodeUnits);
    return concat([
        varintField(ModelField.IrVersion, model.irVersion),
        bytesField(ModelField.ProducerName, model.producerName),
        bytesField(ModelField.Graph, encodeGraph(model.graph)),
        ...model.opsets.map((opset) => bytesField(ModelField.OpsetImport, concat([bytesField(OpsetField.Domain, opset.domain), varintField(OpsetField.Version, opset.version)]))),
        ...keys.map((key) => bytesField(ModelField.MetadataProps, concat([bytesField(EntryField.Key, key), bytesField(EntryField.Value, model.metadata[key])])))
    ]);
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function encodeGraph(graph) {
    return concat([
        ...graph.nodes.map((node) => bytesField(GraphField.Node, encodeNode(node))),
        bytesField(GraphName, graph.name),
        ...graph.initializers.map((tensor) => bytesField(GraphField.Initializer, encodeTensor(tensor))),
        ...graph.inputs.map((value) => bytesField(GraphField.Input, encodeValueInfo(value))),
        ...graph.outputs.map((value) => bytesField(GraphField.Output, encodeValueInfo(value))),
        ...graph.valueInfo.map((value) => bytesField(GraphField.ValueInfo, encodeValueInfo(value)))
    ]);
}
function encodeNode(node) {
    return concat([
        ...node.inputs.map((input) => bytesField(onnx_writer_NodeField.Input, input)),
        ...node.outputs.map((output) => bytesField(onnx_writer_NodeField.Output, output)),
        bytesField(onnx_writer_NodeField.Name, node.name),
        bytesField(onnx_writer_NodeField.OpType, node.opType),
        ...(node.attributes ?? []).map((attribute) => bytesField(onnx_writer_NodeField.Attribute, encodeAttribute(attribute))),
        ...(node.domain === undefined || node.domain === '' ? [] : [bytesField(onnx_writer_NodeField.Domain, node.domain)])
    ]);
}
function encodeAttribute(attribute) {
    let value;
    switch (attribute.type) {
        case 'float':
            value = floatField(onnx_writer_AttributeField.F, attribute.value);
            break;
        case 'int':
            value = varintField(onnx_writer_AttributeField.I, attribute.value);
            break;
        case 'string':
            value = bytesField(onnx_writer_AttributeField.S, attribute.value);
            break;
        case 'floats':
            value = packedFloatsField(onnx_writer_AttributeField.Floats, attribute.value);
            break;
        case 'ints':
            value = packedVarintsField(onnx_writer_AttributeField.Ints, attribute.value);
            break;
        case 'strings':
            value = concat(attribute.value.map((item) => bytesField(onnx_writer_AttributeField.Strings, item)));
            break;
    }
    return concat([
        bytesField(onnx_writer_AttributeField.Name, attribute.name),
        value,
        varintField(onnx_writer_AttributeField.Type, ATTRIBUTE_TYPE[attribute.type])
    ]);
}
function encodeTensor(tensor) {
    let data;
    switch (tensor.element) {
        case 'float':
            data = packedFloatsField(TensorField.FloatData, tensor.values);
            break;
        case 'int64':
            data = packedVarintsField(TensorField.Int64Data, tensor.values);
            break;
        case 'string':
            data = concat(tensor.values.map((item) => bytesField(TensorField.StringData, item)));
            break;
    }
    return concat([
        ...tensor.dims.map((dim) => varintField(TensorField.Dims, dim)),
        varintField(TensorField.DataType, DATA_TYPE[tensor.element]),
        data,
        bytesField(TensorField.Name, tensor.name)
    ]);
}
function encodeValueInfo(value) {
    const dims = value.shape.map((dim) => bytesField(ShapeDim, typeof dim === 'number' ? varintField(DimField.Value, dim) : bytesField(DimField.Param, dim)));
    const tensorType = concat([
        varintField(TensorTypeField.ElemType, DATA_TYPE[value.element]),
        bytesField(TensorTypeField.Shape, concat(dims))
    ]);
    return concat([
        bytesField(ValueInfoField.Name, value.name),
        bytesField(ValueInfoField.Type, bytesField(TypeField.Tensor, tensorType))
    ]);
}

;// CONCATENATED MODULE: ./shared/train/export.ts
/**
 * Writes a TrainedModel as an ONNX graph that mlgate (and any onnxruntime) scores from raw table
 * columns: one [N,1] input per column, named like it (mlgate's `columns` input mode, the shape
 * skl2onnx gives a ColumnTransformer), the preprocessing, the predictor and the head, with the
 * outputs evaluate-thresholds reads (`label` + `probabilities`, or `variable`).
 *
 * The graph computes what `design.ts` and `predict.ts` compute, in float32: Imputer, Sub and Div for
 * numbers and OneHotEncoder (zeros=1: unknown and missing strings are all 0, as scikit-learn's
 * `handle_unknown='ignore'`) for strings, concatenated into X [N,P]; MatMul + Add or a
 * TreeEnsembleRegressor for raw scores; Sigmoid or Softmax, ArgMax and Gather for labels.
 * Opsets ai.onnx 17 and ai.onnx.ml 3 at IR version 8, which onnx 1.12's checker accepts.
 */


const IR_VERSION = 8;
const OPSETS = [
    { domain: '', version: 17 },
    { domain: 'ai.onnx.ml', version: 3 }
];
const ML = 'ai.onnx.ml';
/** The symbolic batch dimension. */
const N = 'N';
/**
 * The ONNX bytes of `model`, whose feature columns have the raw types `columnTypes`. Deterministic:
 * the same model gives the same bytes. Metadata: the model's entries plus `features` (the input
 * columns in order, JSON) and, for classifiers, `classes` (the labels as strings, JSON); these two
 * replace model entries of the same name.
 */
function exportOnnx(model, columnTypes) {
    const { features, predictor, head } = model;
    const outputs = outputValues(head);
    const inputs = inputValues(features, columnTypes, outputs);
    checkShapes(features, predictor, head);
    const graph = new GraphBuilder(inputs.map((input) => input.name), outputs.map((output) => output.name));
    const pieces = features.flatMap((transform) => featurePiece(graph, transform));
    const x = graph.node('Concat', pieces, graph.fresh('features'), [{ name: 'axis', type: 'int', value: 1 }]);
    const raw = head.kind === 'identity' ? 'variable' : graph.fresh('scores');
    if (predictor.kind === 'linear')
        linear(graph, predictor, x, raw);
    else
        trees(graph, predictor, x, raw);
    if (head.kind !== 'identity')
        classify(graph, head, raw);
    const metadata = {
        ...model.metadata,
        features: JSON.stringify(inputs.map((input) => input.name))
    };
    if (head.kind !== 'identity')
        metadata.classes = JSON.stringify(head.classes.map(String));
    return encodeModel({
        irVersion: IR_VERSION,
        producerName: 'mlgate',
        opsets: OPSETS,
        graph: {
            name: 'mlgate',
            nodes: graph.nodes,
            initializers: graph.initializers,
            inputs,
            outputs,
            valueInfo: graph.valueInfo
        },
        metadata
    });
}
function outputValues(head) {
    if (head.kind === 'identity')
        return [{ name: 'variable', element: 'float', shape: [N, 1] }];
    return [
        { name: 'label', element: integerClasses(head.classes) ? 'int64' : 'string', shape: [N] },
        { name: 'probabilities', element: 'float', shape: [N, head.classes.length] }
    ];
}
/** int64 labels when every class is an integer number (as scikit-learn's int targets), else strings. */
function integerClasses(classes) {
    return classes.every((label) => typeof label === 'number' && Number.isSafeInteger(label));
}
/** One input per column, in first-use order, checked against the column's raw type. */
function inputValues(features, columnTypes, outputs) {
    if (features.length === 0)
        throw new Error('exportOnnx: the model has no feature transforms');
    const inputs = new Map();
    for (const transform of features) {
        const kind = columnTypes.get(transform.column);
        if (kind === undefined)
            throw new Error(`exportOnnx: no column type for ${transform.column}`);
        const wanted = transform.kind === 'numeric' ? 'number' : 'string';
        if (kind !== wanted)
            throw new Error(`exportOnnx: column ${transform.column} holds ${kind}s but its ${transform.kind} transform takes ${wanted}s`);
        if (transform.kind === 'one-hot')
            checkCategories(transform.column, transform.categories);
        if (outputs.some((output) => output.name === transform.column))
            throw new errors/* ConfigurationError */.j1(`feature column \`${transform.column}\` has the name of the exported model's output \`${transform.column}\`: rename the column or leave it out of features`);
        if (!inputs.has(transform.column))
            inputs.set(transform.column, {
                name: transform.column,
                element: kind === 'number' ? 'float' : 'string',
                shape: [N, 1]
            });
    }
    return [...inputs.values()];
}
/**
 * mlgate feeds '' for a missing string cell, which must encode as all zeros like the null the
 * design matrix sees; repeated categories would make OneHotEncoder's columns ambiguous.
 */
function checkCategories(column, categories) {
    if (categories.includes(''))
        throw new Error(`exportOnnx: column ${column} has the empty string as a category`);
    if (new Set(categories).size !== categories.length)
        throw new Error(`exportOnnx: column ${column} repeats a category`);
}
/** The predictor reads every design column and the head fits its outputs. */
function checkShapes(features, predictor, head) {
    let cols = 0;
    for (const transform of features)
        cols += transform.kind === 'numeric' ? 1 : transform.categories.length;
    if (cols === 0)
        throw new Error('exportOnnx: the transforms make no design-matrix columns');
    if (cols !== predictor.features)
        throw new Error(`exportOnnx: the transforms make ${cols} columns but the predictor takes ${predictor.features}`);
    const wanted = head.kind === 'softmax' ? head.classes.length : 1;
    if (predictor.outputs !== wanted)
        throw new Error(`exportOnnx: a ${head.kind} head needs ${wanted} raw outputs, the predictor has ${predictor.outputs}`);
    if (head.kind === 'sigmoid' && head.classes.length !== 2)
        throw new Error(`exportOnnx: a sigmoid head has 2 classes, not ${head.classes.length}`);
    if (head.kind === 'softmax' && head.classes.length < 2)
        throw new Error('exportOnnx: a softmax head needs at least 2 classes');
    if (predictor.kind === 'trees' && predictor.trees.length === 0)
        throw new Error('exportOnnx: a tree ensemble needs at least one tree');
}
/** The design-matrix block of one transform: the tensor name, or none for a one-hot of no categories. */
function featurePiece(graph, transform) {
    const column = transform.column;
    if (transform.kind === 'one-hot') {
        const width = transform.categories.length;
        if (width === 0)
            return [];
        // OneHotEncoder appends the category axis: [N,1] → [N,1,K], reshaped to [N,K].
        const encoded = graph.mlNode('OneHotEncoder', column, graph.fresh(`${column}_onehot`), [
            { name: 'cats_strings', type: 'strings', value: transform.categories },
            { name: 'zeros', type: 'int', value: 1 }
        ], [N, 1, width]);
        const shape = graph.constant(`${column}_shape`, { element: 'int64', dims: [2], values: [-1, width] });
        return [graph.node('Reshape', [encoded, shape], graph.fresh(`${column}_encoded`))];
    }
    let value = column;
    if (transform.impute !== null)
        value = graph.mlNode('Imputer', value, graph.fresh(`${column}_imputed`), [
            { name: 'imputed_value_floats', type: 'floats', value: [transform.impute] },
            { name: 'replaced_value_float', type: 'float', value: Number.NaN }
        ], [N, 1]);
    if (transform.center !== 0) {
        const center = graph.constant(`${column}_center`, {
            element: 'float',
            dims: [1],
            values: [transform.center]
        });
        value = graph.node('Sub', [value, center], graph.fresh(`${column}_centered`));
    }
    if (transform.scale !== 1) {
        const scale = graph.constant(`${column}_scale`, {
            element: 'float',
            dims: [1],
            values: [transform.scale]
        });
        value = graph.node('Div', [value, scale], graph.fresh(`${column}_scaled`));
    }
    return [value];
}
/** raw = X · Wᵀ + b. */
function linear(graph, predictor, x, raw) {
    const { outputs, features, coefficients, intercepts } = predictor;
    const transposed = new Float64Array(features * outputs);
    for (let output = 0; output < outputs; output++)
        for (let feature = 0; feature < features; feature++)
            transposed[feature * outputs + output] = coefficients[output * features + feature];
    const weights = graph.constant('coefficients', {
        element: 'float',
        dims: [features, outputs],
        values: transposed
    });
    const bias = graph.constant('intercepts', { element: 'float', dims: [outputs], values: intercepts });
    const product = graph.node('MatMul', [x, weights], graph.fresh('product'));
    graph.node('Add', [product, bias], raw);
}
/**
 * raw = base + the leaf values reached, one TreeEnsembleRegressor target per output. A split sends
 * a row to its true (left) branch when x <= threshold, or when x is NaN and the node's missing
 * values track true, which is `missingLeft`.
 */
function trees(graph, predictor, x, raw) {
    const numbers = () => [];
    const nodes = {
        treeIds: numbers(),
        nodeIds: numbers(),
        featureIds: numbers(),
        modes: [],
        values: numbers()
    };
    const branches = { trueIds: numbers(), falseIds: numbers(), missingTrue: numbers() };
    const leaves = { treeIds: numbers(), nodeIds: numbers(), outputs: numbers(), weights: numbers() };
    predictor.trees.forEach(({ output, tree }, treeId) => {
        for (let id = 0; id < tree.feature.length; id++) {
            const leaf = tree.feature[id] < 0;
            nodes.treeIds.push(treeId);
            nodes.nodeIds.push(id);
            nodes.featureIds.push(leaf ? 0 : tree.feature[id]);
            nodes.modes.push(leaf ? 'LEAF' : 'BRANCH_LEQ');
            nodes.values.push(leaf ? 0 : tree.threshold[id]);
            branches.trueIds.push(leaf ? 0 : tree.left[id]);
            branches.falseIds.push(leaf ? 0 : tree.right[id]);
            branches.missingTrue.push(leaf ? 0 : tree.missingLeft[id]);
            if (leaf) {
                leaves.treeIds.push(treeId);
                leaves.nodeIds.push(id);
                leaves.outputs.push(output);
                leaves.weights.push(tree.value[id]);
            }
        }
    });
    const attributes = [
        { name: 'aggregate_function', type: 'string', value: 'SUM' },
        { name: 'base_values', type: 'floats', value: predictor.base },
        { name: 'n_targets', type: 'int', value: predictor.outputs },
        { name: 'nodes_falsenodeids', type: 'ints', value: branches.falseIds },
        { name: 'nodes_featureids', type: 'ints', value: nodes.featureIds },
        { name: 'nodes_missing_value_tracks_true', type: 'ints', value: branches.missingTrue },
        { name: 'nodes_modes', type: 'strings', value: nodes.modes },
        { name: 'nodes_nodeids', type: 'ints', value: nodes.nodeIds },
        { name: 'nodes_treeids', type: 'ints', value: nodes.treeIds },
        { name: 'nodes_truenodeids', type: 'ints', value: branches.trueIds },
        { name: 'nodes_values', type: 'floats', value: nodes.values },
        { name: 'post_transform', type: 'string', value: 'NONE' },
        { name: 'target_ids', type: 'ints', value: leaves.outputs },
        { name: 'target_nodeids', type: 'ints', value: leaves.nodeIds },
        { name: 'target_treeids', type: 'ints', value: leaves.treeIds },
        { name: 'target_weights', type: 'floats', value: leaves.weights }
    ];
    graph.mlNode('TreeEnsembleRegressor', x, raw, attributes, [N, predictor.outputs]);
}
/** probabilities = [1 - σ(raw), σ(raw)] or softmax(raw); label = classes[argmax(probabilities)]. */
function classify(graph, head, raw) {
    if (head.kind === 'sigmoid') {
        const positive = graph.node('Sigmoid', [raw], graph.fresh('positive'));
        const one = graph.constant('one', { element: 'float', dims: [1], values: [1] });
        const negative = graph.node('Sub', [one, positive], graph.fresh('negative'));
        graph.node('Concat', [negative, positive], 'probabilities', [{ name: 'axis', type: 'int', value: 1 }]);
    }
    else {
        graph.node('Softmax', [raw], 'probabilities', [{ name: 'axis', type: 'int', value: 1 }]);
    }
    // ArgMax keeps the first of equal maxima (select_last_index defaults to 0).
    const index = graph.node('ArgMax', ['probabilities'], graph.fresh('label_index'), [
        { name: 'axis', type: 'int', value: 1 },
        { name: 'keepdims', type: 'int', value: 0 }
    ]);
    const classes = integerClasses(head.classes)
        ? graph.constant('classes', {
            element: 'int64',
            dims: [head.classes.length],
            values: head.classes.map(Number)
        })
        : graph.constant('classes', {
            element: 'string',
            dims: [head.classes.length],
            values: head.classes.map(String)
        });
    graph.node('Gather', [classes, index], 'label', [{ name: 'axis', type: 'int', value: 0 }]);
}
/**
 * Collects nodes and initializers under unique tensor names. Graph inputs are column names, so an
 * internal tensor takes its base name only when no input, output or earlier tensor has it, else the
 * first free `base_1`, `base_2`, ... Each node is named after its output.
 */
class GraphBuilder {
    nodes = [];
    initializers = [];
    valueInfo = [];
    used;
    outputs;
    constructor(inputs, outputs) {
        this.used = new Set([...inputs, ...outputs]);
        this.outputs = new Set(outputs);
    }
    /** A name no other tensor has. */
    fresh(base) {
        let name = base;
        for (let suffix = 1; this.used.has(name); suffix++)
            name = `${base}_${suffix}`;
        this.used.add(name);
        return name;
    }
    /** Adds a node writing `output` (a graph output's name or one from `fresh`); returns `output`. */
    node(opType, inputs, output, attributes = [], domain = '') {
        this.nodes.push({ opType, domain, name: output, inputs, outputs: [output], attributes });
        return output;
    }
    /**
     * Adds an ai.onnx.ml node with one float output of `shape`. onnx 1.12 has no type inference for
     * Imputer or OneHotEncoder, and its checker's strict shape inference stops at an untyped tensor,
     * so the output's type is declared in value_info (unless it is a graph output, typed already).
     */
    mlNode(opType, input, output, attributes, shape) {
        if (!this.outputs.has(output))
            this.valueInfo.push({ name: output, element: 'float', shape });
        return this.node(opType, [input], output, attributes, ML);
    }
    /** Adds an initializer under a fresh name derived from `base`; returns the name. */
    constant(base, data) {
        const name = this.fresh(base);
        this.initializers.push({ ...data, name });
        return name;
    }
}

;// CONCATENATED MODULE: ./shared/train/manifest.ts
/**
 * The lineage manifest written beside every trained model as `mlgate-manifest.json`: where the
 * model came from (commit, run, data fingerprints, params, seed, code, environment), what it is
 * (its ONNX signature, sha256 and size) and how it did (training metrics, timings). The registry
 * stores it as the model version's lineage. The zod schema below is the contract; the JSON Schema
 * generated from it is committed as `mlgate-manifest.schema.json`.
 */

const MANIFEST_FILE = 'mlgate-manifest.json';
const MANIFEST_SCHEMA = 'mlgate-manifest/1';
const file = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP(),
    bytes: schemas/* number */.aig().int().min(0),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/)
});
const tensor = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    type: schemas/* string */.YjP().describe('e.g. tensor(float)[N,1], as mlgate describes ONNX values')
});
const manifestSchema = schemas/* strictObject */.rej({
    schema: schemas/* literal */.euz(MANIFEST_SCHEMA),
    runKey: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .describe('sha256 of every input of the run (the cache key).'),
    source: schemas/* strictObject */.rej({
        commit: schemas/* string */.YjP().optional(),
        ref: schemas/* string */.YjP().optional(),
        repository: schemas/* string */.YjP().optional(),
        event: schemas/* string */.YjP().optional(),
        actor: schemas/* string */.YjP().optional(),
        runId: schemas/* string */.YjP().optional(),
        runUrl: schemas/* string */.YjP().optional()
    })
        .describe('The GitHub Actions run that trained the model (empty outside Actions).'),
    training: schemas/* strictObject */.rej({
        mode: schemas/* enum */.k5n(['trainer', 'command']),
        trainer: schemas/* string */.YjP().optional().describe('The built-in trainer.'),
        trainerVersion: schemas/* string */.YjP().optional(),
        command: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('The argv that ran.'),
        task: schemas/* enum */.k5n(['classification', 'regression']).optional(),
        target: schemas/* string */.YjP().optional(),
        features: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        classes: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        rows: schemas/* number */.aig().int().min(0).optional()
    }),
    data: schemas/* strictObject */.rej({ path: schemas/* string */.YjP(), files: schemas/* array */.YOg(file) }),
    validation: schemas/* strictObject */.rej({ path: schemas/* string */.YjP(), files: schemas/* array */.YOg(file) }).optional(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    seed: schemas/* number */.aig().int(),
    code: schemas/* array */.YOg(file)
        .describe('The code files in the run key (script, lockfiles or the configured globs).'),
    environment: schemas/* strictObject */.rej({
        os: schemas/* string */.YjP(),
        arch: schemas/* string */.YjP(),
        node: schemas/* string */.YjP(),
        mlgate: schemas/* string */.YjP(),
        onnxruntime: schemas/* string */.YjP(),
        lockfiles: schemas/* array */.YOg(file).describe('The lockfiles in the working directory.')
    }),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    model: schemas/* strictObject */.rej({
        file: schemas/* string */.YjP(),
        bytes: schemas/* number */.aig().int().min(0),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        inputs: schemas/* array */.YOg(tensor),
        outputs: schemas/* array */.YOg(tensor)
    }),
    timings: schemas/* strictObject */.rej({
        startedAt: schemas/* string */.YjP().describe('ISO 8601.'),
        trainSeconds: schemas/* number */.aig().min(0),
        totalSeconds: schemas/* number */.aig().min(0)
    })
})
    .describe('mlgate-manifest.json: the lineage of a trained model.');

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./shared/data/fingerprint.ts
var fingerprint = __webpack_require__(60491);
;// CONCATENATED MODULE: ./shared/train/run-key.ts
/**
 * The run key (DVC's run-cache idea): sha256 of everything that determines a training run's
 * outputs. Equal keys mean the outputs of the earlier run can be reused; a changed byte in any
 * input (code, data, params, seed, trainer) gives a different key.
 */







/** Lockfiles of the common ecosystems: in the key by default (they pin the program's libraries). */
const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'requirements.txt',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'pdm.lock',
    'environment.yml',
    'conda-lock.yml',
    'renv.lock',
    'Gemfile.lock',
    'Cargo.lock',
    'go.sum'
];
/** A value as JSON with object keys sorted at every level. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** sha256 (hex) of the canonical JSON of the inputs, files by path. */
function runKey(inputs) {
    const files = (list) => [...list]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(({ path, sha256 }) => ({ path, sha256 }));
    return (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson({
        ...inputs,
        code: files(inputs.code),
        data: files(inputs.data),
        validation: files(inputs.validation),
        version: 'mlgate-run-key/1'
    }))
        .digest('hex');
}
/** sha256 of every file of a data set (a path or glob). */
async function fingerprintData(pattern) {
    const files = await (0,data_files/* expandPattern */.nh)(pattern);
    return Promise.all(files.map((file) => (0,fingerprint/* hashFile */.D)(file)));
}
/**
 * The code files in the key: the configured globs, else the command's words that name files in the
 * project (e.g. `train.py` in `python train.py`) and the lockfiles present. A configured glob that matches
 * nothing is an error (a typo would silently leave the code out of the key).
 */
async function fingerprintCode(globs, argv) {
    let files;
    if (globs !== undefined) {
        files = [];
        for (const pattern of globs) {
            const matched = await (0,tinyglobby_dist/* glob */.TI)(pattern, { onlyFiles: true, dot: true, expandDirectories: false });
            if (matched.length === 0)
                throw new errors/* ConfigurationError */.j1(`code: the glob \`${pattern}\` matches no file`);
            files.push(...matched);
        }
    }
    else {
        // Words that name files of the project (not the interpreter in /usr/bin, not an option).
        const inProject = (word) => !word.startsWith('-') && !(0,external_node_path_.isAbsolute)(word) && !(0,external_node_path_.normalize)(word).startsWith('..');
        files = await existingFiles([...argv.filter(inProject), ...LOCKFILES]);
    }
    const unique = [...new Set(files)].sort();
    return Promise.all(unique.map((file) => (0,fingerprint/* hashFile */.D)(file)));
}
/** The lockfiles in the working directory, hashed (the manifest's environment records them). */
async function fingerprintLockfiles() {
    return Promise.all((await existingFiles(LOCKFILES)).map((file) => (0,fingerprint/* hashFile */.D)(file)));
}
async function existingFiles(candidates) {
    const found = [];
    for (const candidate of candidates) {
        const isFile = await (0,promises_.stat)(candidate).then((info) => info.isFile(), () => false);
        if (isFile)
            found.push(candidate);
    }
    return found;
}

;// CONCATENATED MODULE: ./shared/train/table.ts
/**
 * A training table: the feature and target columns of a data set, read once through the data layer
 * into whole-column arrays (training needs every row in memory; 8 bytes per numeric cell).
 */



/** Reads `pattern` into a TrainingTable. ConfigurationError for unknown columns; DataError for bad data. */
async function loadTable(pattern, options) {
    const first = await readTable(pattern, options, options.types);
    if (first.table !== undefined)
        return first.table;
    // A column that turned from numbers into text part-way through: read again with the resolved types.
    return (await readTable(pattern, options, { ...first.types, ...options.types })).table;
}
class ColumnBuilder {
    name;
    numbers = new Float64Array(1 << 16);
    strings = [];
    size = 0;
    type;
    constructor(name) {
        this.name = name;
    }
    /** False when the column's type changed from numbers to strings (the caller re-reads). */
    append(batch, index) {
        const column = batch.columns[index];
        const n = batch.rowCount;
        if (column.type === 'string') {
            if (this.type !== undefined && this.type !== 'string')
                return false;
            this.type = 'string';
            const { values, missing } = column;
            for (let row = 0; row < n; row++)
                this.strings.push(missing[row] === 0 ? values[row] : null);
            this.size += n;
            return true;
        }
        if (this.type === 'string')
            return false;
        this.type = column.type;
        if (this.size + n > this.numbers.length) {
            let capacity = this.numbers.length * 2;
            while (capacity < this.size + n)
                capacity *= 2;
            const grown = new Float64Array(capacity);
            grown.set(this.numbers.subarray(0, this.size));
            this.numbers = grown;
        }
        this.numbers.set(column.values.subarray(0, n), this.size);
        this.size += n;
        return true;
    }
    finish() {
        if (this.type === 'string')
            return { name: this.name, type: 'string', values: this.strings };
        if (this.type === 'datetime')
            throw new errors/* ConfigurationError */.j1(`column ${this.name} holds datetimes: built-in trainers take int, float, bool and string columns (derive a number from it, or leave it out of features)`);
        return {
            name: this.name,
            type: this.type ?? 'float',
            values: this.numbers.slice(0, this.size)
        };
    }
}
async function readTable(pattern, options, types) {
    // The run key hashes the files before training; no second hash while reading.
    const dataset = await (0,data_dataset/* openDataset */.J)(pattern, {
        fingerprint: false,
        ...(types === undefined ? {} : { types }),
        ...(options.nullTokens === undefined ? {} : { nullTokens: options.nullTokens })
    });
    let builders;
    let indices = [];
    let rows = 0;
    let consistent = true;
    for await (const batch of dataset.batches()) {
        if (builders === undefined) {
            const names = batch.columns.map((column) => column.name);
            const wanted = wantedColumns(names, batch, options, pattern);
            indices = wanted.map((name) => names.indexOf(name));
            builders = wanted.map((name) => new ColumnBuilder(name));
        }
        // After a type change, the pass goes on only to resolve every column's type.
        if (consistent)
            for (let i = 0; i < builders.length; i++)
                if (!builders[i].append(batch, indices[i]))
                    consistent = false;
        rows += batch.rowCount;
    }
    if (!consistent) {
        const resolved = {};
        for (const column of dataset.schema())
            resolved[column.name] = column.type;
        return { types: resolved };
    }
    if (builders === undefined || rows === 0)
        throw new errors/* DataError */.fL(`${pattern}: no rows to train on`);
    const columns = builders.map((builder) => builder.finish());
    return {
        types: {},
        table: {
            rows,
            features: columns.slice(0, -1),
            target: columns[columns.length - 1]
        }
    };
}
/** The feature columns then the target, checked against the header. */
function wantedColumns(names, batch, options, pattern) {
    const missing = (name, role) => new errors/* ConfigurationError */.j1(`${role} column \`${name}\` is not in ${pattern}${(0,suggest/* didYouMean */.au)(name, names)} (columns: ${names.join(', ')})`);
    if (!names.includes(options.target))
        throw missing(options.target, 'target');
    let features;
    if (options.features !== undefined && options.features.length > 0) {
        for (const name of options.features)
            if (!names.includes(name))
                throw missing(name, 'feature');
        if (options.features.includes(options.target))
            throw new errors/* ConfigurationError */.j1(`the target column \`${options.target}\` cannot also be a feature`);
        features = options.features;
    }
    else {
        features = batch.columns
            .filter((column) => column.name !== options.target && column.type !== 'datetime')
            .map((column) => column.name);
        if (features.length === 0)
            throw new errors/* ConfigurationError */.j1(`${pattern} has no feature columns besides the target \`${options.target}\``);
    }
    return [...features, options.target];
}

;// CONCATENATED MODULE: ./shared/train/preprocess.ts
/** Categories of a string column, sorted as scikit-learn's OneHotEncoder sorts them (code-unit order). */
function categoriesOf(values) {
    const seen = new Set();
    for (const value of values)
        if (value !== null)
            seen.add(value);
    return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Mean and population standard deviation of the non-missing values (float32-rounded, as the graph
 * sees them); a constant or empty column scales by 1, as StandardScaler does.
 */
function moments(values) {
    let count = 0;
    let sum = 0;
    for (const value of values) {
        if (value !== value)
            continue;
        sum += Math.fround(value);
        count++;
    }
    if (count === 0)
        return { mean: 0, std: 1 };
    const mean = sum / count;
    let squares = 0;
    for (const value of values) {
        if (value !== value)
            continue;
        const d = Math.fround(value) - mean;
        squares += d * d;
    }
    const std = Math.sqrt(squares / count);
    return { mean, std: std > 0 ? std : 1 };
}
/**
 * One-hot columns per string column, at most: the most frequent values (ties: code-unit order), like
 * OneHotEncoder(max_categories=…) without its "infrequent" column; rarer values encode as unseen
 * ones (all zeros). An id or free-text column would otherwise make one column per row.
 */
const MAX_CATEGORIES = 100;
/** The categories a string column is encoded with: every value, or the `MAX_CATEGORIES` most frequent. */
function frequentCategories(values) {
    const counts = new Map();
    for (const value of values)
        if (value !== null)
            counts.set(value, (counts.get(value) ?? 0) + 1);
    const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    let kept = [...counts.keys()];
    if (kept.length > MAX_CATEGORIES)
        kept = kept.sort((a, b) => counts.get(b) - counts.get(a) || byCode(a, b)).slice(0, MAX_CATEGORIES);
    return kept.sort(byCode);
}
/** One transform per feature column, in the table's feature order. */
function fitTransforms(features, scaling) {
    return features.map((column) => {
        if (column.type === 'string')
            return { kind: 'one-hot', column: column.name, categories: frequentCategories(column.values) };
        if (scaling === 'none')
            return { kind: 'numeric', column: column.name, impute: null, center: 0, scale: 1 };
        // Imputing the mean leaves the mean, so standardising after imputation uses the same centre.
        const { mean, std } = moments(column.values);
        return { kind: 'numeric', column: column.name, impute: mean, center: mean, scale: std };
    });
}

;// CONCATENATED MODULE: ./shared/train/target.ts
/**
 * The target column as a trainer needs it: class codes and labels for classification, values for
 * regression, and which task it is when the user did not say.
 */


/** More distinct integer values than this and an int target is taken for regression. */
const MAX_INFERRED_CLASSES = 20;
/** The task a target column suggests: text, bool and few distinct integers are classes. */
function inferTask(column) {
    if (column.type === 'string' || column.type === 'bool')
        return 'classification';
    if (column.type === 'float')
        return 'regression';
    const distinct = new Set();
    for (const value of column.values) {
        if (value === value)
            distinct.add(value);
        if (distinct.size > MAX_INFERRED_CLASSES)
            return 'regression';
    }
    return 'classification';
}
function missingCount(column) {
    let missing = 0;
    if (column.type === 'string')
        for (const value of column.values)
            missing += value === null ? 1 : 0;
    else
        for (const value of column.values)
            missing += value !== value ? 1 : 0;
    return missing;
}
/** Reads the target for `task`. DataError when a row has no target or a class is alone. */
function readTarget(column, task, data) {
    const missing = missingCount(column);
    if (missing > 0)
        throw new errors/* DataError */.fL(`${data}: the target column \`${column.name}\` is missing (or not a number) in ${missing} row${missing === 1 ? '' : 's'}: every training row needs a target`);
    if (task === 'regression') {
        if (column.type === 'string')
            throw new errors/* ConfigurationError */.j1(`${data}: the target column \`${column.name}\` holds text, so the task cannot be regression`);
        return { task, values: column.values };
    }
    let classes;
    let codes;
    if (column.type === 'string') {
        classes = categoriesOf(column.values);
        const index = new Map(classes.map((label, i) => [label, i]));
        codes = Float64Array.from(column.values, (value) => index.get(value));
    }
    else {
        classes = [...new Set(column.values)].sort((a, b) => a - b);
        const index = new Map(classes.map((label, i) => [label, i]));
        codes = Float64Array.from(column.values, (value) => index.get(value));
    }
    if (classes.length < 2)
        throw new errors/* DataError */.fL(`${data}: the target column \`${column.name}\` has a single class (${String(classes[0])}): a classifier needs at least two`);
    return { task, classes, codes };
}

;// CONCATENATED MODULE: ./shared/train/design.ts
/**
 * Applies `transforms` to `rows` rows of `columns`. A numeric transform gives
 * `((isNaN(x) ? impute ?? NaN : x) - center) / scale`; a one-hot transform gives a 1 in the
 * column of the row's category and all 0s for a missing or unknown value (scikit-learn's
 * `OneHotEncoder(handle_unknown='ignore')`). Throws when a column is absent, of the wrong kind
 * or shorter than `rows`.
 */
function designMatrix(transforms, columns, rows) {
    let cols = 0;
    for (const transform of transforms)
        cols += transform.kind === 'numeric' ? 1 : transform.categories.length;
    const values = new Float64Array(rows * cols);
    let offset = 0;
    for (const transform of transforms) {
        const column = columns.get(transform.column);
        if (column === undefined)
            throw new Error(`designMatrix: no column ${transform.column}`);
        if (column.values.length < rows)
            throw new Error(`designMatrix: column ${transform.column} has ${column.values.length} rows, not ${rows}`);
        if (transform.kind === 'numeric') {
            if (column.type === 'string')
                throw new Error(`designMatrix: column ${transform.column} is string; a numeric transform needs numbers`);
            const { impute, center, scale } = transform;
            const source = column.values;
            for (let row = 0; row < rows; row++) {
                const x = Math.fround(source[row]);
                const value = x !== x ? (impute ?? Number.NaN) : x;
                values[row * cols + offset] = (value - center) / scale;
            }
            offset++;
        }
        else {
            if (column.type !== 'string')
                throw new Error(`designMatrix: column ${transform.column} is ${column.type}; one-hot needs strings`);
            const index = new Map();
            // Categories are distinct (the exporter refuses duplicates); keep the first regardless.
            transform.categories.forEach((category, position) => {
                if (!index.has(category))
                    index.set(category, position);
            });
            const source = column.values;
            for (let row = 0; row < rows; row++) {
                const value = source[row];
                const position = value === null ? undefined : index.get(value);
                if (position !== undefined)
                    values[row * cols + offset + position] = 1;
            }
            offset += transform.categories.length;
        }
    }
    return { rows, cols, values };
}

;// CONCATENATED MODULE: ./shared/train/gbt-binning.ts
/**
 * Feature binning for the histogram gradient-boosted trees, as scikit-learn 1.2's `_BinMapper`: per
 * column, bin edges from the distinct values (midpoints) when there are at most `maxBins` of them,
 * else from `maxBins` quantiles (numpy's "midpoint" percentiles) of a subsample of 200,000 rows;
 * missing values get a bin of their own. Trees are grown on the bin codes, once, as a column-major
 * Uint8Array.
 *
 * One deliberate difference: the exported trees compare `float32(x) <= threshold` (onnxruntime's
 * TreeEnsemble), so the edges are rounded to float32 and rows are binned by their float32 value. A
 * split on bin b then has threshold `edges[b]`, and float32 comparison sends exactly the training
 * rows of bins 0..b to the left.
 */


/** scikit-learn's `_BinMapper(subsample=2e5)`: edges come from at most this many rows. */
const BINNING_SUBSAMPLE = 200_000;
/** Largest finite float32: an edge never rounds to +Infinity, which is kept for "split on missing". */
const FLOAT32_MAX = 3.4028234663852886e38;
/** Matrix values coded per block of rows (512 kB of float64), which stays in cache across columns. */
const ENCODE_BLOCK_VALUES = 65_536;
const { fround, floor: gbt_binning_floor, ceil: gbt_binning_ceil } = Math;
/** Bins every column of `matrix` into at most `maxBins` (≤ 255) non-missing bins plus the missing bin. */
function binMatrix(matrix, maxBins, seed) {
    const { rows, cols, values } = matrix;
    const sample = sampleRows(rows, seed);
    // The sampled values, column by column, read in one pass over the (row-major) matrix.
    const sampled = new Float64Array(sample.length * cols);
    const present = new Int32Array(cols);
    for (let i = 0; i < sample.length; i++) {
        const at = sample[i] * cols;
        for (let col = 0; col < cols; col++) {
            const v = values[at + col];
            if (v === v)
                sampled[col * sample.length + present[col]++] = v;
        }
    }
    const edges = [];
    const nonMissingBins = new Int32Array(cols);
    for (let col = 0; col < cols; col++) {
        const from = col * sample.length;
        const colEdges = binEdges(sortFloat64(sampled.subarray(from, from + present[col])), maxBins);
        edges.push(colEdges);
        nonMissingBins[col] = colEdges.length + 1;
    }
    const codes = new Uint8Array(rows * cols);
    const hasMissing = new Uint8Array(cols);
    const padded = edges.map((e) => {
        const table = new Float64Array(256).fill(Infinity);
        table.set(e);
        return table;
    });
    // By blocks of rows: reading a whole column of the row-major matrix at a time would stream all of it
    // from memory once per column.
    const block = Math.max(1, Math.floor(ENCODE_BLOCK_VALUES / cols));
    for (let first = 0; first < rows; first += block) {
        const last = Math.min(rows, first + block);
        for (let col = 0; col < cols; col++) {
            hasMissing[col] |= encodeColumn(values, first, last, rows, cols, col, padded[col], nonMissingBins[col], codes);
        }
    }
    return { rows, cols, codes, edges, nonMissingBins, hasMissing };
}
/**
 * The rows the edges come from: all of them, or (as `rng.choice(n, 2e5, replace=False)`) a uniform
 * sample without replacement by a partial Fisher–Yates shuffle, in ascending order.
 */
function sampleRows(rows, seed) {
    const all = new Uint32Array(rows);
    for (let i = 0; i < rows; i++)
        all[i] = i;
    if (rows <= BINNING_SUBSAMPLE)
        return all;
    const rng = new Xoshiro128(seed);
    for (let i = 0; i < BINNING_SUBSAMPLE; i++) {
        const j = i + gbt_binning_floor(rng.nextUnit() * (rows - i));
        const t = all[i];
        all[i] = all[j];
        all[j] = t;
    }
    return all.slice(0, BINNING_SUBSAMPLE).sort();
}
/**
 * scikit-learn's `_find_binning_thresholds` on the sorted non-missing values, rounded to float32.
 * Rounding can merge neighbouring edges (values closer than float32 resolves): merged edges are
 * dropped, since float32 comparison could not tell their bins apart.
 */
function binEdges(sorted, maxBins) {
    const n = sorted.length;
    const distinct = [];
    for (let i = 0; i < n && distinct.length <= maxBins; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1])
            distinct.push(sorted[i]);
    }
    const out = [];
    const push = (edge) => {
        const e = fround(edge) === Infinity ? FLOAT32_MAX : fround(edge);
        if (out.length === 0 || e > out[out.length - 1])
            out.push(e);
    };
    if (distinct.length <= maxBins) {
        for (let i = 0; i + 1 < distinct.length; i++) {
            const lo = distinct[i];
            const hi = distinct[i + 1];
            // The midpoint, unless rounding lifts it to the upper value's float32: then the lower value's.
            const mid = fround((lo + hi) * 0.5);
            push(mid < fround(hi) ? mid : fround(lo));
        }
    }
    else {
        // np.percentile(col, np.linspace(0, 100, maxBins + 1)[1:-1], method="midpoint").
        const step = 100 / maxBins;
        for (let k = 1; k < maxBins; k++) {
            const position = ((k * step) / 100) * (n - 1);
            const below = gbt_binning_floor(position);
            if (below === gbt_binning_ceil(position)) {
                push(sorted[below]);
            }
            else {
                const a = sorted[below];
                const b = sorted[below + 1];
                push(b - (b - a) * 0.5);
            }
        }
    }
    return Float32Array.from(out);
}
/**
 * Writes rows first..last-1 of one column's codes; returns 1 if any is missing. The code of x is the
 * number of edges below float32(x), found by a branch-free binary search over the edges padded with
 * +Infinity to 256 (`padded`): eight comparisons whose outcomes are added, never branched on (a
 * branching search mispredicts about every other step, which made binning 5x slower).
 */
function encodeColumn(values, first, last, rows, cols, col, padded, missingCode, codes) {
    const offset = col * rows;
    let missing = 0;
    for (let row = first, at = first * cols + col; row < last; row++, at += cols) {
        const v = values[at];
        if (v !== v) {
            codes[offset + row] = missingCode;
            missing = 1;
            continue;
        }
        const x = fround(v);
        let b = +(x > padded[127]) << 7;
        b += +(x > padded[b + 63]) << 6;
        b += +(x > padded[b + 31]) << 5;
        b += +(x > padded[b + 15]) << 4;
        b += +(x > padded[b + 7]) << 3;
        b += +(x > padded[b + 3]) << 2;
        b += +(x > padded[b + 1]) << 1;
        b += +(x > padded[b]);
        codes[offset + row] = b;
    }
    return missing;
}

;// CONCATENATED MODULE: ./shared/train/gbt-bundles.ts
/** Candidate bundles tried per feature: bounds the scans (each reads a column) for many features. */
const MAX_TRIES = 4;
/** Codes are bytes: code 0 means no member is 1, so a bundle has at most 255 members. */
const MAX_MEMBERS = 255;
/** Greedily bundles `binary` (0/1 features without missing values), in order. */
function bundleBinaryFeatures(data, binary) {
    const { rows, codes } = data;
    // A one-member bundle's codes are its feature's own 0/1 column (a view); a bundle gets a column of
    // its own only when a second member joins, so lone features cost no memory.
    const open = [];
    for (const f of binary) {
        const column = codes.subarray(f * rows, (f + 1) * rows);
        let placed = false;
        // The most recent bundles first: one-hot columns of one string column come together.
        for (let b = open.length - 1, tries = 0; b >= 0 && tries < MAX_TRIES && !placed; b--, tries++) {
            const bundle = open[b];
            if (bundle.members.length >= MAX_MEMBERS || conflicts(column, bundle.codes))
                continue;
            if (bundle.members.length === 1)
                bundle.codes = bundle.codes.slice();
            bundle.members.push(f);
            mark(column, bundle.codes, bundle.members.length);
            placed = true;
        }
        if (!placed)
            open.push({ members: [f], codes: column });
    }
    const bundles = open.filter((bundle) => bundle.members.length > 1);
    return {
        members: bundles.map((bundle) => Int32Array.from(bundle.members)),
        codes: bundles.map((bundle) => bundle.codes),
        singles: Int32Array.from(open.filter((bundle) => bundle.members.length === 1).map((b) => b.members[0]))
    };
}
function conflicts(column, bundle) {
    for (let i = 0; i < column.length; i++)
        if (column[i] !== 0 && bundle[i] !== 0)
            return true;
    return false;
}
function mark(column, bundle, code) {
    for (let i = 0; i < column.length; i++)
        if (column[i] !== 0)
            bundle[i] = code;
}

;// CONCATENATED MODULE: ./shared/train/gbt-histogram.ts

function histogramLayout(data) {
    const { rows, cols, codes, nonMissingBins, hasMissing } = data;
    const offsets = new Int32Array(cols + 1);
    const general = [];
    const binary = [];
    for (let f = 0; f < cols; f++) {
        offsets[f + 1] = offsets[f] + nonMissingBins[f] + 1;
        if (nonMissingBins[f] === 2 && hasMissing[f] === 0)
            binary.push(f);
        else
            general.push(f);
    }
    const column = (f) => codes.subarray(f * rows, (f + 1) * rows);
    const found = bundleBinaryFeatures(data, Int32Array.from(binary));
    const columns = general.map(column);
    const columnAt = general.map((f) => offsets[f] * 3);
    let end = offsets[cols] * 3;
    const bundles = found.members.map((members, b) => {
        const at = end;
        end += (members.length + 1) * 3;
        columns.push(found.codes[b]);
        columnAt.push(at);
        return { at, members: members.map((f) => offsets[f] * 3) };
    });
    return {
        offsets,
        size: end,
        columns,
        columnAt: Int32Array.from(columnAt),
        binaryColumns: Array.from(found.singles, column),
        binaryAt: found.singles.map((f) => offsets[f] * 3),
        bundles
    };
}
/**
 * Histograms of the rows `at`, the i-th of which has gradient `g[i]` and hessian `h[i]` (the caller
 * gathers them contiguously, as scikit-learn's `ordered_gradients`; at the root `at` is every row in
 * order and they are the gradient arrays themselves). With constant hessians `h` holds ones, so each
 * hessian sum is the bin's count, which is what scikit-learn's splitter uses then.
 */
function buildHistogram(hist, layout, at, g, h) {
    hist.fill(0);
    const n = at.length;
    // Several columns per pass over the rows: the row index and gradient pair are loaded once, and
    // the columns' read-modify-write chains overlap (about 1.5x faster than a column at a time).
    const { columns: c, columnAt: o } = layout;
    let k = 0;
    for (; k + 6 <= c.length; k += 6) {
        accumulate6(hist, at, g, h, n, c[k], c[k + 1], c[k + 2], c[k + 3], c[k + 4], c[k + 5], o[k], o[k + 1], o[k + 2], o[k + 3], o[k + 4], o[k + 5]);
    }
    if (k + 4 <= c.length) {
        accumulate4(hist, at, g, h, n, c[k], c[k + 1], c[k + 2], c[k + 3], o[k], o[k + 1], o[k + 2], o[k + 3]);
        k += 4;
    }
    if (k + 2 <= c.length) {
        accumulate2(hist, at, g, h, n, c[k], c[k + 1], o[k], o[k + 1]);
        k += 2;
    }
    if (k < c.length)
        accumulate1(hist, at, g, h, n, c[k], o[k]);
    const { binaryColumns: b, binaryAt: bo, bundles } = layout;
    if (b.length === 0 && bundles.length === 0)
        return;
    // 0/1 features: bin 1 summed in registers (code × gradient), a third faster than histogram
    // updates; bin 0 is the node's total minus bin 1.
    for (k = 0; k + 3 <= b.length; k += 3) {
        accumulateBinary3(hist, at, g, h, n, b[k], b[k + 1], b[k + 2], bo[k], bo[k + 1], bo[k + 2]);
    }
    for (; k < b.length; k++)
        accumulateBinary1(hist, at, g, h, n, b[k], bo[k]);
    for (const { at: from, members } of bundles) {
        for (let i = 0; i < members.length; i++) {
            const j = members[i];
            const bin = from + (i + 1) * 3;
            hist[j + 3] = hist[bin];
            hist[j + 4] = hist[bin + 1];
            hist[j + 5] = hist[bin + 2];
        }
    }
    let sumG = 0;
    let sumH = 0;
    for (let i = 0; i < n; i++) {
        sumG += g[i];
        sumH += h[i];
    }
    const fill = (j) => {
        hist[j] = sumG - hist[j + 3];
        hist[j + 1] = sumH - hist[j + 4];
        hist[j + 2] = n - hist[j + 5];
    };
    bo.forEach(fill);
    for (const { members } of bundles)
        members.forEach(fill);
}
/** `out = parent - child`, entry by entry (the larger sibling's histograms). */
function subtractHistogram(out, parent, child) {
    for (let i = 0; i < out.length; i++)
        out[i] = parent[i] - child[i];
}
function accumulate1(hist, at, g, h, n, c0, o0) {
    for (let i = 0; i < n; i++) {
        const j = o0 + c0[at[i]] * 3;
        hist[j] += g[i];
        hist[j + 1] += h[i];
        hist[j + 2]++;
    }
}
function accumulate2(hist, at, g, h, n, c0, c1, o0, o1) {
    for (let i = 0; i < n; i++) {
        const row = at[i];
        const gi = g[i];
        const hi = h[i];
        let j = o0 + c0[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o1 + c1[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
    }
}
function accumulate4(hist, at, g, h, n, c0, c1, c2, c3, o0, o1, o2, o3) {
    for (let i = 0; i < n; i++) {
        const row = at[i];
        const gi = g[i];
        const hi = h[i];
        let j = o0 + c0[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o1 + c1[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o2 + c2[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o3 + c3[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
    }
}
function accumulate6(hist, at, g, h, n, c0, c1, c2, c3, c4, c5, o0, o1, o2, o3, o4, o5) {
    for (let i = 0; i < n; i++) {
        const row = at[i];
        const gi = g[i];
        const hi = h[i];
        let j = o0 + c0[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o1 + c1[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o2 + c2[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o3 + c3[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o4 + c4[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
        j = o5 + c5[row] * 3;
        hist[j] += gi;
        hist[j + 1] += hi;
        hist[j + 2]++;
    }
}
/** Bin 1 of a 0/1 feature: `[j + 3 .. j + 5]` = sums of gradient, hessian and count where code is 1. */
function accumulateBinary1(hist, at, g, h, n, c0, o0) {
    let g0 = 0;
    let h0 = 0;
    let n0 = 0;
    for (let i = 0; i < n; i++) {
        const x = c0[at[i]];
        g0 += x * g[i];
        h0 += x * h[i];
        n0 += x;
    }
    hist[o0 + 3] = g0;
    hist[o0 + 4] = h0;
    hist[o0 + 5] = n0;
}
function accumulateBinary3(hist, at, g, h, n, c0, c1, c2, o0, o1, o2) {
    let g0 = 0;
    let h0 = 0;
    let n0 = 0;
    let g1 = 0;
    let h1 = 0;
    let n1 = 0;
    let g2 = 0;
    let h2 = 0;
    let n2 = 0;
    for (let i = 0; i < n; i++) {
        const row = at[i];
        const gi = g[i];
        const hi = h[i];
        const x0 = c0[row];
        const x1 = c1[row];
        const x2 = c2[row];
        g0 += x0 * gi;
        h0 += x0 * hi;
        n0 += x0;
        g1 += x1 * gi;
        h1 += x1 * hi;
        n1 += x1;
        g2 += x2 * gi;
        h2 += x2 * hi;
        n2 += x2;
    }
    hist[o0 + 3] = g0;
    hist[o0 + 4] = h0;
    hist[o0 + 5] = n0;
    hist[o1 + 3] = g1;
    hist[o1 + 4] = h1;
    hist[o1 + 5] = n1;
    hist[o2 + 3] = g2;
    hist[o2 + 4] = h2;
    hist[o2 + 5] = n2;
}

;// CONCATENATED MODULE: ./shared/train/gbt-splitter.ts
/** scikit-learn's `min_hessian_to_split`. */
const MIN_HESSIAN_TO_SPLIT = 1e-3;
/** scikit-learn's `compute_node_value` without bounds. */
function nodeValue(sumGradient, sumHessian, l2) {
    return -sumGradient / (sumHessian + l2 + 1e-15);
}
/** The split of the node with the largest positive gain, or null when no split is allowed. */
function findBestSplit(hist, data, layout, count, sumGradients, sumHessians, value, settings) {
    const { minSamplesLeaf, l2Regularization: l2, constantHessian } = settings;
    const lossNode = sumGradients * value;
    const hessianColumn = constantHessian ? 2 : 1;
    let bestGain = -1;
    let bestFeature = -1;
    let bestBin = 0;
    let bestMissingLeft = false;
    let bestGradientLeft = 0;
    let bestHessianLeft = 0;
    for (let f = 0; f < data.cols; f++) {
        const o = layout.offsets[f] * 3;
        const nonMissing = data.nonMissingBins[f];
        const hasMissing = data.hasMissing[f];
        let featureGain = -1;
        let featureBin = 0;
        let featureMissingLeft = false;
        let featureGradientLeft = 0;
        let featureHessianLeft = 0;
        // Left to right: missing values (if any) go right.
        let gradientLeft = 0;
        let hessianLeft = 0;
        let countLeft = 0;
        const end = nonMissing - 1 + hasMissing;
        for (let bin = 0; bin < end; bin++) {
            const j = o + bin * 3;
            countLeft += hist[j + 2];
            const countRight = count - countLeft;
            hessianLeft += hist[j + hessianColumn];
            const hessianRight = sumHessians - hessianLeft;
            gradientLeft += hist[j];
            const gradientRight = sumGradients - gradientLeft;
            if (countLeft < minSamplesLeaf)
                continue;
            if (countRight < minSamplesLeaf)
                break;
            if (hessianLeft < MIN_HESSIAN_TO_SPLIT)
                continue;
            if (hessianRight < MIN_HESSIAN_TO_SPLIT)
                break;
            const gain = splitGain(gradientLeft, hessianLeft, gradientRight, hessianRight, lossNode, l2);
            if (gain > featureGain && gain > 0) {
                featureGain = gain;
                featureBin = bin;
                featureMissingLeft = false;
                featureGradientLeft = gradientLeft;
                featureHessianLeft = hessianLeft;
            }
        }
        // Right to left: missing values go left.
        if (hasMissing) {
            let gradientRight = 0;
            let hessianRight = 0;
            let countRight = 0;
            for (let bin = nonMissing - 2; bin >= 0; bin--) {
                const j = o + (bin + 1) * 3;
                countRight += hist[j + 2];
                const countLeft2 = count - countRight;
                hessianRight += hist[j + hessianColumn];
                const hessianLeft2 = sumHessians - hessianRight;
                gradientRight += hist[j];
                const gradientLeft2 = sumGradients - gradientRight;
                if (countRight < minSamplesLeaf)
                    continue;
                if (countLeft2 < minSamplesLeaf)
                    break;
                if (hessianRight < MIN_HESSIAN_TO_SPLIT)
                    continue;
                if (hessianLeft2 < MIN_HESSIAN_TO_SPLIT)
                    break;
                const gain = splitGain(gradientLeft2, hessianLeft2, gradientRight, hessianRight, lossNode, l2);
                if (gain > featureGain && gain > 0) {
                    featureGain = gain;
                    featureBin = bin;
                    featureMissingLeft = true;
                    featureGradientLeft = gradientLeft2;
                    featureHessianLeft = hessianLeft2;
                }
            }
        }
        if (featureGain > bestGain) {
            bestGain = featureGain;
            bestFeature = f;
            bestBin = featureBin;
            bestMissingLeft = featureMissingLeft;
            bestGradientLeft = featureGradientLeft;
            bestHessianLeft = featureHessianLeft;
        }
    }
    if (bestFeature < 0)
        return null;
    const sumGradientRight = sumGradients - bestGradientLeft;
    const sumHessianRight = sumHessians - bestHessianLeft;
    return {
        gain: bestGain,
        feature: bestFeature,
        bin: bestBin,
        missingLeft: bestMissingLeft,
        sumGradientLeft: bestGradientLeft,
        sumHessianLeft: bestHessianLeft,
        sumGradientRight,
        sumHessianRight,
        valueLeft: nodeValue(bestGradientLeft, bestHessianLeft, l2),
        valueRight: nodeValue(sumGradientRight, sumHessianRight, l2)
    };
}
function splitGain(gradientLeft, hessianLeft, gradientRight, hessianRight, lossNode, l2) {
    let gain = lossNode;
    gain -= gradientLeft * nodeValue(gradientLeft, hessianLeft, l2);
    gain -= gradientRight * nodeValue(gradientRight, hessianRight, l2);
    return gain;
}

;// CONCATENATED MODULE: ./shared/train/gbt-grower.ts


/** scikit-learn's `min_hessian_to_split`, also applied to the root. */
const gbt_grower_MIN_HESSIAN_TO_SPLIT = 1e-3;
class GrowerNode {
    start;
    stop;
    depth;
    sumGradients;
    sumHessians;
    value;
    hist = null;
    split = null;
    left = null;
    right = null;
    constructor(start, stop, depth, sumGradients, sumHessians, 
    /** The node's value before shrinkage (−G / (H + l2)); 0 at the root, as scikit-learn. */
    value) {
        this.start = start;
        this.stop = stop;
        this.depth = depth;
        this.sumGradients = sumGradients;
        this.sumHessians = sumHessians;
        this.value = value;
    }
    get count() {
        return this.stop - this.start;
    }
}
class TreeGrower {
    data;
    settings;
    layout;
    /** Row indices; each node owns `partition[start..stop)`. */
    partition;
    rightBuffer;
    orderedGradients;
    orderedHessians;
    /** Per bin code of the feature being split: 1 if its rows go right. */
    goesRight = new Uint8Array(256);
    freeHistograms = [];
    heap = [];
    leaves = [];
    constructor(data, settings) {
        this.data = data;
        this.settings = settings;
        this.layout = histogramLayout(data);
        this.partition = new Uint32Array(data.rows);
        this.rightBuffer = new Uint32Array(data.rows);
        this.orderedGradients = new Float32Array(data.rows);
        this.orderedHessians = new Float32Array(data.rows);
        if (settings.constantHessian)
            this.orderedHessians.fill(1);
    }
    /**
     * Grows a tree on `gradients`/`hessians` (one value per row), adds its leaf values to `raw` (one
     * value per row) and returns it with float32 thresholds from the binning edges.
     */
    grow(gradients, hessians, raw) {
        const { data, settings, partition } = this;
        const rows = data.rows;
        for (let i = 0; i < rows; i++)
            partition[i] = i;
        this.heap = [];
        this.leaves = [];
        let sumGradients = 0;
        for (let i = 0; i < rows; i++)
            sumGradients += gradients[i];
        let sumHessians = rows;
        if (!settings.constantHessian) {
            sumHessians = 0;
            for (let i = 0; i < rows; i++)
                sumHessians += hessians[i];
        }
        const root = new GrowerNode(0, rows, 0, sumGradients, sumHessians, 0);
        if (rows < 2 * settings.minSamplesLeaf || sumHessians < gbt_grower_MIN_HESSIAN_TO_SPLIT) {
            this.leaves.push(root);
        }
        else {
            this.buildHistogram(root, gradients, hessians);
            this.findSplitAndPush(root);
        }
        while (this.heap.length > 0)
            this.splitNext(gradients, hessians);
        for (const leaf of this.leaves) {
            const value = leaf.value * settings.shrinkage;
            for (let i = leaf.start; i < leaf.stop; i++)
                raw[partition[i]] += value;
        }
        return this.toTree(root);
    }
    splitNext(gradients, hessians) {
        const { settings } = this;
        const node = heapPop(this.heap);
        const split = node.split;
        const leftCount = this.partitionNode(node, split);
        const depth = node.depth + 1;
        const left = new GrowerNode(node.start, node.start + leftCount, depth, split.sumGradientLeft, split.sumHessianLeft, split.valueLeft);
        const right = new GrowerNode(node.start + leftCount, node.stop, depth, split.sumGradientRight, split.sumHessianRight, split.valueRight);
        node.left = left;
        node.right = right;
        // No missing values in training: unseen missing values follow the majority (scikit-learn).
        if (!this.data.hasMissing[split.feature])
            split.missingLeft = left.count > right.count;
        const parentHist = node.hist;
        node.hist = null;
        const leafNodes = this.leaves.length + this.heap.length + 2;
        if (leafNodes === settings.maxLeafNodes) {
            this.leaves.push(left, right);
            for (let k = this.heap.length - 1; k >= 0; k--)
                this.finalize(this.heap[k]);
            this.heap = [];
        }
        else if (settings.maxDepth !== null && depth === settings.maxDepth) {
            this.leaves.push(left, right);
        }
        else {
            const splitLeft = left.count >= 2 * settings.minSamplesLeaf;
            const splitRight = right.count >= 2 * settings.minSamplesLeaf;
            if (!splitLeft)
                this.leaves.push(left);
            if (!splitRight)
                this.leaves.push(right);
            if (splitLeft || splitRight) {
                const [smaller, larger] = left.count < right.count ? [left, right] : [right, left];
                const smallerHist = this.buildHistogram(smaller, gradients, hessians);
                larger.hist = this.acquire();
                subtractHistogram(larger.hist, parentHist, smallerHist);
                if (splitLeft)
                    this.findSplitAndPush(left);
                else
                    this.release(left);
                if (splitRight)
                    this.findSplitAndPush(right);
                else
                    this.release(right);
            }
        }
        this.freeHistograms.push(parentHist);
    }
    /** The node's histograms; past the root, its gradients and hessians are gathered first. */
    buildHistogram(node, gradients, hessians) {
        const { partition, orderedGradients, orderedHessians, settings } = this;
        const hist = this.acquire();
        node.hist = hist;
        const at = partition.subarray(node.start, node.stop);
        if (node.depth === 0) {
            // Every row in order: no need to gather.
            const h = settings.constantHessian ? orderedHessians : hessians;
            buildHistogram(hist, this.layout, at, gradients, h);
            return hist;
        }
        const n = at.length;
        for (let i = 0; i < n; i++)
            orderedGradients[i] = gradients[at[i]];
        if (!settings.constantHessian)
            for (let i = 0; i < n; i++)
                orderedHessians[i] = hessians[at[i]];
        buildHistogram(hist, this.layout, at, orderedGradients, orderedHessians);
        return hist;
    }
    /**
     * Stable partition of the node's rows: bins 0..split.bin (and missing, if it goes left) first.
     * Branch-free (a row is written to both sides, and a lookup table says which write counts): the
     * side is as good as random, so a branch on it would be mispredicted half the time.
     */
    partitionNode(node, split) {
        const { partition, rightBuffer, data, goesRight } = this;
        const f = split.feature;
        const column = data.codes.subarray(f * data.rows, (f + 1) * data.rows);
        goesRight.fill(0, 0, split.bin + 1);
        goesRight.fill(1, split.bin + 1);
        if (split.missingLeft)
            goesRight[data.nonMissingBins[f]] = 0;
        let l = node.start;
        let r = 0;
        for (let i = node.start; i < node.stop; i++) {
            const row = partition[i];
            const right = goesRight[column[row]];
            partition[l] = row;
            rightBuffer[r] = row;
            l += 1 - right;
            r += right;
        }
        partition.set(rightBuffer.subarray(0, r), l);
        return l - node.start;
    }
    findSplitAndPush(node) {
        const split = findBestSplit(node.hist, this.data, this.layout, node.count, node.sumGradients, node.sumHessians, node.value, this.settings);
        if (split === null) {
            this.finalize(node);
        }
        else {
            node.split = split;
            heapPush(this.heap, node);
        }
    }
    finalize(node) {
        node.split = null;
        this.release(node);
        this.leaves.push(node);
    }
    release(node) {
        if (node.hist !== null)
            this.freeHistograms.push(node.hist);
        node.hist = null;
    }
    acquire() {
        return this.freeHistograms.pop() ?? new Float64Array(this.layout.size);
    }
    /** The tree's arrays, nodes numbered depth-first with the left subtree first (as scikit-learn). */
    toTree(root) {
        const nodes = [];
        const order = (node) => {
            nodes.push(node);
            if (node.left !== null && node.right !== null) {
                order(node.left);
                order(node.right);
            }
        };
        order(root);
        const n = nodes.length;
        const tree = {
            feature: new Int32Array(n),
            threshold: new Float32Array(n),
            left: new Int32Array(n),
            right: new Int32Array(n),
            missingLeft: new Uint8Array(n),
            value: new Float64Array(n)
        };
        const index = new Map(nodes.map((node, i) => [node, i]));
        const { edges, nonMissingBins } = this.data;
        for (let i = 0; i < n; i++) {
            const node = nodes[i];
            const split = node.split;
            if (node.left === null || node.right === null || split === null) {
                tree.feature[i] = -1;
                tree.left[i] = -1;
                tree.right[i] = -1;
                tree.value[i] = node.value * this.settings.shrinkage;
                continue;
            }
            const f = split.feature;
            tree.feature[i] = f;
            // The last non-missing bin going left splits off the missing values only: every number goes left.
            tree.threshold[i] = split.bin === nonMissingBins[f] - 1 ? Infinity : edges[f][split.bin];
            tree.left[i] = index.get(node.left);
            tree.right[i] = index.get(node.right);
            tree.missingLeft[i] = split.missingLeft ? 1 : 0;
        }
        return tree;
    }
}
/** Heap order: larger gain first (scikit-learn's `TreeNode.__lt__`). */
function before(a, b) {
    return a.split.gain > b.split.gain;
}
/** Python's `heapq.heappush`. */
function heapPush(heap, node) {
    heap.push(node);
    siftDown(heap, 0, heap.length - 1);
}
/** Python's `heapq.heappop`. */
function heapPop(heap) {
    const last = heap.pop();
    if (heap.length === 0)
        return last;
    const top = heap[0];
    heap[0] = last;
    siftUp(heap, 0);
    return top;
}
function siftDown(heap, startPos, pos) {
    const item = heap[pos];
    while (pos > startPos) {
        const parentPos = (pos - 1) >> 1;
        const parent = heap[parentPos];
        if (!before(item, parent))
            break;
        heap[pos] = parent;
        pos = parentPos;
    }
    heap[pos] = item;
}
function siftUp(heap, pos) {
    const end = heap.length;
    const startPos = pos;
    const item = heap[pos];
    let child = 2 * pos + 1;
    while (child < end) {
        const rightChild = child + 1;
        if (rightChild < end && !before(heap[child], heap[rightChild]))
            child = rightChild;
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    siftDown(heap, startPos, pos);
}

;// CONCATENATED MODULE: ./shared/train/gbt-loss.ts
/**
 * The losses the gradient-boosted trees minimise, as scikit-learn 1.2's `sklearn._loss`: half squared
 * error (regression), half binomial (binary, one raw logit) and half multinomial (softmax, one raw
 * score per class). Each gives the intercept-only raw scores the boosting starts from and, per round,
 * every row's gradient and hessian with respect to its raw scores, stored as float32 like
 * scikit-learn's `G_H_DTYPE`.
 */
const { exp, log: gbt_loss_log } = Math;
/** Cody–Waite split of ln(2)/64 (fdlibm's ln2_hi, ln2_lo): n × HI is exact for the n used here. */
const LN2_64_HI = 6.9314718036912382e-1 / 64;
const LN2_64_LO = 1.9082149292705877e-10 / 64;
const SIXTY_FOUR_OVER_LN2 = 64 / Math.LN2;
/** Adding and subtracting 1.5 × 2⁵² rounds a double to the nearest integer. */
const ROUND = 6755399441055744;
/** 2^(j/64), j = 0..63. */
const EXP2_FRACTION = Float64Array.from({ length: 64 }, (_, j) => exp((j * Math.LN2) / 64));
/** 2^-k, k = 0..151 (t ≥ −104 gives k ≤ 151). */
const EXP2_NEGATIVE = Float64Array.from({ length: 152 }, (_, k) => 2 ** -k);
/**
 * exp(t) for t ≤ 0, within 2 ulp of Math.exp, and about twice as fast (Math.exp is a call into the
 * runtime; this inlines): t = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, exp(r) by its degree-5 Taylor
 * polynomial (error below 4e-17). Below −104 it returns 0: e^−104 is under float32's smallest
 * subnormal, and the gradients and hessians it feeds are stored as float32.
 */
function expNonPositive(t) {
    if (t < -104)
        return 0;
    const n = t * SIXTY_FOUR_OVER_LN2 + ROUND - ROUND;
    const r = t - n * LN2_64_HI - n * LN2_64_LO;
    const i = n | 0;
    const p = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
    return EXP2_FRACTION[i & 63] * EXP2_NEGATIVE[-(i >> 6)] * p;
}
function gbtLoss(kind, classes) {
    switch (kind) {
        case 'regression':
            return squaredError;
        case 'binary':
            return binomial;
        case 'multiclass':
            return multinomial(classes);
    }
}
/** HalfSquaredError: base = mean(y); gradient = raw − y, hessian 1. */
const squaredError = {
    outputs: 1,
    constantHessian: true,
    baseline(target) {
        let sum = 0;
        for (let i = 0; i < target.length; i++)
            sum += target[i];
        return Float64Array.of(sum / target.length);
    },
    gradients(target, raw, gradients) {
        for (let i = 0; i < target.length; i++)
            gradients[i] = raw[i] - target[i];
    }
};
/**
 * HalfBinomialLoss: base = logit of the mean label clipped to [10ε, 1 − 10ε]; gradient = p − y,
 * hessian = p(1 − p), p = sigmoid(raw), written (as scikit-learn) with e = exp(−|raw|) so that
 * nothing overflows or cancels: for raw > 0 the gradient is ((1 − y) − y·e) / (1 + e), else
 * ((1 − y)·e − y) / (1 + e), and the hessian e / (1 + e)².
 */
const binomial = {
    outputs: 1,
    constantHessian: false,
    baseline(target) {
        let sum = 0;
        for (let i = 0; i < target.length; i++)
            sum += target[i];
        const eps = 10 * Number.EPSILON;
        const p = Math.min(Math.max(sum / target.length, eps), 1 - eps);
        return Float64Array.of(gbt_loss_log(p / (1 - p)));
    },
    gradients(target, raw, gradients, hessians) {
        for (let i = 0; i < target.length; i++) {
            const r = raw[i];
            const y = target[i];
            const e = expNonPositive(r > 0 ? -r : r);
            const d = 1 + e;
            gradients[i] = (r > 0 ? 1 - y - y * e : (1 - y) * e - y) / d;
            hessians[i] = e / (d * d);
        }
    }
};
/**
 * HalfMultinomialLoss: base = log(p_k / gmean(p)) of the class frequencies clipped to [ε, 1 − ε]
 * (the symmetric link); gradient_k = p_k − [y = k], hessian_k = p_k(1 − p_k), p = softmax(raw).
 */
function multinomial(classes) {
    const scratch = new Float64Array(classes);
    return {
        outputs: classes,
        constantHessian: false,
        baseline(target) {
            const counts = new Float64Array(classes);
            for (let i = 0; i < target.length; i++)
                counts[target[i]]++;
            const eps = Number.EPSILON;
            let meanLog = 0;
            for (let k = 0; k < classes; k++) {
                counts[k] = Math.min(Math.max(counts[k] / target.length, eps), 1 - eps);
                meanLog += gbt_loss_log(counts[k]);
            }
            const geometricMean = exp(meanLog / classes);
            return counts.map((p) => gbt_loss_log(p / geometricMean));
        },
        gradients(target, raw, gradients, hessians) {
            const rows = target.length;
            for (let i = 0; i < rows; i++) {
                let max = -Infinity;
                for (let k = 0, at = i; k < classes; k++, at += rows)
                    if (raw[at] > max)
                        max = raw[at];
                let sum = 0;
                for (let k = 0, at = i; k < classes; k++, at += rows) {
                    const e = expNonPositive(raw[at] - max);
                    scratch[k] = e;
                    sum += e;
                }
                const label = target[i];
                for (let k = 0, at = i; k < classes; k++, at += rows) {
                    const p = scratch[k] / sum;
                    gradients[at] = k === label ? p - 1 : p;
                    hessians[at] = p * (1 - p);
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./shared/train/gbt.ts
/**
 * Histogram gradient-boosted trees, a TypeScript mirror of scikit-learn 1.2's
 * HistGradientBoostingRegressor / HistGradientBoostingClassifier with `early_stopping=False`: bin the
 * features once (gbt-binning), then per round compute every row's gradient and hessian (gbt-loss) and
 * grow one tree per output on them (gbt-grower), adding its leaf values to the raw scores.
 *
 * The result is a TreeEnsemblePredictor whose trees compare float32 values with float32 thresholds,
 * as the exported ONNX TreeEnsemble does, and reproduce the training-time raw scores exactly that way.
 * Training is deterministic: the seed only picks the binning subsample (data sets over 200,000 rows).
 */




/** scikit-learn's defaults. */
const GBT_DEFAULTS = {
    rounds: 100,
    learningRate: 0.1,
    maxDepth: null,
    maxLeafNodes: 31,
    minSamplesLeaf: 20,
    l2Regularization: 0,
    maxBins: 255
};
/**
 * Trains the ensemble. `target` holds regression values, or class codes 0..C-1 (binary: 0/1).
 * Binary: one output, the logit of class 1. Multiclass: one output and one tree per round per class
 * (softmax). Regression: one output (squared error).
 */
function trainGbt(matrix, target, task, params, seed) {
    checkInputs(matrix, target, task);
    checkParams(params);
    const classes = task.kind === 'multiclass' ? task.classes : 2;
    const loss = gbtLoss(task.kind, classes);
    const { rows } = matrix;
    const outputs = loss.outputs;
    const data = binMatrix(matrix, params.maxBins, seed);
    const grower = new TreeGrower(data, {
        maxLeafNodes: params.maxLeafNodes,
        maxDepth: params.maxDepth,
        minSamplesLeaf: params.minSamplesLeaf,
        l2Regularization: params.l2Regularization,
        constantHessian: loss.constantHessian,
        shrinkage: params.learningRate
    });
    const base = loss.baseline(target);
    const raw = new Float64Array(rows * outputs);
    for (let k = 0; k < outputs; k++)
        raw.fill(base[k], k * rows, (k + 1) * rows);
    const gradients = new Float32Array(rows * outputs);
    const hessians = new Float32Array(loss.constantHessian ? 0 : rows * outputs);
    const trees = [];
    for (let round = 0; round < params.rounds; round++) {
        loss.gradients(target, raw, gradients, hessians);
        for (let k = 0; k < outputs; k++) {
            const tree = grower.grow(gradients.subarray(k * rows, (k + 1) * rows), hessians.subarray(k * rows, (k + 1) * rows), raw.subarray(k * rows, (k + 1) * rows));
            trees.push({ output: k, tree });
        }
    }
    return { kind: 'trees', outputs, features: matrix.cols, base, trees };
}
function checkInputs(matrix, target, task) {
    if (matrix.rows < 1)
        throw new RangeError('gradient-boosted trees need at least one row');
    if (matrix.values.length !== matrix.rows * matrix.cols) {
        throw new RangeError(`design matrix has ${matrix.values.length} values, expected rows × cols`);
    }
    if (target.length !== matrix.rows) {
        throw new RangeError(`target has ${target.length} values for ${matrix.rows} rows`);
    }
    if (task.kind === 'regression') {
        for (const y of target)
            if (!Number.isFinite(y))
                throw new RangeError(`regression target ${y} is not finite`);
        return;
    }
    const classes = task.kind === 'binary' ? 2 : task.classes;
    if (!Number.isInteger(classes) || classes < 2)
        throw new RangeError(`classes must be ≥ 2, got ${classes}`);
    for (const code of target) {
        if (!Number.isInteger(code) || code < 0 || code >= classes) {
            throw new RangeError(`class codes must be integers in [0, ${classes}), got ${code}`);
        }
    }
}
function checkParams(params) {
    const positiveInteger = (name, value, min) => {
        if (!Number.isInteger(value) || value < min) {
            throw new errors/* ConfigurationError */.j1(`gradient-boosted trees: ${name} must be an integer ≥ ${min}, got ${value}`);
        }
    };
    positiveInteger('rounds', params.rounds, 1);
    positiveInteger('max_leaf_nodes', params.maxLeafNodes, 2);
    positiveInteger('min_samples_leaf', params.minSamplesLeaf, 1);
    if (params.maxDepth !== null)
        positiveInteger('max_depth', params.maxDepth, 1);
    if (!Number.isInteger(params.maxBins) || params.maxBins < 2 || params.maxBins > 255) {
        throw new errors/* ConfigurationError */.j1(`gradient-boosted trees: max_bins must be in [2, 255], got ${params.maxBins}`);
    }
    if (!(params.learningRate > 0) || !Number.isFinite(params.learningRate)) {
        throw new errors/* ConfigurationError */.j1(`gradient-boosted trees: learning_rate must be a positive number, got ${params.learningRate}`);
    }
    if (!(params.l2Regularization >= 0) || !Number.isFinite(params.l2Regularization)) {
        throw new errors/* ConfigurationError */.j1(`gradient-boosted trees: l2_regularization must be ≥ 0, got ${params.l2Regularization}`);
    }
}

;// CONCATENATED MODULE: ./shared/train/lbfgs.ts
/**
 * An unbounded L-BFGS minimiser that follows scipy's L-BFGS-B (`scipy.optimize.minimize(method=
 * 'L-BFGS-B')`, the optimiser behind scikit-learn's `solver='lbfgs'`) step for step, so a model
 * trained here stops where scikit-learn's does: the same first step (1/‖g‖), the same Moré–Thuente
 * line search (MINPACK-2 `dcsrch`/`dcstep` with ftol 1e-3, gtol 0.9, xtol 0.1, at most `maxls`
 * evaluations), the same curvature test for skipping an update, the same restart when the line search
 * fails, and the same stopping tests in the same order (iteration limit, evaluation limit, projected
 * gradient, relative reduction of f). Without bounds L-BFGS-B's Cauchy point and subspace
 * minimisation reduce to the quasi-Newton step −Hg, computed here with the two-loop recursion.
 */
const EPS = 2.220446049250313e-16;
/** L-BFGS-B's step bound when there are no constraints. */
const STEP_MAX = 1e10;
/** Minimises `objective` from `x0` (left unchanged). */
function minimizeLbfgs(objective, x0, options) {
    const n = x0.length;
    const m = options.memory ?? 10;
    const ftol = options.ftol ?? 1e7 * EPS;
    const maxLineSearch = options.maxLineSearch ?? 20;
    const maxEvaluations = options.maxEvaluations ?? 15000;
    const x = Float64Array.from(x0);
    const g = new Float64Array(n);
    const d = new Float64Array(n);
    const xOld = new Float64Array(n);
    const gOld = new Float64Array(n);
    const alpha = new Float64Array(m);
    const memory = new Memory(n, m);
    let f = objective(x, g);
    let evaluations = 1;
    let iterations = 0;
    const done = (status) => ({ x, f, gradient: g, iterations, evaluations, status });
    if (maxAbs(g) <= options.gtol)
        return done('gradient');
    for (;;) {
        memory.direction(g, d, alpha);
        const gdOld = dot(g, d);
        xOld.set(x);
        gOld.set(g);
        const fOld = f;
        let search;
        if (gdOld < 0) {
            // L-BFGS-B's first step is 1/‖d‖ (d = −g), later ones the full quasi-Newton step.
            const initial = iterations === 0 ? Math.min(1 / Math.sqrt(dot(d, d)), STEP_MAX) : 1;
            let last = Number.NaN;
            search = lineSearch(initial, fOld, gdOld, maxLineSearch, (step) => {
                // MINPACK may retry the step it just tried; x, f and g still hold it (scipy caches too).
                if (step !== last) {
                    for (let i = 0; i < n; i++)
                        x[i] = step * d[i] + xOld[i];
                    f = objective(x, g);
                    evaluations++;
                    last = step;
                }
                return [f, dot(g, d)];
            });
        }
        if (search === undefined) {
            // An ascent direction or a failed line search: back to the previous point, then forget the
            // curvature pairs and retry along −g, or give up if that was already the direction.
            x.set(xOld);
            g.set(gOld);
            f = fOld;
            if (memory.size === 0)
                return done('line-search-failed');
            memory.reset();
            continue;
        }
        iterations++;
        // scipy's driver checks its limits on every new point before the optimiser's own tests.
        if (iterations >= options.maxIter)
            return done('max-iterations');
        if (evaluations > maxEvaluations)
            return done('max-evaluations');
        if (maxAbs(g) <= options.gtol)
            return done('gradient');
        if (fOld - f <= ftol * Math.max(Math.abs(fOld), Math.abs(f), 1))
            return done('reduction');
        const { step, slope } = search;
        // s = step·d, y = g − g_old; s·y computed from the directional derivatives, as L-BFGS-B does.
        const sy = (slope - gdOld) * step;
        if (sy > EPS * -gdOld * step)
            memory.push(d, step, g, gOld, sy);
    }
}
/** The last `m` correction pairs (s, y) in a ring, with ρ = 1/(s·y) and the scaling θ = y·y/s·y. */
class Memory {
    n;
    m;
    s;
    y;
    rho;
    head = 0;
    size = 0;
    theta = 1;
    constructor(n, m) {
        this.n = n;
        this.m = m;
        this.s = Array.from({ length: m }, () => new Float64Array(n));
        this.y = Array.from({ length: m }, () => new Float64Array(n));
        this.rho = new Float64Array(m);
    }
    reset() {
        this.head = 0;
        this.size = 0;
        this.theta = 1;
    }
    push(d, step, g, gOld, sy) {
        const slot = (this.head + this.size) % this.m;
        if (this.size < this.m)
            this.size++;
        else
            this.head = (this.head + 1) % this.m;
        const s = this.s[slot];
        const y = this.y[slot];
        let yy = 0;
        for (let i = 0; i < this.n; i++) {
            s[i] = step * d[i];
            const yi = g[i] - gOld[i];
            y[i] = yi;
            yy += yi * yi;
        }
        this.rho[slot] = 1 / sy;
        this.theta = yy / sy;
    }
    /** d = −H·g by the two-loop recursion, with H₀ = I/θ. */
    direction(g, d, alpha) {
        const { n, m } = this;
        for (let i = 0; i < n; i++)
            d[i] = -g[i];
        for (let k = this.size - 1; k >= 0; k--) {
            const slot = (this.head + k) % m;
            const a = this.rho[slot] * dot(this.s[slot], d);
            alpha[slot] = a;
            const y = this.y[slot];
            for (let i = 0; i < n; i++)
                d[i] -= a * y[i];
        }
        const scale = 1 / this.theta;
        for (let i = 0; i < n; i++)
            d[i] *= scale;
        for (let k = 0; k < this.size; k++) {
            const slot = (this.head + k) % m;
            const b = this.rho[slot] * dot(this.y[slot], d);
            const s = this.s[slot];
            const c = alpha[slot] - b;
            for (let i = 0; i < n; i++)
                d[i] += c * s[i];
        }
    }
}
/**
 * Moré–Thuente line search (MINPACK-2 `dcsrch`) on φ(t) = f(x + t·d), with L-BFGS-B's constants.
 * `evaluate` moves to step t and returns [φ(t), φ'(t)]. Returns undefined when `maxEvaluations` were
 * not enough; the MINPACK warnings (rounding errors, xtol, step bounds) accept the current step, as
 * L-BFGS-B does.
 */
function lineSearch(initial, f0, g0, maxEvaluations, evaluate) {
    const ftol = 1e-3;
    const gtol = 0.9;
    const xtol = 0.1;
    const stpmin = 0;
    const stpmax = STEP_MAX;
    const gtest = ftol * g0;
    let width = stpmax - stpmin;
    let width1 = width / 0.5;
    const state = { stx: 0, fx: f0, gx: g0, sty: 0, fy: f0, gy: g0, brackt: false };
    let stmin = 0;
    let stmax = initial + 4 * initial;
    let stage = 1;
    let stp = initial;
    for (let evaluation = 1; evaluation <= maxEvaluations; evaluation++) {
        const [f, g] = evaluate(stp);
        const ftest = f0 + stp * gtest;
        if (stage === 1 && f <= ftest && g >= 0)
            stage = 2;
        if (state.brackt && (stp <= stmin || stp >= stmax))
            return { step: stp, slope: g };
        if (state.brackt && stmax - stmin <= xtol * stmax)
            return { step: stp, slope: g };
        if (stp === stpmax && f <= ftest && g <= gtest)
            return { step: stp, slope: g };
        if (stp === stpmin && (f > ftest || g >= gtest))
            return { step: stp, slope: g };
        if (f <= ftest && Math.abs(g) <= gtol * -g0)
            return { step: stp, slope: g };
        if (stage === 1 && f <= state.fx && f > ftest) {
            // Step on the modified function ψ(t) = φ(t) − φ(0) − ftol·t·φ'(0) until it has a minimiser.
            const modified = {
                stx: state.stx,
                fx: state.fx - state.stx * gtest,
                gx: state.gx - gtest,
                sty: state.sty,
                fy: state.fy - state.sty * gtest,
                gy: state.gy - gtest,
                brackt: state.brackt
            };
            stp = cstep(modified, stp, f - stp * gtest, g - gtest, stmin, stmax);
            state.stx = modified.stx;
            state.sty = modified.sty;
            state.fx = modified.fx + modified.stx * gtest;
            state.fy = modified.fy + modified.sty * gtest;
            state.gx = modified.gx + gtest;
            state.gy = modified.gy + gtest;
            state.brackt = modified.brackt;
        }
        else {
            stp = cstep(state, stp, f, g, stmin, stmax);
        }
        if (state.brackt) {
            // Bisect when the interval did not shrink enough over the last two steps.
            if (Math.abs(state.sty - state.stx) >= 0.66 * width1)
                stp = state.stx + 0.5 * (state.sty - state.stx);
            width1 = width;
            width = Math.abs(state.sty - state.stx);
            stmin = Math.min(state.stx, state.sty);
            stmax = Math.max(state.stx, state.sty);
        }
        else {
            stmin = stp + 1.1 * (stp - state.stx);
            stmax = stp + 4 * (stp - state.stx);
        }
        stp = Math.min(Math.max(stp, stpmin), stpmax);
        if (state.brackt && (stp <= stmin || stp >= stmax || stmax - stmin <= xtol * stmax))
            stp = state.stx;
    }
    return undefined;
}
/** MINPACK-2 `dcstep`: updates the interval with the trial (stp, fp, dp) and returns the next trial. */
function cstep(st, stp, fp, dp, stpmin, stpmax) {
    const { stx, fx, gx: dx, sty, fy, gy: dy } = st;
    const sgnd = dp * Math.sign(dx);
    let stpf;
    if (fp > fx) {
        // Higher function value: the minimum is bracketed; cubic or quadratic interpolation.
        const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
        const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
        let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
        if (stp < stx)
            gamma = -gamma;
        const p = gamma - dx + theta;
        const q = gamma - dx + gamma + dp;
        const stpc = stx + (p / q) * (stp - stx);
        const stpq = stx + (dx / ((fx - fp) / (stp - stx) + dx) / 2) * (stp - stx);
        stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
        st.brackt = true;
    }
    else if (sgnd < 0) {
        // Derivatives of opposite sign: bracketed; cubic or secant step.
        const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
        const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
        let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
        if (stp > stx)
            gamma = -gamma;
        const p = gamma - dp + theta;
        const q = gamma - dp + gamma + dx;
        const stpc = stp + (p / q) * (stx - stp);
        const stpq = stp + (dp / (dp - dx)) * (stx - stp);
        stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
        st.brackt = true;
    }
    else if (Math.abs(dp) < Math.abs(dx)) {
        // Same sign, derivative decreasing in magnitude.
        const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
        const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
        let gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
        if (stp > stx)
            gamma = -gamma;
        const p = gamma - dp + theta;
        const q = gamma + (dx - dp) + gamma;
        const r = p / q;
        let stpc;
        if (r < 0 && gamma !== 0)
            stpc = stp + r * (stx - stp);
        else if (stp > stx)
            stpc = stpmax;
        else
            stpc = stpmin;
        const stpq = stp + (dp / (dp - dx)) * (stx - stp);
        if (st.brackt) {
            stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
            stpf = stp > stx ? Math.min(stp + 0.66 * (sty - stp), stpf) : Math.max(stp + 0.66 * (sty - stp), stpf);
        }
        else {
            stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
            stpf = Math.max(stpmin, Math.min(stpmax, stpf));
        }
    }
    else if (st.brackt) {
        // Same sign, derivative not decreasing, bracketed: cubic step towards sty.
        const theta = (3 * (fp - fy)) / (sty - stp) + dy + dp;
        const s = Math.max(Math.abs(theta), Math.abs(dy), Math.abs(dp));
        let gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
        if (stp > sty)
            gamma = -gamma;
        const p = gamma - dp + theta;
        const q = gamma - dp + gamma + dy;
        stpf = stp + (p / q) * (sty - stp);
    }
    else {
        stpf = stp > stx ? stpmax : stpmin;
    }
    if (fp > fx) {
        st.sty = stp;
        st.fy = fp;
        st.gy = dp;
    }
    else {
        if (sgnd < 0) {
            st.sty = stx;
            st.fy = fx;
            st.gy = dx;
        }
        st.stx = stp;
        st.fx = fp;
        st.gx = dp;
    }
    return stpf;
}
function dot(a, b) {
    let sum = 0;
    for (let i = 0; i < a.length; i++)
        sum += a[i] * b[i];
    return sum;
}
function maxAbs(a) {
    let max = 0;
    for (const v of a)
        max = Math.max(max, Math.abs(v));
    return max;
}

;// CONCATENATED MODULE: ./shared/train/linear.ts
/**
 * Linear trainers that reproduce scikit-learn 1.2: `LogisticRegression(penalty='l2', solver='lbfgs')`
 * (binary, or multinomial over all classes) and `Ridge(alpha)` with an intercept. The design matrix
 * comes already preprocessed (no NaN). Results are deterministic: one thread, fixed summation order.
 */


/** scikit-learn's defaults. */
const LOGISTIC_DEFAULTS = { C: 1, maxIter: 100, tol: 1e-4 };
/** scikit-learn's default. */
const RIDGE_DEFAULTS = { alpha: 1 };
/**
 * L2-regularised logistic regression. `codes` holds class codes 0..classes-1. Two classes: one output,
 * the logit of class 1 (scikit-learn's binomial loss). More: one output per class, the full softmax
 * (scikit-learn's symmetric multinomial parametrisation, one coefficient row per class).
 *
 * Minimises what scikit-learn 1.2 hands to L-BFGS-B: Σᵢ logloss + ‖w‖²/(2C), intercepts unpenalised,
 * from zero, with `gtol = tol` and `maxiter = maxIter` (so `tol` applies to that sum's gradient, as
 * in scikit-learn).
 */
function trainLogistic(matrix, codes, classes, params) {
    checkMatrix(matrix, codes);
    if (!Number.isInteger(classes) || classes < 2)
        throw new RangeError(`classes must be ≥ 2, got ${classes}`);
    for (const code of codes) {
        if (!Number.isInteger(code) || code < 0 || code >= classes) {
            throw new RangeError(`class codes must be integers in [0, ${classes}), got ${code}`);
        }
    }
    if (!(params.C > 0) || !Number.isFinite(params.C)) {
        throw new errors/* ConfigurationError */.j1(`logistic regression: C must be a positive number, got ${params.C}`);
    }
    if (!Number.isInteger(params.maxIter) || params.maxIter < 1) {
        throw new errors/* ConfigurationError */.j1(`logistic regression: max_iter must be a positive integer, got ${params.maxIter}`);
    }
    if (!(params.tol >= 0)) {
        throw new errors/* ConfigurationError */.j1(`logistic regression: tol must be ≥ 0, got ${params.tol}`);
    }
    const { cols } = matrix;
    const outputs = classes === 2 ? 1 : classes;
    // Parameters: per output, `cols` coefficients then the intercept.
    const stride = cols + 1;
    const objective = outputs === 1
        ? binomialObjective(matrix, codes, params.C)
        : multinomialObjective(matrix, codes, classes, params.C);
    const { x } = minimizeLbfgs(objective, new Float64Array(outputs * stride), {
        maxIter: params.maxIter,
        gtol: params.tol
    });
    const coefficients = new Float64Array(outputs * cols);
    const intercepts = new Float64Array(outputs);
    for (let k = 0; k < outputs; k++) {
        coefficients.set(x.subarray(k * stride, k * stride + cols), k * cols);
        intercepts[k] = x[k * stride + cols];
    }
    return { kind: 'linear', outputs, features: cols, coefficients, intercepts };
}
/**
 * Σ binomial log-loss + ‖w‖²/(2C) and its gradient, in one pass over the rows. Rows go four at a
 * time: each coefficient is loaded once for four dot products and each gradient entry updated once
 * for four rows, which halves the pass's time in V8 (bounds checks and loads dominate, not the
 * arithmetic). The log(1 + e) terms of the loss are multiplied together and logged once per 256
 * rows (each factor is in (1, 2], so the product stays below 2²⁵⁶): that saves a Math.log1p per row,
 * a fifth of the pass, and moves the loss by rounding only (terms below 2⁻²⁶ are added exactly).
 */
function binomialObjective(matrix, y, C) {
    const { rows, cols: p, values: X } = matrix;
    const penalty = 1 / C;
    const p2 = 2 * p;
    const p3 = 3 * p;
    const state = new RowState();
    return (w, gradient) => {
        gradient.fill(0);
        const intercept = w[p];
        let loss = 0;
        let interceptGradient = 0;
        let i = 0;
        let row = 0;
        for (; i + 4 <= rows; i += 4, row += 4 * p) {
            if ((i & 255) === 0)
                loss += state.flush();
            let z0 = 0;
            let z1 = 0;
            let z2 = 0;
            let z3 = 0;
            for (let j = 0, at = row; j < p; j++, at++) {
                const wj = w[j];
                z0 += wj * X[at];
                z1 += wj * X[at + p];
                z2 += wj * X[at + p2];
                z3 += wj * X[at + p3];
            }
            loss += state.point(z0 + intercept, y[i]);
            const g0 = state.gradient;
            loss += state.point(z1 + intercept, y[i + 1]);
            const g1 = state.gradient;
            loss += state.point(z2 + intercept, y[i + 2]);
            const g2 = state.gradient;
            loss += state.point(z3 + intercept, y[i + 3]);
            const g3 = state.gradient;
            interceptGradient += g0 + g1 + g2 + g3;
            for (let j = 0, at = row; j < p; j++, at++) {
                gradient[j] += g0 * X[at] + g1 * X[at + p] + g2 * X[at + p2] + g3 * X[at + p3];
            }
        }
        for (; i < rows; i++, row += p) {
            let z = 0;
            for (let j = 0; j < p; j++)
                z += w[j] * X[row + j];
            loss += state.point(z + intercept, y[i]);
            const g = state.gradient;
            interceptGradient += g;
            for (let j = 0; j < p; j++)
                gradient[j] += g * X[row + j];
        }
        loss += state.flush();
        let norm = 0;
        for (let j = 0; j < p; j++) {
            norm += w[j] * w[j];
            gradient[j] += penalty * w[j];
        }
        gradient[p] = interceptGradient;
        return loss + 0.5 * penalty * norm;
    };
}
/** Below this, log(1 + e) is summed as e − e²/2 (exact to rounding) rather than multiplied in. */
const TINY = 2 ** -26;
/** The per-row part of the binomial pass: one row's loss and gradient, and the pending product. */
class RowState {
    /** ∂loss/∂z of the last row: σ(z) − t. */
    gradient = 0;
    product = 1;
    /**
     * One row's log-loss log(1 + eᶻ) − t·z = log(1 + e^−|z|) + max(z, 0) − t·z: returns all of it
     * but the log(1 + e^−|z|) factor it keeps for `flush`, and sets `gradient`. The gradient is
     * scikit-learn's overflow-safe form (`closs_grad_half_binomial` in sklearn/_loss).
     */
    point(z, t) {
        const e = Math.exp(-Math.abs(z));
        let linear;
        if (z > 0) {
            this.gradient = (1 - t - t * e) / (1 + e);
            linear = (1 - t) * z;
        }
        else {
            this.gradient = ((1 - t) * e - t) / (1 + e);
            linear = -t * z;
        }
        if (e < TINY)
            return linear + (e - 0.5 * e * e);
        this.product *= 1 + e;
        return linear;
    }
    /** log of the pending product of (1 + e) factors, and a fresh product. */
    flush() {
        const sum = Math.log(this.product);
        this.product = 1;
        return sum;
    }
}
/**
 * Σ multinomial log-loss (softmax over all classes) + ‖W‖²/(2C) and its gradient, in one pass over
 * the rows; the softmax subtracts the row's largest score, as scikit-learn's `sum_exp_minus_max`.
 */
function multinomialObjective(matrix, y, classes, C) {
    const { rows, cols: p, values: X } = matrix;
    const stride = p + 1;
    const penalty = 1 / C;
    const scores = new Float64Array(classes);
    return (w, gradient) => {
        gradient.fill(0);
        let loss = 0;
        for (let i = 0, row = 0; i < rows; i++, row += p) {
            const label = y[i];
            let max = -Infinity;
            let labelScore = 0;
            for (let k = 0, base = 0; k < classes; k++, base += stride) {
                let z = 0;
                for (let j = 0; j < p; j++)
                    z += w[base + j] * X[row + j];
                z += w[base + p];
                scores[k] = z;
                if (z > max)
                    max = z;
                if (k === label)
                    labelScore = z;
            }
            let sum = 0;
            for (let k = 0; k < classes; k++) {
                const e = Math.exp(scores[k] - max);
                scores[k] = e;
                sum += e;
            }
            loss += Math.log(sum) + max - labelScore;
            for (let k = 0, base = 0; k < classes; k++, base += stride) {
                let g = scores[k] / sum;
                if (k === label)
                    g -= 1;
                for (let j = 0; j < p; j++)
                    gradient[base + j] += g * X[row + j];
                gradient[base + p] += g;
            }
        }
        let norm = 0;
        for (let k = 0, base = 0; k < classes; k++, base += stride) {
            for (let j = 0; j < p; j++) {
                const v = w[base + j];
                norm += v * v;
                gradient[base + j] += penalty * v;
            }
        }
        return loss + 0.5 * penalty * norm;
    };
}
/**
 * Ridge regression with an intercept, as scikit-learn's `Ridge(alpha)` (solver 'cholesky'): centre X
 * and y, solve (XᵀX + αI)w = Xᵀy, intercept = ȳ − x̄·w. When the system is singular (α = 0 with
 * collinear columns, e.g. a full one-hot encoding) scikit-learn falls back to the SVD solver's
 * minimum-norm solution; so does this, through a symmetric eigendecomposition.
 */
function trainRidge(matrix, target, params) {
    checkMatrix(matrix, target);
    if (!(params.alpha >= 0) || !Number.isFinite(params.alpha)) {
        throw new errors/* ConfigurationError */.j1(`ridge: alpha must be a number ≥ 0, got ${params.alpha}`);
    }
    const { rows, cols: p, values: X } = matrix;
    const xMean = new Float64Array(p);
    let yMean = 0;
    for (let i = 0, row = 0; i < rows; i++, row += p) {
        for (let j = 0; j < p; j++)
            xMean[j] += X[row + j];
        yMean += target[i];
    }
    for (let j = 0; j < p; j++)
        xMean[j] /= rows;
    yMean /= rows;
    // Upper triangle of the centred XᵀX, and the centred Xᵀy.
    const a = new Float64Array(p * p);
    const b = new Float64Array(p);
    const centred = new Float64Array(p);
    for (let i = 0, row = 0; i < rows; i++, row += p) {
        for (let j = 0; j < p; j++)
            centred[j] = X[row + j] - xMean[j];
        const yc = target[i] - yMean;
        for (let j = 0; j < p; j++) {
            const v = centred[j];
            b[j] += v * yc;
            const base = j * p;
            for (let k = j; k < p; k++)
                a[base + k] += v * centred[k];
        }
    }
    for (let j = 0; j < p; j++) {
        a[j * p + j] += params.alpha;
        for (let k = j + 1; k < p; k++)
            a[k * p + j] = a[j * p + k];
    }
    const coefficients = solveCholesky(a, b, p) ?? solveMinimumNorm(a, b, p);
    let intercept = yMean;
    for (let j = 0; j < p; j++)
        intercept -= xMean[j] * coefficients[j];
    return { kind: 'linear', outputs: 1, features: p, coefficients, intercepts: Float64Array.of(intercept) };
}
/**
 * Solves A·x = b for a symmetric positive definite A (full, row-major) by Cholesky; undefined when a
 * pivot is not clearly positive (the matrix is singular to working precision).
 */
function solveCholesky(a, b, p) {
    const l = new Float64Array(p * p);
    for (let j = 0; j < p; j++) {
        let pivot = a[j * p + j];
        for (let k = 0; k < j; k++)
            pivot -= l[j * p + k] * l[j * p + k];
        if (!(pivot > SINGULAR * a[j * p + j]))
            return undefined;
        const ljj = Math.sqrt(pivot);
        l[j * p + j] = ljj;
        for (let i = j + 1; i < p; i++) {
            let sum = a[i * p + j];
            for (let k = 0; k < j; k++)
                sum -= l[i * p + k] * l[j * p + k];
            l[i * p + j] = sum / ljj;
        }
    }
    const x = new Float64Array(p);
    for (let i = 0; i < p; i++) {
        let sum = b[i];
        for (let k = 0; k < i; k++)
            sum -= l[i * p + k] * x[k];
        x[i] = sum / l[i * p + i];
    }
    for (let i = p - 1; i >= 0; i--) {
        let sum = x[i];
        for (let k = i + 1; k < p; k++)
            sum -= l[k * p + i] * x[k];
        x[i] = sum / l[i * p + i];
    }
    return x;
}
/** A pivot below this fraction of its diagonal entry means the matrix is numerically singular. */
const SINGULAR = 1e-10;
/**
 * The minimum-norm least-squares solution of A·x = b for a symmetric positive semi-definite A: cyclic
 * Jacobi eigendecomposition, then x = Σ (vₖ·b / λₖ) vₖ over eigenvalues above λ_max·p·ε (the cut-off
 * LAPACK's least-squares drivers use by default).
 */
function solveMinimumNorm(a, b, p) {
    const m = Float64Array.from(a);
    const v = new Float64Array(p * p);
    for (let i = 0; i < p; i++)
        v[i * p + i] = 1;
    let total = 0;
    for (const entry of a)
        total += entry * entry;
    for (let sweep = 0; sweep < 100; sweep++) {
        // Converged when the off-diagonal part is below rounding of the whole matrix.
        let off = 0;
        for (let i = 0; i < p; i++)
            for (let j = i + 1; j < p; j++)
                off += m[i * p + j] * m[i * p + j];
        if (off <= 1e-30 * total)
            break;
        for (let i = 0; i < p - 1; i++) {
            for (let j = i + 1; j < p; j++) {
                const aij = m[i * p + j];
                if (aij === 0)
                    continue;
                // The rotation that zeroes m[i][j] (Golub & Van Loan, Algorithm 8.5.1).
                const tau = (m[j * p + j] - m[i * p + i]) / (2 * aij);
                const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
                const c = 1 / Math.sqrt(1 + t * t);
                const s = t * c;
                for (let k = 0; k < p; k++) {
                    const mki = m[k * p + i];
                    const mkj = m[k * p + j];
                    m[k * p + i] = c * mki - s * mkj;
                    m[k * p + j] = s * mki + c * mkj;
                }
                for (let k = 0; k < p; k++) {
                    const mik = m[i * p + k];
                    const mjk = m[j * p + k];
                    m[i * p + k] = c * mik - s * mjk;
                    m[j * p + k] = s * mik + c * mjk;
                }
                for (let k = 0; k < p; k++) {
                    const vki = v[k * p + i];
                    const vkj = v[k * p + j];
                    v[k * p + i] = c * vki - s * vkj;
                    v[k * p + j] = s * vki + c * vkj;
                }
                m[i * p + j] = 0;
                m[j * p + i] = 0;
            }
        }
    }
    let largest = 0;
    for (let k = 0; k < p; k++)
        largest = Math.max(largest, Math.abs(m[k * p + k]));
    const cutoff = largest * p * 2.220446049250313e-16;
    const x = new Float64Array(p);
    for (let k = 0; k < p; k++) {
        const lambda = m[k * p + k];
        if (!(lambda > cutoff))
            continue;
        let projection = 0;
        for (let i = 0; i < p; i++)
            projection += v[i * p + k] * b[i];
        const scale = projection / lambda;
        for (let i = 0; i < p; i++)
            x[i] += scale * v[i * p + k];
    }
    return x;
}
function checkMatrix(matrix, target) {
    if (matrix.values.length !== matrix.rows * matrix.cols) {
        throw new RangeError(`design matrix has ${matrix.values.length} values, expected ${matrix.rows}×${matrix.cols}`);
    }
    if (target.length !== matrix.rows) {
        throw new RangeError(`target has ${target.length} values for ${matrix.rows} rows`);
    }
    if (matrix.rows === 0)
        throw new RangeError('cannot train on zero rows');
}

;// CONCATENATED MODULE: ./shared/train/trainers.ts
/**
 * The built-in trainers: their params (kebab-case, as a workflow_dispatch form passes them, with
 * scikit-learn's defaults), the preprocessing each needs, and the solver behind it. Each returns a
 * `TrainedModel`, which `export.ts` writes as ONNX.
 */








/** Bumped when a trainer's output for the same inputs changes: it is part of the run key. */
const TRAINER_VERSION = '1';
const positive = schemas/* number */.aig().positive();
const count = schemas/* number */.aig().int().min(1);
const logisticParams = schemas/* strictObject */.rej({
    c: positive.default(LOGISTIC_DEFAULTS.C),
    'max-iter': count.default(LOGISTIC_DEFAULTS.maxIter),
    tol: positive.default(LOGISTIC_DEFAULTS.tol)
});
const ridgeParams = schemas/* strictObject */.rej({ alpha: schemas/* number */.aig().min(0).default(RIDGE_DEFAULTS.alpha) });
const gbtParams = schemas/* strictObject */.rej({
    rounds: count.default(GBT_DEFAULTS.rounds),
    'learning-rate': positive.default(GBT_DEFAULTS.learningRate),
    'max-depth': count.nullable().default(GBT_DEFAULTS.maxDepth),
    'max-leaf-nodes': schemas/* number */.aig().int().min(2).default(GBT_DEFAULTS.maxLeafNodes),
    'min-samples-leaf': count.default(GBT_DEFAULTS.minSamplesLeaf),
    'l2-regularization': schemas/* number */.aig().min(0).default(GBT_DEFAULTS.l2Regularization),
    'max-bins': schemas/* number */.aig().int().min(2).max(255).default(GBT_DEFAULTS.maxBins)
});
function classHead(target) {
    if (target.task !== 'classification')
        return { kind: 'identity' };
    return target.classes.length === 2
        ? { kind: 'sigmoid', classes: target.classes }
        : { kind: 'softmax', classes: target.classes };
}
const logisticRegression = {
    tasks: ['classification'],
    params: logisticParams,
    scaling: 'standardise',
    fit(matrix, target, params) {
        if (target.task !== 'classification')
            throw new Error('logistic-regression needs classes');
        return trainLogistic(matrix, target.codes, target.classes.length, {
            C: params.c,
            maxIter: params['max-iter'],
            tol: params.tol
        });
    }
};
const linearRegression = {
    tasks: ['regression'],
    params: ridgeParams,
    scaling: 'standardise',
    fit(matrix, target, params) {
        if (target.task !== 'regression')
            throw new Error('linear-regression needs values');
        return trainRidge(matrix, target.values, params);
    }
};
const gradientBoostedTrees = {
    tasks: ['classification', 'regression'],
    params: gbtParams,
    scaling: 'none',
    fit(matrix, target, params, seed) {
        const gbt = {
            rounds: params.rounds,
            learningRate: params['learning-rate'],
            maxDepth: params['max-depth'],
            maxLeafNodes: params['max-leaf-nodes'],
            minSamplesLeaf: params['min-samples-leaf'],
            l2Regularization: params['l2-regularization'],
            maxBins: params['max-bins']
        };
        return target.task === 'regression'
            ? trainGbt(matrix, target.values, { kind: 'regression' }, gbt, seed)
            : trainGbt(matrix, target.codes, target.classes.length === 2
                ? { kind: 'binary' }
                : { kind: 'multiclass', classes: target.classes.length }, gbt, seed);
    }
};
const TRAINER_TABLE = {
    'logistic-regression': logisticRegression,
    'linear-regression': linearRegression,
    'gradient-boosted-trees': gradientBoostedTrees
};
function columnMap(table) {
    return new Map(table.features.map((column) => [column.name, column]));
}
/** The task a trainer trains for, checked against the one asked for (or inferred). */
function trainerTask(name, wanted, inferred) {
    const trainer = TRAINER_TABLE[name];
    if (wanted !== undefined && !trainer.tasks.includes(wanted))
        throw new errors/* ConfigurationError */.j1(`trainer ${name} does not do ${wanted} (it does ${trainer.tasks.join(', ')})`);
    if (wanted !== undefined)
        return wanted;
    return trainer.tasks.length === 1 ? trainer.tasks[0] : inferred;
}
/** The trainer's params with defaults filled in; unknown names get the closest known one suggested. */
function trainerParams(name, params) {
    const trainer = TRAINER_TABLE[name];
    const names = Object.keys(trainer.params.shape);
    for (const key of Object.keys(params))
        if (!names.includes(key))
            throw new errors/* ConfigurationError */.j1(`params: ${name} has no param \`${key}\`${(0,suggest/* didYouMean */.au)(key, names)} (params: ${names.join(', ')})`);
    const result = trainer.params.safeParse(params);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* ConfigurationError */.j1(`params: ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(params[String(issue.path[0])])})`);
    }
    return result.data;
}
/**
 * Trains `name` on the table; `params` as `trainerParams` returned them. Returns the design matrix
 * too: the training metrics score the same rows without building it again.
 */
function fitTrainer(name, table, target, params, seed) {
    const trainer = TRAINER_TABLE[name];
    const transforms = fitTransforms(table.features, trainer.scaling);
    const matrix = designMatrix(transforms, columnMap(table), table.rows);
    const model = {
        features: transforms,
        predictor: trainer.fit(matrix, target, params, seed),
        head: classHead(target),
        metadata: {
            trainer: name,
            'trainer-version': TRAINER_VERSION,
            target: table.target.name,
            // The graph imputes numbers, one-hot encodes a missing string as all zeros, and trees route NaN:
            // evaluate-thresholds then feeds rows with missing values instead of refusing them.
            [HANDLES_MISSING_METADATA.key]: HANDLES_MISSING_METADATA.value,
            params: JSON.stringify(params),
            seed: String(seed)
        }
    };
    return { model, matrix };
}

;// CONCATENATED MODULE: ./shared/train/predict.ts
/** The predictor's raw scores, row-major [rows × outputs]. Throws when the matrix width differs. */
function rawScores(predictor, matrix) {
    if (matrix.cols !== predictor.features)
        throw new Error(`rawScores: the predictor takes ${predictor.features} features, the matrix has ${matrix.cols}`);
    return predictor.kind === 'linear' ? linearScores(predictor, matrix) : treeScores(predictor, matrix);
}
function linearScores(predictor, matrix) {
    const { outputs, features, coefficients, intercepts } = predictor;
    const { rows, values } = matrix;
    const out = new Float64Array(rows * outputs);
    for (let row = 0; row < rows; row++) {
        const x = row * features;
        for (let output = 0; output < outputs; output++) {
            const w = output * features;
            let sum = intercepts[output];
            for (let feature = 0; feature < features; feature++)
                sum += coefficients[w + feature] * values[x + feature];
            out[row * outputs + output] = sum;
        }
    }
    return out;
}
function treeScores(predictor, matrix) {
    const { outputs, features, base, trees } = predictor;
    const { rows, values } = matrix;
    const out = new Float64Array(rows * outputs);
    for (let row = 0; row < rows; row++)
        out.set(base, row * outputs);
    for (const { output, tree } of trees)
        for (let row = 0; row < rows; row++)
            out[row * outputs + output] += leafValue(tree, values, row * features);
    return out;
}
/** The value of the leaf the row starting at `values[start]` reaches. */
function leafValue(tree, values, start) {
    const { feature, threshold, left, right, missingLeft } = tree;
    let node = 0;
    while (feature[node] >= 0) {
        const x = values[start + feature[node]];
        if (x !== x)
            node = missingLeft[node] === 1 ? left[node] : right[node];
        else
            node = Math.fround(x) <= threshold[node] ? left[node] : right[node];
    }
    return tree.value[node];
}
/**
 * Turns raw scores into predictions: `sigmoid` gives [1 - p, p] from one score per row, `softmax`
 * normalises one score per class, `identity` passes the one score per row through. Labels are the
 * argmax of the probabilities, the first class on ties (onnxruntime's ArgMax, numpy's argmax).
 */
function applyHead(head, raw, rows) {
    if (head.kind === 'identity') {
        expectWidth(raw, rows, 1, 'an identity head');
        return { raw, values: raw.slice() };
    }
    const classes = head.classes.length;
    const probabilities = new Float64Array(rows * classes);
    if (head.kind === 'sigmoid') {
        if (classes !== 2)
            throw new Error(`applyHead: a sigmoid head has 2 classes, not ${classes}`);
        expectWidth(raw, rows, 1, 'a sigmoid head');
        for (let row = 0; row < rows; row++) {
            const p = 1 / (1 + Math.exp(-raw[row]));
            probabilities[row * 2] = 1 - p;
            probabilities[row * 2 + 1] = p;
        }
    }
    else {
        expectWidth(raw, rows, classes, `a softmax head over ${classes} classes`);
        for (let row = 0; row < rows; row++) {
            const start = row * classes;
            let max = -Infinity;
            for (let c = 0; c < classes; c++)
                max = Math.max(max, raw[start + c]);
            let sum = 0;
            for (let c = 0; c < classes; c++) {
                const e = Math.exp(raw[start + c] - max);
                probabilities[start + c] = e;
                sum += e;
            }
            for (let c = 0; c < classes; c++)
                probabilities[start + c] /= sum;
        }
    }
    const labels = new Int32Array(rows);
    for (let row = 0; row < rows; row++) {
        const start = row * classes;
        let best = 0;
        for (let c = 1; c < classes; c++)
            if (probabilities[start + c] > probabilities[start + best])
                best = c;
        labels[row] = best;
    }
    return { raw, probabilities, labels };
}
function expectWidth(raw, rows, width, what) {
    if (raw.length !== rows * width)
        throw new Error(`applyHead: ${what} takes ${width} raw score${width === 1 ? '' : 's'} per row; got ${raw.length} for ${rows} rows`);
}

;// CONCATENATED MODULE: ./shared/train/training-metrics.ts
/**
 * Metrics of a built-in trainer's model, computed by scoring it in TypeScript (the same functions
 * the exported graph computes) with scikit-learn's metric definitions: on the training set, and on
 * the validation set when there is one.
 */






const CLASSIFICATION = ['accuracy', 'balanced_accuracy', 'f1', 'log_loss', 'roc_auc'];
const REGRESSION = ['r2', 'rmse', 'mae'];
/** `{ train: {...}, validation?: {...} }`: the metrics of `model` on each set. */
async function trainingMetrics(model, matrix, table, target, validation) {
    const result = { train: metricsOn(model, matrix, target) };
    if (validation !== undefined) {
        const held = await loadTable(validation, {
            target: table.target.name,
            features: table.features.map((column) => column.name)
        });
        const columns = new Map(held.features.map((column) => [column.name, column]));
        const heldMatrix = designMatrix(model.features, columns, held.rows);
        result.validation = metricsOn(model, heldMatrix, readHeldOut(held, target, validation));
    }
    return result;
}
/** The validation target coded with the training classes; a class the model never saw is an error. */
function readHeldOut(table, trained, path) {
    const read = readTarget(table.target, trained.task, path);
    if (read.task !== 'classification' || trained.task !== 'classification')
        return read;
    const index = new Map(trained.classes.map((label, i) => [String(label), i]));
    const codes = new Float64Array(read.codes.length);
    for (let row = 0; row < codes.length; row++) {
        const label = String(read.classes[read.codes[row]]);
        const code = index.get(label);
        if (code === undefined)
            throw new errors/* DataError */.fL(`${path}: the target \`${table.target.name}\` has class ${label}, which the training set does not have (classes: ${trained.classes.join(', ')})`);
        codes[row] = code;
    }
    return { task: 'classification', classes: trained.classes, codes };
}
function metricsOn(model, matrix, target) {
    const predictions = applyHead(model.head, rawScores(model.predictor, matrix), matrix.rows);
    if (target.task === 'regression')
        return regressionMetrics(target.values, predictions.values, REGRESSION).values;
    const classes = target.classes.map(String);
    const result = classificationMetrics({
        yTrue: Int32Array.from(target.codes),
        yPred: predictions.labels,
        proba: predictions.probabilities ?? null,
        classes,
        posLabel: classes.length - 1
    }, classes.length === 2 ? CLASSIFICATION : CLASSIFICATION.map((name) => (name === 'f1' ? 'f1_macro' : name)));
    return result.values;
}

;// CONCATENATED MODULE: ./shared/train/train.ts
/**
 * A training run from plan to outputs: the run key from the inputs' bytes, the run cache, training
 * (a built-in trainer or the user's command), the checks on what came out, the lineage manifest and
 * the reproducibility check.
 */


















const MODEL_FILE = 'model.onnx';
const METRICS_FILE = 'metrics.json';
const PARAMS_FILE = 'params.json';
async function train(plan, context) {
    const started = new Date();
    const inputs = await hashInputs(plan);
    context.logger.info(`Run key ${inputs.key}`);
    const outputDir = plan.outputDir;
    if (context.cache !== null && (await context.cache.restore(inputs.key, outputDir))) {
        const restored = await readRestored(outputDir, inputs.key);
        if (restored !== undefined) {
            context.logger.info(`Cache hit in ${context.cache.description}: reusing the outputs of run ${inputs.key}.`);
            if (plan.verifyReproducible)
                await verifyReproducible(plan, inputs, restored.manifest, context);
            return { ...restored, cacheHit: true };
        }
        context.logger.warning(`The cached outputs of run ${inputs.key} are incomplete: training again.`);
    }
    await (0,promises_.rm)(outputDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const produced = await trainInto(plan, inputs, outputDir, context);
    const manifest = await writeManifest(plan, inputs, outputDir, produced, started, context.env);
    if (plan.verifyReproducible)
        await verifyReproducible(plan, inputs, produced, context);
    if (context.cache !== null)
        await context.cache.save(inputs.key, outputDir);
    return {
        runKey: inputs.key,
        cacheHit: false,
        modelPath: (0,external_node_path_.join)(outputDir, MODEL_FILE),
        manifestPath: (0,external_node_path_.join)(outputDir, MANIFEST_FILE),
        manifest,
        metrics: produced.metrics
    };
}
async function hashInputs(plan) {
    const argv = plan.program.mode === 'command' ? commandArgv(plan.program.command) : [];
    const [data, validation, code] = await Promise.all([
        fingerprintData(plan.data),
        plan.validation === undefined ? Promise.resolve([]) : fingerprintData(plan.validation),
        plan.program.mode === 'command' || plan.code !== undefined
            ? fingerprintCode(plan.code, argv)
            : Promise.resolve([])
    ]);
    const key = runKey({
        program: plan.program.mode === 'trainer' ? `trainer:${plan.program.trainer}@${TRAINER_VERSION}` : argv,
        code,
        data,
        validation,
        target: plan.target,
        features: plan.features,
        task: plan.task,
        params: plan.params,
        seed: plan.seed,
        mlgate: version/* MLGATE_VERSION */.C
    });
    return { key, data, validation, code, argv };
}
/** Trains once into `outputDir` (which exists and is empty). */
async function trainInto(plan, inputs, outputDir, context) {
    const started = performance.now();
    await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, PARAMS_FILE), `${JSON.stringify(plan.params, null, 2)}\n`);
    if (plan.program.mode === 'trainer') {
        const trainer = plan.program.trainer;
        const result = await context.logger.group(`Training ${trainer} on ${plan.data}`, () => trainBuiltIn(plan, trainer, outputDir));
        const trainSeconds = (performance.now() - started) / 1000;
        return { ...result, trainSeconds, model: await inspectModel(outputDir, 'trainer') };
    }
    await runCommand(plan.program.command, commandEnv(plan, outputDir), context.logger);
    const trainSeconds = (performance.now() - started) / 1000;
    const model = await inspectModel(outputDir, 'command');
    return {
        model,
        metrics: await readUserMetrics((0,external_node_path_.join)(outputDir, METRICS_FILE)),
        training: {
            mode: 'command',
            command: [...inputs.argv],
            ...(plan.task === undefined ? {} : { task: plan.task }),
            ...(plan.target === undefined ? {} : { target: plan.target }),
            ...(plan.features === undefined ? {} : { features: [...plan.features] })
        },
        trainSeconds
    };
}
async function trainBuiltIn(plan, trainer, outputDir) {
    if (plan.target === undefined)
        throw new errors/* TrainingError */.pz(`trainer ${trainer}: no target column (set the target input or train.target)`);
    const params = trainerParams(trainer, plan.params);
    const table = await loadTable(plan.data, {
        target: plan.target,
        ...(plan.features === undefined ? {} : { features: plan.features })
    });
    const task = trainerTask(trainer, plan.task, inferTask(table.target));
    const target = readTarget(table.target, task, plan.data);
    const { model, matrix } = fitTrainer(trainer, table, target, params, plan.seed);
    const columnTypes = new Map(table.features.map((column) => [column.name, column.type === 'string' ? 'string' : 'number']));
    await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, MODEL_FILE), exportOnnx(model, columnTypes));
    const metrics = await trainingMetrics(model, matrix, table, target, plan.validation);
    await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, METRICS_FILE), `${JSON.stringify(metrics, null, 2)}\n`);
    return {
        metrics,
        training: {
            mode: 'trainer',
            trainer,
            trainerVersion: TRAINER_VERSION,
            task,
            target: plan.target,
            features: table.features.map((column) => column.name),
            ...(target.task === 'classification' ? { classes: target.classes.map(String) } : {}),
            rows: table.rows
        }
    };
}
function commandEnv(plan, outputDir) {
    // One resolve, then a join: ncc's asset relocator rewrites `resolve(dir, 'a-file-name')` into a
    // path relative to the bundle, which would point the program at the wrong params file.
    const absolute = (0,external_node_path_.resolve)(outputDir);
    return {
        MLGATE_SEED: String(plan.seed),
        MLGATE_PARAMS: (0,external_node_path_.join)(absolute, PARAMS_FILE),
        MLGATE_DATA: plan.data,
        MLGATE_OUTPUT_DIR: absolute,
        ...(plan.validation === undefined ? {} : { MLGATE_VALIDATION_DATA: plan.validation }),
        ...(plan.target === undefined ? {} : { MLGATE_TARGET: plan.target }),
        ...(plan.features === undefined ? {} : { MLGATE_FEATURES: plan.features.join(',') }),
        ...(plan.task === undefined ? {} : { MLGATE_TASK: plan.task })
    };
}
/**
 * Loads the model once in onnxruntime (a command's model must exist and load: TrainingError) and
 * returns what the manifest says of it.
 */
async function inspectModel(outputDir, mode) {
    const path = (0,external_node_path_.join)(outputDir, MODEL_FILE);
    const isFile = await (0,promises_.stat)(path).then((info) => info.isFile(), () => false);
    if (!isFile && mode === 'command')
        throw new errors/* TrainingError */.pz(`the command finished but left no ${MODEL_FILE} in ${outputDir}: it must write the trained ONNX model to $MLGATE_OUTPUT_DIR/${MODEL_FILE}`);
    let model;
    try {
        model = await loadModel(path);
    }
    catch (error) {
        if (error instanceof errors/* ModelError */.me && mode === 'command')
            throw new errors/* TrainingError */.pz(`the command's model is not usable: ${error.message}`);
        throw error;
    }
    await model.close();
    const describe = (value) => ({
        name: value.name,
        type: describeValue(value)
    });
    return {
        file: MODEL_FILE,
        bytes: model.modelBytes,
        sha256: model.sha256,
        inputs: model.signature.inputs.map(describe),
        outputs: model.signature.outputs.map(describe)
    };
}
async function readUserMetrics(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return {};
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* TrainingError */.pz(`${path}: not JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new errors/* TrainingError */.pz(`${path}: expected a JSON object of metric names to values`);
    return parsed;
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
async function writeManifest(plan, inputs, outputDir, produced, started, env) {
    const ort = await onnxRuntime();
    const manifest = {
        schema: MANIFEST_SCHEMA,
        runKey: inputs.key,
        source: sourceOf(env),
        training: produced.training,
        data: { path: plan.data, files: [...inputs.data] },
        ...(plan.validation === undefined
            ? {}
            : { validation: { path: plan.validation, files: [...inputs.validation] } }),
        params: { ...plan.params },
        seed: plan.seed,
        code: [...inputs.code],
        environment: {
            os: `${process.platform} ${(await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).release()}`,
            arch: process.arch,
            node: process.version,
            mlgate: version/* MLGATE_VERSION */.C,
            onnxruntime: ort.env.versions.common ?? 'unknown',
            lockfiles: await fingerprintLockfiles()
        },
        metrics: produced.metrics,
        model: produced.model,
        timings: {
            startedAt: started.toISOString(),
            trainSeconds: round(produced.trainSeconds),
            totalSeconds: round((Date.now() - started.getTime()) / 1000)
        }
    };
    manifestSchema.parse(manifest);
    await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function round(seconds) {
    return Math.round(seconds * 1000) / 1000;
}
function sourceOf(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return {};
    const pick = (value) => value === undefined || value === '' ? undefined : value;
    const run = (0,github_context/* runOf */.ng)(env);
    const entries = {
        commit: pick(env.GITHUB_SHA),
        ref: pick(env.GITHUB_REF),
        repository: pick(env.GITHUB_REPOSITORY),
        event: pick(env.GITHUB_EVENT_NAME),
        actor: pick(env.GITHUB_ACTOR),
        runId: run?.id,
        runUrl: run?.url
    };
    return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
/** The outputs a cache hit restored, or undefined when something is missing or does not match. */
async function readRestored(outputDir, key) {
    try {
        const manifest = manifestSchema.parse(JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(outputDir, MANIFEST_FILE), 'utf8')));
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(outputDir, MODEL_FILE));
        if (manifest.runKey !== key || sha256(bytes) !== manifest.model.sha256)
            return undefined;
        return {
            runKey: key,
            modelPath: (0,external_node_path_.join)(outputDir, MODEL_FILE),
            manifestPath: (0,external_node_path_.join)(outputDir, MANIFEST_FILE),
            manifest,
            metrics: manifest.metrics
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Trains a second time, without the cache, and compares the model (sha256) and the metrics with
 * `first` (this run's, or the cached run's manifest).
 */
async function verifyReproducible(plan, inputs, first, context) {
    const second = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlgate-reproduce-'));
    try {
        context.logger.info('Training again to check the run is reproducible.');
        const produced = await trainInto(plan, inputs, second, context);
        const differences = [];
        const [a, b] = [first.model, produced.model];
        if (a.sha256 !== b.sha256)
            differences.push(`${MODEL_FILE} differs (sha256 ${a.sha256.slice(0, 12)}… then ${b.sha256.slice(0, 12)}…, ${a.bytes} then ${b.bytes} bytes)`);
        differences.push(...metricDifferences(first.metrics, produced.metrics));
        if (differences.length > 0)
            throw new errors/* TrainingError */.pz(`verify-reproducible: two runs with the same inputs gave different results: ${differences.join('; ')}`);
        context.logger.info('Reproducible: the second run gave the same model bytes and metrics.');
    }
    finally {
        await (0,promises_.rm)(second, { recursive: true, force: true });
    }
}
/** `name: a then b` for every metric (nested names dotted) that differs between two runs. */
function metricDifferences(first, second, prefix = '') {
    const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    if (isObject(first) && isObject(second)) {
        const keys = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
        return keys.flatMap((key) => metricDifferences(first[key], second[key], prefix === '' ? key : `${prefix}.${key}`));
    }
    if (canonicalJson(first) === canonicalJson(second))
        return [];
    return [`metric ${prefix || '(all)'}: ${canonicalJson(first)} then ${canonicalJson(second)}`];
}

;// CONCATENATED MODULE: ./shared/cli/commands/train.ts











const trainInputs = {
    trainer: inputs/* input */.hF.text(`A built-in trainer: ${TRAINERS.join(', ')}. No Python needed.`),
    command: inputs/* input */.hF.text('Instead of a trainer: your training program, e.g. "python train.py". It gets MLGATE_SEED, MLGATE_PARAMS, MLGATE_DATA and MLGATE_OUTPUT_DIR and must write model.onnx (and may write metrics.json) there. (Through the root action, whose `command` picks the mlgate command, set train.command in mlgate.yml instead.)'),
    shell: inputs/* input */.hF.flag('Run the command through /bin/sh (pipes, variables); otherwise it runs without a shell.', false),
    timeout: inputs/* input */.hF.number('Minutes before the command is stopped (default 360).', { min: 0.01 }),
    data: inputs/* input */.hF.text('The training set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet).'),
    validation: inputs/* input */.hF.text('A validation set, scored after training (built-in trainers).'),
    target: inputs/* input */.hF.text('The label (or value) column.'),
    features: inputs/* input */.hF.text('Feature columns, comma-separated (default: every column but the target).'),
    task: inputs/* input */.hF.choice('The task; auto infers it from the trainer and the target column.', ['auto', 'classification', 'regression'], 'auto'),
    params: inputs/* input */.hF.text('Params over the params file, as YAML: "learning-rate: 0.05, rounds: 200" (e.g. from a workflow_dispatch form).'),
    'params-file': inputs/* input */.hF.text('The params file, YAML or JSON (default: params.yaml when it exists).'),
    seed: inputs/* input */.hF.number('The seed (default: train.seed in the config, else 0).', { min: 0, integer: true }),
    'output-dir': inputs/* input */.hF.text(`Where model.onnx, metrics.json and mlgate-manifest.json go (default ${DEFAULT_OUTPUT_DIR}).`),
    cache: inputs/* input */.hF.flag('Reuse the outputs of an earlier run with the same run key (the Actions cache; a local directory elsewhere).', true),
    'cache-dir': inputs/* input */.hF.text('The local run cache, outside Actions.', { default: '.mlgate/cache' }),
    code: inputs/* input */.hF.text("Globs of the code files in the run key, comma-separated (default: the command's script and the lockfiles)."),
    'verify-reproducible': inputs/* input */.hF.flag('Train a second time without the cache and fail if the model bytes or metrics differ.', false),
    upload: inputs/* input */.hF.flag('In Actions, upload the output directory as an artifact.', true),
    'artifact-name': inputs/* input */.hF.text('Name of the uploaded artifact.', { default: 'mlgate-model' }),
    config: inputs/* input */.hF.text('The config file (default: mlgate.yml, when it exists).')
};
/** train: trains a model (built-in trainer or your command), with a run cache and a lineage manifest. */
const train_train = {
    name: 'train',
    description: 'Train a model reproducibly: a built-in trainer (no Python) or your own command, a content-hash run cache, and a lineage manifest beside the ONNX model.',
    inputs: trainInputs,
    outputs: {
        model: 'Path of the trained ONNX model.',
        manifest: 'Path of mlgate-manifest.json (the lineage).',
        metrics: 'The training metrics, as compact JSON.',
        'cache-hit': 'true when the outputs came from the run cache.',
        'run-key': 'The run key: sha256 of the code, data, params, seed and trainer.'
    },
    async run(inputs, host) {
        const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
        const plan = await planTraining(inputs, loaded);
        const cacheOn = inputs.cache && (loaded.config.train?.cache ?? true);
        let cache = null;
        if (cacheOn)
            cache =
                host.kind === 'actions' && canUseActionsCache(host.env)
                    ? new ActionsRunCache(host.logger)
                    : new LocalRunCache(inputs['cache-dir']);
        const outcome = await train(plan, { logger: host.logger, env: host.env, cache });
        host.setOutput('model', outcome.modelPath);
        host.setOutput('manifest', outcome.manifestPath);
        host.setOutput('metrics', JSON.stringify(outcome.metrics));
        host.setOutput('cache-hit', String(outcome.cacheHit));
        host.setOutput('run-key', outcome.runKey);
        await host.appendSummary(trainSummary(outcome));
        if (host.kind === 'actions' && inputs.upload) {
            const files = (await (0,promises_.readdir)(plan.outputDir)).map((name) => (0,external_node_path_.join)(plan.outputDir, name));
            await uploadArtifact(inputs['artifact-name'], files, plan.outputDir, host.env, host.logger, 'the trained model');
        }
        host.logger.info(`${outcome.cacheHit ? 'Reused' : 'Trained'} ${outcome.modelPath} (run key ${outcome.runKey.slice(0, 12)}…)`);
        return { ok: true, message: '' };
    }
};

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
        .map((clause) => inline_parseClause(clause, source));
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
function inline_parseClause(clause, source) {
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
        const parsed = CATALOGUE[name].kwargs.safeParse(all);
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
const { abs: gamma_abs, exp: gamma_exp, log: gamma_log, log1p, sqrt: gamma_sqrt } = Math;
const MAX_ITERATIONS = 200_000;
const BIG = 4.503599627370496e15;
const BIG_INVERSE = 2.220446049250313e-16;
const LOG_SQRT_2PI = 0.5 * gamma_log(2 * Math.PI);
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
        return gamma_log(gamma);
    }
    let shift = 0;
    let product = 1;
    while (a < 10) {
        product *= a;
        a += 1;
        shift++;
    }
    const stirling = (a - 0.5) * gamma_log(a) - a + LOG_SQRT_2PI + stirlingCorrection(a);
    return shift === 0 ? stirling : stirling - gamma_log(product);
}
/** x^a·e^(−x)/Γ(a). */
function powerFactor(a, x) {
    if (a < 10) {
        const exponent = a * gamma_log(x) - x - logGamma(a);
        return exponent < -MAXLOG ? 0 : gamma_exp(exponent);
    }
    const t = (x - a) / a;
    const exponent = a * (log1p(t) - t) - stirlingCorrection(a);
    return exponent < -MAXLOG ? 0 : gamma_sqrt(a / (2 * Math.PI)) * gamma_exp(exponent);
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
            t = gamma_abs((answer - r) / r);
            answer = r;
        }
        pkm2 = pkm1;
        pkm1 = pk;
        qkm2 = qkm1;
        qkm1 = qk;
        if (gamma_abs(pk) > BIG) {
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
const { abs: kolmogorov_abs, ceil: kolmogorov_ceil, exp: kolmogorov_exp, floor: kolmogorov_floor, log: kolmogorov_log, log1p: kolmogorov_log1p, max, min, sqrt: kolmogorov_sqrt } = Math;
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
    let nxFloor = kolmogorov_floor(nx);
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
    const k = kolmogorov_ceil(nd);
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
        nn = kolmogorov_floor(nn / 2);
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
        const half = kolmogorov_floor((i + 1) / 2);
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
    const ll = kolmogorov_floor(t);
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
    const maxk = kolmogorov_ceil((16 * z) / Math.PI);
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
const { abs: ks_abs, ceil: ks_ceil, floor: ks_floor, max: ks_max, min: ks_min, round: ks_round } = Math;
/** scipy's MAX_AUTO_N: 'auto' tries the exact distribution when both sizes are at most this. */
const MAX_AUTO_N = 10_000;
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round-half-to-even. */
function roundHalfEven(x) {
    const r = ks_round(x);
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




const column_drift_DRIFT_METHODS = (/* unused pure expression or super */ null && ([
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
const hash_imul = Math.imul;
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
    h = hash_imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = hash_imul(h, 0xc2b2ae35);
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
        let k1 = hash_imul(block, C1);
        k1 = hash_imul(rotl(k1, 15), C2);
        h1 = rotl(h1 ^ k1, 13);
        h1 = (hash_imul(h1, 5) + 0xe6546b64) | 0;
        let k2 = hash_imul(block, C3);
        k2 = hash_imul(rotl(k2, 17), C4);
        h2 = rotl(h2 ^ k2, 19);
        h2 = (hash_imul(h2, 5) + 0x561ccd1b) | 0;
    }
    if (i < n) {
        const unit = s.charCodeAt(i);
        h1 ^= hash_imul(rotl(hash_imul(unit, C1), 15), C2);
        h2 ^= hash_imul(rotl(hash_imul(unit, C3), 17), C4);
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
        sortFloat64(packed);
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
        this.sampler = new NumericSampler(sampleCap, seed);
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
        const qs = PROFILE_QUANTILES.map(([, q]) => q);
        const values = this.sampling ? this.sampler.quantiles(qs) : this.countedQuantiles(qs);
        const quantiles = {};
        PROFILE_QUANTILES.forEach(([key], i) => (quantiles[key] = values[i]));
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
        return qs.map((q) => quantile(view, q));
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

;// CONCATENATED MODULE: ./shared/data/missing.ts
/**
 * Counting a batch's missing cells (`Column.missing`): four cells per step, since most batches of
 * most columns have none.
 */
/** How many cells of `missing` are not `Missing.Value` (0). */
function missing_countMissing(missing) {
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
        const missingCount = missing_countMissing(column.missing);
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
                const value = sample.values.length === 0 ? null : quantile(sample.values, q);
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
        duplicates_insertionSort(records, start, end);
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
function duplicates_insertionSort(records, start, end) {
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
            return rows - missing_countMissing(column.missing.subarray(0, rows));
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
        switch (CATALOGUE[expectation.name].scope) {
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
    name: 'validate-data',
    description: 'Data tests on a data set: schema, nulls, ranges, sets, uniqueness, statistics, drift against a reference.',
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
        const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
        const plan = planValidation(inputs, loaded);
        const outcome = await validate(plan, host.logger);
        const verdict = (0,gate_verdict/* buildVerdict */.o1)('validate-data', outcome.checks, inputs['fail-on'], validate_data_headline(outcome.checks, outcome.details.data.rows), started, outcome.details, version/* MLGATE_VERSION */.C);
        // The sticky comment's identity: this data set, config and suite (not their contents, which change).
        const key = (0,comment/* reportKey */.y1)([loaded.file ?? '', plan.data, inputs.suite ?? '', inputs['check-name'] ?? '']);
        await publishVerdict(verdict, host, (0,options/* reportingOptions */.vZ)(inputs, key));
        host.setOutput('fingerprint', outcome.details.data.fingerprint);
        host.setOutput('rows', String(outcome.details.data.rows));
        host.setOutput('failed-checks', (0,gate_verdict/* failedIds */.GF)(outcome.checks));
        host.logger.info(verdict.headline);
        return { ok: verdict.passed, message: `validate-data: ${verdict.headline}` };
    }
};
function validate_data_headline(checks, rows) {
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

;// CONCATENATED MODULE: ./shared/cli/commands/run.ts










const runInputs = {
    config: inputs/* input */.hF.text('The config file (default: mlgate.yml, when it exists).'),
    'fail-on': inputs/* input */.hF.choice('Which failures fail the step.', gate_verdict/* FAIL_ON */.d$, 'error'),
    'report-dir': inputs/* input */.hF.text('Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.', {
        default: 'mlgate-report'
    }),
    'github-token': inputs/* input */.hF.secret('Token for check runs and PR comments.'),
    comment: options/* reportingInputs */.OS.comment,
    'comment-on-pass': options/* reportingInputs */.OS['comment-on-pass'],
    publish: options/* reportingInputs */.OS.publish,
    'upload-report': options/* reportingInputs */.OS['upload-report']
};
/** A stage's outputs appear as `<stage>-<output>` so stages don't overwrite each other. */
function stageHost(host, stage, outputs = new Map()) {
    return {
        kind: host.kind,
        logger: host.logger,
        env: host.env,
        getInput: (name) => host.getInput(name),
        setOutput: (name, value) => {
            outputs.set(name, value);
            host.setOutput(`${stage}-${name}`, value);
        },
        print: (text) => {
            host.print(text);
        },
        appendSummary: (markdown) => host.appendSummary(markdown),
        annotate: (annotation) => {
            host.annotate(annotation);
        },
        mask: (secret) => {
            host.mask(secret);
        }
    };
}
/** run: every stage the config sets up, in pipeline order: validate-data, train, evaluate-thresholds. */
const run = {
    name: 'run',
    description: 'Run every stage the config sets up, in order: validate-data, train, evaluate-thresholds.',
    inputs: runInputs,
    outputs: {
        passed: 'true when every stage passed.',
        report: 'Path of the run summary JSON (each stage and its verdict).'
    },
    async run(inputs, host) {
        const loaded = await loadConfig(inputs.config ?? DEFAULT_CONFIG_FILE, inputs.config !== undefined);
        const stages = [];
        // What every stage takes from run's own inputs: the config, the gate policy and reporting.
        const common = {
            config: inputs.config,
            'fail-on': inputs['fail-on'],
            'report-dir': inputs['report-dir'],
            'github-token': inputs['github-token'],
            'check-name': undefined,
            comment: inputs.comment,
            'comment-on-pass': inputs['comment-on-pass'],
            publish: inputs.publish,
            'upload-report': inputs['upload-report'],
            'artifact-name': undefined
        };
        if (loaded.config.data?.path !== undefined) {
            const result = await host.logger.group('validate-data', () => validateData.run({
                data: undefined,
                reference: undefined,
                suite: undefined,
                expect: undefined,
                ...common
            }, stageHost(host, 'validate-data')));
            stages.push({
                stage: 'validate-data',
                passed: result.ok,
                report: (0,external_node_path_.join)(inputs['report-dir'], 'validate-data.json')
            });
        }
        const trainSection = loaded.config.train;
        if (trainSection?.trainer !== undefined || trainSection?.command !== undefined) {
            const outputs = new Map();
            const result = await host.logger.group('train', () => train_train.run({
                trainer: undefined,
                command: undefined,
                shell: false,
                timeout: undefined,
                data: undefined,
                validation: undefined,
                target: undefined,
                features: undefined,
                task: 'auto',
                params: undefined,
                'params-file': undefined,
                seed: undefined,
                'output-dir': undefined,
                cache: true,
                'cache-dir': trainInputs['cache-dir'].default,
                code: undefined,
                'verify-reproducible': false,
                upload: inputs['upload-report'],
                'artifact-name': trainInputs['artifact-name'].default,
                config: inputs.config
            }, stageHost(host, 'train', outputs)));
            stages.push({ stage: 'train', passed: result.ok, report: outputs.get('manifest') ?? '' });
        }
        const evaluateSection = loaded.config.evaluate;
        if (evaluateSection?.data !== undefined &&
            (evaluateSection.model !== undefined || evaluateSection.predictions !== undefined)) {
            const result = await host.logger.group('evaluate-thresholds', () => evaluateThresholds.run({
                model: undefined,
                data: undefined,
                target: undefined,
                task: 'auto',
                'pos-label': undefined,
                features: undefined,
                predictions: undefined,
                thresholds: undefined,
                baseline: undefined,
                slices: undefined,
                nan: undefined,
                ...common
            }, stageHost(host, 'evaluate-thresholds')));
            stages.push({
                stage: 'evaluate-thresholds',
                passed: result.ok,
                report: (0,external_node_path_.join)(inputs['report-dir'], 'evaluate-thresholds.json')
            });
        }
        if (stages.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${loaded.file ?? DEFAULT_CONFIG_FILE}: nothing to run: set data.path (validate-data), train.trainer or train.command (train), or evaluate.data with evaluate.model (evaluate-thresholds) in the config`);
        }
        const summary = (0,external_node_path_.join)(inputs['report-dir'], 'run.json');
        await (0,promises_.mkdir)(inputs['report-dir'], { recursive: true });
        await (0,promises_.writeFile)(summary, `${JSON.stringify({ stages }, null, 2)}\n`);
        const passed = stages.every((stage) => stage.passed);
        host.setOutput('passed', String(passed));
        host.setOutput('report', summary);
        const failed = stages.filter((stage) => !stage.passed).map((stage) => stage.stage);
        return { ok: passed, message: passed ? '' : `run: ${failed.join(', ')} failed` };
    }
};

;// CONCATENATED MODULE: ./shared/checks/suggest-suite.ts

/** Most distinct values a string column may have to get an in-set expectation. */
const SET_LIMIT = 20;
/**
 * Drafts an expectation suite from a reference data set's profile: declared types, not-null where the
 * reference has no nulls, value ranges, value sets for low-cardinality text, uniqueness where every
 * value is distinct, and the column list. A starting point to review, commit and edit.
 */
function draftSuite(profile, rows) {
    const columns = {};
    const expectations = [
        { expect_table_columns_to_match_ordered_list: { column_list: profile.map((column) => column.name) } },
        { expect_table_row_count_to_be_between: { min_value: rows > 0 ? 1 : 0 } }
    ];
    for (const column of profile) {
        columns[column.name] = column.type;
        const name = column.name;
        if (column.nulls + column.nan === 0 && column.rows > 0) {
            expectations.push({ expect_column_values_to_not_be_null: { column: name } });
        }
        if (column.values > 0 &&
            column.distinctExact &&
            column.distinct === column.values &&
            column.values === column.rows &&
            rows > 1) {
            expectations.push({ expect_column_values_to_be_unique: { column: name } });
        }
        if (column.datetime !== undefined) {
            expectations.push({
                expect_column_values_to_be_between: {
                    column: name,
                    min_value: column.datetime.min,
                    max_value: column.datetime.max
                }
            });
        }
        else if (column.numeric !== undefined && column.type !== 'bool') {
            expectations.push({
                expect_column_values_to_be_between: {
                    column: name,
                    min_value: column.numeric.min,
                    max_value: column.numeric.max
                }
            });
        }
        if (column.type === 'string' &&
            column.distinctExact &&
            column.mostCommonExact &&
            column.distinct > 0 &&
            column.distinct <= SET_LIMIT &&
            column.distinct < column.values) {
            const values = column.mostCommon.map((entry) => entry.value).sort();
            if (values.length === column.distinct)
                expectations.push({ expect_column_values_to_be_in_set: { column: name, value_set: values } });
        }
    }
    return { columns, expectations };
}
/** The draft as a commented mlgate.yml, one expectation per line. */
function renderSuiteYaml(suiteName, draft, reference, rows) {
    const flow = (value) => (0,dist/* stringify */.As)(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    const lines = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlgate/mlgate/main/mlgate.schema.json',
        `# Drafted by \`mlgate suggest\` from ${reference} (${rows} rows). Review the bounds and sets, then commit.`,
        'data:',
        '  suites:',
        `    ${flow(suiteName)}:`,
        `      columns: ${flow(draft.columns)}`,
        '      expectations:',
        ...draft.expectations.map((entry) => {
            const [name, kwargs] = Object.entries(entry)[0];
            return `        - ${name}: ${flow(kwargs)}`;
        })
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/cli/commands/suggest.ts




const suggestInputs = {
    reference: inputs/* input */.hF.text('The reference data set (path or glob) to draft the suite from.', { required: true }),
    suite: inputs/* input */.hF.text('The name of the drafted suite.', { default: 'default' }),
    output: inputs/* input */.hF.text('Write the draft to this file instead of printing it.')
};
/** suggest: drafts an expectation suite (mlgate.yml) from a reference data set. */
const suggest_suggest = {
    name: 'suggest',
    description: 'Draft an expectation suite (types, nulls, ranges, sets, uniqueness) from a reference data set.',
    inputs: suggestInputs,
    outputs: { suite: 'Path of the drafted suite, when written to a file.' },
    async run(inputs, host) {
        const reference = inputs.reference;
        const outcome = await validate({ data: reference, types: {}, expectations: [], examples: 0 }, host.logger);
        const rows = outcome.details.data.rows;
        const yaml = renderSuiteYaml(inputs.suite, draftSuite(outcome.details.profile, rows), reference, rows);
        if (inputs.output === undefined) {
            host.print(yaml);
        }
        else {
            await (0,promises_.writeFile)(inputs.output, yaml);
            host.setOutput('suite', inputs.output);
            host.logger.info(`Drafted ${inputs.output} from ${reference}.`);
        }
        return { ok: true, message: '' };
    }
};

;// CONCATENATED MODULE: ./shared/cli/commands.ts






/** Every command, by its name: the same word as the action folder and the dist bundle. */
const COMMANDS = [
    run,
    validateData,
    train_train,
    evaluateThresholds,
    suggest_suggest,
    publishReport
];

;// CONCATENATED MODULE: ./shared/cli/main.ts







/** Parses `--name value` / `--name=value` flags. `--summary-file` is the CLI's own. */
function parseFlags(args) {
    const flags = new Map();
    let summaryFile;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (!arg.startsWith('--') || arg === '--')
            throw new errors/* ConfigurationError */.j1(`unexpected argument \`${arg}\` (options are --name value)`);
        const equals = arg.indexOf('=');
        const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
        let value;
        if (equals !== -1)
            value = arg.slice(equals + 1);
        else {
            const next = args[index + 1];
            if (next === undefined || next.startsWith('--'))
                throw new errors/* ConfigurationError */.j1(`option \`--${name}\` needs a value`);
            value = next;
            index++;
        }
        if (name === 'summary-file')
            summaryFile = value;
        else
            flags.set(name, value);
    }
    return { flags, ...(summaryFile === undefined ? {} : { summaryFile }) };
}
function usage() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    return [
        `mlgate ${version/* MLGATE_VERSION */.C}: ML CI/CD gates, locally and in any CI.`,
        '',
        'Usage: mlgate <command> [--input value ...]',
        '',
        ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.description}`),
        '',
        'mlgate <command> --help lists a command’s inputs. Outputs print as name=value on stdout.',
        'Exit codes: 0 passed, 1 gate failed, 2 invalid input, 3 bug.'
    ].join('\n');
}
function commandHelp(command) {
    const lines = [`mlgate ${command.name}: ${command.description}`, '', 'Inputs:'];
    for (const [name, def] of Object.entries(command.inputs)) {
        lines.push(`  --${name}${def.default === undefined ? '' : ` (default ${def.default})`}`, `      ${def.description}`);
    }
    lines.push('', 'Outputs:', ...Object.entries(command.outputs).map(([name, description]) => `  ${name}: ${description}`));
    lines.push('', '  --summary-file <path>  also append the markdown summary to this file');
    return lines.join('\n');
}
function findCommand(name) {
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
        throw new errors/* ConfigurationError */.j1(`unknown command \`${name}\`${(0,suggest/* didYouMean */.au)(name, COMMANDS.map((candidate) => candidate.name))}; run mlgate --help`);
    }
    return command;
}
/** The CLI: `mlgate <command> --input value`. Returns the exit code. */
async function main(args, env, streams) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        streams.stdout.write(`${usage()}\n`);
        return name === undefined ? runtime_command/* ExitCode */.y.UserError : runtime_command/* ExitCode */.y.Ok;
    }
    if (name === '--version') {
        streams.stdout.write(`${version/* MLGATE_VERSION */.C}\n`);
        return runtime_command/* ExitCode */.y.Ok;
    }
    try {
        const command = findCommand(name);
        if (rest.includes('--help') || rest.includes('-h')) {
            streams.stdout.write(`${commandHelp(command)}\n`);
            return runtime_command/* ExitCode */.y.Ok;
        }
        const { flags, summaryFile } = parseFlags(rest);
        (0,inputs/* checkInputNames */.zU)(command.inputs, flags.keys(), `mlgate ${command.name}`);
        const outcome = await (0,runtime_command/* execute */.g)(command, new CliHost(flags, env, streams, summaryFile));
        if (outcome.stack !== undefined)
            streams.stderr.write(`${outcome.stack}\n`);
        if (outcome.exitCode !== runtime_command/* ExitCode */.y.Ok)
            streams.stderr.write(`error: ${outcome.failure}\n`);
        return outcome.exitCode;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            streams.stderr.write(`error: ${error.message}\n`);
            return runtime_command/* ExitCode */.y.UserError;
        }
        throw error;
    }
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

/***/ 50329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ BUNDLE_VERSION),
/* harmony export */   Bo: () => (/* binding */ readBundle),
/* harmony export */   nc: () => (/* binding */ findBundles),
/* harmony export */   px: () => (/* binding */ bundleFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8126);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65815);
/* harmony import */ var _verdict_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78350);
/**
 * The report bundle: what a gate leaves in its report directory (and uploads as an artifact) so that
 * `mlgate publish-report`, in a later workflow with write permission, can post the check run and
 * the comment: the verdict, its renderings, and `<gate>.bundle.json` recording where to post (repo,
 * pull request, head SHA) and how (check name, comment policy, marker key). Read back, a bundle is
 * untrusted (a fork's workflow may have written it), so it is parsed strictly.
 */






const BUNDLE_VERSION = 1;
const BUNDLE_SUFFIX = '.bundle.json';
/** Verdicts larger than this are refused (a fork could upload anything). */
const MAX_VERDICT_BYTES = 64 * 1024 * 1024;
const fileName = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .max(200)
    .refine((name) => name === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(name) && name !== '..' && name !== '.' && !name.includes('\\'), {
    message: 'expected a file name in the bundle folder'
});
const bundleSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ bundle: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(BUNDLE_VERSION), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64) }),
    gate: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(_verdict_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_NAME */ .m),
    key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    checkName: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .max(100)
        // eslint-disable-next-line no-control-regex
        .refine((name) => !/[\u0000-\u001F\u007F]/.test(name), { message: 'expected no control characters' }),
    comment: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_MODES */ .p8),
    commentOnPass: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_ON_PASS */ .A8),
    files: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ verdict: fileName, markdown: fileName, html: fileName, junit: fileName }),
    github: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
        eventName: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[a-z_]{1,64}$/),
        headSha: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
        headRef: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(255).optional(),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().optional(),
        fork: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
        runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
            .regex(/^\d{1,20}$/)
            .optional()
    })
        .optional(),
    posted: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ checkRun: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(), comment: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY() })
});
/** The bundle file of a gate in a report directory. */
function bundleFile(reportDir, gate) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(reportDir, `${gate}${BUNDLE_SUFFIX}`);
}
/** The bundle files under `dir` (download-artifact puts each artifact in its own folder). */
async function findBundles(dir, depth = 3) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${dir}: cannot read the report directory (${error.code ?? 'error'})`);
    }
    const found = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isFile() && entry.name.endsWith(BUNDLE_SUFFIX))
            found.push(path);
        else if (entry.isDirectory() && depth > 0)
            found.push(...(await findBundles(path, depth - 1)));
    }
    return found;
}
/** Reads and checks a bundle and its verdict. Throws a DataError naming the file and field at fault. */
async function readBundle(path) {
    const parsed = bundleSchema.safeParse(await readJson(path, 1024 * 1024));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: not an mlgate report bundle: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    const bundle = parsed.data;
    const verdictPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '..', bundle.files.verdict);
    const verdict = (0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVerdict */ .Pn)(await readJson(verdictPath, MAX_VERDICT_BYTES), verdictPath);
    if (verdict.gate !== bundle.gate)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${verdictPath}: the verdict is for ${verdict.gate}, the bundle for ${bundle.gate}`);
    return { bundle, verdict };
}
async function readJson(path, maxBytes) {
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size;
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: cannot read (${error.code ?? 'error'})`);
    }
    if (size > maxBytes)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: ${size} bytes, more than the ${maxBytes} a report may have`);
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
    }
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
    const summary = (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateMarkdown */ .o)(tail === '' ? markdown : `${markdown}\n\n${tail}`, CHECK_OUTPUT_LIMIT, `_The summary is cut here to fit GitHub's limit; the full report is in the job summary and the report artifact._${tail === '' ? '' : `\n\n${tail}`}`);
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
    const body = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o)(markdown, room, '_The report is cut here to fit a comment; the full report is in the job summary and the report artifact._');
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

/***/ 46837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport),
  o: () => (/* binding */ truncateMarkdown)
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

// EXTERNAL MODULE: ./shared/report/verdict-schema.ts
var verdict_schema = __webpack_require__(78350);
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
 * Renders any verdict with its gate's renderers, or the generic ones (verdict line and checks) when
 * the gate is unknown or its details are not in the shape its renderers read (an old or hostile
 * bundle). The one place that knows which gate renders how.
 */
function renderReport(verdict) {
    if (verdict.gate === 'validate-data' && (0,verdict_schema/* isDataDetails */.Jk)(verdict.details)) {
        const data = verdict;
        return { markdown: renderDataSummary(data), html: renderDataHtml(data) };
    }
    if (verdict.gate === 'evaluate-thresholds' && (0,verdict_schema/* isEvaluationDetails */.TC)(verdict.details)) {
        const evaluation = verdict;
        return {
            markdown: renderEvaluateSummary(evaluation),
            html: renderHtml(verdict, [checksSection(verdict.checks), ...evaluateHtmlSections(evaluation)])
        };
    }
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

/***/ 78350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ isDataDetails),
/* harmony export */   Pn: () => (/* binding */ parseVerdict),
/* harmony export */   TC: () => (/* binding */ isEvaluationDetails),
/* harmony export */   m: () => (/* binding */ GATE_NAME)
/* harmony export */ });
/* unused harmony export verdictSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56045);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
/**
 * Verdicts read back from a report bundle. A bundle uploaded by a pull request's workflow is
 * untrusted (a fork controls what it uploads), so `mlgate publish-report` parses it here before
 * rendering anything. The data schema covers exactly the fields the renderers read; a test parses a
 * real validate-data verdict with it so the two cannot drift apart.
 */



/** Gate names are words of the CLI: also the file names of the bundle. */
const GATE_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const text = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100_000);
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative();
const finite = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().refine(Number.isFinite, 'expected a finite number');
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: text,
    name: text,
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning']),
    success: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    message: text,
    kwargs: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
    observed: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        file: text,
        line: count,
        value: text.optional(),
        note: text.optional()
    }))
        .max(10_000),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ file: text, line: count, column: count }).optional()
});
const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_VERSION */ .Hv), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64) }),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(GATE_NAME),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['passed', 'warning', 'failed']),
    passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    failOn: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning', 'never']),
    headline: text,
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(checkSchema).max(100_000),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    details: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()
});
const numeric = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    min: finite,
    max: finite,
    mean: finite.nullable(),
    std: finite.nullable()
});
const dataDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        path: text,
        format: text,
        files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: text, bytes: count, sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        rows: count,
        columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: text }))
    }),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: text,
        type: text,
        nulls: count,
        nan: count,
        invalid: count,
        distinct: count,
        distinctExact: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        mostCommon: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ value: text, count })),
        numeric: numeric.optional(),
        datetime: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ min: text, max: text }).optional()
    })),
    drift: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        reference: text,
        columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            column: text,
            method: text,
            statistic: finite.nullable(),
            pValue: finite.optional(),
            threshold: finite,
            drifted: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
            referenceRows: count,
            currentRows: count
        })),
        untested: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ column: text, reason: text })),
        driftedColumns: count,
        share: finite,
        threshold: finite
    })
        .optional()
});
/** Parses an untrusted verdict; throws a message naming the first field at fault. */
function parseVerdict(json, where) {
    const result = verdictSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${where}: not an mlgate verdict: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    return json;
}
/** Whether validate-data's details have every field its renderers read, with the right types. */
function isDataDetails(details) {
    return dataDetailsSchema.safeParse(details).success;
}
const metricValues = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), finite.nullable());
const modelFacts = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    path: text,
    bytes: count,
    latencyMsPerRow: finite.nullable(),
    features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(text)
});
const sliceMetrics = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ slice: text, column: text.optional(), rows: count, values: metricValues }));
/** The fields of evaluate-thresholds' details its renderers read. */
const evaluationDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    task: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['classification', 'regression']),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: text, rows: count, dropped: count }),
    model: modelFacts,
    baseline: modelFacts.extend({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['model', 'verdict']) }).optional(),
    metrics: sliceMetrics.min(1),
    baselineMetrics: sliceMetrics.optional(),
    classes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(text).optional(),
    confusionMatrix: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(count)).optional(),
    curves: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        roc: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ fpr: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(finite), tpr: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(finite), auc: finite.nullable() }).optional(),
        pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ recall: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(finite), precision: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(finite) }).optional()
    })
        .optional(),
    reasons: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), text),
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ metric: text, message: text })),
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(text)
});
/** Whether evaluate-thresholds' details have every field its renderers read, with the right types. */
function isEvaluationDetails(details) {
    return evaluationDetailsSchema.safeParse(details).success;
}


/***/ }),

/***/ 57128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ execute),
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8420);


/** Exit codes of a run: the gate failed (1), the user's input is at fault (2), a bug (3). */
const ExitCode = { Ok: 0, GateFailed: 1, UserError: 2, Bug: 3 };
/** Reads inputs (all validated before any side effect), runs the command, classifies what went wrong. */
async function execute(command, host) {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .Ko)(command.inputs, (name) => host.getInput(name), (secret) => {
            host.mask(secret);
        });
        const result = await command.run(inputs, host);
        return result.ok
            ? { exitCode: ExitCode.Ok, failure: '' }
            : { exitCode: ExitCode.GateFailed, failure: result.message };
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
            return { exitCode: ExitCode.UserError, failure: error.message };
        return {
            exitCode: ExitCode.Bug,
            failure: `mlgate ${command.name} failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. This is a bug in mlgate; please report it with the log.`,
            stack: error instanceof Error ? error.stack : undefined
        };
    }
}


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   zU: () => (/* binding */ checkInputNames)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71771);



const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Input builders. Each returns an `InputDef` whose schema gives a precise "expected …" message. */
const input = {
    /** Free text; undefined when not given and no default. */
    text(description, options = {}) {
        return { description, ...options, schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() };
    },
    secret(description, options = {}) {
        return { description, ...options, secret: true, schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() };
    },
    /** Strict booleans, as the runner's `getBooleanInput`: true/True/TRUE/false/False/FALSE. */
    flag(description, defaultValue) {
        return {
            description,
            default: String(defaultValue),
            schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((raw, context) => {
                if (TRUE.includes(raw))
                    return true;
                if (FALSE.includes(raw))
                    return false;
                context.addIssue({ code: 'custom', message: 'expected true or false' });
                return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
            })
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
            schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
                .optional()
                .transform((raw, context) => {
                if (raw === undefined)
                    return undefined;
                const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : NaN;
                const ok = Number.isFinite(value) &&
                    (integer !== true || Number.isInteger(value)) &&
                    (min === undefined || value >= min) &&
                    (max === undefined || value <= max);
                if (!ok) {
                    context.addIssue({ code: 'custom', message: `expected ${range}` });
                    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
                }
                return value;
            })
        };
    },
    choice(description, choices, defaultValue) {
        return {
            description: `${description} One of: ${choices.join(', ')}.`,
            default: defaultValue,
            schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine((raw) => choices.includes(raw), {
                message: `expected one of ${choices.join(', ')}`
            })
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
        const result = def.schema.safeParse(raw);
        if (result.success)
            values[name] = result.data;
        else {
            const shown = raw === undefined ? 'nothing' : `\`${raw}\``;
            problems.push(`input \`${name}\`: ${result.error.issues[0]?.message ?? 'invalid'}, got ${shown}`);
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join('; '));
    return values;
}
/** Throws when a CLI flag names no input of the command. */
function checkInputNames(spec, given, command) {
    for (const name of given) {
        if (!(name in spec)) {
            const closest = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .Nf)(name, Object.keys(spec));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${command}: unknown option \`--${name}\`${closest === undefined ? '' : ` (did you mean \`--${closest}\`?)`}`);
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


/***/ })

};
