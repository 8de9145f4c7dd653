export const id = 444;
export const ids = [444];
export const modules = {

/***/ 35444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishReport: () => (/* binding */ publishReport),
/* harmony export */   publishReportInputs: () => (/* binding */ publishReportInputs)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56341);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8420);


// No comment-policy inputs here: the gate's run recorded its own in the bundle, and the root
// action would otherwise apply its defaults over it.
const publishReportInputs = {
    'report-dir': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.text('The downloaded report bundle: a folder with <gate>.bundle.json files (searched three folders deep).', { default: 'mlgate-report' }),
    'github-token': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.secret('Token for check runs and PR comments.')
};
/** publish-report: posts saved report bundles (the fork-safe second half of reporting). */
const publishReport = {
    ...(0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .commandInfo */ .i)('publish-report'),
    inputs: publishReportInputs,
    outputs: {
        'check-run-id': 'Id of the check run, when one was posted.',
        'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
    },
    async run(inputs, host) {
        // Octokit loads with the command that needs it, not with every CLI run.
        const { publishBundles } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(108), __webpack_require__.e(612), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 53469));
        const published = await publishBundles({ dir: inputs['report-dir'], token: inputs['github-token'] }, host.env, host.logger);
        const refused = [];
        for (const { file, outcome } of published) {
            if (outcome.checkRun !== undefined)
                host.setOutput('check-run-id', String(outcome.checkRun.id));
            if (outcome.comment?.url !== undefined)
                host.setOutput('comment-url', outcome.comment.url);
            for (const { what, refusal } of outcome.refusals)
                refused.push(`${file}: the ${what} was refused (${refusal.status ?? 'no answer'}: ${refusal.message})`);
        }
        return refused.length === 0
            ? { ok: true, message: '' }
            : {
                ok: false,
                message: `publish-report: ${refused.join('; ')}. The publishing workflow needs \`checks: write\` and \`pull-requests: write\`.`
            };
    }
};


/***/ })

};
