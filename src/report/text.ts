import type { Finding, Report } from '../model/types.js';
import { captureSummary, findingsOf, groupByRule, plural, shortJson, STAGE_TITLES, verdictCounts } from './group.js';

function findingLine(f: Finding): string {
  const where = [f.binding, f.pointer].filter(Boolean).join(' ');
  const change = f.before !== undefined || f.after !== undefined ? ` (${shortJson(f.before, 60)} -> ${shortJson(f.after, 60)})` : '';
  const accepted = f.accepted ? ` [accepted: ${f.accepted.reason}]` : '';
  return `    ${f.severity.toUpperCase().padEnd(8)} ${where ? `${where}: ` : ''}${f.message}${change} [${f.id}]${accepted}`;
}

/**
 * The report on a terminal: verdict, one line per stage, then per stage every breaking and
 * warning finding, with info findings counted per rule (the JSON report has them all).
 */
export function renderText(report: Report): string {
  const c = verdictCounts(report);
  const lines: string[] = [];
  const side = (s: Report['sides']['baseline']) => s.label + (s.digest ? ` (${s.digest})` : '');
  lines.push(`connector-compat: ${report.connector}`);
  for (const name of ['baseline', 'candidate'] as const) {
    const s = report.sides[name];
    lines.push(`  ${`${name}:`.padEnd(11)}${side(s)}`);
    if (s.capture) lines.push(`             ${captureSummary(s.capture)}`);
  }
  lines.push(
    `verdict: ${report.verdict.toUpperCase()} (${plural(c.breaking, 'breaking change')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted)`,
  );
  lines.push('');
  for (const s of report.stages) {
    const counts = `${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} info, ${s.counts.accepted} accepted`;
    lines.push(`${STAGE_TITLES[s.stage].padEnd(10)} ${s.status.padEnd(10)} ${s.reason ?? counts}`);
  }
  for (const s of report.stages) {
    const groups = groupByRule(findingsOf(report, s.stage));
    if (groups.length === 0) continue;
    lines.push('', `${STAGE_TITLES[s.stage]}:`);
    for (const g of groups) {
      const shown = g.findings.filter((f) => f.severity !== 'info' && !f.accepted);
      lines.push(
        `  ${g.rule}: ${plural(g.findings.length, 'finding')}${g.bindings ? ` in ${plural(g.bindings, 'binding')}` : ''}${g.accepted ? `, ${g.accepted} accepted` : ''}`,
      );
      for (const f of shown) lines.push(findingLine(f));
    }
  }
  for (const e of report.stale ?? []) {
    lines.push(
      '',
      `stale accept entry (matches nothing): ${e.id ?? e.rule}${e.binding ? ` binding ${e.binding}` : ''}${e.pointer ? ` pointer ${e.pointer}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
