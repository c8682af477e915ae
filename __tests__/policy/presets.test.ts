import { describe, expect, it } from 'vitest';
import { compareSets } from '../../src/compare/index.js';
import type { Binding, SnapshotSet } from '../../src/model/types.js';
import { buildReport } from '../../src/orchestrate/report.js';
import { parseAcceptFile } from '../../src/policy/accept-file.js';

const RESOURCE_SPEC = {
  title: 'ResourceSpec',
  type: 'object',
  properties: {
    stream: { type: 'string' },
    syncMode: { enum: ['incremental', 'full_refresh'] },
    cursorField: { type: ['array', 'null'], items: { type: 'string' } },
  },
  required: ['stream', 'syncMode'],
};
const RESOURCE_CONFIG = {
  title: 'ResourceConfig',
  type: 'object',
  properties: {
    stream: { type: 'string' },
    syncMode: { enum: ['full_refresh', 'incremental'] },
    cursorField: { type: 'array', items: { type: 'string' } },
  },
  required: ['stream', 'syncMode'],
  additionalProperties: false,
};
const DOC = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
const CDK_DOC = {
  ...DOC,
  'x-infer-schema': true,
  properties: { ...DOC.properties, _meta: { type: 'object', properties: { row_id: { type: 'integer' } }, required: ['row_id'] } },
};

const atfBinding = (cursorField?: string[]): Binding => ({
  recommendedName: 'users',
  resourceConfig: { stream: 'users', syncMode: 'full_refresh', ...(cursorField ? { cursorField } : {}) },
  documentSchema: DOC,
  key: ['/id'],
});
const set = (label: string, resourceConfigSchema: unknown, binding: Binding): SnapshotSet => ({
  label,
  spec: { configSchema: { type: 'object' }, resourceConfigSchema },
  discover: [binding],
  sources: {},
});
const atf = set('atf', RESOURCE_SPEC, atfBinding(['id']));
const cdk = set('cdk', RESOURCE_CONFIG, { ...atfBinding(), documentSchema: CDK_DOC });

const report = (yaml: string) =>
  buildReport({
    connector: 'source-x',
    sides: { baseline: { label: 'atf' }, candidate: { label: 'cdk' } },
    comparison: compareSets(atf, cdk, { redact: [] }),
    accept: parseAcceptFile(yaml, 'compat.yaml'),
    failOn: 'warning',
  });

describe('the estuary-cdk-import preset', () => {
  it('is on by default: the import differences are info with an explanation, and the check passes at fail-on warning', () => {
    const r = report('');
    const explained = r.findings.filter((f) => f.explanation);
    expect(explained.map((f) => f.rule).sort()).toEqual(
      expect.arrayContaining([
        'discover.resource-config.changed',
        'discover.schema.annotation-changed',
        'discover.schema.meta-changed',
        'spec.resource.narrowed-unused',
      ]),
    );
    expect(explained.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings.find((f) => f.rule === 'spec.resource.narrowed-unused')?.explanation).toMatch(/still validates/);
    expect(r.verdict).toBe('pass');
  });

  it('presets: [] switches it off: the same findings keep their own severity', () => {
    const r = report('presets: []\n');
    expect(r.findings.some((f) => f.explanation)).toBe(false);
    expect(r.findings.find((f) => f.rule === 'discover.resource-config.changed')?.severity).toBe('warning');
    expect(r.verdict).toBe('fail');
  });

  it('does not explain a resource config schema narrowing that a discovered resource config hits', () => {
    const hit = set('atf', RESOURCE_SPEC, {
      ...atfBinding(['id']),
      resourceConfig: { stream: 'users', syncMode: 'incremental', cursorField: null },
    });
    const r = buildReport({
      connector: 'x',
      sides: { baseline: { label: 'a' }, candidate: { label: 'b' } },
      comparison: compareSets(hit, cdk, { redact: [] }),
      accept: parseAcceptFile('', 'c'),
      failOn: 'breaking',
    });
    const narrowed = r.findings.find((f) => f.rule === 'spec.resource.narrowed');
    expect(narrowed?.severity).toBe('breaking');
    expect(narrowed?.explanation).toBeUndefined();
  });

  it('severity remapping and acceptance still apply to the findings the preset explained', () => {
    const r = report(
      'severity:\n  discover.schema.meta-changed: warning\naccept:\n  - rule: discover.resource-config.changed\n    reason: cursor not used\n',
    );
    expect(r.findings.find((f) => f.rule === 'discover.schema.meta-changed')?.severity).toBe('warning');
    expect(r.findings.find((f) => f.rule === 'discover.resource-config.changed')?.accepted?.reason).toBe('cursor not used');
  });
});
