// YAML and JSON files (stores/yaml, stores/json). The `yaml` package reads both and keeps keys in
// the order written, which the MAC depends on; JSON.parse would move integer-like keys first.
import { type Document, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { InputError } from '../../model/errors.js';
import { Branch, Comment, type SopsDocument, type TreeValue, toJson } from '../tree.js';

/** yaml joins comment lines with '\n' and drops each '#'; sops keeps one Comment per line. */
function commentLines(text: string | null | undefined): Comment[] {
  if (!text) return [];
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => new Comment(line));
}

function pushComments(items: Branch['items'], text: string | null | undefined): void {
  for (const c of commentLines(text)) items.push({ key: c, value: null });
}

function toTree(node: unknown, doc: Document): TreeValue {
  if (isAlias(node)) return toTree(node.resolve(doc), doc);
  if (isMap(node)) {
    const items: Branch['items'] = [];
    pushComments(items, node.commentBefore);
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      pushComments(items, key?.commentBefore);
      pushComments(items, key?.comment);
      const leaf = !isMap(value) && !isSeq(value);
      // Like sops's YAML store, comments on a scalar value come before its entry.
      if (leaf) {
        pushComments(items, value?.commentBefore);
        pushComments(items, value?.comment);
      }
      const keyValue = isScalar(key) ? key.value : isAlias(key) ? toJson(toTree(key, doc)) : key;
      items.push({ key: String(keyValue), value: value === null ? null : toTree(value, doc) });
    }
    pushComments(items, node.comment);
    return new Branch(items);
  }
  if (isSeq(node)) {
    const out: TreeValue[] = [...commentLines(node.commentBefore)];
    for (const item of node.items) {
      const n = item as Node | null;
      if (!isMap(n) && !isSeq(n)) out.push(...commentLines(n?.commentBefore), ...commentLines(n?.comment));
      out.push(n === null ? null : toTree(n, doc));
    }
    out.push(...commentLines(node.comment));
    return out;
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'bigint') return Number(v);
    return String(v);
  }
  return null;
}

/** Parses YAML or JSON text into sops's tree, with the `sops` entry split off. */
export function parseYaml(text: string): SopsDocument {
  const docs = parseAllDocuments(text);
  if (docs.length > 1) throw new InputError('the file holds several YAML documents; an endpoint config is one document');
  const doc = docs[0];
  if (!doc) return { tree: new Branch() };
  const error = doc.errors[0];
  if (error) throw new InputError(`the file is not valid YAML or JSON (line ${error.linePos?.[0]?.line ?? '?'}: ${error.code})`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new InputError('the file is not a map at its top level');
  const root = toTree(doc.contents, doc);
  const tree = root instanceof Branch ? root : new Branch();
  tree.items.unshift(...commentLines(doc.commentBefore).map((c) => ({ key: c, value: null })));
  pushComments(tree.items, doc.comment);
  // sops erases the top-level `sops` entry from the data and reads it as metadata.
  const at = tree.items.findIndex((i) => i.key === 'sops');
  if (at < 0) return { tree };
  const [entry] = tree.items.splice(at, 1);
  const metadata = toJson(entry!.value);
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new InputError("the file's top-level 'sops' entry is not a map");
  }
  return { tree, metadata: metadata as Record<string, unknown> };
}
