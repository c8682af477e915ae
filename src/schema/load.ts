import { IDN_FORMATS, loadIdnFormats } from './idn-formats.js';
import { loadPatterns } from './patterns.js';

/** Whether a JSON value (schemas, or anything holding them) names one of the IDN/IRI formats anywhere. */
export function mentionsIdnFormat(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsIdnFormat);
  if (value === null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'format' && typeof v === 'string' && IDN_FORMATS.has(v)) return true;
    if (typeof v === 'object' && mentionsIdnFormat(v)) return true;
  }
  return false;
}

/**
 * Loads what the engine loads lazily (refa for patterns; the IDN/IRI format checks, 8 MB with their
 * Unicode tables, unless `idnFormats` says no schema asked about names one): await it once before
 * asking questions.
 */
export async function loadEngine(opts: { idnFormats?: boolean } = {}): Promise<void> {
  await Promise.all([loadPatterns(), opts.idnFormats === false ? undefined : loadIdnFormats()]);
}
