// The protocol tests, run once against local commands and once against Docker images of the same connector.
import { expect, it } from 'vitest';
import type { Endpoint } from '../../src/model/options.js';
import type { Side } from '../../src/model/types.js';
import { captureBindings } from '../../src/run/protocol.js';
import { createRunner, type RunnerOptions } from '../../src/run/runner.js';
import type { CaptureEvent } from '../../src/run/capture.js';

export type FakeMode = 'good' | 'slow' | 'hang' | 'crash' | 'garbage';

export interface SuiteTarget {
  endpoint(mode: FakeMode): Endpoint;
  /** Extra runner options (a Docker wrapper, a network). */
  options?: () => Partial<RunnerOptions>;
  /** Names of connector processes or containers still alive; must be empty after a run. */
  leftovers(): Promise<string[]>;
}

const TIMEOUTS = { specMs: 20_000, discoverMs: 20_000, captureMs: 30_000 };
const CONFIG = { token: 'hunter2' };

export function protocolSuite(target: SuiteTarget): void {
  const runner = (mode: FakeMode, extra: Partial<RunnerOptions> = {}, side: Side = 'baseline') =>
    createRunner(target.endpoint(mode), {
      side,
      network: 'none',
      logLevel: 'debug',
      timeouts: TIMEOUTS,
      mask: (s) => s.replaceAll('hunter2', '***'),
      stopGraceMs: 2_000,
      ...target.options?.(),
      ...extra,
    });

  async function bindings() {
    const r = runner('good');
    const spec = await r.spec();
    return captureBindings(await r.discover(CONFIG), spec.resourcePathPointers ?? []);
  }

  it('answers spec with the protocol version, and passes LOG_LEVEL', async () => {
    const logs: string[] = [];
    const spec = await runner('good', { onLog: (l) => logs.push(l) }).spec();
    expect(spec.protocol).toBe(3032023);
    expect(spec.resourcePathPointers).toEqual(['/namespace', '/stream']);
    expect(logs).toContain('LOG_LEVEL=debug');
  });

  it('discovers bindings, validates them, and applies them keyed by the validated paths', async () => {
    const r = runner('good');
    const discovered = await r.discover(CONFIG);
    expect(discovered.map((b) => b.recommendedName)).toEqual(['users', 'events']);
    const proposed = captureBindings(discovered, ['/namespace', '/stream']);
    const validated = await r.validate(CONFIG, proposed);
    expect(validated).toEqual([{ resourcePath: ['users'] }, { resourcePath: ['events'] }]);
    // Validate then Apply, as before a task's first Open: the state keys are the validated paths'.
    const prepared = await r.prepare(CONFIG, proposed);
    expect(prepared.map((b) => [b.resourcePath, b.stateKey])).toEqual([
      [['users'], 'users'],
      [['events'], 'events'],
    ]);
    expect(await r.apply(CONFIG, prepared)).toBe('');
  });

  it('kills a hanging connector at its timeout and leaves nothing running', async () => {
    const started = Date.now();
    // 5 s: under a loaded CI machine a container can take over 2 s to start and print its first line.
    const err = await runner('hang', { timeouts: { ...TIMEOUTS, specMs: 5_000 } })
      .spec()
      .catch((e: Error) => e);
    expect(String(err)).toMatch(
      /^ConnectorError: baseline spec: timed out after 5s; the connector was killed; last stderr: starting, then hanging$/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect.poll(() => target.leftovers(), { timeout: 10_000 }).toEqual([]);
  });

  it("reports a crash with the connector's masked stderr tail", async () => {
    const err = await runner('crash', {}, 'candidate')
      .spec()
      .catch((e: Error) => e);
    expect((err as Error).message).toBe(
      'candidate spec: the connector exited with code 3; last stderr: connecting with token *** | ' +
        'Traceback (most recent call last): | ValueError: the endpoint refused the token',
    );
  });

  it('reports a stdout line that is not JSON', async () => {
    await expect(runner('garbage').discover(CONFIG)).rejects.toThrow(
      'baseline discover: stdout line is not JSON: "Starting connector... this is not JSON"',
    );
  });

  it('captures until the connector is quiet after a checkpoint, acknowledging each checkpoint and merging state', async () => {
    const events: CaptureEvent[] = [];
    const result = await runner('good').capture(
      {
        config: CONFIG,
        bindings: await bindings(),
        state: { keep: true },
        bounds: { docsPerCollection: 100, seconds: 20, idleSeconds: 1 },
      },
      (e) => events.push(e),
    );
    // The connector waits for an acknowledgement after each checkpoint: a fourth one proves three were sent.
    // Checkpoints never end a capture: it ends when the caught-up connector is quiet for the idle bound.
    expect(result).toMatchObject({ checkpoints: 4, documents: [4, 4], explicitAcknowledgements: true, stoppedBy: 'idle' });
    expect(result.state).toEqual({ keep: true, users: { cursor: 4 } });
    expect(events[0]).toEqual({ type: 'opened', explicitAcknowledgements: true });
    expect(events[1]).toEqual({ type: 'document', binding: 0, collection: 'acmeCo/users', doc: { id: 1, name: 'user 1' } });
  });

  it('stops a capture at the documents bound and at the seconds bound', async () => {
    const r = runner('good');
    const b = await bindings();
    const byDocs = await r.capture({ config: CONFIG, bindings: b, bounds: { docsPerCollection: 2, seconds: 20, idleSeconds: 5 } });
    expect(byDocs).toMatchObject({ documents: [2, 2], checkpoints: 1, stoppedBy: 'documents' });
    const started = Date.now();
    const bySeconds = await r.capture({ config: CONFIG, bindings: b, bounds: { docsPerCollection: 100, seconds: 1, idleSeconds: 30 } });
    expect(bySeconds).toMatchObject({ documents: [4, 4], checkpoints: 4, stoppedBy: 'seconds' });
    expect(Date.now() - started).toBeLessThan(8_000);
    await expect.poll(() => target.leftovers(), { timeout: 10_000 }).toEqual([]);
  });

  it('resumes from a migrated state under the capture bounds, with the failure when the state is refused', async () => {
    const r = runner('good', {}, 'candidate');
    const b = await bindings();
    const bounds = { docsPerCollection: 5, seconds: 20, idleSeconds: 1 };
    const ok = await r.migrate({ config: CONFIG, bindings: b, state: { users: { cursor: 7 } }, bounds });
    expect(ok.failure).toBeUndefined();
    expect(ok.result).toMatchObject({ stoppedBy: 'idle', state: { users: { cursor: 4 } } });
    const rejected = await r.migrate({ config: CONFIG, bindings: b, state: { users: { cursor: 'reject-me' } }, bounds });
    expect(rejected.result).toBeUndefined();
    expect(rejected.failure?.message).toBe(
      'candidate capture: the connector exited with code 1; last stderr: LOG_LEVEL=debug | loading state | invalid state: cannot parse cursor reject-me',
    );
  });

  it('runs two connectors at the same time', async () => {
    const timed = async (side: Side) => {
      const start = Date.now();
      await runner('slow', {}, side).spec();
      return { start, end: Date.now() };
    };
    const [a, b] = await Promise.all([timed('baseline'), timed('candidate')]);
    // Each takes over a second; run one after the other they could not overlap.
    expect(a.start).toBeLessThan(b.end);
    expect(b.start).toBeLessThan(a.end);
    expect(Math.max(a.end, b.end) - Math.min(a.start, b.start)).toBeLessThan(a.end - a.start + (b.end - b.start));
  });
}
