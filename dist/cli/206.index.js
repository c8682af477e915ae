export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exampleConnectorDir: () => (/* binding */ exampleConnectorDir),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7206);
/* harmony import */ var _model_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1131);
/* harmony import */ var _orchestrate_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5405);
/* harmony import */ var _plan_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4389);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(561);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5655);











/** The bundled example connector: beside src/ in a checkout, beside dist/ in the bundle. */
function exampleConnectorDir() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (const up of ['../../..', '../..', '..']) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(here, up, 'fixtures', 'source-example');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            return dir;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .d('the example connector (fixtures/source-example) is not beside this installation');
}
/**
 * The whole check on the example connector, live: both variants run as local commands (no
 * Docker), compared with the committed snapshots and with each other. It works on a copy, so
 * the checkout is never changed.
 */
const run = async (_argv, io) => {
    const source = exampleConnectorDir();
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'connector-compat-demo-'));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'source-example');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(source, dir, { recursive: true });
    io.out(`connector-compat demo: the example connector from ${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(io.cwd, source) || source}\n`);
    io.out('  baseline  = `node connector.mjs baseline` (behaves like an ATF image)\n');
    io.out('  candidate = `node connector.mjs candidate` (behaves like its CDK import)\n');
    io.out('  accepted differences: .snapshots/compat.yaml\n\n');
    const inputs = {
        connector: dir,
        'baseline-command': `"${process.execPath}" connector.mjs baseline`,
        'candidate-command': `"${process.execPath}" connector.mjs candidate`,
        json: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'report.json'),
        markdown: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'report.md'),
    };
    const options = (0,_plan_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .optionsFromInputs */ .wB)((name) => inputs[name], { cwd: io.cwd, env: {} });
    const report = await (0,_orchestrate_check_js__WEBPACK_IMPORTED_MODULE_6__/* .runCheck */ .k)(options, { log: (0,_model_log_js__WEBPACK_IMPORTED_MODULE_5__/* .streamLogger */ .V)((t) => io.out(`  ${t}`)) });
    await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeReportFiles */ .t)(report, { json: options.jsonPath, markdown: options.markdownPath });
    io.out('\n' + (0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .renderText */ .S)(report));
    io.out(`\nThe example has breaking changes on purpose, so its verdict is ${report.verdict.toUpperCase()}.\n`);
    io.out(`JSON report: ${options.jsonPath}\nMarkdown report (job summary and pull request section): ${options.markdownPath}\n`);
    return 0;
};


/***/ })

};
