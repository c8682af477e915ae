import { jsonEqual } from '../model/canonical.js';
import { joinPointer } from '../model/pointer.js';
import type { Binding, Finding, JsonObject } from '../model/types.js';
import { resourcePathLabel, resourcePathOf } from '../normalize/index.js';
import { makeFinding } from './finding.js';
import { downgradeUnhit } from './narrowing-hits.js';
import { DOCUMENT_RULES, judgeSchemaFields, showUnshown } from './schema-diff.js';

export interface DiscoverSide {
  bindings: Binding[];
  pointers: readonly string[];
  /** Captured documents by collection name's last part (= recommendedName), when there are any. */
  samples?: ReadonlyMap<string, JsonObject[]>;
}

/** Bindings by their identity, the resource path. */
export function byResourcePath(side: DiscoverSide): Map<string, Binding> {
  const map = new Map<string, Binding>();
  for (const b of side.bindings) map.set(resourcePathLabel(resourcePathOf(b, side.pointers)), b);
  return map;
}

function compareResourceConfig(path: string, before: JsonObject, after: JsonObject, identity: Set<string>): Finding[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !identity.has(k)).sort();
  return keys
    .filter((k) => !jsonEqual(before[k], after[k]))
    .map((k) => {
      const what =
        before[k] === undefined
          ? 'added'
          : after[k] === undefined
            ? 'dropped'
            : `changed from ${JSON.stringify(before[k])} to ${JSON.stringify(after[k])}`;
      return makeFinding({
        rule: 'discover.resource-config.changed',
        stage: 'discover',
        binding: path,
        pointer: joinPointer('/resourceConfig', k),
        before: before[k],
        after: after[k],
        message: `resource config ${k} ${what}`,
      });
    });
}

/** One binding present on both sides: name, state, key, resource config and document schema. */
function compareBinding(path: string, b: Binding, a: Binding, identity: Set<string>, samples: readonly JsonObject[]): Finding[] {
  const findings: Finding[] = [];
  const f = (input: Omit<Parameters<typeof makeFinding>[0], 'stage' | 'binding'>) =>
    findings.push(makeFinding({ ...input, stage: 'discover', binding: path }));
  if (b.recommendedName !== a.recommendedName) {
    f({
      rule: 'discover.binding.renamed',
      pointer: '/recommendedName',
      before: b.recommendedName,
      after: a.recommendedName,
      message: 'recommended collection name changed',
    });
  }
  if (!!b.disable !== !!a.disable) {
    f(
      a.disable
        ? {
            rule: 'discover.binding.disabled',
            pointer: '/disable',
            before: false,
            after: true,
            message: 'binding is now disabled by default',
          }
        : {
            rule: 'discover.binding.enabled',
            pointer: '/disable',
            before: true,
            after: false,
            message: 'binding is no longer disabled by default',
          },
    );
  }
  if (!jsonEqual(b.key, a.key)) {
    f({
      rule: 'discover.key.changed',
      pointer: '/key',
      before: b.key,
      after: a.key,
      message: 'collection key changed: a new key needs a new collection and a backfill',
    });
  }
  findings.push(...compareResourceConfig(path, b.resourceConfig, a.resourceConfig, identity));
  const bInfer = (b.documentSchema as JsonObject)?.['x-infer-schema'];
  const aInfer = (a.documentSchema as JsonObject)?.['x-infer-schema'];
  if (bInfer !== aInfer) {
    f({
      rule: 'discover.schema.annotation-changed',
      pointer: '/documentSchema/x-infer-schema',
      before: bInfer,
      after: aInfer,
      message: `x-infer-schema ${aInfer ? 'set' : 'unset'}: the read schema is ${aInfer ? 'now inferred from the data' : 'no longer inferred'}`,
    });
  }
  if (!jsonEqual(b.documentSchema, a.documentSchema)) {
    const judged = judgeSchemaFields(b.documentSchema, a.documentSchema, {
      rules: DOCUMENT_RULES,
      binding: path,
      scope: '/documentSchema',
      noun: 'field',
      examples: samples,
    });
    showUnshown(judged);
    const unhit = downgradeUnhit(judged.narrowings, a.documentSchema, samples);
    findings.push(...judged.findings.map((x) => unhit.get(x) ?? x));
  }
  return findings;
}

/** Discovery differences between two sides' bindings, matched by resource path. */
export function compareDiscover(before: DiscoverSide, after: DiscoverSide): Finding[] {
  const findings: Finding[] = [];
  const b = byResourcePath(before);
  const a = byResourcePath(after);
  // Resource config fields that make up the identity are compared as identity, not as config.
  const identity = new Set([...before.pointers, ...after.pointers].map((p) => p.replace(/^\//, '')));
  for (const [path, binding] of b) {
    const other = a.get(path);
    if (!other) {
      findings.push(
        makeFinding({
          rule: 'discover.binding.removed',
          stage: 'discover',
          binding: path,
          before: binding.recommendedName,
          message: 'binding no longer discovered: tasks capturing it would fail to validate',
        }),
      );
      continue;
    }
    findings.push(...compareBinding(path, binding, other, identity, before.samples?.get(binding.recommendedName) ?? []));
  }
  for (const [path, binding] of a) {
    if (!b.has(path))
      findings.push(
        makeFinding({
          rule: 'discover.binding.added',
          stage: 'discover',
          binding: path,
          after: binding.recommendedName,
          message: `new binding${binding.disable ? ' (disabled by default)' : ''}`,
        }),
      );
  }
  return findings;
}
