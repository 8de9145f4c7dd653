export const id = 300;
export const ids = [300];
export const modules = {

/***/ 43605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ BatchUnpacker),
/* harmony export */   Pt: () => (/* binding */ BufferPool),
/* harmony export */   V2: () => (/* binding */ BatchPacker)
/* harmony export */ });
/* harmony import */ var _csv_columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96445);
/* harmony import */ var _csv_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23615);
/* harmony import */ var _text_dictionary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55737);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33618);
/**
 * CSV/TSV batches across a thread boundary. The reading thread packs a batch into one ArrayBuffer
 * (the rows' bytes, line numbers, and every column's arrays at 8-byte aligned offsets) and
 * transfers it; the consuming thread lays typed views over it and gives the buffer back when it
 * moves on to the next batch, so a few buffers circulate instead of one fresh allocation per batch.
 *
 * String columns travel as dictionary codes (Int32) plus the texts first seen in this batch: the
 * consuming thread then holds one string per distinct text, as the reader's cell cache does. A
 * column with more than `DICTIONARY_CAP` distinct texts travels as plain strings from then on.
 */




const align = (n) => (n + 7) & ~7;
/** Returned buffers, handed out again for batches that fit. */
class BufferPool {
    free = [];
    /** A buffer of at least `bytes` (with slack when new, so that slightly larger batches reuse it). */
    take(bytes) {
        let best = -1;
        for (let i = 0; i < this.free.length; i++) {
            const size = this.free[i].byteLength;
            if (size >= bytes && (best < 0 || size < this.free[best].byteLength))
                best = i;
        }
        if (best >= 0)
            return this.free.splice(best, 1)[0];
        return new ArrayBuffer(align(Math.ceil(bytes * 1.125)));
    }
    give(buffer) {
        this.free.push(buffer);
    }
}
/** The reading side: packs batches, keeping each string column's dictionary. */
class BatchPacker {
    pool;
    dictionaries = new Map();
    /** Per column, the wire code of each code of the reader's current dictionary (filled as met). */
    translations = new Map();
    fields = new Map();
    fieldsOf;
    constructor(pool) {
        this.pool = pool;
    }
    /** Packs `batch` (which must come from `readCsv`) into a pooled buffer, to be transferred. */
    pack(batch) {
        const raw = (0,_csv_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .rawCsv */ .z)(batch);
        if (raw === undefined)
            throw new Error(`BatchPacker: ${batch.file} is not a CSV/TSV batch`);
        if (raw.fields !== this.fieldsOf) {
            this.fieldsOf = raw.fields;
            this.fields = new Map(raw.fields.map((name, i) => [name, i]));
        }
        const rows = batch.rowCount;
        const first = raw.rowStarts[0];
        const byteLength = raw.limit - first;
        let size = align(4 * rows) * 2 + align(byteLength);
        for (const column of batch.columns) {
            size += align(rows);
            if (column.type !== 'string')
                size += 8 * rows + (column.invalid === null ? 0 : align(rows));
            else if (!this.dictionary(column.name).full)
                size += align(4 * rows);
        }
        const buffer = this.pool.take(size);
        let at = 0;
        const place = (bytes) => {
            const offset = at;
            at += align(bytes);
            return offset;
        };
        const lines = place(4 * rows);
        new Uint32Array(buffer, lines, rows).set(batch.lines);
        const rowStarts = place(4 * rows);
        const starts = new Uint32Array(buffer, rowStarts, rows);
        for (let r = 0; r < rows; r++)
            starts[r] = raw.rowStarts[r] - first;
        const bytes = place(byteLength);
        new Uint8Array(buffer, bytes, byteLength).set(raw.bytes.subarray(first, raw.limit));
        const columns = batch.columns.map((column) => {
            const missing = place(rows);
            new Uint8Array(buffer, missing, rows).set(column.missing);
            if (column.type !== 'string') {
                const values = place(8 * rows);
                new Float64Array(buffer, values, rows).set(column.values);
                let invalid = -1;
                if (column.invalid !== null) {
                    invalid = place(rows);
                    new Uint8Array(buffer, invalid, rows).set(column.invalid);
                }
                const field = this.fields.get(column.name) ?? -1;
                return { kind: 'numeric', name: column.name, type: column.type, field, missing, values, invalid };
            }
            const dictionary = this.dictionary(column.name);
            if (dictionary.full) {
                return { kind: 'strings', name: column.name, missing, values: column.values.slice(0, rows) };
            }
            const codes = place(4 * rows);
            return this.encode(column, dictionary, new Int32Array(buffer, codes, rows), missing, codes);
        });
        return {
            kind: 'batch',
            file: batch.file,
            rowCount: rows,
            rowOffset: batch.rowOffset,
            buffer,
            lines,
            rowStarts,
            bytes,
            byteLength,
            delimiter: raw.delimiter,
            columns
        };
    }
    dictionary(name) {
        let dictionary = this.dictionaries.get(name);
        if (dictionary === undefined) {
            dictionary = new _text_dictionary_js__WEBPACK_IMPORTED_MODULE_2__/* .TextDictionary */ .o();
            this.dictionaries.set(name, dictionary);
        }
        return dictionary;
    }
    /** Codes for `column`'s texts; falls back to plain strings (for good) past the cap. */
    encode(column, dictionary, codes, missing, codesAt) {
        const known = dictionary.texts.length;
        const coded = column.dictionary === null
            ? this.encodeTexts(column.values, dictionary, codes)
            : this.translate(column, column.dictionary, dictionary, codes);
        if (!coded)
            return { kind: 'strings', name: column.name, missing, values: column.values.slice(0, codes.length) };
        return {
            kind: 'dictionary',
            name: column.name,
            missing,
            codes: codesAt,
            added: dictionary.texts.slice(known)
        };
    }
    /** Wire codes of plain texts, one dictionary lookup per row; false once the dictionary is full. */
    encodeTexts(values, dictionary, codes) {
        for (let r = 0; r < codes.length; r++) {
            const code = dictionary.code(values[r]);
            if (code < 0)
                return false;
            codes[r] = code;
        }
        return true;
    }
    /**
     * Wire codes of a batch the reader already coded: each reader code is looked up in the wire's
     * dictionary once (the reader's dictionary is per file, the wire's per pass), a missing cell is ''.
     */
    translate(column, source, dictionary, codes) {
        let table = this.translations.get(column.name);
        if (table === undefined || table.texts !== source.texts) {
            table = { texts: source.texts, wire: [] };
            this.translations.set(column.name, table);
        }
        const wire = table.wire;
        const empty = dictionary.code('');
        if (empty < 0)
            return false;
        const { missing } = column;
        for (let r = 0; r < codes.length; r++) {
            if (missing[r] !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .Missing */ .JR.Value) {
                codes[r] = empty;
                continue;
            }
            const from = source.codes[r];
            let code = wire[from];
            if (code === undefined) {
                code = dictionary.code(source.texts[from]);
                if (code < 0)
                    return false;
                wire[from] = code;
            }
            codes[r] = code;
        }
        return true;
    }
}
/** The consuming side: typed views over a packed batch, string columns rebuilt from their dictionaries. */
class BatchUnpacker {
    dictionaries = new Map();
    unpack(wire) {
        const { buffer, rowCount: rows } = wire;
        const bytes = Buffer.from(buffer, wire.bytes, wire.byteLength);
        const rowStarts = new Uint32Array(buffer, wire.rowStarts, rows);
        const limit = wire.byteLength;
        const columns = wire.columns.map((column) => {
            const missing = new Uint8Array(buffer, column.missing, rows);
            switch (column.kind) {
                case 'numeric':
                    return {
                        name: column.name,
                        type: column.type,
                        missing,
                        values: new Float64Array(buffer, column.values, rows),
                        invalid: column.invalid < 0 ? null : new Uint8Array(buffer, column.invalid, rows),
                        text: (0,_csv_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .cellText */ .I)(bytes, rowStarts, column.field, wire.delimiter, limit, missing)
                    };
                case 'dictionary': {
                    let dictionary = this.dictionaries.get(column.name);
                    if (dictionary === undefined) {
                        dictionary = [];
                        this.dictionaries.set(column.name, dictionary);
                    }
                    for (const text of column.added)
                        dictionary.push(text);
                    const codes = new Int32Array(buffer, column.codes, rows);
                    const values = new Array(rows);
                    for (let r = 0; r < rows; r++)
                        values[r] = dictionary[codes[r]];
                    return strings(column.name, missing, values, { codes, texts: dictionary });
                }
                case 'strings':
                    return strings(column.name, missing, column.values, null);
            }
        });
        return {
            file: wire.file,
            rowCount: rows,
            rowOffset: wire.rowOffset,
            lines: new Uint32Array(buffer, wire.lines, rows),
            columns
        };
    }
}
function strings(name, missing, values, dictionary) {
    return { name, type: 'string', missing, values, dictionary, text: (row) => values[row] };
}


/***/ }),

/***/ 8683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ openByteSource),
/* harmony export */   V: () => (/* binding */ READ_SIZE)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8126);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27124);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60491);
/**
 * A file's bytes in fixed-size reads, gunzipped on the fly for `.gz`, hashing the bytes as stored
 * while they stream past (so CSV and JSONL files are read once for both the data and the
 * fingerprint).
 */




/** Bytes per read from disk. */
const READ_SIZE = 1 << 20;
/** Opens `path` for streaming. */
async function openByteSource(path, options) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    }
    catch (error) {
        throw (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .noSuchFile */ .VT)(path, error);
    }
    // zlib and streams load only for gzip (a few ms of start-up a plain file does not need).
    if (options.gzip)
        return new (await __webpack_require__.e(/* import() */ 34).then(__webpack_require__.bind(__webpack_require__, 17034))).GunzipSource(path, handle, options.hash);
    return new FileSource(path, handle, options.hash ? (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineHash */ .q)() : undefined);
}
/**
 * A plain file, read one `READ_SIZE` chunk ahead: while the caller parses the bytes it was handed,
 * the next chunk is already coming from the disk (or the page cache) on libuv's thread pool, instead
 * of the caller waiting for each read in turn (measured: ~90 ms of a 126 MB validate-data spent
 * idle). Two buffers take turns; the chunk handed out is copied into the caller's buffer.
 */
