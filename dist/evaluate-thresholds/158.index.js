export const id = 158;
export const ids = [158];
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


/***/ })

};
