/**
 * The floor a capture comparison cannot go under: read both capture files line by line and
 * JSON.parse every document, doing nothing else (the baseline is a snapshot array written a
 * document per line, the candidate JSON lines).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { emit, peakRssMb } from '../lib/measure.js';

const files = process.argv.slice(2);
if (files.length !== 2) throw new Error('usage: parse-floor.ts BASELINE_FILE CANDIDATE_FILE');
globalThis.gc?.();
const start = performance.now();
let documents = 0;
for (const file of files) {
  for await (const raw of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    const line = raw.trim().replace(/,$/, '');
    if (line === '' || line === '[' || line === ']') continue;
    JSON.parse(line);
    documents++;
  }
}
emit({ ms: Math.round(performance.now() - start), rss_mb: peakRssMb(), findings: documents });
