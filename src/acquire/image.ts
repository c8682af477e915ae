import type { ConnectorProtocol, PullPolicy } from '../model/options.js';
import type { CacheStore } from './cache.js';
import { imageCacheKey, restoreImage, saveImage } from './cache.js';
import type { Docker } from './docker.js';
import { AcquireError } from './errors.js';
import { pullImage, type RetryPolicy } from './pull.js';

export interface AcquiredImage {
  image: string;
  /** The registry digest (sha256:...) when the image came from a registry, else the local image id. */
  digest: string;
  labels: Record<string, string>;
  pulled: boolean;
  /** The cache key restored from or saved to, when the image cache was used. */
  cacheKey?: string;
  /** The protocol it speaks: given, or read from its labels (checked). */
  protocol?: 'flow' | 'airbyte';
}

export interface AcquireOptions {
  /** Where pulled images are cached between runs; undefined = no caching. */
  cache?: CacheStore;
  retry?: RetryPolicy;
  /** Progress and warnings, one line each. */
  log?: (line: string) => void;
  /** `missing` (default): an image already on this machine is used as it is; `always`: pull it anyway. */
  pull?: PullPolicy;
  /** The protocol the image speaks; `auto` (default) reads it from its labels. */
  protocol?: ConnectorProtocol;
}

/** flowctl's convention: a `:local` tag is a locally built image and is never pulled. */
export function isLocalTag(image: string): boolean {
  return /:local$/.test(image) && !image.includes('@');
}

/**
 * Makes an image ready to run: pulls it (unless `:local`, or already on this machine and `pull` is not
 * `always`), reads its digest and labels, and checks that it speaks the JSON codec of the capture
 * protocol. Failing to cache is a warning, never an error.
 */
export async function acquireImage(docker: Docker, image: string, opts: AcquireOptions = {}): Promise<AcquiredImage> {
  if (isLocalTag(image)) {
    const info = await inspect(docker, image);
    if (!info) {
      throw new AcquireError(
        'not-found',
        `image ${image} not found locally: ":local" images are never pulled; build it first or name another image`,
      );
    }
    return checked({ image, ...info, pulled: false }, opts.protocol);
  }
  if (opts.pull !== 'always') {
    // A locally built candidate tagged like a release (`:dev`, `:v2`) is used as it is, offline too.
    const here = await inspect(docker, image);
    if (here) return checked({ image, ...here, pulled: false });
  }
  let restored: string | undefined;
  if (opts.cache) restored = await warnOnFailure(opts.log, 'restoring the cached image', () => restoreImage(docker, opts.cache!, image));
  await pullImage(docker, image, opts.retry, opts.log);
  const info = await inspect(docker, image);
  if (!info) throw new AcquireError('docker', `docker pull ${image} succeeded but the image cannot be inspected`);
  const acquired = checked({ image, ...info, pulled: true, cacheKey: restored }, opts.protocol);
  if (opts.cache && restored !== imageCacheKey(image, info.digest)) {
    acquired.cacheKey = await warnOnFailure(opts.log, 'caching the image', () => saveImage(docker, opts.cache!, image, info.digest));
  }
  return acquired;
}

async function warnOnFailure<T>(log: ((line: string) => void) | undefined, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    log?.(`warning: ${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

interface ImageInfo {
  digest: string;
  labels: Record<string, string>;
}

/** Digest and labels of a local image, or undefined when there is no such image. */
export async function inspect(docker: Docker, image: string): Promise<ImageInfo | undefined> {
  const res = await docker.exec(['image', 'inspect', '--format', '{{json .}}', image], 60_000);
  if (res.code !== 0) {
    if (/no such image/i.test(res.stderr)) return undefined;
    throw new AcquireError('docker', `docker image inspect ${image} failed: ${res.stderr.trim().split('\n')[0]}`);
  }
  const data = JSON.parse(res.stdout) as { Id: string; RepoDigests?: string[]; Config?: { Labels?: Record<string, string> | null } };
  const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  const repoDigests = data.RepoDigests ?? [];
  const repoDigest = repoDigests.find((d) => d.startsWith(`${repository}@`)) ?? repoDigests[0];
  return { digest: repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : data.Id, labels: data.Config?.Labels ?? {} };
}

/**
 * The protocol an image speaks, checked: a Flow image must speak the JSON codec of the capture
 * protocol; with `auto`, an image with no Flow labels and the `io.airbyte.name` label that Airbyte's
 * connector images carry is an Airbyte connector (an ATF image carries both, and speaks Flow).
 */
function checked(acquired: AcquiredImage, protocol: ConnectorProtocol = 'auto'): AcquiredImage {
  const { image, labels } = acquired;
  const flowLabels = labels.FLOW_RUNTIME_PROTOCOL !== undefined || labels.FLOW_RUNTIME_CODEC !== undefined;
  if (protocol === 'airbyte' || (protocol === 'auto' && !flowLabels && labels['io.airbyte.name'] !== undefined))
    return { ...acquired, protocol: 'airbyte' };
  const flowProtocol = labels.FLOW_RUNTIME_PROTOCOL;
  if (flowProtocol !== undefined && flowProtocol !== 'capture') {
    throw new AcquireError(
      'codec',
      `image ${image} is a ${flowProtocol} connector (FLOW_RUNTIME_PROTOCOL=${flowProtocol}), not a capture connector`,
    );
  }
  if (labels.FLOW_RUNTIME_CODEC !== 'json') {
    throw new AcquireError(
      'codec',
      `image ${image} speaks protobuf (no FLOW_RUNTIME_CODEC=json label) and connector-compat talks JSON only: ` +
        'use a JSON-codec image (an Estuary CDK or ATF image), run the connector as a local command (baseline-command/candidate-command), ' +
        'or set protocol to airbyte for an Airbyte connector',
    );
  }
  return { ...acquired, protocol: 'flow' };
}
