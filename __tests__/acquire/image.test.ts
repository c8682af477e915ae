import fs from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { actionsCacheStore, imageCacheKey, type CacheStore } from '../../src/acquire/cache.js';
import { Docker } from '../../src/acquire/docker.js';
import { acquireImage } from '../../src/acquire/image.js';
import { describeDocker, REGISTRY, removeLocalImage, testImages } from '../helpers/docker.js';

/** A cache service in memory: entries by key, restored by prefix (newest first). */
function memoryCache(): CacheStore & { keys: string[]; restores: string[] } {
  const entries = new Map<string, Buffer>();
  const restores: string[] = [];
  return {
    keys: [],
    restores,
    async restore(file, prefix) {
      const key = [...entries.keys()].reverse().find((k) => k.startsWith(prefix));
      if (key === undefined) return undefined;
      fs.writeFileSync(file, entries.get(key)!);
      restores.push(key);
      return key;
    },
    async save(file, key) {
      entries.set(key, fs.readFileSync(file));
      this.keys.push(key);
    },
  };
}

function pullsOf(exec: { mock: { calls: unknown[][] } }): unknown[] {
  return exec.mock.calls.filter(([args]) => (args as string[])[0] === 'pull');
}

describeDocker('acquireImage', () => {
  let docker: Docker;
  beforeAll(async () => {
    docker = await Docker.create();
    testImages();
  });

  it('never pulls a :local image, and reads its labels', async () => {
    const exec = vi.spyOn(docker, 'exec');
    const image = testImages().local('good');
    const acquired = await acquireImage(docker, image);
    expect(pullsOf(exec)).toEqual([]);
    expect(acquired).toMatchObject({ image, pulled: false, labels: { FLOW_RUNTIME_CODEC: 'json', FLOW_RUNTIME_PROTOCOL: 'capture' } });
    expect(acquired.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    exec.mockRestore();
  });

  it('says in one line that a missing :local image must be built first', async () => {
    await expect(acquireImage(docker, 'compat-test/never-built:local')).rejects.toThrow(
      'image compat-test/never-built:local not found locally: ":local" images are never pulled; build it first or name another image',
    );
  });

  it('says in one line that an image is not in its registry, after a single pull', async () => {
    const exec = vi.spyOn(docker, 'exec');
    const image = `${REGISTRY}/compat-test/missing:v1`;
    const err = (await acquireImage(docker, image).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(
      new RegExp(`^image ${image.replace(/[.]/g, '\\.')} not found: .*manifest unknown.*; check the image name and tag$`),
    );
    expect(pullsOf(exec)).toHaveLength(1);
    exec.mockRestore();
  });

  it('refuses an image without the JSON codec label', async () => {
    await expect(acquireImage(docker, testImages().noCodec)).rejects.toThrow(
      'image compat-test/fake-nocodec:local speaks protobuf (no FLOW_RUNTIME_CODEC=json label) and connector-compat talks JSON only: ' +
        'use a JSON-codec image (an Estuary CDK or ATF image), run the connector as a local command (baseline-command/candidate-command), ' +
        'or set protocol to airbyte for an Airbyte connector',
    );
  });

  it('uses an image already on the machine as it is, whatever its tag, unless pull is always', async () => {
    const { pushed, pushedDigest } = testImages();
    await acquireImage(docker, pushed);
    const exec = vi.spyOn(docker, 'exec');
    // A locally built candidate tagged like a release: no pull, offline too.
    expect(await acquireImage(docker, pushed)).toMatchObject({ pulled: false, digest: pushedDigest });
    expect(pullsOf(exec)).toEqual([]);
    expect(await acquireImage(docker, pushed, { pull: 'always' })).toMatchObject({ pulled: true, digest: pushedDigest });
    expect(pullsOf(exec)).toHaveLength(1);
    exec.mockRestore();
    removeLocalImage(pushed);
  });

  it('caches a pulled image by digest and loads it from the cache on the next run', async () => {
    const { pushed, pushedDigest } = testImages();
    const cache = memoryCache();
    const first = await acquireImage(docker, pushed, { cache });
    expect(first).toMatchObject({ pulled: true, digest: pushedDigest, cacheKey: imageCacheKey(pushed, pushedDigest) });
    expect(cache.keys).toEqual([imageCacheKey(pushed, pushedDigest)]);

    removeLocalImage(pushed);
    const second = await acquireImage(docker, pushed, { cache });
    expect(cache.restores).toEqual([imageCacheKey(pushed, pushedDigest)]);
    // Same digest as cached: nothing new to save.
    expect(cache.keys).toHaveLength(1);
    expect(second.digest).toBe(pushedDigest);
  });
});

describe('actionsCacheStore', () => {
  it('is off outside GitHub Actions', async () => {
    vi.stubEnv('ACTIONS_CACHE_URL', '');
    vi.stubEnv('ACTIONS_RESULTS_URL', '');
    await expect(actionsCacheStore()).resolves.toBeUndefined();
    vi.unstubAllEnvs();
  });
});
