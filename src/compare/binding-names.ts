import type { Finding, SnapshotSet } from '../model/types.js';
import { pointersOf, resourcePathLabel, resourcePathOf } from '../normalize/index.js';
import { collectionName } from './collections.js';

type Sets = { baseline: SnapshotSet; candidate: SnapshotSet };
interface Names {
  resourcePath: string;
  collection: string;
}

/**
 * One binding has two names: discovery and spec findings name it by resource path (`users`),
 * capture findings by the collection its documents went to (`acmeCo/users`). Each finding gets
 * both (`resourcePath`, `collection`), so that a reader and a compat.yaml entry can use either.
 * A collection is the captured one whose last part is the binding's recommended name, else that name.
 */
export function nameBindings(findings: Finding[], sets: Sets | undefined): Finding[] {
  if (!sets) return findings;
  const byName = new Map<string, Names>();
  const byPath = new Map<string, Names>();
  for (const set of [sets.candidate, sets.baseline]) {
    const captured = set.capture?.map(([c]) => c) ?? set.capturedCollections ?? [];
    const collections = new Map(captured.map((c) => [collectionName(c), c] as const));
    const pointers = pointersOf(set);
    for (const b of set.discover ?? []) {
      const names = {
        resourcePath: resourcePathLabel(resourcePathOf(b, pointers)),
        collection: collections.get(b.recommendedName) ?? b.recommendedName,
      };
      if (!byName.has(b.recommendedName)) byName.set(b.recommendedName, names);
      if (!byPath.has(names.resourcePath)) byPath.set(names.resourcePath, names);
    }
  }
  return findings.map((f) => {
    if (f.binding === undefined) return f;
    const names = f.stage === 'capture' ? byName.get(collectionName(f.binding)) : byPath.get(f.binding);
    if (f.stage === 'capture') return { ...f, collection: f.binding, ...(names ? { resourcePath: names.resourcePath } : {}) };
    return { ...f, resourcePath: f.binding, ...(names ? { collection: names.collection } : {}) };
  });
}
