export const id = 671;
export const ids = [671];
export const modules = {

/***/ 81671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nativeType: () => (/* binding */ nativeType),
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4041);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20138);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8126);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27124);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60491);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33618);
/* harmony import */ var _value_columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19752);
/**
 * Parquet to batches with hyparquet (+ hyparquet-compressors for snappy, gzip, brotli, zstd, lz4),
 * one row group at a time through an AsyncBuffer over the open file, so memory is one row group
 * whatever the file size. Column types come from the Parquet schema; `lines` are 1-based row
 * numbers. Only Parquet nulls are nulls (null tokens are for text formats).
 */








const MAGIC = 'PAR1';
const MS_PER_DAY = 86_400_000;
const utf8 = new TextDecoder();
/** Datetimes arrive as epoch milliseconds (not Date objects); JSON columns as their text. */
const PARSERS = {
    timestampFromMilliseconds: (millis) => Number(millis),
    timestampFromMicroseconds: (micros) => Number(micros) / 1000,
    timestampFromNanoseconds: (nanos) => Number(nanos) / 1e6,
    dateFromDays: (days) => days * MS_PER_DAY,
    jsonFromBytes: (bytes) => utf8.decode(bytes)
};
/** Streams one Parquet file as batches; checks its columns against the data set's first file. */
async function* readParquet(file, context) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    }
    catch (error) {
        throw (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .noSuchFile */ .VT)(file, error);
    }
    try {
        const size = (await handle.stat()).size;
        await checkMagic(file, handle, size);
        const hashing = context.hash ? settle((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(file)) : undefined;
        const buffer = {
            byteLength: size,
            slice: (start, end) => readRange(handle, start, end ?? size)
        };
        const { metadata, columns } = await corrupt(file, async () => {
            const parsed = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetMetadataAsync */ .Ei)(buffer, { parsers: PARSERS });
            const fields = (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetSchema */ .YR)(parsed).children.map((child) => ({
                name: child.element.name,
                native: nativeType(child)
            }));
            return { metadata: parsed, columns: fields };
        });
        checkColumns(file, columns, context);
        for (const column of columns) {
            if (context.schema.typeOf(column.name) === undefined)
                context.schema.resolve(column.name, column.native);
        }
        yield* batches(file, buffer, metadata, columns, context);
        if (hashing !== undefined)
            context.fingerprints.push(await unsettle(hashing));
    }
    finally {
        await handle.close();
    }
}
async function* batches(file, buffer, metadata, columns, context) {
    const scan = await corrupt(file, () => (0,hyparquet__WEBPACK_IMPORTED_MODULE_7__/* .parquetScan */ .Ik)({ file: buffer, metadata, compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_1__/* .compressors */ .Vm, parsers: PARSERS }));
    const builder = new _value_columns_js__WEBPACK_IMPORTED_MODULE_5__/* .ValueColumnBuilder */ .f(context.schema, undefined);
    const batchRows = context.options.batchRows;
    for (const range of scan.ranges) {
        const data = await corrupt(file, () => Promise.all(columns.map((column) => scan.readColumn({ column: column.name, rowStart: range.rowStart, rowEnd: range.rowEnd }))));
        columns.forEach((column, i) => {
            const found = data[i].length;
            if (found !== range.rowEnd - range.rowStart) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL(`${file}: corrupt Parquet file (column "${column.name}" has ${found} values for rows ${range.rowStart + 1} to ${range.rowEnd})`);
            }
        });
        for (let start = range.rowStart; start < range.rowEnd; start += batchRows) {
            const end = Math.min(start + batchRows, range.rowEnd);
            const offset = start - range.rowStart;
            const rows = end - start;
            const lines = new Uint32Array(rows);
            for (let row = 0; row < rows; row++)
                lines[row] = start + row + 1;
            const batch = {
                file,
                rowCount: rows,
                rowOffset: context.rowOffset,
                lines,
                columns: columns.flatMap((column, i) => context.options.columns === null || context.options.columns.has(column.name)
                    ? [
                        buildColumn(column, rows === data[i].length ? data[i] : data[i].slice(offset, offset + rows), context, builder)
                    ]
                    : [])
            };
            context.rowOffset += rows;
            yield batch;
        }
    }
}
/** A column in the data set's type: straight from the decoded values when the types agree. */
function buildColumn(column, data, context, builder) {
    const { name, native } = column;
    const schema = context.schema;
    let type = schema.typeOf(name);
    if (type === undefined) {
        schema.resolve(name, native);
        type = native;
    }
    else if (type === 'int' && native === 'float') {
        // An earlier file's int column is float in this one: widen like CSV does.
        schema.widenToFloat(name);
        type = schema.typeOf(name) ?? type;
    }
    const same = type === native || (type === 'float' && native === 'int');
    if (same && type !== 'string')
        return numericColumn(name, type, native, data);
    const values = native === 'datetime' ? Array.from(data, toDate) : data;
    return builder.build(name, values, data.length);
}
function numericColumn(name, type, native, data) {
    const rows = data.length;
    const source = data;
    const values = new Float64Array(rows);
    const missing = new Uint8Array(rows);
    for (let row = 0; row < rows; row++) {
        const value = source[row];
        if (value === null || value === undefined) {
            values[row] = Number.NaN;
            missing[row] = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Null;
        }
        else {
            const number = typeof value === 'number'
                ? value
                : typeof value === 'bigint'
                    ? Number(value)
                    : value === true
                        ? 1
                        : 0;
            values[row] = number;
            if (Number.isNaN(number))
                missing[row] = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.NaN;
        }
    }
    const text = (row) => {
        if (missing[row] === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .Missing */ .JR.Null)
            return '';
        return native === 'datetime' ? (0,_value_columns_js__WEBPACK_IMPORTED_MODULE_5__/* .valueText */ .R)(new Date(values[row])) : (0,_value_columns_js__WEBPACK_IMPORTED_MODULE_5__/* .valueText */ .R)(source[row]);
    };
    return { name, type, missing, values, invalid: null, text };
}
function toDate(value) {
    return typeof value === 'number' ? new Date(value) : value;
}
/** The column type a top-level Parquet field maps to (nested fields become their JSON text). */
function nativeType(field) {
    if (field.children.length > 0)
        return 'string';
    const { type, converted_type: converted, logical_type: logical } = field.element;
    const logicalType = logical?.type;
    if (converted === 'DECIMAL' || logicalType === 'DECIMAL' || logicalType === 'FLOAT16')
        return 'float';
    if (converted === 'DATE' || logicalType === 'DATE' || logicalType === 'TIMESTAMP')
        return 'datetime';
    if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
        return 'datetime';
    switch (type) {
        case 'BOOLEAN':
            return 'bool';
        case 'INT32':
        case 'INT64':
            return 'int';
        case 'INT96':
            return 'datetime';
        case 'FLOAT':
        case 'DOUBLE':
            return 'float';
        default:
            return 'string';
    }
}
function checkColumns(file, columns, context) {
    const names = columns.map((column) => column.name);
    const first = context.header;
    if (first === undefined) {
        context.header = { file, names };
        return;
    }
    if (first.names.length === names.length && first.names.every((name, i) => name === names[i]))
        return;
    const list = (items) => items.map((name) => JSON.stringify(name)).join(', ');
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL(`${file}: columns differ from ${first.file}: expected ${list(first.names)}, found ${list(names)}`);
}
async function checkMagic(file, handle, size) {
    const head = size >= 4 ? await readRange(handle, 0, 4) : new ArrayBuffer(0);
    if (Buffer.from(head).toString('latin1') !== MAGIC)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL(`${file}: not a Parquet file (missing PAR1 magic)`);
    const tail = size >= 12 ? await readRange(handle, size - 4, size) : new ArrayBuffer(0);
    if (Buffer.from(tail).toString('latin1') !== MAGIC) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL(`${file}: truncated Parquet file (missing PAR1 footer)`);
    }
}
async function readRange(handle, start, end) {
    const length = Math.max(0, end - start);
    const bytes = new Uint8Array(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return bytes.buffer;
}
/** Runs a hyparquet step, turning its failures into a DataError naming the file. */
async function corrupt(file, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL)
            throw error;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .DataError */ .fL(`${file}: corrupt Parquet file (${(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .causeText */ .xv)(error)})`);
    }
}
/** A promise that never rejects (so an abandoned pass leaves no unhandled rejection). */
function settle(promise) {
    return promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
async function unsettle(settled) {
    const result = await settled;
    if (result.ok)
        return result.value;
    throw result.error;
}


/***/ })

};
