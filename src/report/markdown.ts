import type { Finding, Report, SideInfo, Stage, StageResult } from '../model/types.js';
import { findingsOf, groupByRule, plural, shortJson, STAGE_TITLES, verdictCounts } from './group.js';

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

const ICON: Record<StageResult['status'], string> = { identical: '✅ identical', compatible: '✅ compatible', breaking: '❌ breaking', skipped: '⏭️ skipped', error: '⚠️ error' };

export function verdictLine(report: Report): string {
  const c = verdictCounts(report);
  const head = report.verdict === 'pass' ? '✅ **Compatible**' : '❌ **Not compatible**';
  return `${head}: ${escapeMd(report.connector)}: ${plural(c.breaking, 'breaking change')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted`;
}

export function stageTable(report: Report): string {
  const rows = report.stages.map((s) => `| ${STAGE_TITLES[s.stage]} | ${ICON[s.status]}${s.reason ? ` (${escapeMd(s.reason)})` : ''} | ${s.counts.breaking} | ${s.counts.warning} | ${s.counts.info} | ${s.counts.accepted} |`);
  return ['| stage | baseline → candidate | breaking | warning | info | accepted |', '|---|---|---:|---:|---:|---:|', ...rows].join('\n');
}

function findingItem(f: Finding): string {
  const where = [f.binding && `\`${escapeMd(f.binding)}\``, f.pointer && `\`${escapeMd(f.pointer)}\``].filter(Boolean).join(' ');
  const change = f.before !== undefined || f.after !== undefined ? ` (\`${escapeMd(shortJson(f.before, 80))}\` → \`${escapeMd(shortJson(f.after, 80))}\`)` : '';
  const accepted = f.accepted ? ` — accepted: ${escapeMd(f.accepted.reason)}` : '';
  const explained = f.explanation ? ` — ${escapeMd(f.explanation)}` : '';
  const witness = f.witness !== undefined ? `\n\n  Example accepted by the baseline and rejected by the candidate:\n\n${codeBlock(JSON.stringify(f.witness, null, 2)).replace(/^/gm, '  ')}\n` : '';
  return `- **${f.severity}** ${where ? where + ': ' : ''}${escapeMd(f.message)}${change}${accepted}${explained} \`${f.id}\`${witness}`;
}

/** Details of one stage: one collapsible block per rule, counts in its title. */
export function stageDetails(report: Report, stage: Stage, maxPerRule = 50): string {
  const groups = groupByRule(findingsOf(report, stage));
  if (groups.length === 0) return '';
  const blocks = groups.map((g) => {
    const shown = g.findings.slice(0, maxPerRule).map(findingItem);
    if (g.findings.length > maxPerRule) shown.push(`- … and ${g.findings.length - maxPerRule} more (see the JSON report)`);
    const open = g.severity === 'breaking' && g.accepted < g.findings.length ? ' open' : '';
    const title = `<code>${g.rule}</code>: ${plural(g.findings.length, 'finding')}${g.bindings ? ` in ${plural(g.bindings, 'binding')}` : ''}${g.accepted ? `, ${g.accepted} accepted` : ''}`;
    return `<details${open}><summary>${title}</summary>\n\n${shown.join('\n')}\n\n</details>`;
  });
  return `### ${STAGE_TITLES[stage]}\n\n${blocks.join('\n')}`;
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
      lines.push(`${title}: ${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} compatible, ${s.counts.accepted} accepted.`);
      for (const g of groupByRule(findingsOf(report, s.stage))) {
        const reasons = [...new Set(g.findings.map((f) => f.accepted?.reason ?? f.explanation).filter(Boolean))];
        const names = [...new Set(g.findings.map((f) => f.binding).filter(Boolean))] as string[];
        const list = names.length ? ` (${names.slice(0, 8).map((n) => `\`${escapeMd(n)}\``).join(', ')}${names.length > 8 ? `, +${names.length - 8} more` : ''})` : '';
        lines.push(`- \`${g.rule}\` ×${g.findings.length}${list}${reasons.length ? `: ${reasons.map((r) => escapeMd(r!)).join('; ')}` : ''}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}

/** What was compared: each side's image (or command, or folder) and the digest it ran. */
export function sidesLine(report: Report): string {
  // Code spans show text literally: only a backtick (or a line break) could break out of one.
  const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
  const side = (name: string, s: SideInfo) => `${name} ${code(s.image ?? s.command ?? s.label)}${s.digest ? ` (${code(s.digest)})` : ''}`;
  return `${side('baseline', report.sides.baseline)} → ${side('candidate', report.sides.candidate)}`;
}

/** The whole markdown report: verdict, sides, stage table, details, and the pull request section. */
export function renderMarkdown(report: Report): string {
  const parts = [`## connector-compat: ${escapeMd(report.connector)}`, verdictLine(report), sidesLine(report), stageTable(report)];
  for (const s of report.stages) {
    const d = stageDetails(report, s.stage);
    if (d) parts.push(d);
  }
  if (report.stale?.length) parts.push(`### Stale accept entries\n\n${report.stale.map((e) => `- \`${escapeMd(e.id ?? e.rule ?? '')}\`${e.binding ? ` binding \`${escapeMd(e.binding)}\`` : ''}: matches no finding; remove it`).join('\n')}`);
  parts.push(`<details><summary>Ready to paste into the pull request description</summary>\n\n${codeBlock(pullRequestSection(report), 'markdown')}\n\n</details>`);
  return parts.join('\n\n') + '\n';
}
