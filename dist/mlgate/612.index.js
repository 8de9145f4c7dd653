export const id = 612;
export const ids = [612];
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


/***/ })

};
