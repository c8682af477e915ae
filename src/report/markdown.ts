import { plural } from '../model/text.js';
import type { Finding, Report, Side, StageResult } from '../model/types.js';
import {
  captureSummary,
  protocolNote,
  atfLabel,
  changeText,
  findingsOf,
  groupByRule,
  groupConsequences,
  type SectionKind,
  sectionCount,
  sectionsOf,
  someOf,
  STAGE_TITLES,
  verdictCounts,
  witnessLabel,
} from './group.js';

/** Text from connectors and schemas, made inert in markdown (no HTML, no table breaks, no links). */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A fenced code block whose fence cannot be closed by the content. */
export function codeBlock(content: string, lang = 'json'): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content}\n${fence}`;
}

/** Inline code that its content cannot close; HTML and markdown inside it stay inert. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const ticks = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const STATUS_ICON: Record<StageResult['status'], string> = {
  identical: '✅ identical',
  compatible: '✅ compatible',
  breaking: '❌ breaking',
  skipped: '⏭️ skipped',
  error: '⚠️ error',
};

/** The verdict and its counts: the first two lines of every markdown report. */
export function verdictLines(report: Report): string {
  const c = verdictCounts(report);
  const head = report.verdict === 'pass' ? '✅ Compatible' : '❌ Not compatible';
  const breaking = plural(c.breaking, 'breaking change');
  return `## ${head}: ${escapeMd(report.connector)}\n\n${c.breaking ? `**${breaking}**` : breaking} · ${plural(c.warning, 'warning')} to explain · ${c.info} info · ${c.accepted} accepted`;
}

/** What the approval label does to this report, when the pull request carries it. */
export function approvalLine(report: Report): string | undefined {
  if (!report.approval) return undefined;
  const label = codeSpan(report.approval.label);
  return report.verdict === 'fail'
    ? `🏷️ Approved with the ${label} label: the findings below still stand, but they do not fail the check.`
    : `🏷️ The pull request carries the ${label} label; nothing needed it.`;
}

const isBaselineCandidate = (f: Finding): boolean => f.origin === undefined || f.origin === 'baseline-candidate';

/** A comparison's cell: how the findings of one comparison in one stage came out. */
function comparisonCell(findings: Finding[]): string {
  const open = findings.filter((f) => !f.accepted);
  const breaking = open.filter((f) => f.severity === 'breaking').length;
  if (breaking) return `❌ ${breaking} breaking`;
  if (findings.length === 0) return STATUS_ICON.identical;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  return warnings ? `⚠️ ${plural(warnings, 'warning')}` : STATUS_ICON.compatible;
}

/**
 * A side against its committed snapshot: "—" when that comparison did not run for the side, for
 * migration (which has no snapshot), and for a stage nobody produced (skipped, with no drift found).
 */
function driftCell(report: Report, side: Side, s: StageResult): string {
  const findings = findingsOf(report, s.stage).filter((f) => f.origin === `${side}-snapshot`);
  if (report.drift?.[side] !== 'compared' || s.stage === 'migration' || (s.status === 'skipped' && findings.length === 0)) return '—';
  return comparisonCell(findings);
}

function candidateCell(report: Report, s: StageResult): string {
  if (s.status === 'skipped' || s.status === 'error') return `${STATUS_ICON[s.status]}${s.reason ? ` (${escapeMd(s.reason)})` : ''}`;
  return comparisonCell(findingsOf(report, s.stage).filter(isBaselineCandidate));
}

