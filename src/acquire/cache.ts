import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Docker } from './docker.js';

/** The part of a cache service the image cache needs; tests pass an in-memory one. */
export interface CacheStore {
  /** Restores `file` from the newest entry whose key starts with `prefix`; returns that key, or undefined. */
  restore(file: string, prefix: string): Promise<string | undefined>;
  save(file: string, key: string): Promise<void>;
}

/**
 * The GitHub Actions cache, or undefined outside Actions (no cache service URL in the environment).
 * @actions/cache is loaded here, on first use: it is the slowest of the dependencies to load.
 */
export async function actionsCacheStore(): Promise<CacheStore | undefined> {
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (file, prefix) => cache.restoreCache([file], prefix, [prefix]),
    save: async (file, key) => {
      await cache.saveCache([file], key);
    },
  };
}

function cacheName(image: string): string {
  return image.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** Keyed by digest, so that a re-pushed tag is cached anew; restored by the image's prefix. */
export function imageCacheKey(image: string, digest: string): string {
  return `${keyPrefix(image)}${digest}`;
}

function keyPrefix(image: string): string {
  return `connector-compat-image-${cacheName(image)}-`;
}

/** The same path on every run: the Actions cache ties an entry to the paths it was saved from. */
function tarPath(image: string): string {
  return path.join(os.tmpdir(), 'connector-compat-images', `${cacheName(image)}.tar`);
}

/** Loads a cached `docker save` of the image; returns the matched key, or undefined when nothing was cached. */
export async function restoreImage(docker: Docker, store: CacheStore, image: string): Promise<string | undefined> {
  const file = tarPath(image);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const matched = await store.restore(file, keyPrefix(image));
  if (matched === undefined) return undefined;
  await docker.check(['load', '-i', file]);
  await fs.rm(file, { force: true });
  return matched;
}

export async function saveImage(docker: Docker, store: CacheStore, image: string, digest: string): Promise<string> {
  const file = tarPath(image);
  const key = imageCacheKey(image, digest);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await docker.check(['save', '-o', file, image]);
  try {
    await store.save(file, key);
  } finally {
    await fs.rm(file, { force: true });
  }
  return key;
}
