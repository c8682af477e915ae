// Two versions of one Airbyte connector (run/connectors/airbyte-like.mjs) checked live as local
// commands, as a maintainer bumping the upstream connector of an ATF image would check them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDocker, leftoverContainers, nodeConnectorImage, WORKER } from '../helpers/docker.js';
import { runCli } from '../helpers/cli.js';
import { check, listFiles, readJson, rulesOf, stageOf, workspace } from './workspace.js';

const SCRIPT = path.resolve(import.meta.dirname, '../run/connectors/airbyte-like.mjs');
const version = (v: 1 | 2, env = '') => `COMPAT_AIRBYTE_VERSION=${v} ${env} "${process.execPath}" "${SCRIPT}"`;
const CONFIG = 'api_key: key-0123456789\nstart_date: "2024-01-01T00:00:00Z"\n';
const airbyte = (baseline: string, candidate: string, more: string[] = []) => [
  '--protocol',
  'airbyte',
  '--baseline-command',
  baseline,
  '--candidate-command',
  candidate,
  ...more,
];

describe('a live check of two Airbyte connector versions', () => {
  it('runs spec, check, discover and read on both, and judges them in Airbyte terms', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, airbyte(version(1), version(2)));
    expect(res.code, res.stderr).toBe(1);
    const report = res.report!;
    expect(report.sides.baseline).toMatchObject({ protocol: 'airbyte', command: version(1) });
    expect([...new Set(rulesOf(report))].sort()).toEqual([
      'capture.collection.missing',
      'capture.value.type-changed',
      'discover.binding.removed',
      'discover.cursor.changed',
      'discover.key.changed',
      'discover.resource-config.changed',
      'discover.schema.nullability-removed',
      'discover.sync-mode.removed',
      'migration.state.reset',
      'spec.config.narrowed',
    ]);
    // The records: the baseline's users read incrementally, the candidate's in full refresh.
    expect(report.sides.baseline.capture!.documents).toEqual({ 'acmeCo/users': 2, 'acmeCo/events': 2, 'acmeCo/teams': 1 });
    expect(report.sides.candidate.capture!.documents).toEqual({ 'acmeCo/users': 2, 'acmeCo/events': 2 });
    // Migration: the candidate's read resumes from the baseline's final state, and users starts over.
    const reset = report.findings.find((f) => f.rule === 'migration.state.reset')!;
    expect(reset.message).toMatch(/captures again \d+ documents? the baseline had already captured, e\.g\. acmeCo\/users \[\d\]/);
    expect(stageOf(report, 'migration')).toMatchObject({ status: 'compatible', counts: { warning: 1 } });
  });

  it('a version resumed from its own state is not reset, and a version against itself is identical', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, airbyte(version(1), version(1)));
    expect(res.code, res.stderr).toBe(0);
    expect(res.report!.findings).toEqual([]);
    expect(res.report!.stages.map((s) => s.status)).toEqual(['identical', 'identical', 'identical', 'identical']);
  });

  it('update writes Airbyte-shaped snapshots that a check then matches and compare judges in Airbyte terms', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const update = await check(ws, airbyte(version(1), version(2), ['--update', '--stages', 'spec,discover,capture']));
    // Written, and judged: the versions differ in breaking ways.
    expect(update.code, update.stderr).toBe(1);
    expect(update.report!.updated).toBe(true);
    expect(listFiles(ws.snapshots)).toEqual([
      'baseline/catalog.json',
      'baseline/records.jsonl',
      'baseline/spec.json',
      'candidate/catalog.json',
      'candidate/records.jsonl',
      'candidate/spec.json',
    ]);
    expect(
      readJson<{ connectionSpecification: unknown }>(path.join(ws.snapshots, 'candidate/spec.json')).connectionSpecification,
    ).toBeDefined();
    expect(fs.readFileSync(path.join(ws.snapshots, 'baseline/records.jsonl'), 'utf8').split('\n')[0]).toBe(
      '{"data":{"created":10,"id":"e1","modified":11},"stream":"events"}',
    );
    const again = await check(ws, airbyte(version(1), version(2), ['--stages', 'spec,discover,capture']));
    expect(rulesOf(again.report).filter((r) => r.startsWith('drift.'))).toEqual([]);
    expect(again.report!.drift).toEqual({ baseline: 'compared', candidate: 'compared' });
    const offline = await runCli(['compare', path.join(ws.snapshots, 'baseline'), path.join(ws.snapshots, 'candidate')]);
    expect(offline.stdout).toContain('discover.sync-mode.removed: 1 finding in 1 binding');
    expect(offline.stdout).toContain('Both sides are Airbyte connectors');
  });

  it('passes over stdout lines that are not messages and says how many', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, airbyte(version(1), version(1, 'COMPAT_AIRBYTE_NOISE=1'), ['--stages', 'spec,discover']));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('candidate: 1 stdout line(s) that are not Airbyte messages were ignored');
  });

  it('a TRACE error ends that side with its message', async () => {
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, airbyte(version(1), version(1, 'COMPAT_AIRBYTE_TRACE_ERROR=1'), ['--stages', 'spec,discover,capture']));
    const capture = stageOf(res.report, 'capture')!;
    expect(capture.status).toBe('error');
    expect(capture.reason).toMatch(
      /^candidate capture: the connector reported an error: Something went wrong in the connector reading users\./,
    );
  });

  it('a failed check (a config the candidate refuses) fails the capture with the connector message', async () => {
    const ws = workspace({ 'config.yaml': 'api_key: key-0123456789\n' });
    const res = await check(ws, airbyte(version(1), version(2), ['--stages', 'spec,discover,capture']));
    expect(stageOf(res.report, 'capture')!.reason).toContain(
      "candidate validate: check failed: Config validation error: 'start_date' is a required property",
    );
  });
});

describeDocker('Airbyte connector images', () => {
  it('are known by their io.airbyte labels and read their files from a mounted folder, as a non-root user can', {
    timeout: 180_000,
  }, async () => {
    const image = (v: 1 | 2) =>
      nodeConnectorImage(
        'airbyte-like.mjs',
        `compat-test/airbyte-v${v}-${WORKER}:local`,
        { COMPAT_AIRBYTE_VERSION: String(v) },
        undefined,
        {
          'io.airbyte.name': 'airbyte/source-example',
          'io.airbyte.version': `0.${v}.0`,
        },
      );
    const ws = workspace({ 'config.yaml': CONFIG });
    const res = await check(ws, ['--baseline-image', image(1), '--candidate-image', image(2), '--stages', 'spec,discover,capture']);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toMatch(
      /baseline: compat-test\/airbyte-v1-[\w-]+:local found locally, digest sha256:[0-9a-f]{64}, an Airbyte connector/,
    );
    expect(res.report!.sides.candidate.protocol).toBe('airbyte');
    expect(res.report!.sides.candidate.capture!.documents).toEqual({ 'acmeCo/users': 2, 'acmeCo/events': 2 });
    expect(rulesOf(res.report)).toContain('discover.sync-mode.removed');
    expect(leftoverContainers()).toEqual([]);
  });
});
