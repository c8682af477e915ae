import { plural } from '../model/text.js';
import type { Finding, Report } from '../model/types.js';
import { atfSection, codeSpan, findingHeadline, pasteBlock, renderMarkdown, reportHead } from './markdown.js';

/** GitHub refuses a step's job summary above 1 MiB, and a comment body above 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_BYTES = 65_536;

export interface BudgetOptions {
  /** Size the result must stay under, in UTF-8 bytes (a character is at least a byte). */
  maxBytes: number;
  /** Where the uncut report is, in words ("the file `report.md` (output markdown-path)"). */
  fullReport: string;
  /** Lines after the verdict: comment fall-backs and the like. */
  notes?: string[];
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const rank = (f: Finding): number => (f.accepted ? 3 : f.severity === 'breaking' ? 0 : f.severity === 'warning' ? 1 : 2);
const isOpenBreaking = (f: Finding): boolean => !f.accepted && f.severity === 'breaking';

/** Adds lines in order while they fit the budget; the rest is counted, not silently lost. */
function fill(lines: string[], budget: { left: number }): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const size = bytes(line) + 1;
    if (size > budget.left) break;
    budget.left -= size;
    out.push(line);
  }
  return out;
}

function cutNote(shown: number, total: number, openBreakingLeft: number, opts: BudgetOptions): string {
  const lost = openBreakingLeft ? ` **${plural(openBreakingLeft, 'breaking finding')} did not fit and are left out.**` : '';
  return `> [!WARNING]\n> This report was cut to stay under GitHub's size limit: it lists ${shown} of ${plural(total, 'finding')}, most severe first, one line each, without details or witnesses.${lost} The full report is ${opts.fullReport}.`;
}

/**
 * The report as markdown within a size budget: whole when it fits; otherwise the head (verdict and
 * stage table), then every unaccepted breaking finding's headline, the pull request section, and
 * as many of the other findings as still fit, with a note saying what was cut and where the rest is.
 */
export function renderBudgeted(report: Report, opts: BudgetOptions): string {
  const whole = renderMarkdown(report, opts.notes);
  if (bytes(whole) <= opts.maxBytes) return whole;

  const head = reportHead(report, opts.notes);
  const ranked = [...report.findings].sort((a, b) => rank(a) - rank(b));
  const line = (f: Finding): string => `- ${findingHeadline(f)} ${codeSpan(f.id)}`;
  const severe = ranked.filter(isOpenBreaking);
  const others = ranked.filter((f) => !isOpenBreaking(f));
  // The ATF patch table is small and says what the import must reproduce: it goes with the paste block.
  const paste = [atfSection(report), pasteBlock(report)].filter(Boolean).join('\n\n');
  // The note's longest form, measured with the largest numbers it can hold.
  const noteSize = bytes(cutNote(ranked.length, ranked.length, ranked.length, opts));
  const budget = { left: opts.maxBytes - bytes(head) - noteSize - bytes('\n\n### Most severe findings\n\n\n\n') - 8 };

  const shownSevere = fill(severe.map(line), budget);
  const withPaste = bytes(paste) + 2 <= budget.left && shownSevere.length === severe.length;
  if (withPaste) budget.left -= bytes(paste) + 2;
  const shownOthers = shownSevere.length === severe.length ? fill(others.map(line), budget) : [];

  const shown = [...shownSevere, ...shownOthers];
  const note = cutNote(shown.length, ranked.length, severe.length - shownSevere.length, opts);
  const parts = [head, note, `### Most severe findings\n\n${shown.join('\n')}`];
  if (withPaste) parts.push(paste);
  return `${parts.join('\n\n')}\n`;
}
