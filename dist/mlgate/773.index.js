export const id = 773;
export const ids = [773];
export const modules = {

/***/ 28773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./shared/runtime/actions-host.ts

const actionsLogger = {
    info: (message) => {
        core/* info */.pq(message);
    },
    warning: (message) => {
        core/* warning */.$e(message);
    },
    debug: (message) => {
        core/* debug */.Yz(message);
    },
    group: (name, work) => core/* group */.Os(name, work)
};
/** The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
class ActionsHost {
    reserved;
    kind = 'actions';
    logger = actionsLogger;
    env = process.env;
    /**
     * `reserved`: inputs the command must not see. The root action's `command` input names the mlgate
     * command, so train's own `command` input (the training program) is not read there.
     */
    constructor(reserved = []) {
        this.reserved = reserved;
    }
    getInput(name) {
        if (this.reserved.includes(name))
            return undefined;
        const value = core/* getInput */.V4(name);
        return value === '' ? undefined : value;
    }
    setOutput(name, value) {
        core/* setOutput */.uH(name, value);
    }
    print(text) {
        core/* info */.pq(text);
    }
    async appendSummary(markdown) {
        if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
            return;
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    annotate(annotation) {
        const properties = {
            title: annotation.title,
            file: annotation.file,
            startLine: annotation.line,
            startColumn: annotation.column
        };
        if (annotation.level === 'error')
            core/* error */.z3(annotation.message, properties);
        else if (annotation.level === 'warning')
            core/* warning */.$e(annotation.message, properties);
        else
            core/* notice */.lm(annotation.message, properties);
    }
    mask(secret) {
        core/* setSecret */.Pq(secret);
    }
}

// EXTERNAL MODULE: ./shared/runtime/command.ts
var runtime_command = __webpack_require__(57128);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/runtime/action.ts




/**
 * The body of every action entry point, and the only place that calls `core.setFailed`. `resolve`
 * picks the command (the root action picks it from its `command` input, which it then `reserves`).
 */
async function runAction(resolve, reserved = []) {
    let command;
    try {
        command = await resolve();
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
        return;
    }
    const outcome = await (0,runtime_command/* execute */.g)(command, new ActionsHost(reserved));
    if (outcome.stack !== undefined)
        core/* error */.z3(outcome.stack);
    if (outcome.exitCode !== 0)
        core/* setFailed */.C1(outcome.failure);
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


/***/ })

};
