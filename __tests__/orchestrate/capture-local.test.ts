// A live capture with local commands (no Docker): what the capture snapshot keeps.
import path from 'node:path';
import { expect, it } from 'vitest';
import { check, readJson, workspace } from './workspace.js';

const FAKE = path.resolve(import.meta.dirname, '../run/connectors/fake-connector.sh');

it('keeps one document per collection key in the capture snapshot, the last one given, at its first place', async () => {
  const ws = workspace({ 'config.yaml': 'token: hunter2\n' });
  const command = `COMPAT_FAKE_UPDATE=1 sh '${FAKE}'`;
  const res = await check(ws, ['--baseline-command', command, '--candidate-command', command, '--update', '--stages', 'capture']);
  expect(res.code, res.stderr).toBe(0);
  const users = readJson<[string, { id: number; name: string }][]>(path.join(ws.snapshots, 'baseline/capture.json'))
    .filter(([c]) => c === 'acmeCo/users')
    .map(([, d]) => `${d.id} ${d.name}`);
  expect(users).toEqual(['1 user 1 updated', '2 user 2', '3 user 3', '4 user 4']);
  // The connector gave five users documents; the report counts what it gave.
  expect(res.report!.sides.baseline.capture!.documents['acmeCo/users']).toBe(5);
});
