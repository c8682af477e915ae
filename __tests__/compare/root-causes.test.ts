import { describe, expect, it } from 'vitest';
import { compareSets } from '../../src/compare/index.js';
import type { Binding, CapturedDoc, Finding, Report, SnapshotSet } from '../../src/model/types.js';
import { normalizeSet } from '../../src/normalize/index.js';
import { buildReport } from '../../src/orchestrate/report.js';
import { emptyAcceptFile } from '../../src/policy/accept-file.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { readSnapshotSet } from '../../src/snapshots/read.js';
import { estuaryPair, needsShared } from '../helpers/shared.js';

function report(baseline: SnapshotSet, candidate: SnapshotSet, connector = 'source-x'): Report {
  return buildReport({
    connector,
    sides: { baseline: { label: 'b' }, candidate: { label: 'c' } },
    comparison: compareSets(normalizeSet(baseline), normalizeSet(candidate), { redact: [] }),
    accept: emptyAcceptFile(),
    failOn: 'breaking',
  });
}

const count = (r: Report, severity: Finding['severity']) => r.findings.filter((f) => f.severity === severity && !f.accepted).length;
const stageTotal = (r: Report, k: 'breaking' | 'warning' | 'info') => r.stages.reduce((n, s) => n + s.counts[k], 0);

const binding = (name: string, key: string[], properties: Record<string, unknown>): Binding => ({
  recommendedName: name,
  resourceConfig: { stream: name, syncMode: 'incremental' },
  documentSchema: { type: 'object', properties, required: key.map((k) => k.slice(1)) },
  key,
});
const set = (label: string, discover: Binding[], capture: CapturedDoc[] = []): SnapshotSet => ({
  label,
  spec: { configSchema: { type: 'object' }, resourceConfigSchema: { type: 'object' } },
  discover,
  capture,
  sources: {},
});

