export const id = 790;
export const ids = [790];
export const modules = {

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
