export const id = 307;
export const ids = [307];
export const modules = {

/***/ 1131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLogger)
/* harmony export */ });
/* unused harmony export silentLogger */
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


/***/ }),

/***/ 5405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/compare/index.ts + 9 modules
var compare = __webpack_require__(1385);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
// EXTERNAL MODULE: ./src/policy/accept-file.ts
var accept_file = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/secrets/index.ts + 14 modules
var src_secrets = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/snapshots/read.ts + 2 modules
var read = __webpack_require__(5423);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
;// CONCATENATED MODULE: ./src/snapshots/write.ts



/**
 * Snapshot file text: estuary's shapes (spec `[Spec]`, discover `[Binding, ...]`, capture
 * `[[collection, doc], ...]`), two-space indent, keys sorted, so the same outputs give the same
 * bytes and a reviewer's diff shows only real change. Bindings and documents keep the order
 * the caller gives: normalizeSet sorts bindings by resource path and documents by collection.
 */
function snapshotText(value) {
    return (0,canonical/* canonicalJson */.dj)(value, 2) + '\n';
}
/** Writes a side's outputs in our layout (`spec.json`, `discover.json`, `capture.json`). */
async function writeSnapshotSet(dir, set) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const written = [];
    const put = async (name, value) => {
        const file = external_node_path_default().join(dir, name);
        await (0,promises_.writeFile)(file, snapshotText(value));
        written.push(file);
    };
    if (set.spec)
        await put('spec.json', [set.spec]);
    if (set.discover)
        await put('discover.json', set.discover);
    if (set.capture)
        await put('capture.json', set.capture);
    return written;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/compare/finding.ts
var finding = __webpack_require__(5714);
;// CONCATENATED MODULE: ./src/orchestrate/drift.ts






const SNAPSHOT_STAGES = ['spec', 'discover', 'capture'];
/**
 * Drift: a side's live output against its committed snapshots. Each difference the comparison
 * names becomes a `drift.<side>` finding; a difference it does not name (order, annotations)
 * is still one finding, so that a committed snapshot can never silently lie.
 */
async function driftFindings(side, live, committedDir) {
    if (!(0,external_node_fs_.existsSync)(committedDir))
        return { status: 'no-snapshots', findings: [] };
    const committed = (0,normalize/* normalizeSet */.c3)(await (0,read/* readSnapshotSet */.vk)(committedDir));
    const now = (0,normalize/* normalizeSet */.c3)(live);
    const rule = side === 'baseline' ? 'drift.baseline' : 'drift.candidate';
    const origin = side === 'baseline' ? 'baseline-snapshot' : 'candidate-snapshot';
    const findings = [];
    const { findings: diffs } = (0,compare/* compareSets */.z)(committed, now, { redact: [] });
    for (const stage of SNAPSHOT_STAGES) {
        if (now[stage] === undefined)
            continue;
        const file = committed.sources[stage];
        if (committed[stage] === undefined) {
            findings.push((0,finding/* makeFinding */.M)({ rule, stage, origin, message: `${side} ${stage}: no committed snapshot in ${committedDir}; run with mode update to write it` }));
            continue;
        }
        if ((0,canonical/* canonicalJson */.dj)(committed[stage]) === (0,canonical/* canonicalJson */.dj)(now[stage]))
            continue;
        const named = diffs.filter((d) => d.stage === stage);
        for (const d of named) {
            findings.push((0,finding/* makeFinding */.M)({ rule, stage, origin, binding: d.binding, pointer: d.pointer, before: d.before, after: d.after, message: `${side} ${stage} differs from ${file}: ${d.message}` }));
        }
        if (named.length === 0) {
            findings.push((0,finding/* makeFinding */.M)({ rule, stage, origin, message: `${side} ${stage} differs from ${file} (order or annotations); run with mode update to rewrite it` }));
        }
    }
    return { status: 'compared', findings };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 355 modules
var cache = __webpack_require__(4305);
;// CONCATENATED MODULE: ./src/acquire/cache.ts




/** The GitHub Actions cache, or undefined outside Actions (no cache service URL in the environment). */
function actionsCacheStore() {
    if (!cache/* isFeatureAvailable */.w3())
        return undefined;
    return {
        restore: (file, prefix) => cache/* restoreCache */.P3([file], prefix, [prefix]),
        save: async (file, key) => {
            await cache/* saveCache */.Io([file], key);
        },
    };
}
function cacheName(image) {
    return image.replace(/[^A-Za-z0-9._-]+/g, '_');
}
/** Keyed by digest, so that a re-pushed tag is cached anew; restored by the image's prefix. */
function imageCacheKey(image, digest) {
    return `${keyPrefix(image)}${digest}`;
}
function keyPrefix(image) {
    return `connector-compat-image-${cacheName(image)}-`;
}
/** The same path on every run: the Actions cache ties an entry to the paths it was saved from. */
function tarPath(image) {
    return external_node_path_default().join(external_node_os_default().tmpdir(), 'connector-compat-images', `${cacheName(image)}.tar`);
}
/** Loads a cached `docker save` of the image; returns the matched key, or undefined when nothing was cached. */
async function restoreImage(docker, store, image) {
    const file = tarPath(image);
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    const matched = await store.restore(file, keyPrefix(image));
    if (matched === undefined)
        return undefined;
    await docker.check(['load', '-i', file]);
    await promises_default().rm(file, { force: true });
    return matched;
}
async function saveImage(docker, store, image, digest) {
    const file = tarPath(image);
    const key = imageCacheKey(image, digest);
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    await docker.check(['save', '-o', file, image]);
    try {
        await store.save(file, key);
    }
    finally {
        await promises_default().rm(file, { force: true });
    }
    return key;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/acquire/errors.ts

/**
 * Getting an image ready failed: no engine, no such image, an image we cannot talk to.
 * One line that says what to do (an InputError: the CLI exits 2 with it); `kind` tells which.
 */
class AcquireError extends errors/* InputError */.d {
    kind;
    name = 'AcquireError';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const ENGINE_UNREACHABLE = 'Docker engine not reachable: start dockerd or use baseline-command/candidate-command/--*-snapshots';

;// CONCATENATED MODULE: ./src/acquire/docker.ts


const ENGINE_DOWN = /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|connect: (connection refused|no such file or directory)/i;
const MAX_OUTPUT = 32 * 1024 * 1024;
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
/**
 * The one place that runs the docker CLI. `create` checks once that the engine answers, so that every
 * later failure is about an image or a container, not about a missing daemon.
 */
class Docker {
    bin;
    env;
    serverVersion;
    constructor(bin, env, serverVersion) {
        this.bin = bin;
        this.env = env;
        this.serverVersion = serverVersion;
    }
    static async create(opts = {}) {
        const bin = opts.bin ?? 'docker';
        const env = opts.env ?? process.env;
        const probe = new Docker(bin, env, '');
        const res = await probe.exec(['version', '--format', '{{.Server.Version}}'], 30_000);
        if (res.code !== 0 || res.stdout.trim() === '') {
            const why = firstLine(res.stderr);
            throw new AcquireError('engine', why && !ENGINE_DOWN.test(why) ? `${ENGINE_UNREACHABLE} (docker: ${why})` : ENGINE_UNREACHABLE);
        }
        return new Docker(bin, env, res.stdout.trim());
    }
    /** Runs `docker ARGS`; resolves with the exit code rather than throwing, so callers can classify failures. */
    exec(args, timeoutMs = 600_000) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(this.bin, args, { env: this.env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
                const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
                if (err && err.code === 'ENOENT') {
                    reject(new AcquireError('engine', `${ENGINE_UNREACHABLE} (the docker CLI "${this.bin}" is not on PATH)`));
                    return;
                }
                resolve({ code, stdout: String(stdout), stderr: err?.killed ? `timed out after ${timeoutMs} ms` : String(stderr) });
            });
        });
    }
    /** Like exec, but a non-zero exit is an AcquireError carrying docker's first error line. */
    async check(args, timeoutMs) {
        const res = await this.exec(args, timeoutMs);
        if (res.code !== 0)
            throw new AcquireError('docker', `docker ${args[0]} failed: ${firstLine(res.stderr) || `exit ${res.code}`}`);
        return res.stdout;
    }
    /** The command line that starts a connector container; no arguments after the image (ATF images reject them). */
    runCommand(spec) {
        const args = ['run', '--rm', '-i', '--network', spec.network, '--name', spec.name];
        for (const [key, value] of Object.entries(spec.labels))
            args.push('--label', `${key}=${value}`);
        for (const [key, value] of Object.entries(spec.env))
            args.push('-e', `${key}=${value}`);
        args.push(spec.image);
        return { command: this.bin, args, env: this.env };
    }
    /** Kills a container by name; a container that is already gone is not an error. */
    async kill(name) {
        await this.exec(['kill', name], 30_000);
    }
}

