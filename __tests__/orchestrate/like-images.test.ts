// The estuary-cdk-like and ATF-like connectors (run/connectors/*-like.mjs) as Docker images, driven as
// Flow's runtime drives an image: Validate and Apply, then a capture. The CDK-like one never ends on
// its own and keeps polling after its input closes, so stopping it takes the signal path; its
// container is gone within 5 s of the capture deciding to stop. The ATF-like one exits when its read is done.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { captureBindings } from '../../src/run/protocol.js';
import { createRunner } from '../../src/run/runner.js';
import { describeDocker, leftoverContainers, nodeConnectorImage, WORKER } from '../helpers/docker.js';

const CONFIG = { organization: 'acme', apiToken: 'tok_0123456789abcdef' };
let image = '';
const options = {
  side: 'candidate' as const,
  network: 'none',
  memory: '1g',
  logLevel: 'info',
  timeouts: { specMs: 30_000, discoverMs: 30_000, captureMs: 60_000 },
};
const runnerFor = (target: string) => createRunner({ kind: 'image', image: target }, options);
/**
 * Spec and discover of the same script run as a local command: each container of these images copies
 * Node's 100 MB on the test engine's storage driver, and spec and discover in containers are the fake
 * connector's tests already.
 */
async function discovered(script: string, config: Record<string, unknown>) {
  const local = createRunner(
    { kind: 'command', command: `"${process.execPath}" "${path.resolve(import.meta.dirname, '../run/connectors', script)}"` },
    options,
  );
  const spec = await local.spec();
  return {
    spec,
    bindings: captureBindings(
      (await local.discover(config)).filter((b) => !b.disable),
      spec.resourcePathPointers!,
    ),
  };
}

describeDocker('estuary-cdk-like and ATF-like connector images', () => {
  beforeAll(() => {
    image = nodeConnectorImage('cdk-like.mjs', `compat-test/cdk-like-${WORKER}:local`, { CDK_LIKE_POLL_AFTER_EOF: '1' });
  });

  it('captures every enabled binding and its container stops within 5 s of the capture ending', { timeout: 90_000 }, async () => {
    const runner = runnerFor(image);
    const bindings = await runner.prepare(CONFIG, (await discovered('cdk-like.mjs', CONFIG)).bindings);
    expect(bindings.map((b) => b.stateKey)).toEqual(['ContactEvents', 'ConversationEvents', 'TaskEvents']);

    let lastResponse = 0;
    const result = await runner.capture({ config: CONFIG, bindings, bounds: { docsPerCollection: 5, seconds: 60, idleSeconds: 1 } }, () => {
      lastResponse = Date.now();
    });
    const stopped = Date.now();
    expect(result).toMatchObject({ stoppedBy: 'idle', documents: [3, 2, 0] });
    // Quiet for 1 s after the last response ended it; stopping took the rest.
    expect(stopped - lastResponse - 1_000).toBeLessThan(5_000);
    expect(leftoverContainers()).toEqual([]);
  });

  it('reads an ATF-like image to its exit', { timeout: 90_000 }, async () => {
    const runner = runnerFor(nodeConnectorImage('atf-like.mjs', `compat-test/atf-like-${WORKER}:local`));
    const config = { api_key: 'key-123456789', start_date: '2024-01-01T00:00:00Z' };
    const { spec, bindings: proposed } = await discovered('atf-like.mjs', config);
    expect(spec.oauth2).toEqual({});
    const bindings = await runner.prepare(config, proposed);
    const result = await runner.capture({ config, bindings, bounds: { docsPerCollection: 5, seconds: 60, idleSeconds: 5 } });
    expect(result).toMatchObject({ stoppedBy: 'exit', documents: [3, 2], state: { contacts: { updated_at: '2024-05-01T12:00:00Z' } } });
    expect(leftoverContainers()).toEqual([]);
  });
});
