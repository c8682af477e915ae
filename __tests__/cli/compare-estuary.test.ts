import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

// Speed (each pair in under 2 s) is measured by `npm run bench`, not asserted here under test load.
async function compare(connector: string): Promise<{ code: number; report: Report; stdout: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-'));
  const json = path.join(dir, 'r.json');
  const { atf, imported } = estuaryPair(connector);
  const { code, stdout } = await runCli(['compare', atf, imported, '--json', json]);
  return { code, report: JSON.parse(await readFile(json, 'utf8')), stdout };
}

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe.skipIf(!needsShared('compare on real pairs', 'fixtures/estuary'))('compare on the real estuary snapshot pairs', () => {
  it('source-iterable: exactly the 30 changed keys are breaking, events among them, no binding removed', async () => {
    const { code, report, stdout } = await compare('source-iterable');
    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.connector).toBe('source-iterable');
    const keys = byRule(report.findings, 'discover.key.changed');
    expect(keys).toHaveLength(30);
    expect(keys.every((f) => f.severity === 'breaking')).toBe(true);
    expect(new Set(keys.map((f) => f.binding)).size).toBe(30);
    const events = keys.find((f) => f.binding === 'events');
    expect(events?.before).toEqual(['/email', '/createdAt']);
    expect(events?.after).toEqual(['/_meta/row_id']);
    expect(byRule(report.findings, 'discover.binding.removed')).toHaveLength(0);
    expect(byRule(report.findings, 'discover.binding.enabled')).toHaveLength(27);
    expect(stdout).toMatch(/^FAIL: source-iterable: 58 breaking changes/);
  });

  it('source-hubspot: goals is a new binding', async () => {
    const { report } = await compare('source-hubspot');
    const added = byRule(report.findings, 'discover.binding.added');
    expect(added.map((f) => f.binding)).toEqual(['goals']);
    expect(added[0].severity).toBe('info');
  });

  it('source-notion: comments is a new binding', async () => {
    const { report } = await compare('source-notion');
    expect(byRule(report.findings, 'discover.binding.added').map((f) => f.binding)).toEqual(['comments']);
  });

  it('source-zendesk-support: three bindings enabled, cursorField changes are resource config changes', async () => {
    const { report } = await compare('source-zendesk-support');
    expect(byRule(report.findings, 'discover.binding.enabled')).toHaveLength(3);
    const cursor = byRule(report.findings, 'discover.resource-config.changed').filter((f) => f.pointer === '/resourceConfig/cursorField');
    expect(cursor.length).toBeGreaterThan(0);
    for (const f of cursor) expect(f.before).toBeDefined();
    expect(byRule(report.findings, 'discover.key.changed')).toHaveLength(0);
  });

  it('gives every finding a stable 12-hex fingerprint, the same on a second run', async () => {
    const first = await compare('source-hubspot');
    const second = await compare('source-hubspot');
    const ids = first.report.findings.map((f) => f.id);
    expect(ids.every((id) => /^[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.report.findings.map((f) => f.id)).toEqual(ids);
  });
});

describe.skipIf(!needsShared('every real snapshot set against itself', 'fixtures/estuary'))(
  'every real snapshot set against itself',
  () => {
    const sides = ['source-hubspot', 'source-iterable', 'source-notion', 'source-zendesk-support'].flatMap((c) =>
      (['atf', 'imported'] as const).map((s) => [`${c}/${s}`, estuaryPair(c)[s]] as const),
    );
    // The hubspot ATF capture has 121 property_history documents sharing 51 keys (the key's timestamp is redacted).
    it.each(sides)('%s is identical to itself', async (_, dir) => {
      const json = path.join(await mkdtemp(path.join(os.tmpdir(), 'cc-')), 'r.json');
      const { code } = await runCli(['compare', dir, dir, '--json', json]);
      const report = JSON.parse(await readFile(json, 'utf8')) as Report;
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
    });
  },
);

describe.skipIf(!needsShared('evidence on real pairs', 'fixtures/estuary'))(
  'every breaking finding on the real pairs shows its evidence',
  () => {
    // A schema narrowing has a witness; a capture finding names a captured document by its key, at
    // its pointer; a change of identity or marking (key, resource path, a removed binding, a secret
    // no longer marked) is shown by its two values.
    const IDENTITY = new Set([
      'discover.key.changed',
      'spec.resource-path.changed',
      'discover.binding.removed',
      'spec.protocol.changed',
      'spec.config.secret-unmarked',
    ]);
    it.each(['source-hubspot', 'source-iterable', 'source-notion', 'source-zendesk-support'])('%s', async (connector) => {
      const { report } = await compare(connector);
      const breaking = report.findings.filter((f) => f.severity === 'breaking');
      const without = breaking.filter(
        (f) =>
          f.witness === undefined &&
          !(f.stage === 'capture' && f.pointer && /the document with key \[/.test(f.message)) &&
          !(IDENTITY.has(f.rule) && (f.before !== undefined || f.after !== undefined)),
      );
      expect(without.map((f) => `${f.rule} ${f.binding} ${f.pointer}: ${f.message}`)).toEqual([]);
    });
  },
);
