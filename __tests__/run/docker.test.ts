import { beforeAll, expect, it } from 'vitest';
import { Docker } from '../../src/acquire/docker.js';
import { acquireImage } from '../../src/acquire/image.js';
import { DEFAULT_TIMEOUTS } from '../../src/model/options.js';
import { createRunner } from '../../src/run/runner.js';
import { describeDocker, leftoverContainers, testImages } from '../helpers/docker.js';
import { protocolSuite } from './suite.js';

describeDocker('image endpoints', () => {
  let docker: Docker;
  beforeAll(async () => {
    docker = await Docker.create();
    testImages();
  });

  protocolSuite({
    endpoint: (mode) => ({ kind: 'image', image: testImages().local(mode) }),
    options: () => ({ docker }),
    leftovers: async () => leftoverContainers(),
  });

  it('runs spec and discover on an image pulled from the registry', async () => {
    const { pushed, pushedDigest } = testImages();
    const acquired = await acquireImage(docker, pushed);
    expect(acquired).toMatchObject({ pulled: true, digest: pushedDigest });
    const runner = createRunner(
      { kind: 'image', image: pushed },
      { side: 'baseline', network: 'none', logLevel: 'info', timeouts: DEFAULT_TIMEOUTS, docker },
    );
    expect((await runner.spec()).protocol).toBe(3032023);
    expect((await runner.discover({})).length).toBe(2);
  });
});
