// Decryption of a parsed sops document with its data key, and MAC verification
// (getsops/sops sops.go Tree.Decrypt + decrypt/decrypt.go). Pure: no I/O.
import { createHash } from 'node:crypto';
import { InputError } from '../model/errors.js';
import type { JsonObject } from '../model/types.js';
import { type DecryptedValue, ValueError, decryptValue, macText } from './cipher.js';
import { type SopsMetadata, macAdditionalData } from './metadata.js';
import { Branch, Comment, type SopsDocument, type TreeValue, toJson, toJsonText } from './tree.js';

/** sops's MACOnlyEncryptedInitialization: sha256("sops"), written first when mac_only_encrypted. */
const MAC_ONLY_ENCRYPTED_SEED = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');

export interface Decrypted {
  config: JsonObject;
  /** The config as JSON text (2-space indent) with keys in the order written, for printing. */
  json: string;
  /** Every decrypted value as text (strings, and numbers/bools in their JSON form), for masking. */
  secrets: string[];
}

/** Whether the leaf at `path` is encrypted under the file's rules (sops.go shouldBeEncrypted). */
export function shouldBeEncrypted(meta: SopsMetadata, path: string[], comments: string[][], isComment: boolean): boolean {
  let encrypted = true;
  const { unencryptedSuffix: us, encryptedSuffix: es } = meta;
  if (us && path.some((p) => p.endsWith(us))) encrypted = false;
  if (es) encrypted = path.some((p) => p.endsWith(es));
  if (meta.unencryptedRegex && path.some((p) => meta.unencryptedRegex!.test(p))) encrypted = false;
  if (meta.encryptedRegex) encrypted = path.some((p) => meta.encryptedRegex!.test(p));
  if (meta.unencryptedCommentRegex && comments.some((level) => level.some((c) => meta.unencryptedCommentRegex!.test(c)))) {
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

function where(path: string[]): string {
  return path.length > 0 ? `'${path.join('.')}'` : 'the top level';
}

class Walker {
  readonly hash = createHash('sha512');
  readonly secrets = new Set<string>();

  constructor(
    private readonly meta: SopsMetadata,
    private readonly key: Uint8Array,
  ) {
    if (meta.macOnlyEncrypted) this.hash.update(MAC_ONLY_ENCRYPTED_SEED);
  }

  value(v: TreeValue, path: string[], comments: string[][]): TreeValue {
    if (v instanceof Branch) return this.branch(v, path, comments);
    if (Array.isArray(v)) return this.list(v, path, comments);
    if (v === null || v instanceof Comment) return v;
    return this.leaf(v, path, comments);
  }

  private leaf(v: string | number | boolean, path: string[], comments: string[][]): DecryptedValue {
    const encrypted = shouldBeEncrypted(this.meta, path, comments, false);
    let plain: DecryptedValue = v;
    if (encrypted) {
      if (typeof v !== 'string')
        throw new InputError(`the value at ${where(path)} should be encrypted by the file's sops rules but is not`);
      try {
        plain = decryptValue(v, this.key, `${path.join(':')}:`);
      } catch (err) {
        if (!(err instanceof ValueError)) throw err;
        throw new InputError(`the value at ${where(path)} could not be decrypted: ${err.message}`);
      }
      // Strings are what credentials are; masking the text of every decrypted number or boolean
      // (`true`, `7`) would blank out unrelated log text and reports.
      if (typeof plain === 'string' && plain !== '') this.secrets.add(plain);
    }
    if (!this.meta.macOnlyEncrypted || encrypted) this.hash.update(macText(plain), 'utf8');
    return plain;
  }

  // Comments preceding an entry stay active for everything below it, as in sops's comment stack.
  private branch(b: Branch, path: string[], stack: string[][]): Branch {
    const level: string[] = [];
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

  private list(l: TreeValue[], path: string[], stack: string[][]): TreeValue[] {
    const level: string[] = [];
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
export function configOf(tree: Branch, meta: Pick<SopsMetadata, 'encryptedSuffix'>): Pick<Decrypted, 'config' | 'json'> {
  const suffix = meta.encryptedSuffix;
  const rename = (k: string) => (suffix && k.endsWith(suffix) && k !== suffix ? k.slice(0, -suffix.length) : k);
  return { config: toJson(tree, rename) as JsonObject, json: toJsonText(tree, rename) };
}

/** Decrypts every value, verifies the MAC, and returns the plain config. Throws InputError on any failure. */
export function decryptDocument(doc: SopsDocument, meta: SopsMetadata, dataKey: Uint8Array): Decrypted {
  if (dataKey.length !== 32) throw new InputError('the sops data key is not 32 bytes');
  const walker = new Walker(meta, dataKey);
  const tree = walker.value(doc.tree, [], []) as Branch;
  const computed = walker.hash.digest('hex').toUpperCase();
  let stored: DecryptedValue;
  try {
    stored = decryptValue(meta.mac, dataKey, macAdditionalData(meta.lastModified));
  } catch (err) {
    if (!(err instanceof ValueError)) throw err;
    throw new InputError(`the file's sops MAC could not be decrypted: ${err.message}`);
  }
  if (stored !== computed) {
    throw new InputError(
      'MAC mismatch: the file was changed after sops encrypted it (a value, or a plaintext value the MAC covers); re-encrypt it with sops',
    );
  }
  return { ...configOf(tree, meta), secrets: [...walker.secrets] };
}