class FileSource {
    path;
    handle;
    hash;
    bytes = 0;
    ended = false;
    /** The chunk being handed out, and how much of it has been. */
    chunk = Buffer.alloc(0);
    at = 0;
    /** The read of the next chunk, under way. */
    ahead;
    buffers = [Buffer.allocUnsafe(READ_SIZE), Buffer.allocUnsafe(READ_SIZE)];
    turn = 0;
    constructor(path, handle, hash) {
        this.path = path;
        this.handle = handle;
        this.hash = hash;
    }
    async read(target, offset, length) {
        if (this.at === this.chunk.length) {
            if (this.ended)
                return 0;
            this.chunk = await (this.ahead ?? this.readChunk());
            this.at = 0;
            if (this.chunk.length === 0) {
                this.ended = true;
                this.ahead = undefined;
                return 0;
            }
            this.ahead = this.readChunk();
            // A failed read surfaces at the next `read`; until then it must not count as unhandled.
            this.ahead.catch(() => undefined);
        }
        const n = Math.min(length, this.chunk.length - this.at);
        this.chunk.copy(target, offset, this.at, this.at + n);
        this.at += n;
        return n;
    }
    /** The next chunk of the file (empty at its end), into the buffer not being handed out. */
    async readChunk() {
        const buffer = this.buffers[this.turn];
        this.turn = 1 - this.turn;
        let bytesRead;
        try {
            ({ bytesRead } = await this.handle.read(buffer, 0, buffer.length, null));
        }
        catch (error) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${this.path}: cannot be read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .causeCode */ .XL)(error) ?? (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .causeText */ .xv)(error)})`);
        }
        const chunk = buffer.subarray(0, bytesRead);
        if (bytesRead > 0) {
            this.hash?.update(chunk);
            this.bytes += bytesRead;
        }
        return chunk;
    }
    async fingerprint() {
        if (this.hash === undefined || !this.ended)
            return undefined;
        return { path: this.path, bytes: this.bytes, sha256: await this.hash.digest() };
    }
    async close() {
        // The read ahead must finish before its file handle closes.
        await this.ahead?.catch(() => undefined);
        await this.handle.close();
    }
}


/***/ }),

/***/ 96445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CsvColumnBuilder),
/* harmony export */   I: () => (/* binding */ cellText)
/* harmony export */ });
/* harmony import */ var _infer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18123);
/* harmony import */ var _parse_bool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72433);
/* harmony import */ var _parse_datetime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11228);
/* harmony import */ var _parse_number_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50472);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20835);
/* harmony import */ var _text_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64631);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33618);
/**
 * Tokenized CSV cells to typed columns: numbers, booleans and datetimes are parsed straight from
 * the bytes into Float64Arrays, strings are decoded once; `text(row)` decodes a numeric cell's
 * spelling only when asked (failing examples), from the batch's bytes.
 */







/** Builds the columns of each batch of one file, inferring types the schema does not know yet. */
class CsvColumnBuilder {
    names;
    schema;
    nulls;
    wanted;
    parser = new _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberParser */ .dR();
    decoders;
    /**
     * Per column, the arrays of the last batch, reused for the next one: a batch is valid until the
     * next is read (types.ts), and reuse keeps dead batches from piling up between collections.
     */
    pool = [];
    /** The same for string columns' texts and dictionary codes. */
    textPool = [];
    constructor(names, schema, nulls, 
    /** The columns to build (the rest are skipped), or null for all. */
    wanted = null) {
        this.names = names;
        this.schema = schema;
        this.nulls = nulls;
        this.wanted = wanted;
        this.decoders = names.map(() => new _text_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .CellDecoder */ .Rx());
    }
    /** Reused arrays for `column`: values (every row is written) and zeroed missing codes. */
    arrays(column, rows) {
        let pooled = this.pool[column];
        if (pooled === undefined || pooled.values.length < rows) {
            pooled = { values: new Float64Array(rows), missing: new Uint8Array(rows) };
            this.pool[column] = pooled;
        }
        const missing = pooled.missing.subarray(0, rows);
        missing.fill(0);
        return { values: pooled.values.subarray(0, rows), missing };
    }
    build(cells) {
        const columns = [];
        this.names.forEach((name, column) => {
            if (this.wanted === null || this.wanted.has(name))
                columns.push(this.column(cells, column, name));
        });
        return columns;
    }
    column(cells, column, name) {
        let type = this.schema.typeOf(name);
        if (type === undefined) {
            type = this.infer(cells, column);
            // No value yet: a string column of nulls for this batch; a later batch decides the type.
            if (type === undefined)
                return this.strings(cells, column, name);
            this.schema.resolve(name, type);
        }
        switch (type) {
            case 'string':
                return this.strings(cells, column, name);
            case 'int':
            case 'float':
                return this.numbers(cells, column, name, type);
            case 'bool':
            case 'datetime':
                return this.others(cells, column, name, type);
        }
    }
    infer(cells, column) {
        const { bytes, starts, ends, escaped, rows, columns } = cells;
        const vote = new _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .TypeVote */ .vR();
        for (let r = 0, i = column; r < rows && vote.open; r++, i += columns) {
            const s = starts[i];
            const e = ends[i];
            if (escaped !== null && escaped[i] === 1) {
                // A doubled quote is no number, boolean or datetime.
                if (!this.nulls.has((0,_text_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .unescapedText */ .O6)(bytes, s, e)))
                    vote.add(0, false);
                continue;
            }
            if (this.nulls.matches(bytes, s, e))
                continue;
            vote.add((0,_infer_js__WEBPACK_IMPORTED_MODULE_0__/* .cellFits */ .hy)(bytes, s, e, this.parser), this.parser.kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN);
        }
        return vote.result();
    }
    strings(cells, column, name) {
        const { bytes, starts, ends, escaped, rows, columns } = cells;
        const decoder = this.decoders[column];
        const nulls = this.nulls;
        const { missing } = this.arrays(column, rows);
        const { values, codes } = this.textArrays(column, rows);
        for (let r = 0, i = column; r < rows; r++, i += columns) {
            const s = starts[i];
            const e = ends[i];
            let text;
            if (escaped !== null && escaped[i] === 1) {
                text = (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .unescapedText */ .O6)(bytes, s, e);
                text = nulls.has(text) ? '' : decoder.coded(text);
            }
            else {
                text = nulls.matches(bytes, s, e) ? '' : decoder.decode(bytes, s, e);
            }
            if (text === '')
                missing[r] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.Null;
            values[r] = text;
            codes[r] = decoder.code;
        }
        // A dictionary that filled up during this batch left some rows without a code.
        const dictionary = decoder.dictionary.full ? null : { codes, texts: decoder.dictionary.texts };
        return { name, type: 'string', missing, values, dictionary, text: (row) => values[row] };
    }
    /** Reused text and code arrays for string `column`, `rows` long. */
    textArrays(column, rows) {
        let pooled = this.textPool[column];
        if (pooled === undefined || pooled.codes.length < rows) {
            pooled = { values: new Array(rows), codes: new Int32Array(rows) };
            this.textPool[column] = pooled;
        }
        // Cells of a shorter (last) batch: the array shrinks, and the string arrays stay packed.
        if (pooled.values.length !== rows)
            pooled.values.length = rows;
        return { values: pooled.values, codes: pooled.codes.subarray(0, rows) };
    }
    numbers(cells, column, name, type) {
        const { bytes, starts, ends, escaped, rows, columns } = cells;
        const parser = this.parser;
        const nulls = this.nulls;
        const declared = this.schema.isDeclared(name);
        const { values, missing } = this.arrays(column, rows);
        let invalid = null;
        let integer = type === 'int';
        for (let r = 0, i = column; r < rows; r++, i += columns) {
            const s = starts[i];
            const e = ends[i];
            if (escaped !== null && escaped[i] === 1) {
                invalid = this.escapedCell(cells, i, r, values, missing, invalid);
                continue;
            }
            if (nulls.matches(bytes, s, e)) {
                values[r] = Number.NaN;
                missing[r] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.Null;
                continue;
            }
            const value = parser.parse(bytes, s, e);
            const kind = parser.kind;
            if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Integer || (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Float && (!integer || !declared))) {
                // An inferred int column widens to float at its first non-integer number.
                if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Float)
                    integer = false;
                values[r] = value;
            }
            else if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN) {
                values[r] = Number.NaN;
                missing[r] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.NaN;
            }
            else {
                values[r] = Number.NaN;
                invalid ??= new Uint8Array(rows);
                invalid[r] = 1;
            }
        }
        if (type === 'int' && !integer)
            this.schema.widenToFloat(name);
        const resolved = type === 'int' && !integer ? 'float' : type;
        return this.numeric(cells, column, name, resolved, values, missing, invalid);
    }
    /** bool (0/1; the spellings of `parseBool`, and 0 and 1) and datetime (epoch ms) columns. */
    others(cells, column, name, type) {
        const { bytes, starts, ends, escaped, rows, columns } = cells;
        const nulls = this.nulls;
        const { values, missing } = this.arrays(column, rows);
        let invalid = null;
        for (let r = 0, i = column; r < rows; r++, i += columns) {
            const s = starts[i];
            const e = ends[i];
            if (escaped !== null && escaped[i] === 1) {
                invalid = this.escapedCell(cells, i, r, values, missing, invalid);
                continue;
            }
            if (nulls.matches(bytes, s, e)) {
                values[r] = Number.NaN;
                missing[r] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.Null;
                continue;
            }
            if (type === 'datetime') {
                (0,_parse_datetime_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDatetimeInto */ .$O)(bytes, s, e, values, r);
            }
            else {
                const bool = e - s === 1 ? bytes[s] - 0x30 : (0,_parse_bool_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q)(bytes, s, e);
                values[r] = bool === 0 || bool === 1 ? bool : Number.NaN;
            }
            if (!Number.isNaN(values[r]))
                continue;
            this.parser.parse(bytes, s, e);
            if (this.parser.kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN) {
                missing[r] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.NaN;
            }
            else {
                invalid ??= new Uint8Array(rows);
                invalid[r] = 1;
            }
        }
        return this.numeric(cells, column, name, type, values, missing, invalid);
    }
    /** A quoted cell with doubled quotes in a non-string column: null if its text is a token, else invalid. */
    escapedCell(cells, i, row, values, missing, invalid) {
        values[row] = Number.NaN;
        if (this.nulls.has((0,_text_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .unescapedText */ .O6)(cells.bytes, cells.starts[i], cells.ends[i]))) {
            missing[row] = _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.Null;
            return invalid;
        }
        const marks = invalid ?? new Uint8Array(cells.rows);
        marks[row] = 1;
        return marks;
    }
    numeric(cells, column, name, type, values, missing, invalid) {
        const { bytes, rowStarts, delimiter, limit } = cells;
        const text = cellText(bytes, rowStarts, column, delimiter, limit, missing);
        return { name, type, missing, values, invalid, text };
    }
}
/**
 * `text(row)` of a non-string column: the cell of field `field` as the file spells it, found again
 * from where its row starts in `bytes` ('' for a null).
 */
function cellText(bytes, rowStarts, field, delimiter, limit, missing) {
    return (row) => missing[row] === _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Missing */ .JR.Null ? '' : (0,_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(bytes, rowStarts[row], field, delimiter, limit);
}


/***/ }),

/***/ 23615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readCsv),
/* harmony export */   z: () => (/* binding */ rawCsv)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8126);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8683);
/* harmony import */ var _csv_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96445);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20835);
/* harmony import */ var _text_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64631);
/**
 * CSV/TSV (optionally gzip'd) to batches. Each batch owns the bytes of its rows: reads land in a
 * buffer that grows until it holds `batchRows` complete rows, the tokenizer records field offsets
 * into it, and the columns are built from it; the partial row after the batch starts the next
 * buffer. Memory is one or two batches' bytes whatever the file size.
 */






const COMMA = 0x2c;
const TAB = 0x09;
const LF = 0x0a;
/** Rows the first batch's offset arrays have room for; they double up to `batchRows`. */
const FIRST_BATCH_ROWS = 4096;
/**
 * The first batches of a file are this small. V8 runs a function in its interpreter (boxing every
 * double) until it has been called a few times, and every per-batch loop of the reader, the
 * profiler and the checks starts that way: a few small batches first leave less work to the slow
 * tiers (measured: 3–5% off a 2M-row validate-data, and less garbage).
 */
const WARM_UP_ROWS = 1024;
const WARM_UP_BATCHES = 4;
/** A read asks for at most this many chunks. */
const MAX_READ_CHUNKS = 4;
const RAW = new WeakMap();
/** The bytes behind a batch `readCsv` yielded (valid as long as the batch is). */
function rawCsv(batch) {
    return RAW.get(batch);
}
/** Streams one CSV/TSV file as batches; checks its header against the data set's first file. */
async function* readCsv(file, format, context) {
    const delimiter = context.options.delimiter ?? (format.startsWith('tsv') ? TAB : COMMA);
    const source = await (0,_byte_source_js__WEBPACK_IMPORTED_MODULE_1__/* .openByteSource */ .Q)(file, {
        gzip: format.endsWith('.gz'),
        hash: context.hash
    });
    try {
        yield* new CsvFile(file, source, delimiter, context).batches();
        const fingerprint = await source.fingerprint();
        if (fingerprint !== undefined)
            context.fingerprints.push(fingerprint);
    }
    finally {
        await source.close();
    }
}
class CsvFile {
    file;
    source;
    delimiter;
    context;
    buffer;
    /**
     * The buffer before this one, reused for the batch after next: a batch is valid until the next one
     * is read (types.ts), so two buffers take turns instead of one fresh allocation per batch, whose
     * dead predecessors would wait for a full collection outside V8's heap.
     */
    spare;
    /** Bytes of `buffer` holding data. */
    length = 0;
    /** Offset in the (decompressed) file of `buffer[0]`. */
    fileOffset = 0;
    eof = false;
    tokenizer;
    constructor(file, source, delimiter, context) {
        this.file = file;
        this.source = source;
        this.delimiter = delimiter;
        this.context = context;
        this.tokenizer = new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvTokenizer */ .YB(delimiter, 0);
        this.buffer = Buffer.allocUnsafe(context.chunkBytes);
    }
    async *batches() {
        const tokenizer = this.tokenizer;
        let position = await this.readHeader();
        const names = this.tokenizer.names;
        const builder = new _csv_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .CsvColumnBuilder */ .E(names, this.context.schema, this.context.options.nulls, this.context.options.columns);
        const batchRows = this.context.options.batchRows;
        let expectedRows = FIRST_BATCH_ROWS;
        let warmUp = WARM_UP_BATCHES;
        for (;;) {
            const batchStart = position;
            const batchLine = tokenizer.line;
            tokenizer.beginBatch(warmUp-- > 0 ? Math.min(batchRows, WARM_UP_ROWS) : batchRows, expectedRows);
            for (;;) {
                try {
                    position = tokenizer.scan(this.buffer, position, this.length, this.eof);
                }
                catch (error) {
                    if (!(error instanceof _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvSyntaxError */ .oC))
                        throw error;
                    this.checkUtf8(batchStart, Math.min(error.position, this.length), batchLine);
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}:${error.line}: ${error.detail}`);
                }
                if (tokenizer.full || this.eof)
                    break;
                await this.fill();
            }
            const rows = tokenizer.rows;
            if (rows > 0) {
                this.checkUtf8(batchStart, position, batchLine);
                const columns = builder.build({
                    bytes: this.buffer,
                    starts: tokenizer.starts,
                    ends: tokenizer.ends,
                    escaped: tokenizer.escaped,
                    rows,
                    columns: names.length,
                    rowStarts: tokenizer.rowStarts,
                    limit: position,
                    delimiter: this.delimiter
                });
                const batch = {
                    file: this.file,
                    rowCount: rows,
                    rowOffset: this.context.rowOffset,
                    lines: tokenizer.lines.subarray(0, rows),
                    columns
                };
                RAW.set(batch, {
                    bytes: this.buffer,
                    rowStarts: tokenizer.rowStarts.subarray(0, rows),
                    limit: position,
                    delimiter: this.delimiter,
                    fields: names
                });
                this.context.rowOffset += rows;
                yield batch;
            }
            if (this.eof && position >= this.length)
                return;
            // The next batch gets its own buffer: this one stays with the batch just yielded.
            position = this.startBuffer(position, Math.ceil((position - batchStart) * 1.125) + this.context.chunkBytes);
            expectedRows = Math.max(rows, 1);
        }
    }
    /** Reads the header row (skipping a UTF-8 BOM); returns where the data starts. */
    async readHeader() {
        while (this.length < 3 && !this.eof)
            await this.fill();
        let start = 0;
        if (this.length >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf) {
            start = 3;
        }
        let header;
        for (;;) {
            try {
                header = this.tokenizer.scanHeader(this.buffer, start, this.length, this.eof);
            }
            catch (error) {
                if (!(error instanceof _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvSyntaxError */ .oC))
                    throw error;
                this.checkUtf8(start, Math.min(error.position, this.length), 1);
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}:${error.line}: ${error.detail}`);
            }
            if (header !== undefined || this.eof)
                break;
            await this.fill();
        }
        if (header === undefined)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}: empty file (no header row)`);
        this.checkUtf8(start, header.next, 1);
        const line = header.line;
        const names = header.fields.map((field, i) => {
            const text = field.escaped
                ? (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .unescapedText */ .O6)(this.buffer, field.start, field.end)
                : (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .utf8Text */ .Hp)(this.buffer, field.start, field.end);
            // pandas' name for an unnamed column (a written index), so users recognise it.
            return text === '' ? `Unnamed: ${i}` : text;
        });
        const seen = new Map();
        names.forEach((name, i) => {
            const first = seen.get(name);
            if (first !== undefined) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}:${line}: duplicate column name "${name}" (columns ${first + 1} and ${i + 1})`);
            }
            seen.set(name, i);
        });
        this.checkHeader(names, line);
        // Registers the columns, so a header-only file still has a schema.
        for (const name of names)
            this.context.schema.typeOf(name);
        this.tokenizer.setColumns(names);
        return header.next;
    }
    /** Every file of a data set repeats the first file's header. */
    checkHeader(names, line) {
        const first = this.context.header;
        if (first === undefined) {
            this.context.header = { file: this.file, names };
            return;
        }
        if (first.names.length === names.length && first.names.every((name, i) => name === names[i]))
            return;
        const list = (columns) => columns.map((name) => JSON.stringify(name)).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}:${line}: header differs from ${first.file}: expected ${list(first.names)}, found ${list(names)}`);
    }
    /** Appends a read to the buffer, growing it when full; sets `eof` at the end of the file. */
    async fill() {
        if (this.length === this.buffer.length) {
            const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
            this.buffer.copy(bigger, 0, 0, this.length);
            this.buffer = bigger;
        }
        const n = await this.source.read(this.buffer, this.length, Math.min(this.buffer.length - this.length, MAX_READ_CHUNKS * this.context.chunkBytes));
        if (n === 0)
            this.eof = true;
        this.length += n;
    }
    /** Moves the unread tail `buffer[from, length)` to a fresh buffer of `size` bytes; returns 0. */
    startBuffer(from, size) {
        const tail = this.length - from;
        const wanted = Math.max(size, tail + this.context.chunkBytes);
        const next = this.spare !== undefined && this.spare.length >= wanted ? this.spare : Buffer.allocUnsafe(wanted);
        this.buffer.copy(next, 0, from, this.length);
        this.spare = this.buffer;
        this.buffer = next;
        this.fileOffset += from;
        this.length = tail;
        return 0;
    }
    /** Throws the DataError for the first ill-formed UTF-8 in `buffer[from, to)` (lines counted from `line`). */
    checkUtf8(from, to, line) {
        if (to <= from || (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buffer.subarray(from, to)))
            return;
        const bad = (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidUtf8Index */ .Xz)(this.buffer, from, to);
        if (bad < 0)
            return;
        let badLine = line;
        for (let i = from; i < bad; i++)
            if (this.buffer[i] === LF)
                badLine++;
        const byte = this.buffer[bad].toString(16).padStart(2, '0');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${this.file}:${badLine}: invalid UTF-8 (byte 0x${byte} at offset ${this.fileOffset + bad})`);
    }
}


/***/ }),

/***/ 20835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/* harmony import */ var _text_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64631);
/**
 * RFC 4180 tokenizing in one tight loop over bytes: quoted fields, `""` escapes, delimiters and
 * newlines inside quotes, CRLF or LF, last line with or without a newline. It records where each
 * field starts and ends (row-major, in Uint32Arrays) and makes no string and no per-row array;
 * turning cells into values is `csv-columns`' job.
 *
 * Lenient where pandas is: a quote inside an unquoted field is literal, and a blank line is
 * skipped when the header has several columns (it cannot be a row). With a single column a blank
 * line is a row whose cell is empty (null), as the file can say nothing else there.
 * Strict where a silent guess would corrupt data: text after a closing quote, an unterminated
 * quote and a row with the wrong number of fields are errors.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** A malformed record; the reader adds the file name (and checks UTF-8 up to `position` first). */
class CsvSyntaxError extends Error {
    line;
    detail;
    position;
    constructor(line, detail, 
    /** Byte index in the buffer where the problem was found. */
    position) {
        super(detail);
        this.line = line;
        this.detail = detail;
        this.position = position;
    }
}
class CsvTokenizer {
    delimiter;
    columns;
    /**
     * Field starts and ends, `row * columns + column`: reused from batch to batch (a batch's
     * `text()` finds its cells again from `rowStarts`).
     */
    starts = new Uint32Array(0);
    ends = new Uint32Array(0);
    /** 1 where a field needs unescaping; null until the batch has one. New for each batch. */
    escaped = null;
    /** Line on which each row starts; reused from batch to batch, like `starts`. */
    lines = new Uint32Array(0);
    /** Index in the buffer where each row starts; reused from batch to batch, like `starts`. */
    rowStarts = new Uint32Array(0);
    /** Complete rows in the current batch. */
    rows = 0;
    /** Line number at which the next row starts. */
    line = 1;
    /** Column names for messages (set once the header is known). */
    names = [];
    capacity = 0;
    maxRows = 0;
    quoteNewlines = 0;
    quoteEscaped = false;
    /** Set by `quoted`. */
    fieldStart = 0;
    fieldEnd = 0;
    terminator = -1;
    constructor(delimiter, columns) {
        this.delimiter = delimiter;
        this.columns = columns;
    }
    /** Sets the column count once the header is read. */
    setColumns(names) {
        this.names = names;
        this.columns = names.length;
    }
    /** Starts a batch of at most `maxRows` rows, with room for `expectedRows` to begin with. */
    beginBatch(maxRows, expectedRows) {
        this.maxRows = maxRows;
        this.rows = 0;
        this.escaped = null;
        this.allocate(Math.max(1, Math.min(maxRows, expectedRows)));
    }
    /** True when the batch holds `maxRows` rows. */
    get full() {
        return this.rows >= this.maxRows;
    }
    /**
     * Tokenizes complete rows of `b[pos, end)` into the batch until it is full. Returns the index
     * after the last complete row: the caller keeps the bytes from there and calls again with more
     * (or `eof`), and the partial row is scanned again from its start.
     */
    scan(b, pos, end, eof) {
        const delimiter = this.delimiter;
        const columns = this.columns;
        const maxRows = this.maxRows;
        // Bytes above both the delimiter and LF end no field: one comparison for most bytes.
        const highest = delimiter > LF ? delimiter : LF;
        let starts = this.starts;
        let ends = this.ends;
        let i = pos;
        let line = this.line;
        let rows = this.rows;
        while (rows < maxRows && i < end) {
            if (rows === this.capacity) {
                this.rows = rows;
                this.allocate(Math.min(maxRows, this.capacity * 2));
                starts = this.starts;
                ends = this.ends;
            }
            const rowStart = i;
            const rowLine = line;
            const base = rows * columns;
            let column = 0;
            let c;
            do {
                let fieldStart = i;
                let fieldEnd;
                c = -1;
                if (i < end && b[i] === QUOTE) {
                    i = this.quoted(b, i, end, eof, line, column, base);
                    if (i < 0)
                        return this.stop(rowStart, rowLine, rows);
                    line += this.quoteNewlines;
                    c = this.terminator;
                    fieldStart = this.fieldStart;
                    fieldEnd = this.fieldEnd;
                }
                else {
                    while (i < end) {
                        c = b[i];
                        if (c <= highest && (c === delimiter || c === LF))
                            break;
                        i++;
                    }
                    if (i >= end) {
                        if (!eof)
                            return this.stop(rowStart, rowLine, rows);
                        c = -1;
                    }
                    fieldEnd = i;
                    if (c !== delimiter && fieldEnd > fieldStart && b[fieldEnd - 1] === CR)
                        fieldEnd--;
                }
                if (column < columns) {
                    starts[base + column] = fieldStart;
                    ends[base + column] = fieldEnd;
                }
                column++;
                i++;
            } while (c === delimiter);
            if (c === LF)
                line++;
            if (column !== columns) {
                if (column === 1 && isBlank(b, rowStart, end))
                    continue;
                throw new CsvSyntaxError(rowLine, `expected ${columns} fields (header has ${columns}), found ${column}`, rowStart);
            }
            this.lines[rows] = rowLine;
            this.rowStarts[rows] = rowStart;
            rows++;
        }
        this.rows = rows;
        this.line = line;
        return i < end ? i : end;
    }
    /**
     * The quoted field opening at `b[i]`: sets `fieldStart`/`fieldEnd` (inside the quotes),
     * `terminator` (the delimiter, LF, or -1 at the end of the file) and `quoteNewlines`, and returns
     * the index of the terminator; -1 when `b[i, end)` does not hold the whole field yet.
     */
    quoted(b, i, end, eof, line, column, base) {
        const close = this.closingQuote(b, i + 1, end, eof);
        if (close < 0) {
            if (!eof)
                return -1;
            const last = b[end - 1] === LF ? 1 : 0;
            throw new CsvSyntaxError(line + this.quoteNewlines - last, `unterminated quoted field (opened at line ${line}, ${this.columnLabel(column)})`, end);
        }
        this.fieldStart = i + 1;
        this.fieldEnd = close;
        let at = close + 1;
        let c = -1;
        if (at < end) {
            c = b[at];
            if (c === CR) {
                if (at + 1 < end) {
                    if (b[at + 1] === LF)
                        c = b[++at];
                }
                else if (!eof) {
                    return -1;
                }
                else {
                    c = -1;
                    at++;
                }
            }
            if (c !== this.delimiter && c !== LF && c !== -1) {
                throw new CsvSyntaxError(line + this.quoteNewlines, `unexpected ${describeByte(c)} after the closing quote of ${this.columnLabel(column)} (a quote inside a quoted field must be doubled)`, at);
            }
        }
        else if (!eof) {
            return -1;
        }
        if (this.quoteEscaped && column < this.columns) {
            this.escaped ??= new Uint8Array(this.capacity * this.columns);
            this.escaped[base + column] = 1;
        }
        this.terminator = c;
        return at;
    }
    /**
     * Reads one record as the header, or undefined when `b[pos, end)` does not hold all of it yet.
     * Blank lines before it are skipped. Advances `line`.
     */
    scanHeader(b, pos, end, eof) {
        let i = pos;
        let line = this.line;
        while (i < end && (b[i] === LF || (b[i] === CR && i + 1 < end && b[i + 1] === LF))) {
            if (b[i] === LF)
                line++;
            i++;
        }
        if (i >= end)
            return undefined;
        const startLine = line;
        const fields = [];
        let c;
        do {
            const start = i;
            c = -1;
            if (i < end && b[i] === QUOTE) {
                const close = this.closingQuote(b, i + 1, end, eof);
                if (close < 0) {
                    if (!eof)
                        return undefined;
                    const last = b[end - 1] === LF ? 1 : 0;
                    throw new CsvSyntaxError(line + this.quoteNewlines - last, `unterminated quoted field (opened at line ${line}, ${this.columnLabel(fields.length)})`, end);
                }
                line += this.quoteNewlines;
                fields.push({ start: start + 1, end: close, escaped: this.quoteEscaped });
                i = close + 1;
                if (i + 1 >= end && !eof)
                    return undefined;
                if (i < end)
                    c = b[i];
                if (c === CR && (i + 1 >= end || b[i + 1] === LF))
                    c = ++i < end ? b[i] : -1;
                if (c !== this.delimiter && c !== LF && c !== -1) {
                    throw new CsvSyntaxError(line, `unexpected ${describeByte(c)} after the closing quote of ${this.columnLabel(fields.length - 1)} (a quote inside a quoted field must be doubled)`, i);
                }
            }
            else {
                while (i < end && b[i] !== this.delimiter && b[i] !== LF)
                    i++;
                if (i >= end && !eof)
                    return undefined;
                if (i < end)
                    c = b[i];
                let fieldEnd = i;
                if (c !== this.delimiter && fieldEnd > start && b[fieldEnd - 1] === CR)
                    fieldEnd--;
                fields.push({ start, end: fieldEnd, escaped: false });
            }
            i++;
        } while (c === this.delimiter && i <= end);
        if (c === LF)
            line++;
        this.line = line;
        return { fields, next: Math.min(i, end), line: startLine };
    }
    /** Index of the quote closing a field whose text starts at `i`, or -1 if not within `b[i, end)`. */
    closingQuote(b, i, end, eof) {
        let newlines = 0;
        let escaped = false;
        while (i < end) {
            const c = b[i];
            if (c === QUOTE) {
                if (i + 1 < end) {
                    if (b[i + 1] !== QUOTE)
                        break;
                    escaped = true;
                    i += 2;
                    continue;
                }
                if (eof)
                    break;
                i = end;
                break;
            }
            if (c === LF)
                newlines++;
            i++;
        }
        this.quoteNewlines = newlines;
        this.quoteEscaped = escaped;
        return i < end ? i : -1;
    }
    stop(rowStart, rowLine, rows) {
        this.rows = rows;
        this.line = rowLine;
        return rowStart;
    }
    columnLabel(column) {
        return column < this.names.length ? `column "${this.names[column]}"` : `column ${column + 1}`;
    }
    /** Room for `capacity` rows: the arrays are reused when big enough, else grown with their rows copied. */
    allocate(capacity) {
        const rows = this.rows;
        if (this.lines.length < capacity) {
            const lines = new Uint32Array(capacity);
            const rowStarts = new Uint32Array(capacity);
            lines.set(this.lines.subarray(0, rows));
            rowStarts.set(this.rowStarts.subarray(0, rows));
            this.lines = lines;
            this.rowStarts = rowStarts;
        }
        const size = capacity * this.columns;
        if (this.starts.length < size) {
            const starts = new Uint32Array(size);
            const ends = new Uint32Array(size);
            starts.set(this.starts.subarray(0, rows * this.columns));
            ends.set(this.ends.subarray(0, rows * this.columns));
            this.starts = starts;
            this.ends = ends;
        }
        if (this.escaped !== null) {
            const escaped = new Uint8Array(size);
            escaped.set(this.escaped.subarray(0, rows * this.columns));
            this.escaped = escaped;
        }
        this.capacity = capacity;
    }
}
/**
 * The text of field `column` of the record starting at `b[start]`, one the tokenizer accepted and
 * that ends by `limit`: walks the record again rather than keeping every field's offsets.
 */
function fieldText(b, start, column, delimiter, limit) {
    let i = start;
    for (let field = 0;; field++) {
        if (i < limit && b[i] === QUOTE) {
            let j = i + 1;
            let escaped = false;
            for (;;) {
                if (b[j] === QUOTE) {
                    if (j + 1 < limit && b[j + 1] === QUOTE) {
                        escaped = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                j++;
            }
            if (field === column)
                return escaped ? (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapedText */ .O6)(b, i + 1, j) : (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Text */ .Hp)(b, i + 1, j);
            i = j + 1;
            if (i < limit && b[i] === CR)
                i++;
        }
        else {
            let j = i;
            while (j < limit && b[j] !== delimiter && b[j] !== LF)
                j++;
            if (field === column) {
                const end = j < limit && b[j] === delimiter ? j : j > i && b[j - 1] === CR ? j - 1 : j;
                return (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Text */ .Hp)(b, i, end);
            }
            i = j;
        }
        i++;
    }
}
/** A line holding nothing but its line ending. */
function isBlank(b, start, end) {
    if (start >= end || b[start] === LF)
        return true;
    return b[start] === CR && (start + 1 >= end || b[start + 1] === LF);
}
function describeByte(c) {
    return c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}


/***/ }),

/***/ 35300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ openDataset),
  G: () => (/* binding */ readerDataset)
});

// EXTERNAL MODULE: ./shared/data/csv-reader.ts
var csv_reader = __webpack_require__(23615);
// EXTERNAL MODULE: ./shared/data/files.ts
var data_files = __webpack_require__(27124);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/data/byte-source.ts
var byte_source = __webpack_require__(8683);
// EXTERNAL MODULE: ./shared/data/text-decode.ts
var text_decode = __webpack_require__(64631);
// EXTERNAL MODULE: ./shared/data/value-columns.ts
var value_columns = __webpack_require__(19752);
;// CONCATENATED MODULE: ./shared/data/jsonl-reader.ts
/**
 * JSON Lines (optionally gzip'd) to batches: one JSON object per line, blank lines skipped (their
 * line numbers still count). Columns are the keys in order of first appearance in the data set; a
 * key first seen in a later batch joins the end of `columns` from that batch on, and every batch
 * after it carries the column (null where a row lacks the key).
 */






const LF = 0x0a;
const CR = 0x0d;
/** Streams one JSON Lines file as batches. */
async function* readJsonl(file, format, context) {
    const source = await (0,byte_source/* openByteSource */.Q)(file, {
        gzip: format === 'jsonl.gz',
        hash: context.hash
    });
    try {
        yield* new JsonlFile(file, source, context).batches();
        const fingerprint = await source.fingerprint();
        if (fingerprint !== undefined)
            context.fingerprints.push(fingerprint);
    }
    finally {
        await source.close();
    }
}
class JsonlFile {
    file;
    source;
    context;
    buffer;
    length = 0;
    fileOffset = 0;
    eof = false;
    /** Column index by name, for the whole data set (the schema's first-seen order). */
    index = new Map();
    names = [];
    columns = [];
    lines = [];
    builder;
    constructor(file, source, context) {
        this.file = file;
        this.source = source;
        this.context = context;
        this.buffer = Buffer.allocUnsafe(context.chunkBytes);
        this.builder = new value_columns/* ValueColumnBuilder */.f(context.schema, context.options.nulls);
        for (const name of context.schema.names())
            this.addColumn(name);
    }
    async *batches() {
        const batchRows = this.context.options.batchRows;
        while (this.length < 3 && !this.eof)
            await this.fill();
        let position = this.length >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf
            ? 3
            : 0;
        let line = 1;
        for (;;) {
            let newline = this.buffer.subarray(0, this.length).indexOf(LF, position);
            if (newline < 0) {
                if (!this.eof) {
                    position = this.compact(position);
                    await this.fill();
                    continue;
                }
                if (position >= this.length)
                    break;
                newline = this.length;
            }
            this.row(position, newline, line);
            position = newline + 1;
            line++;
            if (this.lines.length === batchRows)
                yield this.batch();
        }
        if (this.lines.length > 0)
            yield this.batch();
    }
    /** Parses the line `buffer[start, end)` into the batch, unless it is blank. */
    row(start, end, line) {
        const bytes = this.buffer;
        if (end > start && bytes[end - 1] === CR)
            end--;
        let first = start;
        while (first < end && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === CR))
            first++;
        if (first === end)
            return;
        if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(start, end))) {
            const bad = (0,text_decode/* invalidUtf8Index */.Xz)(bytes, start, end);
            const byte = bytes[bad].toString(16).padStart(2, '0');
            throw new errors/* DataError */.fL(`${this.file}:${line}: invalid UTF-8 (byte 0x${byte} at offset ${this.fileOffset + bad})`);
        }
        let parsed;
        try {
            parsed = JSON.parse((0,text_decode/* utf8Text */.Hp)(bytes, start, end));
        }
        catch (error) {
            throw new errors/* DataError */.fL(`${this.file}:${line}: not valid JSON (${(0,data_files/* causeText */.xv)(error)})`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new errors/* DataError */.fL(`${this.file}:${line}: expected a JSON object, found ${describe(parsed)}`);
        }
        const row = this.lines.length;
        for (const [key, value] of Object.entries(parsed)) {
            const column = this.index.get(key) ?? this.addColumn(key);
            const values = this.columns[column];
            while (values.length < row)
                values.push(undefined);
            values.push(value);
        }
        this.lines.push(line);
    }
    addColumn(name) {
        const column = this.names.length;
        this.context.schema.typeOf(name);
        this.index.set(name, column);
        this.names.push(name);
        this.columns.push([]);
        return column;
    }
    batch() {
        const rows = this.lines.length;
        const wanted = this.context.options.columns;
        const columns = this.names.flatMap((name, i) => wanted === null || wanted.has(name) ? [this.builder.build(name, this.columns[i], rows)] : []);
        const batch = {
            file: this.file,
            rowCount: rows,
            rowOffset: this.context.rowOffset,
            lines: Uint32Array.from(this.lines),
            columns
        };
        this.context.rowOffset += rows;
        this.columns = this.names.map(() => []);
        this.lines = [];
        return batch;
    }
    /** Moves the unread `buffer[from, length)` to the front; returns 0. */
    compact(from) {
        this.buffer.copyWithin(0, from, this.length);
        this.fileOffset += from;
        this.length -= from;
        return 0;
    }
    async fill() {
        if (this.length === this.buffer.length) {
            const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
            this.buffer.copy(bigger, 0, 0, this.length);
            this.buffer = bigger;
        }
        const n = await this.source.read(this.buffer, this.length, Math.min(this.buffer.length - this.length, this.context.chunkBytes));
        if (n === 0)
            this.eof = true;
        this.length += n;
    }
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    switch (typeof value) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        default:
            return typeof value;
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/runtime/worker.ts
var runtime_worker = __webpack_require__(64447);
// EXTERNAL MODULE: ./shared/data/batch-wire.ts
var batch_wire = __webpack_require__(43605);
;// CONCATENATED MODULE: ./shared/data/read-thread.ts
/**
 * A data set read in a worker thread, with `MLGATE_READ_THREAD=1`. The worker runs the ordinary
 * reader (tokenizing, parsing, hashing) and hands each batch over (`batch-wire.ts`); the calling
 * thread gets the same batches as in-thread and spends its time on what it does with them, so
 * reading and checking run on two cores at once.
 *
 * Opt-in, measured on the 2-core bench machine: validate-data on 126 MB of CSV about 15% faster,
 * for some 55 MB more peak memory (a second V8 isolate and the batches in flight), which its 200 MB
 * bound cannot afford by default; evaluate-thresholds no faster (its work per batch is too light to
 * hide the hand-over). CSV/TSV only (JSON Lines and Parquet cells have no bytes to find a cell's
 * text in again), and only from a bundle (the worker starts the same file; under the TypeScript
 * sources reading stays in-thread).
 */



const CSV_FORMATS = ['csv', 'tsv', 'csv.gz', 'tsv.gz'];
/** The reader's young generation, MB: its batches are short-lived, so a small one is enough. */
const YOUNG_GENERATION_MB = 16;
/** The bundle a read worker starts, when reads go to a worker thread; undefined otherwise. */
function readThreadScript(format) {
    if (process.env.MLGATE_READ_THREAD !== '1' || !CSV_FORMATS.includes(format))
        return undefined;
    return (0,runtime_worker/* bundlePath */.EU)();
}
/** The batches of one pass, read by a worker thread running `script`. */
async function* threadBatches(script, input, done) {
    const worker = new external_node_worker_threads_.Worker(script, {
        workerData: { role: runtime_worker/* READ_WORKER_ROLE */.jF, input },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    });
    const inbox = new Inbox(worker);
    const unpacker = new batch_wire/* BatchUnpacker */.Ol();
    try {
        for (;;) {
            const message = await inbox.next();
            if (message.kind === 'batch') {
                yield unpacker.unpack(message);
                // The consumer asked for the next batch: this one is done with (types.ts), its buffer goes back.
                const release = { kind: 'release', buffer: message.buffer };
                worker.postMessage(release, [message.buffer]);
            }
            else if (message.kind === 'end') {
                done(message);
                return;
            }
            else {
                throw (0,runtime_worker/* errorOf */.Mz)(message);
            }
        }
    }
    finally {
        inbox.close();
        await worker.terminate();
    }
}
/** A worker's messages as a queue that `next()` awaits; a crash or an early exit rejects. */
class Inbox {
    queue = [];
    waiter;
    failure;
    closed = false;
    constructor(worker) {
        worker.on('message', (message) => {
            const waiter = this.waiter;
            this.waiter = undefined;
            if (waiter === undefined)
                this.queue.push(message);
            else
                waiter.resolve(message);
        });
        worker.on('error', (error) => {
            this.fail(error);
        });
        worker.on('exit', (code) => {
            this.fail(new Error(`the read worker exited with code ${code} before the end of the data`));
        });
    }
    next() {
        const message = this.queue.shift();
        if (message !== undefined)
            return Promise.resolve(message);
        if (this.failure !== undefined)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
    }
    close() {
        this.closed = true;
    }
    fail(error) {
        if (this.closed || this.failure !== undefined)
            return;
        this.failure = error;
        this.waiter?.reject(error);
        this.waiter = undefined;
    }
}

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/data/null-tokens.ts
/**
 * Which cell texts are null: an empty cell always, plus the configured tokens (`NA`, `null`, …).
 * Byte matching is gated by a first-byte table, so a numeric cell costs one lookup.
 */
class NullTokens {
    /** 1 for bytes that start some non-empty token. */
    first = new Uint8Array(256);
    byLength = new Map();
    texts;
    constructor(tokens) {
        this.texts = new Set(tokens);
        for (const token of tokens) {
            if (token === '')
                continue;
            const bytes = Buffer.from(token, 'utf8');
            this.first[bytes[0]] = 1;
            const list = this.byLength.get(bytes.length) ?? [];
            list.push(bytes);
            this.byLength.set(bytes.length, list);
        }
    }
    /** True when `b[s, e)` is empty or spells a token. */
    matches(b, s, e) {
        if (s === e)
            return true;
        if (this.first[b[s]] === 0)
            return false;
        const candidates = this.byLength.get(e - s);
        if (candidates === undefined)
            return false;
        for (const token of candidates) {
            let k = 0;
            while (k < token.length && b[s + k] === token[k])
                k++;
            if (k === token.length)
                return true;
        }
        return false;
    }
    /** True when `text` is empty or a token. */
    has(text) {
        return text === '' || this.texts.has(text);
    }
}

// EXTERNAL MODULE: ./shared/data/types.ts
var data_types = __webpack_require__(33618);
;// CONCATENATED MODULE: ./shared/data/read-context.ts
/** Options checked once, and the state one pass over a data set shares between its files' readers. */





const DEFAULT_BATCH_ROWS = 65_536;
/** Validates `ReadOptions`; a ConfigurationError names the option and what was expected. */
function resolveOptions(options = {}) {
    const types = options.types ?? {};
    for (const [name, type] of Object.entries(types)) {
        if (!data_types/* COLUMN_TYPES */.RO.includes(type)) {
            throw new errors/* ConfigurationError */.j1(`types.${name}: expected one of ${data_types/* COLUMN_TYPES */.RO.join(', ')}, got "${type}"${(0,suggest/* didYouMean */.au)(type, data_types/* COLUMN_TYPES */.RO)}`);
        }
    }
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isInteger(batchRows) || batchRows < 1 || batchRows > 2 ** 24) {
        throw new errors/* ConfigurationError */.j1(`batchRows: expected an integer from 1 to 16777216, got ${batchRows}`);
    }
    let delimiter;
    if (options.delimiter !== undefined) {
        const code = options.delimiter.length === 1 ? options.delimiter.charCodeAt(0) : -1;
        if (code < 0 || code > 0x7f || code === 0x22 || code === 0x0a || code === 0x0d) {
            throw new errors/* ConfigurationError */.j1(`delimiter: expected one ASCII character other than a quote or a newline, got ${JSON.stringify(options.delimiter)}`);
        }
        delimiter = code;
    }
    const tokens = options.nullTokens ?? data_types/* DEFAULT_NULL_TOKENS */.F_;
    const columns = options.columns === undefined ? null : new Set(options.columns);
    return {
        types,
        nulls: new NullTokens(tokens),
        batchRows,
        delimiter,
        columns,
        fingerprint: options.fingerprint ?? true
    };
}
/** The context of a new pass over a data set. */
function newPass(options, schema, hash, chunkBytes = byte_source/* READ_SIZE */.V) {
    return { options, schema, chunkBytes, rowOffset: 0, hash, header: undefined, fingerprints: [] };
}

;// CONCATENATED MODULE: ./shared/data/schema-state.ts
class SchemaState {
    declaredTypes;
    entries = new Map();
    order = [];
    /**
     * `resolved`: the schema an earlier full pass resolved, which this pass starts from (a pass in
     * another thread cannot share the first pass's state, so it gets the state's result).
     */
    constructor(declaredTypes, resolved = []) {
        this.declaredTypes = declaredTypes;
        for (const { name, type, declared } of resolved) {
            this.entries.set(name, { type, declared });
            this.order.push(name);
        }
    }
    /** Registers a column (in first-seen order) and returns its type so far. */
    typeOf(name) {
        return this.entry(name).type;
    }
    isDeclared(name) {
        return this.entry(name).declared;
    }
    /** Fixes an undeclared column's type the first time it has values. */
    resolve(name, type) {
        const entry = this.entry(name);
        if (entry.type === undefined)
            entry.type = type;
    }
    /** An inferred int column met a non-integer number. */
    widenToFloat(name) {
        const entry = this.entry(name);
        if (!entry.declared && entry.type === 'int')
            entry.type = 'float';
    }
    /** Every column seen so far, in first-seen order. */
    names() {
        return this.order;
    }
    /** The resolved schema; a column that never had a value is a string column. */
    result() {
        return this.order.map((name) => {
            const entry = this.entry(name);
            return { name, type: entry.type ?? 'string', declared: entry.declared };
        });
    }
    entry(name) {
        let entry = this.entries.get(name);
        if (entry === undefined) {
            const declared = Object.hasOwn(this.declaredTypes, name) ? this.declaredTypes[name] : undefined;
            entry = { type: declared, declared: declared !== undefined };
            this.entries.set(name, entry);
            this.order.push(name);
        }
        return entry;
    }
}

;// CONCATENATED MODULE: ./shared/data/dataset.ts
/**
 * A data set: the files a path or glob names, read as one stream of column batches whatever the
 * format (CSV/TSV, gzip'd, JSON Lines, Parquet).
 */






/**
 * Opens the data set `pattern` names (a path or a glob). Checks the options (ConfigurationError)
 * and that files exist and share one format (DataError); reading starts with `batches()` (in a
 * worker thread with `MLGATE_READ_THREAD=1`: `read-thread.ts`).
 */
async function openDataset(pattern, options = {}) {
    const resolved = resolveOptions(options);
    const files = await (0,data_files/* expandPattern */.nh)(pattern);
    const format = (0,data_files/* datasetFormat */.QV)(files);
    const script = readThreadScript(format);
    if (script !== undefined)
        return new ThreadDataset(files, format, options, resolved.fingerprint, script);
    return new FileDataset(files, format, resolved);
}
/** The data set of one pass in a read worker: the files, options and schema the consuming thread gave. */
function readerDataset(input) {
    return new FileDataset(input.files, input.format, resolveOptions(input.options), input.resolved ?? [], input.hash);
}
class FileDataset {
    files;
    format;
    options;
    hash;
    threaded = false;
    state;
    resolvedSchema;
    hashes;
    constructor(files, format, options, resolved = [], 
    /** Whether the first pass hashes the files. */
    hash = options.fingerprint) {
        this.files = files;
        this.format = format;
        this.options = options;
        this.hash = hash;
        this.state = new SchemaState(options.types, resolved);
    }
    async *batches() {
        const context = newPass(this.options, this.state, this.hashes === undefined && this.hash);
        for (const file of this.files)
            yield* this.read(file, context);
        this.resolvedSchema = this.state.result();
        if (context.hash)
            this.hashes = context.fingerprints;
    }
    schema() {
        return knownAfterPass(this.resolvedSchema, 'schema');
    }
    fingerprints() {
        return knownAfterPass(this.hashes, 'fingerprints');
    }
    read(file, context) {
        switch (this.format) {
            case 'csv':
            case 'tsv':
            case 'csv.gz':
            case 'tsv.gz':
                return (0,csv_reader/* readCsv */.N)(file, this.format, context);
            case 'jsonl':
            case 'jsonl.gz':
                return readJsonl(file, this.format, context);
            case 'parquet':
                return readParquet(file, context);
        }
    }
}
/** The Parquet reader (and hyparquet) load with the first Parquet file: CSV passes never need them. */
async function* readParquet(file, context) {
    const reader = await Promise.all(/* import() */[__webpack_require__.e(14), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 81671));
    yield* reader.readParquet(file, context);
}
/** The same data set, each pass read by a worker thread (`read-thread.ts`). */
class ThreadDataset {
    files;
    format;
    options;
    hash;
    script;
    threaded = true;
    resolvedSchema;
    hashes;
    constructor(files, format, options, hash, script) {
        this.files = files;
        this.format = format;
        this.options = options;
        this.hash = hash;
        this.script = script;
    }
    batches() {
        const input = {
            files: this.files,
            format: this.format,
            options: this.options,
            resolved: this.resolvedSchema,
            hash: this.hashes === undefined && this.hash
        };
        return threadBatches(this.script, input, (end) => {
            this.resolvedSchema = end.schema;
            if (end.fingerprints !== undefined)
                this.hashes = end.fingerprints;
        });
    }
    schema() {
        return knownAfterPass(this.resolvedSchema, 'schema');
    }
    fingerprints() {
        return knownAfterPass(this.hashes, 'fingerprints');
    }
}
function knownAfterPass(value, what) {
    if (value === undefined)
        throw new Error(`Dataset.${what}() is known only after a full pass`);
    return [...value];
}


/***/ }),

/***/ 27124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ datasetFormat),
/* harmony export */   VT: () => (/* binding */ noSuchFile),
/* harmony export */   XL: () => (/* binding */ causeCode),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   nh: () => (/* binding */ expandPattern),
/* harmony export */   xv: () => (/* binding */ causeText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
/** Which files a data set pattern names, and their format. */



/** Extensions, longest first so `.csv.gz` wins over `.gz`. */
const EXTENSIONS = [
    ['.csv.gz', 'csv.gz'],
    ['.tsv.gz', 'tsv.gz'],
    ['.jsonl.gz', 'jsonl.gz'],
    ['.ndjson.gz', 'jsonl.gz'],
    ['.csv', 'csv'],
    ['.tsv', 'tsv'],
    ['.jsonl', 'jsonl'],
    ['.ndjson', 'jsonl'],
    ['.parquet', 'parquet']
];
const KNOWN = '.csv, .tsv, .csv.gz, .tsv.gz, .jsonl, .ndjson, .jsonl.gz, .parquet';
/** The format a file's extension (any case) names. */
function formatOf(path) {
    const lower = path.toLowerCase();
    for (const [extension, format] of EXTENSIONS)
        if (lower.endsWith(extension))
            return format;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: unknown data format (expected one of ${KNOWN})`);
}
/** The one format of a data set's files. */
function datasetFormat(files) {
    const first = formatOf(files[0]);
    for (const file of files.slice(1)) {
        const format = formatOf(file);
        if (format !== first) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}: format ${format} differs from ${files[0]} (${first}); a data set has one format`);
        }
    }
    return first;
}
/**
 * The files a pattern names, sorted by path: an existing file as given, else the glob's matches
 * (relative to the working directory unless the pattern is absolute). The glob library loads only
 * for a pattern that is not a file.
 */
async function expandPattern(pattern) {
    const exact = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined);
    if (exact?.isFile() === true)
        return [pattern];
    if (exact?.isDirectory() === true) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${pattern}: is a directory (name a file or a glob such as "${pattern}/*.csv")`);
    }
    const { glob, isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    if (!isDynamicPattern(pattern))
        throw noSuchFile(pattern);
    const files = await glob(pattern, {
        onlyFiles: true,
        expandDirectories: false,
        absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern)
    });
    if (files.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`no files match "${pattern}"`);
    return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The DataError for a file that cannot be opened. */
