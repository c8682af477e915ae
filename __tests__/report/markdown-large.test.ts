import { describe, expect, it } from 'vitest';
import { compareSets } from '../../src/compare/index.js';
import type { Binding, SnapshotSet } from '../../src/model/types.js';
import { buildReport } from '../../src/orchestrate/report.js';
import { emptyAcceptFile } from '../../src/policy/accept-file.js';
import { renderMarkdown } from '../../src/report/markdown.js';

/** A catalog of n bindings; the candidate makes every field nullable-no-more and adds one field, like a bulk re-import. */
function catalog(n: number, candidate: boolean): SnapshotSet {
  const bindings: Binding[] = Array.from({ length: n }, (_, i) => {
    const properties: Record<string, unknown> = { id: { type: 'string' }, createdAt: { type: candidate ? 'string' : ['null', 'string'] } };
    for (let p = 0; p < 20; p++) properties[`f${p}`] = { type: ['null', 'string'] };
    if (candidate) properties.extra = { type: 'string' };
    return {
      recommendedName: `stream_${i}`,
      resourceConfig: { stream: `stream_${i}`, syncMode: 'incremental' },
      documentSchema: { type: 'object', properties, required: ['id'] },
      key: [candidate && i % 10 === 0 ? '/_meta/row_id' : '/id'],
    };
  });
  return { label: candidate ? 'candidate' : 'baseline', discover: bindings, sources: {} };
}

describe('markdown report of a 300-binding catalog', () => {
  it('groups findings per rule with binding counts in collapsible blocks, and stays short', () => {
    const comparison = compareSets(catalog(300, false), catalog(300, true), { redact: [] });
    const report = buildReport({
      connector: 'source-big',
      sides: { baseline: { label: 'b' }, candidate: { label: 'c' } },
      comparison,
      accept: emptyAcceptFile(),
      failOn: 'breaking',
    });
    const count = (rule: string) => report.findings.filter((f) => f.rule === rule).length;
    expect(count('discover.schema.nullability-removed')).toBe(300);
    expect(count('discover.schema.property-added')).toBe(300);
    expect(count('discover.key.changed')).toBe(30);

    const md = renderMarkdown(report);
    expect(md).toContain(
      '<summary>❌ breaking · <code>discover.schema.nullability-removed</code> · 300 findings in 300 bindings</summary>',
    );
    expect(md).toContain('<summary>❌ breaking · <code>discover.key.changed</code> · 30 findings in 30 bindings</summary>');
    expect(md).toContain('… and 250 more (see the JSON report)');
    // Breaking groups open, compatible ones closed.
    expect(md).toMatch(/<details open><summary>❌ breaking · <code>discover.key.changed/);
    expect(md).toMatch(/<details><summary>ℹ️ info · <code>discover.schema.property-added/);
    expect(md.match(/<details/g)!.length).toBeLessThanOrEqual(6);
    expect(md.length).toBeLessThan(120_000);
  });
});
