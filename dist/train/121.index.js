export const id = 121;
export const ids = [121];
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
    { ...commandInfo('run'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(83), __webpack_require__.e(790), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 90071))).run },
    {
        ...commandInfo('validate-data'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(83), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 10915))).validateData
    },
    { ...commandInfo('train'), load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 51277))).train },
    {
        ...commandInfo('evaluate-thresholds'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 59790))).evaluateThresholds
    },
    { ...commandInfo('suggest'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(83), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 65321))).suggest },
    {
        ...commandInfo('publish-report'),
        load: async () => (await __webpack_require__.e(/* import() */ 444).then(__webpack_require__.bind(__webpack_require__, 35444))).publishReport
    }
];


/***/ }),

/***/ 51277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  train: () => (/* binding */ train_train),
  trainInputs: () => (/* binding */ trainInputs)
});

// EXTERNAL MODULE: ./shared/config/load.ts
var load = __webpack_require__(45481);
// EXTERNAL MODULE: ./shared/config/schema.ts
var schema = __webpack_require__(18646);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
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

// EXTERNAL MODULE: ./shared/github/artifact.ts
var artifact = __webpack_require__(21772);
// EXTERNAL MODULE: ./shared/cli/commands.ts
var commands = __webpack_require__(56341);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var inputs = __webpack_require__(8420);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
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

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
    return schema/* TRAINERS */.HC.includes(name);
}
async function planTraining(inputs, loaded) {
    const section = loaded.config.train ?? schema/* trainSchema */.qn.parse({});
    const where = loaded.file ?? 'the config';
    const trainer = inputs.trainer ?? (inputs.command === undefined ? section.trainer : undefined);
    const command = inputs.command ?? (inputs.trainer === undefined ? section.command : undefined);
    if (trainer !== undefined && command !== undefined)
        throw new errors/* ConfigurationError */.j1('train: give a trainer or a command, not both (a built-in trainer needs no command)');
    if (trainer === undefined && command === undefined)
        throw new errors/* ConfigurationError */.j1(`train: nothing to train: set the trainer input (${schema/* TRAINERS */.HC.join(', ')}) or a command, or train.trainer / train.command in ${where}`);
    if (trainer !== undefined && !isTrainer(trainer))
        throw new errors/* ConfigurationError */.j1(`train: unknown trainer \`${trainer}\`${(0,suggest/* didYouMean */.au)(trainer, schema/* TRAINERS */.HC)} (trainers: ${schema/* TRAINERS */.HC.join(', ')})`);
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


async function exists(path) {
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
        if (!(await exists(entry)))
            return false;
        await (0,promises_.rm)(outputDir, { recursive: true, force: true });
        await (0,promises_.cp)(entry, outputDir, { recursive: true });
        return true;
    }
    async save(key, outputDir) {
        const entry = (0,external_node_path_.join)(this.root, key);
        if (await exists(entry))
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
            if (!(await exists(entry)))
                throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/github/context.ts
var context = __webpack_require__(63643);
// EXTERNAL MODULE: ./shared/model/load.ts + 2 modules
var model_load = __webpack_require__(64178);
// EXTERNAL MODULE: ./shared/model/runtime.ts
var runtime = __webpack_require__(97332);
// EXTERNAL MODULE: ./shared/model/signature.ts
var signature = __webpack_require__(49222);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
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

// EXTERNAL MODULE: ./shared/model/onnx-proto.ts
var onnx_proto = __webpack_require__(63578);
// EXTERNAL MODULE: ./shared/model/protobuf.ts
var protobuf = __webpack_require__(42105);
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
const NodeField = { Input: 1, Output: 2, Name: 3, OpType: 4, Attribute: 5, Domain: 7 };
const GraphName = 2;
const AttributeField = { Name: 1, F: 2, I: 3, S: 4, Floats: 7, Ints: 8, Strings: 9, Type: 20 };
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
    return (0,protobuf/* concat */.xW)([
        (0,protobuf/* varintField */.Lf)(onnx_proto/* ModelField */.CD.IrVersion, model.irVersion),
        (0,protobuf/* bytesField */.ae)(onnx_proto/* ModelField */.CD.ProducerName, model.producerName),
        (0,protobuf/* bytesField */.ae)(onnx_proto/* ModelField */.CD.Graph, encodeGraph(model.graph)),
        ...model.opsets.map((opset) => (0,protobuf/* bytesField */.ae)(onnx_proto/* ModelField */.CD.OpsetImport, (0,protobuf/* concat */.xW)([(0,protobuf/* bytesField */.ae)(OpsetField.Domain, opset.domain), (0,protobuf/* varintField */.Lf)(OpsetField.Version, opset.version)]))),
        ...keys.map((key) => (0,protobuf/* bytesField */.ae)(onnx_proto/* ModelField */.CD.MetadataProps, (0,protobuf/* concat */.xW)([(0,protobuf/* bytesField */.ae)(EntryField.Key, key), (0,protobuf/* bytesField */.ae)(EntryField.Value, model.metadata[key])])))
    ]);
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function encodeGraph(graph) {
    return (0,protobuf/* concat */.xW)([
        ...graph.nodes.map((node) => (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.Node, encodeNode(node))),
        (0,protobuf/* bytesField */.ae)(GraphName, graph.name),
        ...graph.initializers.map((tensor) => (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.Initializer, encodeTensor(tensor))),
        ...graph.inputs.map((value) => (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.Input, encodeValueInfo(value))),
        ...graph.outputs.map((value) => (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.Output, encodeValueInfo(value))),
        ...graph.valueInfo.map((value) => (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.ValueInfo, encodeValueInfo(value)))
    ]);
}
function encodeNode(node) {
    return (0,protobuf/* concat */.xW)([
        ...node.inputs.map((input) => (0,protobuf/* bytesField */.ae)(NodeField.Input, input)),
        ...node.outputs.map((output) => (0,protobuf/* bytesField */.ae)(NodeField.Output, output)),
        (0,protobuf/* bytesField */.ae)(NodeField.Name, node.name),
        (0,protobuf/* bytesField */.ae)(NodeField.OpType, node.opType),
        ...(node.attributes ?? []).map((attribute) => (0,protobuf/* bytesField */.ae)(NodeField.Attribute, encodeAttribute(attribute))),
        ...(node.domain === undefined || node.domain === '' ? [] : [(0,protobuf/* bytesField */.ae)(NodeField.Domain, node.domain)])
    ]);
}
function encodeAttribute(attribute) {
    let value;
    switch (attribute.type) {
        case 'float':
            value = (0,protobuf/* floatField */.PI)(AttributeField.F, attribute.value);
            break;
        case 'int':
            value = (0,protobuf/* varintField */.Lf)(AttributeField.I, attribute.value);
            break;
        case 'string':
            value = (0,protobuf/* bytesField */.ae)(AttributeField.S, attribute.value);
            break;
        case 'floats':
            value = (0,protobuf/* packedFloatsField */.MS)(AttributeField.Floats, attribute.value);
            break;
        case 'ints':
            value = (0,protobuf/* packedVarintsField */.sd)(AttributeField.Ints, attribute.value);
            break;
        case 'strings':
            value = (0,protobuf/* concat */.xW)(attribute.value.map((item) => (0,protobuf/* bytesField */.ae)(AttributeField.Strings, item)));
            break;
    }
    return (0,protobuf/* concat */.xW)([
        (0,protobuf/* bytesField */.ae)(AttributeField.Name, attribute.name),
        value,
        (0,protobuf/* varintField */.Lf)(AttributeField.Type, ATTRIBUTE_TYPE[attribute.type])
    ]);
}
function encodeTensor(tensor) {
    let data;
    switch (tensor.element) {
        case 'float':
            data = (0,protobuf/* packedFloatsField */.MS)(TensorField.FloatData, tensor.values);
            break;
        case 'int64':
            data = (0,protobuf/* packedVarintsField */.sd)(TensorField.Int64Data, tensor.values);
            break;
        case 'string':
            data = (0,protobuf/* concat */.xW)(tensor.values.map((item) => (0,protobuf/* bytesField */.ae)(TensorField.StringData, item)));
            break;
    }
    return (0,protobuf/* concat */.xW)([
        ...tensor.dims.map((dim) => (0,protobuf/* varintField */.Lf)(TensorField.Dims, dim)),
        (0,protobuf/* varintField */.Lf)(TensorField.DataType, DATA_TYPE[tensor.element]),
        data,
        (0,protobuf/* bytesField */.ae)(TensorField.Name, tensor.name)
    ]);
}
function encodeValueInfo(value) {
    const dims = value.shape.map((dim) => (0,protobuf/* bytesField */.ae)(ShapeDim, typeof dim === 'number' ? (0,protobuf/* varintField */.Lf)(DimField.Value, dim) : (0,protobuf/* bytesField */.ae)(DimField.Param, dim)));
    const tensorType = (0,protobuf/* concat */.xW)([
        (0,protobuf/* varintField */.Lf)(onnx_proto/* TensorTypeField */.S_.ElemType, DATA_TYPE[value.element]),
        (0,protobuf/* bytesField */.ae)(onnx_proto/* TensorTypeField */.S_.Shape, (0,protobuf/* concat */.xW)(dims))
    ]);
    return (0,protobuf/* concat */.xW)([
        (0,protobuf/* bytesField */.ae)(onnx_proto/* ValueInfoField */.Cb.Name, value.name),
        (0,protobuf/* bytesField */.ae)(onnx_proto/* ValueInfoField */.Cb.Type, (0,protobuf/* bytesField */.ae)(onnx_proto/* TypeField */.PE.Tensor, tensorType))
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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
// EXTERNAL MODULE: ./shared/data/files.ts
var data_files = __webpack_require__(27124);
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
            const matched = await (0,tinyglobby_dist.glob)(pattern, { onlyFiles: true, dot: true, expandDirectories: false });
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

// EXTERNAL MODULE: ./shared/data/dataset.ts + 5 modules
var data_dataset = __webpack_require__(35300);
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

// EXTERNAL MODULE: ./shared/model/score.ts + 4 modules
var score = __webpack_require__(16602);
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

// EXTERNAL MODULE: ./shared/stats/sampler.ts
var sampler = __webpack_require__(12750);
// EXTERNAL MODULE: ./shared/stats/sort.ts
var sort = __webpack_require__(64656);
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
const { fround, floor, ceil } = Math;
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
        const colEdges = binEdges((0,sort/* sortFloat64 */.f)(sampled.subarray(from, from + present[col])), maxBins);
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
    const rng = new sampler/* Xoshiro128 */.y(seed);
    for (let i = 0; i < BINNING_SUBSAMPLE; i++) {
        const j = i + floor(rng.nextUnit() * (rows - i));
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
            const below = floor(position);
            if (below === ceil(position)) {
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
const { exp, log } = Math;
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
        return Float64Array.of(log(p / (1 - p)));
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
                meanLog += log(counts[k]);
            }
            const geometricMean = exp(meanLog / classes);
            return counts.map((p) => log(p / geometricMean));
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
            [score/* HANDLES_MISSING_METADATA */.Hv.key]: score/* HANDLES_MISSING_METADATA */.Hv.value,
            params: JSON.stringify(params),
            seed: String(seed)
        }
    };
    return { model, matrix };
}

// EXTERNAL MODULE: ./shared/metrics/index.ts + 12 modules
var metrics = __webpack_require__(59580);
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
        return (0,metrics/* regressionMetrics */.NC)(target.values, predictions.values, REGRESSION).values;
    const classes = target.classes.map(String);
    const result = (0,metrics/* classificationMetrics */.qb)({
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
        model = await (0,model_load/* loadModel */.c)(path);
    }
    catch (error) {
        if (error instanceof errors/* ModelError */.me && mode === 'command')
            throw new errors/* TrainingError */.pz(`the command's model is not usable: ${error.message}`);
        throw error;
    }
    await model.close();
    const describe = (value) => ({
        name: value.name,
        type: (0,signature/* describeValue */.bp)(value)
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
    const ort = await (0,runtime/* onnxRuntime */.M_)();
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
    const run = (0,context/* runOf */.ng)(env);
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
    trainer: inputs/* input */.hF.text(`A built-in trainer: ${schema/* TRAINERS */.HC.join(', ')}. No Python needed.`),
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
    ...(0,commands/* commandInfo */.i)('train'),
    inputs: trainInputs,
    outputs: {
        model: 'Path of the trained ONNX model.',
        manifest: 'Path of mlgate-manifest.json (the lineage).',
        metrics: 'The training metrics, as compact JSON.',
        'cache-hit': 'true when the outputs came from the run cache.',
        'run-key': 'The run key: sha256 of the code, data, params, seed and trainer.'
    },
    async run(inputs, host) {
        const loaded = await (0,load/* loadConfig */.Z9)(inputs.config ?? load/* DEFAULT_CONFIG_FILE */.Cu, inputs.config !== undefined);
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
            await (0,artifact/* uploadArtifact */.m)(inputs['artifact-name'], files, plan.outputDir, host.env, host.logger, 'the trained model');
        }
        host.logger.info(`${outcome.cacheHit ? 'Reused' : 'Trained'} ${outcome.modelPath} (run key ${outcome.runKey.slice(0, 12)}…)`);
        return { ok: true, message: '' };
    }
};


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
    const { parseConfig } = await __webpack_require__.e(/* import() */ 288).then(__webpack_require__.bind(__webpack_require__, 79288));
    return parseConfig(text, file);
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

/***/ 59580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cb: () => (/* reexport */ METRICS),
  qb: () => (/* reexport */ classificationMetrics),
  R: () => (/* reexport */ metricInfo),
  Oc: () => (/* reexport */ metricOn),
  MT: () => (/* reexport */ metricOutcomes),
  $V: () => (/* reexport */ precisionRecallCurve),
  NC: () => (/* reexport */ regressionMetrics),
  WZ: () => (/* reexport */ rocCurve),
  pM: () => (/* reexport */ trustClassification)
});

// UNUSED EXPORTS: ECE_BINS, EMPTY_REASON, NO_PROBA_REASON, isMetricName, metricNames, metricOutcome

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
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
/**
 * Empty calls before the first chunk: more than the calls after which V8 gives a function its type
 * feedback (8 in Node 24's V8).
 */
const PRIMING_CALLS = 10;
/**
 * Calls `chunk(from, to)` over `[0, n)` in CHUNK_ROWS pieces, after PRIMING_CALLS empty calls
 * `chunk(0, 0)`; a helper must leave its state unchanged on an empty range.
 *
 * The empty calls run the helper's code after its loop (where it stores its running values) with
 * type feedback recorded, before the loop is hot. Without them V8 compiles the loop's
 * on-stack-replacement code during the first chunk with no feedback for that code, keeps it, and
 * every later chunk deoptimises there and goes on in the interpreter: on 2M rows, 213
 * deoptimisations of the binary log-loss, Brier and ECE pass and 21 of the ROC sweep, about 25 ms.
 */
function forEachChunk(n, chunk) {
    for (let k = 0; k < PRIMING_CALLS; k++)
        chunk(0, 0);
    for (let from = 0; from < n; from += CHUNK_ROWS)
        chunk(from, Math.min(n, from + CHUNK_ROWS));
}

;// CONCATENATED MODULE: ./shared/metrics/probability.ts
/**
 * Metrics of predicted probabilities: log loss, Brier score, expected calibration error. Each is a
 * mean of per-row terms, computed once per input and cached, so that a bootstrap resample or a slice
 * costs one gather-and-sum over its rows. The whole set of a binary problem needs no per-row terms:
 * its three sums come from one pass (`binaryTotals`).
 */

// Bound once: hot loops then avoid looking up the global `Math`, which is slow in vm contexts (jest).
const { abs, ceil, log, log1p } = Math;
/**
 * np.finfo(np.float64).eps: log_loss's clipping bound since scikit-learn 1.2 (`eps="auto"` is the
 * machine epsilon of y_pred's dtype; before 1.2 it was 1e-15). Our probabilities are float64.
 */
const LOG_LOSS_EPS = Number.EPSILON;
/**
 * Compensated (Neumaier) mean over the view's rows of what `add` sums from each row's value, chunk by
 * chunk: the values themselves (`sumChunk`), or −ln of log loss ratios (`logSumChunk`).
 */
function meanOver(view, values, add = sumChunk) {
    const state = new Float64Array(2);
    forEachChunk(view.n, (from, to) => {
        add(values, view.rows, from, to, state);
    });
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
/**
 * Rows per logarithm of the log loss: −Σ ln q over a group of rows is −ln of the product of their
 * q (each row's clipped, renormalised probability of its true class), so a group needs one
 * logarithm, the costliest step of the pass, instead of one per row. The chunk helpers' ranges start
 * at multiples of it (CHUNK_ROWS is), so every path groups the same rows.
 */
const LOG_GROUP = 8;
/**
 * −ln of a group's product of q, given the product and its shortfall from 1 (1 − product, carried
 * as s ← s + d − s·d with d = 1 − q, which is exact for q ≥ 1/2). The product of 8 values in (0, 1],
 * each at least eps / classes, cannot underflow, and carries a few units of rounding in its last
 * place: relative to a loss near 0 (q near 1, a confident right model) that is too much, so a
 * product above 1/2 is taken as ln(1 − shortfall) with log1p, which keeps the shortfall's relative
 * precision. Either way the group's loss is within a few units in the last place of Σ −ln q.
 */
function groupLoss(product, shortfall) {
    return product > 0.5 ? -log1p(-shortfall) : -log(product);
}
/** Adds −ln q of rows `[from, to)` of the view to the compensated sum `state`, by LOG_GROUP rows. */
function logSumChunk(ratios, rows, from, to, state) {
    let sum = state[0];
    let compensation = state[1];
    for (let group = from; group < to; group += LOG_GROUP) {
        const end = group + LOG_GROUP < to ? group + LOG_GROUP : to;
        let product = 1;
        let shortfall = 0;
        for (let i = group; i < end; i++) {
            const q = ratios[rows === null ? i : rows[i]];
            product *= q;
            const d = 1 - q;
            shortfall = shortfall + d - shortfall * d;
        }
        const loss = groupLoss(product, shortfall);
        const t = sum + loss;
        compensation += abs(sum) >= abs(loss) ? sum - t + loss : loss - t + sum;
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
 * one are renormalised silently (1.2 does not warn); the loss is the mean of −ln q_true (summed a
 * group of rows at a time, see LOG_GROUP).
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
    const ratios = prepared.memo('log_loss', () => {
        if (count === 2)
            return binaryTerms(prepared).ratios;
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const out = new Float64Array(prepared.n);
        forEachChunk(prepared.n, (from, to) => {
            ratioChunk(proba, yTrue, count, out, from, to);
        });
        return out;
    });
    return { value: meanOver(view, ratios, logSumChunk) };
}
/** Each row's clipped, renormalised probability of its true class (q), rows `[from, to)`. */
function ratioChunk(proba, yTrue, count, out, from, to) {
    for (let r = from; r < to; r++) {
        const base = r * count;
        let rowSum = 0;
        for (let c = 0; c < count; c++)
            rowSum += clipped(proba[base + c]);
        out[r] = clipped(proba[base + yTrue[r]]) / rowSum;
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
/**
 * The calibration bin of a top-class probability, or OUT_OF_RANGE outside [0, 1]: bin k holds
 * (k/10, (k+1)/10], bin 0 also 0, with the edges the correctly rounded quotients k / 10 (as the
 * reference script's). ceil(10·p) − 1 is that bin: the product is off by half an ulp at most, which
 * could cross an integer only for p within an ulp of an edge, and every p within 300 ulps of every
 * edge is checked against the edges themselves (tests/metrics/edge-cases.test.ts).
 */
function eceBin(top) {
    if (!(top >= 0 && top <= 1))
        return OUT_OF_RANGE;
    const b = ceil(top * ECE_BINS) - 1;
    return b < 0 ? 0 : b;
}
/**
 * Two classes: the per-row terms of log loss, Brier score (of `posLabel`) and ECE, for the subsets a
 * bootstrap or a slice gathers from (the whole set needs only `binaryTotals`), in one pass over
 * the probabilities, with the same arithmetic as the general loops (log loss: clip, renormalise by
 * the clipped sum; Brier: (1[y = pos] − p_pos)²; ECE: the larger probability, the first on ties).
 */
function binaryTerms(prepared) {
    const { posLabel } = prepared.input;
    return prepared.memo(`binary_terms:${posLabel}`, () => {
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const n = prepared.n;
        const ratios = new Float64Array(n);
        const brier = new Float64Array(n);
        let outOfRange = null;
        const bin = new Uint8Array(n);
        const confidence = new Float64Array(n);
        forEachChunk(n, (from, to) => {
            binaryChunk(proba, yTrue, posLabel, from, to, ratios, brier, bin, confidence);
        });
        for (let r = 0; r < n; r++) {
            const p = proba[2 * r + posLabel];
            if (p > 1 || p < 0) {
                outOfRange ??= new Uint8Array(n);
                outOfRange[r] = (p > 1 ? ABOVE_ONE : 0) | (p < 0 ? BELOW_ZERO : 0);
            }
        }
        return { ratios, brier: { terms: brier, outOfRange }, ece: { bin, confidence } };
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
 * order with the arithmetic of `binaryChunk` followed by `logSumChunk` and `sumChunk` (and of the
 * ECE loop), so the values are bit-identical to the per-row path's.
 */
function binaryTotals(prepared) {
    const { posLabel } = prepared.input;
    return prepared.memo(`binary_totals:${posLabel}`, () => {
        const proba = probaOf(prepared);
        const { yTrue } = prepared.input;
        const n = prepared.n;
        const totals = new Float64Array(TOTALS);
        totals[ECE_OUT_OF_RANGE] = -1;
        forEachChunk(n, (from, to) => {
            totalsChunk(proba, yTrue, posLabel, from, to, totals);
        });
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
    const flip = 1 - posLabel;
    // The log loss's running product of q and its shortfall, summed after each LOG_GROUP rows (as
    // `logSumChunk` does).
    let product = 1;
    let shortfall = 0;
    let left = LOG_GROUP;
    for (let r = from; r < to; r++) {
        const p0 = proba[2 * r];
        const p1 = proba[2 * r + 1];
        const y = yTrue[r];
        const q = binaryRatio(p0, p1, proba[2 * r + y]);
        product *= q;
        const d = 1 - q;
        shortfall = shortfall + d - shortfall * d;
        let t;
        if (--left === 0 || r === to - 1) {
            const loss = groupLoss(product, shortfall);
            t = logSum + loss;
            logCompensation += abs(logSum) >= abs(loss) ? logSum - t + loss : loss - t + logSum;
            logSum = t;
            product = 1;
            shortfall = 0;
            left = LOG_GROUP;
        }
        const p = posLabel === 0 ? p0 : p1;
        const brier = binaryBrier(p, y, flip);
        t = brierSum + brier;
        brierCompensation += abs(brierSum) >= abs(brier) ? brierSum - t + brier : brier - t + brierSum;
        brierSum = t;
        if (p > 1)
            flags |= ABOVE_ONE;
        if (p < 0)
            flags |= BELOW_ZERO;
        const best = +(p1 > p0);
        const top = proba[2 * r + best];
        const b = eceBin(top);
        if (b === OUT_OF_RANGE) {
            if (totals[ECE_OUT_OF_RANGE] < 0)
                totals[ECE_OUT_OF_RANGE] = r;
            continue;
        }
        totals[ECE_ROWS + b]++;
        totals[ECE_CONFIDENCE + b] += top;
        totals[ECE_CORRECT + b] += 1 - (best ^ y);
    }
    totals[LOG_LOSS_SUM] = logSum;
    totals[LOG_LOSS_SUM + 1] = logCompensation;
    totals[BRIER_SUM] = brierSum;
    totals[BRIER_SUM + 1] = brierCompensation;
    totals[FLAGS] = flags;
}
/**
 * One binary row's q, as `ratioChunk` computes it: both probabilities clipped to [eps, 1 − eps], the
 * true class's (`pTrue`, which is `p0` or `p1`) divided by their sum. Its log loss term is −ln q.
 */
function binaryRatio(p0, p1, pTrue) {
    return clipped(pTrue) / (clipped(p0) + clipped(p1));
}
/** A probability clipped to [eps, 1 − eps], as log_loss clips. */
function clipped(p) {
    return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}
/**
 * One binary row's Brier term, (1[y = pos] − p_pos)², with 1[y = pos] as `y ^ flip` (flip = 1 − pos;
 * classes are 0 and 1): arithmetic where a comparison would be a branch, which on labels that look
 * random a processor mispredicts about every other row.
 */
function binaryBrier(positive, y, flip) {
    const d = (y ^ flip) - positive;
    return d * d;
}
/**
 * The larger of a binary row's two probabilities (the first on ties, as np.argmax), as ECE reads it:
 * the class is `+(p1 > p0)`, and the probability read at it, with no branch (see `binaryBrier`).
 */
function topProbability(prepared, row) {
    const proba = probaOf(prepared);
    return proba[2 * row + +(proba[2 * row + 1] > proba[2 * row])];
}
/** `binaryTerms` for rows `[from, to)`. */
function binaryChunk(proba, yTrue, posLabel, from, to, ratios, brier, bin, confidence) {
    for (let r = from; r < to; r++) {
        const p0 = proba[2 * r];
        const p1 = proba[2 * r + 1];
        const y = yTrue[r];
        ratios[r] = binaryRatio(p0, p1, proba[2 * r + y]);
        brier[r] = binaryBrier(posLabel === 0 ? p0 : p1, y, 1 - posLabel);
        const best = +(p1 > p0);
        const top = proba[2 * r + best];
        confidence[r] = top;
        const b = eceBin(top);
        bin[r] = b === OUT_OF_RANGE ? b : b | ((1 - (best ^ y)) * CORRECT);
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
    if (counts === null && neg < 0)
        forEachChunk(n, (from, to) => {
            restChunk(column, pos, from, to, state);
        });
    else
        forEachChunk(n, (from, to) => {
            sweepChunk(column, pos, neg, counts, order, from, to, state);
        });
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
/**
 * `sweepChunk` for the commonest sweep, every row once and class `pos` against the rest: each row is
 * counted by arithmetic (a branch on the class, which the middle of a ranking mixes, is mispredicted
 * about every other row there), and every group end moves the curve (each group has a row).
 */
function restChunk(column, pos, from, to, state) {
    const { labels, groupEnd } = column;
    let tp = state[0];
    let fp = state[1];
    let tpPrev = state[2];
    let fpPrev = state[3];
    let area2 = state[4];
    let apSum = state[5];
    for (let i = from; i < to; i++) {
        const positive = +(labels[i] === pos);
        tp += positive;
        fp += 1 - positive;
        if (groupEnd[i] === 1) {
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
    const { groupEnd, groups } = tieGroups(key);
    return { order: idx, groupEnd, groups };
}
/**
 * The full-set sweeps of a binary problem need each position's class and score, not which row it
 * was: when every score of `column` (of the two in `proba`) is a float32 in [0, 1] (onnxruntime's
 * probabilities are), its 30 significant bits and the row's class pack into one 32-bit key, and one
 * array goes through the radix passes instead of keys and indices. Null when a score does not fit.
 * Each loop runs in chunks (see `forEachChunk`): this runs once per input, on millions of rows.
 */
function sortBinaryProbabilities(proba, column, yTrue) {
    const n = yTrue.length;
    if (n < RADIX_MIN || !LITTLE_ENDIAN)
        return null;
    // The column's float32 bits: a float32 input's own, or a float64 input's narrowed (when exact).
    let bits;
    let stride = 2;
    let offset = column;
    if (proba instanceof Float32Array)
        bits = new Uint32Array(proba.buffer, proba.byteOffset, proba.length);
    else {
        const narrow = narrowColumn(proba, column, n);
        if (narrow === null)
            return null;
        bits = new Uint32Array(narrow.buffer);
        stride = 1;
        offset = 0;
    }
    let keys = new Uint32Array(n);
    const histogram = new Uint32Array(2 * RADIX);
    let fits = true;
    forEachChunk(n, (from, to) => {
        fits &&= packChunk(bits, stride, offset, yTrue, keys, histogram, from, to);
    });
    if (!fits)
        return null;
    let out = new Uint32Array(n);
    if (!toOffsets(histogram, 0, n)) {
        forEachChunk(n, (from, to) => {
            scatterChunk(keys, out, histogram, from, to);
        });
        [keys, out] = [out, keys];
    }
    const labels = new Uint8Array(n);
    // The spare buffer becomes the scores: each position's float32 bits. The last pass unpacks each
    // key (score bits, class) where it lands; without that pass the keys are unpacked in place.
    const scoreBits = out;
    const last = !toOffsets(histogram, RADIX, n);
    forEachChunk(n, (from, to) => {
        unpackChunk(keys, last ? histogram : null, labels, scoreBits, from, to);
    });
    const { groupEnd, groups } = tieGroups(scoreBits);
    return { labels, groupEnd, groups, scores: new Float32Array(scoreBits.buffer, scoreBits.byteOffset, n) };
}
/** Column `column` of two-column float64 scores as float32, or null when a score is not a float32 value. */
function narrowColumn(proba, column, n) {
    const narrow = new Float32Array(n);
    let exact = true;
    forEachChunk(n, (from, to) => {
        exact &&= narrowChunk(proba, column, narrow, from, to);
    });
    return exact ? narrow : null;
}
function narrowChunk(proba, column, narrow, from, to) {
    for (let i = from; i < to; i++) {
        const p = proba[2 * i + column];
        narrow[i] = p;
        if (narrow[i] !== p)
            return false;
    }
    return true;
}
/**
 * Packs rows `[from, to)` into keys (row i's score bits at `bits[stride · i + offset]`) and counts
 * both digits. False as soon as a score is not in [0, 1].
 */
function packChunk(bits, stride, offset, yTrue, keys, histogram, from, to) {
    for (let i = from; i < to; i++) {
        const key = packedKey(bits[stride * i + offset], yTrue[i]);
        if (key < 0)
            return false;
        keys[i] = key;
        histogram[key & 0xffff]++;
        histogram[RADIX + (key >>> 16)]++;
    }
    return true;
}
/**
 * The key of a float32 score (its bits) and its row's class: the 30 significant bits and the class,
 * inverted so that ascending keys are descending scores; -1 when the score is not in [0, 1].
 */
function packedKey(bits, y) {
    const b = bits === 0x80000000 ? 0 : bits; // -0 ties with 0
    if (b > 0x3f800000)
        return -1; // negative, or above 1 (or NaN)
    return ~((b << 1) | y) >>> 0;
}
/** The first radix pass (low 16 bits) over keys `[from, to)`. */
function scatterChunk(keys, out, histogram, from, to) {
    for (let i = from; i < to; i++) {
        const key = keys[i];
        out[histogram[key & 0xffff]++] = key;
    }
}
/**
 * Unpacks keys `[from, to)` into class and score bits: where the second radix pass (high 16 bits,
 * offsets in `histogram`) puts them, or in place when `histogram` is null (that pass is skipped).
 */
function unpackChunk(keys, histogram, labels, scoreBits, from, to) {
    for (let i = from; i < to; i++) {
        const key = keys[i];
        const at = histogram === null ? i : histogram[RADIX + (key >>> 16)]++;
        const packed = ~key >>> 0;
        labels[at] = packed & 1;
        scoreBits[at] = packed >>> 1;
    }
}
/** The tie groups of sorted keys: 1 where a key differs from the next (and at the last), and how many. */
function tieGroups(keys) {
    const n = keys.length;
    const groupEnd = new Uint8Array(n);
    let groups = n > 0 ? 1 : 0;
    forEachChunk(n - 1, (from, to) => {
        groups += groupChunk(keys, groupEnd, from, to);
    });
    if (n > 0)
        groupEnd[n - 1] = 1;
    return { groupEnd, groups };
}
/** Marks where keys `[from, to)` differ from the next; returns how many do. */
function groupChunk(keys, groupEnd, from, to) {
    let ends = 0;
    for (let i = from; i < to; i++) {
        if (keys[i] !== keys[i + 1]) {
            groupEnd[i] = 1;
            ends++;
        }
    }
    return ends;
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
        if (!trusted.has(input))
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
const trusted = new WeakSet();
/**
 * Marks `input` as already meeting what `checkClassification` checks, so that it is not checked
 * again (on millions of rows, a pass over every label and probability). For the code that builds
 * inputs with those guarantees by construction: the gate's encoding of a scoring pass (class
 * indices into the sorted classes, probabilities the scoring pass found finite).
 */
function trustClassification(input) {
    trusted.add(input);
    return input;
}
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

// EXTERNAL MODULE: ./shared/stats/select.ts
var stats_select = __webpack_require__(93388);
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
        (0,stats_select/* selectRanks */.w)(errors, [half]);
        return errors[half];
    }
    (0,stats_select/* selectRanks */.w)(errors, [half - 1, half]);
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
        // The tie group to keep next: the k-th of maxPoints evenly spaced ones.
        const kept = (k) => Math.round((k * (groups - 1)) / (maxPoints - 1));
        let next = 0;
        let wanted = kept(0);
        let group = 0;
        let tp = 0;
        // Two classes' labels are 0/1 bytes: at each word boundary, the next four positions are counted
        // in a word unless they hold the next wanted group end (most words hold none of the few kept);
        // otherwise, and for the last few positions, one position at a time.
        const words = labels instanceof Uint8Array && prepared.classCount === 2 ? wordsOf(labels, groupEnd) : null;
        const wordEnd = words === null ? 0 : 4 * words.count;
        for (let i = 0; i < labels.length;) {
            if (i < wordEnd && (i & 3) === 0) {
                const ends = onesIn(words.groupEnd[i >>> 2]);
                if (group + ends <= wanted) {
                    const ones = onesIn(words.labels[i >>> 2]);
                    tp += positive === 1 ? ones : 4 - ones;
                    group += ends;
                    i += 4;
                    continue;
                }
            }
            if (labels[i] === positive)
                tp++;
            if (groupEnd[i] === 1) {
                if (group === wanted) {
                    curve.fps.push(i + 1 - tp);
                    curve.tps.push(tp);
                    curve.thresholds.push(ranks.scoreAt(i));
                    wanted = kept(++next);
                }
                group++;
            }
            i++;
        }
        return curve;
    });
}
/** Word views of two byte arrays of one length, from their start; null unless both start on a word. */
function wordsOf(labels, groupEnd) {
    if (labels.byteOffset % 4 !== 0 || groupEnd.byteOffset % 4 !== 0)
        return null;
    const count = labels.length >>> 2;
    return {
        labels: new Uint32Array(labels.buffer, labels.byteOffset, count),
        groupEnd: new Uint32Array(groupEnd.buffer, groupEnd.byteOffset, count),
        count
    };
}
/** The number of 1 bytes in a word of 0/1 bytes. */
function onesIn(word) {
    return Math.imul(word, 0x01010101) >>> 24;
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








/***/ }),

/***/ 93927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ columnFits),
/* harmony export */   Z: () => (/* binding */ planInputs)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49222);
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
            problems.push(`input "${input.name}" is ${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}: mlgate feeds tensors only`);
        else if (ACCEPTS[input.elementType] === undefined)
            problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}): mlgate cannot build ${input.elementType} tensors`);
        else if (input.shape !== null && input.shape.length > 2)
            problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) has rank ${input.shape.length}: mlgate feeds [N,F], [N,1] or [N] tensors from table columns`);
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
        const width = rank === 1 ? 1 : (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedDim */ .V)(input, 1);
        const missing = matrix.columns.filter((name) => !byName.has(name));
        if (width !== null && width !== matrix.columns.length)
            problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) takes ${width} feature${width === 1 ? '' : 's'} but ${matrix.source} name ${matrix.columns.length} (${matrix.columns.join(', ') || 'none'})`);
        else if (missing.length > 0)
            problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) is fed from ${matrix.source} (${matrix.columns.join(', ')}): ${dataName} has no column ${missing.join(', ')}`);
        for (const name of matrix.columns) {
            const column = byName.get(name);
            if (column !== undefined && !ACCEPTS[input.elementType].includes(column.type))
                problems.push(`column ${name} is ${column.type} but input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) ${wants(input.elementType)}`);
        }
        feeds.push({ input, columns: matrix.columns, rank });
    }
    else {
        for (const input of inputs) {
            const column = byName.get(input.name);
            const width = input.shape === null || input.shape.length === 1 ? 1 : (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedDim */ .V)(input, 1);
            if (width !== null && width !== 1)
                problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) takes ${width} columns at once; with several inputs, each is fed by the one data column of its name`);
            else if (column === undefined)
                problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) has no column ${input.name} in ${dataName}`);
            else if (!ACCEPTS[input.elementType].includes(column.type))
                problems.push(`input "${input.name}" (${(0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(input)}) ${wants(input.elementType)}, but column ${input.name} is ${column.type}`);
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
    const listed = (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataList */ .Kw)(signature.metadata, 'features');
    if (listed !== undefined)
        return { columns: listed, source: "the model's features metadata" };
    const oneWide = input.shape === null || input.shape.length === 1 || (0,_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedDim */ .V)(input, 1) === 1;
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
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .me(`${path}: the data cannot feed the model: ${problems.join('; ')}`);
}
/** Whether a column of `type` can feed `input` (used again per batch: types can widen as data streams). */
function columnFits(input, type) {
    return ACCEPTS[input.elementType]?.includes(type) ?? false;
}


/***/ }),

