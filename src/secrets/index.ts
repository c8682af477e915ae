// The secrets stage: turns the endpoint config file into the config the connector receives.
// age natively; other key sources through the `sops` binary when it is on PATH.
import fs from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import type { JsonObject } from '../model/types.js';
import { ageDataKey, parseAgeIdentities } from './age.js';
import { configOf, decryptDocument, type Decrypted } from './decrypt.js';
import { type SopsMetadata, readMetadata } from './metadata.js';
import { type SopsBinary, realSops } from './sopsBinary.js';
import { detectFormat, parseStore } from './stores/index.js';
import { NoKeyError, decryptViaSops } from './viaSops.js';

export { maskSecrets, secretMasker } from './mask.js';
export { withPrivateFile } from './privateFile.js';
export type { SopsBinary } from './sopsBinary.js';

/**
 * `secrets`: every decrypted value as text, for masking. `json`: the config printed with keys in
 * the order written (a JavaScript object moves integer-like keys first).
 */
export type ConfigLoad =
  | { status: 'decrypted'; config: JsonObject; json: string; secrets: string[] }
  | { status: 'plain'; config: JsonObject; json: string; secrets: string[] }
  | { status: 'no-key'; reason: string };

export interface SecretKeys {
  /** age identity text (a key file's contents), e.g. the `sops-age-key` input or --age-key-file. */
  ageKey?: string;
  /** Read for SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, and passed to `sops`. */
  env: NodeJS.ProcessEnv;
}

export interface SecretDeps {
  sops?: SopsBinary;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${what} ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
}

/** age identities from the explicit key, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, in that order. */
async function ageIdentities(keys: SecretKeys): Promise<string[]> {
  const ids: string[] = [];
  if (keys.ageKey) ids.push(...(await parseAgeIdentities(keys.ageKey, 'the given age key')));
  if (keys.env.SOPS_AGE_KEY) ids.push(...(await parseAgeIdentities(keys.env.SOPS_AGE_KEY, 'SOPS_AGE_KEY')));
  const keyFile = keys.env.SOPS_AGE_KEY_FILE;
  if (keyFile) ids.push(...(await parseAgeIdentities(await readText(keyFile, 'SOPS_AGE_KEY_FILE'), keyFile)));
  return ids;
}

function recipients(meta: SopsMetadata): string {
  return meta.keyGroups.flatMap((g) => g.age.map((a) => `${a.recipient.slice(0, 16)}…`)).join(', ');
}

function otherSources(meta: SopsMetadata): string[] {
  return [...new Set(meta.keyGroups.flatMap((g) => g.others))];
}

/** Decrypts sops text with a known data key (tests, and callers that hold the key). */
export function decryptWithDataKey(text: string, file: string, dataKey: Uint8Array): Decrypted {
  const doc = parseStore(text, detectFormat(file, text));
  if (!doc.metadata) throw new InputError(`${file} is not sops-encrypted (no sops metadata)`);
  return decryptDocument(doc, readMetadata(doc.metadata), dataKey);
}

/**
 * Loads the endpoint config: plain files as they are; sops files decrypted with an age identity,
 * or by `sops` for other key sources. No usable key is a skip ('no-key'); a wrong key, a MAC
 * mismatch or a malformed file is an InputError whose message carries no decrypted value.
 */
export async function loadEndpointConfig(file: string, keys: SecretKeys, deps: SecretDeps = {}): Promise<ConfigLoad> {
  const text = await readText(file, 'endpoint config');
  try {
    return await load(file, text, keys, deps.sops ?? realSops);
  } catch (err) {
    // Say which file; the messages themselves never carry a decrypted value.
    if (err instanceof InputError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  }
}

async function load(file: string, text: string, keys: SecretKeys, sops: SopsBinary): Promise<ConfigLoad> {
  const format = detectFormat(file, text);
  const doc = parseStore(text, format);
  if (!doc.metadata) return { status: 'plain', ...configOf(doc.tree, {}), secrets: [] };
  const meta = readMetadata(doc.metadata);
  const identities = await ageIdentities(keys);
  const ageEntries = meta.keyGroups.length === 1 ? meta.keyGroups[0]!.age : [];
  const others = otherSources(meta);
  const sopsOnPath = sops.available(keys.env);

  if (ageEntries.length > 0 && identities.length > 0) {
    const dataKey = await ageDataKey(ageEntries, identities);
    if (dataKey) return { status: 'decrypted', ...decryptDocument(doc, meta, dataKey) };
    if (others.length === 0 || !sopsOnPath) {
      throw new InputError(`none of the age identities given is a recipient of the file (its recipients: ${recipients(meta)})`);
    }
  }
  if (!sopsOnPath) {
    const reason =
      others.length > 0 || meta.keyGroups.length > 1
        ? `${file} needs the sops binary for its key sources (${others.join(', ') || 'Shamir key groups'}), and sops is not on PATH`
        : `${file} is encrypted for age, and no age identity was given (set the sops-age-key input, SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)`;
    return { status: 'no-key', reason };
  }
  // Hand the given identities to sops too, for files that mix age with other sources.
  const env = identities.length > 0 ? { ...keys.env, SOPS_AGE_KEY: identities.join('\n') } : keys.env;
  try {
    return { status: 'decrypted', ...(await decryptViaSops(sops, file, format, env, doc.tree, meta)) };
  } catch (err) {
    if (err instanceof NoKeyError) return { status: 'no-key', reason: `${file}: ${err.message}` };
    throw err;
  }
}
