/** The real ATF/imported pairs of ../shared, each compared as `connector-compat compare` does: time per pair and peak RSS. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { emit, peakRssMb } from '../lib/measure.js';

const ESTUARY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/estuary');

if (!fs.existsSync(ESTUARY)) {
  emit({ pairs: null, reason: `${ESTUARY} is missing` });
} else {
  const pairs: Record<string, { ms: number; findings: number }> = {};
  for (const name of fs
    .readdirSync(ESTUARY)
    .filter((n) => fs.existsSync(path.join(ESTUARY, n, 'atf')))
    .sort()) {
    const start = performance.now();
    const report = await compareDirs({
      baselineDir: path.join(ESTUARY, name, 'atf'),
      candidateDir: path.join(ESTUARY, name, 'imported'),
      acceptFileRequired: false,
      failOn: 'breaking',
    });
    pairs[name] = { ms: Math.round(performance.now() - start), findings: report.findings.length };
  }
  emit({ pairs, rss_mb: peakRssMb() });
}
