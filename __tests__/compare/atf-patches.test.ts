import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { runCli } from '../helpers/cli.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

/** A folder of patch files laid out as in an ATF image's working folder (estuary/airbyte's connector Dockerfiles: `COPY spec.patch.json ./`, `COPY streams/* ./streams/`). */
function patchDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atf-patches-'));
  mkdirSync(path.join(dir, 'streams'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

async function compareWith(connector: string, files: Record<string, unknown>): Promise<Report> {
  const { atf, imported } = estuaryPair(connector);
  return compareDirs({
    baselineDir: atf,
    candidateDir: imported,
    acceptFileRequired: false,
    failOn: 'breaking',
    atfPatchesDir: patchDir(files),
  });
}

describe.skipIf(!needsShared('ATF patches on real pairs', 'fixtures/estuary'))('the baseline ATF patches, against real imports', () => {
  it('source-hubspot: the credentials options spec.patch.json set are not reproduced (API key dropped): breaking, and labelled', async () => {
    // estuary/airbyte's source-hubspot/spec.patch.json sets properties.credentials (title, description,
    // type, and a oneOf of OAuth, API key and Private APP, each with required fields and airbyte_secret);
    // the ATF baseline's spec holds what it set.
    const baseline = await readSnapshotSet(estuaryPair('source-hubspot').atf);
    const credentials = (baseline.spec!.configSchema as { properties: { credentials: { oneOf: unknown[]; title: string } } }).properties
      .credentials;
    const report = await compareWith('source-hubspot', {
      'spec.patch.json': { properties: { credentials: { title: credentials.title, oneOf: credentials.oneOf } } },
    });
    const own = report.findings.filter((f) => f.rule.includes('atf'));
    expect(own.map((f) => [f.rule, f.severity, f.pointer])).toEqual([
      ['spec.atf-config.not-reproduced', 'breaking', '/configSchema/properties/credentials/oneOf'],
    ]);
    expect(own[0]!.message).toBe("set by ATF's spec.patch.json, not reproduced by the candidate");
    // The schema finding about the same place says which patch set it.
    const narrowed = report.findings.find((f) => f.rule === 'spec.config.narrowed')!;
    expect(narrowed.atfPatch).toBe('spec.patch.json');
    expect(report.atfPatches).toEqual({
      source: expect.any(String),
      files: [
        {
          file: 'spec.patch.json',
          changes: 'merge patch on the endpoint config schema',
          places: 2,
          reproduced: 'partly',
          missing: ['/configSchema/properties/credentials/oneOf'],
        },
      ],
      errors: [],
    });
    const md = renderMarkdown(report);
    expect(md).toContain('### ATF patches (from `');
    expect(md).toContain(
      '| `spec.patch.json` | merge patch on the endpoint config schema | ⚠️ partly: not at `/configSchema/properties/credentials/oneOf` |',
    );
    expect(md).toContain("\\(set by ATF's spec.patch.json\\)");
  });

  it('source-iterable: a primary key set by streams/<name>.pk.json that the import changed is breaking; one it kept is reproduced', async () => {
    const baseline = await readSnapshotSet(estuaryPair('source-iterable').atf);
    const candidate = await readSnapshotSet(estuaryPair('source-iterable').imported);
    const kept = baseline.discover!.find((b) => {
      const other = candidate.discover!.find((c) => c.recommendedName === b.recommendedName);
      return other && JSON.stringify(other.key) === JSON.stringify(b.key) && b.key.every((k) => k.split('/').length === 2);
    })!;
    const report = await compareWith('source-iterable', {
      'streams/events.pk.json': ['email', 'createdAt'],
      [`streams/${kept.recommendedName}.pk.json`]: kept.key.map((k) => k.slice(1)),
      'documentation_url.patch.json': { documentation_url: candidate.spec!.documentationUrl },
    });
    const keyFindings = report.findings.filter((f) => f.rule === 'discover.atf-key.not-reproduced');
    expect(keyFindings.map((f) => [f.binding, f.severity, f.before, f.after])).toEqual([
      ['events', 'breaking', ['/email', '/createdAt'], ['/_meta/row_id']],
    ]);
    expect(report.findings.find((f) => f.rule === 'discover.key.changed' && f.binding === 'events')!.atfPatch).toBe(
      'streams/events.pk.json',
    );
    // Files in the order airbyte-to-flow's folder lists them: top-level ones, then streams/ by name.
    const streams = [
      [`streams/${kept.recommendedName}.pk.json`, 'yes'],
      ['streams/events.pk.json', 'no'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(report.atfPatches!.files.map((f) => [f.file, f.reproduced])).toEqual([['documentation_url.patch.json', 'yes'], ...streams]);
  });
});

describe('ATF patch files that cannot be used', () => {
  it('are reported with their name and reason, and the rest of the check goes on', async () => {
    const example = path.resolve(import.meta.dirname, '../../fixtures/source-example/.snapshots');
    const dir = patchDir({
      'streams/customers.pk.json': '["id"',
      'oauth2.patch.json': [],
      'documentation_url.patch.json': { url: 'x' },
      'streams/orders.pk.json': ['id'],
    });
    const r = await runCli(['compare', path.join(example, 'baseline'), path.join(example, 'candidate'), '--atf-patches', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ATF patches \(from .*\):$/m);
    expect(r.stdout).toContain('  documentation_url.patch.json: not used: expected {"documentation_url": "..."}');
    expect(r.stdout).toContain('  oauth2.patch.json: not used: expected a JSON object');
    expect(r.stdout).toMatch(/^ {2}streams\/customers\.pk\.json: not used: not valid JSON: /m);
    // The usable one is judged: the example's candidate keys orders by /_meta/row_id.
    expect(r.stdout).toContain('  streams/orders.pk.json: sets the collection key of stream orders; reproduced: no, not at orders /key');
    expect(r.stdout).toMatch(/orders \/key: set by ATF's streams\/orders\.pk\.json, not reproduced by the candidate/);
  });

  it('a folder that does not exist is an input error', async () => {
    const example = path.resolve(import.meta.dirname, '../../fixtures/source-example/.snapshots');
    const r = await runCli([
      'compare',
      path.join(example, 'baseline'),
      path.join(example, 'candidate'),
      '--atf-patches',
      '/nonexistent/atf',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^connector-compat compare: \/nonexistent\/atf: no such directory \(atf-patches names a folder/);
  });
});