;// CONCATENATED MODULE: ./src/acquire/pull.ts


const DEFAULT_RETRY = { attempts: 4, firstDelayMs: 2_000 };
// Checked first: retrying these only wastes time.
const PERMANENT = /not found|manifest unknown|unauthorized|denied|invalid reference format|repository name must/i;
const TRANSIENT = /timeout|timed out|TLS handshake|connection reset|i\/o timeout|unexpected EOF|\b5\d\d\b|Internal Server Error|Bad Gateway|Service Unavailable|too many requests/i;
function isTransientPullError(stderr) {
    return !PERMANENT.test(stderr) && TRANSIENT.test(stderr);
}
const PULL_TIMEOUT_MS = 20 * 60_000;
/** `docker pull` with exponential backoff for network trouble; a missing or forbidden image fails at once. */
async function pullImage(docker, image, retry = DEFAULT_RETRY, log) {
    const sleep = retry.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        const res = await docker.exec(['pull', image], PULL_TIMEOUT_MS);
        if (res.code === 0)
            return;
        const why = firstLine(res.stderr) || `exit ${res.code}`;
        if (/not found|manifest unknown/i.test(why)) {
            throw new AcquireError('not-found', `image ${image} not found: ${why}; check the image name and tag`);
        }
        if (/unauthorized|denied/i.test(why)) {
            throw new AcquireError('unauthorized', `not allowed to pull ${image}: ${why}; log in to its registry (docker login) or check the name`);
        }
        if (!isTransientPullError(res.stderr) || attempt >= retry.attempts) {
            const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
            throw new AcquireError('pull', `docker pull ${image} failed${tries}: ${why}`);
        }
        const delay = retry.firstDelayMs * 2 ** (attempt - 1);
        log?.(`docker pull ${image}: ${why}; retrying in ${Math.round(delay / 1000)}s (attempt ${attempt + 1} of ${retry.attempts})`);
        await sleep(delay);
    }
}

;// CONCATENATED MODULE: ./src/acquire/image.ts



/** flowctl's convention: a `:local` tag is a locally built image and is never pulled. */
function isLocalTag(image) {
    return /:local$/.test(image) && !image.includes('@');
}
/**
 * Makes an image ready to run: pulls it (unless `:local`), reads its digest and labels, and checks that it
 * speaks the JSON codec of the capture protocol. Failing to cache is a warning, never an error.
 */
