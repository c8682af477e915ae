import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '../model/canonical.js';
import type { Binding, SnapshotSet } from '../model/types.js';

/**
 * Snapshot file text: estuary's shapes (spec `[Spec]`, discover `[Binding, ...]`, capture
 * `[[collection, doc], ...]`), two-space indent, keys sorted, so the same outputs give the same
 * bytes and a reviewer's diff shows only real change. Bindings and documents keep the order
 * the caller gives: normalizeSet sorts bindings by resource path and documents by collection.
 */
export function snapshotText(value: unknown): string {
  return `${canonicalJson(value, 2)}\n`;
}

/** The stream of a captured collection: the binding whose recommended name the collection ends with. */
function streamOf(collection: string, bindings: readonly Binding[]): { stream: string; namespace?: string } | undefined {
  const b = bindings.find((x) => collection === x.recommendedName || collection.endsWith(`/${x.recommendedName}`));
  const rc = b?.resourceConfig;
  if (typeof rc?.stream !== 'string') return undefined;
  return { stream: rc.stream, ...(typeof rc.namespace === 'string' ? { namespace: rc.namespace } : {}) };
}

/**
 * An Airbyte side's files, in Airbyte's shapes so that they read back with its catalog (sync modes,
 * cursors): `spec.json` (its ConnectorSpecification), `catalog.json`, `records.jsonl` (one record per line).
 */
function airbyteFiles(set: SnapshotSet): [string, string][] {
  const files: [string, string][] = [];
  if (set.spec && set.airbyteSpec) files.push(['spec.json', snapshotText(set.airbyteSpec)]);
  if (set.discover && set.airbyteStreams) files.push(['catalog.json', snapshotText({ streams: set.airbyteStreams })]);
  if (set.capture && set.discover && set.airbyteStreams) {
    const lines = set.capture.map(([collection, data]) =>
      canonicalJson({ ...(streamOf(collection, set.discover!) ?? { stream: collection }), data }),
    );
    files.push(['records.jsonl', lines.map((l) => `${l}\n`).join('')]);
  }
  return files;
}

/** The two layouts' files of one stage: writing one removes the other, which would be a second snapshot of it. */
const SAME_STAGE: [string, string][] = [
  ['discover.json', 'catalog.json'],
  ['capture.json', 'records.jsonl'],
];

/**
 * Writes a side's outputs: in our layout (`spec.json`, `discover.json`, `capture.json`), or for an
 * Airbyte side in Airbyte's (`spec.json`, `catalog.json`, `records.jsonl`); a file of the other
 * layout for a stage written is removed.
 */
export async function writeSnapshotSet(dir: string, set: SnapshotSet): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = set.protocol === 'airbyte' ? airbyteFiles(set) : [];
  if (files.length === 0) {
    if (set.spec) files.push(['spec.json', snapshotText([set.spec])]);
    if (set.discover) files.push(['discover.json', snapshotText(set.discover)]);
    if (set.capture) files.push(['capture.json', snapshotText(set.capture)]);
  }
  const written: string[] = [];
  for (const [name, text] of files) {
    const stale = SAME_STAGE.find((pair) => pair.includes(name))?.find((other) => other !== name);
    if (stale) await rm(path.join(dir, stale), { force: true });
    await writeFile(path.join(dir, name), text);
    written.push(path.join(dir, name));
  }
  return written;
}
