import { describe, expect, it } from 'vitest';
import type { Finding, Report, SnapshotSet } from '../../src/model/types.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { validator } from '../../src/schema/validate.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

const PAIRS = ['source-hubspot', 'source-notion', 'source-iterable', 'source-zendesk-support'];

async function judge(connector: string): Promise<{ report: Report; atf: SnapshotSet; imported: SnapshotSet }> {
  const { atf, imported } = estuaryPair(connector);
  const report = await compareDirs({ baselineDir: atf, candidateDir: imported, acceptFileRequired: false, failOn: 'breaking' });
  return { report, atf: await readSnapshotSet(atf), imported: await readSnapshotSet(imported) };
}

/** The two schemas a narrowing finding speaks of. */
function schemasOf(f: Finding, atf: SnapshotSet, imported: SnapshotSet): [unknown, unknown] {
  if (f.pointer?.startsWith('/configSchema')) return [atf.spec!.configSchema, imported.spec!.configSchema];
  if (f.pointer?.startsWith('/resourceConfigSchema')) return [atf.spec!.resourceConfigSchema, imported.spec!.resourceConfigSchema];
  const find = (set: SnapshotSet) => set.discover!.find((b) => b.resourceConfig.stream === f.binding)!.documentSchema;
  return [find(atf), find(imported)];
}

describe.skipIf(!needsShared('Flow-aware judgement', 'fixtures/estuary'))('Flow-aware judgement of the real estuary pairs', () => {
  it.each(PAIRS)(
    '%s: every narrowing carries a witness that ajv accepts under the baseline and rejects under the candidate',
    async (connector) => {
      const { report, atf, imported } = await judge(connector);
      const narrowings = report.findings.filter((f) => /\.narrowed(-unused)?$|nullability-removed$/.test(f.rule));
      for (const f of narrowings) {
        expect(f.witness, `${f.rule} ${f.binding ?? ''} ${f.pointer}`).toBeDefined();
        const [before, after] = schemasOf(f, atf, imported).map((s) => validator(s));
        expect(before.ok && after.ok).toBe(true);
        if (!before.ok || !after.ok) continue;
        expect(before.validate(f.witness), `${f.pointer}: ${before.errors(f.witness).join('; ')}`).toBe(true);
        expect(after.validate(f.witness), `${f.pointer} accepted by the candidate`).toBe(false);
      }
    },
  );

  it('source-hubspot: the removed "API key" credentials option is a breaking config narrowing', async () => {
    const { report } = await judge('source-hubspot');
    const narrowed = report.findings.filter((f) => f.rule === 'spec.config.narrowed');
    expect(narrowed).toHaveLength(1);
    expect(narrowed[0].severity).toBe('breaking');
    expect(narrowed[0].pointer).toBe('/configSchema/properties/credentials');
    expect(narrowed[0].message).toMatch(/option "API key" removed/);
    expect((narrowed[0].witness as { credentials: Record<string, unknown> }).credentials).toHaveProperty('api_key');
    expect(report.verdict).toBe('fail');
  });

  it('source-notion: spec is not breaking, start_date optional is info, the resource config schema change is explained', async () => {
    const { report } = await judge('source-notion');
    const spec = report.findings.filter((f) => f.stage === 'spec');
    expect(spec.filter((f) => f.severity === 'breaking')).toEqual([]);
    const startDate = spec.find((f) => f.rule === 'spec.config.widened' && f.pointer === '/configSchema/properties/start_date');
    expect(startDate?.severity).toBe('info');
    expect(startDate?.message).toMatch(/no longer required/);
    const resource = spec.filter((f) => f.pointer?.startsWith('/resourceConfigSchema') && f.rule !== 'spec.annotation.changed');
    expect(resource.length).toBeGreaterThan(0);
    for (const f of resource) {
      expect(f.severity).toBe('info');
      expect(f.explanation).toMatch(/every resource config the ATF connector discovered \(4\) still validates/);
    }
  });

  it('source-notion: no breaking discovery finding; string fields narrowed to enums that no captured document hits are warnings with witnesses', async () => {
    const { report } = await judge('source-notion');
    expect(report.findings.filter((f) => (f.stage === 'discover' || f.stage === 'spec') && f.severity === 'breaking')).toEqual([]);
    const unhit = report.findings.filter((f) => f.rule === 'discover.schema.narrowed-unused');
    expect(unhit.length).toBeGreaterThan(0);
    for (const f of unhit) {
      expect(f.severity).toBe('warning');
      expect(f.message).toMatch(/enum narrowed.*none of the \d+ captured baseline documents is affected/);
      expect(f.witness).toBeDefined();
    }
    expect(report.findings.filter((f) => f.rule === 'discover.schema.format-changed').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('source-iterable: 30 key changes stay breaking; schema findings name fields, one per field and cause', async () => {
    const { report } = await judge('source-iterable');
    const keys = report.findings.filter((f) => f.rule === 'discover.key.changed');
    expect(keys).toHaveLength(30);
    expect(keys.every((f) => f.severity === 'breaking')).toBe(true);
    const fields = report.findings.filter((f) => f.rule.startsWith('discover.schema.') && f.rule !== 'discover.schema.annotation-changed');
    for (const f of fields) expect(f.pointer).toMatch(/^\/documentSchema\/properties\/[^/]+/);
    const seen = fields.map((f) => `${f.rule} ${f.binding} ${f.pointer}`);
    expect(new Set(seen).size).toBe(seen.length);
    const createdAt = report.findings.filter((f) => f.rule === 'discover.schema.nullability-removed');
    expect(
      createdAt.every(
        (f) => f.pointer === '/documentSchema/properties/createdAt' && (f.witness as Record<string, unknown>).createdAt === null,
      ),
    ).toBe(true);
  });

  it('switching the preset off brings back the warnings it explained', async () => {
    const { atf, imported } = estuaryPair('source-zendesk-support');
    const fs = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cc-presets-'));
    const acceptFile = path.join(dir, 'compat.yaml');
    await fs.writeFile(acceptFile, 'presets: []\n');
    const off = await compareDirs({ baselineDir: atf, candidateDir: imported, acceptFile, acceptFileRequired: true, failOn: 'breaking' });
    const on = await compareDirs({ baselineDir: atf, candidateDir: imported, acceptFileRequired: false, failOn: 'breaking' });
    const cursor = (r: Report) => r.findings.filter((f) => f.rule === 'discover.resource-config.changed');
    expect(cursor(on).every((f) => f.severity === 'info' && f.explanation)).toBe(true);
    expect(cursor(off).every((f) => f.severity === 'warning' && !f.explanation)).toBe(true);
    expect(off.findings.filter((f) => f.rule === 'spec.resource.narrowed-unused').every((f) => f.severity === 'warning')).toBe(true);
  });
});
