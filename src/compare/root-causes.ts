import { escapeToken, parsePointer } from '../model/pointer.js';
import { SEVERITIES, type Finding, type JsonObject, type SnapshotSet } from '../model/types.js';

/**
 * Root causes: a finding that explains others (a resource-config schema switch, a removed or renamed
 * binding, a key change) gets them as its consequences, each consequence naming it in `causedBy`.
 * Nothing is removed or re-graded, so counts and the verdict stay as they are; reports show the
 * consequences under their root instead of beside it. Findings are matched to a binding by their
 * `resourcePath` (compare/binding-names.ts), whichever name their `binding` is.
 */

type Sets = { baseline: SnapshotSet; candidate: SnapshotSet };

/** Decides, for a finding that is not a root, whether this root implies it. */
type Implies = (f: Finding) => boolean;

const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);

const propertiesOf = (schema: unknown): Set<string> => {
  const props = (schema as JsonObject | undefined)?.properties;
  return new Set(props && typeof props === 'object' ? Object.keys(props) : []);
};

/** A document-schema pointer of a key pointer: /a/b is /documentSchema/properties/a/properties/b. */
const schemaPointerOf = (key: string): string =>
  `/documentSchema${parsePointer(key)
    .map((t) => `/properties/${escapeToken(t)}`)
    .join('')}`;

/** A capture or migration finding about the root's binding (its collection, its state). */
const downstreamOf = (f: Finding, root: Finding): boolean =>
  (f.stage === 'capture' || f.stage === 'migration') && f.resourcePath !== undefined && f.resourcePath === root.resourcePath;

/**
 * The resource config schema switched when properties were removed from it: the whole-config or
 * most severe resource-config finding is the root; the other resource-config schema findings, the
 * resource path change and every binding's added or dropped resource config field follow from it.
 */
function resourceConfigSwitch(findings: Finding[], sets: Sets): [Finding, Implies] | undefined {
  const before = propertiesOf(sets.baseline.spec?.resourceConfigSchema);
  const after = propertiesOf(sets.candidate.spec?.resourceConfigSchema);
  const changed = new Set([...before, ...after].filter((p) => before.has(p) !== after.has(p)));
  if (![...before].some((p) => !after.has(p))) return undefined;
  const isSchemaFinding = (f: Finding) =>
    f.stage === 'spec' && (f.rule === 'spec.resource-path.changed' || (f.pointer?.startsWith('/resourceConfigSchema') ?? false));
  const root = findings
    .filter(isSchemaFinding)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a.rule === 'spec.resource-path.changed') - Number(b.rule === 'spec.resource-path.changed') ||
        (a.pointer ?? '').length - (b.pointer ?? '').length,
    )[0];
  if (!root) return undefined;
  const property = (pointer: string | undefined, scope: string) =>
    pointer?.startsWith(scope) ? parsePointer(pointer.slice(scope.length - 1))[0] : undefined;
  return [
    root,
    (f) =>
      isSchemaFinding(f) || (f.rule === 'discover.resource-config.changed' && changed.has(property(f.pointer, '/resourceConfig/') ?? '')),
  ];
}

/** A binding no longer discovered: its captured collection and its state go with it. */
function bindingRemoved(root: Finding): Implies {
  return (f) => downstreamOf(f, root);
}

/** A renamed binding: its documents land in a collection of the new name, and the old one gets none. */
function bindingRenamed(root: Finding): Implies {
  return (f) => (f.rule === 'capture.collection.missing' || f.rule === 'capture.collection.added') && downstreamOf(f, root);
}

/** A new key: its fields become required and non-null, and documents pair up by another key. */
function keyChanged(root: Finding): Implies {
  const keyFields = new Set(((root.after as string[] | undefined) ?? []).map(schemaPointerOf));
  const schemaRules = new Set(['discover.schema.nullability-removed', 'discover.schema.narrowed', 'discover.schema.required-added']);
  const captureRules = new Set(['capture.document.unmatched', 'capture.document.missing']);
  return (f) =>
    (f.stage === 'discover' && f.binding === root.binding && schemaRules.has(f.rule) && keyFields.has(f.pointer ?? '')) ||
    (captureRules.has(f.rule) && downstreamOf(f, root));
}

/** A change of an Airbyte stream's sync modes or cursor shows in the Flow view as the binding's resource config field. */
function airbyteStream(root: Finding, field: 'syncMode' | 'cursorField'): Implies {
  return (f) => f.rule === 'discover.resource-config.changed' && f.binding === root.binding && f.pointer === `/resourceConfig/${field}`;
}

/** The findings with each consequence's `causedBy` set; roots and unrelated findings unchanged. */
export function linkRootCauses(findings: Finding[], sets: Sets | undefined): Finding[] {
  if (!sets) return findings;
  const roots: [Finding, Implies][] = [];
  const rc = resourceConfigSwitch(findings, sets);
  if (rc) roots.push(rc);
  for (const f of findings) {
    if (f.rule === 'discover.binding.removed') roots.push([f, bindingRemoved(f)]);
    else if (f.rule === 'discover.binding.renamed') roots.push([f, bindingRenamed(f)]);
    else if (f.rule === 'discover.key.changed') roots.push([f, keyChanged(f)]);
    else if (f.rule === 'discover.sync-mode.removed') roots.push([f, airbyteStream(f, 'syncMode')]);
    else if (f.rule === 'discover.cursor.changed') roots.push([f, airbyteStream(f, 'cursorField')]);
  }
  if (roots.length === 0) return findings;
  const rootIds = new Set(roots.map(([r]) => r.id));
  return findings.map((f) => {
    if (rootIds.has(f.id)) return f;
    const root = roots.find(([, implies]) => implies(f));
    return root ? { ...f, causedBy: root[0].id } : f;
  });
}
