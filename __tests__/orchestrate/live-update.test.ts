// The live check's update round trip through the CLI: a registry baseline and a `:local` candidate written
// in the committed layout, checked, and written again byte for byte. Its own file (the longest live test) so
// that it runs beside the other live tests (live.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeDocker, leftoverContainers, testImages } from '../helpers/docker.js';
import { check, listFiles, readJson, rulesOf, workspace, type Workspace } from './workspace.js';

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

describeDocker('live check update round trip', () => {
  beforeAll(() => {
    testImages();
  });

  it('update writes both sides in the committed layout, a check then passes, and a second update rewrites the same bytes', {
    timeout: 150_000,
  }, async () => {
    const { pushed } = testImages();
    const ws = workspace({ 'config.yaml': CONFIG });
    const images = ['--baseline-image', pushed, '--candidate-image', testImages().local('good')];

    const update = await check(ws, [...images, '--update', '--stages', 'spec,discover,capture']);
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

    const again = await check(ws, images);
    expect(again.code, again.stderr).toBe(0);
    expect(again.report).toMatchObject({ verdict: 'pass', drift: { baseline: 'compared', candidate: 'compared' } });
    expect(rulesOf(again.report).filter((r) => r.startsWith('drift.'))).toEqual([]);
    expect(again.report!.sides.baseline).toMatchObject({ image: pushed, digest: testImages().pushedDigest });
    expect(again.report!.sides.candidate.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The fake connector starts over whatever the state: the switch of image is a backfill.
    expect(rulesOf(again.report)).toContain('migration.state.reset');

    await check(ws, [...images, '--update', '--stages', 'spec,discover,capture']);
    expect(snapshotBytes(ws)).toEqual(first);
  });

  // Runs last: every session of the checks above ended with its container (crashed, stopped at a bound, migrated).
  it('leaves no container behind', async () => {
    await expect.poll(() => leftoverContainers(), { timeout: 10_000 }).toEqual([]);
  });
});
