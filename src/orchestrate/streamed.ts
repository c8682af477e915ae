import { compareCaptureStreams } from '../compare/capture-pairs.js';
import { PairedKeyAgain } from '../compare/capture-prejoin.js';
import { collectionName } from '../compare/collections.js';
import type { Logger } from '../model/log.js';
import { plural } from '../model/text.js';
import type { CapturedDoc, DocBatch, Finding, SnapshotSet } from '../model/types.js';
import { normalizeDoc } from '../normalize/index.js';
import { captureBatches } from '../snapshots/read.js';
import { bucketsFor, collectBetweenBuckets } from '../snapshots/spill.js';

/** Baseline documents kept per binding, and in all, as discovery's examples when a capture is streamed. */
const SAMPLES_PER_BINDING = 1_000;
const SAMPLES = 20_000;
/** Documents read between two progress lines of a side, by default. */
const PROGRESS_DOCUMENTS = 100_000;

export interface StreamCaptureOptions {
  /** Field globs whose values are redacted (compat.yaml), left out of the comparison. */
  redact: string[];
  log?: Logger;
  /** A private folder, made and removed by the caller, for the bucket files (see snapshots/spill.ts). */
  within?: string;
  /** Documents read between two progress lines of a side (PROGRESS_DOCUMENTS). */
  progressEvery?: number;
}

export interface StreamedCapture {
  findings: Finding[];
  /**
   * The first baseline documents of each binding (by recommended name), for discovery's witnesses,
   * as JSON texts: far less memory than parsed documents, in the worker and in the thread it answers.
   */
  samples: Map<string, string[]>;
}

/** The sizes in bytes of the capture files the two sides stream (0 for a side held in memory). */
export const captureSizes = (...sets: SnapshotSet[]): number[] => sets.map((s) => s.captureBytes ?? 0);

/** A side's documents, read anew each time they are asked for: from memory, else from its file. */
function docsOf(set: SnapshotSet): (() => Iterable<DocBatch> | AsyncIterable<DocBatch>) | undefined {
  const { capture } = set;
  if (capture) return () => [{ docs: capture }];
  const file = set.sources.capture;
  return set.captureStreamed && file ? () => captureBatches(file, set.captureRecords) : undefined;
}

/** The batches with their documents normalized, `progress` told how many were read, `tap` given each. */
async function* normalized(
  batches: AsyncIterable<DocBatch> | Iterable<DocBatch>,
  progress: (read: number) => void,
  tap?: (doc: CapturedDoc) => void,
) {
  let read = 0;
  for await (const batch of batches) {
    progress((read += batch.docs.length));
    const docs = batch.docs.map(normalizeDoc);
    if (tap) for (const d of docs) tap(d);
    // A document normalisation changed (its runtime uuid dropped) no longer says what its text says.
    const texts = batch.texts && docs.map((d, i) => (d === batch.docs[i] ? batch.texts![i] : undefined));
    yield texts ? { docs, texts } : { docs };
  }
}

/**
 * Captures read from snapshot files are streamed: the two sides are read once, side by side, and
 * what comes in the same order is compared as it is read (compare/capture-prejoin.ts); the rest
 * goes into buckets (in memory when small, else temporary files) compared bucket by bucket, so
 * memory holds a bucket of each side whatever the captures' size. A side held in memory (a live
 * run, Airbyte records) is read from there. The collections each side captured are recorded on it.
 */
export async function streamCaptures(
  baseline: SnapshotSet,
  candidate: SnapshotSet,
  { redact, log, within, progressEvery = PROGRESS_DOCUMENTS }: StreamCaptureOptions,
): Promise<StreamedCapture | undefined> {
  if (!baseline.captureStreamed && !candidate.captureStreamed) return undefined;
  const [before, after] = [docsOf(baseline), docsOf(candidate)];
  if (!before || !after) return undefined;
  const samples = new Map<string, string[]>();
  let kept = 0;
  const keep = ([collection, doc]: CapturedDoc) => {
    const name = collectionName(collection);
    const list = samples.get(name) ?? samples.set(name, []).get(name)!;
    if (list.length < SAMPLES_PER_BINDING && kept < SAMPLES) {
      list.push(JSON.stringify(doc));
      kept++;
    }
  };
  // Progress on long work: a line per progressEvery documents read, then at each quarter of the buckets compared.
  const reading = (side: string) => {
    let told = 0;
    return (read: number) => {
      if (Math.floor(read / progressEvery) <= told) return;
      told = Math.floor(read / progressEvery);
      log?.info(`capture: ${side}: ${told * progressEvery} documents read`);
    };
  };
  const collect = collectBetweenBuckets();
  const sizes = captureSizes(baseline, candidate);
  const compare = (prejoin: boolean) => {
    samples.clear();
    kept = 0;
    return compareCaptureStreams(
      { batches: normalized(before(), reading('baseline'), keep), bindings: baseline.discover },
      { batches: normalized(after(), reading('candidate')), bindings: candidate.discover },
      {
        redact,
        buckets: bucketsFor(sizes, within),
        // Both sides are read side by side, what comes in the same order paired as it is read.
        ...(prejoin ? { prejoin: { captureBytes: Math.max(...sizes) } } : {}),
        afterBucket: (done, count) => {
          collect();
          if (count >= 4 && Math.floor((done * 4) / count) > Math.floor(((done - 1) * 4) / count))
            log?.info(`capture: ${done} of ${count} buckets of documents compared`);
        },
        // Findings name bindings by their captured collections (compare/binding-names.ts).
        onCollections: (side, names, documents) => {
          (side === 'baseline' ? baseline : candidate).capturedCollections = names;
          log?.info(`capture: ${side} read, ${plural(documents, 'document')} in ${plural(names.length, 'collection')}`);
        },
      },
    );
  };
  let findings: Finding[];
  try {
    findings = await compare(true);
  } catch (err) {
    if (!(err instanceof PairedKeyAgain)) throw err;
    // A side published a key again after it was paired (Flow keeps the last document): read again, through buckets only.
    log?.info('capture: a key came again after its documents were paired; reading both captures again');
    findings = await compare(false);
  }
  return { findings, samples };
}
