import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Docker } from '../../src/acquire/docker.js';
import { isTransientPullError, pullImage } from '../../src/acquire/pull.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A docker CLI whose first `fails` pulls print `error` and exit 1; every pull is logged. */
async function fakeDocker(fails: number, error: string) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-docker-'));
  const bin = path.join(dir, 'docker');
  const log = path.join(dir, 'pulls.log');
  fs.writeFileSync(
    bin,
    `#!/bin/sh
[ "$1" = version ] && { echo 99.0; exit 0; }
echo "$*" >> '${log}'
if [ "$(wc -l < '${log}')" -le ${fails} ]; then echo '${error}' >&2; exit 1; fi
`,
    { mode: 0o755 },
  );
  const docker = await Docker.create({ bin });
  return { docker, pulls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []) };
}

describe('pullImage', () => {
  it('retries network trouble with exponential backoff', async () => {
    const { docker, pulls } = await fakeDocker(2, 'Error response from daemon: Get "https://ghcr.io/v2/": net/http: TLS handshake timeout');
    const delays: number[] = [];
    const logs: string[] = [];
    await pullImage(
      docker,
      'ghcr.io/estuary/source-x:v1',
      { attempts: 4, firstDelayMs: 10, sleep: async (ms) => void delays.push(ms) },
      (l) => logs.push(l),
    );
    expect(pulls()).toEqual(['pull ghcr.io/estuary/source-x:v1', 'pull ghcr.io/estuary/source-x:v1', 'pull ghcr.io/estuary/source-x:v1']);
    expect(delays).toEqual([10, 20]);
    expect(logs[0]).toMatch(/TLS handshake timeout; retrying in 0s \(attempt 2 of 4\)$/);
  });

  it('gives up after the last attempt and says how many there were', async () => {
    const { docker, pulls } = await fakeDocker(
      9,
      'error pulling image configuration: received unexpected HTTP status: 503 Service Unavailable',
    );
    await expect(pullImage(docker, 'img:v1', { attempts: 3, firstDelayMs: 1 })).rejects.toThrow(
      'docker pull img:v1 failed after 3 attempts: error pulling image configuration: received unexpected HTTP status: 503 Service Unavailable',
    );
    expect(pulls()).toHaveLength(3);
  });

  it.each([
    ['Error response from daemon: manifest for img:v1 not found: manifest unknown: manifest unknown', 'image img:v1 not found: '],
    ['Error response from daemon: Head "https://ghcr.io/v2/x/manifests/v1": unauthorized', 'not allowed to pull img:v1: '],
    ['Error response from daemon: something else entirely', 'docker pull img:v1 failed: '],
  ])('does not retry %s', async (error, start) => {
    const { docker, pulls } = await fakeDocker(9, error);
    const err = (await pullImage(docker, 'img:v1', { attempts: 4, firstDelayMs: 1 }).catch((e: Error) => e)) as Error;
    expect(err.message.startsWith(start)).toBe(true);
    expect(err.message).toContain(error);
    expect(pulls()).toHaveLength(1);
  });
});

describe('isTransientPullError', () => {
  it.each([
    ['read tcp 10.0.0.1:443: read: connection reset by peer', true],
    ['dial tcp: lookup ghcr.io: i/o timeout', true],
    ['received unexpected HTTP status: 502 Bad Gateway', true],
    ['toomanyrequests: too many requests', true],
    ['manifest unknown', false],
    ['denied: requested access to the resource is denied', false],
    ['invalid reference format', false],
  ])('%s -> %s', (stderr, transient) => {
    expect(isTransientPullError(stderr)).toBe(transient);
  });
});