function noSuchFile(path, cause) {
    const code = cause === undefined ? 'ENOENT' : causeCode(cause);
    if (code === 'ENOENT')
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM')
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: permission denied`);
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: cannot be opened (${code ?? causeText(cause)})`);
}
/**
 * The message of a thrown value. Duck-typed: errors from Node's internals come from another realm
 * under a VM context (jest), where `instanceof Error` is false.
 */
function causeText(error) {
    if (typeof error === 'object' &&
        error !== null &&
        'message' in error &&
        typeof error.message === 'string') {
        return error.message;
    }
    return String(error);
}
/** A system error's code (`ENOENT`, …), if it has one. */
function causeCode(error) {
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
        return error.code;
    }
    return undefined;
}


/***/ }),

/***/ 60491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile),
/* harmony export */   q: () => (/* binding */ inlineHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8126);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27124);
/**
 * sha256 of files' bytes as stored, for lineage. CSV and JSON Lines hash the bytes as they stream
 * past (`StreamHash`); Parquet, read by ranges, hashes the file in a separate stream (`hashFile`).
 */




/** Bytes per read when hashing a whole file. */
const HASH_READ_SIZE = 1 << 20;
/** Streams `path` through sha256 in fixed-size reads. */
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: HASH_READ_SIZE })) {
            const buffer = chunk;
            hash.update(buffer);
            bytes += buffer.length;
        }
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${path}: cannot be read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .causeText */ .xv)(error)})`);
    }
    return { path, bytes, sha256: hash.digest('hex') };
}
/**
 * sha256 on this thread. (A worker thread was tried: at ~2 GB/s hashing is a small share of a CSV
 * pass, and the shared buffers it needs outlive their batches until the worker collects them.)
 */
function inlineHash() {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    return {
        update: (bytes) => hash.update(bytes),
        digest: () => Promise.resolve(hash.digest('hex'))
    };
}


/***/ }),

/***/ 18123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ Fits),
/* harmony export */   SG: () => (/* binding */ fitsToType),
/* harmony export */   hy: () => (/* binding */ cellFits),
/* harmony export */   vR: () => (/* binding */ TypeVote)
/* harmony export */ });
/* unused harmony export inferType */
/* harmony import */ var _parse_bool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72433);
/* harmony import */ var _parse_datetime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11228);
/* harmony import */ var _parse_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50472);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33618);
/**
 * Type inference for undeclared columns: every non-missing cell of a column votes for the types it
 * fits, and the column takes the narrowest type all cells fit (int, then float, bool, datetime),
 * else string.
 */




/** Bits of the set of types a cell (or every cell so far) fits. */
const Fits = {
    None: 0,
    Int: 1,
    Float: 2,
    Bool: 4,
    Datetime: 8,
    Any: 15
};
/** What one cell fits. A NaN token fits int and float: it is a missing code in numeric columns. */
function cellFits(bytes, start, end, parser) {
    parser.parse(bytes, start, end);
    switch (parser.kind) {
        case _parse_number_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberKind */ .GH.Integer:
        case _parse_number_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberKind */ .GH.NaN:
            return Fits.Int | Fits.Float;
        case _parse_number_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberKind */ .GH.Float:
            return Fits.Float;
        default:
    }
    if ((0,_parse_bool_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBool */ .q)(bytes, start, end) >= 0)
        return Fits.Bool;
    if (!Number.isNaN((0,_parse_datetime_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(bytes, start, end)))
        return Fits.Datetime;
    return Fits.None;
}
/**
 * Accumulates cells' `Fits` and says which type they make. Only NaN tokens (no other value) make
 * a float column.
 */
class TypeVote {
    fits = Fits.Any;
    values = 0;
    nanOnly = true;
    add(fits, isNaNToken) {
        this.fits &= fits;
        this.values++;
        if (!isNaNToken)
            this.nanOnly = false;
    }
    /** False once no type but string fits: the rest of the cells cannot change the result. */
    get open() {
        return this.fits !== Fits.None;
    }
    /** The inferred type, or undefined when there was no value to vote. */
    result() {
        if (this.values === 0)
            return undefined;
        if (this.nanOnly)
            return 'float';
        return fitsToType(this.fits);
    }
}
/** The narrowest type a set of `Fits` allows. */
function fitsToType(fits) {
    if (fits & Fits.Int)
        return 'int';
    if (fits & Fits.Float)
        return 'float';
    if (fits & Fits.Bool)
        return 'bool';
    if (fits & Fits.Datetime)
        return 'datetime';
    return 'string';
}
/**
 * The type mlgate infers for a column with these cell texts: `int` when all non-missing cells
 * are integers (`^[+-]?\d+$`), `float` when all are numbers (exponents, `inf`, `Infinity`, NaN
 * tokens included), `bool` for true/false/True/False/TRUE/FALSE, `datetime` for ISO-8601 dates and
 * datetimes, else `string`; undefined when every cell is missing (empty or a null token).
 */
function inferType(texts, nullTokens = DEFAULT_NULL_TOKENS) {
    const parser = new NumberParser();
    const vote = new TypeVote();
    for (const text of texts) {
        if (text === '' || nullTokens.includes(text))
            continue;
        const bytes = Buffer.from(text, 'utf8');
        const fits = cellFits(bytes, 0, bytes.length, parser);
        vote.add(fits, parser.kind === NumberKind.NaN);
        if (!vote.open)
            break;
    }
    return vote.result();
}


/***/ }),

/***/ 72433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseBool),
/* harmony export */   t: () => (/* binding */ parseBoolText)
/* harmony export */ });
/** Booleans parsed from bytes: `true`/`True`/`TRUE` and `false`/`False`/`FALSE` (pandas' defaults). */
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
const TRUE_BYTES = TRUE_SPELLINGS.map((text) => Buffer.from(text, 'latin1'));
const FALSE_BYTES = FALSE_SPELLINGS.map((text) => Buffer.from(text, 'latin1'));
function matchesAny(bytes, start, spellings) {
    for (const spelling of spellings) {
        let k = 0;
        while (k < spelling.length && bytes[start + k] === spelling[k])
            k++;
        if (k === spelling.length)
            return true;
    }
    return false;
}
/** 1, 0, or -1 when `bytes[start, end)` is not a boolean. */
function parseBool(bytes, start, end) {
    const length = end - start;
    if (length === 4)
        return matchesAny(bytes, start, TRUE_BYTES) ? 1 : -1;
    if (length === 5)
        return matchesAny(bytes, start, FALSE_BYTES) ? 0 : -1;
    return -1;
}
/** `parseBool` for a string. */
function parseBoolText(text) {
    if (TRUE_SPELLINGS.includes(text))
        return 1;
    if (FALSE_SPELLINGS.includes(text))
        return 0;
    return -1;
}


/***/ }),

/***/ 11228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ parseDatetimeInto),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   _l: () => (/* binding */ parseDatetimeText)
/* harmony export */ });
/* unused harmony export daysFromCivil */
/**
 * ISO-8601 dates and datetimes parsed from bytes to epoch milliseconds (UTC), without a Date per
 * cell.
 *
 * Accepted: `YYYY-MM-DD`, optionally followed by `T`, `t` or a space and `HH:MM`, `HH:MM:SS` or
 * `HH:MM:SS.fff` (1 to 9 fraction digits, `.` or `,`), optionally followed by `Z`/`z` or an offset
 * `+HH:MM`, `+HHMM`, `+HH` (or `-`). A datetime without an offset is read as UTC. Calendar fields
 * are range-checked (2023-02-29 and 12:60 are not datetimes).
 */
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const ZERO = 0x30;
const DASH = 0x2d;
const PLUS = 0x2b;
const COLON = 0x3a;
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/**
 * The first day and the length of every month from 1900 to 2155, looked up instead of computed: a
 * date column parses millions of cells, and most dates fall in this window.
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 256 * 12;
const MONTH_START = new Int32Array(TABLE_MONTHS);
const MONTH_LENGTH = new Uint8Array(TABLE_MONTHS);
for (let m = 0; m < TABLE_MONTHS; m++) {
    const year = TABLE_FIRST_YEAR + Math.floor(m / 12);
    MONTH_START[m] = daysFromCivil(year, (m % 12) + 1, 1);
    MONTH_LENGTH[m] = daysInMonth(year, (m % 12) + 1);
}
/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(bytes, i) {
    const a = bytes[i] - ZERO;
    const b = bytes[i + 1] - ZERO;
    if (a < 0 || a > 9 || b < 0 || b > 9)
        return -1;
    return a * 10 + b;
}
/**
 * Where `parse` leaves its result. A double returned from a function V8 does not inline is boxed in
 * a fresh heap number: one per cell, tens of MB of garbage per million cells. A flag returned and
 * the value left in a typed array cost nothing.
 */
const parsed = new Float64Array(1);
/** 1 with the epoch milliseconds of `bytes[start, end)` in `parsed[0]`; 0 when it is not a date/datetime. */
function parse(bytes, start, end) {
    const length = end - start;
    if (length < 10 || bytes[start + 4] !== DASH || bytes[start + 7] !== DASH)
        return 0;
    const century = twoDigits(bytes, start);
    const yy = twoDigits(bytes, start + 2);
    const month = twoDigits(bytes, start + 5);
    const day = twoDigits(bytes, start + 8);
    if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1)
        return 0;
    const year = century * 100 + yy;
    const m = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
    let date;
    if (m >= 0 && m < TABLE_MONTHS) {
        if (day > MONTH_LENGTH[m])
            return 0;
        date = (MONTH_START[m] + day - 1) * MS_PER_DAY;
    }
    else {
        if (day > daysInMonth(year, month))
            return 0;
        date = daysFromCivil(year, month, day) * MS_PER_DAY;
    }
    if (length === 10) {
        parsed[0] = date;
        return 1;
    }
    let i = start + 10;
    const separator = bytes[i];
    if (separator !== 0x54 && separator !== 0x74 && separator !== 0x20)
        return 0;
    if (end - i < 6 || bytes[i + 3] !== COLON)
        return 0;
    const hour = twoDigits(bytes, i + 1);
    const minute = twoDigits(bytes, i + 4);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return 0;
    i += 6;
    let second = 0;
    let fraction = 0;
    if (i < end && bytes[i] === COLON) {
        if (end - i < 3)
            return 0;
        second = twoDigits(bytes, i + 1);
        if (second < 0 || second > 59)
            return 0;
        i += 3;
        if (i < end && (bytes[i] === 0x2e || bytes[i] === 0x2c)) {
            i++;
            const fractionStart = i;
            let digits = 0;
            while (i < end && i - fractionStart < 9) {
                const digit = bytes[i] - ZERO;
                if (digit < 0 || digit > 9)
                    break;
                digits = digits * 10 + digit;
                i++;
            }
            const count = i - fractionStart;
            if (count === 0)
                return 0;
            fraction = (digits * 1000) / 10 ** count;
        }
    }
    let offset = 0;
    if (i < end) {
        const zone = bytes[i];
        if (zone === 0x5a || zone === 0x7a) {
            i++;
        }
        else if (zone === PLUS || zone === DASH) {
            const hours = end - i >= 3 ? twoDigits(bytes, i + 1) : -1;
            if (hours < 0 || hours > 23)
                return 0;
            i += 3;
            let minutes = 0;
            if (i < end) {
                if (bytes[i] === COLON)
                    i++;
                minutes = end - i >= 2 ? twoDigits(bytes, i) : -1;
                if (minutes < 0 || minutes > 59)
                    return 0;
                i += 2;
            }
            offset = (hours * 60 + minutes) * MS_PER_MINUTE;
            if (zone === PLUS)
                offset = -offset;
        }
        else {
            return 0;
        }
    }
    if (i !== end)
        return 0;
    parsed[0] = date + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + fraction + offset;
    return 1;
}
/** Epoch milliseconds of `bytes[start, end)`, or NaN when it is not an ISO-8601 date/datetime. */
function parseDatetime(bytes, start, end) {
    return parse(bytes, start, end) === 1 ? parsed[0] : Number.NaN;
}
/** `parseDatetime` into `out[at]` (NaN when not a datetime), without boxing the value. */
function parseDatetimeInto(bytes, start, end, out, at) {
    out[at] = parse(bytes, start, end) === 1 ? parsed[0] : Number.NaN;
}
/** `parseDatetime` for a string (JSON values, tests). */
function parseDatetimeText(text) {
    const bytes = Buffer.from(text, 'utf8');
    return parseDatetime(bytes, 0, bytes.length);
}


/***/ }),

/***/ 50472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ NumberKind),
/* harmony export */   dR: () => (/* binding */ NumberParser),
/* harmony export */   ke: () => (/* binding */ parseNumberText)
/* harmony export */ });
/**
 * Numbers parsed straight from a file's bytes, without making a string per cell.
 *
 * Accepted syntax: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, the infinities
 * `inf`, `Inf`, `INF`, `infinity`, `Infinity`, `INFINITY` (signed or not) and the NaN tokens `NaN`,
 * `nan`. No surrounding whitespace, no hex, no digit separators: such cells are not numbers.
 */
/** What a cell looked like, as set by `NumberParser.parse`. */
var NumberKind;
(function (NumberKind) {
    /** Not a number. */
    NumberKind[NumberKind["Invalid"] = 0] = "Invalid";
    /** `^[+-]?\d+$`. */
    NumberKind[NumberKind["Integer"] = 1] = "Integer";
    /** Any other number, including `1.0`, `1e3` and the infinities. */
    NumberKind[NumberKind["Float"] = 2] = "Float";
    /** A NaN token. */
    NumberKind[NumberKind["NaN"] = 3] = "NaN";
})(NumberKind || (NumberKind = {}));
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const CASE_BIT = 0x20;
/** 2^53: integers below it are exact in a float64. */
const EXACT_INTEGER_LIMIT = 9007199254740992;
/**
 * Powers of ten that are exact in a float64 (10^22 is the largest: 5^22 < 2^53). Clinger's fast
 * path ("How to read floating point numbers accurately", PLDI 1990, the same path as in
 * fast_float and CPython's dtoa): when the decimal mantissa is an exact integer below 2^53 and
 * |exponent| <= 22, one IEEE multiplication or division by an exact power of ten rounds once,
 * so the result is the correctly rounded double.
 */
const EXACT_POWERS_OF_TEN = new Float64Array(23).map((_, i) => 10 ** i);
/** Exponents beyond this already overflow or underflow every float64; caps the digit loop. */
const EXPONENT_CAP = 100_000;
const INFINITY_SPELLINGS = ['inf', 'Inf', 'INF', 'infinity', 'Infinity', 'INFINITY'];
const NAN_SPELLINGS = ['NaN', 'nan'];
/** Parses numbers from bytes; `kind` tells what the last parsed cell was (no allocation per cell). */
class NumberParser {
    kind = NumberKind.Invalid;
    /** The value of `bytes[start, end)`; NaN with `kind` Invalid or NaN when it is not a plain number. */
    parse(bytes, start, end) {
        // Fast path, small enough to be inlined into the column loops: `-?digits(.digits)?` with an
        // exact mantissa, which is most numeric cells; an exponent continues in `exponentTail`.
        let i = start;
        let negative = false;
        if (i < end && bytes[i] === MINUS) {
            negative = true;
            i++;
        }
        const digitsStart = i;
        let mantissa = 0;
        let dot = -1;
        for (; i < end; i++) {
            const c = bytes[i];
            const digit = c - ZERO;
            if (digit >= 0 && digit <= 9)
                mantissa = mantissa * 10 + digit;
            else if (c === DOT && dot < 0)
                dot = i;
            else
                break;
        }
        const digits = i - digitsStart - (dot < 0 ? 0 : 1);
        if (digits === 0 || mantissa >= EXACT_INTEGER_LIMIT)
            return this.general(bytes, start, end);
        if (i !== end)
            return this.exponentTail(bytes, start, end, i, mantissa, dot, negative);
        const fraction = dot < 0 ? 0 : end - dot - 1;
        if (fraction > 22)
            return this.general(bytes, start, end);
        this.kind = dot < 0 ? NumberKind.Integer : NumberKind.Float;
        const value = fraction === 0 ? mantissa : mantissa / EXACT_POWERS_OF_TEN[fraction];
        return negative ? -value : value;
    }
    /** `digits(.digits)?` then, at `i`, maybe `e[+-]digits` with a small power: else the general path. */
    exponentTail(bytes, start, end, i, mantissa, dot, negative) {
        if ((bytes[i] | CASE_BIT) !== LOWER_E)
            return this.general(bytes, start, end);
        const mantissaEnd = i;
        let k = i + 1;
        const exponentNegative = k < end && bytes[k] === MINUS;
        if (exponentNegative || (k < end && bytes[k] === PLUS))
            k++;
        const exponentStart = k;
        let exponent = 0;
        for (; k < end && k - exponentStart < 4; k++) {
            const digit = bytes[k] - ZERO;
            if (digit < 0 || digit > 9)
                break;
            exponent = exponent * 10 + digit;
        }
        if (k !== end || k === exponentStart)
            return this.general(bytes, start, end);
        const power = (exponentNegative ? -exponent : exponent) - (dot < 0 ? 0 : mantissaEnd - dot - 1);
        if (power < -22 || power > 22)
            return this.general(bytes, start, end);
        this.kind = NumberKind.Float;
        const value = power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power] : mantissa / EXACT_POWERS_OF_TEN[-power];
        return negative ? -value : value;
    }
    /** Every accepted spelling: signs, exponents, long mantissas, infinities, NaN tokens. */
    general(bytes, start, end) {
        let i = start;
        let negative = false;
        if (i < end) {
            const first = bytes[i];
            if (first === PLUS || first === MINUS) {
                negative = first === MINUS;
                i++;
            }
        }
        let mantissa = 0;
        const integerStart = i;
        while (i < end) {
            const digit = bytes[i] - ZERO;
            if (digit < 0 || digit > 9)
                break;
            mantissa = mantissa * 10 + digit;
            i++;
        }
        const integerDigits = i - integerStart;
        let fractionDigits = 0;
        let integerSyntax = true;
        if (i < end && bytes[i] === DOT) {
            integerSyntax = false;
            i++;
            const fractionStart = i;
            while (i < end) {
                const digit = bytes[i] - ZERO;
                if (digit < 0 || digit > 9)
                    break;
                mantissa = mantissa * 10 + digit;
                i++;
            }
            fractionDigits = i - fractionStart;
        }
        if (integerDigits + fractionDigits === 0)
            return this.special(bytes, start, end);
        let exponent = 0;
        if (i < end && (bytes[i] | CASE_BIT) === LOWER_E) {
            integerSyntax = false;
            i++;
            let exponentNegative = false;
            if (i < end && (bytes[i] === PLUS || bytes[i] === MINUS)) {
                exponentNegative = bytes[i] === MINUS;
                i++;
            }
            const exponentStart = i;
            while (i < end) {
                const digit = bytes[i] - ZERO;
                if (digit < 0 || digit > 9)
                    break;
                if (exponent < EXPONENT_CAP)
                    exponent = exponent * 10 + digit;
                i++;
            }
            if (i === exponentStart)
                return this.invalid();
            if (exponentNegative)
                exponent = -exponent;
        }
        if (i !== end)
            return this.invalid();
        this.kind = integerSyntax ? NumberKind.Integer : NumberKind.Float;
        const power = exponent - fractionDigits;
        let value;
        if (mantissa === 0) {
            value = 0;
        }
        else if (mantissa < EXACT_INTEGER_LIMIT && power >= -22 && power <= 22) {
            value = power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power] : mantissa / EXACT_POWERS_OF_TEN[-power];
        }
        else {
            // Too many digits or a large exponent: the slow, correctly rounded path.
            return Number(latin1(bytes, start, end));
        }
        return negative ? -value : value;
    }
    special(bytes, start, end) {
        const text = latin1(bytes, start, end);
        const unsigned = text.startsWith('+') || text.startsWith('-') ? text.slice(1) : text;
        if (INFINITY_SPELLINGS.includes(unsigned)) {
            this.kind = NumberKind.Float;
            return text.startsWith('-') ? -Infinity : Infinity;
        }
        if (NAN_SPELLINGS.includes(text)) {
            this.kind = NumberKind.NaN;
            return Number.NaN;
        }
        return this.invalid();
    }
    invalid() {
        this.kind = NumberKind.Invalid;
        return Number.NaN;
    }
}
function latin1(bytes, start, end) {
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}
const shared = new NumberParser();
/** Parses one text cell with the same rules as the byte parser (for JSON strings and tests). */
function parseNumberText(text) {
    const bytes = Buffer.from(text, 'utf8');
    const value = shared.parse(bytes, 0, bytes.length);
    return { value, kind: shared.kind };
}


/***/ }),

/***/ 64631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ utf8Text),
/* harmony export */   O6: () => (/* binding */ unescapedText),
/* harmony export */   Rx: () => (/* binding */ CellDecoder),
/* harmony export */   Xz: () => (/* binding */ invalidUtf8Index)
/* harmony export */ });
/* unused harmony export asciiText */
/* harmony import */ var _text_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55737);
/**
 * Cell bytes to strings. A string made by Buffer's native slice costs ~60 ns per call, which
 * dominates a CSV pass over millions of short cells, so short ASCII cells are built with
 * `String.fromCharCode` and repeated ones (categories) come from a small cache.
 */

const fromCharCode = String.fromCharCode;
/** Buffer's undocumented `utf8Slice`/`latin1Slice` skip `toString`'s argument checks. */
const nativeSlices = typeof Buffer.prototype.utf8Slice === 'function' &&
    typeof Buffer.prototype.latin1Slice === 'function';
/** UTF-8 text of `bytes[start, end)`. */
function utf8Text(bytes, start, end) {
    return nativeSlices
        ? bytes.utf8Slice(start, end)
        : bytes.toString('utf8', start, end);
}
/** Text of `b[s, end)`, known to be ASCII. */
function asciiText(b, s, end) {
    switch (end - s) {
        case 0:
            return '';
        case 1:
            return fromCharCode(b[s]);
        case 2:
            return fromCharCode(b[s], b[s + 1]);
        case 3:
            return fromCharCode(b[s], b[s + 1], b[s + 2]);
        case 4:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
        case 5:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
        case 6:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
        case 7:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
        case 8:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
        case 9:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8]);
        case 10:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9]);
        case 11:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10]);
        case 12:
            return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11]);
        default:
            return nativeSlices ? b.latin1Slice(s, end) : b.toString('latin1', s, end);
    }
}
/** Cells up to this many bytes go through the cache (their bytes pack exactly into two doubles). */
const CACHE_MAX_LENGTH = 12;
const CACHE_BITS = 12;
const CACHE_SLOTS = 1 << CACHE_BITS;
/** Every this many lookups the cache checks whether it is worth its hashing. */
const SAMPLE = 4096;
/** Below this hit rate the cache switches itself off for `PAUSE` cells, then samples again. */
const MIN_HIT_RATE = 0.25;
const PAUSE = 65_536;
const TWO_TO_16 = 65_536;
/**
 * Decodes the cells of one column. Cells of a categorical column repeat, so a direct-mapped cache
 * keyed by the cell's bytes (packed exactly into two doubles: up to 6 bytes each, the length in
 * the second) returns the same string instead of making a new one; for a column of unique values
 * (ids) it notices the misses and steps aside. Every text also gets its column's dictionary code
 * (`TextDictionary`), which a cache hit finds in its slot, until the misses stop that as well.
 */
class CellDecoder {
    firstKeys = new Float64Array(CACHE_SLOTS).fill(-1);
    secondKeys = new Float64Array(CACHE_SLOTS);
    texts = new Array(CACHE_SLOTS).fill('');
    /** Each slot's dictionary code (valid while the dictionary is not full). */
    codes = new Int32Array(CACHE_SLOTS);
    lookups = 0;
    hits = 0;
    paused = 0;
    /** The column's dictionary: a cache hit has its code at hand, a miss asks the dictionary. */
    dictionary = new _text_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .TextDictionary */ .o();
    /** The dictionary code of the text `decode` returned last (−1 once the dictionary is full). */
    code = -1;
    decode(b, s, e) {
        const length = e - s;
        if (length === 0)
            return this.coded('');
        if (length > CACHE_MAX_LENGTH)
            return this.coded(utf8Text(b, s, e));
        if (this.paused > 0) {
            this.paused--;
            for (let i = s; i < e; i++)
                if (b[i] >= 0x80)
                    return this.coded(utf8Text(b, s, e));
            return this.coded(asciiText(b, s, e));
        }
        const middle = length < 6 ? e : s + 6;
        let first = 0;
        let second = length;
        let high = 0;
        for (let i = s; i < middle; i++) {
            const c = b[i];
            high |= c;
            first = first * 256 + c;
        }
        for (let i = middle; i < e; i++) {
            const c = b[i];
            high |= c;
            second = second * 256 + c;
        }
        if (high >= 0x80)
            return this.coded(utf8Text(b, s, e));
        const mixed = Math.imul((first | 0) ^ ((first / TWO_TO_16) | 0), 0x9e3779b1) ^ Math.imul(second | 0, 0x85ebca6b);
        const slot = mixed >>> (32 - CACHE_BITS);
        if (++this.lookups === SAMPLE)
            this.sample();
        if (this.firstKeys[slot] === first && this.secondKeys[slot] === second) {
            this.hits++;
            this.code = this.codes[slot];
            return this.texts[slot];
        }
        const text = this.coded(asciiText(b, s, e));
        this.firstKeys[slot] = first;
        this.secondKeys[slot] = second;
        this.texts[slot] = text;
        this.codes[slot] = this.code;
        return text;
    }
    /** `text`, with its code in `code`. */
    coded(text) {
        this.code = this.dictionary.code(text);
        return text;
    }
    sample() {
        if (this.hits < SAMPLE * MIN_HIT_RATE) {
            this.paused = PAUSE;
            // Cells that rarely repeat (ids, free text) are not worth a dictionary either: a glob of such
            // files would otherwise fill one map of DICTIONARY_CAP texts per file.
            this.dictionary.stop();
        }
        this.lookups = 0;
        this.hits = 0;
    }
}
/** The text of a quoted field whose quotes were doubled (`""` stands for `"`). */
function unescapedText(bytes, start, end) {
    return utf8Text(bytes, start, end).replaceAll('""', '"');
}
/**
 * Index of the first byte of the first ill-formed UTF-8 sequence in `bytes[start, end)` (Unicode
 * 15, table 3-7 "Well-Formed UTF-8 Byte Sequences"), or -1. Only called once `isUtf8` said no.
 */
