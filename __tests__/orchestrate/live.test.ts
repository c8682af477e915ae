// The live check end to end through the CLI: images pulled from the local registry and `:local` ones,
// snapshots written and compared, capture and migration between two real containers.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeDocker, leftoverContainers, testImages } from '../helpers/docker.js';
import { check, listFiles, readJson, rulesOf, stageOf, workspace, type Workspace } from './workspace.js';

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

describeDocker('live check with images', () => {
  beforeAll(() => {
    testImages();
  });

  it('update writes both sides in the committed layout, a check then passes, and a second update rewrites the same bytes', async () => {
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

  it('reports drift when a committed snapshot differs from the live output', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    // Discovery drift needs no capture.
    const images = [
      '--baseline-image',
      testImages().local('good'),
      '--candidate-image',
      testImages().local('good'),
      '--stages',
      'spec,discover',
    ];
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
    const candidate = testImages().variant('renamed', { COMPAT_FAKE_DOCS: 'renamed', COMPAT_FAKE_RESUME: '1' });
    const res = await check(ws, ['--baseline-image', testImages().local('good'), '--candidate-image', candidate, '--update']);
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
    const baseline = testImages().variant('legacy-state', { COMPAT_FAKE_STATE_MARK: 'reject-me' });
    const res = await check(ws, [
      '--baseline-image',
      baseline,
      '--candidate-image',
      testImages().local('good'),
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
    const res = await check(ws, ['--baseline-image', testImages().local('good'), '--candidate-image', testImages().local('crash')]);
    expect(res.code).toBe(1);
    const spec = stageOf(res.report, 'spec');
    expect(spec?.status).toBe('error');
    expect(spec?.reason).toContain(
      'candidate spec: the connector exited with code 3; last stderr: connecting with token hunter2 | Traceback (most recent call last): | ValueError: the endpoint refused the token',
    );
    expect(res.stdout).toContain('ValueError: the endpoint refused the token');
  });

  // Runs last: every session of the checks above ended with its container (crashed, stopped at a bound, migrated).
  it('leaves no container behind', async () => {
    await expect.poll(() => leftoverContainers(), { timeout: 10_000 }).toEqual([]);
  });
});
