/** A streamed comparison of two big capture files: time and peak RSS. */
import { compareCaptureStreams } from '../../src/compare/capture-stream.js';
import { readCapturedDocs } from '../../src/snapshots/capture-stream.js';
import { captureBindings } from '../lib/captures.js';
import { emit, peakRssMb } from '../lib/measure.js';

const [baseline, candidate] = process.argv.slice(2);
if (!baseline || !candidate) throw new Error('usage: capture-stream.ts BASELINE_FILE CANDIDATE_FILE');
globalThis.gc?.();
const start = performance.now();
const findings = await compareCaptureStreams(
  { docs: readCapturedDocs(baseline), bindings: captureBindings('baseline') },
  { docs: readCapturedDocs(candidate), bindings: captureBindings('candidate') },
  { redact: [] },
);
const ms = Math.round(performance.now() - start);
emit({ ms, rss_mb: peakRssMb(), findings: findings.length, rules: [...new Set(findings.map((f) => f.rule))].sort() });
