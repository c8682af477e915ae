/**
 * Connector images for the live benchmark, built from files like the Docker tests' images: busybox
 * and the tests' scripted connector, whose `slow` mode sleeps one second before each answer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, '__tests__/run/connectors/fake-connector.sh');

export const dockerAvailable = (): boolean => spawnSync('docker', ['info'], { timeout: 20_000, stdio: 'ignore' }).status === 0;

/** Builds `compat-bench/fake-<mode>:local` for each mode; returns the tags. */
export function buildImages(modes: string[]): Record<string, string> {
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => fs.existsSync(p));
  if (!busybox) throw new Error('busybox not found: install busybox-static (bash .ci/docker.sh start does)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-bench-images-'));
  try {
    const root = path.join(dir, 'root');
    fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
    fs.copyFileSync(busybox, path.join(root, 'bin/busybox'));
    for (const applet of ['sh', 'sleep', 'cat', 'head', 'tr', 'echo']) fs.symlinkSync('busybox', path.join(root, 'bin', applet));
    fs.copyFileSync(SCRIPT, path.join(root, 'connector'));
    fs.chmodSync(path.join(root, 'connector'), 0o755);
    fs.chmodSync(path.join(root, 'bin/busybox'), 0o755);
    const tar = path.join(dir, 'root.tar');
    execFileSync('tar', ['-C', root, '-cf', tar, '.']);
    const tags: Record<string, string> = {};
    for (const mode of modes) {
      const tag = `compat-bench/fake-${mode}:local`;
      const changes = [
        'ENTRYPOINT ["/connector"]',
        'LABEL FLOW_RUNTIME_PROTOCOL=capture',
        'LABEL FLOW_RUNTIME_CODEC=json',
        `ENV COMPAT_FAKE_MODE=${mode}`,
      ];
      execFileSync('docker', ['import', ...changes.flatMap((c) => ['--change', c]), tar, tag], { stdio: 'ignore' });
      tags[mode] = tag;
    }
    return tags;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
