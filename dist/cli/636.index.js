export const id = 636;
export const ids = [636];
export const modules = {

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q4: () => (/* binding */ loadEndpointConfig),
  QU: () => (/* reexport */ maskSecrets)
});

// UNUSED EXPORTS: decryptWithDataKey, withPrivateFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 48 modules
var dist = __webpack_require__(3389);
;// CONCATENATED MODULE: ./src/secrets/age.ts
// age key source (age/keysource.go): each `enc` is an armored age file whose plaintext is the
// 32-byte data key. Decrypted natively with age-encryption, post-quantum hybrid identities included.


/**
 * The identities in key-file text: one a line, `#` comments and blank lines skipped
 * (the format of age-keygen output, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE).
 */
function parseAgeIdentities(text, origin) {
    const identities = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            new dist/* Decrypter */.Hz().addIdentity(line);
        }
        catch {
            // Never echo the line: it is key material.
            throw new errors/* InputError */.d(`line ${i + 1} of ${origin} is not an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...)`);
        }
        identities.push(line);
    });
    return identities;
}
/**
 * The data key from the first age entry one of the identities opens, or undefined when none of
 * them is a recipient of the file. A malformed `enc` is an error.
 */
async function ageDataKey(entries, identities) {
    if (identities.length === 0)
        return undefined;
    const decrypter = new dist/* Decrypter */.Hz();
    for (const id of identities)
        decrypter.addIdentity(id);
    for (const entry of entries) {
        let file;
        try {
            file = dist/* armor.decode */.yE.decode(entry.enc);
        }
        catch {
            throw new errors/* InputError */.d(`the age entry for ${entry.recipient} is not an armored age file`);
        }
        try {
            return await decrypter.decrypt(file);
        }
        catch (err) {
            // The one error that means "not for these identities"; try the next recipient.
            if (err instanceof Error && /no identity matched/.test(err.message))
                continue;
            throw new errors/* InputError */.d(`the age entry for ${entry.recipient} could not be decrypted: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/secrets/cipher.ts
// One sops value: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (getsops/sops aes/cipher.go).

const ENC = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Why a value could not be decrypted; the message names only the place, never the content. */
class ValueError extends Error {
    name = 'ValueError';
}
function isEncrypted(value) {
    return typeof value === 'string' && ENC.test(value);
}
function base64(text, part) {
    if (!B64.test(text) || text.length % 4 !== 0)
        throw new ValueError(`its ${part} is not valid base64`);
    return Buffer.from(text, 'base64');
}
/**
 * Decrypts one value with the 32-byte data key. `additionalData` is the map keys from the root
 * joined by `:` with a trailing `:` (sops.go), or `lastmodified` for the MAC.
 * Returns the typed plaintext; `comment` comes back as its text.
 */
function decryptValue(ciphertext, key, additionalData) {
    // sops leaves empty strings unencrypted, and its Decrypt returns "" for them.
    if (ciphertext === '')
        return '';
    const m = ENC.exec(ciphertext);
    if (!m)
        throw new ValueError('it is not in sops ENC[AES256_GCM,...] form');
    const [, data, iv, tag, type] = m;
    const tagBytes = base64(tag, 'tag');
    if (tagBytes.length !== 16)
        throw new ValueError('its tag is not 16 bytes');
    let plain;
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, base64(iv, 'iv'));
        decipher.setAAD(Buffer.from(additionalData, 'utf8'));
        decipher.setAuthTag(tagBytes);
        plain = Buffer.concat([decipher.update(base64(data, 'data')), decipher.final()]);
    }
    catch (err) {
        if (err instanceof ValueError)
            throw err;
        throw new ValueError('authentication failed (wrong data key, a changed value, or a value moved to another key)');
    }
    return typed(plain.toString('utf8'), type);
}
function typed(text, type) {
    switch (type) {
        case 'str':
        case 'bytes':
        case 'comment':
        // sops writes time values as RFC 3339 text; JSON has no time type, so the text is the value.
        case 'time':
            return text;
        case 'int':
        case 'int64':
            if (!/^[+-]?\d+$/.test(text))
                throw new ValueError(`its plaintext is not an ${type}`);
            return Number(text);
        case 'float': {
            const n = Number(text);
            if (text.trim() === '' || Number.isNaN(n))
                throw new ValueError('its plaintext is not a float');
            return n;
        }
        case 'bool':
            return parseGoBool(text);
        default:
            throw new ValueError(`its type '${type}' is unknown`);
    }
}
// strconv.ParseBool's accepted spellings.
function parseGoBool(text) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false;
    throw new ValueError('its plaintext is not a bool');
}
/** The bytes a value adds to the MAC (sops.go ToBytes): Go's decimal float text, bools as True/False. */
function macText(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return goFloat(value);
    return value;
}
/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
function goFloat(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    const s = String(n);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return Object.is(n, -0) ? '-0' : s;
    const [, sign, lead, frac = '', exp] = m;
    const digits = lead + frac;
    const point = 1 + Number(exp);
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return sign + digits + '0'.repeat(point - digits.length);
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

;// CONCATENATED MODULE: ./src/secrets/metadata.ts
// The `sops` entry of a file (stores/stores.go Metadata), read from plain data whatever the store.

const OTHER_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'];
const RULES = [
    'unencrypted_suffix',
    'encrypted_suffix',
    'unencrypted_regex',
    'encrypted_regex',
    'unencrypted_comment_regex',
    'encrypted_comment_regex',
];
function metadata_text(raw, name) {
    const v = raw[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v !== 'string')
        throw new errors/* InputError */.d(`sops metadata field '${name}' is not a string`);
    return v;
}
function regex(raw, name) {
    const source = metadata_text(raw, name);
    if (source === undefined)
        return undefined;
    try {
        // Go's regexp.Match: unanchored search; RE2 syntax is close enough to JavaScript's for sops rules.
        return new RegExp(source);
    }
    catch {
        throw new errors/* InputError */.d(`sops metadata field '${name}' is not a valid regular expression`);
    }
}
function list(v) {
    return Array.isArray(v) ? v.filter((e) => typeof e === 'object' && e !== null) : [];
}
function keyGroup(raw) {
    const age = list(raw.age).map((e) => {
        if (typeof e.enc !== 'string' || typeof e.recipient !== 'string') {
            throw new errors/* InputError */.d("an age entry of the sops metadata lacks 'recipient' or 'enc'");
        }
        return { recipient: e.recipient, enc: e.enc };
    });
    return { age, others: OTHER_SOURCES.filter((s) => list(raw[s]).length > 0) };
}
/** Validates the raw `sops` entry as sops's ToInternal does, plus the refusal of a file without MAC. */
function metadata_readMetadata(raw) {
    const lastModified = metadata_text(raw, 'lastmodified');
    if (!lastModified)
        throw new errors/* InputError */.d("sops metadata has no 'lastmodified'");
    const mac = metadata_text(raw, 'mac');
    if (!mac)
        throw new errors/* InputError */.d('the file has no sops MAC, so its integrity cannot be verified; re-encrypt it with sops');
    const rules = RULES.filter((r) => metadata_text(raw, r) !== undefined);
    if (rules.length > 1)
        throw new errors/* InputError */.d(`sops metadata sets more than one of ${rules.join(', ')}`);
    const top = keyGroup(raw);
    const groups = top.age.length > 0 || top.others.length > 0 ? [top] : list(raw.key_groups).map(keyGroup);
    if (groups.length === 0)
        throw new errors/* InputError */.d('sops metadata lists no keys');
    const macOnly = raw.mac_only_encrypted;
    return {
        lastModified,
        mac,
        version: metadata_text(raw, 'version'),
        // sops's default when no rule is set.
        unencryptedSuffix: rules.length === 0 ? '_unencrypted' : metadata_text(raw, 'unencrypted_suffix'),
        encryptedSuffix: metadata_text(raw, 'encrypted_suffix'),
        unencryptedRegex: regex(raw, 'unencrypted_regex'),
        encryptedRegex: regex(raw, 'encrypted_regex'),
        unencryptedCommentRegex: regex(raw, 'unencrypted_comment_regex'),
        encryptedCommentRegex: regex(raw, 'encrypted_comment_regex'),
        // dotenv and INI files carry every metadata value as text.
        macOnlyEncrypted: macOnly === true || macOnly === 'true',
        keyGroups: groups,
    };
}
/** The additional data of the MAC: `lastmodified` as Go's time.Format(time.RFC3339) prints it. */
function macAdditionalData(lastModified) {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(lastModified.trim());
    if (!m)
        throw new errors/* InputError */.d("sops metadata 'lastmodified' is not an RFC 3339 time");
    const zone = m[2].toUpperCase();
    return m[1] + (zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone);
}

;// CONCATENATED MODULE: ./src/secrets/tree.ts
// sops's view of a document (sops.go: TreeBranch/TreeItem): ordered maps whose keys may be
// comments, lists that may hold comments, and scalar leaves. Kept apart from the stores so that
// every format (YAML, JSON, dotenv, INI) feeds the same decryption walk.
/** A comment line, without its `#`. Part of the tree because comment regexes look at it. */
class Comment {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** An ordered map; `key` is a Comment for comment lines between entries. */
class Branch {
    items;
    constructor(items = []) {
        this.items = items;
    }
}
/** Plain JSON of a tree, comments left out, each map key passed through `renameKey`. */
function toJson(value, renameKey = (k) => k) {
    if (value instanceof Branch) {
        const out = {};
        for (const { key, value: v } of value.items) {
            if (key instanceof Comment)
                continue;
            // defineProperty, so that a key named `__proto__` stays a plain key.
            Object.defineProperty(out, renameKey(key), { value: toJson(v, renameKey), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    if (Array.isArray(value))
        return value.filter((v) => !(v instanceof Comment)).map((v) => toJson(v, renameKey));
    if (value instanceof Comment)
        return undefined;
    return value;
}
/**
 * JSON text of a tree as JSON.stringify(value, null, 2) would print it, but with map keys in the
 * order written: a JavaScript object would move integer-like keys ("7") first.
 */
function toJsonText(value, renameKey = (k) => k, indent = '') {
    const inner = `${indent}  `;
    if (value instanceof Branch) {
        const entries = value.items.flatMap(({ key, value: v }) => key instanceof Comment ? [] : [`${inner}${JSON.stringify(renameKey(key))}: ${toJsonText(v, renameKey, inner)}`]);
        return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
    }
    if (Array.isArray(value)) {
        const items = value.filter((v) => !(v instanceof Comment)).map((v) => `${inner}${toJsonText(v, renameKey, inner)}`);
        return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
    }
    return JSON.stringify(value instanceof Comment ? null : value) ?? 'null';
}

;// CONCATENATED MODULE: ./src/secrets/decrypt.ts
// Decryption of a parsed sops document with its data key, and MAC verification
// (getsops/sops sops.go Tree.Decrypt + decrypt/decrypt.go). Pure: no I/O.





/** sops's MACOnlyEncryptedInitialization: sha256("sops"), written first when mac_only_encrypted. */
const MAC_ONLY_ENCRYPTED_SEED = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
/** Whether the leaf at `path` is encrypted under the file's rules (sops.go shouldBeEncrypted). */
function shouldBeEncrypted(meta, path, comments, isComment) {
    let encrypted = true;
    const { unencryptedSuffix: us, encryptedSuffix: es } = meta;
    if (us && path.some((p) => p.endsWith(us)))
        encrypted = false;
    if (es)
        encrypted = path.some((p) => p.endsWith(es));
    if (meta.unencryptedRegex && path.some((p) => meta.unencryptedRegex.test(p)))
        encrypted = false;
    if (meta.encryptedRegex)
        encrypted = path.some((p) => meta.encryptedRegex.test(p));
    if (meta.unencryptedCommentRegex && comments.some((level) => level.some((c) => meta.unencryptedCommentRegex.test(c)))) {
        encrypted = false;
    }
    if (meta.encryptedCommentRegex) {
        const re = meta.encryptedCommentRegex;
        const lastLevel = comments.length - 1;
        // The comment line that matches the regex stays in clear itself; only what follows it is encrypted.
        encrypted = comments.some((level, i) => level.some((c, j) => !(isComment && i === lastLevel && j === level.length - 1) && re.test(c)));
    }
    return encrypted;
}
function where(path) {
    return path.length > 0 ? `'${path.join('.')}'` : 'the top level';
}
class Walker {
    meta;
    key;
    hash = (0,external_node_crypto_.createHash)('sha512');
    secrets = new Set();
    constructor(meta, key) {
        this.meta = meta;
        this.key = key;
        if (meta.macOnlyEncrypted)
            this.hash.update(MAC_ONLY_ENCRYPTED_SEED);
    }
    value(v, path, comments) {
        if (v instanceof Branch)
            return this.branch(v, path, comments);
        if (Array.isArray(v))
            return this.list(v, path, comments);
        if (v === null || v instanceof Comment)
            return v;
        return this.leaf(v, path, comments);
    }
    leaf(v, path, comments) {
        const encrypted = shouldBeEncrypted(this.meta, path, comments, false);
        let plain = v;
        if (encrypted) {
            if (typeof v !== 'string')
                throw new errors/* InputError */.d(`the value at ${where(path)} should be encrypted by the file's sops rules but is not`);
            try {
                plain = decryptValue(v, this.key, `${path.join(':')}:`);
            }
            catch (err) {
                if (!(err instanceof ValueError))
                    throw err;
                throw new errors/* InputError */.d(`the value at ${where(path)} could not be decrypted: ${err.message}`);
            }
            // Strings are what credentials are; masking the text of every decrypted number or boolean
            // (`true`, `7`) would blank out unrelated log text and reports.
            if (typeof plain === 'string' && plain !== '')
                this.secrets.add(plain);
        }
        if (!this.meta.macOnlyEncrypted || encrypted)
            this.hash.update(macText(plain), 'utf8');
        return plain;
    }
    // Comments preceding an entry stay active for everything below it, as in sops's comment stack.
    branch(b, path, stack) {
        const level = [];
        const comments = [...stack, level];
        const items = b.items.map(({ key, value }) => {
            if (key instanceof Comment) {
                level.push(key.text);
                return { key, value };
            }
            const out = { key, value: this.value(value, [...path, key], comments) };
            level.length = 0;
            return out;
        });
        return new Branch(items);
    }
    list(l, path, stack) {
        const level = [];
        const comments = [...stack, level];
        return l.map((v) => {
            if (v instanceof Comment) {
                level.push(v.text);
                return v;
            }
            const out = this.value(v, path, comments);
            level.length = 0;
            return out;
        });
    }
}
/** The config as the connector receives it: keys lose the file's encrypted_suffix (Flow does this). */
function configOf(tree, meta) {
    const suffix = meta.encryptedSuffix;
    const rename = (k) => (suffix && k.endsWith(suffix) && k !== suffix ? k.slice(0, -suffix.length) : k);
    return { config: toJson(tree, rename), json: toJsonText(tree, rename) };
}
/** Decrypts every value, verifies the MAC, and returns the plain config. Throws InputError on any failure. */
function decrypt_decryptDocument(doc, meta, dataKey) {
    if (dataKey.length !== 32)
        throw new errors/* InputError */.d('the sops data key is not 32 bytes');
    const walker = new Walker(meta, dataKey);
    const tree = walker.value(doc.tree, [], []);
    const computed = walker.hash.digest('hex').toUpperCase();
    let stored;
    try {
        stored = decryptValue(meta.mac, dataKey, macAdditionalData(meta.lastModified));
    }
    catch (err) {
        if (!(err instanceof ValueError))
            throw err;
        throw new errors/* InputError */.d(`the file's sops MAC could not be decrypted: ${err.message}`);
    }
    if (stored !== computed) {
        throw new errors/* InputError */.d('MAC mismatch: the file was changed after sops encrypted it (a value, or a plaintext value the MAC covers); re-encrypt it with sops');
    }
    return { ...configOf(tree, meta), secrets: [...walker.secrets] };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/secrets/sopsBinary.ts
// The real `sops` binary, for key sources this project does not speak natively (gcp_kms, kms,
// pgp, azure_kv, hc_vault). Behind an interface so tests can swap it.



function onPath(name, env) {
    return (env.PATH ?? '').split((external_node_path_default()).delimiter).some((dir) => {
        if (!dir)
            return false;
        try {
            external_node_fs_default().accessSync(external_node_path_default().join(dir, name), (external_node_fs_default()).constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
const realSops = {
    available: (env) => onPath('sops', env),
    decrypt: (file, format, env) => new Promise((resolve, reject) => {
        const args = ['--decrypt', '--input-type', format, '--output-type', 'json', file];
        (0,external_node_child_process_.execFile)('sops', args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
            if (err)
                reject(new Error(String(stderr).trim() || err.message));
            else
                resolve(String(stdout));
        });
    }),
};

;// CONCATENATED MODULE: ./src/secrets/stores/flat.ts
// dotenv and INI files keep the `sops` metadata flat (stores/flatten.go): `age__list_0__map_enc`
// stands for age[0].enc, and line feeds in values are written as `\n`.
function tokens(path) {
    const out = [];
    const re = /__(map|list)_/g;
    let last = 0;
    let kind = 'root';
    const finish = (end) => {
        const text = path.slice(last, end);
        out.push(kind === 'list' ? Number.parseInt(text, 10) || 0 : text);
    };
    for (let m = re.exec(path); m; m = re.exec(path)) {
        finish(m.index);
        kind = m[1] === 'list' ? 'list' : 'map';
        last = m.index + m[0].length;
    }
    finish(path.length);
    return out;
}
/** Rebuilds the nested metadata from flat keys (prefix already removed). */
function unflatten(flat) {
    const root = {};
    for (const [key, raw] of flat) {
        const path = tokens(key);
        // The keys come from the file: never let one reach an object's prototype.
        if (path.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype'))
            continue;
        let node = root;
        path.forEach((token, i) => {
            const next = path[i + 1];
            const slot = node;
            if (next === undefined) {
                slot[token] = raw.replaceAll('\\n', '\n');
                return;
            }
            if (typeof slot[token] !== 'object' || slot[token] === null)
                slot[token] = typeof next === 'number' ? [] : {};
            node = slot[token];
        });
    }
    return root;
}

;// CONCATENATED MODULE: ./src/secrets/stores/dotenv.ts
// dotenv files (stores/dotenv/store.go): one KEY=VALUE a line, `#` comments, metadata as
// `sops_`-prefixed flat keys. Keys and values are kept as written; `\n` in a value is a line feed.



const PREFIX = 'sops_';
function parseDotenv(text) {
    const tree = new Branch();
    const flat = [];
    text.split('\n').forEach((line, i) => {
        if (line === '')
            return;
        if (line.startsWith('#')) {
            tree.items.push({ key: new Comment(line.slice(1)), value: null });
            return;
        }
        const eq = line.indexOf('=');
        // The line may hold a plaintext value: name only its number.
        if (eq < 1)
            throw new errors/* InputError */.d(`line ${i + 1} of the dotenv file is not KEY=VALUE`);
        const key = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (key.startsWith(PREFIX))
            flat.push([key.slice(PREFIX.length), value]);
        else
            tree.items.push({ key, value: value.replaceAll('\\n', '\n') });
    });
    return flat.length > 0 ? { tree, metadata: unflatten(flat) } : { tree };
}

;// CONCATENATED MODULE: ./src/secrets/stores/ini.ts
// INI files (stores/ini/store.go, read by go-ini): sections are top-level maps of string values,
// the `sops` section holds the flat metadata. Keys before any section belong to DEFAULT.



// go-ini's readValue: triple-quoted and backquoted values may span lines; otherwise the value is
// trimmed, cut at an inline `#`/`;` comment, and unquoted.
function readValue(first, at) {
    const line = first.trimStart();
    const quote = line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
    if (quote) {
        let rest = line.slice(quote.length);
        for (;;) {
            const end = rest.lastIndexOf(quote);
            if (end >= 0)
                return rest.slice(0, end);
            at.i += 1;
            if (at.i >= at.lines.length)
                throw new errors/* InputError */.d(`an INI value opened with ${quote} is never closed`);
            rest += `\n${at.lines[at.i]}`;
        }
    }
    let value = line.trim();
    while (value.endsWith('\\') && at.i + 1 < at.lines.length) {
        at.i += 1;
        value = value.slice(0, -1) + at.lines[at.i].trim();
    }
    const comment = value.search(/[#;]/);
    if (comment >= 0)
        value = value.slice(0, comment).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
        value = value.slice(1, -1);
    return value;
}
function parseIni(text) {
    const sections = new Map([['DEFAULT', new Branch()]]);
    let current = sections.get('DEFAULT');
    const at = { lines: text.replaceAll('\r\n', '\n').split('\n'), i: 0 };
    for (; at.i < at.lines.length; at.i += 1) {
        const line = at.lines[at.i].trim();
        if (line === '')
            continue;
        if (line.startsWith('#') || line.startsWith(';')) {
            current.items.push({ key: new Comment(line.replace(/^[#;]+\s*/, '')), value: null });
            continue;
        }
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = sections.get(name) ?? new Branch();
            sections.set(name, current);
            continue;
        }
        const sep = line.search(/[=:]/);
        if (sep < 1)
            throw new errors/* InputError */.d(`line ${at.i + 1} of the INI file is neither a section nor KEY = VALUE`);
        current.items.push({ key: line.slice(0, sep).trim(), value: readValue(line.slice(sep + 1), at) });
    }
    const sops = sections.get('sops');
    sections.delete('sops');
    // go-ini always has a DEFAULT section; leave it out when the file put nothing in it.
    if (sections.get('DEFAULT').items.length === 0)
        sections.delete('DEFAULT');
    const tree = new Branch([...sections].map(([key, value]) => ({ key, value })));
    if (!sops)
        return { tree };
    const flat = sops.items.flatMap((i) => (typeof i.key === 'string' ? [[i.key, String(i.value)]] : []));
    return { tree, metadata: unflatten(flat) };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/secrets/stores/yaml.ts
// YAML and JSON files (stores/yaml, stores/json). The `yaml` package reads both and keeps keys in
// the order written, which the MAC depends on; JSON.parse would move integer-like keys first.



/** yaml joins comment lines with '\n' and drops each '#'; sops keeps one Comment per line. */
function commentLines(text) {
    if (!text)
        return [];
    return text.split('\n').filter((line) => line !== '').map((line) => new Comment(line));
}
function pushComments(items, text) {
    for (const c of commentLines(text))
        items.push({ key: c, value: null });
}
function toTree(node, doc) {
    if ((0,yaml_dist/* isAlias */.Vj)(node))
        return toTree(node.resolve(doc), doc);
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        const items = [];
        pushComments(items, node.commentBefore);
        for (const pair of node.items) {
            const key = pair.key;
            const value = pair.value;
            pushComments(items, key?.commentBefore);
            pushComments(items, key?.comment);
            const leaf = !(0,yaml_dist/* isMap */.jh)(value) && !(0,yaml_dist/* isSeq */.oP)(value);
            // Like sops's YAML store, comments on a scalar value come before its entry.
            if (leaf) {
                pushComments(items, value?.commentBefore);
                pushComments(items, value?.comment);
            }
            const keyValue = (0,yaml_dist/* isScalar */.jn)(key) ? key.value : (0,yaml_dist/* isAlias */.Vj)(key) ? toJson(toTree(key, doc)) : key;
            items.push({ key: String(keyValue), value: value === null ? null : toTree(value, doc) });
        }
        pushComments(items, node.comment);
        return new Branch(items);
    }
    if ((0,yaml_dist/* isSeq */.oP)(node)) {
        const out = [...commentLines(node.commentBefore)];
        for (const item of node.items) {
            const n = item;
            if (!(0,yaml_dist/* isMap */.jh)(n) && !(0,yaml_dist/* isSeq */.oP)(n))
                out.push(...commentLines(n?.commentBefore), ...commentLines(n?.comment));
            out.push(n === null ? null : toTree(n, doc));
        }
        out.push(...commentLines(node.comment));
        return out;
    }
    if ((0,yaml_dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        if (typeof v === 'bigint')
            return Number(v);
        return String(v);
    }
    return null;
}
/** Parses YAML or JSON text into sops's tree, with the `sops` entry split off. */
function parseYaml(text) {
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text);
    if (docs.length > 1)
        throw new errors/* InputError */.d('the file holds several YAML documents; an endpoint config is one document');
    const doc = docs[0];
    if (!doc)
        return { tree: new Branch() };
    const error = doc.errors[0];
    if (error)
        throw new errors/* InputError */.d(`the file is not valid YAML or JSON (line ${error.linePos?.[0]?.line ?? '?'}: ${error.code})`);
    if (doc.contents !== null && !(0,yaml_dist/* isMap */.jh)(doc.contents))
        throw new errors/* InputError */.d('the file is not a map at its top level');
    const root = toTree(doc.contents, doc);
    const tree = root instanceof Branch ? root : new Branch();
    tree.items.unshift(...commentLines(doc.commentBefore).map((c) => ({ key: c, value: null })));
    pushComments(tree.items, doc.comment);
    // sops erases the top-level `sops` entry from the data and reads it as metadata.
    const at = tree.items.findIndex((i) => i.key === 'sops');
    if (at < 0)
        return { tree };
    const [entry] = tree.items.splice(at, 1);
    const metadata = toJson(entry.value);
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
        throw new errors/* InputError */.d("the file's top-level 'sops' entry is not a map");
    }
    return { tree, metadata: metadata };
}

;// CONCATENATED MODULE: ./src/secrets/stores/index.ts
// Which store reads a file: by extension as sops does, and by content when the extension says
// nothing (sops would need --input-type there).




const BY_EXTENSION = {
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.json': 'json',
    '.env': 'dotenv',
    '.ini': 'ini',
};
function stores_detectFormat(file, text) {
    const known = BY_EXTENSION[external_node_path_default().extname(file).toLowerCase()];
    if (known)
        return known;
    if (text.trimStart().startsWith('{'))
        return 'json';
    if (/^sops_(mac|lastmodified)=/m.test(text))
        return 'dotenv';
    if (/^\s*\[sops\]\s*$/m.test(text))
        return 'ini';
    return 'yaml';
}
function stores_parseStore(text, format) {
    switch (format) {
        case 'dotenv':
            return parseDotenv(text);
        case 'ini':
            return parseIni(text);
        default:
            return parseYaml(text);
    }
}

;// CONCATENATED MODULE: ./src/secrets/viaSops.ts
// Decryption through the real `sops` binary: its JSON output, mapped back onto the encrypted
// document to learn which values were secret.





/** sops could not reach the data key (no credentials, no matching key): the caller skips, not fails. */
class NoKeyError extends Error {
    name = 'NoKeyError';
}
/** Text of the leaves that are encrypted in `encrypted`, read at the same place in `plain`. */
function secretsAt(encrypted, plain, out) {
    if (encrypted instanceof Branch && plain instanceof Branch) {
        const byKey = new Map(plain.items.map((i) => [i.key, i.value]));
        for (const { key, value } of encrypted.items) {
            if (typeof key === 'string' && byKey.has(key))
                secretsAt(value, byKey.get(key), out);
        }
    }
    else if (Array.isArray(encrypted) && Array.isArray(plain)) {
        const values = (l) => l.filter((v) => !(v instanceof Comment));
        const p = values(plain);
        values(encrypted).forEach((v, i) => i < p.length && secretsAt(v, p[i], out));
    }
    else if (isEncrypted(encrypted) && plain !== null && !(plain instanceof Comment) && typeof plain !== 'object') {
        if (plain !== '')
            out.add(String(plain));
    }
}
function lastLine(text) {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return (lines.at(-1) ?? 'no message').slice(0, 300);
}
async function decryptViaSops(sops, file, format, env, encrypted, meta) {
    let out;
    try {
        out = await sops.decrypt(file, format, env);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/MAC mismatch|verify data integrity/i.test(message)) {
            throw new errors/* InputError */.d('MAC mismatch reported by sops: the file was changed after sops encrypted it; re-encrypt it with sops');
        }
        if (/data key|no key|could not (decrypt|retrieve|get)|credentials|permission|unauthenticated|forbidden/i.test(message)) {
            throw new NoKeyError(`sops could not get the data key: ${lastLine(message)}`);
        }
        throw new errors/* InputError */.d(`sops --decrypt failed: ${lastLine(message)}`);
    }
    const plain = parseYaml(out).tree;
    const secrets = new Set();
    secretsAt(encrypted, plain, secrets);
    return { ...configOf(plain, meta), secrets: [...secrets] };
}

;// CONCATENATED MODULE: ./src/secrets/mask.ts
/** Replaces every occurrence of each secret with `***`, longest first so no fragment of a longer one survives. */
function maskSecrets(text, secrets) {
    const unique = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
    if (unique.length === 0)
        return text;
    // One alternation, longest first, in one pass: a replacement is never searched again.
    const pattern = new RegExp(unique.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    return text.replace(pattern, '***');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/secrets/privateFile.ts
// For the rare case a decrypted config must touch disk (a connector that reads a file path).



const SIGNALS = (/* unused pure expression or super */ null && (['SIGINT', 'SIGTERM']));
/**
 * Writes `contents` to a 0600 file in a fresh 0700 directory, runs `fn` with its path, and removes
 * both however `fn` ends, also when the process exits or is interrupted meanwhile.
 */
async function withPrivateFile(contents, fn, name = 'config.json') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connector-compat-'));
    fs.chmodSync(dir, 0o700);
    const remove = () => fs.rmSync(dir, { recursive: true, force: true });
    const onSignal = (signal) => {
        remove();
        detach();
        // Keep the default behaviour (exit) unless someone else handles the signal.
        if (process.listenerCount(signal) === 0)
            process.kill(process.pid, signal);
    };
    const detach = () => {
        process.off('exit', remove);
        for (const s of SIGNALS)
            process.off(s, onSignal);
    };
    process.on('exit', remove);
    for (const s of SIGNALS)
        process.on(s, onSignal);
    try {
        const file = path.join(dir, name);
        fs.writeFileSync(file, contents, { mode: 0o600, flag: 'wx' });
        return await fn(file);
    }
    finally {
        detach();
        remove();
    }
}

;// CONCATENATED MODULE: ./src/secrets/index.ts
// The secrets stage: turns the endpoint config file into the config the connector receives.
// age natively; other key sources through the `sops` binary when it is on PATH.










async function readText(file, what) {
    try {
        return await promises_default().readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* InputError */.d(`cannot read ${what} ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
}
/** age identities from the explicit key, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, in that order. */
async function ageIdentities(keys) {
    const ids = [];
    if (keys.ageKey)
        ids.push(...parseAgeIdentities(keys.ageKey, 'the given age key'));
    if (keys.env.SOPS_AGE_KEY)
        ids.push(...parseAgeIdentities(keys.env.SOPS_AGE_KEY, 'SOPS_AGE_KEY'));
    const keyFile = keys.env.SOPS_AGE_KEY_FILE;
    if (keyFile)
        ids.push(...parseAgeIdentities(await readText(keyFile, 'SOPS_AGE_KEY_FILE'), keyFile));
    return ids;
}
function recipients(meta) {
    return meta.keyGroups.flatMap((g) => g.age.map((a) => a.recipient.slice(0, 16) + '…')).join(', ');
}
function otherSources(meta) {
    return [...new Set(meta.keyGroups.flatMap((g) => g.others))];
}
/** Decrypts sops text with a known data key (tests, and callers that hold the key). */
function decryptWithDataKey(text, file, dataKey) {
    const doc = parseStore(text, detectFormat(file, text));
    if (!doc.metadata)
        throw new InputError(`${file} is not sops-encrypted (no sops metadata)`);
    return decryptDocument(doc, readMetadata(doc.metadata), dataKey);
}
/**
 * Loads the endpoint config: plain files as they are; sops files decrypted with an age identity,
 * or by `sops` for other key sources. No usable key is a skip ('no-key'); a wrong key, a MAC
 * mismatch or a malformed file is an InputError whose message carries no decrypted value.
 */
async function loadEndpointConfig(file, keys, deps = {}) {
    const text = await readText(file, 'endpoint config');
    try {
        return await load(file, text, keys, deps.sops ?? realSops);
    }
    catch (err) {
        // Say which file; the messages themselves never carry a decrypted value.
        if (err instanceof errors/* InputError */.d)
            throw new errors/* InputError */.d(`${file}: ${err.message}`);
        throw err;
    }
}
async function load(file, text, keys, sops) {
    const format = stores_detectFormat(file, text);
    const doc = stores_parseStore(text, format);
    if (!doc.metadata)
        return { status: 'plain', ...configOf(doc.tree, {}), secrets: [] };
    const meta = metadata_readMetadata(doc.metadata);
    const identities = await ageIdentities(keys);
    const ageEntries = meta.keyGroups.length === 1 ? meta.keyGroups[0].age : [];
    const others = otherSources(meta);
    const sopsOnPath = sops.available(keys.env);
    if (ageEntries.length > 0 && identities.length > 0) {
        const dataKey = await ageDataKey(ageEntries, identities);
        if (dataKey)
            return { status: 'decrypted', ...decrypt_decryptDocument(doc, meta, dataKey) };
        if (others.length === 0 || !sopsOnPath) {
            throw new errors/* InputError */.d(`none of the age identities given is a recipient of the file (its recipients: ${recipients(meta)})`);
        }
    }
    if (!sopsOnPath) {
        const reason = others.length > 0 || meta.keyGroups.length > 1
            ? `${file} needs the sops binary for its key sources (${others.join(', ') || 'Shamir key groups'}), and sops is not on PATH`
            : `${file} is encrypted for age, and no age identity was given (set the sops-age-key input, SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)`;
        return { status: 'no-key', reason };
    }
    // Hand the given identities to sops too, for files that mix age with other sources.
    const env = identities.length > 0 ? { ...keys.env, SOPS_AGE_KEY: identities.join('\n') } : keys.env;
    try {
        return { status: 'decrypted', ...(await decryptViaSops(sops, file, format, env, doc.tree, meta)) };
    }
    catch (err) {
        if (err instanceof NoKeyError)
            return { status: 'no-key', reason: `${file}: ${err.message}` };
        throw err;
    }
}


/***/ })

};
