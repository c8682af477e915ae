import type { Severity, Stage } from './types.js';

/** The rule catalogue of rules.md: id -> stage and default severity. Listed ids keep their meaning. */
export const RULES = {
  'spec.protocol.changed': ['spec', 'breaking'],
  'spec.config.narrowed': ['spec', 'breaking'],
  'spec.config.invalid-schema': ['spec', 'breaking'],
  'spec.config.narrowed-unused': ['spec', 'warning'],
  'spec.config.property-removed': ['spec', 'warning'],
  'spec.config.secret-unmarked': ['spec', 'breaking'],
  'spec.config.widened': ['spec', 'info'],
  'spec.resource.narrowed': ['spec', 'breaking'],
  'spec.resource.narrowed-unused': ['spec', 'warning'],
  'spec.resource.widened': ['spec', 'info'],
  'spec.resource.unknown': ['spec', 'warning'],
  'spec.config.unknown': ['spec', 'warning'],
  'spec.resource.invalid-schema': ['spec', 'breaking'],
  'spec.resource.property-removed': ['spec', 'warning'],
  'spec.resource-path.changed': ['spec', 'breaking'],
  'spec.oauth2.changed': ['spec', 'warning'],
  'spec.oauth2.removed': ['spec', 'breaking'],
  'spec.documentation-url.changed': ['spec', 'info'],
  'spec.annotation.changed': ['spec', 'info'],
  'discover.binding.removed': ['discover', 'breaking'],
  'discover.binding.added': ['discover', 'info'],
  'discover.binding.renamed': ['discover', 'warning'],
  'discover.binding.enabled': ['discover', 'info'],
  'discover.binding.disabled': ['discover', 'info'],
  'discover.key.changed': ['discover', 'breaking'],
  'discover.resource-config.changed': ['discover', 'warning'],
  'discover.sync-mode.removed': ['discover', 'breaking'],
  'discover.sync-mode.added': ['discover', 'info'],
  'discover.cursor.changed': ['discover', 'warning'],
  'discover.schema.narrowed': ['discover', 'breaking'],
  'discover.schema.narrowed-unused': ['discover', 'warning'],
  'discover.schema.nullability-removed': ['discover', 'breaking'],
  'discover.schema.type-widened': ['discover', 'warning'],
  'discover.schema.property-removed': ['discover', 'warning'],
  'discover.schema.property-added': ['discover', 'info'],
  'discover.schema.nullability-added': ['discover', 'info'],
  'discover.schema.format-changed': ['discover', 'warning'],
  'discover.schema.meta-changed': ['discover', 'info'],
  'discover.schema.invalid': ['discover', 'breaking'],
  'discover.schema.unknown': ['discover', 'warning'],
  'discover.schema.required-added': ['discover', 'warning'],
  'discover.schema.required-removed': ['discover', 'info'],
  'discover.schema.annotation-changed': ['discover', 'info'],
  'discover.schema.values-widened': ['discover', 'info'],
  'capture.collection.missing': ['capture', 'breaking'],
  'capture.collection.added': ['capture', 'info'],
  'capture.field.removed': ['capture', 'breaking'],
  'capture.field.added': ['capture', 'info'],
  'capture.value.type-changed': ['capture', 'breaking'],
  'capture.value.changed': ['capture', 'warning'],
  'capture.schema.violation': ['capture', 'breaking'],
  'capture.schema.baseline-violation': ['capture', 'warning'],
  'capture.meta.changed': ['capture', 'info'],
  'capture.document.unmatched': ['capture', 'info'],
  'capture.document.missing': ['capture', 'warning'],
  'migration.resume.failed': ['migration', 'breaking'],
  'migration.bindings.rejected': ['migration', 'breaking'],
  'migration.state.reset': ['migration', 'warning'],
  'spec.atf-config.not-reproduced': ['spec', 'breaking'],
  'spec.atf-patch.not-reproduced': ['spec', 'warning'],
  'discover.atf-key.not-reproduced': ['discover', 'breaking'],
  'discover.atf-patch.not-reproduced': ['discover', 'warning'],
  'drift.baseline': ['spec', 'breaking'],
  'drift.candidate': ['spec', 'breaking'],
} as const satisfies Record<string, readonly [Stage, Severity]>;

export type RuleId = keyof typeof RULES;

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);
export const defaultSeverity = (rule: RuleId): Severity => RULES[rule][1];

/** Edit distance of two short ids (Levenshtein), for suggesting the rule a typo meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** What to say about an id that is not a rule: the nearest one, and where every rule is listed. */
export function unknownRule(id: string): string {
  const [nearest] = Object.keys(RULES)
    .map((rule) => [rule, distance(id, rule)] as const)
    .sort((a, b) => a[1] - b[1]);
  const guess = nearest && nearest[1] <= Math.max(3, id.length / 3) ? ` (did you mean '${nearest[0]}'?)` : '';
  return `unknown rule '${id}'${guess}; every rule id is listed in the README, under "Rules"`;
}
