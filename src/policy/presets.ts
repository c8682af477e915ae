import type { Finding, JsonObject, SnapshotSet } from '../model/types.js';
import { bindingAt } from '../normalize/index.js';

/** The compared sets, for recognizing a difference by its context. */
export interface PresetContext {
  baseline: SnapshotSet;
  candidate: SnapshotSet;
}

/** Recognizes one kind of difference: returns the explanation when it applies. */
type Recognizer = (f: Finding, ctx: PresetContext) => string | undefined;

const title = (schema: unknown): unknown => (schema as JsonObject | undefined)?.title;

/**
 * The differences every ATF-to-CDK import has and reviewers accepted (shared fixtures README):
 * each is recognized from the finding and the compared sets, never from its wording.
 */
const ESTUARY_CDK_IMPORT: Recognizer[] = [
  (f, { baseline, candidate }) => {
    const resourceSchema =
      f.pointer?.startsWith('/resourceConfigSchema') && f.rule !== 'spec.resource.narrowed' && f.rule !== 'spec.resource.invalid-schema';
    if (
      !resourceSchema ||
      title(baseline.spec?.resourceConfigSchema) !== 'ResourceSpec' ||
      title(candidate.spec?.resourceConfigSchema) !== 'ResourceConfig'
    )
      return undefined;
    // narrowed-unused says the engine checked them all; without the baseline's bindings nothing was checked.
    if (f.rule === 'spec.resource.narrowed-unused' && !baseline.discover?.length) return undefined;
    return `the CDK's ResourceConfig replaces ATF's ResourceSpec (cursorField and namespace no longer nullable, no other properties); every resource config the ATF connector discovered (${baseline.discover?.length ?? 0}) still validates under it`;
  },
  (f, { candidate }) => {
    if (f.rule !== 'discover.schema.meta-changed' || f.pointer !== '/documentSchema/properties/_meta') return undefined;
    const schema = bindingAt(candidate, f.binding)?.documentSchema as JsonObject | undefined;
    const meta = (schema?.properties as JsonObject | undefined)?._meta as JsonObject | undefined;
    const required = Array.isArray(meta?.required) && meta.required.includes('row_id');
    return required ? 'the CDK adds _meta.row_id (required) to every document; the runtime fills it' : undefined;
  },
  (f) =>
    f.rule === 'discover.schema.annotation-changed' && f.pointer === '/documentSchema/x-infer-schema' && f.after === true
      ? 'CDK captures set x-infer-schema: the discovered schema becomes the write schema and the read schema is inferred from the data'
      : undefined,
  (f, { baseline }) => {
    if (f.rule !== 'discover.resource-config.changed' || f.pointer !== '/resourceConfig/cursorField' || f.after !== undefined)
      return undefined;
    return bindingAt(baseline, f.binding)?.resourceConfig.syncMode === 'full_refresh'
      ? 'a full_refresh binding has no cursor; the CDK leaves cursorField out'
      : undefined;
  },
];

const PRESETS: Record<string, Recognizer[]> = { 'estuary-cdk-import': ESTUARY_CDK_IMPORT };

/**
 * Built-in presets recognize differences that reviewers accept on every import and report them as
 * info with an explanation. (ATF's `"oauth2": {}` versus no key is the same spec; normalization
 * already treats it so.) Accept entries and severity remapping apply afterwards, as to any finding.
 */
export function applyPresets(findings: Finding[], presets: readonly string[], ctx?: PresetContext): Finding[] {
  const recognizers = presets.flatMap((p) => PRESETS[p] ?? []);
  if (recognizers.length === 0 || !ctx) return findings;
  return findings.map((f) => {
    const explanation = recognizers.map((r) => r(f, ctx)).find((e) => e !== undefined);
    return explanation ? { ...f, severity: 'info', explanation } : f;
  });
}
