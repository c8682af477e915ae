// An ATF-like connector (run/connectors/atf-like.mjs, each quirk citing airbyte-to-flow) read as
// Flow's runtime reads it, and checked against itself with local commands.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureBindings } from '../../src/run/protocol.js';
import { createRunner } from '../../src/run/runner.js';
import { check, workspace } from './workspace.js';

const ATF = path.resolve(import.meta.dirname, '../run/connectors/atf-like.mjs');
const command = (env = '') => `${env} "${process.execPath}" "${ATF}"`.trim();
const CONFIG = { api_key: 'key-123456789', start_date: '2024-01-01T00:00:00Z' };
const timeouts = { specMs: 10_000, discoverMs: 10_000, captureMs: 30_000 };

async function captureWith(env: string, config: Record<string, unknown>) {
  const runner = createRunner(
    { kind: 'command', command: command(env) },
    { side: 'baseline', network: 'none', logLevel: 'info', timeouts },
  );
  const spec = await runner.spec();
  const bindings = await runner.prepare(config, captureBindings(await runner.discover(config), spec.resourcePathPointers!));
  return runner.capture({ config, bindings, bounds: { docsPerCollection: 5, seconds: 20, idleSeconds: 1 } });
}

describe('an ATF-like connector', () => {
  it('is read to its exit: {"opened":{}}, per-stream merge-patch state, and the synthetic empty checkpoint after the last records', async () => {
    const result = await captureWith('', CONFIG);
    expect(result).toMatchObject({ stoppedBy: 'exit', documents: [3, 2], checkpoints: 2, explicitAcknowledgements: false });
    expect(result.state).toEqual({ contacts: { updated_at: '2024-05-01T12:00:00Z' } });
  });

  it('stays up for its run interval, which the capture ends as quiet after a checkpoint; _atf_skip_interval makes it exit', async () => {
    const started = Date.now();
    const waiting = await captureWith('ATF_LIKE_RUN_INTERVAL_SECONDS=60', CONFIG);
    expect(waiting).toMatchObject({ stoppedBy: 'idle', documents: [3, 2] });
    expect(Date.now() - started).toBeLessThan(15_000);
    const skipping = await captureWith('ATF_LIKE_RUN_INTERVAL_SECONDS=60', { ...CONFIG, _atf_skip_interval: true });
    expect(skipping.stoppedBy).toBe('exit');
  });

  it('passes every stage against itself, migration included', async () => {
    const ws = workspace({ 'config.yaml': 'api_key: key-123456789\nstart_date: "2024-01-01T00:00:00Z"\n' });
    const flags = ['--baseline-command', command(), '--candidate-command', command()];
    expect((await check(ws, [...flags, '--update'])).code).toBe(0);
    const res = await check(ws, flags);
    expect(res.code, res.stderr).toBe(0);
    expect(res.report!.stages.map((s) => [s.stage, s.status])).toEqual([
      ['spec', 'identical'],
      ['discover', 'identical'],
      ['capture', 'identical'],
      ['migration', 'identical'],
    ]);
    expect(res.report!.sides.baseline.capture).toEqual({ endedBy: 'exit', documents: { 'acmeCo/contacts': 3, 'acmeCo/events': 2 } });
  });
});
