import { describe, expect, it } from 'vitest';
import { ran, skipped, type Steps } from '../../src/model/steps.js';
import { STAGES, type Finding, type Report, type Severity, type Stage } from '../../src/model/types.js';
import { stageResults } from '../../src/policy/apply.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { codeSpan, findingHeadline, renderMarkdown } from '../../src/report/markdown.js';
import { COMMENT_LIMIT_BYTES, renderBudgeted, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';

/** Every stage ran but those given, skipped with their reason. */
const stepsSkipping = (reasons: Partial<Record<Stage, string>>): Steps =>
  Object.fromEntries(STAGES.map((stage) => [stage, reasons[stage] ? skipped(reasons[stage]) : ran])) as Steps;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const RULES: Record<Severity, string[]> = {
  breaking: ['discover.schema.narrowed', 'discover.key.changed', 'capture.field.removed', 'spec.config.narrowed'],
  warning: ['discover.schema.property-removed', 'capture.value.changed'],
  info: ['discover.schema.property-added', 'capture.field.added'],
};

/** A report as a huge import produces it: thousands of findings, large witnesses, text with markdown in it. */
function bigReport(counts: Record<Severity | 'accepted', number>): Report {
  const findings: Finding[] = [];
  let n = 0;
  const add = (severity: Severity, accepted: boolean) => {
    const rule = RULES[severity][n % RULES[severity].length];
    const stage = rule.split('.')[0] as Finding['stage'];
    findings.push({
      id: n.toString(16).padStart(12, '0'),
      rule,
      stage,
      severity,
      binding: `stream_${n % 300}`,
      pointer: `/documentSchema/properties/field_${n}`,
      message: `field /field_${n}: type narrowed: <b>string</b> | [x](http://e.test) no longer accepted`,
      before: ['string', 'null'],
      after: ['integer'],
      ...(severity === 'breaking' ? { witness: { [`field_${n}`]: 'x'.repeat(1500), nested: { a: [1, 2, 3] } } } : {}),
      ...(accepted ? { accepted: { reason: 'reviewed in #1234' } } : {}),
    });
    n++;
  };
  for (let i = 0; i < counts.breaking; i++) add('breaking', false);
  for (let i = 0; i < counts.warning; i++) add('warning', false);
  for (let i = 0; i < counts.info; i++) add('info', false);
  for (let i = 0; i < counts.accepted; i++) add('breaking', true);
  return {
    version: 1,
    connector: 'source-huge',
    verdict: 'fail',
    sides: { baseline: { label: 'atf' }, candidate: { label: 'imported' } },
    stages: stageResults(findings, stepsSkipping({ migration: 'not run' })),
    findings,
  };
}

const TABLE_HEADER =
  '| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |';
const FULL = '`/tmp/r/report.md` on the runner';

describe('a report of 5,000 findings', () => {
  const report = bigReport({ breaking: 1500, warning: 1500, info: 1500, accepted: 500 });
  const breaking = report.findings.filter((f) => f.severity === 'breaking' && !f.accepted);

  it('is too large for a job summary when rendered whole', () => {
    expect(report.findings).toHaveLength(5000);
    expect(bytes(renderMarkdown(report))).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
  });

  it('gives a summary under 1 MiB with the table, every breaking headline, and what was cut', () => {
    const summary = renderBudgeted(report, { maxBytes: SUMMARY_LIMIT_BYTES, fullReport: FULL });
    expect(bytes(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain(TABLE_HEADER);
    for (const s of report.stages)
      expect(summary).toMatch(
        new RegExp(
          `^\\| ${s.stage === 'discover' ? 'Discovery' : s.stage[0].toUpperCase() + s.stage.slice(1)} \\|.* \\| ${s.counts.breaking} \\| ${s.counts.warning} \\| ${s.counts.info} \\| ${s.counts.accepted} \\|$`,
          'm',
        ),
      );
    for (const f of breaking) expect(summary).toContain(`- ${findingHeadline(f)} ${codeSpan(f.id)}`);
    expect(summary).toMatch(/This report was cut to stay under GitHub's size limit: it lists \d+ of 5000 findings, most severe first/);
    expect(summary).toContain(`The full report is ${FULL}.`);
    expect(summary).not.toContain('did not fit');
    // Most severe first: the list opens with breaking findings.
    expect(summary.split('### Most severe findings\n\n')[1].startsWith('- **breaking**')).toBe(true);
    expect(summary).toContain('## Spec / Discovery / Capture differences');
  });

  it('keeps the ATF patch table in a cut summary', () => {
    const atfPatches = {
      source: 'ghcr.io/estuary/source-huge:v1',
      files: [
        {
          file: 'streams/events.pk.json',
          changes: 'sets the collection key of stream events',
          places: 1,
          reproduced: 'no' as const,
          missing: ['events /key'],
        },
      ],
      errors: [],
    };
    const summary = renderBudgeted({ ...report, atfPatches }, { maxBytes: SUMMARY_LIMIT_BYTES, fullReport: FULL });
    expect(summary).toMatch(/This report was cut/);
    expect(summary).toContain('| `streams/events.pk.json` | sets the collection key of stream events | ❌ no: not at `events /key` |');
  });

  it('gives a comment under 65,536 bytes that says how many breaking findings it had to leave out', () => {
    const comment = renderBudgeted(report, { maxBytes: COMMENT_LIMIT_BYTES, fullReport: 'in the job summary' });
    expect(bytes(comment)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES);
    expect(comment).toContain(TABLE_HEADER);
    const shown = breaking.filter((f) => comment.includes(codeSpan(f.id))).length;
    expect(shown).toBeGreaterThan(0);
    expect(comment).toContain(`**${breaking.length - shown} breaking findings did not fit and are left out.**`);
  });

  it('annotates every breaking finding, errors first', () => {
    const annotations = annotationsFor(report, () => undefined);
    const firstWarning = annotations.findIndex((a) => a.level === 'warning');
    expect(annotations.slice(0, firstWarning).every((a) => a.level === 'error')).toBe(true);
    expect(annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(10);
    expect(
      annotations
        .filter((a) => a.level === 'error')
        .flatMap((a) => a.findings)
        .sort(),
    ).toEqual(breaking.map((f) => f.id).sort());
  });
});

describe('a small report', () => {
  it('is rendered whole, with witnesses', () => {
    const report = bigReport({ breaking: 3, warning: 2, info: 1, accepted: 1 });
    const summary = renderBudgeted(report, { maxBytes: SUMMARY_LIMIT_BYTES, fullReport: FULL });
    expect(summary).toBe(renderMarkdown(report));
    expect(summary).toContain('Example accepted by the baseline and rejected by the candidate:');
    expect(summary).not.toContain('was cut');
  });
});

describe('text from connectors and schemas', () => {
  const report: Report = {
    version: 1,
    connector: 'source-<b>x</b>|y',
    verdict: 'fail',
    sides: { baseline: { label: 'a' }, candidate: { label: 'b' } },
    stages: [],
    findings: [
      {
        id: 'aaaaaaaaaaaa',
        rule: 'discover.schema.narrowed',
        stage: 'discover',
        severity: 'breaking',
        binding: 'we`ird|name',
        pointer: '/documentSchema/properties/</details>',
        message: 'type narrowed: <img src=x onerror=alert(1)> [click](http://evil.test) | **bold**',
        witness: { text: '```\n</details>' },
      },
    ],
  };
  report.stages = stageResults(report.findings, stepsSkipping({}));
  const md = renderMarkdown(report);

  it('cannot open HTML, links, or break the table', () => {
    expect(md).not.toMatch(/(?<!\\)<(img|b)\b/);
    expect(md).not.toMatch(/[^\\]\[click\]/);
    expect(md).toContain('source-\\<b\\>x\\</b\\>\\|y');
    // Every table row keeps its nine cell borders.
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.match(/(?<!\\)\|/g)).toHaveLength(9);
  });

  it('puts names in code spans and witnesses in fences their content cannot close', () => {
    expect(md).toContain('``we`ird|name``');
    expect(md).toContain('`/documentSchema/properties/</details>`');
    expect(md).toMatch(/````json\n {2}\{\n/);
  });
});

describe('the stage table', () => {
  it('counts the snapshot comparisons by origin, and shows — where one did not run', () => {
    const drift = (side: 'baseline' | 'candidate', severity: Severity, stage: Finding['stage']): Finding => ({
      id: `${side}${stage}`.padEnd(12, '0').slice(0, 12),
      rule: `drift.${side}`,
      stage,
      severity,
      origin: `${side}-snapshot`,
      message: 'differs from the committed snapshot',
    });
    const findings = [
      drift('baseline', 'breaking', 'discover'),
      drift('candidate', 'breaking', 'discover'),
      drift('candidate', 'breaking', 'discover'),
    ];
    const report: Report = {
      version: 1,
      connector: 'source-x',
      verdict: 'fail',
      sides: { baseline: { label: 'a' }, candidate: { label: 'b' } },
      stages: stageResults(findings, stepsSkipping({ capture: 'no capture output', migration: 'not run' })),
      findings,
      drift: { baseline: 'compared', candidate: 'compared' },
    };
    const md = renderMarkdown(report);
    expect(md).toContain('| Spec | ✅ identical | ✅ identical | ✅ identical | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| Discovery | ❌ 1 breaking | ❌ 2 breaking | ✅ identical | 3 | 0 | 0 | 0 |');
    expect(md).toContain('| Capture | — | — | ⏭️ skipped (no capture output) | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| Migration | — | — | ⏭️ skipped (not run) | 0 | 0 | 0 | 0 |');
    expect(renderMarkdown({ ...report, drift: { baseline: 'compared', candidate: 'skipped' } })).toContain(
      '| Discovery | ❌ 1 breaking | — | ✅ identical | 3 | 0 | 0 | 0 |',
    );
    expect(STAGES.every((s) => md.includes(`| ${s === 'discover' ? 'Discovery' : s[0].toUpperCase() + s.slice(1)} |`))).toBe(true);
  });
});
