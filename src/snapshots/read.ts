import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model/errors.js';
import type { DocBatch, SnapshotSet, SnapshotSources } from '../model/types.js';
import { bindingOf, docsOfRecords, flowSpecOf } from '../normalize/airbyte.js';
import { asAirbyteCatalog, asAirbyteSpec, isAirbyteCatalog, isAirbyteSpec, parseAirbyteRecords, parseSpecText } from './airbyte.js';
import { readAirbyteRecordBatches, readCapturedBatches } from './capture-stream.js';
import { readJsonFile, readTextFile } from './json-file.js';
import { asBindings, asCapture, asSpec } from './shapes.js';

type SnapshotStage = keyof SnapshotSources;
const SNAPSHOT_STAGES: SnapshotStage[] = ['spec', 'discover', 'capture'];

/** Airbyte's file names: a spec (spec.yaml in a connector's package), a catalog, records as JSON lines (the acceptance tests' expected records). */
const AIRBYTE_FILES: Record<string, SnapshotStage> = {
  'spec.yaml': 'spec',
  'spec.yml': 'spec',
  'catalog.json': 'discover',
  'discovered_catalog.json': 'discover',
  'records.jsonl': 'capture',
  'expected_records.jsonl': 'capture',
  'expected_records.txt': 'capture',
};

/**
 * The stage a file holds: ours are `spec.json`, `discover.json`, `capture.json`; estuary's pytest
 * files name it between the first double underscores (`snapshots__discover__capture.stdout.json`,
 * `source_x_tests_test_snapshots__spec__capture.stdout.json`, `snapshots__spec__stdout.json`);
 * Airbyte's are AIRBYTE_FILES.
 */
export function stageOfFile(name: string): SnapshotStage | undefined {
  if (AIRBYTE_FILES[name]) return AIRBYTE_FILES[name];
  if (!name.endsWith('.json')) return undefined;
  const ours = name.slice(0, -'.json'.length);
  if ((SNAPSHOT_STAGES as string[]).includes(ours)) return ours as SnapshotStage;
  const word = name.split('__')[1];
  return (SNAPSHOT_STAGES as string[]).includes(word) ? (word as SnapshotStage) : undefined;
}

async function listDir(dir: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch {
    throw new InputError(`${dir}: no such directory`);
  }
  if (!info.isDirectory()) throw new InputError(`${dir}: not a directory`);
  try {
    return (await readdir(dir)).sort();
  } catch {
    throw new InputError(`${dir}: cannot read directory: permission denied`);
  }
}

/** Finds the file of each stage in a folder, refusing two candidates for one stage. */
export async function locateSnapshots(dir: string): Promise<SnapshotSources> {
  const sources: SnapshotSources = {};
  for (const name of await listDir(dir)) {
    const stage = stageOfFile(name);
    if (!stage) continue;
    const file = path.join(dir, name);
    if (sources[stage]) {
      throw new InputError(`${dir}: two ${stage} snapshots (${path.basename(sources[stage])} and ${name}); keep one`);
    }
    sources[stage] = file;
  }
  return sources;
}

/**
 * Reads one side's snapshot set from a folder in either layout; missing stages stay undefined. A
 * capture file is left to be streamed when compared (`captureStreamed`), unless `wholeCapture` asks
 * for it in memory (a committed snapshot checked for drift is compared whole with a bounded live run).
 */
export async function readSnapshotSet(dir: string, label = dir, wholeCapture = false): Promise<SnapshotSet> {
  let sources = await locateSnapshots(dir);
  // Pointing at a connector folder also finds estuary's tests/snapshots inside it.
  if (Object.keys(sources).length === 0) {
    const nested = path.join(dir, 'tests', 'snapshots');
    if (
      await stat(nested).then(
        (s) => s.isDirectory(),
        () => false,
      )
    )
      sources = await locateSnapshots(nested);
  }
  if (Object.keys(sources).length === 0) {
    throw new InputError(
      `${dir}: no snapshot files found (expected spec.json, discover.json, capture.json, estuary's *__spec__*, *__discover__*, *__capture__* files, or Airbyte's spec.yaml, catalog.json, records.jsonl, expected_records.jsonl)`,
    );
  }
  const set: SnapshotSet = { label, sources };
  if (sources.spec) readSpec(set, parseSpecText(await readTextFile(sources.spec), sources.spec), sources.spec);
  if (sources.discover) readDiscover(set, await readJsonFile(sources.discover), sources.discover);
  if (sources.capture && isJsonLines(sources.capture)) {
    set.protocol = 'airbyte';
    set.captureRecords = true;
  }
  if (sources.capture && !wholeCapture) {
    set.captureStreamed = true;
    set.captureBytes = (await stat(sources.capture)).size;
  } else if (sources.capture && set.captureRecords)
    set.capture = docsOfRecords(parseAirbyteRecords(await readTextFile(sources.capture), sources.capture));
  else if (sources.capture) set.capture = asCapture(await readJsonFile(sources.capture), sources.capture);
  return set;
}

const isJsonLines = (file: string) => /\.(jsonl|txt)$/.test(file);

/** A streamed capture's documents, a chunk's worth at a time: Airbyte records as airbyte-to-flow captures them, or a Flow capture. */
export async function* captureBatches(file: string, airbyteRecords = false): AsyncGenerator<DocBatch> {
  if (!airbyteRecords) {
    yield* readCapturedBatches(file);
    return;
  }
  for await (const records of readAirbyteRecordBatches(file)) yield { docs: docsOfRecords(records) };
}

/** A spec in either protocol: an Airbyte one is seen as airbyte-to-flow shows it. */
function readSpec(set: SnapshotSet, value: unknown, file: string): void {
  if (!isAirbyteSpec(value)) {
    set.spec = asSpec(value, file);
    return;
  }
  set.airbyteSpec = asAirbyteSpec(value, file);
  set.spec = flowSpecOf(set.airbyteSpec);
  set.protocol = 'airbyte';
}

/** Discovered bindings in either protocol: an Airbyte catalog's streams become airbyte-to-flow's bindings. */
function readDiscover(set: SnapshotSet, value: unknown, file: string): void {
  if (!isAirbyteCatalog(value)) {
    set.discover = asBindings(value, file);
    return;
  }
  set.airbyteStreams = asAirbyteCatalog(value, file);
  set.discover = set.airbyteStreams.map(bindingOf);
  set.protocol = 'airbyte';
}
