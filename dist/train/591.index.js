export const id = 591;
export const ids = [591];
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

/***/ 65321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  suggest: () => (/* binding */ suggest),
  suggestInputs: () => (/* binding */ suggestInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/checks/suggest-suite.ts

/** Most distinct values a string column may have to get an in-set expectation. */
const SET_LIMIT = 20;
/**
 * Drafts an expectation suite from a reference data set's profile: declared types, not-null where the
 * reference has no nulls, value ranges, value sets for low-cardinality text, uniqueness where every
 * value is distinct, and the column list. A starting point to review, commit and edit.
 */
function draftSuite(profile, rows) {
    const columns = {};
    const expectations = [
        { expect_table_columns_to_match_ordered_list: { column_list: profile.map((column) => column.name) } },
        { expect_table_row_count_to_be_between: { min_value: rows > 0 ? 1 : 0 } }
    ];
    for (const column of profile) {
        columns[column.name] = column.type;
        const name = column.name;
        if (column.nulls + column.nan === 0 && column.rows > 0) {
            expectations.push({ expect_column_values_to_not_be_null: { column: name } });
        }
        if (column.values > 0 &&
            column.distinctExact &&
            column.distinct === column.values &&
            column.values === column.rows &&
            rows > 1) {
            expectations.push({ expect_column_values_to_be_unique: { column: name } });
        }
        if (column.datetime !== undefined) {
            expectations.push({
                expect_column_values_to_be_between: {
                    column: name,
                    min_value: column.datetime.min,
                    max_value: column.datetime.max
                }
            });
        }
        else if (column.numeric !== undefined && column.type !== 'bool') {
            expectations.push({
                expect_column_values_to_be_between: {
                    column: name,
                    min_value: column.numeric.min,
                    max_value: column.numeric.max
                }
            });
        }
        if (column.type === 'string' &&
            column.distinctExact &&
            column.mostCommonExact &&
            column.distinct > 0 &&
            column.distinct <= SET_LIMIT &&
            column.distinct < column.values) {
            const values = column.mostCommon.map((entry) => entry.value).sort();
            if (values.length === column.distinct)
                expectations.push({ expect_column_values_to_be_in_set: { column: name, value_set: values } });
        }
    }
    return { columns, expectations };
}
/** The draft as a commented mlgate.yml, one expectation per line. */
function renderSuiteYaml(suiteName, draft, reference, rows) {
    const flow = (value) => (0,dist/* stringify */.As)(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    const lines = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlgate/mlgate/main/mlgate.schema.json',
        `# Drafted by \`mlgate suggest\` from ${reference} (${rows} rows). Review the bounds and sets, then commit.`,
        'data:',
        '  suites:',
        `    ${flow(suiteName)}:`,
        `      columns: ${flow(draft.columns)}`,
        '      expectations:',
        ...draft.expectations.map((entry) => {
            const [name, kwargs] = Object.entries(entry)[0];
            return `        - ${name}: ${flow(kwargs)}`;
        })
    ];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./shared/checks/validate.ts + 30 modules
var validate = __webpack_require__(26083);
// EXTERNAL MODULE: ./shared/cli/commands.ts
var commands = __webpack_require__(56341);
// EXTERNAL MODULE: ./shared/runtime/inputs.ts
var inputs = __webpack_require__(8420);
;// CONCATENATED MODULE: ./shared/cli/commands/suggest.ts





const suggestInputs = {
    reference: inputs/* input */.hF.text('The reference data set (path or glob) to draft the suite from.', { required: true }),
    suite: inputs/* input */.hF.text('The name of the drafted suite.', { default: 'default' }),
    output: inputs/* input */.hF.text('Write the draft to this file instead of printing it.')
};
/** suggest: drafts an expectation suite (mlgate.yml) from a reference data set. */
const suggest = {
    ...(0,commands/* commandInfo */.i)('suggest'),
    inputs: suggestInputs,
    outputs: { suite: 'Path of the drafted suite, when written to a file.' },
    async run(inputs, host) {
        const reference = inputs.reference;
        const outcome = await (0,validate/* validate */.t)({ data: reference, types: {}, expectations: [], examples: 0 }, host.logger);
        const rows = outcome.details.data.rows;
        const yaml = renderSuiteYaml(inputs.suite, draftSuite(outcome.details.profile, rows), reference, rows);
        if (inputs.output === undefined) {
            host.print(yaml);
        }
        else {
            await (0,promises_.writeFile)(inputs.output, yaml);
            host.setOutput('suite', inputs.output);
            host.logger.info(`Drafted ${inputs.output} from ${reference}.`);
        }
        return { ok: true, message: '' };
    }
};


/***/ })

};
