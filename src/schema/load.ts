import { loadIdnFormats, namesIdnFormat } from './idn-formats.js';
import { loadPatterns } from './patterns.js';

/** Loads what the engine loads lazily (refa for patterns, the IDN/IRI format checks): await it once before asking questions. */
export async function loadEngine(): Promise<void> {
  await Promise.all([loadPatterns(), loadIdnFormats()]);
}

/**
 * Loads what checking documents against these schemas needs: the IDN/IRI format checks where a
 * schema names one (ajv and the interpreter match patterns with RegExp; refa answers containment
 * questions only). A thread that only validates documents is spared a megabyte of code.
 */
export async function loadEngineFor(schemas: unknown[]): Promise<void> {
  if (schemas.some(namesIdnFormat)) await loadIdnFormats();
}
