import { hash } from 'node:crypto';
import { canonicalJson } from '../model/canonical.js';
import { defaultSeverity, type RuleId } from '../model/rules.js';
import type { Finding, Stage } from '../model/types.js';

export interface FindingInput {
  rule: RuleId;
  stage: Stage;
  message: string;
  binding?: string;
  pointer?: string;
  before?: unknown;
  after?: unknown;
  witness?: unknown;
  origin?: Finding['origin'];
}

/**
 * A stable 12-hex fingerprint: the same difference gets the same id on every run and machine,
 * and a different difference (other values, other place) gets another, so an accepted id goes
 * stale when what it accepted changes. Messages and witnesses are not part of it.
 */
export function fingerprint(f: Pick<FindingInput, 'rule' | 'stage' | 'binding' | 'pointer' | 'before' | 'after' | 'origin'>): string {
  const basis = canonicalJson([
    f.rule,
    f.stage,
    f.origin ?? 'baseline-candidate',
    f.binding ?? null,
    f.pointer ?? null,
    f.before ?? null,
    f.after ?? null,
  ]);
  return hash('sha256', basis, 'hex').slice(0, 12);
}

/**
 * A finding's id within a connector's report: its fingerprint with the connector's name, so the
 * same difference in two connectors gets two ids (an aggregate of many reports keeps them apart).
 */
export const connectorFingerprint = (connector: string, id: string): string =>
  hash('sha256', canonicalJson([connector, id]), 'hex').slice(0, 12);

export function makeFinding(input: FindingInput): Finding {
  const f: Finding = {
    id: fingerprint(input),
    rule: input.rule,
    stage: input.stage,
    severity: defaultSeverity(input.rule),
    message: input.message,
  };
  if (input.binding !== undefined) f.binding = input.binding;
  if (input.pointer !== undefined) f.pointer = input.pointer;
  if (input.before !== undefined) f.before = input.before;
  if (input.after !== undefined) f.after = input.after;
  if (input.witness !== undefined) f.witness = input.witness;
  if (input.origin !== undefined) f.origin = input.origin;
  return f;
}
