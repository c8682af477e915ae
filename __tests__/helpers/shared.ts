import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, and ../shared beside it (docs, real fixtures, corpora). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const haveShared = existsSync(SHARED);

if (!haveShared) {
  if (process.env.CI === 'true') throw new Error(`${SHARED} is required in CI (CI=true) but is missing`);
  console.warn(`note: ${SHARED} is missing: tests that read the shared fixtures and corpora are skipped`);
}

export const sharedPath = (...parts: string[]): string => path.join(SHARED, ...parts);
export const estuaryPair = (connector: string) => ({
  atf: sharedPath('fixtures', 'estuary', connector, 'atf'),
  imported: sharedPath('fixtures', 'estuary', connector, 'imported'),
});
