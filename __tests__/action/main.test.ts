import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/action/pull-request.js';
import type { Report } from '../../src/model/types.js';
import { pullRequestEvent, runAction } from '../helpers/action-run.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';

const EXAMPLE = 'fixtures/source-example';
// The example import has two unaccepted breaking findings (a nullability removed, a captured field gone).
const failing = {
  connector: EXAMPLE,
  'baseline-snapshots': `${EXAMPLE}/.snapshots/baseline`,
  'candidate-snapshots': `${EXAMPLE}/.snapshots/candidate`,
};
// The baseline compared with itself: nothing differs (the candidate's own documents break its schema).
const passing = { ...failing, 'candidate-snapshots': `${EXAMPLE}/.snapshots/baseline` };

const TABLE_HEADER =
  '| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |';

describe('the action entry, offline on the example connector', () => {
  it('fails the step on unaccepted breaking findings, with the summary table, outputs and annotations', async () => {
    const r = await runAction(failing);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain(TABLE_HEADER);
    expect(r.summary).toContain('## Spec / Discovery / Capture differences');
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as Report;
    expect(report.verdict).toBe('fail');
    const d = report.stages.find((s) => s.stage === 'discover')!.counts;
    expect(d.breaking).toBe(1);
    expect(r.summary).toContain(`| Discovery | — | — | ❌ 1 breaking | 1 | ${d.warning} | ${d.info} | ${d.accepted} |`);
    const total = (k: 'breaking' | 'warning') => String(report.stages.reduce((n, s) => n + s.counts[k], 0));
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'breaking-count': total('breaking'), 'warning-count': total('warning') });
    expect(readFileSync(r.outputs['markdown-path'], 'utf8')).toContain(TABLE_HEADER);
    // The failure names the fix, and the label that approves.
    expect(r.stdout).toMatch(
      new RegExp(
        `::error::${total('breaking')} unaccepted findings? at or above 'breaking' \\(first: discover\\.schema\\.nullability-removed on customers\\)\\..*apply the 'compat:approved' label`,
      ),
    );
    // Breaking findings are annotated on the committed snapshot files, relative to the workspace.
    expect(r.stdout).toContain(
      `::error title=discover.schema.nullability-removed (customers),file=${EXAMPLE}/.snapshots/candidate/discover.json,line=`,
    );
    expect(r.stdout).toContain(
      `::error title=capture.field.removed (acmeCo/customers),file=${EXAMPLE}/.snapshots/baseline/capture.json,line=`,
    );
  });

  it('passes when nothing differs', async () => {
    const r = await runAction(passing);
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/^## ✅ Compatible: source-example\n\n0 breaking changes · 0 warnings to explain · 0 info · 0 accepted\n/);
    expect(r.summary).toContain('| Spec | — | — | ✅ identical | 0 | 0 | 0 | 0 |');
    expect(r.outputs).toMatchObject({ verdict: 'pass', 'breaking-count': '0', 'warning-count': '0' });
    expect(existsSync(r.outputs['report-path'])).toBe(true);
    expect(r.stdout).not.toContain('::error');
  });

  it('fails with the input to fix on a bad input', async () => {
    await expect(runAction({ ...failing, 'fail-on': 'sometimes' })).rejects.toThrow(/fail-on must be one of breaking, warning, never/);
  });
});

describe('the action running both sides live (the example connector as local commands)', () => {
  it('shows drift from a committed snapshot in its column and annotates the committed file', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'live-'));
    cpSync(EXAMPLE, path.join(work, 'source-example'), { recursive: true });
    // The committed candidate snapshot says customers is keyed by /email; the connector says /id.
    const committed = path.join(work, 'source-example/.snapshots/candidate/discover.json');
    const bindings = JSON.parse(readFileSync(committed, 'utf8')) as { recommendedName: string; key: string[] }[];
    bindings.find((b) => b.recommendedName === 'customers')!.key = ['/email'];
    writeFileSync(committed, `${JSON.stringify(bindings, null, 2)}\n`);
    const keyLine =
      readFileSync(committed, 'utf8')
        .split('\n')
        .findIndex((l, i, all) => l.trim() === '"key": [' && all[i + 1].includes('/email')) + 1;

    const node = `"${process.execPath}" connector.mjs`;
    const r = await runAction(
      {
        connector: 'source-example',
        'baseline-command': `${node} baseline`,
        'candidate-command': `${node} candidate`,
        'capture-idle': '1',
      },
      { GITHUB_WORKSPACE: work },
    );
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatch(/^\| Spec \| ✅ identical \| ✅ identical \| /m);
    expect(r.summary).toMatch(/^\| Discovery \| ✅ identical \| ❌ 1 breaking \| ❌ 1 breaking \| 2 \|/m);
    expect(r.summary).toMatch(/^\| Migration \| — \| — \|/m);
    expect(r.stdout).toContain(
      `::error title=drift.candidate (customers),file=source-example/.snapshots/candidate/discover.json,line=${keyLine}::`,
    );
  });
});

