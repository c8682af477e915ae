import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docker } from '../../src/acquire/docker.js';

const UNREACHABLE = 'Docker engine not reachable: start dockerd or use baseline-command/candidate-command/--*-snapshots';

describe('Docker.create', () => {
  it('says in one line that the engine is not reachable when DOCKER_HOST points at a closed socket', async () => {
    const env = { ...process.env, DOCKER_HOST: 'unix:///tmp/connector-compat-no-such.sock' };
    const err = (await Docker.create({ env }).catch((e: Error) => e)) as Error;
    // Without a docker CLI at all the message says so after the same first sentence.
    expect(err.message.startsWith(UNREACHABLE)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it('says so when the docker CLI is not there', async () => {
    await expect(Docker.create({ bin: '/nonexistent/docker' })).rejects.toThrow(
      `${UNREACHABLE} (the docker CLI "/nonexistent/docker" is not on PATH)`,
    );
  });
});

describe('Docker.runCommand', () => {
  it('starts a connector as Flow runtime starts one: --init, the memory limit, the platform and the network', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-fake-docker-'));
    const bin = path.join(dir, 'docker');
    // A docker CLI that only answers the engine probe: runCommand itself runs nothing.
    fs.writeFileSync(bin, '#!/bin/sh\necho 27.5.1\n', { mode: 0o755 });
    const docker = await Docker.create({ bin });
    const run = docker.runCommand({
      image: 'ghcr.io/estuary/source-x:v1',
      network: 'bridge',
      memory: '1g',
      platform: 'linux/amd64',
      env: { LOG_LEVEL: 'info' },
      name: 'c1',
      labels: { 'connector-compat': 'baseline' },
    });
    expect(run.args).toEqual([
      'run',
      '--rm',
      '-i',
      '--init',
      '--network',
      'bridge',
      '--name',
      'c1',
      '--memory',
      '1g',
      '--platform',
      'linux/amd64',
      '--label',
      'connector-compat=baseline',
      '-e',
      'LOG_LEVEL=info',
      'ghcr.io/estuary/source-x:v1',
    ]);
    const own = docker.runCommand({ image: 'x:local', network: 'none', env: {}, name: 'c2', labels: {} });
    expect(own.args).not.toContain('--platform');
  });
});
