import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS } from '../../src/model/options.js';
import { captureBindings } from '../../src/run/protocol.js';
import { MAX_LOGGED_STDERR_LINES } from '../../src/run/process.js';
import { createRunner } from '../../src/run/runner.js';
import { protocolSuite } from './suite.js';

const SCRIPT = path.resolve(import.meta.dirname, 'connectors/fake-connector.sh');
const MARK = `compat-local-${process.pid}-${threadId}`;

/** Processes whose environment carries this file's mark: the connectors it started and their children. */
async function leftovers(): Promise<string[]> {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (environ.includes(`COMPAT_MARK=${MARK}`)) found.push(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('local command endpoints', () => {
  protocolSuite({
    endpoint: (mode) => ({ kind: 'command', command: `COMPAT_MARK=${MARK} COMPAT_FAKE_MODE=${mode} sh '${SCRIPT}'` }),
    leftovers,
  });

  const opts = { side: 'candidate' as const, network: 'none', logLevel: 'info', timeouts: DEFAULT_TIMEOUTS };

  it('reports a stdout line over the limit without reading it whole', async () => {
    const runner = createRunner({ kind: 'command', command: `COMPAT_FAKE_MODE=huge sh '${SCRIPT}'` }, { ...opts, maxLineBytes: 1 << 20 });
    await expect(runner.spec()).rejects.toThrow(
      'candidate spec: a stdout line is longer than 1048576 bytes (the limit for one protocol message)',
    );
  });

  it('reports a command that does not exist', async () => {
    const runner = createRunner({ kind: 'command', command: 'no-such-connector-xyz' }, opts);
    await expect(runner.spec()).rejects.toThrow(
      /^candidate spec: the connector exited with code 127; last stderr: .*no-such-connector-xyz.*not found$/,
    );
  });

  it('reports a connector that exits without answering', async () => {
    const runner = createRunner({ kind: 'command', command: 'cat >/dev/null' }, opts);
    await expect(runner.discover({})).rejects.toThrow('candidate discover: the connector exited (code 0) without a "discovered" response');
  });

  it("refuses a spec of another protocol version, as Flow's runtime does", async () => {
    const spec = { protocol: 1, configSchema: {}, resourceConfigSchema: {}, documentationUrl: 'https://x' };
    const runner = createRunner({ kind: 'command', command: `echo '${JSON.stringify({ spec })}'` }, opts);
    await expect(runner.spec()).rejects.toThrow(
      "candidate spec: the spec response says protocol 1, but Flow's runtime speaks only protocol 3032023 (is this a Flow capture connector?)",
    );
    const noUrl = { protocol: 3032023, configSchema: {}, resourceConfigSchema: {} };
    await expect(createRunner({ kind: 'command', command: `echo '${JSON.stringify({ spec: noUrl })}'` }, opts).spec()).rejects.toThrow(
      "candidate spec: the spec response has no documentationUrl, which Flow's runtime requires",
    );
  });

  it('reports an Apply the connector refuses, with its stderr', async () => {
    const runner = createRunner({ kind: 'command', command: `COMPAT_FAKE_APPLY=fail sh '${SCRIPT}'` }, opts);
    const bindings = captureBindings(await runner.discover({ token: 't' }), ['/namespace', '/stream']);
    await expect(runner.prepare({ token: 't' }, bindings)).rejects.toThrow(
      /^candidate apply: the connector exited with code 1; last stderr: .*apply: the endpoint refused the binding$/,
    );
  });

  it('logs at most 1,000 lines of a connector that floods stderr, and fails in one line with its last ones', async () => {
    const logs: string[] = [];
    const command = `seq 1 50000 | sed 's/^/noise /' >&2; exit 4`;
    const runner = createRunner({ kind: 'command', command }, { ...opts, onLog: (l) => logs.push(l) });
    const err = (await runner.spec().catch((e: Error) => e)) as Error;
    expect(err.message).toBe(
      'candidate spec: the connector exited with code 4; last stderr: noise 49996 | noise 49997 | noise 49998 | noise 49999 | noise 50000',
    );
    expect(logs).toHaveLength(MAX_LOGGED_STDERR_LINES + 1);
    expect(logs.at(-1)).toBe('[49000 more stderr lines not shown; the last ones are in the error, if any]');
  });

  it('reports a response of the wrong type', async () => {
    const runner = createRunner({ kind: 'command', command: `echo '{"discovered":{"bindings":[]}}'` }, opts);
    await expect(runner.spec()).rejects.toThrow('candidate spec: expected "spec", got a "discovered" response');
  });
});