/***/ 64178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ loadModel)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/model/model-file.ts
var model_file = __webpack_require__(22808);
// EXTERNAL MODULE: ./shared/model/onnx-proto.ts
var onnx_proto = __webpack_require__(63578);
// EXTERNAL MODULE: ./shared/model/signature.ts
var model_signature = __webpack_require__(49222);
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
    const columnLike = (output) => rank(output) === null || rank(output) === 1 || (rank(output) === 2 && (0,model_signature/* fixedDim */.V)(output, 1) === 1);
    const labels = tensors.filter((output) => LABEL_TYPES.has(output.elementType) && columnLike(output));
    const label = preferred(labels, /label/i);
    const zipMapOutputs = new Set(zipMaps.map((zipMap) => zipMap.probabilities));
    const matrices = tensors.filter((output) => SCORE_TYPES.has(output.elementType) && rank(output) === 2 && (0,model_signature/* fixedDim */.V)(output, 1) !== 1);
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
            throw new errors/* ModelError */.me(`${path}: output "${probabilities.name}" (${(0,model_signature/* describeValue */.bp)(probabilities)}) has several columns; regression needs one value per row ([N] or [N,1])`);
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
        const classes = (0,model_signature/* metadataList */.Kw)(metadata, 'classes') ?? ['0', '1'];
        if (classes.length !== 2)
            throw new errors/* ModelError */.me(`${path}: output "${score.name}" (${(0,model_signature/* describeValue */.bp)(score)}) is one score column, which fits a binary classifier, but its metadata lists ${classes.length} classes`);
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
    const width = probabilities === null ? null : (0,model_signature/* fixedDim */.V)(probabilities, 1);
    if (probabilities !== null && classes !== null && width !== null && width !== classes.length)
        throw new errors/* ModelError */.me(`${path}: output "${probabilities.name}" (${(0,model_signature/* describeValue */.bp)(probabilities)}) has ${width} columns but the model names ${classes.length} classes (${classes.join(', ')})`);
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
        const strings = (0,onnx_proto/* attributeStrings */.bq)(graph.bytes, classifier, 'classlabels_strings');
        if (strings !== undefined && strings.length > 0)
            return strings;
        for (const name of ['classlabels_int64s', 'classlabels_ints']) {
            const ints = (0,onnx_proto/* attributeInts */.hU)(graph.bytes, classifier, name);
            if (ints !== undefined && ints.length > 0)
                return ints.map(String);
        }
    }
    const listed = (0,model_signature/* metadataList */.Kw)(metadata, 'classes');
    if (listed !== undefined)
        return listed;
    const width = probabilities === null ? null : (0,model_signature/* fixedDim */.V)(probabilities, 1);
    if (width !== null && (label === null || label.elementType !== 'string'))
        return Array.from({ length: width }, (_, index) => String(index));
    return null;
}
/** The first candidate whose name matches, else the first candidate, else null. */
function preferred(candidates, name) {
    return candidates.find((candidate) => name.test(candidate.name)) ?? candidates[0] ?? null;
}
function outputList(outputs) {
    return outputs.map((output) => `"${output.name}" ${(0,model_signature/* describeValue */.bp)(output)}`).join(', ') || 'none';
}

