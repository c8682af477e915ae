import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePointer } from '../../src/model/pointer.js';
import type { Finding, Report } from '../../src/model/types.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { annotationsFor, MAX_PER_LEVEL } from '../../src/report/annotations.js';
import { locateFinding, SnapshotText } from '../../src/report/locate.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

const CONNECTORS = ['source-hubspot', 'source-iterable', 'source-notion', 'source-zendesk-support'];

const texts = new Map<string, SnapshotText>();
const read = (file: string): SnapshotText => {
  if (!texts.has(file)) texts.set(file, new SnapshotText(readFileSync(file, 'utf8')));
  return texts.get(file)!;
};

async function estuaryReport(connector: string): Promise<Report> {
  const { atf, imported } = estuaryPair(connector);
  return compareDirs({ baselineDir: atf, candidateDir: imported, acceptFileRequired: false, failOn: 'breaking' });
}

/** Index of the top-level array item a line falls in: the files are printed with two spaces per level. */
function topLevelItem(lines: string[], line: number): number {
  return lines.slice(0, line).filter((l) => l === '  {' || l === '  [').length - 1;
}

describe.skipIf(!needsShared('annotation lines', 'fixtures/estuary'))('annotation lines on the real estuary snapshot files', () => {
  for (const connector of CONNECTORS) {
    it(`${connector}: every finding points at the line of its binding or field`, async () => {
      const report = await estuaryReport(connector);
      const located = report.findings.filter((f) => f.stage !== 'migration');
      expect(located.length).toBeGreaterThan(10);
      for (const f of located) {
        const at = locateFinding(f, report.files, read);
        expect(at, f.id).toBeDefined();
        const lines = readFileSync(at!.file, 'utf8').split('\n');
        const text = lines[at!.line - 1];
        const context = `${f.rule} ${f.binding} ${f.pointer} -> ${at!.file}:${at!.line} ${text}`;
        if (f.pointer !== undefined)
          expect(text.trimStart().startsWith(`${JSON.stringify(parsePointer(f.pointer).at(-1))}:`), context).toBe(true);
        const items = JSON.parse(lines.join('\n')) as unknown[];
        const item = items[topLevelItem(lines, at!.line)];
        if (f.stage === 'discover') {
          const rc = (item as { resourceConfig: { namespace?: string; stream?: string } }).resourceConfig;
          expect([rc.namespace, rc.stream].filter(Boolean).join('/'), context).toBe(f.binding);
        }
        if (f.stage === 'capture') expect((item as [string, unknown])[0], context).toBe(f.binding);
        if (f.stage === 'spec') expect(at!.file).toMatch(/__spec__/);
      }
    });
  }

  it('annotates a removed thing on the baseline file and a changed key on the candidate file', async () => {
    const report = await estuaryReport('source-iterable');
    const key = report.findings.find((f) => f.rule === 'discover.key.changed' && f.binding === 'events')!;
    const at = locateFinding(key, report.files, read)!;
    expect(at.file).toBe(report.files!.candidate!.discover);
    expect(readFileSync(at.file, 'utf8').split('\n')[at.line - 1].trim()).toBe('"key": [');
    const hubspot = await estuaryReport('source-hubspot');
    const removed = hubspot.findings.find((f) => f.rule === 'spec.config.property-removed')!;
    expect(locateFinding(removed, hubspot.files, read)!.file).toBe(hubspot.files!.baseline!.spec);
  });

  it('source-iterable: errors come first, one per rule before a second of any, at most 10 per level, carrying every breaking finding', async () => {
    const report = await estuaryReport('source-iterable');
    const annotations = annotationsFor(report, read);
    const breaking = report.findings.filter((f) => f.severity === 'breaking' && !f.accepted);
    expect(breaking.length).toBeGreaterThan(MAX_PER_LEVEL);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(MAX_PER_LEVEL);
    expect(annotations.slice(0, errors.length).every((a) => a.level === 'error')).toBe(true);
    // Every breaking finding is carried: on its own, under its root cause, or in the last one.
    expect(breaking.every((f) => errors.some((a) => a.findings.includes(f.id)))).toBe(true);
    // The breaking rules with findings of their own each get an annotation before any gets a second.
    const roots = breaking.filter((f) => f.causedBy === undefined);
    const rules = [...new Set(roots.map((f) => f.rule))];
    expect(rules).toEqual(expect.arrayContaining(['discover.key.changed', 'discover.schema.narrowed']));
    const firstRules = errors.slice(0, rules.length).map((a) => a.title.replace(/ \(.*$/, ''));
    expect(new Set(firstRules)).toEqual(new Set(rules));
    // A key change carries the nullability its new key fields lost (createdAt in [/email, /createdAt]).
    const keyChange = errors.find((a) => a.title === 'discover.key.changed (in_app_click)');
    expect(keyChange?.message).toMatch(/It implies 1 more finding:\n- breaking discover.schema.nullability-removed: field \/createdAt/);
    const rest = roots.length - (MAX_PER_LEVEL - 1);
    expect(errors.at(-1)!.title).toBe(`${rest} more breaking findings (GitHub shows 10 annotations per level)`);
  });
});

describe('annotations without snapshot files', () => {
  const finding = (i: number, severity: Finding['severity'], accepted = false): Finding => ({
    id: i.toString(16).padStart(12, '0'),
    rule: severity === 'breaking' ? 'migration.resume.failed' : 'migration.state.reset',
    stage: 'migration',
    severity,
    message: `finding ${i}`,
    ...(accepted ? { accepted: { reason: 'known' } } : {}),
  });

  it('groups findings that have no place by rule, and leaves out info and accepted findings', () => {
    const report = {
      findings: [finding(1, 'breaking'), finding(2, 'breaking'), finding(3, 'warning'), finding(4, 'info'), finding(5, 'breaking', true)],
    } as Report;
    const annotations = annotationsFor(report, () => undefined);
    expect(annotations.map((a) => [a.level, a.findings.length, a.file])).toEqual([
      ['error', 2, undefined],
      ['warning', 1, undefined],
    ]);
  });

  it("shows a wide witness's JSON cut to 500 characters, as JSON.stringify writes it", () => {
    // A captured document of 300 fields, some with characters JSON escapes, and one field JSON leaves out.
    const witness = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`field_${i}`, i % 3 ? `va"l\\ue ${i}` : [i, null, { n: i }]]),
    );
    const f = { ...finding(6, 'breaking'), witness: { ...witness, gone: undefined } };
    const [annotation] = annotationsFor({ findings: [f] } as Report, () => undefined);
    const line = annotation!.message.split('\n').find((l) => l.includes('{"field_0"'))!;
    expect(line.slice(line.indexOf('{'))).toBe(`${JSON.stringify(witness).slice(0, 499)}…`);
  });
});
