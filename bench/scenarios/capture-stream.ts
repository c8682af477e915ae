/** A streamed comparison of two big capture files: time and peak RSS. */
import { statSync } from 'node:fs';
import type { SnapshotSet } from '../../src/model/types.js';
import { streamCaptures } from '../../src/orchestrate/streamed.js';
import { captureBindings } from '../lib/captures.js';
import { emit, peakRssMb } from '../lib/measure.js';

const [baseline, candidate] = process.argv.slice(2);
if (!baseline || !candidate) throw new Error('usage: capture-stream.ts BASELINE_FILE CANDIDATE_FILE');
globalThis.gc?.();
const start = performance.now();
// Each side as `compare` reads a snapshot folder: the capture file left to stream, its bindings discovered.
const side = (file: string, which: 'baseline' | 'candidate'): SnapshotSet => ({
  label: which,
  sources: { capture: file },
  captureStreamed: true,
  captureBytes: statSync(file).size,
  discover: captureBindings(which),
});
const { findings } = (await streamCaptures(side(baseline, 'baseline'), side(candidate, 'candidate'), []))!;
const ms = Math.round(performance.now() - start);
emit({ ms, rss_mb: peakRssMb(), findings: findings.length, rules: [...new Set(findings.map((f) => f.rule))].sort() });
