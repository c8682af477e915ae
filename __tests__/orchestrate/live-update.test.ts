// The live check's update round trip through the CLI: both sides (the fake connector as local commands)
// written in the committed layout, checked, and written again byte for byte. The same round trip with a
// registry baseline and a `:local` candidate image is the bundled action's test (action/bundle.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { check, fakeCommand, listFiles, readJson, rulesOf, workspace, type Workspace } from './workspace.js';

const CONFIG = 'token: hunter2\n';
const SNAPSHOT_FILES = [
  'baseline/capture.json',
  'baseline/discover.json',
  'baseline/spec.json',
  'candidate/capture.json',
  'candidate/discover.json',
  'candidate/spec.json',
];

const snapshotBytes = (ws: Workspace) =>
  Object.fromEntries(listFiles(ws.snapshots).map((f) => [f, fs.readFileSync(path.join(ws.snapshots, f), 'utf8')]));

it('update writes both sides in the committed layout, a check then passes, and a second update rewrites the same bytes', async () => {
  const ws = workspace({ 'config.yaml': CONFIG });
  const command = fakeCommand();
  const sides = ['--baseline-command', command, '--candidate-command', command];

  const update = await check(ws, [...sides, '--update', '--stages', 'spec,discover,capture']);
  expect(update.code, update.stderr).toBe(0);
  expect(listFiles(ws.snapshots)).toEqual(SNAPSHOT_FILES);
  const first = snapshotBytes(ws);
  // estuary's shapes, two-space indent, one trailing newline.
  expect(readJson<unknown[]>(path.join(ws.snapshots, 'baseline/spec.json'))).toMatchObject([{ protocol: 3032023 }]);
  expect(
    readJson<{ recommendedName: string }[]>(path.join(ws.snapshots, 'candidate/discover.json'))
      .map((b) => b.recommendedName)
      .sort(),
  ).toEqual(['events', 'users']);
  const capture = readJson<[string, unknown][]>(path.join(ws.snapshots, 'baseline/capture.json'));
  expect(capture).toContainEqual(['acmeCo/users', { id: 1, name: 'user 1' }]);
  for (const text of Object.values(first)) expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  expect(update.stderr).toContain(
    'notice: baseline: wrote .snapshots/baseline/spec.json, .snapshots/baseline/discover.json, .snapshots/baseline/capture.json',
  );

  const again = await check(ws, sides);
  expect(again.code, again.stderr).toBe(0);
  expect(again.report).toMatchObject({ verdict: 'pass', drift: { baseline: 'compared', candidate: 'compared' } });
  expect(rulesOf(again.report).filter((r) => r.startsWith('drift.'))).toEqual([]);
  expect(again.report!.sides.baseline).toMatchObject({ command });
  // The fake connector starts over whatever the state: the switch of image is a backfill.
  expect(rulesOf(again.report)).toContain('migration.state.reset');

  await check(ws, [...sides, '--update', '--stages', 'spec,discover,capture']);
  expect(snapshotBytes(ws)).toEqual(first);
});
