import type { CaptureBounds } from '../model/options.js';
import { plural } from '../model/text.js';
import { SEVERITIES, STAGES, type CaptureEnd, type Finding, type Report, type SideInfo, type Stage } from '../model/types.js';

/** Findings of one rule, most severe rules first. */
export interface RuleGroup {
  rule: string;
  findings: Finding[];
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
        findings: sorted,
        bindings: new Set(fs.map((f) => f.binding).filter((b) => b !== undefined)).size,
      };
    })
    .sort(
      (a, b) =>
        order(a.findings[0]) - order(b.findings[0]) ||
        STAGES.indexOf(a.findings[0].stage) - STAGES.indexOf(b.findings[0].stage) ||
        a.rule.localeCompare(b.rule),
    );
}

/** What a reviewer does with a finding, in the order reports list them. */
export type SectionKind = 'breaking' | 'warning' | 'info' | 'accepted';
const SECTION_ORDER: readonly SectionKind[] = ['breaking', 'warning', 'info', 'accepted'];
const sectionOf = (f: Finding): SectionKind => (f.accepted ? 'accepted' : f.severity);

export interface Section {
  kind: SectionKind;
  groups: RuleGroup[];
  /** Findings of this kind, those listed under a root cause included. */
  total: number;
  /** Of them, those listed under a root cause (of any kind) instead of here. */
  nested: number;
}

/** A section's heading count: the total, and how many of them are under their root causes. */
export const sectionCount = (s: Section): string =>
  `${s.total}${s.nested ? `, ${s.nested === s.total ? 'all' : s.nested} listed under ${s.nested === 1 ? 'its root cause' : 'their root causes'}` : ''}`;

export interface Sections {
  /** The findings listed on their own (roots and the unrelated), by section, grouped by rule. */
  sections: Section[];
  /** Each root's consequences, listed under it rather than on their own. */
  consequences: Map<string, Finding[]>;
}

/**
 * A report's findings as reviewers act on them: unaccepted breaking, then warnings, then info, then
 * accepted; a finding with a root cause in the report goes under its root, with its own severity.
 */
export function sectionsOf(report: Report): Sections {
  // Once per report: the summary, the annotations and the failure message all ask.
  let sections = sectionsByReport.get(report);
  if (sections?.findings !== report.findings) {
    sections = { findings: report.findings, ...groupSections(report) };
    sectionsByReport.set(report, sections);
  }
  return sections;
}

const sectionsByReport = new WeakMap<Report, Sections & { findings: Finding[] }>();

function groupSections(report: Report): Sections {
  const ids = new Set(report.findings.map((f) => f.id));
  const consequences = new Map<string, Finding[]>();
  const listed: Finding[] = [];
  for (const f of report.findings) {
    if (f.causedBy && ids.has(f.causedBy)) {
      const list = consequences.get(f.causedBy);
      if (list) list.push(f);
      else consequences.set(f.causedBy, [f]);
    } else listed.push(f);
  }
  const byKind = new Map<SectionKind, Finding[]>(SECTION_ORDER.map((k) => [k, []]));
  const totals = new Map<SectionKind, number>(SECTION_ORDER.map((k) => [k, 0]));
  for (const f of listed) byKind.get(sectionOf(f))!.push(f);
  for (const f of report.findings) totals.set(sectionOf(f), totals.get(sectionOf(f))! + 1);
  const sections = SECTION_ORDER.map((kind) => {
    const fs = byKind.get(kind)!;
    const total = totals.get(kind)!;
    return { kind, groups: groupByRule(fs), total, nested: total - fs.length };
  }).filter((s) => s.total > 0);
  return { sections, consequences };
}

/** Consequences of one root that say the same thing, told once with the bindings they are in. */
export interface ConsequenceGroup {
  rule: string;
  kind: SectionKind;
  message: string;
  findings: Finding[];
  bindings: string[];
}

