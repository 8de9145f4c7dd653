export const id = 578;
export const ids = [578];
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
    { ...commandInfo('run'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(83), __webpack_require__.e(277), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 90071))).run },
    {
        ...commandInfo('validate-data'),
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(83), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 10915))).validateData
    },
    { ...commandInfo('train'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(277), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 51277))).train },
    {
        ...commandInfo('evaluate-thresholds'),
        load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59790))).evaluateThresholds
    },
    { ...commandInfo('suggest'), load: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(83), __webpack_require__.e(321)]).then(__webpack_require__.bind(__webpack_require__, 65321))).suggest },
    {
        ...commandInfo('publish-report'),
        load: async () => (await __webpack_require__.e(/* import() */ 444).then(__webpack_require__.bind(__webpack_require__, 35444))).publishReport
    }
];


/***/ }),

/***/ 59790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateThresholds: () => (/* binding */ evaluateThresholds),
  evaluateThresholdsInputs: () => (/* binding */ evaluateThresholdsInputs)
});

// EXTERNAL MODULE: ./shared/checks/evaluator.ts
var evaluator = __webpack_require__(37547);
// EXTERNAL MODULE: ./shared/config/load.ts
var load = __webpack_require__(45481);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

// EXTERNAL MODULE: ./shared/metrics/index.ts + 12 modules
var shared_metrics = __webpack_require__(59580);
// EXTERNAL MODULE: ./shared/model/load.ts + 2 modules
var model_load = __webpack_require__(64178);
// EXTERNAL MODULE: ./shared/model/score.ts + 4 modules
var score = __webpack_require__(16602);
// EXTERNAL MODULE: ./shared/model/inputs.ts
var inputs = __webpack_require__(93927);
// EXTERNAL MODULE: ./shared/model/signature.ts
var signature = __webpack_require__(49222);
// EXTERNAL MODULE: ./shared/model/model-file.ts
var model_file = __webpack_require__(22808);
// EXTERNAL MODULE: ./shared/model/runtime.ts
var runtime = __webpack_require__(97332);
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







// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/stats/quantile.ts
var quantile = __webpack_require__(9629);
// EXTERNAL MODULE: ./shared/stats/sampler.ts
var sampler = __webpack_require__(12750);
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
    const random = new sampler/* Xoshiro128 */.y(options.seed);
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
        low: (0,quantile/* quantile */.YV)(sorted, tail),
        high: (0,quantile/* quantile */.YV)(sorted, 1 - tail),
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
 * the model never emits is refused: no metric can be right about it. The input meets the metrics'
 * checks by construction (the scoring pass refused non-finite probabilities), so they are skipped.
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
        // The same precision as the model's: float32 values copy exactly.
        proba =
            model.proba instanceof Float32Array
                ? new Float32Array(yTrue.length * width)
                : new Float64Array(yTrue.length * width);
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
    // Class indices of the sorted, distinct classes; probabilities the scoring pass found finite.
    return (0,shared_metrics/* trustClassification */.pM)({ yTrue, yPred, proba, classes, posLabel: posIndex });
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
var files = __webpack_require__(27124);
// EXTERNAL MODULE: ./shared/data/types.ts
var types = __webpack_require__(33618);
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
        (0,files/* formatOf */.be)(file);
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
                : (0,signature/* metadataList */.Kw)(model.signature.metadata, 'features');
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
            const outcomes = (0,shared_metrics/* metricOutcomes */.MT)(names, input, slice.rows);
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
async function evaluate(plan, logger) {
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
            const model = await (0,model_load/* loadModel */.c)(plan.model, plan.task === undefined ? {} : { task: plan.task });
            models.push(model);
            if (baselineKind === 'model')
                models.push(await (0,model_load/* loadModel */.c)(plan.baseline, { task: model.task }));
            const needed = neededColumns(models, plan, keep);
            const dataset = await (0,data_dataset/* openDataset */.J)(plan.data, {
                fingerprint: false,
                ...(needed === undefined ? {} : { columns: needed })
            });
            if (dataset.threaded)
                logger.debug(`${plan.data}: read in a worker thread`);
            const expectedRows = await estimateRows(dataset);
            const scored = await logger.group(`Scoring ${plan.data}`, () => (0,score/* scoreModels */.R5)(models.map((entry, index) => index === 0 && plan.features !== undefined ? { model: entry, features: plan.features } : entry), dataset, {
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
            (0,shared_metrics/* metricInfo */.R)(threshold.metric, task);
    }
    const full = task === 'classification'
        ? (0,shared_metrics/* classificationMetrics */.qb)(candidate.input)
        : (0,shared_metrics/* regressionMetrics */.NC)(candidate.input.yTrue, candidate.input.yPred);
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
            ? (0,shared_metrics/* classificationMetrics */.qb)(baseline.input, names).values
            : (0,shared_metrics/* regressionMetrics */.NC)(baseline.input.yTrue, baseline.input.yPred, names).values;
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
                : pairedBootstrap(n, (rows) => (0,shared_metrics/* metricOn */.Oc)(metric, candidate.input, map(rows)), (rows) => (0,shared_metrics/* metricOn */.Oc)(metric, baseline.input, map(rows)), significance);
            cache.set(key, result);
            return result;
        };
    const checks = evaluateGate({
        thresholds: plan.thresholds,
        candidate: metrics,
        ...(baselineMetrics === undefined ? {} : { baseline: baselineMetrics }),
        higherIsBetter: (metric) => OPERATIONAL_METRICS.includes(metric)
            ? false
            : (0,shared_metrics/* metricInfo */.R)(metric, task).higherIsBetter,
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
            const roc = (0,shared_metrics/* rocCurve */.WZ)(input, input.posLabel, 50);
            const pr = (0,shared_metrics/* precisionRecallCurve */.$V)(input, input.posLabel, 50);
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

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
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
const THRESHOLD_METRICS = [...Object.keys(shared_metrics/* METRICS */.Cb), ...OPERATIONAL_METRICS];
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
// EXTERNAL MODULE: ./shared/report/publish.ts + 1 modules
var publish = __webpack_require__(22961);
// EXTERNAL MODULE: ./shared/cli/commands.ts
var commands = __webpack_require__(56341);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var runtime_inputs = __webpack_require__(8420);
// EXTERNAL MODULE: ./shared/runtime/version.ts
var version = __webpack_require__(39029);
;// CONCATENATED MODULE: ./shared/cli/commands/evaluate-thresholds.ts











const evaluateThresholdsInputs = {
    model: runtime_inputs/* input */.hF.text('The candidate ONNX model. Default: evaluate.model in the config.'),
    data: runtime_inputs/* input */.hF.text('The test set: a path or a glob (CSV, TSV, gzip’d CSV, JSON Lines, Parquet).'),
    target: runtime_inputs/* input */.hF.text('The label column.'),
    task: runtime_inputs/* input */.hF.choice('The task; auto takes it from the model (or the target, in predictions mode).', ['auto', 'classification', 'regression'], 'auto'),
    'pos-label': runtime_inputs/* input */.hF.text('The positive class for binary metrics (default: the last class in sorted order, e.g. 1).'),
    features: runtime_inputs/* input */.hF.text('Feature columns in the model’s order, comma-separated (default: the model’s `features` metadata, else every column but the target).'),
    predictions: runtime_inputs/* input */.hF.text('Instead of a model (models that are not ONNX): the test set’s column that holds each row’s prediction, or a data file with one prediction per test-set row in the same order (`preds.csv`: its `prediction` or only column; `preds.parquet#label`: that column).'),
    thresholds: runtime_inputs/* input */.hF.text('Thresholds, e.g. "accuracy >= 0.9, roc_auc: max-drop 0.01, f1: max-drop 2%, recall: max-gap 0.05 across gender".'),
    baseline: runtime_inputs/* input */.hF.text('The baseline: an ONNX model (scored on the same rows) or a previous verdict JSON. No baseline: change gates are skipped.'),
    slices: runtime_inputs/* input */.hF.text('Slices for per-slice metrics and gaps, e.g. "region, age: [18, 30, 50, 90]".'),
    nan: runtime_inputs/* input */.hF.text('Rows with NaN or missing features: error (names the columns and counts), drop (scores the other rows) or keep (feeds them to a model that handles missing values). Default: keep for models mlgate trained, else error.'),
    config: runtime_inputs/* input */.hF.text('The config file (default: mlgate.yml, when it exists).'),
    'fail-on': runtime_inputs/* input */.hF.choice('Which failures fail the step.', gate_verdict/* FAIL_ON */.d$, 'error'),
    'report-dir': runtime_inputs/* input */.hF.text('Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.', { default: 'mlgate-report' }),
    'github-token': runtime_inputs/* input */.hF.secret('Token for check runs and PR comments.'),
    ...options/* reportingInputs */.OS
};
/** evaluate-thresholds: scores an ONNX model on a test set, computes metrics, gates on thresholds and regressions. */
const evaluateThresholds = {
    ...(0,commands/* commandInfo */.i)('evaluate-thresholds'),
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
        const loaded = await (0,load/* loadConfig */.Z9)(inputs.config ?? load/* DEFAULT_CONFIG_FILE */.Cu, inputs.config !== undefined);
        const plan = planEvaluation(inputs, loaded);
        const outcome = await evaluate(plan, host.logger);
        for (const warning of outcome.details.warnings)
            host.logger.warning(`${warning.metric}: ${warning.message}`);
        const verdict = (0,gate_verdict/* buildVerdict */.o1)('evaluate-thresholds', outcome.checks, inputs['fail-on'], headline(outcome.checks, outcome.details), started, outcome.details, version/* MLGATE_VERSION */.C);
        const key = (0,comment/* reportKey */.y1)([
            loaded.file ?? '',
            plan.data,
            plan.model ?? plan.predictions ?? '',
            inputs['check-name'] ?? ''
        ]);
        await (0,publish/* publishVerdict */.TP)(verdict, host, (0,options/* reportingOptions */.vZ)(inputs, key));
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
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 79288));
    return parseConfig(text, file);
}


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
