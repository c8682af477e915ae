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