// EXTERNAL MODULE: ./shared/model/protobuf.ts
var protobuf = __webpack_require__(42105);
// EXTERNAL MODULE: ./shared/model/runtime.ts
var runtime = __webpack_require__(97332);
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
    const newGraph = (0,protobuf/* concat */.xW)(parts);
    const edited = (0,protobuf/* concat */.xW)([
        bytes.subarray(0, info.graphField.start),
        (0,protobuf/* bytesField */.ae)(onnx_proto/* ModelField */.CD.Graph, newGraph),
        bytes.subarray(info.graphField.end)
    ]);
    // The edit must leave a graph that still parses; a failure here is a bug, not the user's file.
    (0,onnx_proto/* parseGraph */.kz)(newGraph);
    return { bytes: edited, removed };
}
function zipMapClasses(graphBytes, node) {
    const strings = (0,onnx_proto/* attributeStrings */.bq)(graphBytes, node, 'classlabels_strings');
    if (strings !== undefined && strings.length > 0)
        return strings;
    return ((0,onnx_proto/* attributeInts */.hU)(graphBytes, node, 'classlabels_int64s') ?? []).map(String);
}
/** A ValueInfoProto field: `name`, tensor(float) of shape [N, classes]. */
function tensorOutput(name, classes) {
    const dims = (0,protobuf/* concat */.xW)([
        (0,protobuf/* bytesField */.ae)(1, (0,protobuf/* bytesField */.ae)(2, 'N')), // dim { dim_param: "N" }
        (0,protobuf/* bytesField */.ae)(1, (0,protobuf/* varintField */.Lf)(1, classes)) // dim { dim_value: classes }
    ]);
    const tensorType = (0,protobuf/* concat */.xW)([(0,protobuf/* varintField */.Lf)(1, FLOAT), (0,protobuf/* bytesField */.ae)(2, dims)]);
    const typeProto = (0,protobuf/* bytesField */.ae)(1, tensorType);
    return (0,protobuf/* bytesField */.ae)(onnx_proto/* GraphField */.xU.Output, (0,protobuf/* concat */.xW)([(0,protobuf/* bytesField */.ae)(1, name), (0,protobuf/* bytesField */.ae)(2, typeProto)]));
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
    const bytes = await (0,model_file/* readModelFile */.G)(path);
    const info = parse(path, bytes);
    const signature = (0,model_signature/* signatureOf */.yK)(info);
    const edit = removeZipMaps(bytes, info);
    const edited = edit.removed.length === 0 ? info : parse(path, edit.bytes);
    const outputs = planOutputs(path, (0,model_signature/* signatureOf */.yK)(edited).outputs, {
        info: edited.graph,
        bytes: edit.bytes.subarray(edited.graphField.valueStart, edited.graphField.valueEnd)
    }, signature.metadata, edit.removed, options.task);
    const ort = await (0,runtime/* onnxRuntime */.M_)();
    let session;
    try {
        session = await ort.InferenceSession.create(edit.bytes, (0,runtime/* sessionOptions */.xl)());
    }
    catch (error) {
        throw new errors/* ModelError */.me(`${path}: onnxruntime cannot load the model: ${(0,runtime/* ortMessage */.Tm)(error)}`);
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
        return (0,onnx_proto/* parseModel */.Xh)(bytes);
    }
    catch (error) {
        if (!(error instanceof protobuf/* ProtobufError */.uk))
            throw error;
        if (/past the end/.test(error.message))
            throw new errors/* ModelError */.me(`${path} is truncated or corrupt: ${error.message} (${bytes.length} bytes)`);
        throw new errors/* ModelError */.me(`${path} is not an ONNX model: ${error.message}`);
    }
}


