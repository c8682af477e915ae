import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindingsToCapture } from '../../src/orchestrate/live.js';
import { testFlowResources } from '../../src/plan/test-flow.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

const discovered = ['users', 'events', 'lists'].map((stream) => ({
  recommendedName: stream,
  resourceConfig: { stream, syncMode: 'full_refresh' },
  documentSchema: {},
  key: ['/id'],
}));
const pointers = ['/namespace', '/stream'];

describe("the connector's test.flow.yaml picks the bindings to capture", () => {
  it.skipIf(!needsShared("estuary's test.flow.yaml", 'fixtures/estuary'))("reads estuary's test.flow.yaml", () => {
    const resources = testFlowResources(estuaryPair('source-hubspot').imported);
    expect(resources?.[0]).toEqual({ stream: 'campaigns', syncMode: 'incremental', cursorField: ['lastUpdatedTime'] });
    // source-iterable's ATF test.flow.yaml lists no binding: every discovered binding is captured.
    expect(testFlowResources(estuaryPair('source-iterable').atf)).toBeUndefined();
  });

  it('captures the listed bindings with the resource config written there, and warns of unknown ones', () => {
    const warnings: string[] = [];
    const chosen = bindingsToCapture(
      discovered,
      pointers,
      [{ stream: 'events', syncMode: 'incremental', cursorField: ['ts'] }, { stream: 'gone' }],
      (m) => warnings.push(m),
    );
    expect(chosen.map((b) => [b.recommendedName, b.resourceConfig])).toEqual([
      ['events', { stream: 'events', syncMode: 'incremental', cursorField: ['ts'] }],
    ]);
    expect(warnings).toEqual(['test.flow.yaml binding gone is not discovered; not captured']);
    expect(bindingsToCapture(discovered, pointers, undefined, () => {})).toHaveLength(3);
  });

  it('says which file is broken', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-flow-'));
    await writeFile(path.join(dir, 'test.flow.yaml'), 'captures: [\n');
    expect(() => testFlowResources(dir)).toThrow(/test\.flow\.yaml: invalid YAML/);
  });
});
