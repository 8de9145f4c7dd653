export const id = 860;
export const ids = [860];
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


/***/ })

};
