import { plural } from '../model/text.js';
import { InputError } from '../model/errors.js';
import { STAGES, type Report, type StageResult } from '../model/types.js';
import { STAGE_TITLES, verdictCounts } from './group.js';
import { codeSpan, escapeMd, findingHeadline, STATUS_ICON } from './markdown.js';

/** One connector's report and the file it came from. */
export interface FiledReport {
  file: string;
  report: Report;
}

const HEADLINES_PER_CONNECTOR = 10;

/** A report file's JSON, checked for the keys the summary reads (design.md's report contract). */
export function parseReport(text: string, file: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${file}: not JSON (${err instanceof Error ? err.message : String(err)}); give the report written by --json or the report-path output`,
    );
  }
  const r = value as Partial<Report>;
  if (
    r?.version !== 1 ||
    typeof r.connector !== 'string' ||
    (r.verdict !== 'pass' && r.verdict !== 'fail') ||
    !Array.isArray(r.stages) ||
    !Array.isArray(r.findings)
  ) {
    throw new InputError(`${file}: not a connector-compat report (version 1 with connector, verdict, stages and findings)`);
  }
  return r as Report;
}

/** Whether a connector still needs something: failing and not approved by label. */
export const blocks = (r: Report): boolean => r.verdict === 'fail' && !r.approval;

const order = (r: Report): number => (blocks(r) ? 0 : r.verdict === 'fail' ? 1 : 2);

function verdictCell(r: Report): string {
  if (r.verdict === 'pass') return '✅ pass';
  return r.approval ? `🏷️ approved (${codeSpan(r.approval.label)})` : '❌ fail';
}

function stageCell(s: StageResult | undefined): string {
  if (!s) return '—';
  if (s.status === 'breaking') return `❌ ${s.counts.breaking}`;
  // Warnings must be explained: a stage with some is not shown as plainly fine.
  return s.counts.warning ? `⚠️ ${s.counts.warning}` : STATUS_ICON[s.status].split(' ')[0];
}

/**
 * One summary for many connectors (a matrix run): a table with a row per connector, then the
 * breaking findings of each connector that still fails, most severe first.
 */
export function aggregateMarkdown(reports: FiledReport[]): string {
  const sorted = [...reports].sort((a, b) => order(a.report) - order(b.report) || a.report.connector.localeCompare(b.report.connector));
  const failing = sorted.filter((r) => blocks(r.report));
  const approved = sorted.filter((r) => r.report.verdict === 'fail' && r.report.approval).length;
  const head = failing.length
    ? `## ❌ ${failing.length} of ${plural(reports.length, 'connector')} not compatible`
    : `## ✅ All ${plural(reports.length, 'connector')} compatible`;
  const total = (k: 'breaking' | 'warning') => sorted.reduce((n, { report }) => n + verdictCounts(report)[k], 0);
  const rows = sorted.map(({ report }) => {
    const c = verdictCounts(report);
    const stages = STAGES.map((stage) => stageCell(report.stages.find((s) => s.stage === stage)));
    return `| ${escapeMd(report.connector)} | ${verdictCell(report)} | ${stages.join(' | ')} | ${c.breaking} | ${c.warning} | ${c.info} | ${c.accepted} |`;
  });
  const parts = [
    head,
    `${plural(total('breaking'), 'breaking change')} · ${plural(total('warning'), 'warning')} to explain${approved ? ` · ${approved} approved by label` : ''}`,
    [
      `| connector | verdict | ${STAGES.map((s) => STAGE_TITLES[s]).join(' | ')} | breaking | warning | info | accepted |`,
      `|---|---|${STAGES.map(() => '---').join('|')}|---:|---:|---:|---:|`,
      ...rows,
    ].join('\n'),
  ];
  for (const { file, report } of failing) {
    const breaking = report.findings.filter((f) => !f.accepted && f.severity === 'breaking');
    const lines = breaking.slice(0, HEADLINES_PER_CONNECTOR).map((f) => `- ${findingHeadline(f)} ${codeSpan(f.id)}`);
    if (breaking.length > HEADLINES_PER_CONNECTOR)
      lines.push(`- … and ${breaking.length - HEADLINES_PER_CONNECTOR} more in ${codeSpan(file)}`);
    const errored = report.stages
      .filter((s) => s.status === 'error')
      .map((s) => `- ⚠️ ${STAGE_TITLES[s.stage]} could not run: ${escapeMd(s.reason ?? '')}`);
    parts.push(
      `### ${escapeMd(report.connector)}\n\n${[...errored, ...lines].join('\n') || `- fails at a lower threshold than breaking: see ${codeSpan(file)}`}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
