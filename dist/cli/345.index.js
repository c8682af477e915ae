export const id = 345;
export const ids = [345];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);


/** parseArgs with its errors turned into one-line input errors. */
function parseFlags(argv, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err).replace(/\. To specify.*$/s, '')}\nusage: ${usage}`);
    }
}
function parseFailOn(value) {
    const v = value ?? 'breaking';
    if (v === 'breaking' || v === 'warning' || v === 'never')
        return v;
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--fail-on must be breaking, warning or never, not '${v}'`);
}


/***/ }),

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7206);
/* harmony import */ var _model_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1131);
/* harmony import */ var _plan_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4389);
/* harmony import */ var _orchestrate_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5405);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(561);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);







const USAGE = `connector-compat check [--connector DIR] [--update] [--${_plan_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.filter((n) => n !== 'connector').join(' V] [--')} V]`;
const run = async (argv, io) => {
    const flags = Object.fromEntries(_plan_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.map((n) => [n, { type: 'string' }]));
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(argv, { ...flags, update: { type: 'boolean' } }, USAGE);
    if (positionals.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`unexpected argument '${positionals[0]}'\nusage: ${USAGE}`);
    const get = (name) => (name === 'mode' && values.update ? 'update' : (values[name]));
    const options = (0,_plan_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsFromInputs */ .wB)(get, { cwd: io.cwd, env: io.env });
    const report = await (0,_orchestrate_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k)(options, { log: (0,_model_log_js__WEBPACK_IMPORTED_MODULE_0__/* .streamLogger */ .V)(io.err) });
    await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeReportFiles */ .t)(report, { json: options.jsonPath, markdown: options.markdownPath });
    io.out((0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S)(report));
    return report.verdict === 'pass' ? 0 : 1;
};


/***/ })

};