function invalidUtf8Index(bytes, start, end) {
    let i = start;
    while (i < end) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead === 0xe0)
                low = 0xa0;
            else if (lead === 0xed)
                high = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead === 0xf0)
                low = 0x90;
            else if (lead === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        if (i + length > end)
            return i;
        const second = bytes[i + 1];
        if (second < low || second > high)
            return i;
        for (let k = 2; k < length; k++) {
            const next = bytes[i + k];
            if (next < 0x80 || next > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}


/***/ }),

/***/ 55737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ TextDictionary)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33618);
/**
 * Dictionary codes for one string column: each distinct text gets the next code, in order of first
 * appearance, up to `DICTIONARY_CAP` texts. The CSV reader codes its string columns with it (see
 * `StringColumn.dictionary`) and the worker-thread reader sends codes across with it.
 */

class TextDictionary {
    /** The texts by code. The same array for the dictionary's life: batches hand it to consumers. */
    texts = [];
    index = new Map();
    /**
     * True once the column has shown more than `DICTIONARY_CAP` distinct texts, or its reader gave up
     * on it (`stop`): no more codes.
     */
    get full() {
        return this.index === null;
    }
    /** No more codes: the column's cells rarely repeat, and coding them would only fill the map. */
    stop() {
        this.index = null;
        // No batch carries these texts from now on: let them go (a consumer's cache may still hold the array).
        this.texts.length = 0;
    }
    /** The code of `text`, a new one if it is new; −1 once full. */
    code(text) {
        const index = this.index;
        if (index === null)
            return -1;
        const known = index.get(text);
        if (known !== undefined)
            return known;
        const code = this.texts.length;
        if (code === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DICTIONARY_CAP */ .o_) {
            this.stop();
            return -1;
        }
        index.set(text, code);
        this.texts.push(text);
        return code;
    }
}


