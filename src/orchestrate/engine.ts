import type { SnapshotSet } from '../model/types.js';
import { loadEngineToCompare } from '../schema/index.js';

/** Loads what comparing these sets can use of the engine's lazy parts: read from their specs and discoveries (captured documents are no schemas). */
export const loadEngineForSets = (...sets: SnapshotSet[]): Promise<void> =>
  loadEngineToCompare(sets.map((s) => [s.spec, s.discover, s.airbyteSpec, s.airbyteStreams]));
