import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import type { LogLevel } from '../model/log.js';
import type { SnapshotSet } from '../model/types.js';
import { privateDir } from '../secrets/privateFile.js';
import { BUCKETS_PREFIX, spills } from '../snapshots/spill.js';
import { captureSizes, type StreamCaptureOptions, type StreamedCapture, streamCaptures } from './streamed.js';

/**
 * A capture comparison of files past SPILL_BYTES runs in a worker thread whose heap has limits,
 * when its captures outweigh their discovery (worthAWorker). V8 lets the heap of a thread that
 * allocates this fast (every document parsed, compared and let go) grow far past what it holds
 * live, and the process's resident memory with it; a worker's heap takes limits, the main thread's cannot be set once node
 * runs (the runner starts an action with no node flags). Measured with the bench's captures (Node
 * 24, peak RSS of the process): 100,000 and 1M documents a side 194 and 216 MB with a young
 * generation of 48 MB, 176 and 188 MB with this one of 16 MB, in the same time (measured when every
 * document also went through its bucket file). Since captures are read side by side, 8 MB took 1M
 * 20-30% longer for 5-10 MB less.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 160 };

/**
 * The worker is for captures that outweigh their bindings. A catalog's wide schemas are read into
 * the engine and compiled to judge the documents, which a worker, starting cold under its limits,
 * does far slower than this thread (1,000 bindings of 300 properties, 2 documents each, 90 MB of
 * discovery and 59 MB of captures: 5.7 s here; a worker outgrew an old generation of about 400 MB
 * in 15 s): captures less than this many times their sides' discovery are compared in this thread.
 */
const CAPTURE_PER_DISCOVERY = 4;

/** The size in bytes of a side's discovery: its file's, else its JSON's. */
function discoveryBytes(set: SnapshotSet): number {
  if (!set.discover) return 0;
  try {
    if (set.sources.discover) return statSync(set.sources.discover).size;
  } catch {
    // read from elsewhere: measured as JSON
  }
  return JSON.stringify(set.discover).length;
}

/** Whether to compare these captures in a worker: they go through bucket files and outweigh their discovery. */
export function worthAWorker(baseline: SnapshotSet, candidate: SnapshotSet): boolean {
  const sizes = captureSizes(baseline, candidate);
  return spills(sizes) && Math.max(...sizes) > CAPTURE_PER_DISCOVERY * (discoveryBytes(baseline) + discoveryBytes(candidate));
}

/** What the worker is given: each side as far as the capture needs it, the comparison's options, the folder for its buckets. */
export interface StreamJob extends Omit<StreamCaptureOptions, 'log'> {
  sides: [SnapshotSet, SnapshotSet];
  within: string;
}

/** What the worker says: a log line, its answer, or why it failed. */
export type StreamReply = { log: LogLevel; message: string } | StreamDone | { failed: string; input: boolean };

/** The worker's answer: the comparison, and the collections each side's capture holds. */
export interface StreamDone {
  done: StreamedCapture | undefined;
  collections: [string[] | undefined, string[] | undefined];
}

/** A side whose capture is read from its file (nothing of it held in memory). */
const fromFile = (set: SnapshotSet): boolean => Boolean(set.captureStreamed && set.sources.capture && !set.capture);

/** What of a side the capture comparison reads: sent to the worker (structured clone), nothing else of the set. */
const captureSide = (set: SnapshotSet): SnapshotSet => ({
  label: set.label,
  sources: { capture: set.sources.capture },
  captureStreamed: true,
  ...(set.captureBytes !== undefined ? { captureBytes: set.captureBytes } : {}),
  ...(set.captureRecords !== undefined ? { captureRecords: set.captureRecords } : {}),
  ...(set.discover ? { discover: set.discover } : {}),
});

/** A file's URL relative to this module (a function of the name: the bundler copies no file it sees named). */
const beside = (name: string): URL => new URL(name, import.meta.url);

/** The worker's bundle beside this one (dist/stream-worker/index.js), or its source when the sources run. */
function workerEntry(): { url: URL; source: boolean } {
  if (import.meta.url.endsWith('.ts')) return { url: beside('./stream-worker.ts'), source: true };
  // The action's bundle is dist/index.js, the CLI's chunks are in dist/cli/.
  for (const name of ['./stream-worker/index.js', '../stream-worker/index.js']) {
    const url = beside(name);
    if (existsSync(fileURLToPath(url))) return { url, source: false };
  }
  throw new Error(`the capture comparison's worker bundle is missing beside ${fileURLToPath(import.meta.url)}: build with npm run build`);
}

function startWorker(job: StreamJob, resourceLimits: ResourceLimits): Worker {
  const { url, source } = workerEntry();
  const options = { workerData: job, resourceLimits };
  // The sources (tests, benchmarks) run through tsx, registered in the worker first (Node 20 does not pass
  // `--import tsx` on to workers); it is resolved from the working folder, the project's root.
  if (source)
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, {
      ...options,
      eval: true,
    });
  return new Worker(url, options);
}

/** The worker ran out of the heap its limits give it. */
class OutOfMemory extends Error {}

function inWorker(job: StreamJob, opts: ApartOptions): Promise<StreamDone> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job, opts.limits ?? WORKER_LIMITS);
    // The first answer settles the promise; what comes after it (the exit that follows) changes nothing.
    worker.on('message', (reply: StreamReply) => {
      if ('log' in reply) opts.log?.[reply.log](reply.message);
      else if ('done' in reply) resolve(reply);
      else reject(reply.input ? new InputError(reply.failed) : new Error(reply.failed));
    });
    worker.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new OutOfMemory(err.message));
      else reject(new Error(`the capture comparison's worker thread failed: ${err.message}`));
    });
    worker.on('exit', (code) => reject(new Error(`the capture comparison's worker thread stopped (exit code ${code}) without an answer`)));
  });
}

export interface ApartOptions extends StreamCaptureOptions {
  /** In a worker thread or not; by default when both captures are files and worthAWorker says so. */
  apart?: boolean;
  /** The worker's heap limits (WORKER_LIMITS). */
  limits?: ResourceLimits;
}

/**
 * streamCaptures, in a worker thread when both captures are read from files, go through bucket
 * files and outweigh their discovery (`apart` says so either way). The worker's buckets are in a
 * private folder this thread makes and removes (a worker gets no signals): an interrupted run
 * leaves nothing.
 */
export async function streamCapturesApart(
  baseline: SnapshotSet,
  candidate: SnapshotSet,
  opts: ApartOptions,
): Promise<StreamedCapture | undefined> {
  const apart = opts.apart ?? worthAWorker(baseline, candidate);
  if (!apart || !fromFile(baseline) || !fromFile(candidate)) return streamCaptures(baseline, candidate, opts);
  const folder = privateDir(BUCKETS_PREFIX);
  let reply: StreamDone;
  try {
    const sides: StreamJob['sides'] = [captureSide(baseline), captureSide(candidate)];
    reply = await inWorker({ sides, redact: opts.redact, progressEvery: opts.progressEvery, within: folder.dir }, opts);
  } catch (err) {
    if (!(err instanceof OutOfMemory)) throw err;
    // Its live documents outgrew the limits (a collection gathered whole to be paired again): compared here instead.
    opts.log?.warning('capture: the comparison outgrew the memory of its worker thread; comparing again in the main thread');
    return streamCaptures(baseline, candidate, opts);
  } finally {
    folder.remove();
  }
  const [b, c] = reply.collections;
  if (b) baseline.capturedCollections = b;
  if (c) candidate.capturedCollections = c;
  return reply.done;
}
