import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Docker } from './docker.js';

/** The files airbyte-to-flow reads from its working folder (see snapshots/atf-patches.ts). */
const PATCH_FILES = ['spec.patch.json', 'oauth2.patch.json', 'documentation_url.patch.json', 'selected_streams.json', 'streams'];

export interface AtfImage {
  /** A folder holding the patch files copied out of the image. */
  dir: string;
  /** The upstream Airbyte image it wraps, from its io.airbyte.name and io.airbyte.version labels. */
  upstream?: { name: string; version?: string };
}

interface ImageConfig {
  Entrypoint?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
}

/**
 * The patch files of an ATF image, read without running it: estuary/airbyte's connector
 * Dockerfiles build on the Airbyte image, copy `airbyte-to-flow` into its working folder and make
 * it the entrypoint (`ENTRYPOINT ["/airbyte/integration_code/airbyte-to-flow", ...]`), then
 * `COPY spec.patch.json ./` and the like beside it. A container is created (not started), the
 * files are copied out, and it is removed. Undefined when the entrypoint is not airbyte-to-flow.
 */
export async function atfPatchesOfImage(docker: Docker, image: string): Promise<AtfImage | undefined> {
  const config = JSON.parse(await docker.check(['image', 'inspect', '--format', '{{json .Config}}', image], 60_000)) as ImageConfig;
  const entry = config.Entrypoint ?? [];
  const atf = entry.find((part) => path.basename(part) === 'airbyte-to-flow');
  if (!atf) return undefined;
  const workdir = config.WorkingDir || path.dirname(atf);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'connector-compat-atf-'));
  const id = (await docker.check(['create', image], 60_000)).trim();
  try {
    for (const name of PATCH_FILES) {
      if (name === 'streams') await mkdir(path.join(dir, name), { recursive: true });
      // A file the image does not have is a patch it does not apply: `docker cp` fails, and that is all.
      await docker.exec(['cp', `${id}:${path.posix.join(workdir, name)}${name === 'streams' ? '/.' : ''}`, path.join(dir, name)], 60_000);
    }
  } finally {
    await docker.exec(['rm', '-f', id], 60_000);
  }
  const labels = config.Labels ?? {};
  const name = labels['io.airbyte.name'];
  return {
    dir,
    ...(name ? { upstream: { name, ...(labels['io.airbyte.version'] ? { version: labels['io.airbyte.version'] } : {}) } } : {}),
  };
}
