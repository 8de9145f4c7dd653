export const id = 71;
export const ids = [71];
export const modules = {

/***/ 90071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runInputs: () => (/* binding */ runInputs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45481);
/* harmony import */ var _gate_verdict_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(56045);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56341);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8126);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8420);
/* harmony import */ var _report_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65815);
/* harmony import */ var _evaluate_thresholds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59790);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51277);
/* harmony import */ var _validate_data_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10915);











const runInputs = {
    config: _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .hF.text('The config file (default: mlgate.yml, when it exists).'),
    'fail-on': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .hF.choice('Which failures fail the step.', _gate_verdict_js__WEBPACK_IMPORTED_MODULE_9__/* .FAIL_ON */ .d$, 'error'),
    'report-dir': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .hF.text('Where the report bundle is written: verdict JSON, markdown, HTML report, JUnit XML.', {
        default: 'mlgate-report'
    }),
    'github-token': _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .hF.secret('Token for check runs and PR comments.'),
    comment: _report_options_js__WEBPACK_IMPORTED_MODULE_5__/* .reportingInputs */ .OS.comment,
    'comment-on-pass': _report_options_js__WEBPACK_IMPORTED_MODULE_5__/* .reportingInputs */ .OS['comment-on-pass'],
    publish: _report_options_js__WEBPACK_IMPORTED_MODULE_5__/* .reportingInputs */ .OS.publish,
    'upload-report': _report_options_js__WEBPACK_IMPORTED_MODULE_5__/* .reportingInputs */ .OS['upload-report']
};
/** A stage's outputs appear as `<stage>-<output>` so stages don't overwrite each other. */
function stageHost(host, stage, outputs = new Map()) {
    return {
        kind: host.kind,
        logger: host.logger,
        env: host.env,
        getInput: (name) => host.getInput(name),
        setOutput: (name, value) => {
            outputs.set(name, value);
            host.setOutput(`${stage}-${name}`, value);
        },
        print: (text) => {
            host.print(text);
        },
        appendSummary: (markdown) => host.appendSummary(markdown),
        annotate: (annotation) => {
            host.annotate(annotation);
        },
        mask: (secret) => {
            host.mask(secret);
        }
    };
}
/** run: every stage the config sets up, in pipeline order: validate-data, train, evaluate-thresholds. */
const run = {
    ...(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .commandInfo */ .i)('run'),
    inputs: runInputs,
    outputs: {
        passed: 'true when every stage passed.',
        report: 'Path of the run summary JSON (each stage and its verdict).'
    },
    async run(inputs, host) {
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(inputs.config ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG_FILE */ .Cu, inputs.config !== undefined);
        const stages = [];
        // What every stage takes from run's own inputs: the config, the gate policy and reporting.
        const common = {
            config: inputs.config,
            'fail-on': inputs['fail-on'],
            'report-dir': inputs['report-dir'],
            'github-token': inputs['github-token'],
            'check-name': undefined,
            comment: inputs.comment,
            'comment-on-pass': inputs['comment-on-pass'],
            publish: inputs.publish,
            'upload-report': inputs['upload-report'],
            'artifact-name': undefined
        };
        if (loaded.config.data?.path !== undefined) {
            const result = await host.logger.group('validate-data', () => _validate_data_js__WEBPACK_IMPORTED_MODULE_8__.validateData.run({
                data: undefined,
                reference: undefined,
                suite: undefined,
                expect: undefined,
                ...common
            }, stageHost(host, 'validate-data')));
            stages.push({
                stage: 'validate-data',
                passed: result.ok,
                report: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(inputs['report-dir'], 'validate-data.json')
            });
        }
        const trainSection = loaded.config.train;
        if (trainSection?.trainer !== undefined || trainSection?.command !== undefined) {
            const outputs = new Map();
            const result = await host.logger.group('train', () => _train_js__WEBPACK_IMPORTED_MODULE_7__.train.run({
                trainer: undefined,
                command: undefined,
                shell: false,
                timeout: undefined,
                data: undefined,
                validation: undefined,
                target: undefined,
                features: undefined,
                task: 'auto',
                params: undefined,
                'params-file': undefined,
                seed: undefined,
                'output-dir': undefined,
                cache: true,
                'cache-dir': _train_js__WEBPACK_IMPORTED_MODULE_7__.trainInputs['cache-dir'].default,
                code: undefined,
                'verify-reproducible': false,
                upload: inputs['upload-report'],
                'artifact-name': _train_js__WEBPACK_IMPORTED_MODULE_7__.trainInputs['artifact-name'].default,
                config: inputs.config
            }, stageHost(host, 'train', outputs)));
            stages.push({ stage: 'train', passed: result.ok, report: outputs.get('manifest') ?? '' });
        }
        const evaluateSection = loaded.config.evaluate;
        if (evaluateSection?.data !== undefined &&
            (evaluateSection.model !== undefined || evaluateSection.predictions !== undefined)) {
            const result = await host.logger.group('evaluate-thresholds', () => _evaluate_thresholds_js__WEBPACK_IMPORTED_MODULE_6__.evaluateThresholds.run({
                model: undefined,
                data: undefined,
                target: undefined,
                task: 'auto',
                'pos-label': undefined,
                features: undefined,
                predictions: undefined,
                thresholds: undefined,
                baseline: undefined,
                slices: undefined,
                nan: undefined,
                ...common
            }, stageHost(host, 'evaluate-thresholds')));
            stages.push({
                stage: 'evaluate-thresholds',
                passed: result.ok,
                report: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(inputs['report-dir'], 'evaluate-thresholds.json')
            });
        }
        if (stages.length === 0) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(`${loaded.file ?? _config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG_FILE */ .Cu}: nothing to run: set data.path (validate-data), train.trainer or train.command (train), or evaluate.data with evaluate.model (evaluate-thresholds) in the config`);
        }
        const summary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(inputs['report-dir'], 'run.json');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(inputs['report-dir'], { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(summary, `${JSON.stringify({ stages }, null, 2)}\n`);
        const passed = stages.every((stage) => stage.passed);
        host.setOutput('passed', String(passed));
        host.setOutput('report', summary);
        const failed = stages.filter((stage) => !stage.passed).map((stage) => stage.stage);
        return { ok: passed, message: passed ? '' : `run: ${failed.join(', ')} failed` };
    }
};


/***/ })

};
