export const id = 947;
export const ids = [947];
export const modules = {

/***/ 21947:
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

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var runtime_inputs = __webpack_require__(8420);
;// CONCATENATED MODULE: ./shared/runtime/command.ts


/** Exit codes of a run: the gate failed (1), the user's input is at fault (2), a bug (3). */
const ExitCode = { Ok: 0, GateFailed: 1, UserError: 2, Bug: 3 };
/** Reads inputs (all validated before any side effect), runs the command, classifies what went wrong. */
async function execute(command, host) {
    try {
        const inputs = (0,runtime_inputs/* readInputs */.Ko)(command.inputs, (name) => host.getInput(name), (secret) => {
            host.mask(secret);
        });
        const result = await command.run(inputs, host);
        return result.ok
            ? { exitCode: ExitCode.Ok, failure: '' }
            : { exitCode: ExitCode.GateFailed, failure: result.message };
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return { exitCode: ExitCode.UserError, failure: error.message };
        return {
            exitCode: ExitCode.Bug,
            failure: `mlgate ${command.name} failed unexpectedly: ${(0,errors/* errorMessage */.gJ)(error)}. This is a bug in mlgate; please report it with the log.`,
            stack: error instanceof Error ? error.stack : undefined
        };
    }
}

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
    const outcome = await execute(command, new ActionsHost(reserved));
    if (outcome.stack !== undefined)
        core/* error */.z3(outcome.stack);
    if (outcome.exitCode !== 0)
        core/* setFailed */.C1(outcome.failure);
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


/***/ })

};
