export const id = 34;
export const ids = [34];
export const modules = {

/***/ 17034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GunzipSource: () => (/* binding */ GunzipSource)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8126);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8683);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27124);
/**
 * A `.gz` file's bytes, decompressed on the fly (see byte-source.ts; loaded only for gzip data).
 */






/**
 * Decompressed chunks from a zlib Gunzip piped from the file; the raw chunks are hashed on their
 * way in. Multi-member gzip files (concatenated .gz) decompress whole, as `gunzip` does.
 */
class GunzipSource {
    path;
    handle;
    chunks;
    hash;
    gunzip;
    pending;
    bytes = 0;
    digest;
    ended = false;
    constructor(path, handle, hash) {
        this.path = path;
        this.handle = handle;
        this.hash = hash ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : undefined;
        const raw = handle.createReadStream({ highWaterMark: _byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_SIZE */ .V, autoClose: false });
        raw.on('data', (chunk) => {
            if (typeof chunk === 'string')
                return;
            this.hash?.update(chunk);
            this.bytes += chunk.length;
        });
        this.gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: _byte_source_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_SIZE */ .V });
        // Errors surface through the iterator below; the callback only keeps them from going unhandled.
        (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(raw, this.gunzip, () => undefined);
        this.chunks = this.gunzip[Symbol.asyncIterator]();
    }
    async read(target, offset, length) {
        while (this.pending === undefined || this.pending.length === 0) {
            if (this.ended)
                return 0;
            let next;
            try {
                next = await this.chunks.next();
            }
            catch (error) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.path}: truncated or corrupt gzip stream (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .causeText */ .xv)(error)})`);
            }
            if (next.done === true) {
                this.ended = true;
                if (this.hash !== undefined)
                    this.digest = this.hash.digest('hex');
                return 0;
            }
            this.pending = next.value;
        }
        const chunk = this.pending;
        const n = Math.min(length, chunk.length);
        chunk.copy(target, offset, 0, n);
        this.pending = chunk.subarray(n);
        return n;
    }
    fingerprint() {
        return Promise.resolve(this.digest === undefined ? undefined : { path: this.path, bytes: this.bytes, sha256: this.digest });
    }
    async close() {
        this.gunzip.destroy();
        await this.handle.close();
    }
}


/***/ })

};