async function acquireImage(docker, image, opts = {}) {
    if (isLocalTag(image)) {
        const info = await inspect(docker, image);
        if (!info) {
            throw new AcquireError('not-found', `image ${image} not found locally: ":local" images are never pulled; build it first or name another image`);
        }
        return checked({ image, ...info, pulled: false });
    }
    let restored;
    if (opts.cache)
        restored = await warnOnFailure(opts.log, 'restoring the cached image', () => restoreImage(docker, opts.cache, image));
    await pullImage(docker, image, opts.retry, opts.log);
    const info = await inspect(docker, image);
    if (!info)
        throw new AcquireError('docker', `docker pull ${image} succeeded but the image cannot be inspected`);
    const acquired = checked({ image, ...info, pulled: true, cacheKey: restored });
    if (opts.cache && restored !== imageCacheKey(image, info.digest)) {
        acquired.cacheKey = await warnOnFailure(opts.log, 'caching the image', () => saveImage(docker, opts.cache, image, info.digest));
    }
    return acquired;
}
async function warnOnFailure(log, what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        log?.(`warning: ${what} failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
/** Digest and labels of a local image, or undefined when there is no such image. */
async function inspect(docker, image) {
    const res = await docker.exec(['image', 'inspect', '--format', '{{json .}}', image], 60_000);
    if (res.code !== 0) {
        if (/no such image/i.test(res.stderr))
            return undefined;
        throw new AcquireError('docker', `docker image inspect ${image} failed: ${res.stderr.trim().split('\n')[0]}`);
    }
    const data = JSON.parse(res.stdout);
    const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    const repoDigests = data.RepoDigests ?? [];
    const repoDigest = repoDigests.find((d) => d.startsWith(`${repository}@`)) ?? repoDigests[0];
    return { digest: repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : data.Id, labels: data.Config?.Labels ?? {} };
}
function checked(acquired) {
    const { image, labels } = acquired;
    const protocol = labels.FLOW_RUNTIME_PROTOCOL;
    if (protocol !== undefined && protocol !== 'capture') {
        throw new AcquireError('codec', `image ${image} is a ${protocol} connector (FLOW_RUNTIME_PROTOCOL=${protocol}), not a capture connector`);
    }
    if (labels.FLOW_RUNTIME_CODEC !== 'json') {
        throw new AcquireError('codec', `image ${image} speaks protobuf (no FLOW_RUNTIME_CODEC=json label) and connector-compat talks JSON only: ` +
            'use a JSON-codec image (an Estuary CDK or ATF image) or run the connector as a local command (baseline-command/candidate-command)');
    }
    return acquired;
}

// EXTERNAL MODULE: ./src/model/pointer.ts
var pointer = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/model/resource-path.ts
var resource_path = __webpack_require__(6381);
;// CONCATENATED MODULE: ./src/run/protocol.ts
// Requests and responses of Flow's capture protocol in its JSON codec (docs/flow-protocol.md).

/** The capture's name in requests; collections are named beside it (`acmeCo/<recommendedName>`). */
const DEFAULT_CAPTURE_NAME = 'acmeCo/source-compat';
/** The full key range: this one shard reads everything. */
const FULL_RANGE = { keyBegin: 0, keyEnd: 4294967295, rClockBegin: 0, rClockEnd: 4294967295 };
/** Flow's state key: the resource path, each component percent-encoded, joined by an encoded slash. */
function stateKey(path) {
    const encode = (part) => encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return path.map(encode).join('%2F');
}
/** Turns discovered bindings into the bindings of a capture, as `flowctl preview` of a fresh task would. */
function captureBindings(discovered, pointers, captureName = DEFAULT_CAPTURE_NAME) {
    const prefix = captureName.includes('/') ? captureName.slice(0, captureName.lastIndexOf('/')) : captureName;
    return discovered.map((b) => {
        const path = (0,resource_path/* resourcePath */.o)(b.resourceConfig, pointers);
        return {
            resourceConfig: b.resourceConfig,
            resourcePath: path,
            stateKey: stateKey(path),
            backfill: 0,
            collection: { name: `${prefix}/${b.recommendedName}`, key: b.key, writeSchema: b.documentSchema, projections: [] },
        };
    });
}
function specRequest(connectorType) {
    return { spec: { connectorType, config: {} } };
}
function discoverRequest(connectorType, config) {
    return { discover: { connectorType, config } };
}
function validateRequest(connectorType, name, config, bindings) {
    const validateBindings = bindings.map(({ resourceConfig, collection, backfill }) => ({
        resourceConfig,
        collection,
        backfill,
    }));
    return { validate: { name, connectorType, config, bindings: validateBindings } };
}
function openRequest(p) {
    return {
        open: {
            capture: {
                name: p.name,
                connectorType: p.connectorType,
                config: p.config,
                intervalSeconds: p.intervalSeconds,
                bindings: p.bindings,
            },
            version: 'test',
            range: FULL_RANGE,
            state: p.state,
        },
    };
}
const ACKNOWLEDGE_ONE = { acknowledge: { checkpoints: 1 } };
/** Decodes an envelope; returns a reason string when the line is not one. */
function parseResponse(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return 'not JSON';
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return `an envelope with ${keys.length} fields (${keys.slice(0, 5).join(', ')}), expected exactly one`;
    const type = keys[0];
    const body = value[type];
    return { type, body: typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {} };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/run/errors.ts
/** How many stderr lines the one-line message carries; all kept lines stay in `stderrTail`. */
const MESSAGE_TAIL_LINES = 5;
const MESSAGE_TAIL_CHARS = 600;
/**
 * A connector run that went wrong. The message is one line naming the side, the operation and what was
 * received; the connector's last (masked) stderr lines are in `stderrTail` for a log or report.
 */
class ConnectorError extends Error {
    side;
    operation;
    failure;
    stderrTail;
    name = 'ConnectorError';
    constructor(side, operation, failure, detail, stderrTail = []) {
        super(`${side} ${operation}: ${detail}${tailSuffix(stderrTail)}`);
        this.side = side;
        this.operation = operation;
        this.failure = failure;
        this.stderrTail = stderrTail;
    }
}
function tailSuffix(tail) {
    const lines = tail.map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0)
        return '';
    let text = lines.slice(-MESSAGE_TAIL_LINES).join(' | ');
    if (text.length > MESSAGE_TAIL_CHARS)
        text = `…${text.slice(-MESSAGE_TAIL_CHARS)}`;
    return `; last stderr: ${text}`;
}
/** The start of a line for a message: long enough to recognise, short enough for one line. */
function excerpt(line, max = 200) {
    const flat = line.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

;// CONCATENATED MODULE: ./src/run/lines.ts
/** A stdout line longer than the limit: reading it whole would let one connector exhaust memory. */
class LineTooLongError extends Error {
    limit;
    name = 'LineTooLongError';
    constructor(limit) {
        super(`a stdout line is longer than ${limit} bytes (the limit for one protocol message)`);
        this.limit = limit;
    }
}
/**
 * Splits a byte stream into lines without holding more than one line (plus one chunk) in memory.
 * Bytes are decoded only at line ends, so multi-byte UTF-8 characters split across chunks survive.
 */
class LineSplitter {
    maxLineBytes;
    parts = [];
    size = 0;
    constructor(maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }
    /** Returns the lines completed by this chunk; throws LineTooLongError once the open line passes the limit. */
    push(chunk) {
        const lines = [];
        let start = 0;
        for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
            this.append(chunk.subarray(start, nl));
            lines.push(this.take());
            start = nl + 1;
        }
        if (start < chunk.length)
            this.append(chunk.subarray(start));
        return lines;
    }
    /** The unterminated last line, if any. */
    end() {
        return this.size > 0 || this.parts.length > 0 ? this.take() : undefined;
    }
    append(part) {
        this.size += part.length;
        if (this.size > this.maxLineBytes) {
            this.parts = [];
            throw new LineTooLongError(this.maxLineBytes);
        }
        if (part.length > 0)
            this.parts.push(Buffer.from(part));
    }
    take() {
        const text = Buffer.concat(this.parts, this.size).toString('utf8');
        this.parts = [];
        this.size = 0;
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
}
/** Keeps the last `capacity` lines, for error messages. */
class LineTail {
    capacity;
    lines = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    add(line) {
        this.lines.push(line);
        if (this.lines.length > this.capacity)
            this.lines.shift();
    }
    get() {
        return [...this.lines];
    }
}

;// CONCATENATED MODULE: ./src/run/process.ts


/** Stdout lines read ahead before the stream is paused: keeps memory bounded when the consumer is slow. */
const READ_AHEAD_LINES = 256;
/** Stderr is only kept for messages; a longer line is cut rather than treated as a protocol error. */
const MAX_STDERR_LINE_BYTES = 64 * 1024;
/**
 * One running connector: a line-framed stdout reader with bounded memory, a masked stderr tail, and
 * ways to stop it cleanly or kill its whole process tree. Started in its own process group so that
 * a kill reaches everything it spawned (`sh -c` -> python -> ...).
 */
class ConnectorProcess {
    spec;
    opts;
    exited;
    child;
    stdout;
    queue = [];
    tail;
    waiter;
    stdoutEnded = false;
    failure;
    hasExited = false;
    constructor(spec, opts) {
        this.spec = spec;
        this.opts = opts;
        this.stdout = new LineSplitter(opts.maxLineBytes);
        this.tail = new LineTail(opts.stderrLines);
        this.child = (0,external_node_child_process_.spawn)(spec.command, spec.args, {
            cwd: spec.cwd,
            env: spec.env,
            detached: true,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.exited = new Promise((resolve) => {
            this.child.once('error', (spawnError) => {
                this.hasExited = true;
                this.endStdout();
                resolve({ code: null, signal: null, spawnError });
            });
            this.child.once('close', (code, signal) => {
                this.hasExited = true;
                this.endStdout();
                resolve({ code, signal });
            });
        });
        // A connector that exits before reading its input makes our writes fail with EPIPE; its exit tells why.
        this.child.stdin?.on('error', () => { });
        this.child.stdout?.on('data', (chunk) => this.onStdout(chunk));
        this.child.stdout?.once('end', () => this.endStdout());
        this.watchStderr();
    }
    get pid() {
        return this.child.pid;
    }
    get running() {
        return !this.hasExited;
    }
    stderrTail() {
        return this.tail.get();
    }
    send(message) {
        const stdin = this.child.stdin;
        if (stdin && !stdin.destroyed && stdin.writable)
            stdin.write(`${JSON.stringify(message)}\n`);
    }
    closeStdin() {
        this.child.stdin?.end();
    }
    /** The next stdout line, or undefined once stdout has ended. Rejects with LineTooLongError. */
    next() {
        if (this.queue.length > 0) {
            const line = this.queue.shift();
            if (this.queue.length < READ_AHEAD_LINES / 2)
                this.child.stdout?.resume();
            return Promise.resolve(line);
        }
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.stdoutEnded)
            return Promise.resolve(undefined);
        return new Promise((resolve, reject) => {
            this.waiter = { resolve, reject };
        });
    }
    /** Asks the connector to finish: end of input first, then SIGTERM, then a kill, `graceMs` apart. */
    async stop(graceMs) {
        this.closeStdin();
        if (await this.exitsWithin(graceMs))
            return this.exited;
        this.signalGroup('SIGTERM');
        if (await this.exitsWithin(graceMs))
            return this.exited;
        return this.kill();
    }
    /** Kills the process group and whatever lives outside it, and waits for the exit. */
    async kill() {
        this.signalGroup('SIGKILL');
        await this.spec.killOutside?.().catch(() => { });
        return this.exited;
    }
    signalGroup(signal) {
        if (this.hasExited || this.child.pid === undefined)
            return;
        try {
            process.kill(-this.child.pid, signal);
        }
        catch {
            // The group is already gone.
        }
    }
    exitsWithin(ms) {
        if (this.hasExited)
            return Promise.resolve(true);
        return new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), ms);
            void this.exited.then(() => {
                clearTimeout(timer);
                resolve(true);
            });
        });
    }
    onStdout(chunk) {
        if (this.failure)
            return;
        let lines;
        try {
            lines = this.stdout.push(chunk);
        }
        catch (err) {
            this.fail(err);
            return;
        }
        for (const line of lines)
            this.deliver(line);
        if (this.queue.length >= READ_AHEAD_LINES)
            this.child.stdout?.pause();
    }
    deliver(line) {
        if (this.waiter) {
            const { resolve } = this.waiter;
            this.waiter = undefined;
            resolve(line);
        }
        else {
            this.queue.push(line);
        }
    }
    endStdout() {
        if (this.stdoutEnded || this.failure)
            return;
        this.stdoutEnded = true;
        let last;
        try {
            last = this.stdout.end();
        }
        catch (err) {
            this.fail(err);
            return;
        }
        if (last !== undefined)
            this.deliver(last);
        if (this.waiter) {
            const { resolve } = this.waiter;
            this.waiter = undefined;
            resolve(undefined);
        }
    }
    fail(err) {
        this.failure = err;
        this.child.stdout?.destroy();
        void this.kill();
        if (this.waiter) {
            const { reject } = this.waiter;
            this.waiter = undefined;
            reject(err);
        }
    }
    watchStderr() {
        const splitter = new LineSplitter(MAX_STDERR_LINE_BYTES);
        const keep = (line) => {
            const masked = this.opts.mask(line);
            this.tail.add(masked);
            this.opts.onLog?.(masked);
        };
        this.child.stderr?.on('data', (chunk) => {
            try {
                splitter.push(chunk).forEach(keep);
            }
            catch {
                keep(`[a stderr line longer than ${MAX_STDERR_LINE_BYTES} bytes was cut]`);
            }
        });
        this.child.stderr?.once('end', () => {
            const last = splitter.end();
            if (last !== undefined)
                keep(last);
        });
    }
}

;// CONCATENATED MODULE: ./src/run/session.ts




const STDERR_TAIL_LINES = 50;
/**
 * Starts the connector, runs `body` against it within `timeoutMs`, and makes sure that nothing of it is
 * left running afterwards. A timeout kills the whole process tree (and the container) and is reported as such.
 */
async function withSession(ctx, launch, operation, timeoutMs, body) {
    const proc = new ConnectorProcess(launch, {
        maxLineBytes: ctx.maxLineBytes,
        stderrLines: STDERR_TAIL_LINES,
        mask: ctx.mask,
        onLog: ctx.onLog,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        void proc.kill();
    }, timeoutMs);
    const fail = (failure, detail) => new ConnectorError(ctx.side, operation, failure, detail, proc.stderrTail());
    const session = {
        process: proc,
        context: ctx,
        fail,
        async read(expected) {
            let line;
            try {
                line = await proc.next();
            }
            catch (err) {
                if (err instanceof LineTooLongError)
                    throw fail('too-long', err.message);
                throw err;
            }
            if (line === undefined)
                return undefined;
            const response = parseResponse(line);
            if (typeof response === 'string')
                throw fail('not-json', `stdout line is ${response}: ${excerpt(ctx.mask(line))}`);
            if (!expected.includes(response.type)) {
                throw fail('unexpected', `expected ${expected.map((t) => `"${t}"`).join(' or ')}, got a "${response.type}" response`);
            }
            return response;
        },
    };
    try {
        return await body(session);
    }
    catch (err) {
        // Whatever the body saw (an early EOF, a kill signal) is a consequence of the timeout.
        if (timedOut)
            throw fail('timeout', `timed out after ${formatMs(timeoutMs)}; the connector was killed`);
        throw err;
    }
    finally {
        clearTimeout(timer);
        await (proc.running ? proc.kill() : proc.exited);
    }
}
/** The error for a stdout that ended early: a failed exit explains it better than the missing response. */
async function endOfOutput(s, expecting) {
    const exit = await s.process.exited;
    if (exit.spawnError)
        return s.fail('spawn', `could not start the connector: ${exit.spawnError.message}`);
    if (exit.code !== 0) {
        return s.fail('exit', exit.code === null ? `the connector was killed by ${exit.signal}` : `the connector exited with code ${exit.code}`);
    }
    return s.fail('eof', `the connector exited (code 0) without ${expecting}`);
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`;
}

;// CONCATENATED MODULE: ./src/run/state.ts
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** RFC 7396 JSON merge patch: objects merge key by key, null deletes, anything else replaces. */
function mergePatch(target, patch) {
    if (!isObject(patch))
        return patch;
    const result = isObject(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete result[key];
        else
            result[key] = mergePatch(result[key], value);
    }
    return result;
}
/**
 * The state a task resumes from after this checkpoint, as Flow's runtime keeps it:
 * `mergePatch: true` patches the accumulated state, otherwise `updated` replaces it.
 */
function applyCheckpoint(accumulated, checkpoint) {
    const updated = checkpoint.updated ?? {};
    const next = checkpoint.mergePatch ? mergePatch(accumulated, updated) : updated;
    return isObject(next) ? next : {};
}

;// CONCATENATED MODULE: ./src/run/capture.ts



const DEFAULT_INTERVAL_SECONDS = 300;
/**
 * Opens a capture and reads its responses until a bound is reached, then stops the connector cleanly.
 * A connector that exits 0 on its own has finished (stoppedBy `eof`); a non-zero exit before any bound is an error.
 */
async function readCapture(s, req, onEvent) {
    const proc = s.process;
    proc.send(openRequest({
        connectorType: s.context.connectorType,
        name: s.context.captureName,
        config: req.config,
        bindings: req.bindings,
        state: req.state ?? {},
        intervalSeconds: req.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    }));
    const opened = await s.read(['opened']);
    if (opened === undefined)
        throw await endOfOutput(s, 'an "opened" response');
    const result = {
        state: { ...(req.state ?? {}) },
        checkpoints: 0,
        documents: req.bindings.map(() => 0),
        explicitAcknowledgements: opened.body.explicitAcknowledgements === true,
        stoppedBy: 'eof',
    };
    onEvent({ type: 'opened', explicitAcknowledgements: result.explicitAcknowledgements });
    let stopping;
    const stop = (reason) => {
        if (stopping)
            return;
        stopping = reason;
        void proc.stop(s.context.stopGraceMs);
    };
    const timer = setTimeout(() => stop('seconds'), req.bounds.seconds * 1000);
    try {
        for (;;) {
            // Once stopping, responses still in flight are drained unread: the bound is already met.
            const response = stopping ? await proc.next().catch(() => undefined) : await s.read(['captured', 'checkpoint', 'sourcedSchema']);
            if (response === undefined)
                break;
            if (stopping || typeof response === 'string')
                continue;
            const body = response.body;
            if (response.type === 'captured') {
                const binding = bindingIndex(s, body.binding, req.bindings.length);
                result.documents[binding] += 1;
                const doc = (body.doc ?? {});
                onEvent({ type: 'document', binding, collection: req.bindings[binding].collection.name, doc });
            }
            else if (response.type === 'checkpoint') {
                const checkpoint = (body.state ?? {});
                result.state = applyCheckpoint(result.state, checkpoint);
                result.checkpoints += 1;
                onEvent({ type: 'checkpoint', checkpoint, state: result.state });
                if (result.explicitAcknowledgements)
                    proc.send(ACKNOWLEDGE_ONE);
            }
            else {
                const binding = bindingIndex(s, body.binding, req.bindings.length);
                onEvent({ type: 'sourcedSchema', binding, schema: body.schemaJson ?? body.schema_json });
            }
            const reason = boundReached(result, req);
            if (reason)
                stop(reason);
        }
    }
    finally {
        clearTimeout(timer);
    }
    if (stopping) {
        await proc.exited;
        result.stoppedBy = stopping;
        return result;
    }
    const exit = await proc.exited;
    if (exit.code !== 0 || exit.spawnError)
        throw await endOfOutput(s, 'a clean exit');
    return result;
}
function bindingIndex(s, value, count) {
    // The JSON codec omits a zero binding index.
    const index = value === undefined ? 0 : value;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) {
        throw s.fail('unexpected', `a response names binding ${JSON.stringify(value)}, but the capture has ${count} binding(s)`);
    }
    return index;
}
function boundReached(result, req) {
    if (result.checkpoints >= req.bounds.checkpoints)
        return 'checkpoints';
    const perBinding = req.bounds.docsPerCollection;
    if (result.documents.length > 0 && result.documents.every((n) => n >= perBinding))
        return 'documents';
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/runner.ts






const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
const DEFAULT_STOP_GRACE_MS = 5_000;
function createRunner(endpoint, opts) {
    if (endpoint.kind === 'snapshots')
        throw new Error('a snapshots endpoint has nothing to run');
    const target = endpoint;
    const ctx = {
        side: opts.side,
        connectorType: target.kind === 'image' ? 'IMAGE' : 'LOCAL',
        captureName: opts.captureName ?? DEFAULT_CAPTURE_NAME,
        maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
        stopGraceMs: opts.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
        mask: opts.mask ?? ((s) => s),
        onLog: opts.onLog,
    };
    let docker;
    async function launch() {
        const env = { LOG_LEVEL: opts.logLevel };
        if (target.kind === 'command') {
            return { command: 'sh', args: ['-c', target.command], env: { ...process.env, ...env }, cwd: opts.cwd };
        }
        docker ??= opts.docker ? Promise.resolve(opts.docker) : Docker.create();
        const d = await docker;
        // A known name, so that a timeout can `docker kill` the container: killing the client leaves it running.
        const name = `connector-compat-${opts.side}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const run = d.runCommand({ image: target.image, network: opts.network, env, name, labels: { 'connector-compat': opts.side } });
        return { ...run, killOutside: () => d.kill(name) };
    }
    /** One request, one response, then the connector must exit cleanly. */
    async function unary(operation, timeoutMs, request, expected) {
        return withSession(ctx, await launch(), operation, timeoutMs, async (s) => {
            s.process.send(request);
            s.process.closeStdin();
            const response = await s.read([expected]);
            if (response === undefined)
                throw await endOfOutput(s, `a "${expected}" response`);
            const exit = await s.process.exited;
            if (exit.code !== 0)
                throw await endOfOutput(s, `a clean exit`);
            return response.body;
        });
    }
    const capture = async (req, onEvent = () => { }) => withSession(ctx, await launch(), 'capture', opts.timeouts.captureMs, (s) => readCapture(s, req, onEvent));
    return {
        label: target.kind === 'image' ? target.image : target.command,
        async spec() {
            return (await unary('spec', opts.timeouts.specMs, specRequest(ctx.connectorType), 'spec'));
        },
        async discover(config) {
            const body = await unary('discover', opts.timeouts.discoverMs, discoverRequest(ctx.connectorType, config), 'discovered');
            return Array.isArray(body.bindings) ? body.bindings : [];
        },
        async validate(config, bindings) {
            const request = validateRequest(ctx.connectorType, ctx.captureName, config, bindings);
            const body = await unary('validate', opts.timeouts.discoverMs, request, 'validated');
            return Array.isArray(body.bindings) ? body.bindings : [];
        },
        capture,
        async migrate(req, onEvent) {
            const bounds = { ...req.bounds, checkpoints: 1, docsPerCollection: Number.POSITIVE_INFINITY };
            try {
                const result = await capture({ ...req, bounds }, onEvent);
                return { checkpointReached: result.checkpoints > 0, result };
            }
            catch (err) {
                if (err instanceof ConnectorError)
                    return { checkpointReached: false, failure: err };
                throw err;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/orchestrate/live.ts









/** Docker is started once per check and shared by both sides. */
class DockerHandle {
    docker;
    get() {
        this.docker ??= Docker.create();
        return this.docker;
    }
}
/** Volatile capture fields are replaced the way estuary's snapshot tests do, so snapshots stay stable. */
function redactDoc(doc, redact, base = '') {
    if (redact.length === 0)
        return doc;
    const out = {};
    for (const [k, v] of Object.entries(doc)) {
        const p = (0,pointer/* joinPointer */.Kn)(base, k);
        if (redact.some((g) => (0,pointer/* pointerMatches */.hh)(g, p)))
            out[k] = 'redacted';
        else
            out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? redactDoc(v, redact, p) : v;
    }
    return out;
}
/**
 * Every string in a connector's output (keys too) with the secrets masked: a connector may echo its
 * config into a document or a schema, and these outputs end up in snapshots and reports.
 */
function maskJson(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((v) => maskJson(v, mask));
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [mask(k), maskJson(v, mask)]));
}
/** Acquire stage of a side: pulls and checks its image (an InputError when it cannot be used). */
async function acquireSide(side, endpoint, ctx) {
    if (endpoint.kind === 'command')
        return { label: endpoint.command, command: endpoint.command };
    const docker = await ctx.docker.get();
    const acquired = await ctx.log.group(`${side}: acquire ${endpoint.image}`, () => acquireImage(docker, endpoint.image, { cache: ctx.opts.cacheImages ? actionsCacheStore() : undefined, log: (l) => ctx.log.info(l) }));
    ctx.log.info(`${side}: ${endpoint.image} ${acquired.pulled ? 'pulled' : 'found locally'}, digest ${acquired.digest}`);
    return { label: endpoint.image, image: endpoint.image, digest: acquired.digest };
}
/**
 * The bindings a capture opens: every discovered one, or those the connector's test.flow.yaml
 * lists (matched by resource path, with the resource config written there), as estuary's
 * snapshot tests capture them.
 */
function bindingsToCapture(discovered, pointers, resources, warn) {
    if (!resources)
        return discovered;
    const byPath = new Map(discovered.map((b) => [(0,resource_path/* resourcePath */.o)(b.resourceConfig, pointers).join('/'), b]));
    const chosen = [];
    for (const resource of resources) {
        const key = (0,resource_path/* resourcePath */.o)(resource, pointers).join('/');
        const found = byPath.get(key);
        if (found)
            chosen.push({ ...found, resourceConfig: resource });
        else
            warn(`test.flow.yaml binding ${key} is not discovered; not captured`);
    }
    return chosen;
}
/** Runs one side live: spec, discover, and a bounded capture, each stage failing on its own. */
async function runSide(side, endpoint, info, ctx) {
    const { opts, log } = ctx;
    const { mask } = ctx.config;
    const runner = createRunner(endpoint, {
        side,
        network: opts.network,
        logLevel: opts.logLevel,
        timeouts: opts.timeouts,
        mask,
        onLog: (line) => log.info(`${side}: ${line}`),
        cwd: opts.connectorDir,
        docker: endpoint.kind === 'image' ? await ctx.docker.get() : undefined,
    });
    const live = { set: { label: info.label, sources: {} }, info, runner, errors: {} };
    const wants = (stage) => opts.stages.includes(stage);
    const attempt = async (stage, fn) => {
        try {
            await log.group(`${side}: ${stage}`, fn);
        }
        catch (err) {
            live.errors[stage] = mask((0,errors/* errorMessage */.g)(err));
            log.warning(live.errors[stage]);
        }
    };
    await attempt('spec', async () => {
        live.set.spec = maskJson(await runner.spec(), mask);
    });
    if (wants('discover') || wants('capture') || wants('migration')) {
        await attempt('discover', async () => {
            live.set.discover = maskJson(await runner.discover(ctx.config.config), mask);
            log.info(`${side}: discovered ${live.set.discover.length} bindings`);
        });
    }
    if ((wants('capture') || wants('migration')) && live.set.discover && !ctx.config.captureSkip) {
        const pointers = live.set.spec?.resourcePathPointers ?? resource_path/* DEFAULT_RESOURCE_PATH_POINTERS */.M;
        live.bindings = captureBindings(bindingsToCapture(live.set.discover, pointers, opts.captureResources, (m) => log.warning(`${side}: ${m}`)), pointers);
        const kept = new Map();
        const docs = [];
        await attempt('capture', async () => {
            live.capture = await runner.capture({ config: ctx.config.config, bindings: live.bindings, bounds: opts.capture }, (e) => {
                if (e.type !== 'document')
                    return;
                // Streamed: only the first documents of each collection are kept for the snapshot.
                const n = kept.get(e.collection) ?? 0;
                if (n >= opts.capture.docsPerCollection)
                    return;
                kept.set(e.collection, n + 1);
                docs.push([e.collection, maskJson(redactDoc(e.doc, ctx.redact), mask)]);
            });
            live.set.capture = docs;
            log.info(`${side}: captured ${live.capture.documents.reduce((a, b) => a + b, 0)} documents, ${live.capture.checkpoints} checkpoint(s), stopped by ${live.capture.stoppedBy}`);
        });
    }
    return live;
}

;// CONCATENATED MODULE: ./src/orchestrate/migration.ts


const total = (docs) => docs.reduce((a, b) => a + b, 0);
/**
 * The switch of image on a running task: the candidate is opened with the state the baseline
 * left (checkpoints reduced as Flow does) and must reach a checkpoint. A candidate that then
 * does exactly what a fresh task does has ignored the state: a backfill, worth telling.
 */
async function runMigration(baseline, candidate, config, opts) {
    if (config.captureSkip)
        return { findings: [], skipped: config.captureSkip };
    if (!baseline.capture || !candidate.runner || !candidate.bindings)
        return { findings: [], skipped: 'capture did not run on both sides' };
    if (baseline.capture.checkpoints === 0)
        return { findings: [], skipped: 'the baseline reached no checkpoint, so there is no state to resume from' };
    const state = baseline.capture.state;
    const migrated = await candidate.runner.migrate({ config: config.config, bindings: candidate.bindings, state, bounds: opts.capture });
    if (!migrated.checkpointReached) {
        const why = config.mask(migrated.failure?.message ?? `stopped by ${migrated.result?.stoppedBy ?? 'end of output'} before a checkpoint`);
        return { findings: [(0,finding/* makeFinding */.M)({ rule: 'migration.resume.failed', stage: 'migration', before: Object.keys(state), message: `the candidate, opened with the baseline's last checkpoint state, failed before its first checkpoint: ${why}` })] };
    }
    const fresh = candidate.capture;
    const restarted = fresh && Object.keys(state).length > 0 && (0,canonical/* jsonEqual */.Zm)(migrated.result?.state, fresh.state) && total(migrated.result?.documents ?? []) === total(fresh.documents);
    if (restarted) {
        return { findings: [(0,finding/* makeFinding */.M)({ rule: 'migration.state.reset', stage: 'migration', before: Object.keys(state), after: Object.keys(fresh.state), message: 'the candidate ignores the baseline\'s state and starts over: switching the image re-captures every binding (a backfill)' })] };
    }
    return { findings: [] };
}

// EXTERNAL MODULE: ./src/orchestrate/report.ts + 2 modules
var orchestrate_report = __webpack_require__(4780);
;// CONCATENATED MODULE: ./src/orchestrate/check.ts












const isLive = (e) => e.kind !== 'snapshots';
/** The secrets stage: the endpoint config the connectors receive, and how to mask it. */
async function endpointConfig(opts, deps) {
    const none = (why) => ({ config: {}, captureSkip: why, mask: (t) => t });
    if (!opts.configFile)
        return none(`no endpoint config: ${external_node_path_default().join(opts.connectorDir, 'config.yaml')} does not exist (set the config input)`);
    const loaded = await (0,src_secrets/* loadEndpointConfig */.Q4)(opts.configFile, { ageKey: opts.sopsAgeKey, env: {} });
    if (loaded.status === 'no-key') {
        deps.log.notice(`capture and migration skipped: ${loaded.reason}`);
        return none(loaded.reason);
    }
    const secrets = loaded.secrets;
    // Connectors log their config as JSON, where a value with quotes or backslashes shows escaped.
    const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
    for (const s of forms)
        deps.registerSecret?.(s);
    deps.log.info(`endpoint config ${opts.configFile}: ${loaded.status}${secrets.length ? `, ${secrets.length} secret values masked` : ''}`);
    return { config: loaded.config, mask: (t) => (0,src_secrets/* maskSecrets */.QU)(t, forms) };
}
/** Drops the outputs of stages the user did not ask for. */
function onlyStages(set, opts) {
    const out = { ...set };
    for (const stage of ['spec', 'discover', 'capture'])
        if (!opts.stages.includes(stage))
            delete out[stage];
    return out;
}
/** Both promises settled; the first rejection (baseline's first) rethrown, so that nothing is left running behind an error. */
async function both(a, b) {
    const [x, y] = await Promise.allSettled([a, b]);
    if (x.status === 'rejected')
        throw x.reason;
    if (y.status === 'rejected')
        throw y.reason;
    return [x.value, y.value];
}
/** The acquire stage of both sides, before any connector runs: a missing image fails the check at once. */
async function acquireSides(opts, ctx) {
    const one = async (side) => {
        const endpoint = opts[side];
        return isLive(endpoint) ? acquireSide(side, endpoint, ctx) : undefined;
    };
    const [baseline, candidate] = await both(one('baseline'), one('candidate'));
    return { baseline, candidate };
}
async function obtainSide(side, endpoint, info, ctx) {
    if (!isLive(endpoint)) {
        ctx.log.info(`${side}: reading snapshots from ${endpoint.dir}`);
        const set = await (0,read/* readSnapshotSet */.vk)(endpoint.dir);
        return { set, info: { label: endpoint.dir }, errors: {} };
    }
    return runSide(side, endpoint, info, ctx);
}
/** Live outputs against the committed snapshots: drift findings, or rewritten snapshots in update mode. */
async function snapshotStage(side, live, opts, deps) {
    const dir = external_node_path_default().join(opts.snapshotsDir, side);
    if (opts.mode === 'update') {
        const written = await writeSnapshotSet(dir, (0,normalize/* normalizeSet */.c3)(onlyStages(live.set, opts)));
        deps.log.notice(`${side}: wrote ${written.map((f) => external_node_path_default().relative(opts.connectorDir, f)).join(', ')}`);
        return { findings: [], status: 'skipped' };
    }
    const drift = await driftFindings(side, onlyStages(live.set, opts), dir);
    if (drift.status === 'no-snapshots')
        deps.log.notice(`${side}: no committed snapshots in ${dir}; run with mode update to write them`);
    return { findings: drift.findings, status: drift.status === 'compared' ? 'compared' : 'skipped' };
}
/** Where a side's stages are written down: the folder it was read from, or for a live side its committed snapshots. */
async function snapshotFiles(side, live, opts) {
    if (!isLive(opts[side]))
        return live.set.sources;
    return (0,read/* locateSnapshots */.Mn)(external_node_path_default().join(opts.snapshotsDir, side)).catch(() => ({}));
}
/** The whole check: secrets, both sides (concurrently), drift, migration, comparison, policy. */
async function runCheck(opts, deps) {
    const accept = await (0,accept_file/* loadAcceptFile */.f6)(opts.acceptFile, opts.acceptFileRequired);
    const anyLive = isLive(opts.baseline) || isLive(opts.candidate);
    const config = anyLive ? await endpointConfig(opts, deps) : undefined;
    const ctx = { opts, log: deps.log, docker: new DockerHandle(), config: config ?? { config: {}, mask: (t) => t }, redact: accept.redact };
    const infos = await acquireSides(opts, ctx);
    const [baseline, candidate] = await both(obtainSide('baseline', opts.baseline, infos.baseline, ctx), obtainSide('candidate', opts.candidate, infos.candidate, ctx));
    const extra = [];
    const drift = { baseline: 'skipped', candidate: 'skipped' };
    for (const [side, live] of [['baseline', baseline], ['candidate', candidate]]) {
        if (!isLive(opts[side]))
            continue;
        const result = await snapshotStage(side, live, opts, deps);
        extra.push(...result.findings);
        drift[side] = result.status;
    }
    const comparison = await deps.log.group('compare baseline with candidate', async () => (0,compare/* compareSets */.z)(onlyStages((0,normalize/* normalizeSet */.c3)(baseline.set), opts), onlyStages((0,normalize/* normalizeSet */.c3)(candidate.set), opts), { redact: accept.redact, knownConfigs: accept.knownConfigs }));
    if (config?.captureSkip)
        comparison.skipped.capture = config.captureSkip;
    if (isLive(opts.baseline) && isLive(opts.candidate) && opts.stages.includes('migration')) {
        const migration = await deps.log.group('migration: candidate resumes from the baseline state', () => runMigration(baseline, candidate, config, opts));
        extra.push(...migration.findings);
        if (migration.skipped)
            comparison.skipped.migration = migration.skipped;
        else
            delete comparison.skipped.migration;
    }
    for (const stage of types/* STAGES */.a)
        if (!opts.stages.includes(stage))
            comparison.skipped[stage] = 'not in the stages input';
    const errors = {};
    for (const live of [baseline, candidate])
        for (const [stage, e] of Object.entries(live.errors))
            errors[stage] = [errors[stage], e].filter(Boolean).join('; ');
    const report = (0,orchestrate_report/* buildReport */.F)({
        connector: opts.connector,
        sides: { baseline: baseline.info, candidate: candidate.info },
        comparison: { ...comparison, findings: [...extra, ...comparison.findings] },
        accept,
        failOn: opts.failOn,
        errors,
        files: { baseline: await snapshotFiles('baseline', baseline, opts), candidate: await snapshotFiles('candidate', candidate, opts) },
    });
    if (anyLive)
        report.drift = drift;
    if (opts.mode === 'update')
        report.updated = true;
    return report;
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  wB: () => (/* binding */ optionsFromInputs)
});