/***/ }),

/***/ 22808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readModelFile)
/* harmony export */ });
/* unused harmony export pickleKind */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
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
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    if (PICKLE_EXTENSIONS.has(extension))
        return `a ${extension} file (a pickle-based format)`;
    return undefined;
}
/** The bytes of the model at `path`; ModelError when it is missing, not a file, empty or a pickle. */
async function readModelFile(path) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    if (PICKLE_EXTENSIONS.has(extension))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path} is ${pickleKind(path, new Uint8Array())}: ${EXPLANATION}`);
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path} is not a file (expected an .onnx model)`);
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (error) {
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path}: no such model file (expected an .onnx model)`);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path}: cannot read the model file (${code ?? String(error)})`);
    }
    if (bytes.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path} is empty (expected an ONNX model)`);
    const pickle = pickleKind(path, bytes);
    if (pickle !== undefined)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelError */ .me(`${path} is ${pickle}: ${EXPLANATION}`);
    return bytes;
}


/***/ }),

/***/ 63578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ ModelField),
/* harmony export */   Cb: () => (/* binding */ ValueInfoField),
/* harmony export */   PE: () => (/* binding */ TypeField),
/* harmony export */   S_: () => (/* binding */ TensorTypeField),
/* harmony export */   Xh: () => (/* binding */ parseModel),
/* harmony export */   bq: () => (/* binding */ attributeStrings),
/* harmony export */   hU: () => (/* binding */ attributeInts),
/* harmony export */   kz: () => (/* binding */ parseGraph),
/* harmony export */   xU: () => (/* binding */ GraphField)
/* harmony export */ });
/* harmony import */ var _protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42105);
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
    for (const field of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes)) {
        switch (field.number) {
            case ModelField.IrVersion:
                irVersion = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(field);
                break;
            case ModelField.ProducerName:
                producerName = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, field);
                break;
            case ModelField.ProducerVersion:
                producerVersion = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, field);
                break;
            case ModelField.Graph:
                expectBytes(field, 'graph');
                graphField = field;
                break;
            case ModelField.OpsetImport: {
                expectBytes(field, 'opset_import');
                let domain = '';
                let version = 0;
                for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
                    if (inner.number === 1)
                        domain = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                    else if (inner.number === 2)
                        version = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(inner);
                }
                opsets[domain === 'ai.onnx' ? '' : domain] = version;
                break;
            }
            case ModelField.MetadataProps: {
                expectBytes(field, 'metadata_props');
                let key = '';
                let value = '';
                for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
                    if (inner.number === 1)
                        key = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                    else if (inner.number === 2)
                        value = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                }
                metadata[key] = value;
                break;
            }
        }
    }
    if (irVersion === undefined)
        throw new _protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufError */ .uk('no ir_version (field 1): not an ONNX ModelProto');
    if (graphField === undefined)
        throw new _protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufError */ .uk('no graph (field 7)');
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
    for (const field of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes)) {
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
                for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd))
                    if (inner.number === SparseTensorValues)
                        initializers.add(tensorName(bytes, inner));
                break;
        }
    }
    return { nodes, inputs, outputs, valueInfo, initializers };
}
function tensorName(bytes, field) {
    expectBytes(field, 'initializer');
    for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd))
        if (inner.number === TensorProtoName)
            return (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
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
    for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
        switch (inner.number) {
            case NodeField.Input:
                inputs.push((0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner));
                break;
            case NodeField.Output:
                outputs.push((0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner));
                break;
            case NodeField.Name:
                name = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                break;
            case NodeField.OpType:
                opType = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                break;
            case NodeField.Domain:
                domain = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
                break;
            case NodeField.Attribute: {
                expectBytes(inner, 'attribute');
                for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === AttributeField.Name) {
                        attributes.set((0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, part), inner);
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
    for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
        if (inner.number === ValueInfoField.Name)
            name = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, inner);
        else if (inner.number === ValueInfoField.Type)
            type = parseType(bytes, inner);
    }
    return { name, type, field };
}
function parseType(bytes, field) {
    expectBytes(field, 'type');
    for (const inner of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
        switch (inner.number) {
            case TypeField.Tensor: {
                expectBytes(inner, 'tensor_type');
                let elemType = 0;
                let shape = null;
                for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === TensorTypeField.ElemType)
                        elemType = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(part);
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
                for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, inner.valueStart, inner.valueEnd)) {
                    if (part.number === 1)
                        keyType = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(part);
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
    for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd))
        if (part.number === number)
            return parseType(bytes, part);
    return null;
}
function parseShape(bytes, field) {
    expectBytes(field, 'shape');
    const dims = [];
    for (const dim of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, field.valueStart, field.valueEnd)) {
        if (dim.number !== 1)
            continue;
        expectBytes(dim, 'dim');
        let value = null;
        for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, dim.valueStart, dim.valueEnd)) {
            if (part.number === 1)
                value = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(part);
            else if (part.number === 2)
                value = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, part);
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
    for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, attribute.valueStart, attribute.valueEnd)) {
        if (part.number === AttributeField.Ints)
            values.push(...(0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .packedInt64s */ .ZW)(bytes, part));
        else if (part.number === AttributeField.I)
            values.push((0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .int64 */ .Gk)(part));
    }
    return values;
}
/** A string or strings attribute's values (e.g. `classlabels_strings`), undefined when absent. */
function attributeStrings(bytes, node, name) {
    const attribute = node.attributes.get(name);
    if (attribute === undefined)
        return undefined;
    const values = [];
    for (const part of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(bytes, attribute.valueStart, attribute.valueEnd))
        if (part.number === AttributeField.Strings || part.number === AttributeField.S)
            values.push((0,_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(bytes, part));
    return values;
}
function expectBytes(field, what) {
    if (field.wireType !== _protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O0.Bytes)
        throw new _protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufError */ .uk(`${what} (field ${field.number}) at byte ${field.start} is not length-delimited`);
}


/***/ }),

/***/ 42105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ int64),
/* harmony export */   Lf: () => (/* binding */ varintField),
/* harmony export */   MS: () => (/* binding */ packedFloatsField),
/* harmony export */   O0: () => (/* binding */ WireType),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   PI: () => (/* binding */ floatField),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   ZW: () => (/* binding */ packedInt64s),
/* harmony export */   ae: () => (/* binding */ bytesField),
/* harmony export */   sd: () => (/* binding */ packedVarintsField),
/* harmony export */   uk: () => (/* binding */ ProtobufError),
/* harmony export */   xW: () => (/* binding */ concat)
/* harmony export */ });
/* unused harmony exports readVarint, encodeVarint */
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
function text(bytes, field) {
    expectWireType(field, WireType.Bytes);
    return utf8.decode(bytes.subarray(field.valueStart, field.valueEnd));
}
/** A varint field as a signed 64-bit integer. */
function int64(field) {
    expectWireType(field, WireType.Varint);
    return BigInt.asIntN(64, field.varint);
}
/** A varint field as a JavaScript number (int32 and enum fields, dimensions, versions). */
function int(field) {
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


/***/ }),

/***/ 97332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ onnxRuntime),
/* harmony export */   Tm: () => (/* binding */ ortMessage),
/* harmony export */   xl: () => (/* binding */ sessionOptions)
/* harmony export */ });
/* unused harmony export SUPPORTED_PLATFORMS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
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
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .me(`onnxruntime is not available on ${process.platform} ${process.arch}: mlgate ships its native library ` +
                `for linux x64 and linux arm64 only (run on a Linux runner, e.g. ubuntu-latest)`);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .me(`cannot load onnxruntime's native library: ${ortMessage(error)}`);
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
        intraOpNumThreads: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(),
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
        : (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    return message.split('\n')[0].trim();
}


