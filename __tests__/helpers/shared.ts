import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, and ../shared beside it (docs, real fixtures, corpora). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');

export const sharedPath = (...parts: string[]): string => path.join(SHARED, ...parts);
export const estuaryPair = (connector: string) => ({
  atf: sharedPath('fixtures', 'estuary', connector, 'atf'),
  imported: sharedPath('fixtures', 'estuary', connector, 'imported'),
});

const told = new Set<string>();

/**
 * Whether `../shared/<rel>` is there for `suite`. A user's fresh clone has no ../shared: the suite
 * then skips, and one line says what it lacks. In CI (CI=true) the data is required.
 */
export function needsShared(suite: string, rel = ''): boolean {
  const where = sharedPath(rel);
  if (existsSync(where)) return true;
  const shown = path.relative(ROOT, where);
  if (process.env.CI === 'true') throw new Error(`${suite}: ${shown} is required in CI (CI=true) but is missing`);
  if (!told.has(suite)) console.warn(`skipped: ${suite}: ${shown} is missing (it sits beside the project in its development workspace)`);
  told.add(suite);
  return false;
}