// UNUSED EXPORTS: parseStages

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/acquire/defaults.ts



const REGISTRY = 'ghcr.io/estuary';
/**
 * The images a connector folder implies: the released one (`:<VERSION file>`) as baseline and the
 * locally built one (`:local`) as candidate. Images the user named win.
 */
function defaultImages(connectorDir, given = {}) {
    const connector = external_node_path_default().basename(external_node_path_default().resolve(connectorDir));
    return {
        connector,
        baselineImage: given.baselineImage ?? `${REGISTRY}/${connector}:${readVersion(connectorDir)}`,
        candidateImage: given.candidateImage ?? `${REGISTRY}/${connector}:local`,
    };
}
function readVersion(connectorDir) {
    const file = external_node_path_default().join(connectorDir, 'VERSION');
    let version = '';
    try {
        version = external_node_fs_default().readFileSync(file, 'utf8').trim();
    }
    catch {
        // Reported below with what to do.
    }
    if (version === '') {
        throw new errors/* InputError */.d(`${file} is missing or empty: it names the baseline image's tag; set baseline-image instead`);
    }
    return version;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/plan/test-flow.ts




const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * The resource configs of the connector's test.flow.yaml (estuary's snapshot tests capture
 * those bindings): the capture opens these instead of every discovered binding. Undefined when
 * there is no such file or it lists no binding (then every discovered binding is opened).
 */
