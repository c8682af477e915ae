/**
 * The real ATF/imported pairs of ../shared, each compared by the built CLI as users run it: the
 * median whole-process time of 3 runs after a warm-up per pair, and the highest peak RSS.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliCompare } from '../lib/cli.js';
import { emit } from '../lib/measure.js';

const ESTUARY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/estuary');

if (!fs.existsSync(ESTUARY)) {
  emit({ pairs: null, reason: `${ESTUARY} is missing` });
} else {
  const pairs: Record<string, { ms: number; findings: number }> = {};
  let rss = 0;
  for (const name of fs
    .readdirSync(ESTUARY)
    .filter((n) => fs.existsSync(path.join(ESTUARY, n, 'atf')))
    .sort()) {
    const runs = [0, 1, 2, 3].map(() => cliCompare(path.join(ESTUARY, name, 'atf'), path.join(ESTUARY, name, 'imported'))).slice(1);
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    pairs[name] = { ms: times[1]!, findings: runs[0]!.findings };
    rss = Math.max(rss, ...runs.map((r) => r.rss_mb));
  }
  emit({ pairs, rss_mb: rss });
}
