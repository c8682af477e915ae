export const id = 898;
export const ids = [898];
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

/***/ 3898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/model/log.ts
const silentLogger = {
    info: () => { },
    notice: () => { },
    warning: () => { },
    group: (_name, fn) => fn(),
};
function streamLogger(write) {
    return {
        info: (m) => write(`${m}\n`),
        notice: (m) => write(`notice: ${m}\n`),
        warning: (m) => write(`warning: ${m}\n`),
        group: async (name, fn) => {
            write(`== ${name}\n`);
            return fn();
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/model/options.ts
const DEFAULT_TIMEOUTS = { specMs: 120_000, discoverMs: 600_000, captureMs: 600_000 };
const DEFAULT_CAPTURE = { checkpoints: 1, docsPerCollection: 5, seconds: 120 };
const DEFAULT_APPROVE_LABEL = 'compat:approved';
const DEFAULT_STAGES = ['spec', 'discover', 'capture', 'migration'];

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/plan/inputs.ts





/**
 * The names shared by the action's inputs and the CLI check's flags (design.md). Both build
 * the one Options object through optionsFromInputs, so they cannot drift apart.
 */
const INPUT_NAMES = [
    'connector', 'baseline-image', 'candidate-image', 'baseline-command', 'candidate-command',
    'baseline-snapshots', 'candidate-snapshots', 'snapshots-dir', 'config', 'sops-age-key', 'mode',
    'stages', 'fail-on', 'accept-file', 'approve-label', 'comment', 'github-token', 'cache-images',
    'network', 'log-level', 'spec-timeout', 'discover-timeout', 'capture-timeout', 'capture-seconds',
    'capture-docs', 'json', 'markdown',
];
function oneOf(name, value, allowed, fallback) {
    const v = value ?? fallback;
    if (allowed.includes(v))
        return v;
    throw new errors/* InputError */.d(`${name} must be one of ${allowed.join(', ')}, not '${v}'`);
}
function bool(name, value) {
    if (value === undefined)
        return false;
    if (/^(true|yes|1|on)$/i.test(value))
        return true;
    if (/^(false|no|0|off)$/i.test(value))
        return false;
    throw new errors/* InputError */.d(`${name} must be true or false, not '${value}'`);
}
function seconds(name, value, fallbackMs) {
    if (value === undefined)
        return fallbackMs;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new errors/* InputError */.d(`${name} must be a positive number of seconds, not '${value}'`);
    return Math.round(n * 1000);
}
function count(name, value, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
        throw new errors/* InputError */.d(`${name} must be a positive whole number, not '${value}'`);
    return n;
}
function parseStages(value) {
    if (value === undefined)
        return [...DEFAULT_STAGES];
    const stages = value.split(/[\s,]+/).filter(Boolean);
    for (const s of stages)
        if (!types/* STAGES */.a.includes(s))
            throw new errors/* InputError */.d(`stages: unknown stage '${s}' (known: ${types/* STAGES */.a.join(', ')})`);
    if (stages.length === 0)
        throw new errors/* InputError */.d('stages: name at least one of spec, discover, capture, migration');
    return types/* STAGES */.a.filter((s) => stages.includes(s));
}
function endpoint(side, get, resolve, defaultImage) {
    const given = ['image', 'command', 'snapshots'].filter((k) => get(`${side}-${k}`) !== undefined);
    if (given.length > 1)
        throw new errors/* InputError */.d(`${side}: give only one of ${given.map((k) => `${side}-${k}`).join(', ')}`);
    const snapshots = get(`${side}-snapshots`);
    if (snapshots !== undefined)
        return { kind: 'snapshots', dir: resolve(snapshots) };
    const command = get(`${side}-command`);
    if (command !== undefined)
        return { kind: 'command', command };
    return { kind: 'image', image: get(`${side}-image`) ?? defaultImage() };
}
/** Builds the one Options object from action inputs or CLI flags; throws InputError with a fix. */
function optionsFromInputs(get, ctx) {
    const resolve = (p) => external_node_path_default().resolve(ctx.cwd, p);
    const connectorDir = resolve(get('connector') ?? '.');
    const connector = external_node_path_default().basename(connectorDir);
    const baselineImage = () => {
        const versionFile = external_node_path_default().join(connectorDir, 'VERSION');
        if (!(0,external_node_fs_.existsSync)(versionFile)) {
            throw new errors/* InputError */.d(`no baseline given and ${versionFile} does not exist: set baseline-image (e.g. ghcr.io/estuary/${connector}:v1), baseline-command or baseline-snapshots`);
        }
        return `ghcr.io/estuary/${connector}:${(0,external_node_fs_.readFileSync)(versionFile, 'utf8').trim()}`;
    };
    const snapshotsDir = resolve(get('snapshots-dir') ?? external_node_path_default().join(connectorDir, '.snapshots'));
    const acceptFile = get('accept-file');
    const configFile = get('config') ?? external_node_path_default().join(connectorDir, 'config.yaml');
    const ageKeyFile = ctx.env.SOPS_AGE_KEY_FILE;
    const sopsAgeKey = get('sops-age-key') ?? ctx.env.SOPS_AGE_KEY ?? (ageKeyFile && (0,external_node_fs_.existsSync)(ageKeyFile) ? (0,external_node_fs_.readFileSync)(ageKeyFile, 'utf8') : undefined);
    return {
        connectorDir,
        connector,
        baseline: endpoint('baseline', get, resolve, baselineImage),
        candidate: endpoint('candidate', get, resolve, () => `ghcr.io/estuary/${connector}:local`),
        snapshotsDir,
        configFile: get('config') !== undefined || (0,external_node_fs_.existsSync)(resolve(configFile)) ? resolve(configFile) : undefined,
        sopsAgeKey,
        mode: oneOf('mode', get('mode'), ['check', 'update'], 'check'),
        stages: parseStages(get('stages')),
        failOn: oneOf('fail-on', get('fail-on'), ['breaking', 'warning', 'never'], 'breaking'),
        acceptFile: resolve(acceptFile ?? external_node_path_default().join(snapshotsDir, 'compat.yaml')),
        acceptFileRequired: acceptFile !== undefined,
        approveLabel: get('approve-label') ?? DEFAULT_APPROVE_LABEL,
        comment: bool('comment', get('comment')),
        githubToken: get('github-token'),
        cacheImages: bool('cache-images', get('cache-images')),
        network: get('network') ?? 'bridge',
        logLevel: get('log-level') ?? 'info',
        timeouts: {
            specMs: seconds('spec-timeout', get('spec-timeout'), DEFAULT_TIMEOUTS.specMs),
            discoverMs: seconds('discover-timeout', get('discover-timeout'), DEFAULT_TIMEOUTS.discoverMs),
            captureMs: seconds('capture-timeout', get('capture-timeout'), DEFAULT_TIMEOUTS.captureMs),
        },
        capture: {
            ...DEFAULT_CAPTURE,
            seconds: seconds('capture-seconds', get('capture-seconds'), DEFAULT_CAPTURE.seconds * 1000) / 1000,
            docsPerCollection: count('capture-docs', get('capture-docs'), DEFAULT_CAPTURE.docsPerCollection),
        },
        jsonPath: get('json') === undefined ? undefined : resolve(get('json')),
        markdownPath: get('markdown') === undefined ? undefined : resolve(get('markdown')),
    };
}

// EXTERNAL MODULE: ./src/compare/index.ts + 7 modules
var compare = __webpack_require__(5373);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
// EXTERNAL MODULE: ./src/policy/accept-file.ts
var accept_file = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/snapshots/read.ts + 2 modules
var read = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/orchestrate/report.ts + 2 modules
var report = __webpack_require__(4780);
;// CONCATENATED MODULE: ./src/orchestrate/check.ts







async function obtainSide(side, endpoint, _opts, deps) {
    if (endpoint.kind === 'snapshots') {
        deps.log.info(`${side}: reading snapshots from ${endpoint.dir}`);
        const set = await (0,read/* readSnapshotSet */.vk)(endpoint.dir);
        return { set, info: { label: endpoint.dir } };
    }
    throw new errors/* InputError */.d(`${side}: live runs (${endpoint.kind}) are not available in this build; give ${side}-snapshots`);
}
/** Drops the outputs of stages the user did not ask for. */
function onlyStages(set, opts) {
    const out = { ...set };
    for (const stage of ['spec', 'discover', 'capture'])
        if (!opts.stages.includes(stage))
            delete out[stage];
    return out;
}
/** The whole check: obtain both sides, compare, apply policy. The caller reports. */
async function runCheck(opts, deps) {
    const accept = await (0,accept_file/* loadAcceptFile */.f6)(opts.acceptFile, opts.acceptFileRequired);
    const [baseline, candidate] = await Promise.all([
        obtainSide('baseline', opts.baseline, opts, deps),
        obtainSide('candidate', opts.candidate, opts, deps),
    ]);
    const comparison = await deps.log.group('compare baseline with candidate', async () => (0,compare/* compareSets */.z)(onlyStages((0,normalize/* normalizeSet */.c3)(baseline.set), opts), onlyStages((0,normalize/* normalizeSet */.c3)(candidate.set), opts), { redact: accept.redact }));
    for (const stage of types/* STAGES */.a)
        if (!opts.stages.includes(stage))
            comparison.skipped[stage] = 'not in the stages input';
    return (0,report/* buildReport */.F)({
        connector: opts.connector,
        sides: { baseline: baseline.info, candidate: candidate.info },
        comparison,
        accept,
        failOn: opts.failOn,
    });
}

// EXTERNAL MODULE: ./src/report/files.ts + 1 modules
var files = __webpack_require__(1295);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts







const USAGE = `connector-compat check [--connector DIR] [--update] [--${INPUT_NAMES.filter((n) => n !== 'connector').join(' V] [--')} V]`;
const run = async (argv, io) => {
    const flags = Object.fromEntries(INPUT_NAMES.map((n) => [n, { type: 'string' }]));
    const { values, positionals } = (0,args/* parseFlags */.b)(argv, { ...flags, update: { type: 'boolean' } }, USAGE);
    if (positionals.length > 0)
        throw new errors/* InputError */.d(`unexpected argument '${positionals[0]}'\nusage: ${USAGE}`);
    const get = (name) => (name === 'mode' && values.update ? 'update' : (values[name]));
    const options = optionsFromInputs(get, { cwd: io.cwd, env: io.env });
    const report = await runCheck(options, { log: streamLogger(io.err) });
    await (0,files/* writeReportFiles */.t)(report, { json: options.jsonPath, markdown: options.markdownPath });
    io.out((0,report_text/* renderText */.S)(report));
    return report.verdict === 'pass' ? 0 : 1;
};


/***/ })

};
