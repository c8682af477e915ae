// The `sops` entry of a file (stores/stores.go Metadata), read from plain data whatever the store.
import { InputError } from '../model/errors.js';

export interface AgeEntry {
  recipient: string;
  enc: string;
}

/** One key group: any one of its keys yields the data key (or, with several groups, a Shamir share). */
export interface KeyGroup {
  age: AgeEntry[];
  /** Key source types other than age present in the group (pgp, kms, gcp_kms, azure_kv, hc_vault). */
  others: string[];
}

export interface SopsMetadata {
  lastModified: string;
  mac: string;
  version?: string;
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: RegExp;
  encryptedRegex?: RegExp;
  unencryptedCommentRegex?: RegExp;
  encryptedCommentRegex?: RegExp;
  macOnlyEncrypted: boolean;
  keyGroups: KeyGroup[];
}

const OTHER_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'] as const;
const RULES = [
  'unencrypted_suffix',
  'encrypted_suffix',
  'unencrypted_regex',
  'encrypted_regex',
  'unencrypted_comment_regex',
  'encrypted_comment_regex',
] as const;

function text(raw: Record<string, unknown>, name: string): string | undefined {
  const v = raw[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new InputError(`sops metadata field '${name}' is not a string`);
  return v;
}

function regex(raw: Record<string, unknown>, name: string): RegExp | undefined {
  const source = text(raw, name);
  if (source === undefined) return undefined;
  try {
    // Go's regexp.Match: unanchored search; RE2 syntax is close enough to JavaScript's for sops rules.
    return new RegExp(source);
  } catch {
    throw new InputError(`sops metadata field '${name}' is not a valid regular expression`);
  }
}

function list(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null) : [];
}

function keyGroup(raw: Record<string, unknown>): KeyGroup {
  const age = list(raw.age).map((e) => {
    if (typeof e.enc !== 'string' || typeof e.recipient !== 'string') {
      throw new InputError("an age entry of the sops metadata lacks 'recipient' or 'enc'");
    }
    return { recipient: e.recipient, enc: e.enc };
  });
  return { age, others: OTHER_SOURCES.filter((s) => list(raw[s]).length > 0) };
}

/** Validates the raw `sops` entry as sops's ToInternal does, plus the refusal of a file without MAC. */
export function readMetadata(raw: Record<string, unknown>): SopsMetadata {
  const lastModified = text(raw, 'lastmodified');
  if (!lastModified) throw new InputError("sops metadata has no 'lastmodified'");
  const mac = text(raw, 'mac');
  if (!mac) throw new InputError('the file has no sops MAC, so its integrity cannot be verified; re-encrypt it with sops');
  const rules = RULES.filter((r) => text(raw, r) !== undefined);
  if (rules.length > 1) throw new InputError(`sops metadata sets more than one of ${rules.join(', ')}`);
  const top = keyGroup(raw);
  const groups = top.age.length > 0 || top.others.length > 0 ? [top] : list(raw.key_groups).map(keyGroup);
  if (groups.length === 0) throw new InputError('sops metadata lists no keys');
  const macOnly = raw.mac_only_encrypted;
  return {
    lastModified,
    mac,
    version: text(raw, 'version'),
    // sops's default when no rule is set.
    unencryptedSuffix: rules.length === 0 ? '_unencrypted' : text(raw, 'unencrypted_suffix'),
    encryptedSuffix: text(raw, 'encrypted_suffix'),
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
export function macAdditionalData(lastModified: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(lastModified.trim());
  if (!m) throw new InputError("sops metadata 'lastmodified' is not an RFC 3339 time");
  const zone = m[2]!.toUpperCase();
  return m[1] + (zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone);
}