export function groupConsequences(fs: Finding[]): ConsequenceGroup[] {
  const groups = new Map<string, ConsequenceGroup>();
  for (const f of fs) {
    const kind = sectionOf(f);
    const key = `${kind}\0${f.rule}\0${f.message}`;
    const g = groups.get(key) ?? { rule: f.rule, kind, message: f.message, findings: [], bindings: [] };
    g.findings.push(f);
    if (f.binding !== undefined && !g.bindings.includes(f.binding)) g.bindings.push(f.binding);
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SECTION_ORDER.indexOf(a.kind) - SECTION_ORDER.indexOf(b.kind) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}

/** A list of names cut after `max`, with how many more there are. */
export const someOf = (names: readonly string[], max: number, show: (s: string) => string = (s) => s): string =>
  `${names.slice(0, max).map(show).join(', ')}${names.length > max ? `, +${names.length - max} more` : ''}`;

export const findingsOf = (report: Report, stage: Stage): Finding[] => report.findings.filter((f) => f.stage === stage);

/** How an Airbyte side's findings read, when a side is one: their words are Flow's, as airbyte-to-flow shows the connector to Flow. */
export function protocolNote(report: Report): string | undefined {
  const airbyte = (['baseline', 'candidate'] as const).filter((side) => report.sides[side].protocol === 'airbyte');
  if (airbyte.length === 0) return undefined;
  const who = airbyte.length === 2 ? 'Both sides are Airbyte connectors' : `The ${airbyte[0]} is an Airbyte connector`;
  return `${who}, seen as airbyte-to-flow shows them to Flow: a binding is a stream, its collection key the stream's primary key, its resource config the stream's sync mode and cursor.`;
}

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

/** How before and after are named where they are not a field's own values. */
const VALUE_NAMES: Partial<Record<string, string>> = {
  'migration.state.reset': 'state keys',
  'migration.resume.failed': "the baseline's state keys",
  'migration.bindings.rejected': 'resource configs',
};

/**
 * A finding's change, ` (before -> after)`, said once: nothing when it has no values, or when its
 * one value is the binding's own name (a binding added or removed) or already in the message.
 */
export function changeText(f: Finding, max: number, code: (text: string) => string = (t) => t, arrow = '->'): string {
  if (f.before === undefined && f.after === undefined) return '';
  const only = f.before === undefined || f.after === undefined ? (f.before ?? f.after) : undefined;
  if (only !== undefined && (only === f.binding || (typeof only === 'string' && f.message.includes(only)))) return '';
  const name = VALUE_NAMES[f.rule];
  if (name && f.after === undefined) return ` (${name}: ${code(shortJson(f.before, max))})`;
  return ` (${name ? `${name}: ` : ''}${code(shortJson(f.before, max))} ${arrow} ${code(shortJson(f.after, max))})`;
}

/** Which ATF patch file set what a finding is about, unless its message says so already. */
export const atfLabel = (f: Finding): string => (f.atfPatch && !f.message.includes(f.atfPatch) ? ` (set by ATF's ${f.atfPatch})` : '');

/** What a finding's witness is: a made-up example for schema findings, a real document for capture ones. */
export const witnessLabel = (f: Finding): string =>
  f.stage === 'capture'
    ? "The candidate's captured document"
    : f.stage === 'migration'
      ? 'Evidence'
      : GAIN_RULES.has(f.rule)
        ? 'Example accepted by the candidate and rejected by the baseline'
        : 'Example accepted by the baseline and rejected by the candidate';

/** Findings about what a document schema gains: their witness goes the other way. */
const GAIN_RULES = new Set(['discover.schema.type-widened', 'discover.schema.values-widened']);

/**
 * The start of JSON.stringify's text of a value, at least `max` characters of it where it is
 * longer: a witness may be a captured document of hundreds of fields, shown in one line.
 */
function jsonHead(value: unknown, max: number): string {
  const out: string[] = [];
  let length = 0;
  const put = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const write = (v: unknown, inArray: boolean): void => {
    if (length > max) return;
    if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      put(JSON.stringify(v) ?? (inArray ? 'null' : ''));
      return;
    }
    // Past `max` nothing more is shown: a wide document is not walked (nor its entries listed) to its end.
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (length > max) return;
        if (i > 0) put(',');
        write(v[i], true);
      }
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const k in v) {
      if (length > max) return;
      if (!Object.hasOwn(v, k)) continue;
      const item = (v as Record<string, unknown>)[k];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      write(item, false);
    }
    put('}');
  };
  write(value, false);
  return out.join('');
}

/** A value shown inline, cut to a readable length. */
export function shortJson(value: unknown, max = 120): string {
  const text = value === undefined ? 'absent' : jsonHead(value, max);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