export function stageTable(report: Report): string {
  const rows = report.stages.map(
    (s) =>
      `| ${STAGE_TITLES[s.stage]} | ${driftCell(report, 'baseline', s)} | ${driftCell(report, 'candidate', s)} | ${candidateCell(report, s)} | ${s.counts.breaking} | ${s.counts.warning} | ${s.counts.info} | ${s.counts.accepted} |`,
  );
  return [
    '| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |',
    '|---|---|---|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Where a finding is and what it says, on one line: the part every rendering shares. */
export function findingHeadline(f: Finding): string {
  const where = [f.binding, f.pointer]
    .filter((x): x is string => x !== undefined)
    .map((x) => codeSpan(cut(x, 160)))
    .join(' ');
  const origin = isBaselineCandidate(f) ? '' : ` (${f.origin!.replace('-', ' vs ')})`;
  return `**${f.severity}**${origin} ${where ? `${where}: ` : ''}${escapeMd(cut(f.message, 300))}${escapeMd(atfLabel(f))}`;
}

const SECTION_HEADINGS: Record<SectionKind, string> = {
  breaking: '❌ Breaking, not accepted',
  warning: '⚠️ Warnings: explain each in the pull request',
  info: 'ℹ️ Compatible, info',
  accepted: '☑️ Accepted',
};
const SECTION_LABELS: Record<SectionKind, string> = {
  breaking: '❌ breaking',
  warning: '⚠️ warning',
  info: 'ℹ️ info',
  accepted: '☑️ accepted',
};

/** A root's consequences, each kind of change once, with the bindings it is in. */
function consequenceList(fs: Finding[]): string {
  const items = groupConsequences(fs).map((g) => {
    const count = g.findings.length > 1 ? ` ×${g.findings.length}` : '';
    const where = g.bindings.length ? ` in ${plural(g.bindings.length, 'binding')}: ${someOf(g.bindings, 8, codeSpan)}` : '';
    return `  - ${SECTION_LABELS[g.kind]} ${codeSpan(g.rule)}${count}: ${escapeMd(cut(g.message, 300))}${where}`;
  });
  return `\n\n  It implies ${plural(fs.length, 'more finding')}, listed here rather than on their own:\n\n${items.join('\n')}\n`;
}

function findingItem(f: Finding, consequences: Finding[] | undefined): string {
  const change = changeText(f, 80, codeSpan, '→');
  const reason = f.accepted ? ` — accepted: ${escapeMd(f.accepted.reason)}` : f.explanation ? ` — ${escapeMd(f.explanation)}` : '';
  const witness =
    f.witness !== undefined ? `\n\n  ${witnessLabel(f)}:\n\n${codeBlock(JSON.stringify(f.witness, null, 2)).replace(/^/gm, '  ')}\n` : '';
  return `- ${findingHeadline(f)}${change}${reason} ${codeSpan(f.id)}${witness}${consequences?.length ? consequenceList(consequences) : ''}`;
}

/**
 * The findings by what a reviewer must do: a heading per section (unaccepted breaking, warnings,
 * info, accepted), one block per rule whose summary says its severity and count. Breaking and
 * warning blocks are open; consequences are listed under their root cause.
 */
export function findingSections(report: Report, maxPerRule = 50): string[] {
  const { sections, consequences } = sectionsOf(report);
  return sections.map((section) => {
    const blocks = section.groups.map((g) => {
      // Unaccepted breaking findings are never cut here: each is what a reviewer must see.
      const limit = section.kind === 'breaking' ? g.findings.length : maxPerRule;
      const shown = g.findings.slice(0, limit).map((f) => findingItem(f, consequences.get(f.id)));
      if (g.findings.length > limit) shown.push(`- … and ${g.findings.length - limit} more (see the JSON report)`);
      const open = section.kind === 'breaking' || section.kind === 'warning' ? ' open' : '';
      const where = g.bindings ? ` in ${plural(g.bindings, 'binding')}` : '';
      const title = `${SECTION_LABELS[section.kind]} · <code>${g.rule}</code> · ${plural(g.findings.length, 'finding')}${where}`;
      return `<details${open}><summary>${title}</summary>\n\n${shown.join('\n')}\n\n</details>`;
    });
    return `### ${SECTION_HEADINGS[section.kind]} (${sectionCount(section)})\n\n${blocks.join('\n')}`;
  });
}

/** The "Spec / Discovery / Capture differences" section, ready to paste into the pull request. */
export function pullRequestSection(report: Report): string {
  const lines = ['## Spec / Discovery / Capture differences', ''];
  for (const s of report.stages) {
    if (s.stage === 'migration' && s.status === 'skipped') continue;
    const title = `**${STAGE_TITLES[s.stage]}**`;
    if (s.status === 'identical') lines.push(`${title}: identical.`);
    else if (s.status === 'skipped' || s.status === 'error') lines.push(`${title}: ${s.status} (${escapeMd(s.reason ?? '')}).`);
    else {
      lines.push(
        `${title}: ${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} compatible, ${s.counts.accepted} accepted.`,
      );
      for (const g of groupByRule(findingsOf(report, s.stage))) {
        const reasons = [...new Set(g.findings.map((f) => f.accepted?.reason ?? f.explanation).filter(Boolean))];
        const names = [...new Set(g.findings.map((f) => f.binding).filter(Boolean))] as string[];
        const list = names.length ? ` (${someOf(names, 8, codeSpan)})` : '';
        lines.push(
          `- \`${g.rule}\` ×${g.findings.length}${list}${reasons.length ? `: ${reasons.map((r) => escapeMd(r!)).join('; ')}` : ''}`,
        );
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** What was compared: each side's image (or command, or folder) and the digest it ran. */
export function sidesLine(report: Report): string {
  const side = (name: Side) => {
    const s = report.sides[name];
    return `${name} ${codeSpan(s.image ?? s.command ?? s.label)}${s.digest ? ` (${codeSpan(s.digest)})` : ''}`;
  };
  const captures = (['baseline', 'candidate'] as const).flatMap((name) => {
    const c = report.sides[name].capture;
    return c ? [`- ${name} ${escapeMd(captureSummary(c))}`] : [];
  });
  const note = protocolNote(report);
  return [
    `${side('baseline')} → ${side('candidate')}`,
    ...(captures.length ? ['', ...captures] : []),
    ...(note ? ['', escapeMd(note)] : []),
  ].join('\n');
}

/** Title, verdict, approval, sides, notes and the stage table: what every rendering of a report starts with. */
export function reportHead(report: Report, notes: string[] = []): string {
  const approval = approvalLine(report);
  return [verdictLines(report), ...(approval ? [approval] : []), sidesLine(report), ...notes, stageTable(report)].join('\n\n');
}

const REPRODUCED = { yes: '✅ yes', partly: '⚠️ partly', no: '❌ no' } as const;

/** The baseline's ATF patch files: what each changes, and whether the candidate does the same. */
export function atfSection(report: Report): string | undefined {
  const atf = report.atfPatches;
  if (!atf) return undefined;
  const rows = atf.files.map((f) => {
    const missing = f.missing.length ? `: not at ${someOf(f.missing, 5, codeSpan)}` : '';
    return `| ${codeSpan(f.file)} | ${escapeMd(f.changes)} | ${REPRODUCED[f.reproduced]}${missing} |`;
  });
  const table = rows.length
    ? ['| file | what it changes | reproduced by the candidate |', '|---|---|---|', ...rows].join('\n')
    : 'No patch files found.';
  const errors = atf.errors.map((e) => `- ${codeSpan(e.file)} not used: ${escapeMd(e.reason)}`);
  const upstream = atf.upstream
    ? `, wrapping ${codeSpan(`${atf.upstream.name}${atf.upstream.version ? `:${atf.upstream.version}` : ''}`)}`
    : '';
  return [`### ATF patches (from ${codeSpan(atf.source)}${upstream})`, table, ...(errors.length ? [errors.join('\n')] : [])].join('\n\n');
}

/** The pull request section inside a collapsed block, as raw markdown to copy. */
export const pasteBlock = (report: Report): string =>
  `<details><summary>Ready to paste into the pull request description</summary>\n\n${codeBlock(pullRequestSection(report), 'markdown')}\n\n</details>`;

/** The whole markdown report: head, details per stage with witnesses, and the pull request section. */
export function renderMarkdown(report: Report, notes: string[] = []): string {
  const atf = atfSection(report);
  const parts = [reportHead(report, notes), ...findingSections(report), ...(atf ? [atf] : [])];
  if (report.stale?.length)
    parts.push(
      `### Stale accept entries\n\n${report.stale.map((e) => `- ${codeSpan(e.id ?? e.rule ?? '')}${e.binding ? ` binding ${codeSpan(e.binding)}` : ''}: matches no finding; remove it`).join('\n')}`,
    );
  parts.push(pasteBlock(report));
  return `${parts.join('\n\n')}\n`;
}
