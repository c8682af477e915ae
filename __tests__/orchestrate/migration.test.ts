// The migration stage with local commands (no Docker): the candidate must take the baseline's
// bindings through Validate and Apply before it is opened with the baseline's state.
import { expect, it } from 'vitest';
import { check, fakeCommand, stageOf, workspace } from './workspace.js';

it("reports migration.bindings.rejected, quoting the connector, when the candidate's Apply refuses the baseline's bindings", async () => {
  const ws = workspace({ 'config.yaml': 'token: hunter2\n' });
  const res = await check(ws, [
    '--baseline-command',
    fakeCommand({ COMPAT_FAKE_RESUME: '1' }),
    '--candidate-command',
    fakeCommand({ COMPAT_FAKE_APPLY: 'fail' }),
    '--stages',
    'capture,migration',
  ]);
  expect(res.code).toBe(1);
  // The candidate's own capture stops at Apply too, and says so.
  expect(stageOf(res.report, 'capture')?.reason).toContain('candidate apply: the connector exited with code 1');
  const rejected = res.report!.findings.filter((f) => f.rule === 'migration.bindings.rejected');
  expect(rejected).toHaveLength(1);
  expect(rejected[0]).toMatchObject({ stage: 'migration', severity: 'breaking' });
  expect(rejected[0]!.message).toMatch(
    /^the candidate's Apply rejects the bindings of a task the baseline runs .*: candidate apply: the connector exited with code 1; last stderr: .*apply: the endpoint refused the binding$/,
  );
  expect(res.report!.findings.map((f) => f.rule)).not.toContain('migration.resume.failed');
});

it('migrates a candidate that takes the bindings and resumes from the state, with no finding', async () => {
  const ws = workspace({ 'config.yaml': 'token: hunter2\n' });
  const command = fakeCommand({ COMPAT_FAKE_RESUME: '1' });
  const res = await check(ws, ['--baseline-command', command, '--candidate-command', command, '--stages', 'capture,migration']);
  expect(stageOf(res.report, 'migration')?.status).toBe('identical');
  expect(res.report!.findings.filter((f) => f.stage === 'migration')).toEqual([]);
});
