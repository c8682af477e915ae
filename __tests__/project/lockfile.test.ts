// `npm ci` must work on every platform a user installs on: the lock file has to list each native
// package's builds for other systems and processors too, not only this machine's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';

interface Entry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Entry> };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('package-lock.json', () => {
  it('lists every optional platform package of every package that declares them', () => {
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!lock.packages[`node_modules/${name}`] && !lock.packages[`${where}/node_modules/${name}`])
          missing.push(`${name} (of ${where || 'the root'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds builds for macOS, Windows and arm64 Linux', () => {
    const platforms = Object.values(lock.packages).flatMap((e) =>
      e.os && e.cpu ? e.os.flatMap((o) => e.cpu!.map((c) => `${o}-${c}`)) : [],
    );
    for (const p of ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-arm64', 'linux-x64']) expect(platforms).toContain(p);
  });

  it('records the dependencies package.json asks for', () => {
    const root = lock.packages['']! as Entry & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });
});
