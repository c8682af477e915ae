import { jsonEqual } from '../model/canonical.js';
import { isJsonObject } from '../model/json.js';
import { escapeToken, getAt } from '../model/pointer.js';
import type { RuleId } from '../model/rules.js';
import type { AtfPatch, AtfPatchReport, Binding, Finding, SnapshotSet } from '../model/types.js';
import { makeFinding } from './finding.js';

/**
 * Whether the candidate reproduces what each of the baseline's ATF patch files set (the file
 * semantics are airbyte-to-flow's: see snapshots/atf-patches.ts). A merge patch sets each of its
 * leaves (a value that is not an object; arrays and null included, null removing); each leaf is a
 * place the candidate must hold the same value at. A place it does not is a finding: breaking
 * where the patch set a collection key or made a config field required or secret, else a warning.
 */

type Sets = { baseline: SnapshotSet; candidate: SnapshotSet };

interface Place {
  patch: AtfPatch;
  rule: RuleId;
  binding?: string;
  pointer: string;
  expected: unknown;
  actual: unknown;
  reproduced: boolean;
}

/** The leaves of a JSON merge patch, as pointers below `scope`. */
function leaves(patch: unknown, scope: string, out: [string, unknown][] = []): [string, unknown][] {
  if (!isJsonObject(patch)) {
    out.push([scope, patch]);
    return out;
  }
  for (const [k, v] of Object.entries(patch)) leaves(v, `${scope}/${escapeToken(k)}`, out);
  return out;
}

/** Whether a value makes something required or secret: what a config that omits it, or shows it, breaks on. */
function guards(pointer: string, value: unknown): boolean {
  if (pointer.endsWith('/required') || pointer.endsWith('/secret') || pointer.endsWith('/airbyte_secret')) return true;
  const text = JSON.stringify(value) ?? '';
  return /"required":\s*\[\s*"/.test(text) || /"(airbyte_)?secret":\s*true/.test(text);
}

const matches = (want: unknown, have: unknown): boolean => (want === null ? have === undefined : jsonEqual(want, have));

/** The bindings a streams/ file applies to: the one of its recommended name, or all for `*`. */
const streamsOf = (set: SnapshotSet, stream: string | undefined): Binding[] =>
  (set.discover ?? []).filter((b) => stream === '*' || b.recommendedName === stream);

function placesOf(patch: AtfPatch, { baseline, candidate }: Sets): Place[] {
  const spec = candidate.spec ?? {};
  const partner = (b: Binding) => candidate.discover?.find((c) => c.recommendedName === b.recommendedName);
  const at = (rule: RuleId, pointer: string, expected: unknown, actual: unknown, binding?: string): Place => ({
    patch,
    rule,
    pointer,
    expected,
    actual,
    reproduced: matches(expected, actual),
    ...(binding !== undefined ? { binding } : {}),
  });
  switch (patch.kind) {
    case 'spec':
      return leaves(patch.content, '/configSchema').map(([p, v]) =>
        at(guards(p, v) ? 'spec.atf-config.not-reproduced' : 'spec.atf-patch.not-reproduced', p, v, getAt(spec, p)),
      );
    case 'oauth2':
      return [at('spec.atf-patch.not-reproduced', '/oauth2', patch.content, spec.oauth2)];
    case 'documentation-url':
      return [
        at(
          'spec.atf-patch.not-reproduced',
          '/documentationUrl',
          (patch.content as { documentation_url: string }).documentation_url,
          spec.documentationUrl,
        ),
      ];
    case 'selected-streams': {
      const selected = new Set(patch.content as string[]);
      return (baseline.discover ?? []).map((b) => {
        const stream = String(b.resourceConfig.stream ?? b.recommendedName);
        const other = partner(b);
        return at('discover.atf-patch.not-reproduced', '/disable', !selected.has(stream), Boolean(other?.disable), b.recommendedName);
      });
    }
    case 'stream-key':
      return streamsOf(baseline, patch.stream).map((b) => {
        const other = partner(b);
        return at(
          'discover.atf-key.not-reproduced',
          '/key',
          (patch.content as string[]).map((f) => `/${f}`),
          other?.key,
          b.recommendedName,
        );
      });
    case 'stream-schema':
      return streamsOf(baseline, patch.stream).flatMap((b) => {
        const other = partner(b);
        return leaves(patch.content, '/documentSchema').map(([p, v]) =>
          at('discover.atf-patch.not-reproduced', p, v, other ? getAt(other, p) : undefined, b.recommendedName),
        );
      });
  }
}

const CHANGES: Record<AtfPatch['kind'], string> = {
  spec: 'merge patch on the endpoint config schema',
  oauth2: 'replaces the OAuth2 spec',
  'documentation-url': 'replaces the documentation URL',
  'selected-streams': 'enables only the streams it lists',
  'stream-schema': 'merge patch on the document schema',
  'stream-key': 'sets the collection key',
};

/** The patches' findings, their account for the report, and the places each file set (to label other findings). */
export function judgeAtfPatches(
  patches: AtfPatch[],
  sets: Sets,
): { findings: Finding[]; files: AtfPatchReport['files']; places: { file: string; binding?: string; pointer: string }[] } {
  const findings: Finding[] = [];
  const files: AtfPatchReport['files'] = [];
  const all: Place[] = [];
  for (const patch of patches) {
    const places = placesOf(patch, sets);
    all.push(...places);
    const missing = places.filter((p) => !p.reproduced);
    const what = patch.stream
      ? `${CHANGES[patch.kind]} of ${patch.stream === '*' ? 'every stream' : `stream ${patch.stream}`}`
      : CHANGES[patch.kind];
    files.push({
      file: patch.file,
      changes: what,
      places: places.length,
      reproduced: missing.length === 0 ? 'yes' : missing.length === places.length ? 'no' : 'partly',
      missing: missing.map((p) => `${p.binding ? `${p.binding} ` : ''}${p.pointer}`),
    });
    for (const p of missing)
      findings.push(
        makeFinding({
          rule: p.rule,
          stage: p.rule.startsWith('spec.') ? 'spec' : 'discover',
          ...(p.binding !== undefined ? { binding: p.binding } : {}),
          pointer: p.pointer,
          before: p.expected,
          after: p.actual,
          message: `set by ATF's ${patch.file}, not reproduced by the candidate`,
        }),
      );
  }
  return {
    findings,
    files,
    places: all.map((p) => ({ file: p.patch.file, pointer: p.pointer, ...(p.binding !== undefined ? { binding: p.binding } : {}) })),
  };
}

/** Labels each finding about a place a patch set (at it, or above or below it) with the patch file. */
export function labelAtfPatches(findings: Finding[], places: { file: string; binding?: string; pointer: string }[]): Finding[] {
  if (places.length === 0) return findings;
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  return findings.map((f) => {
    if (f.atfPatch || f.pointer === undefined) return f;
    const hit = places.find((p) => p.binding === f.binding && related(p.pointer, f.pointer!));
    return hit ? { ...f, atfPatch: hit.file } : f;
  });
}
