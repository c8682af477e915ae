import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../src/compare/finding.js';
import { InputError } from '../../src/model/errors.js';
import { parseAcceptFile } from '../../src/policy/accept-file.js';
import { applyAcceptFile, failing } from '../../src/policy/apply.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { ROOT } from '../helpers/shared.js';

const keyChange = makeFinding({
  rule: 'discover.key.changed',
  stage: 'discover',
  binding: 'events',
  pointer: '/key',
  before: ['/id'],
  after: ['/_meta/row_id'],
  message: 'key changed',
});
const otherKey = makeFinding({
  rule: 'discover.key.changed',
  stage: 'discover',
  binding: 'users',
  pointer: '/key',
  before: ['/id'],
  after: ['/uid'],
  message: 'key changed',
});
const fieldGone = makeFinding({
  rule: 'discover.schema.property-removed',
  stage: 'discover',
  binding: 'events',
  pointer: '/documentSchema/properties/legacy',
  message: 'gone',
});

const parse = (text: string) => parseAcceptFile(text, 'compat.yaml');

describe('compat.yaml', () => {
  it('accepts by rule and binding, leaving other bindings failing', () => {
    const { findings, stale } = applyAcceptFile(
      [keyChange, otherKey],
      parse('accept:\n  - rule: discover.key.changed\n    binding: events\n    reason: events have no natural key\n'),
    );
    expect(findings[0].accepted).toEqual({ reason: 'events have no natural key' });
    expect(findings[1].accepted).toBeUndefined();
    expect(failing(findings, 'breaking').map((f) => f.binding)).toEqual(['users']);
    expect(stale).toEqual([]);
  });

  it('accepts by fingerprint', () => {
    const { findings } = applyAcceptFile([keyChange, otherKey], parse(`accept:\n  - id: ${otherKey.id}\n    reason: renamed upstream\n`));
    expect(findings.map((f) => !!f.accepted)).toEqual([false, true]);
  });

  it('matches binding and pointer globs', () => {
    const accept = parse(
      'accept:\n  - rule: discover.schema.property-removed\n    binding: "ev*"\n    pointer: /documentSchema/properties/*\n    reason: legacy fields dropped\n',
    );
    expect(applyAcceptFile([fieldGone], accept).findings[0].accepted).toBeDefined();
    const narrow = parse(
      'accept:\n  - rule: discover.schema.property-removed\n    pointer: /documentSchema/properties/other\n    reason: x\n',
    );
    expect(applyAcceptFile([fieldGone], narrow).findings[0].accepted).toBeUndefined();
  });

  it('reports entries that match nothing as stale', () => {
    const { stale } = applyAcceptFile(
      [keyChange],
      parse('accept:\n  - rule: discover.binding.removed\n    reason: old\n  - id: 000000000000\n    reason: gone\n'),
    );
    expect(stale.map((e) => e.rule ?? e.id)).toEqual(['discover.binding.removed', '000000000000']);
  });

  it('remaps severities per rule, and fail-on decides what fails', () => {
    const { findings } = applyAcceptFile(
      [keyChange, fieldGone],
      parse('severity:\n  discover.key.changed: warning\n  discover.schema.property-removed: info\n'),
    );
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(failing(findings, 'breaking')).toHaveLength(0);
    expect(failing(findings, 'warning')).toHaveLength(1);
    expect(failing(findings, 'never')).toHaveLength(0);
  });

  it('refuses entries that would silently do the wrong thing', () => {
    const bad: [string, RegExp][] = [
      ['accept:\n  - rule: discover.key.changed\n', /compat\.yaml:2: accept entry has no reason/],
      ['accept:\n  - rule: discover.key.changed\n    reason: "  "\n', /no reason/],
      ['accept:\n  - binding: x\n    reason: r\n', /needs 'rule' or 'id'/],
      [
        'accept:\n  - rule: discover.keys.changed\n    reason: r\n',
        /compat\.yaml:2: unknown rule 'discover\.keys\.changed' \(did you mean 'discover\.key\.changed'\?\); every rule id is listed in the README, under "Rules"/,
      ],
      [
        'severity:\n  totally.made.up: info\n',
        /unknown rule 'totally\.made\.up'; every rule id is listed in the README, under "Rules" under 'severity'/,
      ],
      ['accept:\n  - id: xyz\n    reason: r\n', /not a 12-hex finding fingerprint/],
      ['accept:\n  - rule: discover.key.changed\n    reason: r\n    bindng: x\n', /unknown key 'bindng'/],
      ['acept: []\n', /compat\.yaml:1: unknown key 'acept'/],
      ['severity:\n  discover.key.changed: fatal\n', /must be breaking, warning or info, not 'fatal'/],
      ['accept: [\n', /compat\.yaml:\d+:\d+: invalid YAML/],
      ['presets: [strict]\n', /unknown preset 'strict'/],
    ];
    for (const [text, message] of bad) {
      expect(() => parse(text), text).toThrow(InputError);
      expect(() => parse(text), text).toThrow(message);
    }
  });

  it('an empty file accepts nothing and keeps the default preset', () => {
    const a = parse('');
    expect(a.accept).toEqual([]);
    expect(a.presets).toEqual(['estuary-cdk-import']);
    expect(parse('presets: []\n').presets).toEqual([]);
  });
});

describe('compat.yaml ids', () => {
  it('are read as written, even when YAML would read a number', () => {
    expect(parse('accept:\n  - id: 000000000000\n    reason: r\n').accept[0].id).toBe('000000000000');
    expect(parse('accept:\n  - id: 1e5000000000\n    reason: r\n').accept[0].id).toBe('1e5000000000');
    expect(parse("accept:\n  - id: '3f2a9c1b0d4e'\n    reason: r\n").accept[0].id).toBe('3f2a9c1b0d4e');
  });
});

describe('a binding by either of its names', () => {
  // The example connector: discovery names the binding `customers`, capture `acmeCo/customers`.
  const example = path.join(ROOT, 'fixtures/source-example/.snapshots');
  const reportWith = async (yaml: string) =>
    compareDirs({
      baselineDir: path.join(example, 'baseline'),
      candidateDir: path.join(example, 'candidate'),
      acceptFile: await writeAccept(yaml),
      acceptFileRequired: true,
      failOn: 'breaking',
    });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'accept-names-'));
  const writeAccept = async (yaml: string) => {
    const file = path.join(dir, `${Math.random().toString(16).slice(2)}.yaml`);
    writeFileSync(file, yaml);
    return file;
  };

  it('carries both names on every binding finding, and an entry matches by either', async () => {
    const report = await reportWith(
      [
        'accept:',
        '  - rule: discover.schema.nullability-removed',
        '    binding: acmeCo/customers',
        '    reason: matched by the collection',
        '  - rule: capture.field.removed',
        '    binding: customers',
        '    reason: matched by the resource path',
        '',
      ].join('\n'),
    );
    const nullability = report.findings.find((f) => f.rule === 'discover.schema.nullability-removed')!;
    expect(nullability).toMatchObject({ binding: 'customers', resourcePath: 'customers', collection: 'acmeCo/customers' });
    expect(nullability.accepted).toEqual({ reason: 'matched by the collection' });
    const removed = report.findings.find((f) => f.rule === 'capture.field.removed')!;
    expect(removed).toMatchObject({ binding: 'acmeCo/customers', resourcePath: 'customers', collection: 'acmeCo/customers' });
    expect(removed.accepted).toEqual({ reason: 'matched by the resource path' });
    expect(report.stale ?? []).toEqual([]);
  });
});