describe('root causes', () => {
  it('a removed binding carries its collection that the candidate no longer captures', () => {
    const props = { id: { type: 'integer' } };
    const r = report(
      set(
        'b',
        [binding('users', ['/id'], props), binding('teams', ['/id'], props)],
        [
          ['acmeCo/users', { id: 1 }],
          ['acmeCo/teams', { id: 1 }],
        ],
      ),
      set('c', [binding('users', ['/id'], props)], [['acmeCo/users', { id: 1 }]]),
    );
    const removed = r.findings.find((f) => f.rule === 'discover.binding.removed')!;
    const missing = r.findings.find((f) => f.rule === 'capture.collection.missing')!;
    expect(missing.binding).toBe('acmeCo/teams');
    expect(missing.causedBy).toBe(removed.id);
    expect(removed.causedBy).toBeUndefined();
    // Counts and verdict are those of every finding: the consequence keeps its severity.
    expect(stageTotal(r, 'breaking')).toBe(2);
    expect(r.verdict).toBe('fail');
    const text = renderText(r);
    expect(text).toContain('Breaking, not accepted (2, 1 listed under its root cause):');
    expect(text).toMatch(
      /teams: binding no longer discovered: .*\n {6}it implies 1 more finding:\n {8}BREAKING capture\.collection\.missing: acmeCo\/teams: the baseline captured 1 document, the candidate none/,
    );
    expect(text.match(/capture\.collection\.missing/g)).toHaveLength(1);
  });

  it('a key change carries the nullability its new key fields lost, and nothing else', () => {
    const before = { id: { type: 'integer' }, at: { type: ['null', 'string'] }, note: { type: ['null', 'string'] } };
    const after = { id: { type: 'integer' }, at: { type: 'string' }, note: { type: 'string' } };
    const r = report(set('b', [binding('events', ['/id'], before)]), set('c', [binding('events', ['/id', '/at'], after)]));
    const key = r.findings.find((f) => f.rule === 'discover.key.changed')!;
    const lost = r.findings.filter((f) => f.rule === 'discover.schema.nullability-removed');
    expect(lost.map((f) => [f.pointer, f.causedBy])).toEqual([
      ['/documentSchema/properties/at', key.id],
      ['/documentSchema/properties/note', undefined],
    ]);
    // The key is said once: in the change, not again in the message.
    const line = renderText(r)
      .split('\n')
      .find((l) => l.includes('collection key changed'))!;
    expect(line.match(/\/at/g)).toHaveLength(1);
    expect(count(r, 'breaking')).toBe(stageTotal(r, 'breaking'));
  });

  it('ids include the connector and are stable', () => {
    const props = { id: { type: 'integer' } };
    const b = set('b', [binding('users', ['/id'], props), binding('teams', ['/id'], props)]);
    const c = set('c', [binding('users', ['/id'], props)]);
    const ids = (connector: string) => report(b, c, connector).findings.map((f) => f.id);
    expect(ids('source-x')).toEqual(ids('source-x'));
    expect(ids('source-x')[0]).not.toBe(ids('source-y')[0]);
    expect(ids('source-x')[0]).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe.skipIf(!needsShared('a resource config switch on a real import', 'fixtures/estuary'))('a resource-config schema switch', () => {
  // source-zendesk-support's import, with the candidate's resource config replaced by estuary-cdk's
  // own ResourceConfig (estuary/connectors estuary-cdk/estuary_cdk/capture/common.py: `name`,
  // `interval: timedelta`, `extra="forbid"`, PATH_POINTERS ["/name"]), as pydantic writes its schema.
  async function switched(): Promise<Report> {
    const { atf, imported } = estuaryPair('source-zendesk-support');
    const baseline = await readSnapshotSet(atf);
    const candidate = await readSnapshotSet(imported);
    candidate.spec = {
      ...candidate.spec,
      resourceConfigSchema: {
        additionalProperties: false,
        description: 'ResourceConfig is a common resource configuration shape.',
        properties: {
          name: { description: 'Name of this resource', title: 'Name', type: 'string' },
          interval: {
            default: 'PT0S',
            description: 'Interval between updates for this resource',
            format: 'duration',
            title: 'Interval',
            type: 'string',
          },
        },
        required: ['name'],
        title: 'ResourceConfig',
        type: 'object',
      },
      resourcePathPointers: ['/name'],
    };
    candidate.discover = candidate.discover!.map((b) => ({ ...b, resourceConfig: { name: b.resourceConfig.stream, interval: 'PT5M' } }));
    return report(baseline, candidate, 'source-zendesk-support');
  }

  it('is one breaking finding with an example, carrying every per-binding field change', async () => {
    const r = await switched();
    const roots = r.findings.filter((f) => f.causedBy === undefined && f.rule.match(/resource/));
    // The new required `name` is the narrowing: every resource config the baseline discovered lacks it.
    expect(roots.map((f) => [f.rule, f.pointer])).toEqual([['spec.resource.narrowed', '/resourceConfigSchema/properties/name']]);
    expect(roots[0]!.message).toMatch(/^resource config \/name: added as a required property; rejects binding account_attributes, /);
    const root = roots[0]!;
    expect(root.witness).toEqual(expect.objectContaining({ stream: expect.any(String) }));
    const perBinding = r.findings.filter((f) => f.rule === 'discover.resource-config.changed');
    expect(perBinding.length).toBeGreaterThan(50);
    expect(perBinding.every((f) => f.causedBy === root.id)).toBe(true);
    for (const rule of ['spec.resource.property-removed', 'spec.resource-path.changed'])
      expect(r.findings.filter((f) => f.rule === rule).every((f) => f.causedBy === root.id)).toBe(true);
    // Counts stay those of every finding.
    expect(count(r, 'warning')).toBe(stageTotal(r, 'warning'));
    expect(stageTotal(r, 'breaking')).toBe(2);

    // Each kind of change is said once, under the root, with its bindings.
    const text = renderText(r);
    expect(text.match(/resource config interval added/g)).toHaveLength(1);
    expect(text).toMatch(
      /WARNING {2}discover\.resource-config\.changed ×27: resource config interval added in 27 bindings \(account_attributes, /,
    );
    expect(text).toContain(`Warnings, to explain in the pull request (${count(r, 'warning')}, all listed under their root causes):`);
    const md = renderMarkdown(r);
    expect(md.match(/resource config interval added/g)).toHaveLength(1);
  });
});
