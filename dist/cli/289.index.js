export const id = 289;
export const ids = [289];
export const modules = {

/***/ 4289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   answerBatch: () => (/* binding */ answerBatch),
/* harmony export */   batchLine: () => (/* binding */ batchLine),
/* harmony export */   parseJson: () => (/* binding */ parseJson),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7206);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(269);





const USAGE = 'usage: connector-compat schema-subset A.json B.json [--witness] | --batch FILE.jsonl';
async function readText(file, cwd) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(err)})`);
    }
}
/** Offset of the first JSON syntax error (Node's messages do not always carry a position). */
function errorOffset(text) {
    let i = 0;
    const ws = () => {
        while (/\s/.test(text[i] ?? ''))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (text[i] === close)
                return void i++;
            for (;;) {
                if (c === '{') {
                    ws();
                    if (text[i] !== '"')
                        throw i;
                    value();
                    ws();
                    if (text[i++] !== ':')
                        throw i - 1;
                }
                value();
                ws();
                if (text[i] === close)
                    return void i++;
                if (text[i++] !== ',')
                    throw i - 1;
            }
        }
        const m = /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
        if (!m)
            throw i;
        i += m[0].length;
    };
    try {
        value();
        ws();
        return i;
    }
    catch (at) {
        return typeof at === 'number' ? at : 0;
    }
}
/** JSON.parse with the failure located as file:line:column, which is what an editor can jump to. */
function parseJson(text, where, lineOffset = 0) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].replace(/,\s*(?:\.\.\.)?".*$|\s*(?:in JSON )?at position.*$/, '');
        const before = text.slice(0, errorOffset(text)).split('\n');
        const line = before.length + lineOffset;
        const column = before[before.length - 1].length + 1;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${where}:${line}:${column}: invalid JSON (${message})`);
    }
}
/** One output line of the batch format. */
function batchLine(answer) {
    if (answer.result === 'subset')
        return JSON.stringify({ result: 'subset' });
    if (answer.result === 'not-subset')
        return JSON.stringify({ result: answer.result, witness: answer.witness, reason: answer.reason });
    return JSON.stringify({ result: answer.result, reason: answer.reason });
}
/** Answers every `{"a": SCHEMA, "b": SCHEMA}` line of a JSONL text, in order; bad lines are input errors. */
function answerBatch(text, file) {
    const pairs = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const value = parseJson(line, file, i);
        if (!value || typeof value !== 'object' || Array.isArray(value) || !('a' in value) || !('b' in value)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${file}:${i + 1}: each line must be an object {"a": SCHEMA, "b": SCHEMA}`);
        }
        pairs.push(value);
    });
    return pairs.map(({ a, b }) => batchLine((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isSubset */ .H)(a, b)));
}
const run = async (argv, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, allowPositionals: true, options: { witness: { type: 'boolean' }, batch: { type: 'string' } } });
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.batch !== undefined) {
        if (positionals.length)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--batch takes no schema files\n${USAGE}`);
        const lines = answerBatch(await readText(values.batch, io.cwd), values.batch);
        io.out(lines.map((l) => `${l}\n`).join(''));
        return 0;
    }
    if (positionals.length !== 2)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`expected two schema files\n${USAGE}`);
    const [a, b] = await Promise.all(positionals.map(async (f) => parseJson(await readText(f, io.cwd), f)));
    const answer = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isSubset */ .H)(a, b);
    io.out(`${answer.result}\n`);
    if (answer.result === 'not-subset' && values.witness)
        io.out(`${JSON.stringify(answer.witness)}\n`);
    if (answer.result !== 'subset')
        io.err(`${answer.reason}${answer.pointer !== undefined ? ` (at '${answer.pointer}')` : ''}\n`);
    return 0;
};


/***/ })

};
