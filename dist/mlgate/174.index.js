export const id = 174;
export const ids = [174];
export const modules = {

/***/ 65158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveReadPass: () => (/* binding */ serveReadPass)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64447);
/* harmony import */ var _batch_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43605);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35300);
/**
 * The worker side of `read-thread.ts`: one pass of the ordinary reader over the files it was given,
 * each batch packed and transferred, at most `WINDOW` batches ahead of the consuming thread.
 */




/**
 * Batches handed over and not yet given back: one the consumer works on, one waiting for it. The
 * worker builds the next meanwhile, so neither thread waits while the other has work.
 */
const WINDOW = 2;
async function serveReadPass(input) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (port === null)
        throw new Error('serveReadPass: not in a worker thread');
    const post = (message, transfer = []) => {
        port.postMessage(message, transfer);
    };
    const pool = new _batch_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .BufferPool */ .Pt();
    let inFlight = 0;
    let wake;
    port.on('message', (message) => {
        pool.give(message.buffer);
        inFlight--;
        wake?.();
        wake = undefined;
    });
    try {
        const dataset = (0,_dataset_js__WEBPACK_IMPORTED_MODULE_3__/* .readerDataset */ .G)(input);
        const packer = new _batch_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .BatchPacker */ .V2(pool);
        for await (const batch of dataset.batches()) {
            while (inFlight >= WINDOW)
                await new Promise((resolve) => (wake = resolve));
            const wire = packer.pack(batch);
            inFlight++;
            post(wire, [wire.buffer]);
        }
        post({
            kind: 'end',
            schema: dataset.schema(),
            fingerprints: input.hash ? dataset.fingerprints() : undefined
        });
    }
    catch (error) {
        post((0,_runtime_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .failureOf */ .g5)(error));
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
