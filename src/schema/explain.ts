import type { ErrorObject } from 'ajv';
import { typeOf } from './keywords.js';
import { unescapeToken } from '../model/pointer.js';

const COMBINING = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', '$ref', 'false schema']);

function at(value: unknown, instancePath: string): unknown {
  let v = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = unescapeToken(raw);
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  }
  return v;
}

const typeWord = (v: unknown): string => (v === undefined ? 'value' : typeOf(v));

/**
 * The most specific place in B where a witness fails, from ajv's errors: the deepest instance
 * location, preferring plain keywords over combinators (whose own errors say less).
 */
export function explainFailure(witness: unknown, errors: ErrorObject[]): { pointer: string; reason: string } {
  if (errors.length === 0) return { pointer: '', reason: 'value no longer accepted' };
  const rank = (e: ErrorObject) => e.instancePath.split('/').length * 2 + (COMBINING.has(e.keyword) ? 0 : 1);
  const best = [...errors].sort((x, y) => rank(y) - rank(x))[0]!;
  const segments = best.schemaPath.replace(/^#/, '').split('/');
  const pointer = best.keyword === 'false schema' ? segments.join('/') : segments.slice(0, -1).join('/');
  const value = at(witness, best.instancePath);
  const where = best.instancePath ? ` at ${best.instancePath}` : '';
  const p = best.params as Record<string, unknown>;
  let reason: string;
  switch (best.keyword) {
    case 'type':
      reason = `${typeWord(value)} no longer accepted${where}`;
      break;
    case 'required':
      reason = `property '${String(p.missingProperty)}' became required`;
      break;
    case 'additionalProperties':
      reason = `property '${String(p.additionalProperty)}' no longer allowed`;
      break;
    case 'false schema':
      reason = best.instancePath ? `property '${best.instancePath.split('/').pop()}' no longer allowed` : 'nothing is accepted any more';
      break;
    case 'enum':
    case 'const':
      reason = `value ${JSON.stringify(value)} no longer accepted${where}`;
      break;
    default:
      reason = `${typeWord(value)} ${JSON.stringify(value)} no longer accepted${where}: ${best.message ?? best.keyword}`;
  }
  return { pointer, reason };
}