describe('the action in a pull request, against a stand-in GitHub API', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub('estuary', 'connectors', 7);
  });
  afterEach(() => gh.close());

  const prEnv = (labels: string[] = []) => ({
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'estuary/connectors',
    GITHUB_EVENT_PATH: pullRequestEvent(7, labels),
    GITHUB_RUN_ID: '42',
  });
  const withComment = (inputs: Record<string, string>) => ({ ...inputs, comment: 'true', 'github-token': 'test-token' });

  it('creates one comment, then updates it in place on the next run', async () => {
    await runAction(withComment(failing), prEnv());
    expect(gh.comments).toHaveLength(1);
    const first = gh.comments[0];
    expect(first.body.startsWith(commentMarker('source-example'))).toBe(true);
    expect(first.body).toContain(TABLE_HEADER);
    expect(first.body).toContain('## ❌ Not compatible: source-example');

    await runAction(withComment(passing), prEnv());
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].id).toBe(first.id);
    expect(gh.comments[0].body).toContain('## ✅ Compatible: source-example');
    expect(gh.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
  });

  it('falls back to the summary with a notice when the token may not write, and does not fail for it', async () => {
    gh.denyWrites = true;
    const r = await runAction(withComment(passing), prEnv());
    expect(r.exitCode).toBe(0);
    expect(gh.comments).toEqual([]);
    expect(r.stdout).toMatch(/::notice::Could not write the pull request comment \(HTTP 403\): the token may not write/);
    expect(r.summary).toContain('The pull request comment could not be written (HTTP 403)');
    expect(r.summary).toContain(TABLE_HEADER);
    expect(r.outputs.verdict).toBe('pass');
  });

  it('lets the approval label, read from the API on a re-run, turn a failing verdict into a passing step', async () => {
    gh.labels = ['compat:approved'];
    // The payload of the first run had no label: a re-run keeps it, the API has the label.
    const r = await runAction({ ...failing, 'github-token': 'test-token' }, prEnv([]));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('::error::');
    expect(r.summary).toContain('🏷️ Approved with the `compat:approved` label');
    // The findings stay listed.
    expect(r.summary).toContain('**breaking** `customers` `/documentSchema/properties/email`');
    expect(r.summary).toContain('**breaking** `acmeCo/customers` `/phone`');
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as Report;
    const breaking = report.findings.filter((f) => f.severity === 'breaking' && !f.accepted).length;
    expect(breaking).toBeGreaterThan(0);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'breaking-count': String(breaking) });
    expect(report.approval).toEqual({ label: 'compat:approved' });
  });

  it('reads the label from the event payload when there is no token, and honours a custom label name', async () => {
    const r = await runAction({ ...failing, 'approve-label': 'breaking-ok' }, prEnv(['breaking-ok']));
    expect(r.exitCode).toBe(0);
    expect(gh.requests).toEqual([]);
    const without = await runAction({ ...failing, 'approve-label': 'breaking-ok' }, prEnv(['compat:approved']));
    expect(without.exitCode).toBe(1);
    expect(without.stdout).toContain(`apply the 'breaking-ok' label`);
  });

  it('uses the labels of the event when the label look-up fails, through a swapped client', async () => {
    const comments: string[] = [];
    const client = () => ({
      labels: () => Promise.reject(Object.assign(new Error('Bad credentials'), { status: 401 })),
      upsertComment: async (_marker: string, body: string) => {
        comments.push(body);
        return 'created' as const;
      },
    });
    const r = await runAction(withComment(failing), prEnv(['compat:approved']), { pullRequestClient: client });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`Could not read the pull request's labels (Bad credentials); using the labels of the event.`);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('🏷️ Approved with the `compat:approved` label');
    expect(gh.requests).toEqual([]);
  });
});