/***/ }),

/***/ 33618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ DEFAULT_NULL_TOKENS),
/* harmony export */   JR: () => (/* binding */ Missing),
/* harmony export */   RO: () => (/* binding */ COLUMN_TYPES),
/* harmony export */   o_: () => (/* binding */ DICTIONARY_CAP)
/* harmony export */ });
/**
 * The data layer's contract: every reader (CSV/TSV, gzip'd CSV, JSON Lines, Parquet) yields the same
 * column batches, so checks, statistics and scoring never see a file format.
 */
const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'datetime'];
/**
 * Per-cell state codes in `Column.missing`. A plain object rather than a `const enum`: the codes
 * are compared with `Uint8Array` elements, which typescript-eslint's enum rules reject for enums.
 */
const Missing = {
    /** A value (possibly `invalid`, see `NumericColumn.invalid`). */
    Value: 0,
    /** Empty field, a null token, JSON null, an absent JSONL key, a Parquet null. */
    Null: 1,
    /** A NaN token (`NaN`, `nan`) in a numeric column: missing for statistics, counted apart. */
    NaN: 2
};
/** Most distinct texts a string column is dictionary-coded for; past it the codes stop. */
const DICTIONARY_CAP = 65_536;
/** Cell texts read as null by default (a subset of pandas' `na_values`; `NaN`/`nan` are NaN, not null). */
const DEFAULT_NULL_TOKENS = [
    '',
    'NA',
    'N/A',
    'n/a',
    'NULL',
    'null',
    'None',
    '<NA>'
];


