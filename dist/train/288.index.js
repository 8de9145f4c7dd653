export const id = 288;
export const ids = [288];
export const modules = {

/***/ 79288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./shared/checks/catalogue.ts
var catalogue = __webpack_require__(24903);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/config/locate.ts

/**
 * The line:column (1-based) of the value at `path` in a parsed YAML document, or of the key `key`
 * inside it when given. Falls back to the deepest ancestor that exists.
 */
function locate(document, lines, path, key) {
    let node = document.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of path) {
        if (node === null || typeof segment === 'symbol')
            break;
        const child = node.get?.(segment, true);
        if (child === undefined || child === null || typeof child !== 'object' || !('range' in child))
            break;
        node = child;
        offset = node.range?.[0] ?? offset;
    }
    if (key !== undefined && node !== null && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
        if (pair !== undefined && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range)
            offset = pair.key.range[0];
    }
    const position = lines.linePos(offset);
    return { line: position.line, column: position.col };
}

// EXTERNAL MODULE: ./shared/config/schema.ts
var config_schema = __webpack_require__(18646);
;// CONCATENATED MODULE: ./shared/config/parse.ts
/**
 * Parsing and validating a config file's text: YAML, then the config schema, with errors that name
 * the file, line and column. Loaded only when there is a config file (see load.ts).
 */







/** Parses config text; errors read `file:line:column: message`. */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const syntax = document.errors[0];
    if (syntax !== undefined) {
        const position = lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigurationError */.j1(`${file}:${position.line}:${position.col}: invalid YAML: ${syntax.message.split('\n')[0]}`);
    }
    const raw = document.toJS() ?? {};
    const result = config_schema/* configSchema */.Qn.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const { path, key, message } = describeIssue(issue, raw);
        const at = locate(document, lines, path, key);
        throw new errors/* ConfigurationError */.j1(`${file}:${at.line}:${at.column}: ${formatPath(path, key)}${message}`);
    }
    return {
        file,
        config: result.data,
        position: (path) => locate(document, lines, path)
    };
}
function formatPath(path, key) {
    const parts = [...path, ...(key === undefined ? [] : [key])].map(String);
    return parts.length === 0 ? '' : `${parts.join('.')}: `;
}
/** Turns a zod issue into a message a person can act on (with "did you mean" for typos). */
function describeIssue(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const name = String(issue.path[5]);
        if (isExpectationPath(issue.path.slice(0, 5)) && (0,catalogue/* isExpectationName */.QS)(name)) {
            return { path: issue.path, key, message: unknownArgument(name, key) };
        }
        const known = knownKeys(issue.path);
        return { path: issue.path, key, message: `unknown key \`${key}\`${(0,suggest/* didYouMean */.au)(key, known)}` };
    }
    if (issue.code === 'invalid_union' && isExpectationPath(issue.path)) {
        return describeExpectation(issue.path, valueAt(raw, issue.path));
    }
    return { path: issue.path, message: issue.message.replace(/^Invalid input: /, '') };
}
function isExpectationPath(path) {
    return path.length === 5 && path[0] === 'data' && path[1] === 'suites' && path[3] === 'expectations';
}
/** Explains why an entry of a suite's `expectations` list is not a known expectation. */
function describeExpectation(path, entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        return { path, message: 'expected a mapping `expect_…: { column: …, … }`' };
    }
    const keys = Object.keys(entry);
    if (keys.length !== 1) {
        return {
            path,
            message: `expected exactly one expectation name per list item, found ${keys.length}: ${keys.join(', ')}`
        };
    }
    const name = keys[0];
    if (!(0,catalogue/* isExpectationName */.QS)(name)) {
        return {
            path,
            key: name,
            message: `unknown expectation \`${name}\`${(0,suggest/* didYouMean */.au)(name, catalogue/* EXPECTATION_NAMES */.QE)}`
        };
    }
    const kwargs = entry[name] ?? {};
    const result = catalogue/* CATALOGUE */.yh[name].kwargs.safeParse(kwargs);
    if (result.success)
        return { path, message: 'invalid expectation' };
    const inner = result.error.issues[0];
    const innerPath = [...path, name, ...inner.path];
    if (inner.code === 'unrecognized_keys') {
        const key = inner.keys[0];
        return { path: innerPath, key, message: unknownArgument(name, key) };
    }
    return { path: innerPath, message: inner.message.replace(/^Invalid input: /, '') };
}
function unknownArgument(name, key) {
    return `unknown argument \`${key}\` of ${name}${(0,suggest/* didYouMean */.au)(key, Object.keys(catalogue/* CATALOGUE */.yh[name].kwargs.shape))}`;
}
function valueAt(raw, path) {
    let value = raw;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** The keys the schema allows at `path`, for suggestions. */
function knownKeys(path) {
    let schema = config_schema/* configSchema */.Qn;
    for (const segment of path) {
        schema = unwrap(schema);
        if (schema instanceof schemas/* ZodObject */.bvH)
            schema = schema.shape[String(segment)] ?? schemas/* never */.ZmZ();
        else if (schema instanceof schemas/* ZodRecord */.b8S)
            schema = schema.valueType;
        else if (schema instanceof schemas/* ZodArray */.naA)
            schema = schema.element;
        else
            return [];
    }
    schema = unwrap(schema);
    return schema instanceof schemas/* ZodObject */.bvH ? Object.keys(schema.shape) : [];
}
function unwrap(schema) {
    let current = schema;
    while (current instanceof schemas/* ZodOptional */.IiU ||
        current instanceof schemas/* ZodDefault */.XiL ||
        current instanceof schemas/* ZodNullable */.l1C) {
        current = current.unwrap();
    }
    return current;
}


/***/ })

};
