import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { compareSets } from '../../src/compare/index.js';
import type { Binding, CapturedDoc, SnapshotSet } from '../../src/model/types.js';
import { normalizeSet } from '../../src/normalize/index.js';
import { buildReport } from '../../src/orchestrate/report.js';
import { emptyAcceptFile } from '../../src/policy/accept-file.js';
import { renderMarkdown } from '../../src/report/markdown.js';

// The job summary as a reader sees it: rendered by a GitHub-flavoured markdown renderer (micromark
// with its GFM extension, which follows the GFM spec GitHub's cmark-gfm implements), raw HTML let
// through as GitHub lets <details> and <summary> through.
const render = (md: string): string => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const HOSTILE = ['pipe|name', 'tick`name', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

function binding(name: string, nullable: boolean): Binding {
  return {
    recommendedName: name,
    resourceConfig: { stream: name, syncMode: 'incremental' },
    documentSchema: {
      type: 'object',
      properties: { id: { type: 'integer' }, email: { type: nullable ? ['null', 'string'] : 'string' } },
      required: ['id'],
    },
    key: ['/id'],
  };
}

function set(label: string, names: string[], nullable: boolean): SnapshotSet {
  const capture: CapturedDoc[] = names.map((n) => [`acmeCo/${n}`, { id: 1, email: 'a@b.c' }]);
  return {
    label,
    spec: { configSchema: { type: 'object' }, resourceConfigSchema: { type: 'object' } },
    discover: names.map((n) => binding(n, nullable)),
    capture,
    sources: {},
  };
}

function hostileReport() {
  // The candidate drops the last binding and makes every email non-null: breaking findings with
  // witnesses, a root cause with a consequence, and every name one a connector could discover.
  return buildReport({
    connector: 'source-<b>x</b>|y',
    sides: { baseline: { label: 'atf|`img`' }, candidate: { label: '<i>new</i>' } },
    comparison: compareSets(normalizeSet(set('b', [...HOSTILE, 'gone'], true)), normalizeSet(set('c', HOSTILE, false)), { redact: [] }),
    accept: emptyAcceptFile(),
    failOn: 'breaking',
  });
}

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('the job summary as GitHub renders it', () => {
  const report = hostileReport();
  const md = renderMarkdown(report);
  const html = render(md);

  it('starts with the verdict and its counts', () => {
    expect(html).toMatch(
      /^<h2>❌ Not compatible: source-&lt;b&gt;x&lt;\/b&gt;\|y<\/h2>\n<p><strong>3 breaking changes<\/strong> · 3 warnings to explain · /,
    );
  });

  it('keeps the stage table whole: one header, every row with all eight cells', () => {
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
    expect(tables).toHaveLength(1);
    const rows = [...tables[0]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(1 + report.stages.length);
    for (const row of rows) expect(count(row, /<t[hd][ >]/g)).toBe(8);
  });

  it('opens and closes every details block, and shows every witness as a JSON code block', () => {
    expect(count(html, /<details[ >]/g)).toBe(count(md, /<details[ >]/g));
    expect(count(html, /<details[ >]/g)).toBe(count(html, /<\/details>/g));
    expect(count(html, /<summary>/g)).toBe(count(html, /<details[ >]/g));
    const witnesses = report.findings.filter((f) => f.witness !== undefined).length;
    expect(witnesses).toBeGreaterThan(3);
    expect(count(html, /<pre><code class="language-json">/g)).toBe(witnesses);
    // The paste block is raw markdown in a code block, not rendered.
    expect(html).toContain('<pre><code class="language-markdown">## Spec / Discovery / Capture differences');
  });

  it('shows names with pipes, backticks and HTML as text', () => {
    expect(html).not.toMatch(/<script|<img|<b>x|<i>new/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<code>tick`name</code>');
    expect(html).toContain('<code>pipe|name</code>');
    // A removed binding's collection is under it, in the list of what it implies.
    expect(html).toMatch(
      /<code>gone<\/code>: binding no longer discovered[\s\S]*?It implies 1 more finding[\s\S]*?<code>capture\.collection\.missing<\/code>/,
    );
  });
});
