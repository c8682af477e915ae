// A live capture with local commands (no Docker): what the capture snapshot keeps.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { check, fakeCommand, readJson, workspace } from './workspace.js';

it('keeps one document per collection key in the capture snapshot, the last one given, at its first place', async () => {
  const ws = workspace({ 'config.yaml': 'token: hunter2\n' });
  const command = fakeCommand({ COMPAT_FAKE_UPDATE: '1' });
  const res = await check(ws, ['--baseline-command', command, '--candidate-command', command, '--update', '--stages', 'capture']);
  expect(res.code, res.stderr).toBe(0);
  const users = readJson<[string, { id: number; name: string }][]>(path.join(ws.snapshots, 'baseline/capture.json'))
    .filter(([c]) => c === 'acmeCo/users')
    .map(([, d]) => `${d.id} ${d.name}`);
  expect(users).toEqual(['1 user 1 updated', '2 user 2', '3 user 3', '4 user 4']);
  // The connector gave five users documents; the report counts what it gave.
  expect(res.report!.sides.baseline.capture!.documents['acmeCo/users']).toBe(5);
});

it('never overwrites a committed snapshot with a failed run: the failed stages keep theirs, and the log says so', async () => {
  const ws = workspace({ 'config.yaml': 'token: hunter2\n' });
  const good = fakeCommand();
  expect((await check(ws, ['--baseline-command', good, '--candidate-command', good, '--update'])).code).toBe(0);
  const file = (f: string) => fs.readFileSync(path.join(ws.snapshots, f), 'utf8');
  const before = { capture: file('candidate/capture.json'), spec: file('candidate/spec.json') };

  // The candidate's capture fails (its Apply refuses), and then every stage does.
  const applyFails = await check(ws, ['--baseline-command', good, '--candidate-command', `COMPAT_FAKE_APPLY=fail ${good}`, '--update']);
  expect(file('candidate/capture.json')).toBe(before.capture);
  expect(applyFails.stderr).toContain('candidate: capture failed: its snapshot is left as committed');
  const crashes = await check(ws, ['--baseline-command', good, '--candidate-command', 'echo broken >&2; exit 3', '--update']);
  expect(crashes.stderr).toContain('candidate: wrote no snapshot');
  expect(crashes.stderr).toContain('candidate: spec, discover failed: their snapshots are left as committed');
  expect({ capture: file('candidate/capture.json'), spec: file('candidate/spec.json') }).toEqual(before);
});
