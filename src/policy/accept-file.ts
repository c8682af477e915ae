import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../model/errors.js';
import { isRuleId, unknownRule } from '../model/rules.js';
import { SEVERITIES, type AcceptEntry, type AcceptFile, type Severity } from '../model/types.js';

export const DEFAULT_PRESETS = ['estuary-cdk-import'];

export const emptyAcceptFile = (): AcceptFile => ({
  accept: [],
  severity: {},
  knownConfigs: [],
  presets: [...DEFAULT_PRESETS],
  redact: [],
});

const TOP_KEYS = new Set(['accept', 'severity', 'known-configs', 'presets', 'redact']);
const ENTRY_KEYS = new Set(['rule', 'id', 'binding', 'pointer', 'reason']);

/**
 * Parses compat.yaml. Every mistake is an InputError naming the file and line, so that a typo
 * never silently accepts (or fails to accept) a difference.
 */
export function parseAcceptFile(text: string, file: string): AcceptFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(`${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const out = emptyAcceptFile();
  out.source = file;
  if (doc.contents === null) return out;
  if (!isMap(doc.contents)) throw new InputError(`${at(doc.contents)}: compat.yaml must be a mapping with an 'accept:' list`);
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!TOP_KEYS.has(key))
      throw new InputError(`${at(pair.key as Node)}: unknown key '${key}' (expected one of ${[...TOP_KEYS].join(', ')})`);
  }

  const accept = doc.contents.get('accept', true) as Node | undefined;
  if (accept !== undefined && accept !== null) {
    if (!isSeq(accept)) throw new InputError(`${at(accept)}: 'accept' must be a list of entries`);
    for (const item of accept.items as Node[]) {
      if (!isMap(item)) throw new InputError(`${at(item)}: each accept entry must be a mapping with 'rule' or 'id', and 'reason'`);
      const entry = item.toJSON() as Record<string, unknown>;
      // Read ids as written: YAML would turn 000000000000 into 0 and 1e5000000000 into a float.
      const idNode = item.get('id', true);
      if (isScalar(idNode)) entry.id = idNode.source ?? String(idNode.value);
      const unknown = Object.keys(entry).find((k) => !ENTRY_KEYS.has(k));
      if (unknown)
        throw new InputError(`${at(item)}: unknown key '${unknown}' in an accept entry (expected ${[...ENTRY_KEYS].join(', ')})`);
      if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
        throw new InputError(`${at(item)}: accept entry has no reason; say why the difference is acceptable`);
      }
      if (entry.id === undefined && entry.rule === undefined) throw new InputError(`${at(item)}: accept entry needs 'rule' or 'id'`);
      if (entry.id !== undefined && !/^[0-9a-f]{12}$/.test(String(entry.id)))
        throw new InputError(`${at(item)}: id '${entry.id}' is not a 12-hex finding fingerprint`);
      if (entry.rule !== undefined && !isRuleId(String(entry.rule)))
        throw new InputError(`${at(item)}: ${unknownRule(String(entry.rule))}`);
      for (const k of ['binding', 'pointer'] as const) {
        if (entry[k] !== undefined && typeof entry[k] !== 'string') throw new InputError(`${at(item)}: '${k}' must be a string`);
      }
      out.accept.push(entry as unknown as AcceptEntry);
    }
  }

  const severity = doc.contents.get('severity', true) as Node | undefined;
  if (severity) {
    if (!isMap(severity)) throw new InputError(`${at(severity)}: 'severity' must map rule ids to breaking, warning or info`);
    for (const [rule, level] of Object.entries(severity.toJSON() as Record<string, unknown>)) {
      if (!isRuleId(rule)) throw new InputError(`${at(severity)}: ${unknownRule(rule)} under 'severity'`);
      if (!SEVERITIES.includes(level as Severity))
        throw new InputError(`${at(severity)}: severity of ${rule} must be breaking, warning or info, not '${level}'`);
      out.severity[rule] = level as Severity;
    }
  }

  const list = (key: string): unknown[] | undefined => {
    const node = doc.contents && isMap(doc.contents) ? (doc.contents.get(key, true) as Node | undefined) : undefined;
    if (node === undefined || node === null) return undefined;
    if (!isSeq(node)) throw new InputError(`${at(node)}: '${key}' must be a list`);
    return node.toJSON() as unknown[];
  };
  out.knownConfigs = list('known-configs') ?? [];
  const presets = list('presets');
  if (presets) {
    for (const p of presets)
      if (!DEFAULT_PRESETS.includes(String(p)))
        throw new InputError(`${file}: unknown preset '${p}' (known: ${DEFAULT_PRESETS.join(', ')}; an empty list switches them off)`);
    out.presets = presets.map(String);
  }
  out.redact = (list('redact') ?? []).map(String);
  return out;
}

/** Reads compat.yaml; a missing file is an empty one unless the user named it. */
export async function loadAcceptFile(file: string | undefined, required: boolean): Promise<AcceptFile> {
  if (!file) return emptyAcceptFile();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !required) return emptyAcceptFile();
    throw new InputError(
      `${file}: cannot read the accept file: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  return parseAcceptFile(text, file);
}
