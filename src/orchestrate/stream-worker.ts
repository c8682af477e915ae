/**
 * The worker thread of a capture comparison through bucket files (stream-thread.ts): it compares the
 * two captures its job names and posts back log lines, then the findings or why it failed.
 * Bundled on its own (dist/stream-worker/index.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, InputError } from '../model/errors.js';
import { levelLogger } from '../model/log.js';
import { loadEngineFor } from '../schema/index.js';
import type { StreamJob, StreamReply } from './stream-thread.js';
import { streamCaptures } from './streamed.js';

const job = workerData as StreamJob;
const say = (reply: StreamReply) => parentPort!.postMessage(reply);
const log = levelLogger((level, message) => say({ log: level, message }));

try {
  const { sides, ...options } = job;
  const [baseline, candidate] = sides;
  // What the engine loads lazily is loaded per thread: the IDN formats documents are checked for.
  await loadEngineFor(sides.flatMap((s) => (s.discover ?? []).map((b) => b.documentSchema)));
  const done = await streamCaptures(baseline, candidate, { ...options, log });
  say({ done, collections: [baseline.capturedCollections, candidate.capturedCollections] });
} catch (err) {
  say({ failed: errorMessage(err), input: err instanceof InputError });
}
