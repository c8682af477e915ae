import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindingsToCapture } from '../../src/orchestrate/live.js';
import { testFlowBindings } from '../../src/plan/test-flow.js';
import { captureBindings } from '../../src/run/protocol.js';
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
    const listed = testFlowBindings(estuaryPair('source-hubspot').imported);
    expect(listed?.[0]).toEqual({
      resource: { stream: 'campaigns', syncMode: 'incremental', cursorField: ['lastUpdatedTime'] },
      target: 'acmeCo/campaigns',
      disable: false,
    });
    // source-iterable's ATF test.flow.yaml lists no binding: every discovered binding is captured.
    expect(testFlowBindings(estuaryPair('source-iterable').atf)).toBeUndefined();
  });

  it('captures the listed bindings with the resource config and target written there, skips disabled ones, and warns of unknown ones', () => {
    const warnings: string[] = [];
    const chosen = bindingsToCapture(
      discovered,
      pointers,
      [
        {
          resource: { stream: 'events', syncMode: 'incremental', cursorField: ['ts'] },
          target: 'acmeCo/all-events',
          disable: false,
          backfill: 3,
        },
        { resource: { stream: 'users' }, disable: true },
        { resource: { stream: 'gone' }, disable: false },
      ],
      (m) => warnings.push(m),
    );
    expect(chosen.map((b) => [b.recommendedName, b.resourceConfig])).toEqual([
      ['events', { stream: 'events', syncMode: 'incremental', cursorField: ['ts'] }],
    ]);
    // The backfill counter is part of Flow's state key (crates/assemble encode_state_key).
    expect(captureBindings(chosen, pointers).map((b) => [b.collection.name, b.stateKey, b.backfill])).toEqual([
      ['acmeCo/all-events', 'events.v3', 3],
    ]);
    expect(warnings).toEqual(['test.flow.yaml binding gone is not discovered; not captured']);
  });

  it('with no test.flow.yaml, captures every discovered binding the connector does not mark disabled', () => {
    const withDisabled = [
      ...discovered,
      { ...discovered[0]!, recommendedName: 'audit', resourceConfig: { stream: 'audit' }, disable: true },
    ];
    const chosen = bindingsToCapture(withDisabled, pointers, undefined, () => {});
    expect(chosen.map((b) => b.recommendedName)).toEqual(['users', 'events', 'lists']);
    expect(captureBindings(chosen, pointers).map((b) => b.collection.name)).toEqual(['acmeCo/users', 'acmeCo/events', 'acmeCo/lists']);
  });

  it('reads disable and target from a test.flow.yaml', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-flow-'));
    const yaml = [
      'captures:',
      '  acmeCo/source-x:',
      '    bindings:',
      '      - resource: { name: ContactEvents, interval: PT30S }',
      '        target: acmeCo/ContactEvents',
      '      - resource: { name: TaskEvents }',
      '        disable: true',
      '        backfill: 2',
      '        target: acmeCo/TaskEvents',
    ];
    await writeFile(path.join(dir, 'test.flow.yaml'), yaml.join('\n'));
    expect(testFlowBindings(dir)).toEqual([
      { resource: { name: 'ContactEvents', interval: 'PT30S' }, target: 'acmeCo/ContactEvents', disable: false },
      { resource: { name: 'TaskEvents' }, target: 'acmeCo/TaskEvents', disable: true, backfill: 2 },
    ]);
  });

  it('says which file is broken', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-flow-'));
    await writeFile(path.join(dir, 'test.flow.yaml'), 'captures: [\n');
    expect(() => testFlowBindings(dir)).toThrow(/test\.flow\.yaml: invalid YAML/);
  });
});
