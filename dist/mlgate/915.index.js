export const id = 915;
export const ids = [915];
export const modules = {

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

// EXTERNAL MODULE: ./shared/checks/validate.ts + 31 modules
var validate = __webpack_require__(74017);
// EXTERNAL MODULE: ./shared/config/load.ts + 1 modules
var load = __webpack_require__(874);
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

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: emptyConfig, parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
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
;// CONCATENATED MODULE: ./shared/config/load.ts








const DEFAULT_CONFIG_FILE = 'mlgate.yml';
/** An empty config: what a project without mlgate.yml gets. */
function emptyConfig() {
    return { file: undefined, config: config_schema/* configSchema */.Qn.parse({}), position: () => undefined };
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
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
// EXTERNAL MODULE: ./shared/report/bundle.ts
var report_bundle = __webpack_require__(50329);
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


/***/ })

};
