// Builds the test connector images from files (`docker import` of a busybox root), once per vitest process.
// Needs a Docker engine and, for the pull path, the registry of .ci/docker.sh on 127.0.0.1:5000.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';

export const REGISTRY = process.env.COMPAT_TEST_REGISTRY ?? '127.0.0.1:5000';
const SCRIPT = path.resolve(import.meta.dirname, '../run/connectors/fake-connector.sh');
const BUSYBOX = ['/bin/busybox', '/usr/bin/busybox'].find((p) => fs.existsSync(p));

export const dockerAvailable = spawnSync('docker', ['info'], { timeout: 20_000, stdio: 'ignore' }).status === 0;

/** `describe` for tests that need Docker: skipped with a note outside CI, run (and failing) in CI. */
export function describeDocker(name: string, fn: () => void): void {
  const skip = !dockerAvailable && process.env.CI !== 'true';
  if (skip) console.warn(`skipping "${name}": no Docker engine (start one with: sudo bash .ci/docker.sh start)`);
  describe.skipIf(skip)(name, fn);
}

export type ImageMode = 'good' | 'slow' | 'hang' | 'crash' | 'garbage';

export interface TestImages {
  /** A `:local` image (never in the registry) running the fake connector in the given mode. */
  local(mode: ImageMode): string;
  /** The good connector without the FLOW_RUNTIME_CODEC label: a protobuf image as far as we know. */
  noCodec: string;
  /** In the registry only (removed locally), so using it means pulling it. */
  pushed: string;
  /** The registry digest `docker push` reported for `pushed`. */
  pushedDigest: string;
}

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A root file system holding busybox (with its applets linked) and the fake connector at /connector. */
function rootTar(dir: string): string {
  if (!BUSYBOX) throw new Error('busybox not found: install busybox-static (bash .ci/docker.sh start does)');
  const root = path.join(dir, 'root');
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
  fs.copyFileSync(BUSYBOX, path.join(root, 'bin/busybox'));
  fs.chmodSync(path.join(root, 'bin/busybox'), 0o755);
  for (const applet of ['sh', 'sleep', 'cat', 'head', 'tr', 'echo']) fs.symlinkSync('busybox', path.join(root, 'bin', applet));
  fs.copyFileSync(SCRIPT, path.join(root, 'connector'));
  fs.chmodSync(path.join(root, 'connector'), 0o755);
  const tar = path.join(dir, 'root.tar');
  execFileSync('tar', ['-C', root, '-cf', tar, '.']);
  return tar;
}

function importImage(tar: string, tag: string, mode: ImageMode, codecLabel = true): string {
  const changes = ['ENTRYPOINT ["/connector"]', 'LABEL FLOW_RUNTIME_PROTOCOL=capture', `ENV COMPAT_FAKE_MODE=${mode}`];
  if (codecLabel) changes.push('LABEL FLOW_RUNTIME_CODEC=json');
  docker(['import', ...changes.flatMap((c) => ['--change', c]), tar, tag]);
  return tag;
}

function build(): TestImages {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-images-'));
  try {
    const tar = rootTar(dir);
    const modes: ImageMode[] = ['good', 'slow', 'hang', 'crash', 'garbage'];
    for (const mode of modes) importImage(tar, `compat-test/fake-${mode}:local`, mode);
    const noCodec = importImage(tar, 'compat-test/fake-nocodec:local', 'good', false);
    // A tag per process: test files run in parallel and each removes its pushed tag locally.
    const pushed = importImage(tar, `${REGISTRY}/compat-test/fake:good-${process.pid}`, 'good');
    let pushOutput: string;
    try {
      pushOutput = docker(['push', pushed]);
    } catch (err) {
      throw new Error(`docker push to ${REGISTRY} failed (start the registry with: sudo bash .ci/docker.sh start): ${String(err)}`);
    }
    const pushedDigest = /digest: (sha256:[0-9a-f]{64})/.exec(pushOutput)?.[1];
    if (!pushedDigest) throw new Error(`docker push printed no digest: ${pushOutput}`);
    docker(['rmi', pushed]);
    return { local: (mode) => `compat-test/fake-${mode}:local`, noCodec, pushed, pushedDigest };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let images: TestImages | undefined;

export function testImages(): TestImages {
  images ??= build();
  return images;
}

/** Removes a local image tag so that the next use has to pull it again. */
export function removeLocalImage(image: string): void {
  spawnSync('docker', ['rmi', image], { stdio: 'ignore' });
}

/** Containers this process started that still exist (running or not yet removed). */
export function leftoverContainers(): string[] {
  const names = docker(['ps', '-a', '--filter', 'label=connector-compat', '--format', '{{.Names}}']);
  return names.split('\n').filter((n) => n.includes(`-${process.pid}-`));
}
