import type { Finding, Report } from '../model/types.js';
import { plural, shortJson } from './group.js';
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

const changeOf = (f: Finding): string =>
  f.before !== undefined || f.after !== undefined ? ` (${shortJson(f.before, 80)} -> ${shortJson(f.after, 80)})` : '';

function describe(f: Finding): string {
  const where = [f.binding, f.pointer].filter(Boolean).join(' ');
  return `${f.rule}${where ? ` ${where}` : ''}: ${f.message}${changeOf(f)} [${f.id}]`;
}

interface Group {
  at: Place | undefined;
  findings: Finding[];
}

function annotationOf({ at, findings }: Group, level: AnnotationLevel): Annotation {
  const ids = findings.map((f) => f.id);
  if (findings.length > 1) {
    const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
    return {
      level,
      title: `${plural(findings.length, 'finding')}: ${rules}`,
      message: clip(findings.map(describe).join('\n')),
      ...at,
      findings: ids,
    };
  }
  const f = findings[0];
  const where = f.pointer ? ` at ${f.pointer}` : '';
  const witness =
    f.witness !== undefined ? `\nExample accepted by the baseline and rejected by the candidate: ${shortJson(f.witness, 500)}` : '';
  return {
    level,
    title: `${f.rule}${f.binding ? ` (${f.binding})` : ''}`,
    message: clip(`${f.message}${where}${changeOf(f)} [${f.id}]${witness}`),
    ...at,
    findings: ids,
  };
}

/** The findings that did not get an annotation of their own, counted by rule, in one last annotation. */
function overflow(fs: Finding[], level: AnnotationLevel): Annotation {
  const byRule = new Map<string, Finding[]>();
  for (const f of fs) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines = [...byRule].map(([rule, group]) => {
    const names = [...new Set(group.map((f) => f.binding).filter(Boolean))];
    return `${rule} ×${group.length}${names.length ? `: ${names.slice(0, 5).join(', ')}${names.length > 5 ? `, +${names.length - 5} more` : ''}` : ''}`;
  });
  const noun = level === 'error' ? 'breaking finding' : 'warning';
  return {
    level,
    title: `${plural(fs.length, `more ${noun}`)} (GitHub shows ${MAX_PER_LEVEL} annotations per level)`,
    message: clip(`Listed in the job summary and the JSON report:\n${lines.join('\n')}`),
    findings: fs.map((f) => f.id),
  };
}

/**
 * Annotations for a report's unaccepted breaking findings (errors) and warnings, each at the line
 * of the binding or field in the committed snapshot file, errors first. Findings on one line share
 * an annotation; past GitHub's per-level limit the rest are gathered into the last one, so none
 * is dropped without a word.
 */
export function annotationsFor(report: Report, read: SnapshotReader): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const places = new Map<string, Group>();
    for (const f of report.findings) {
      if (levelOf(f) !== level) continue;
      const at = locateFinding(f, report.files, read);
      // Findings without a place (migration, or no file) share one annotation per rule.
      const key = at ? `${at.file}\0${String(at.line).padStart(9, '0')}` : `\u{10FFFF}${f.rule}`;
      const entry = places.get(key) ?? { at, findings: [] };
      entry.findings.push(f);
      places.set(key, entry);
    }
    const groups = [...places.keys()].sort().map((key) => places.get(key)!);
    if (groups.length <= MAX_PER_LEVEL) {
      out.push(...groups.map((g) => annotationOf(g, level)));
      continue;
    }
    const kept = groups.slice(0, MAX_PER_LEVEL - 1).map((g) => annotationOf(g, level));
    out.push(
      ...kept,
      overflow(
        groups.slice(MAX_PER_LEVEL - 1).flatMap((g) => g.findings),
        level,
      ),
    );
  }
  return out;
}
