import { plural } from '../model/text.js';
import type { Finding, Report } from '../model/types.js';
import { changeText, groupConsequences, sectionsOf, shortJson, someOf, witnessLabel } from './group.js';
import { locateFinding, type Place, type SnapshotReader } from './locate.js';

export type AnnotationLevel = 'error' | 'warning';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
  /** Ids of every finding the annotation speaks for. */
  findings: string[];
}

/** GitHub shows at most 10 annotations of each level per step and drops the rest without a word. */
export const MAX_PER_LEVEL = 10;
const MAX_MESSAGE = 4000;

// Only what fails or must be explained is annotated: info and accepted findings are in the summary.
function levelOf(f: Finding): AnnotationLevel | undefined {
  if (f.accepted || f.severity === 'info') return undefined;
  return f.severity === 'breaking' ? 'error' : 'warning';
}

const clip = (text: string): string => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text);

function describe(f: Finding): string {
  const where = [f.binding, f.pointer].filter(Boolean).join(' ');
  return `${f.rule}${where ? ` ${where}` : ''}: ${f.message}${changeText(f, 80)} [${f.id}]`;
}

interface Group {
  at: Place | undefined;
  findings: Finding[];
}

/** What a root cause implies, in a line per kind of change. */
function impliedText(fs: Finding[] | undefined): string {
  if (!fs?.length) return '';
  const lines = groupConsequences(fs).map(
    (g) => `- ${g.kind} ${g.rule}${g.findings.length > 1 ? ` ×${g.findings.length}` : ''}: ${g.message}`,
  );
  return `\nIt implies ${plural(fs.length, 'more finding')}:\n${lines.join('\n')}`;
}

/** Ids of the findings and of everything they imply. */
const idsWith = (fs: Finding[], implied: Map<string, Finding[]>): string[] =>
  fs.flatMap((f) => [f.id, ...(implied.get(f.id) ?? []).map((c) => c.id)]);

function annotationOf({ at, findings }: Group, level: AnnotationLevel, implied: Map<string, Finding[]>): Annotation {
  const ids = idsWith(findings, implied);
  if (findings.length > 1) {
    const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
    return {
      level,
      title: `${plural(findings.length, 'finding')}: ${rules}`,
      message: clip(findings.map((f) => describe(f) + impliedText(implied.get(f.id))).join('\n')),
      ...at,
      findings: ids,
    };
  }
  const f = findings[0];
  const where = f.pointer ? ` at ${f.pointer}` : '';
  const witness = f.witness !== undefined ? `\n${witnessLabel(f)}: ${shortJson(f.witness, 500)}` : '';
  return {
    level,
    title: `${f.rule}${f.binding ? ` (${f.binding})` : ''}`,
    message: clip(`${f.message}${where}${changeText(f, 80)} [${f.id}]${witness}${impliedText(implied.get(f.id))}`),
    ...at,
    findings: ids,
  };
}

/** The findings that did not get an annotation of their own, counted by rule, in one last annotation. */
function overflow(fs: Finding[], level: AnnotationLevel, implied: Map<string, Finding[]>): Annotation {
  const byRule = new Map<string, Finding[]>();
  for (const f of fs) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const lines = [...byRule].map(([rule, group]) => {
    const names = [...new Set(group.map((f) => f.binding).filter((b) => b !== undefined))];
    return `${rule} ×${group.length}${names.length ? `: ${someOf(names, 5)}` : ''}`;
  });
  const noun = level === 'error' ? 'breaking finding' : 'warning';
  return {
    level,
    title: `${plural(fs.length, `more ${noun}`)} (GitHub shows ${MAX_PER_LEVEL} annotations per level)`,
    message: clip(`Listed in the job summary and the JSON report:\n${lines.join('\n')}`),
    findings: idsWith(fs, implied),
  };
}

/**
 * Groups in the order they get GitHub's few annotations: one of each rule in turn (rules in the
 * order the report lists them), so the first ten show ten different problems, not ten of one kind.
 */
function roundRobin(groups: Group[]): Group[] {
  const byRule = new Map<string, Group[]>();
  for (const g of groups) {
    const list = byRule.get(g.findings[0].rule);
    if (list) list.push(g);
    else byRule.set(g.findings[0].rule, [g]);
  }
  const queues = [...byRule.values()];
  const out: Group[] = [];
  for (let i = 0; out.length < groups.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]);
  return out;
}

/**
 * Annotations for a report's unaccepted breaking findings (errors) and warnings, each at the line
 * of the binding or field in the committed snapshot file, errors first. Findings on one line share
 * an annotation; a root cause's annotation names what it implies, and those get none of their own.
 * Distinct rules come first; past GitHub's per-level limit the rest are gathered into the last
 * one, so none is dropped without a word.
 */
export function annotationsFor(report: Report, read: SnapshotReader): Annotation[] {
  const out: Annotation[] = [];
  const { sections, consequences } = sectionsOf(report);
  // The report's own order: most severe rules first, then by stage and rule.
  const listed = sections.flatMap((s) => s.groups.flatMap((g) => g.findings));
  for (const level of ['error', 'warning'] as const) {
    const places = new Map<string, Group>();
    for (const f of listed) {
      // A root is annotated at the most severe level among it and what it implies.
      const levels = [f, ...(consequences.get(f.id) ?? [])].map(levelOf);
      if ((levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : undefined) !== level) continue;
      const at = locateFinding(f, report.files, read);
      // Findings without a place (migration, or no file) share one annotation per rule.
      const key = at ? `${at.file}\0${at.line}` : `\u{10FFFF}${f.rule}`;
      const entry = places.get(key) ?? { at, findings: [] };
      entry.findings.push(f);
      places.set(key, entry);
    }
    const groups = roundRobin([...places.values()]);
    const annotate = (g: Group) => annotationOf(g, level, consequences);
    if (groups.length <= MAX_PER_LEVEL) {
      out.push(...groups.map(annotate));
      continue;
    }
    const rest = groups.slice(MAX_PER_LEVEL - 1).flatMap((g) => g.findings);
    out.push(...groups.slice(0, MAX_PER_LEVEL - 1).map(annotate), overflow(rest, level, consequences));
  }
  return out;
}
