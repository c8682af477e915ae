export const id = 528;
export const ids = [528];
export const modules = {

/***/ 9147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7206);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7636);
// `connector-compat decrypt FILE [--age-key-file F]`: the config as the connector receives it.





const USAGE = 'usage: connector-compat decrypt FILE [--age-key-file F]';
const run = async (argv, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, allowPositionals: true, options: { 'age-key-file': { type: 'string' } } });
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${err instanceof Error ? err.message : String(err)}; ${USAGE}`);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(USAGE);
    const keyFile = parsed.values['age-key-file'];
    let ageKey;
    if (keyFile) {
        try {
            ageKey = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, keyFile), 'utf8');
        }
        catch {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`cannot read the age key file ${keyFile}`);
        }
    }
    const result = await (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEndpointConfig */ .Q4)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file), { ageKey, env: io.env });
    if (result.status === 'no-key')
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(result.reason);
    if (result.status === 'plain')
        io.err(`note: ${file} is not sops-encrypted; printed as it is\n`);
    io.out(`${result.json}\n`);
    return 0;
};


/***/ })

};
