import { SEVERITIES, type Finding, type Report, type Stage } from '../model/types.js';

/** Findings of one rule within a stage, most severe rules first. */
export interface RuleGroup {
  rule: string;
  severity: Finding['severity'];
  findings: Finding[];
  accepted: number;
  bindings: number;
}

const order = (f: Finding): number => (f.accepted ? 3 : SEVERITIES.indexOf(f.severity));

export function groupByRule(findings: Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups.entries()]
    .map(([rule, fs]) => {
      const sorted = [...fs].sort(
        (a, b) =>
          order(a) - order(b) || (a.binding ?? '').localeCompare(b.binding ?? '') || (a.pointer ?? '').localeCompare(b.pointer ?? ''),
      );
      return {
        rule,
        severity: sorted[0].severity,
        findings: sorted,
        accepted: fs.filter((f) => f.accepted).length,
        bindings: new Set(fs.map((f) => f.binding).filter((b) => b !== undefined)).size,
      };
    })
    .sort((a, b) => order(a.findings[0]) - order(b.findings[0]) || a.rule.localeCompare(b.rule));
}

export const findingsOf = (report: Report, stage: Stage): Finding[] => report.findings.filter((f) => f.stage === stage);

export const STAGE_TITLES: Record<Stage, string> = { spec: 'Spec', discover: 'Discovery', capture: 'Capture', migration: 'Migration' };

/** Counts a verdict line speaks of: what fails, and what was accepted. */
export function verdictCounts(report: Report): { breaking: number; warning: number; info: number; accepted: number } {
  const c = { breaking: 0, warning: 0, info: 0, accepted: 0 };
  for (const s of report.stages) {
    c.breaking += s.counts.breaking;
    c.warning += s.counts.warning;
    c.info += s.counts.info;
    c.accepted += s.counts.accepted;
  }
  return c;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A value shown inline, cut to a readable length. */
export function shortJson(value: unknown, max = 120): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
