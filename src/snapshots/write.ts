import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '../model/canonical.js';
import type { SnapshotSet } from '../model/types.js';

/**
 * Snapshot file text: estuary's shapes (spec `[Spec]`, discover `[Binding, ...]`, capture
 * `[[collection, doc], ...]`), two-space indent, keys sorted, so the same outputs give the same
 * bytes and a reviewer's diff shows only real change. Bindings and documents keep the order
 * the caller gives: normalizeSet sorts bindings by resource path and documents by collection.
 */
export function snapshotText(value: unknown): string {
  return `${canonicalJson(value, 2)}\n`;
}

/** Writes a side's outputs in our layout (`spec.json`, `discover.json`, `capture.json`). */
export async function writeSnapshotSet(dir: string, set: SnapshotSet): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, value: unknown) => {
    const file = path.join(dir, name);
    await writeFile(file, snapshotText(value));
    written.push(file);
  };
  if (set.spec) await put('spec.json', [set.spec]);
  if (set.discover) await put('discover.json', set.discover);
  if (set.capture) await put('capture.json', set.capture);
  return written;
}