/***/ }),

/***/ 19752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ valueText),
/* harmony export */   f: () => (/* binding */ ValueColumnBuilder)
/* harmony export */ });
/* harmony import */ var _infer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18123);
/* harmony import */ var _parse_bool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72433);
/* harmony import */ var _parse_datetime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11228);
/* harmony import */ var _parse_number_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50472);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33618);
/**
 * Columns from JavaScript values (JSON Lines objects, Parquet cells that need converting): the
 * same Column shape, types and missing codes as CSV, with inference from the values' own types.
 */





/** The text of a value as a cell: strings as they are, numbers in JS notation, objects as JSON. */
function valueText(value) {
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
        case 'bigint':
        case 'boolean':
            return String(value);
        case 'undefined':
            return '';
        default:
            if (value === null)
                return '';
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
            if (value instanceof Uint8Array)
                return Buffer.from(value).toString('hex');
            return JSON.stringify(value, (_key, item) => typeof item === 'bigint' ? item.toString() : item);
    }
}
/**
 * What a value fits. JSON has no date type, so a string can be a datetime; a string is never a
 * number or boolean here (`"12"` in JSON is deliberately a string).
 */
function valueFits(value) {
    switch (typeof value) {
        case 'number':
            return Number.isInteger(value) ? _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Int | _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Float : _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Float;
        case 'bigint':
            return _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Int | _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Float;
        case 'boolean':
            return _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Bool;
        case 'string':
            return Number.isNaN((0,_parse_datetime_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDatetimeText */ ._l)(value)) ? _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.None : _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Datetime;
        default:
            return value instanceof Date ? _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Datetime : _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.None;
    }
}
/** NaN, or a NaN token: a missing code in numeric columns. */
function isNaNValue(value) {
    if (typeof value === 'number')
        return Number.isNaN(value);
    return typeof value === 'string' && (0,_parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberText */ .ke)(value).kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN;
}
class ValueColumnBuilder {
    schema;
    nulls;
    /** `nulls`: the texts read as null in string values; undefined when only null itself is (Parquet). */
    constructor(schema, nulls) {
        this.schema = schema;
        this.nulls = nulls;
    }
    /** True for null, undefined, and (when reading text formats) empty strings and null tokens. */
    isNull(value) {
        if (value === null || value === undefined)
            return true;
        return typeof value === 'string' && this.nulls !== undefined && this.nulls.has(value);
    }
    /** The column `name` of `rows` values (`values[row]`, holes are nulls). */
    build(name, values, rows) {
        let type = this.schema.typeOf(name);
        if (type === undefined) {
            type = this.infer(values, rows);
            if (type === undefined)
                return this.strings(name, values, rows);
            this.schema.resolve(name, type);
        }
        return type === 'string' ? this.strings(name, values, rows) : this.numeric(name, values, rows, type);
    }
    infer(values, rows) {
        let fits = _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.Any;
        let any = false;
        for (let row = 0; row < rows && fits !== _infer_js__WEBPACK_IMPORTED_MODULE_0__/* .Fits */ .PT.None; row++) {
            const value = values[row];
            if (this.isNull(value))
                continue;
            any = true;
            fits &= valueFits(value);
        }
        return any ? (0,_infer_js__WEBPACK_IMPORTED_MODULE_0__/* .fitsToType */ .SG)(fits) : undefined;
    }
    strings(name, source, rows) {
        const values = [];
        const missing = new Uint8Array(rows);
        for (let row = 0; row < rows; row++) {
            const value = source[row];
            if (this.isNull(value)) {
                missing[row] = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Null;
                values.push('');
            }
            else {
                values.push(valueText(value));
            }
        }
        return {
            name,
            type: 'string',
            missing,
            values,
            dictionary: null,
            text: (row) => values[row]
        };
    }
    numeric(name, source, rows, type) {
        const declared = this.schema.isDeclared(name);
        const values = new Float64Array(rows);
        const missing = new Uint8Array(rows);
        let invalid = null;
        let widened = false;
        for (let row = 0; row < rows; row++) {
            const value = source[row];
            let result = Number.NaN;
            let code = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Value;
            if (this.isNull(value)) {
                code = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Null;
            }
            else if (type === 'int' || type === 'float') {
                let kind;
                if (typeof value === 'number') {
                    result = value;
                    kind = Number.isNaN(value)
                        ? _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN
                        : Number.isInteger(value)
                            ? _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Integer
                            : _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Float;
                }
                else if (typeof value === 'bigint') {
                    result = Number(value);
                    kind = _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Integer;
                }
                else if (typeof value === 'string') {
                    ({ value: result, kind } = (0,_parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberText */ .ke)(value));
                }
                else {
                    kind = _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Invalid;
                }
                if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.NaN)
                    code = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.NaN;
                else if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Float && type === 'int' && !widened) {
                    if (declared)
                        kind = _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Invalid;
                    else
                        widened = true;
                }
                if (kind === _parse_number_js__WEBPACK_IMPORTED_MODULE_3__/* .NumberKind */ .GH.Invalid)
                    result = Number.NaN;
            }
            else if (type === 'bool') {
                if (typeof value === 'boolean')
                    result = value ? 1 : 0;
                else if (value === 0 || value === 1)
                    result = value;
                else if (typeof value === 'string') {
                    const bool = value === '0' || value === '1' ? Number(value) : (0,_parse_bool_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolText */ .t)(value);
                    if (bool >= 0)
                        result = bool;
                }
            }
            else if (value instanceof Date) {
                result = value.getTime();
            }
            else if (typeof value === 'string') {
                result = (0,_parse_datetime_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDatetimeText */ ._l)(value);
            }
            if (Number.isNaN(result) && code === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Value) {
                if (isNaNValue(value)) {
                    code = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.NaN;
                }
                else {
                    invalid ??= new Uint8Array(rows);
                    invalid[row] = 1;
                }
            }
            values[row] = result;
            missing[row] = code;
        }
        if (widened)
            this.schema.widenToFloat(name);
        const text = (row) => (missing[row] === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Null ? '' : valueText(source[row]));
        return { name, type: widened ? 'float' : type, missing, values, invalid, text };
    }
}


/***/ })

};
