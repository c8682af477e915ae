import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSets } from '../../src/compare/index.js';
import { normalizeSet } from '../../src/normalize/index.js';
import { readSnapshotSet, stageOfFile } from '../../src/snapshots/read.js';

const spec = {
  protocol: 3032023,
  configSchema: { type: 'object' },
  resourceConfigSchema: { type: 'object' },
  documentationUrl: 'https://x',
  resourcePathPointers: ['/namespace', '/stream'],
};
const binding = {
  recommendedName: 'users',
  resourceConfig: { stream: 'users', syncMode: 'incremental' },
  documentSchema: { type: 'object' },
  key: ['/id'],
};

async function folder(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-read-'));
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), JSON.stringify(value, null, 2));
  }
  return dir;
}

describe('reading snapshot sets', () => {
  it('knows the stage of every file name estuary has used, and ignores others', () => {
    expect(stageOfFile('snapshots__discover__capture.stdout.json')).toBe('discover');
    expect(stageOfFile('source_iterable_tests_test_snapshots__discover__capture.stdout.json')).toBe('discover');
    expect(stageOfFile('snapshots__spec__stdout.json')).toBe('spec');
    expect(stageOfFile('snapshots__capture__capture.stdout.json')).toBe('capture');
    expect(stageOfFile('spec.json')).toBe('spec');
    expect(stageOfFile('test.flow.yaml')).toBeUndefined();
    expect(stageOfFile('snapshots__validate__capture.stdout.json')).toBeUndefined();
  });

  it("reads estuary's layout with a spec stored as an array of one", async () => {
    const dir = await folder({
      'snapshots__spec__stdout.json': [spec],
      'snapshots__discover__capture.stdout.json': [binding],
      'test.flow.yaml': 'x',
    });
    const set = await readSnapshotSet(dir);
    expect(set.spec?.protocol).toBe(3032023);
    expect(set.discover).toHaveLength(1);
    expect(set.capture).toBeUndefined();
    expect(set.sources.discover).toBe(path.join(dir, 'snapshots__discover__capture.stdout.json'));
  });

  it('reads our layout, a spec stored as a bare object or as a {"spec": ...} response', async () => {
    expect((await readSnapshotSet(await folder({ 'spec.json': spec }))).spec?.documentationUrl).toBe('https://x');
    expect((await readSnapshotSet(await folder({ 'spec.json': { spec } }))).spec?.documentationUrl).toBe('https://x');
  });

  it("finds estuary's tests/snapshots inside a connector folder", async () => {
    const dir = await folder({ 'tests/snapshots/snapshots__spec__capture.stdout.json': [spec] });
    expect((await readSnapshotSet(dir)).spec).toBeDefined();
  });

  it('refuses a spec snapshot of another protocol version in one line naming the file', async () => {
    const dir = await folder({ 'spec.json': [{ ...spec, protocol: 1 }] });
    await expect(readSnapshotSet(dir)).rejects.toThrow(
      `${path.join(dir, 'spec.json')}: protocol 1 is not Flow's capture protocol 3032023: not a Flow capture connector's spec`,
    );
  });

  it('refuses a spec snapshot without its schemas in one line, instead of comparing nothing', async () => {
    const dir = await folder({ 'spec.json': [{ documentationUrl: 'x' }] });
    await expect(readSnapshotSet(dir)).rejects.toThrow(
      `${path.join(dir, 'spec.json')}: not a spec snapshot (a Spec response object, or an array holding one): (top level) must have required property 'configSchema'`,
    );
  });

  it('refuses two files for one stage', async () => {
    const dir = await folder({ 'spec.json': spec, 'snapshots__spec__stdout.json': [spec] });
    await expect(readSnapshotSet(dir)).rejects.toThrow(/two spec snapshots/);
  });

  it('reports missing stages as skipped', async () => {
    const a = await readSnapshotSet(await folder({ 'spec.json': spec }));
    const b = await readSnapshotSet(await folder({ 'spec.json': spec, 'discover.json': [binding] }));
    const { findings, steps } = compareSets(a, b, { redact: [] });
    expect(findings).toEqual([]);
    expect(steps.spec).toEqual({ status: 'ran' });
    expect(steps.discover).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no discover output for the baseline/) });
    expect(steps.capture).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/baseline .* and the candidate/) });
  });
});

describe('normalization', () => {
  const set = (s: object, capture?: [string, object][]) =>
    normalizeSet({ label: 'x', spec: s as never, capture: capture as never, sources: {} });

  it('treats "oauth2": {} and "oauth2": null as no oauth2', () => {
    const { findings } = compareSets(set({ ...spec, oauth2: {} }), set(spec), { redact: [] });
    expect(findings).toEqual([]);
    expect(compareSets(set({ ...spec, oauth2: null }), set(spec), { redact: [] }).findings).toEqual([]);
  });

  it('reads a spec snapshot whose oauth2 is null', async () => {
    const dir = await folder({ 'spec.json': [{ ...spec, oauth2: null }] });
    const read = await readSnapshotSet(dir);
    expect(normalizeSet(read).spec).toEqual(spec);
  });

  it('still reports a real oauth2 block that is gone', () => {
    const { findings } = compareSets(set({ ...spec, oauth2: { provider: 'notion' } }), set(spec), { redact: [] });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['spec.oauth2.removed', 'breaking']]);
  });

  it('ignores /_meta/uuid placeholders and judges other _meta fields apart from the data', () => {
    const b = set(spec, [['acmeCo/users', { id: 1, name: 'a', _meta: { uuid: 'DocUUIDPlaceholder-1' } }]]);
    const a = set(spec, [['acmeCo/users', { id: 1, name: 'a', _meta: { uuid: 'DocUUIDPlaceholder-2', row_id: 0 } }]]);
    const { findings } = compareSets(b, a, { redact: [] });
    expect(findings.map((f) => [f.rule, f.pointer, f.severity])).toEqual([['capture.meta.changed', '/_meta/row_id', 'info']]);
  });

  it('sorts bindings by resource path so that order does not matter', () => {
    const b2 = { ...binding, recommendedName: 'accounts', resourceConfig: { stream: 'accounts', syncMode: 'incremental' } };
    const x = normalizeSet({ label: 'x', spec, discover: [binding, b2] as never, sources: {} });
    expect(x.discover!.map((b) => b.recommendedName)).toEqual(['accounts', 'users']);
  });
});
