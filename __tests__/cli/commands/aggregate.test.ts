import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { capturedIO } from '../../helpers/cli.js';
import type { Report } from '../../../src/model/types.js';
import { estuaryPair, needsShared, ROOT } from '../../helpers/shared.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'aggregate-'));

const captured = () => capturedIO(ROOT);

async function compareTo(json: string, baseline: string, candidate: string, connector: string, accept: string[] = []): Promise<string> {
  const file = path.join(tmp, json);
  await main(['compare', baseline, candidate, '--connector', connector, '--json', file, ...accept], captured());
  return file;
}

const row = (md: string, connector: string): string | undefined => md.split('\n').find((l) => l.startsWith(`| ${connector} |`));

describe('connector-compat aggregate', () => {
  const example = path.join(ROOT, 'fixtures/source-example/.snapshots');
  let passing: string;
  let failing: string;
  beforeAll(async () => {
    passing = await compareTo('pass.json', `${example}/baseline`, `${example}/baseline`, 'source-example');
    failing = await compareTo('fail.json', `${example}/baseline`, `${example}/candidate`, 'source-example-import', [
      '--accept',
      `${example}/compat.yaml`,
    ]);
  });

  it('puts one row per connector in one table, failing ones first, and exits 1 while one fails', async () => {
    const io = captured();
    expect(await main(['aggregate', passing, failing], io)).toBe(1);
    const lines = io.stdout.split('\n');
    expect(lines).toContain('| connector | verdict | Spec | Discovery | Capture | Migration | breaking | warning | info | accepted |');
    const r = JSON.parse(readFileSync(failing, 'utf8')) as Report;
    const sum = (k: 'breaking' | 'warning' | 'info' | 'accepted') => r.stages.reduce((n, s) => n + s.counts[k], 0);
    const cell = (stage: string) => {
      const s = r.stages.find((x) => x.stage === stage)!;
      return s.status === 'breaking' ? `❌ ${s.counts.breaking}` : s.counts.warning ? `⚠️ ${s.counts.warning}` : '✅';
    };
    expect(sum('breaking')).toBeGreaterThan(0);
    expect(row(io.stdout, 'source-example-import')).toBe(
      `| source-example-import | ❌ fail | ${cell('spec')} | ${cell('discover')} | ${cell('capture')} | ⏭️ | ${sum('breaking')} | ${sum('warning')} | ${sum('info')} | ${sum('accepted')} |`,
    );
    expect(row(io.stdout, 'source-example')).toBe('| source-example | ✅ pass | ✅ | ✅ | ✅ | ⏭️ | 0 | 0 | 0 | 0 |');
    expect(lines.findIndex((l) => l.startsWith('| source-example-import'))).toBeLessThan(
      lines.findIndex((l) => l.startsWith('| source-example |')),
    );
    // The verdict and its counts come first.
    expect(lines.slice(0, 3)).toEqual([
      '## ❌ 1 of 2 connectors not compatible',
      '',
      `${sum('breaking')} breaking changes · ${sum('warning') === 1 ? '1 warning' : `${sum('warning')} warnings`} to explain`,
    ]);
    expect(io.stdout).toContain('### source-example-import');
    expect(io.stdout).toContain('**breaking** `customers` `/documentSchema/properties/email`');
  });

  it('shows a stage with warnings only as warnings, not as fine', async () => {
    const report = JSON.parse(readFileSync(passing, 'utf8')) as Report;
    const spec = report.stages.find((s) => s.stage === 'spec')!;
    Object.assign(spec, { status: 'compatible', counts: { ...spec.counts, warning: 2 } });
    const warned = path.join(tmp, 'warned.json');
    writeFileSync(warned, JSON.stringify(report));
    const io = captured();
    expect(await main(['aggregate', warned], io)).toBe(0);
    expect(row(io.stdout, 'source-example')).toBe('| source-example | ✅ pass | ⚠️ 2 | ✅ | ✅ | ⏭️ | 0 | 2 | 0 | 0 |');
    expect(io.stdout.split('\n').slice(0, 3)).toEqual([
      '## ✅ All 1 connector compatible',
      '',
      '0 breaking changes · 2 warnings to explain',
    ]);
  });

  it('exits 0 when the failing connector was approved by label, and writes --markdown', async () => {
    const report = JSON.parse(readFileSync(failing, 'utf8')) as Report;
    const approved = path.join(tmp, 'approved.json');
    writeFileSync(approved, JSON.stringify({ ...report, approval: { label: 'compat:approved' } }));
    const io = captured();
    const out = path.join(tmp, 'out', 'summary.md');
    expect(await main(['aggregate', passing, approved, '--markdown', out], io)).toBe(0);
    expect(io.stdout).toContain('| source-example-import | 🏷️ approved (`compat:approved`) |');
    expect(readFileSync(out, 'utf8')).toBe(io.stdout);
  });

  it('exits 2 with the file named when a file is not a report', async () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const io = captured();
    expect(await main(['aggregate', passing, bad], io)).toBe(2);
    expect(io.stderr).toBe(
      `connector-compat aggregate: ${bad}: not a connector-compat report (version 1 with connector, verdict, stages and findings)\n`,
    );
    expect(await main(['aggregate'], captured())).toBe(2);
  });

  it.skipIf(!needsShared('aggregate of the estuary imports', 'fixtures/estuary'))('merges the four estuary imports', async () => {
    const files = [];
    for (const c of ['source-hubspot', 'source-iterable', 'source-notion', 'source-zendesk-support']) {
      const { atf, imported } = estuaryPair(c);
      files.push(await compareTo(`${c}.json`, atf, imported, c));
    }
    const io = captured();
    await main(['aggregate', ...files], io);
    const ids: string[] = [];
    for (const file of files) {
      const r = JSON.parse(readFileSync(file, 'utf8')) as Report;
      ids.push(...r.findings.map((f) => f.id));
      const breaking = r.stages.reduce((n, s) => n + s.counts.breaking, 0);
      expect(row(io.stdout, r.connector)).toMatch(new RegExp(`\\| ${breaking} \\| \\d+ \\| \\d+ \\| \\d+ \\|$`));
    }
    // Fingerprints are per connector: the same change in two connectors (every import's _meta) has two ids.
    expect(new Set(ids).size).toBe(ids.length);
  });
});
