export const id = 277;
export const ids = [277];
export const modules = {

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


/***/ })

};
