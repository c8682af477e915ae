// sops's view of a document (sops.go: TreeBranch/TreeItem): ordered maps whose keys may be
// comments, lists that may hold comments, and scalar leaves. Kept apart from the stores so that
// every format (YAML, JSON, dotenv, INI) feeds the same decryption walk.

import { setOwn } from '../model/json.js';

/** A comment line, without its `#`. Part of the tree because comment regexes look at it. */
export class Comment {
  constructor(readonly text: string) {}
}

export type Scalar = string | number | boolean | null;

/** An ordered map; `key` is a Comment for comment lines between entries. */
export class Branch {
  constructor(readonly items: Array<{ key: string | Comment; value: TreeValue }> = []) {}
}

export type TreeValue = Scalar | Comment | Branch | TreeValue[];

/** A parsed sops file: the document without its `sops` entry, and that entry as plain data. */
export interface SopsDocument {
  tree: Branch;
  /** The raw `sops` metadata (nested objects and lists), or undefined for a plain file. */
  metadata?: Record<string, unknown>;
}

/** Plain JSON of a tree, comments left out, each map key passed through `renameKey`. */
export function toJson(value: TreeValue, renameKey: (key: string) => string = (k) => k): unknown {
  if (value instanceof Branch) {
    const out: Record<string, unknown> = {};
    for (const { key, value: v } of value.items) {
      if (key instanceof Comment) continue;
      // setOwn, so that a key named `__proto__` stays a plain key.
      setOwn(out, renameKey(key), toJson(v, renameKey));
    }
    return out;
  }
  if (Array.isArray(value)) return value.filter((v) => !(v instanceof Comment)).map((v) => toJson(v, renameKey));
  if (value instanceof Comment) return undefined;
  return value;
}

/**
 * JSON text of a tree as JSON.stringify(value, null, 2) would print it, but with map keys in the
 * order written: a JavaScript object would move integer-like keys ("7") first.
 */
export function toJsonText(value: TreeValue, renameKey: (key: string) => string = (k) => k, indent = ''): string {
  const inner = `${indent}  `;
  if (value instanceof Branch) {
    const entries = value.items.flatMap(({ key, value: v }) =>
      key instanceof Comment ? [] : [`${inner}${JSON.stringify(renameKey(key))}: ${toJsonText(v, renameKey, inner)}`],
    );
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    const items = value.filter((v) => !(v instanceof Comment)).map((v) => `${inner}${toJsonText(v, renameKey, inner)}`);
    return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
  }
  return JSON.stringify(value instanceof Comment ? null : value) ?? 'null';
}
