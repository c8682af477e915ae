// Builds the test connector images from files (`docker import` of a busybox root), once per vitest process.
// Needs a Docker engine and, for the pull path, the registry of .ci/docker.sh on 127.0.0.1:5000.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, inject } from 'vitest';
import { RUN_LABEL } from './docker-cleanup.js';

export const REGISTRY = process.env.COMPAT_TEST_REGISTRY ?? '127.0.0.1:5000';
/** This test worker (process and thread): tags and container names it makes carry it. */
export const WORKER = `${process.pid}-${threadId}`;
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
  /**
   * The good connector with the knobs of fake-connector.sh set in its environment (COMPAT_FAKE_ECHO...),
   * tagged `compat-test/fake-<name>:local`; built on first use.
   */
  variant(name: string, env: Record<string, string>): string;
  /** Like variant, but only in the registry (removed locally): using it means pulling it. */
  pushedVariant(name: string, env: Record<string, string>): { image: string; digest: string };
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

function importImage(tar: string, tag: string, mode: ImageMode, codecLabel = true, env: Record<string, string> = {}): string {
  // The run's label lets the global teardown (docker-cleanup.ts) remove every image and container of this test run.
  const changes = [
    'ENTRYPOINT ["/connector"]',
    'LABEL FLOW_RUNTIME_PROTOCOL=capture',
    `LABEL ${RUN_LABEL}=${inject('dockerTestRun')}`,
    `ENV COMPAT_FAKE_MODE=${mode}`,
  ];
  for (const [k, v] of Object.entries(env)) changes.push(`ENV ${k}=${v}`);
  if (codecLabel) changes.push('LABEL FLOW_RUNTIME_CODEC=json');
  docker(['import', ...changes.flatMap((c) => ['--change', c]), tar, tag]);
  return tag;
}

/** Pushes an image to the registry and removes it locally; returns the digest the registry gave it. */
function pushAway(image: string): string {
  let pushOutput: string;
  try {
    pushOutput = docker(['push', image]);
  } catch (err) {
    throw new Error(`docker push to ${REGISTRY} failed (start the registry with: sudo bash .ci/docker.sh start): ${String(err)}`);
  }
  const digest = /digest: (sha256:[0-9a-f]{64})/.exec(pushOutput)?.[1];
  if (!digest) throw new Error(`docker push printed no digest: ${pushOutput}`);
  docker(['rmi', image]);
  return digest;
}

function build(): TestImages {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-images-'));
  // The root file system stays for variants built later in this process.
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const tar = rootTar(dir);
  const modes: ImageMode[] = ['good', 'slow', 'hang', 'crash', 'garbage'];
  for (const mode of modes) importImage(tar, `compat-test/fake-${mode}:local`, mode);
  const noCodec = importImage(tar, 'compat-test/fake-nocodec:local', 'good', false);
  // A tag per process: test files run in parallel and each removes its pushed tag locally.
  const pushed = importImage(tar, `${REGISTRY}/compat-test/fake:good-${WORKER}`, 'good');
  const pushedDigest = pushAway(pushed);
  const variants = new Map<string, string>();
  const pushedVariants = new Map<string, { image: string; digest: string }>();
  return {
    local: (mode) => `compat-test/fake-${mode}:local`,
    noCodec,
    pushed,
    pushedDigest,
    variant(name, env) {
      if (!variants.has(name)) variants.set(name, importImage(tar, `compat-test/fake-${name}:local`, 'good', true, env));
      return variants.get(name)!;
    },
    pushedVariant(name, env) {
      if (!pushedVariants.has(name)) {
        const image = importImage(tar, `${REGISTRY}/compat-test/fake:${name}-${WORKER}`, 'good', true, env);
        pushedVariants.set(name, { image, digest: pushAway(image) });
      }
      return pushedVariants.get(name)!;
    },
  };
}

/**
 * An image running a Node.js test connector (`run/connectors/<script>`): this Node's binary and the
 * shared libraries `ldd` names, the script as /connector.mjs, and `env` as image ENV. Built once per tag.
 * With `atf`, laid out as estuary/airbyte's ATF Dockerfiles lay an image out: the entrypoint is
 * `/airbyte/integration_code/airbyte-to-flow` (here a link to Node, which runs the script), the
 * working folder is /airbyte/integration_code, and the given patch files lie in it.
 */
export function nodeConnectorImage(
  script: string,
  tag: string,
  env: Record<string, string> = {},
  atf?: { files: Record<string, string>; labels: Record<string, string> },
  /** Labels in place of Flow's (FLOW_RUNTIME_PROTOCOL, FLOW_RUNTIME_CODEC): an Airbyte image's `io.airbyte.*`. */
  protocolLabels?: Record<string, string>,
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-node-image-'));
  try {
    const root = path.join(dir, 'root');
    const put = (from: string, to: string) => {
      fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
      fs.copyFileSync(from, path.join(root, to));
    };
    put(process.execPath, 'bin/node');
    fs.chmodSync(path.join(root, 'bin/node'), 0o755);
    const libs = execFileSync('ldd', [process.execPath], { encoding: 'utf8' }).matchAll(/(\/\S+\.so[.\d]*)\s+\(0x/g);
    for (const [, lib] of libs) put(fs.realpathSync(lib!), lib!);
    put(path.resolve(import.meta.dirname, '../run/connectors', script), 'connector.mjs');
    const atfDir = '/airbyte/integration_code';
    if (atf) {
      fs.mkdirSync(path.join(root, atfDir), { recursive: true });
      fs.symlinkSync('/bin/node', path.join(root, atfDir, 'airbyte-to-flow'));
      for (const [name, text] of Object.entries(atf.files)) {
        fs.mkdirSync(path.dirname(path.join(root, atfDir, name)), { recursive: true });
        fs.writeFileSync(path.join(root, atfDir, name), text);
      }
    }
    const tar = path.join(dir, 'root.tar');
    execFileSync('tar', ['-C', root, '-cf', tar, '.']);
    const changes = [
      atf ? `ENTRYPOINT ["${atfDir}/airbyte-to-flow", "/connector.mjs"]` : 'ENTRYPOINT ["/bin/node", "/connector.mjs"]',
      ...(atf ? [`WORKDIR ${atfDir}`, ...Object.entries(atf.labels).map(([k, v]) => `LABEL ${k}=${v}`)] : []),
      // Run as a user other than root, as an image built on a non-root base does: the files it reads must be readable to it.
      ...(protocolLabels
        ? ['USER 1000:1000', ...Object.entries(protocolLabels).map(([k, v]) => `LABEL ${k}=${v}`)]
        : ['LABEL FLOW_RUNTIME_PROTOCOL=capture', 'LABEL FLOW_RUNTIME_CODEC=json']),
      `LABEL ${RUN_LABEL}=${inject('dockerTestRun')}`,
      ...Object.entries(env).map(([k, v]) => `ENV ${k}=${v}`),
    ];
    docker(['import', ...changes.flatMap((c) => ['--change', c]), tar, tag]);
    return tag;
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
  return names.split('\n').filter((n) => n.includes(`-${WORKER}-`));
}
