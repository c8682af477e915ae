// Airbyte-shaped snapshots compared offline: two versions of one Airbyte connector
// (__tests__/fixtures/airbyte/v1 and v2) with real kinds of change, read in Airbyte's own file shapes.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { bindingOf, recommendedNameOf } from '../../src/normalize/airbyte.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/shared.js';

const FIXTURES = path.join(ROOT, '__tests__/fixtures/airbyte');
const compare = (a: string, b: string): Promise<Report> =>
  compareDirs({ baselineDir: path.join(FIXTURES, a), candidateDir: path.join(FIXTURES, b), acceptFileRequired: false, failOn: 'breaking' });
const rulesOf = (r: Report) => r.findings.map((f) => `${f.rule} ${f.binding ?? ''}`.trim()).sort();

describe('Airbyte streams seen as airbyte-to-flow shows them to Flow', () => {
  it('names bindings as stream_to_recommended_name does (its own test cases)', () => {
    expect(recommendedNameOf('Hello-World')).toBe('Hello-World');
    expect(recommendedNameOf('/&foo!/B ar// b+i-n.g /')).toBe('foo/Bar/bi-n.g');
  });

  it('keys by the source primary key, incremental when supported, cursor defaulting to the key', () => {
    const b = bindingOf({
      name: 'a b',
      namespace: 'public',
      json_schema: {},
      supported_sync_modes: ['full_refresh'],
      source_defined_primary_key: [['id'], ['x/y']],
    });
    expect(b).toEqual({
      recommendedName: 'ab',
      resourceConfig: { stream: 'a b', namespace: 'public', syncMode: 'full_refresh', cursorField: ['id', 'x~1y'] },
      documentSchema: {},
      key: ['/id', '/x~1y'],
    });
    expect(
      bindingOf({ name: 'e', json_schema: {}, supported_sync_modes: ['incremental'], default_cursor_field: ['t'] }).resourceConfig,
    ).toEqual({
      stream: 'e',
      syncMode: 'incremental',
      cursorField: ['t'],
    });
  });
});

describe('compare on two Airbyte snapshot folders', () => {
  it('finds each kind of change in Airbyte terms, with witnesses and document keys', async () => {
    const report = await compare('v1', 'v2');
    expect(report.verdict).toBe('fail');
    expect(rulesOf(report)).toEqual([
      'capture.collection.missing acmeCo/teams',
      'capture.field.added acmeCo/events',
      'capture.field.removed acmeCo/users',
      'discover.binding.removed teams',
      'discover.cursor.changed events',
      'discover.key.changed events',
      'discover.resource-config.changed events',
      'discover.resource-config.changed users',
      'discover.schema.nullability-removed users',
      'discover.schema.property-added events',
      'discover.schema.type-widened users',
      'discover.sync-mode.removed users',
      'spec.config.narrowed',
    ]);
    const by = (rule: string) => report.findings.find((f) => f.rule === rule)!;
    expect(by('discover.sync-mode.removed')).toMatchObject({
      severity: 'breaking',
      before: ['full_refresh', 'incremental'],
      after: ['full_refresh'],
    });
    expect(by('discover.cursor.changed')).toMatchObject({ severity: 'warning', before: ['created'], after: ['modified'] });
    expect(by('discover.key.changed')).toMatchObject({ before: ['/id'], after: ['/id', '/created'] });
    // The Flow view's resource config changes are consequences of the stream's own change.
    const syncMode = report.findings.find((f) => f.rule === 'discover.resource-config.changed' && f.binding === 'users')!;
    expect(syncMode.causedBy).toBe(by('discover.sync-mode.removed').id);
    // Witnesses are checked by an independent validator: valid under the baseline, invalid under the candidate.
    const ajv = new Ajv({ strict: false });
    const nullability = by('discover.schema.nullability-removed');
    expect(nullability.witness).toEqual({ email: null });
    const config = by('spec.config.narrowed');
    const v1 = { type: 'object', required: ['api_key'], properties: { api_key: { type: 'string' }, start_date: { type: 'string' } } };
    expect(ajv.validate(v1, config.witness)).toBe(true);
    expect(ajv.validate({ ...v1, required: ['api_key', 'start_date'] }, config.witness)).toBe(false);
    expect(by('capture.field.removed').message).toContain('the document with key [2]');
    // A widening has its witness too, the other way: accepted by the candidate, rejected by the baseline.
    const widened = by('discover.schema.type-widened');
    const usersSchema = (v: string) =>
      ({
        v1: { type: 'object', properties: { updated_at: { type: 'string' } } },
        v2: { type: 'object', properties: { updated_at: { type: ['string', 'integer'] } } },
      })[v]!;
    expect(widened.witness).toEqual({ updated_at: 0 });
    expect(ajv.validate(usersSchema('v2'), widened.witness)).toBe(true);
    expect(ajv.validate(usersSchema('v1'), widened.witness)).toBe(false);
  });

  it('says in the report that both sides are Airbyte connectors and how their words map', async () => {
    const r = await runCli(['compare', path.join(FIXTURES, 'v1'), path.join(FIXTURES, 'v2')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Both sides are Airbyte connectors, seen as airbyte-to-flow shows them to Flow: a binding is a stream, its collection key the stream's primary key",
    );
    expect((await compare('v1', 'v2')).sides.candidate).toEqual({ label: path.join(FIXTURES, 'v2'), protocol: 'airbyte' });
  });

  it('a version compared with itself is identical, whichever line form its records take', async () => {
    for (const v of ['v1', 'v2']) {
      const report = await compare(v, v);
      expect(report.findings).toEqual([]);
      expect(report.stages.filter((s) => s.stage !== 'migration').map((s) => s.status)).toEqual(['identical', 'identical', 'identical']);
    }
  });

  it('a line that is neither a record nor a message is one input error naming its line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-airbyte-'));
    await writeFile(path.join(dir, 'records.jsonl'), '{"stream":"users","data":{"id":1}}\n{"id":2}\n');
    const r = await runCli(['compare', dir, path.join(FIXTURES, 'v1')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /records\.jsonl:2: not an Airbyte record \(a RECORD message, or an AirbyteRecordMessage\): \(top level\) must have required property 'stream'$/,
    );
    await writeFile(path.join(dir, 'records.jsonl'), '{"stream":"users","data":{"id":1}}\n{"stream": \n');
    const bad = await runCli(['compare', dir, path.join(FIXTURES, 'v1')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/records\.jsonl:2:\d+: invalid JSON/);
  });
});
