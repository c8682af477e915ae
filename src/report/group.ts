import type { CaptureBounds } from '../model/options.js';
import { SEVERITIES, type CaptureEnd, type Finding, type Report, type SideInfo, type Stage } from '../model/types.js';

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
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
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

const ENDINGS: Record<CaptureEnd, (b?: Partial<CaptureBounds>) => string> = {
  exit: () => 'the connector exited',
  documents: (b) => `every binding gave ${b?.docsPerCollection ?? 'the'} documents asked for`,
  idle: (b) => `the connector was quiet${b?.idleSeconds ? ` for ${b.idleSeconds} s` : ''} after a checkpoint`,
  seconds: (b) => `the time limit${b?.seconds ? ` of ${b.seconds} s` : ''} was reached`,
};

/**
 * One line on how a side's capture went: documents per binding, those that gave none named, and
 * what ended it. A binding without documents is always said, never folded into a total.
 */
export function captureSummary(c: NonNullable<SideInfo['capture']>, bounds?: Partial<CaptureBounds>): string {
  const counts = Object.entries(c.documents);
  const total = counts.reduce((a, [, n]) => a + n, 0);
  const empty = counts.filter(([, n]) => n === 0).map(([name]) => name);
  const gave = `${plural(total, 'document')} from ${counts.length - empty.length} of ${plural(counts.length, 'binding')}`;
  const none = empty.length ? `; no documents from ${empty.join(', ')}` : '';
  return `captured ${gave}${none}; ended because ${ENDINGS[c.endedBy](bounds)}`;
}

/** A value shown inline, cut to a readable length. */
export function shortJson(value: unknown, max = 120): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