function testFlowResources(connectorDir) {
    const file = external_node_path_default().join(connectorDir, 'test.flow.yaml');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* InputError */.d(`${file}: invalid YAML: ${(0,errors/* errorMessage */.g)(err).split('\n')[0]}`);
    }
    const captures = isObject(doc) && isObject(doc.captures) ? Object.values(doc.captures) : [];
    const bindings = captures.flatMap((c) => (isObject(c) && Array.isArray(c.bindings) ? c.bindings : []));
    const resources = bindings.map((b) => (isObject(b) && isObject(b.resource) ? b.resource : undefined)).filter((r) => r !== undefined);
    return resources.length > 0 ? resources : undefined;
}

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
    'capture-docs', 'capture-checkpoints', 'json', 'markdown',
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
    const snapshotsDir = resolve(get('snapshots-dir') ?? external_node_path_default().join(connectorDir, '.snapshots'));
    const acceptFile = get('accept-file');
    const configFile = get('config') ?? external_node_path_default().join(connectorDir, 'config.yaml');
    const ageKeyFile = ctx.env.SOPS_AGE_KEY_FILE;
    if (ageKeyFile && !(0,external_node_fs_.existsSync)(ageKeyFile))
        throw new errors/* InputError */.d(`SOPS_AGE_KEY_FILE names ${ageKeyFile}, which does not exist`);
    const sopsAgeKey = get('sops-age-key') ?? ctx.env.SOPS_AGE_KEY ?? (ageKeyFile ? (0,external_node_fs_.readFileSync)(ageKeyFile, 'utf8') : undefined);
    return {
        connectorDir,
        connector,
        baseline: endpoint('baseline', get, resolve, () => defaultImages(connectorDir).baselineImage),
        candidate: endpoint('candidate', get, resolve, () => defaultImages(connectorDir).candidateImage),
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
            checkpoints: count('capture-checkpoints', get('capture-checkpoints'), DEFAULT_CAPTURE.checkpoints),
        },
        captureResources: testFlowResources(connectorDir),
        jsonPath: get('json') === undefined ? undefined : resolve(get('json')),
        markdownPath: get('markdown') === undefined ? undefined : resolve(get('markdown')),
    };
}


/***/ })

};
