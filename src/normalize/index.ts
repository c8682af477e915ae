import { DEFAULT_RESOURCE_PATH_POINTERS, resourcePath } from '../model/resource-path.js';
import type { Binding, CapturedDoc, JsonObject, SnapshotSet, SpecResponse } from '../model/types.js';

export { DEFAULT_RESOURCE_PATH_POINTERS };

/** A binding's resource path; a binding whose config holds none is known by its name. */
export function resourcePathOf(binding: Binding, pointers: readonly string[]): string[] {
  const path = resourcePath(binding.resourceConfig, pointers);
  return path.length > 0 ? path : [binding.recommendedName];
}

/** How a resource path is shown and matched: its parts joined by `/` (`events`, `public/users`). */
export const resourcePathLabel = (path: readonly string[]): string => path.join('/');

function normalizeSpec(spec: SpecResponse): SpecResponse {
  const out: SpecResponse = { ...spec };
  // ATF emits `"oauth2": {}` when a connector has no OAuth; the CDK omits the key; null says the same.
  const oauth2: unknown = out.oauth2;
  if (oauth2 === null || (typeof oauth2 === 'object' && Object.keys(oauth2).length === 0)) delete out.oauth2;
  return out;
}

/**
 * A captured document as compared: without the runtime's per-document /_meta/uuid. One without it
 * is returned as it is (the same pair), so that its text read from a file still stands for it.
 */
export function normalizeDoc(pair: CapturedDoc): CapturedDoc {
  const [collection, doc] = pair;
  const meta = doc._meta;
  if (!meta || typeof meta !== 'object' || !('uuid' in meta)) return pair;
  // The runtime overwrites /_meta/uuid on every document; flowctl prints a placeholder.
  const { uuid: _uuid, ...rest } = meta as JsonObject;
  const copy: JsonObject = { ...doc, _meta: rest };
  if (Object.keys(rest).length === 0) delete copy._meta;
  return [collection, copy];
}

/** A side's resource path pointers: its spec's, else the ATF default every ResourceSpec has. */
export const pointersOf = (set: SnapshotSet): readonly string[] => set.spec?.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;

/** Normalizes one side's outputs before comparison: nothing that carries meaning is dropped. */
export function normalizeSet(set: SnapshotSet): SnapshotSet {
  const out: SnapshotSet = { ...set };
  if (set.spec) out.spec = normalizeSpec(set.spec);
  if (set.discover) {
    const pointers = pointersOf(set);
    out.discover = [...set.discover].sort((a, b) =>
      resourcePathLabel(resourcePathOf(a, pointers)).localeCompare(resourcePathLabel(resourcePathOf(b, pointers))),
    );
  }
  // By collection, then in the order the connector emitted them: the same on every run.
  if (set.capture)
    out.capture = set.capture
      .map((d, i) => [normalizeDoc(d), i] as const)
      .sort((a, b) => a[0][0].localeCompare(b[0][0]) || a[1] - b[1])
      .map(([d]) => d);
  return out;
}

/** Each discovered list's bindings by resource path (the first of equal paths): findings of a catalog ask thousands of times. */
const byPath = new WeakMap<Binding[], { pointers: readonly string[]; index: Map<string, Binding> }>();

/** A side's discovered binding at a resource path (a finding's `binding`), if it has one. */
export function bindingAt(set: SnapshotSet, path: string | undefined): Binding | undefined {
  if (!set.discover || path === undefined) return undefined;
  const pointers = pointersOf(set);
  let hit = byPath.get(set.discover);
  if (!hit || hit.pointers !== pointers) {
    const index = new Map<string, Binding>();
    for (const b of set.discover) {
      const label = resourcePathLabel(resourcePathOf(b, pointers));
      if (!index.has(label)) index.set(label, b);
    }
    byPath.set(set.discover, (hit = { pointers, index }));
  }
  return hit.index.get(path);
}
