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


/***/ })

};
