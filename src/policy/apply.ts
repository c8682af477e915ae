import { pointerMatches } from '../model/pointer.js';
import type { Steps } from '../model/steps.js';
import {
  SEVERITIES,
  type AcceptEntry,
  type AcceptFile,
  type FailOn,
  type Finding,
  type Severity,
  type StageResult,
  STAGES,
} from '../model/types.js';

/** Compiled name globs: a compat.yaml has few, and a catalog's findings ask each of them thousands of times. */
const globs = new Map<string, RegExp>();

/** Glob on names: `*` stands for any run of characters. */
function nameMatches(glob: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  let re = globs.get(glob);
  if (!re) {
    if (globs.size > 1000) globs.clear();
    re = new RegExp(
      `^${glob
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    globs.set(glob, re);
  }
  return re.test(name);
}

export function entryMatches(entry: AcceptEntry, f: Finding): boolean {
  if (entry.id !== undefined) return entry.id === f.id;
  if (entry.rule !== f.rule) return false;
  // A binding is matched by any of its names: resource path (`users`) or collection (`acmeCo/users`).
  if (entry.binding !== undefined && ![f.binding, f.resourcePath, f.collection].some((n) => nameMatches(entry.binding!, n))) return false;
  if (entry.pointer !== undefined && (f.pointer === undefined || !pointerMatches(entry.pointer, f.pointer))) return false;
  return true;
}

export interface PolicyResult {
  findings: Finding[];
  /** Accept entries that matched no finding. */
  stale: AcceptEntry[];
}

/** Remaps severities and marks accepted findings; reports accept entries that matched nothing. */
export function applyAcceptFile(findings: Finding[], accept: AcceptFile): PolicyResult {
  const used = new Set<AcceptEntry>();
  const out = findings.map((f) => {
    const severity = accept.severity[f.rule] ?? f.severity;
    const entry = accept.accept.find((e) => entryMatches(e, f));
    if (entry) used.add(entry);
    return { ...f, severity, ...(entry ? { accepted: { reason: entry.reason } } : {}) };
  });
  return { findings: out, stale: accept.accept.filter((e) => !used.has(e)) };
}

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

/** Findings that fail the check: unaccepted, at or above the threshold. */
export function failing(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter((f) => !f.accepted && rank(f.severity) >= rank(failOn));
}

/** One row per stage: what was compared and how it came out. */
export function stageResults(findings: Finding[], steps: Steps): StageResult[] {
  return STAGES.map((stage) => {
    const mine = findings.filter((f) => f.stage === stage);
    const counts = { breaking: 0, warning: 0, info: 0, accepted: 0 };
    for (const f of mine) {
      if (f.accepted) counts.accepted++;
      else counts[f.severity]++;
    }
    const step = steps[stage];
    if (step.status === 'failed') return { stage, status: 'error', reason: step.message, counts };
    // A skipped stage can still have findings (a live side's drift from its committed snapshot).
    if (step.status === 'skipped' && mine.length === 0) return { stage, status: 'skipped', reason: step.reason, counts };
    const status = counts.breaking > 0 ? 'breaking' : mine.length === 0 ? 'identical' : 'compatible';
    return { stage, status, counts };
  });
}
