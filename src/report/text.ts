import { plural } from '../model/text.js';
import type { Finding, Report } from '../model/types.js';
import {
  atfLabel,
  captureSummary,
  protocolNote,
  changeText,
  groupConsequences,
  type SectionKind,
  sectionCount,
  sectionsOf,
  shortJson,
  someOf,
  STAGE_TITLES,
  verdictCounts,
  witnessLabel,
} from './group.js';

const SECTION_TITLES: Record<SectionKind, string> = {
  breaking: 'Breaking, not accepted',
  warning: 'Warnings, to explain in the pull request',
  info: 'Compatible, info',
  accepted: 'Accepted',
};

function findingLines(f: Finding, consequences: Finding[] | undefined): string[] {
  const where = [f.binding, f.pointer].filter(Boolean).join(' ');
  const reason = f.accepted?.reason ?? f.explanation;
  const lines = [`    ${where ? `${where}: ` : ''}${f.message}${atfLabel(f)}${changeText(f, 60)} [${f.id}]${reason ? ` (${reason})` : ''}`];
  if (f.witness !== undefined) lines.push(`      ${witnessLabel(f)}: ${shortJson(f.witness, 200)}`);
  if (consequences?.length) {
    lines.push(`      it implies ${plural(consequences.length, 'more finding')}:`);
    for (const g of groupConsequences(consequences)) {
      const where = g.bindings.length ? ` in ${plural(g.bindings.length, 'binding')} (${someOf(g.bindings, 4)})` : '';
      const count = g.findings.length > 1 ? ` ×${g.findings.length}` : '';
      lines.push(`        ${g.kind.toUpperCase().padEnd(8)} ${g.rule}${count}: ${g.message}${where}`);
    }
  }
  return lines;
}

/**
 * The report on a terminal. The first line is the verdict with its counts; then one line per
 * stage, the sides, and the findings by what a reviewer must do: unaccepted breaking ones and
 * warnings each on its line (consequences under their root cause), info counted per rule,
 * accepted ones with their reasons. The JSON report has every finding in full.
 */
export function renderText(report: Report): string {
  const c = verdictCounts(report);
  const lines = [
    `${report.verdict.toUpperCase()}: ${report.connector}: ${plural(c.breaking, 'breaking change')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted`,
    '',
  ];
  for (const s of report.stages) {
    const counts = `${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} info, ${s.counts.accepted} accepted`;
    lines.push(`${STAGE_TITLES[s.stage].padEnd(10)} ${s.status.padEnd(10)} ${s.reason ?? counts}`);
  }
  lines.push('');
  for (const name of ['baseline', 'candidate'] as const) {
    const s = report.sides[name];
    lines.push(`${`${name}:`.padEnd(11)}${s.label}${s.digest ? ` (${s.digest})` : ''}`);
    if (s.capture) lines.push(`           ${captureSummary(s.capture)}`);
  }
  const note = protocolNote(report);
  if (note) lines.push('', note);
  const { sections, consequences } = sectionsOf(report);
  for (const section of sections) {
    lines.push('', `${SECTION_TITLES[section.kind]} (${sectionCount(section)}):`);
    for (const g of section.groups) {
      const bindings = g.bindings ? ` in ${plural(g.bindings, 'binding')}` : '';
      lines.push(`  ${g.rule}: ${plural(g.findings.length, 'finding')}${bindings}`);
      // Info findings are counted, not listed, unless they are the root of others.
      for (const f of g.findings)
        if (section.kind !== 'info' || consequences.has(f.id)) lines.push(...findingLines(f, consequences.get(f.id)));
    }
  }
  if (report.atfPatches) {
    lines.push('', `ATF patches (from ${report.atfPatches.source}):`);
    for (const f of report.atfPatches.files) {
      const missing = f.missing.length ? `, not at ${someOf(f.missing, 3)}` : '';
      lines.push(`  ${f.file}: ${f.changes}; reproduced: ${f.reproduced}${missing}`);
    }
    for (const e of report.atfPatches.errors) lines.push(`  ${e.file}: not used: ${e.reason}`);
  }
  for (const e of report.stale ?? []) {
    lines.push(
      '',
      `stale accept entry (matches nothing): ${e.id ?? e.rule}${e.binding ? ` binding ${e.binding}` : ''}${e.pointer ? ` pointer ${e.pointer}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
