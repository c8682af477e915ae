import { loadIdnFormats } from './idn-formats.js';
import { loadPatterns } from './patterns.js';

/** Loads what the engine loads lazily (refa for patterns, the IDN/IRI format checks): await it once before asking questions. */
export async function loadEngine(): Promise<void> {
  await Promise.all([loadPatterns(), loadIdnFormats()]);
}
