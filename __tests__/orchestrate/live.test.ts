// The live check end to end through the CLI, both sides running the fake connector as local commands:
// drift against committed snapshots, capture and migration between two connectors, a crash. The same
// stages with images, pulled and `:local`, are run by the bundled action's test (action/bundle.test.ts);
// what Docker adds to a session (--init, limits, a kill at the timeout) by run/docker.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, fakeCommand as fake, readJson, stageOf, workspace } from './workspace.js';

const CONFIG = 'token: hunter2\n';

describe('live check with local commands', () => {
  it('reports drift when a committed snapshot differs from the live output', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    // Discovery drift needs no capture.
    const images = ['--baseline-command', fake(), '--candidate-command', fake(), '--stages', 'spec,discover'];
    expect((await check(ws, [...images, '--update'])).code).toBe(0);
    const file = path.join(ws.snapshots, 'candidate/discover.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"/id"', '"/name"'));

    const res = await check(ws, images);
    expect(res.code).toBe(1);
    const drift = res.report!.findings.filter((f) => f.rule.startsWith('drift.'));
    expect(drift.map((f) => [f.rule, f.stage, f.severity, f.binding])).toEqual([['drift.candidate', 'discover', 'breaking', 'users']]);
    expect(drift[0]!.message).toContain('candidate discover differs from');
    expect(res.stdout).toContain('drift.candidate');
  });

  it('captures documents and checkpoints on both sides and compares them', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const candidate = fake({ COMPAT_FAKE_DOCS: 'renamed', COMPAT_FAKE_RESUME: '1' });
    const res = await check(ws, ['--baseline-command', fake(), '--candidate-command', candidate, '--update']);
    expect(res.code).toBe(1);
    const baseline = readJson<[string, Record<string, unknown>][]>(path.join(ws.snapshots, 'baseline/capture.json'));
    const written = readJson<[string, Record<string, unknown>][]>(path.join(ws.snapshots, 'candidate/capture.json'));
    // Checkpoints do not end a capture: every document the connector had before going quiet is there.
    const users = [1, 2, 3, 4];
    expect(baseline.filter(([c]) => c === 'acmeCo/users').map(([, d]) => d)).toEqual(users.map((id) => ({ id, name: `user ${id}` })));
    expect(written.filter(([c]) => c === 'acmeCo/users').map(([, d]) => d)).toEqual(users.map((id) => ({ id, full_name: `user ${id}` })));
    const removed = res.report!.findings.find((f) => f.rule === 'capture.field.removed');
    expect(removed).toMatchObject({ stage: 'capture', severity: 'breaking', binding: 'acmeCo/users' });
    expect(stageOf(res.report, 'capture')).toMatchObject({ status: 'breaking' });
    // This candidate resumes from the baseline's cursor: no migration finding.
    expect(stageOf(res.report, 'migration')?.status).toBe('identical');
    const quiet = 'ended because the connector was quiet for 1 s after a checkpoint';
    expect(res.stderr).toContain(`baseline: captured 8 documents from 2 of 2 bindings; ${quiet}`);
    expect(res.report!.sides.baseline.capture).toEqual({ endedBy: 'idle', documents: { 'acmeCo/users': 4, 'acmeCo/events': 4 } });
  });

  it("reports migration.resume.failed when the candidate rejects the baseline's state", async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, [
      '--baseline-command',
      fake({ COMPAT_FAKE_STATE_MARK: 'reject-me' }),
      '--candidate-command',
      fake(),
      '--stages',
      'capture,migration',
    ]);
    expect(res.code).toBe(1);
    const failed = res.report!.findings.filter((f) => f.rule === 'migration.resume.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ stage: 'migration', severity: 'breaking' });
    expect(failed[0]!.message).toContain('last stderr: LOG_LEVEL=info | loading state | invalid state: cannot parse cursor reject-me');
    expect(stageOf(res.report, 'migration')?.status).toBe('breaking');
    expect(stageOf(res.report, 'spec')?.status).toBe('skipped');
  });

  it("shows a crashing connector's stderr tail as the stage reason", async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, ['--baseline-command', fake(), '--candidate-command', fake({ COMPAT_FAKE_MODE: 'crash' })]);
    expect(res.code).toBe(1);
    const spec = stageOf(res.report, 'spec');
    expect(spec?.status).toBe('error');
    expect(spec?.reason).toContain(
      'candidate spec: the connector exited with code 3; last stderr: connecting with token hunter2 | Traceback (most recent call last): | ValueError: the endpoint refused the token',
    );
    expect(res.stdout).toContain('ValueError: the endpoint refused the token');
  });
});
