export const id = 431;
export const ids = [431];
export const modules = {

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
