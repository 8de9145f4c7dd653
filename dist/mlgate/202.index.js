export const id = 202;
export const ids = [202];
export const modules = {

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


/***/ })

};
