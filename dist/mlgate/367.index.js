export const id = 367;
export const ids = [367];
export const modules = {

/***/ 56341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ COMMANDS),
/* harmony export */   i: () => (/* binding */ commandInfo)
/* harmony export */ });
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
    { ...commandInfo('run'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(300), __webpack_require__.e(612), __webpack_require__.e(431), __webpack_require__.e(83), __webpack_require__.e(202), __webpack_require__.e(277), __webpack_require__.e(790), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 90071))).run },
    {
        ...commandInfo('validate-data'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(300), __webpack_require__.e(612), __webpack_require__.e(431), __webpack_require__.e(83), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 10915))).validateData
    },
    { ...commandInfo('train'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(300), __webpack_require__.e(431), __webpack_require__.e(202), __webpack_require__.e(277), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 51277))).train },
    {
        ...commandInfo('evaluate-thresholds'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(300), __webpack_require__.e(612), __webpack_require__.e(431), __webpack_require__.e(202), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 59790))).evaluateThresholds
    },
    { ...commandInfo('suggest'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(300), __webpack_require__.e(83), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 65321))).suggest },
    {
        ...commandInfo('publish-report'),
        load: async () => (await __webpack_require__.e(/* import() */ 444).then(__webpack_require__.bind(__webpack_require__, 35444))).publishReport
    }
];


/***/ }),

/***/ 88367:
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
// EXTERNAL MODULE: ./shared/cli/commands.ts
var commands = __webpack_require__(56341);
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
    const width = Math.max(...commands/* COMMANDS */.L.map((command) => command.name.length));
    return [
        `mlgate ${version/* MLGATE_VERSION */.C}: ML CI/CD gates, locally and in any CI.`,
        '',
        'Usage: mlgate <command> [--input value ...]',
        '',
        ...commands/* COMMANDS */.L.map((command) => `  ${command.name.padEnd(width)}  ${command.description}`),
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
/** The command `name` names, its module loaded; a ConfigurationError (with the closest name) if none. */
async function findCommand(name) {
    const command = commands/* COMMANDS */.L.find((candidate) => candidate.name === name);
    if (command === undefined) {
        throw new errors/* ConfigurationError */.j1(`unknown command \`${name}\`${(0,suggest/* didYouMean */.au)(name, commands/* COMMANDS */.L.map((candidate) => candidate.name))}; run mlgate --help`);
    }
    return command.load();
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
        const command = await findCommand(name);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71771);


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
            const closest = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .Nf)(name, Object.keys(spec));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${command}: unknown option \`--${name}\`${closest === undefined ? '' : ` (did you mean \`--${closest}\`?)`}`);
        }
    }
}


/***/ }),

/***/ 71771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance, for "did you mean" suggestions on names the user typed. */
function editDistance(a, b) {
    const previous = new Array(b.length + 1);
    const current = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        for (let j = 0; j <= b.length; j++)
            previous[j] = current[j];
    }
    return previous[b.length];
}
/** The closest candidate to `name`, if it is close enough to be a plausible typo. */
function closestName(name, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = name.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = Math.max(2, Math.floor(name.length / 3));
    return bestDistance <= limit ? best : undefined;
}
/** " (did you mean `x`?)" or "". */
function didYouMean(name, candidates) {
    const closest = closestName(name, candidates);
    return closest === undefined ? '' : ` (did you mean \`${closest}\`?)`;
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