/***/ }),

/***/ 16602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hv: () => (/* binding */ HANDLES_MISSING_METADATA),
  R5: () => (/* binding */ scoreModels)
});

// UNUSED EXPORTS: handlesMissing, scoreDataset

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
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
class GrowableFloat32 extends Growable {
    /** `expected`: the number of values expected, when known (see `Growable`). */
    constructor(expected = 0) {
        super((size) => new Float32Array(size), expected);
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
const SMALL_BITS = 12;
const SMALL = 1 << SMALL_BITS;
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
     * Codes of `values[rows[i]]`, written to `out[i]`. Every row is first looked up as a small label
     * seen before, with no branch per row (nearly every row of a class label is one); if any was not,
     * the rows are coded one by one.
     */
    numbersAt(values, rows, out) {
        const small = this.small;
        let other = 0;
        for (let i = 0; i < rows.length; i++) {
            const value = values[rows[i]];
            const k = value | 0;
            const code = small[k & (SMALL - 1)];
            out[i] = code;
            // Not an integer, or outside [0, SMALL), or not seen yet (code −1).
            other |= +(k !== value) | (k >>> SMALL_BITS) | (code >>> 31);
        }
        if (other !== 0)
            for (let i = 0; i < rows.length; i++)
                out[i] = this.number(values[rows[i]]);
    }
    /**
     * Codes of the first `out.length` values of an int64 tensor, written to `out`. Values that fit in
     * 32 bits are read from the low word without making a BigInt (the high word is the low word's
     * sign in little-endian layout, as on every platform onnxruntime-node ships for); small labels seen
     * before as in `numbersAt`.
     */
    int64(data, out) {
        const words = new Int32Array(data.buffer, data.byteOffset, data.length * 2);
        const small = this.small;
        let other = 0;
        for (let row = 0; row < out.length; row++) {
            const low = words[2 * row];
            const code = small[low & (SMALL - 1)];
            out[row] = code;
            other |= words[2 * row + 1] | (low >>> SMALL_BITS) | (code >>> 31);
        }
        if (other === 0)
            return;
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

// EXTERNAL MODULE: ./shared/model/runtime.ts
var runtime = __webpack_require__(97332);
;// CONCATENATED MODULE: ./shared/model/collect.ts




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
    /** Nanoseconds in `session.run` (process.hrtime: `performance` would load perf_hooks, about 1.5 ms). */
    runNs = 0n;
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
    /**
     * Runs the session on `feeds` and keeps the first `count` rows of its outputs. `where` names a row
     * of them for errors (its file and line).
     */
    async score(feeds, count, where) {
        const started = process.hrtime.bigint();
        let results;
        try {
            results = await this.model.session.run(feeds, this.fetches());
        }
        catch (error) {
            throw new errors/* ModelError */.me(`${this.model.path}: onnxruntime failed to score: ${(0,runtime/* ortMessage */.Tm)(error)}`);
        }
        this.runNs += process.hrtime.bigint() - started;
        this.rows += count;
        const plan = this.model.outputs;
        if (plan.value !== null)
            this.addValues(results[plan.value.name], count);
        const proba = plan.probabilities === null
            ? null
            : this.addProbabilities(results[plan.probabilities.name], count, plan.positiveScore);
        if (proba !== null)
            this.checkFinite(proba, count, where);
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
            // 1 − p is computed in float64, where it may not be a float32 value.
            const out = this.probaOf(2, false).append(2 * count);
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
        const out = this.probaOf(width, data instanceof Float32Array).append(count * width);
        out.set(data.subarray(0, count * width));
        return out;
    }
    /**
     * Throws unless the `count` rows of probabilities just kept are finite: a model that returns NaN
     * fails here, at its row, and the metrics can take the scores as checked (`trustClassification`).
     */
    checkFinite(proba, count, where) {
        for (let k = 0; k < proba.length; k++) {
            if (Number.isFinite(proba[k]))
                continue;
            const width = proba.length / count;
            const row = Math.floor(k / width);
            const label = this.classes?.[k - row * width] ?? String(k - row * width);
            throw new errors/* ModelError */.me(`${this.model.path}: onnxruntime returned ${proba[k]} as the probability of class ${JSON.stringify(label)} for ${where(row)}; probabilities must be finite`);
        }
    }
    probaOf(width, float32) {
        this.probaStore ??= float32
            ? new GrowableFloat32(this.expectedRows * width)
            : new GrowableFloat64(this.expectedRows * width);
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
            latencyMsPerRow: this.rows === 0 ? 0 : Number(this.runNs) / 1e6 / this.rows,
            modelBytes: this.model.modelBytes
        };
        if (codes !== null)
            lazyProperty(scores, 'predictions', () => this.labels.decode(codes));
        return scores;
    }
}

// EXTERNAL MODULE: ./shared/data/missing.ts
var data_missing = __webpack_require__(54743);
// EXTERNAL MODULE: ./shared/model/inputs.ts
var inputs = __webpack_require__(93927);
// EXTERNAL MODULE: ./shared/model/signature.ts
var signature = __webpack_require__(49222);
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
    if (!(0,inputs/* columnFits */.L)(feed.input, column.type))
        throw new errors/* DataError */.fL(`${where}: column ${name} is ${column.type} from here on, which input "${feed.input.name}" (${(0,signature/* describeValue */.bp)(feed.input)}) cannot take`);
    return column;
}
function buildTensor(ort, feed, sources, rows, buffers) {
    const count = rows.length;
    const width = sources.length;
    const dims = feed.rank === 1 ? [count] : [count, width];
    const name = feed.input.name;
    const size = count * width;
    const numeric = NUMERIC_FEEDS[feed.input.elementType];
    if (numeric !== undefined) {
        const out = fillNumbers(buffers.take(name, size, numeric.make), sources, rows);
        return new ort.Tensor(numeric.tensor, out, dims);
    }
    switch (feed.input.elementType) {
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
/** The tensor type and input array of each numeric element type (the array is reused chunk to chunk). */
const NUMERIC_FEEDS = {
    float: { tensor: 'float32', make: (length) => new Float32Array(length) },
    double: { tensor: 'float64', make: (length) => new Float64Array(length) },
    int32: { tensor: 'int32', make: (length) => new Int32Array(length) },
    bool: { tensor: 'bool', make: (length) => new Uint8Array(length) }
};
/**
 * Row-major [rows, features] from the feature columns: three features per pass over the rows, which
 * reads each row index once for the three and writes them side by side (on 2M rows of 6 features,
 * 15 instead of 23 ms in CPU profiles, against a pass per feature); the rest, one pass each.
 */
function fillNumbers(out, sources, rows) {
    const width = sources.length;
    const count = rows.length;
    let feature = 0;
    for (; feature + 2 < width; feature += 3) {
        const a = numbers(sources[feature]);
        const b = numbers(sources[feature + 1]);
        const c = numbers(sources[feature + 2]);
        for (let index = 0, at = feature; index < count; index++, at += width) {
            const row = rows[index];
            out[at] = a[row];
            out[at + 1] = b[row];
            out[at + 2] = c[row];
        }
    }
    for (; feature < width; feature++) {
        const values = numbers(sources[feature]);
        for (let index = 0, at = feature; index < count; index++, at += width)
            out[at] = values[rows[index]];
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
 * Marks in `flags` (non-zero per row) the rows where `column` is NaN or missing (null, NaN token, an
 * unparsable number; a null string cell) and returns how many of the batch's rows are.
 */
function markMissing(column, rowCount, flags) {
    if (column.type === 'string' || column.invalid === null) {
        // The missing flags are the marks: a string is missing where flagged; a number's `values` is NaN
        // exactly where a cell is missing or invalid (the column contract), and here none is invalid.
        const missing = column.missing.subarray(0, rowCount);
        const count = (0,data_missing/* countMissing */.G)(missing);
        if (count > 0)
            orInto(flags, missing);
        return count;
    }
    let marked = 0;
    const values = column.values;
    for (let row = 0; row < rowCount; row++) {
        const value = values[row];
        if (value !== value) {
            flags[row] = 1;
            marked++;
        }
    }
    return marked;
}
/** `target[i] |= source[i]` over `source`'s length, four bytes at a time when both arrays allow it. */
function orInto(target, source) {
    const n = source.length;
    let i = 0;
    if (target.byteOffset % 4 === 0 && source.byteOffset % 4 === 0) {
        const words = n >>> 2;
        const to = new Uint32Array(target.buffer, target.byteOffset, words);
        const from = new Uint32Array(source.buffer, source.byteOffset, words);
        for (let w = 0; w < words; w++)
            to[w] |= from[w];
        i = words * 4;
    }
    for (; i < n; i++)
        target[i] |= source[i];
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
    const ort = await (0,runtime/* onnxRuntime */.M_)();
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
    /** Rows seen (scored or left out), and the data set row index of each left out, ascending. */
    seenRows = 0;
    droppedRows = new GrowableInt32();
    kept = new Map();
    flags = new Uint8Array(0);
    identity = new Uint32Array(0);
    selected = new Uint32Array(0);
    constructor(ort, entries, options) {
        this.ort = ort;
        this.entries = entries;
        this.options = options;
        this.labels = new LabelCodes(entries.flatMap(({ model }) => model.classes ?? []));
        // A little over the estimate, which comes from the first lines only.
        this.expectedRows =
            options.expectedRows === undefined ? 0 : Math.ceil(options.expectedRows * 1.02) + 1024;
        const regression = entries[0].model.task === 'regression';
        const target = options.target !== undefined;
        this.yCodes = new GrowableInt32(target && !regression ? this.expectedRows : 0);
        this.yNumbers = new GrowableFloat64(target && regression ? this.expectedRows : 0);
    }
    async add(batch) {
        const runs = (this.runs ??= this.setup(batch));
        const rowCount = batch.rowCount;
        if (rowCount === 0)
            return;
        this.seenRows = batch.rowOffset + rowCount;
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
                await run.collector.score(feeds, chunk.length, (row) => `${batch.file} line ${batch.lines[chunk[row]]}`);
            }
        }
    }
    /** Plans every model's inputs on the first batch's columns; checks the target and kept columns. */
    setup(batch) {
        const infos = batch.columns.map((column) => ({ name: column.name, type: column.type }));
        const names = new Set(infos.map((info) => info.name));
        const { target, keep = [] } = this.options;
        const runs = this.entries.map(({ model, features }) => {
            const plan = (0,inputs/* planInputs */.Z)(model.path, model.signature, infos, { features: features ?? this.options.features, target }, batch.file);
            const fixedSizes = plan.feeds.map((feed) => (0,signature/* fixedDim */.V)(feed.input, 0));
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
        const kept = unflaggedRows(flags, selected);
        const missing = rowCount - kept;
        // The data set index of each row left out: the row index is made from them when read.
        const dropped = this.droppedRows.append(missing);
        for (let row = 0, next = 0; next < missing; row++)
            if (flags[row] !== 0)
                dropped[next++] = batch.rowOffset + row;
        this.firstMissing ??= `${batch.file} line ${batch.lines[dropped[0] - batch.rowOffset]}`;
        this.missingRows += missing;
        if ((this.options.nan ?? 'error') !== 'drop')
            this.failing = true;
        else
            this.dropped += missing;
        return selected.subarray(0, kept);
    }
    /** The target and the kept columns of the scored rows. */
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
        else
            labels.numbersAt(column.values, rows, out);
    }
    rowIndex(droppedRows) {
        const index = new Uint32Array(this.seenRows - droppedRows.length);
        let next = 0;
        let row = 0;
        for (const dropped of droppedRows) {
            while (row < dropped)
                index[next++] = row++;
            row++;
        }
        while (row < this.seenRows)
            index[next++] = row++;
        return index;
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
            rows: this.seenRows - this.droppedRows.length,
            dropped: this.dropped,
            nanCounts: { ...this.nanCounts },
            yTrue: target === undefined ? null : yTrueCodes === null ? this.yNumbers.finish() : [],
            labels: classification ? [...this.labels.labels] : null,
            yTrueCodes,
            rowIndex: new Uint32Array(0),
            columns,
            models
        };
        if (yTrueCodes !== null)
            lazyProperty(result, 'yTrue', () => this.labels.decode(yTrueCodes));
        // Every row seen but those left out: made when read (evaluate-thresholds never reads it).
        const droppedRows = this.droppedRows.finish();
        lazyProperty(result, 'rowIndex', () => this.rowIndex(droppedRows));
        return result;
    }
}
/**
 * Writes to `out` the indices of the rows whose flag is 0 and returns how many. Flags are read four
 * at a time (a batch's `flags` array starts on a word): most words flag no row.
 */
function unflaggedRows(flags, out) {
    const n = flags.length;
    const words = flags.byteOffset % 4 === 0 ? n >>> 2 : 0;
    const view = new Uint32Array(flags.buffer, flags.byteOffset, words);
    let kept = 0;
    for (let w = 0; w < words; w++) {
        const row = 4 * w;
        if (view[w] === 0) {
            out[kept] = row;
            out[kept + 1] = row + 1;
            out[kept + 2] = row + 2;
            out[kept + 3] = row + 3;
            kept += 4;
        }
        else
            for (let r = row; r < row + 4; r++)
                if (flags[r] === 0)
                    out[kept++] = r;
    }
    for (let row = 4 * words; row < n; row++)
        if (flags[row] === 0)
            out[kept++] = row;
    return kept;
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


/***/ }),

/***/ 49222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ metadataList),
/* harmony export */   V: () => (/* binding */ fixedDim),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export elementType */
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
