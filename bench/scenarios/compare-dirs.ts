/** One offline comparison of two snapshot folders, as `connector-compat compare` runs it: time and peak RSS. */
import { compareDirs } from '../../src/orchestrate/compare.js';
import { emit, peakRssMb } from '../lib/measure.js';

const [baselineDir, candidateDir] = process.argv.slice(2);
if (!baselineDir || !candidateDir) throw new Error('usage: compare-dirs.ts BASELINE_DIR CANDIDATE_DIR');
globalThis.gc?.();
const start = performance.now();
const report = await compareDirs({ baselineDir, candidateDir, acceptFileRequired: false, failOn: 'breaking' });
const ms = Math.round(performance.now() - start);
emit({ ms, rss_mb: peakRssMb(), findings: report.findings.length, verdict: report.verdict });
