import { canonicalJson, jsonEqual } from '../model/canonical.js';
import { jsonTypeOf } from '../model/json.js';
import { ajvAccepts, BOUNDS, exampleValue, type FieldInfo } from '../schema/index.js';

// Why a field's narrowing loses the value the engine found, in the most specific words, and another
// value of the field that shows the same cause.

/** Every value of one keyword anywhere in a (local) schema, as comparable text. */
function keywordText(schema: unknown, keyword: string): string {
  return canonicalJson(keywordValues(schema, keyword));
}

/** Every value of one keyword in a (local) schema and its anyOf, allOf and not. */
function keywordValues(schema: unknown, keyword: string): unknown[] {
  const found: unknown[] = [];
  const walk = (s: unknown): void => {
    if (Array.isArray(s)) s.forEach(walk);
    else if (s && typeof s === 'object') {
      for (const [k, v] of Object.entries(s)) {
        if (k === keyword) found.push(v);
        else if (k === 'anyOf' || k === 'allOf' || k === 'not') walk(v);
      }
    }
  };
  walk(schema);
  return found;
}

/** The most specific name for why the witness value is no longer accepted. */
export function causeOf(witness: unknown, af: FieldInfo, lb: unknown, la: unknown, reason: string): string {
  const t = jsonTypeOf(witness);
  if (!af.types.has(t) && !(t === 'integer' && af.types.has('number'))) return `type narrowed: ${t} no longer accepted`;
  const differs = (k: string) => keywordText(lb, k) !== keywordText(la, k);
  if (differs('enum') || differs('const')) {
    // Every value the baseline listed that the candidate rejects, not only the witness.
    const listed = [...keywordValues(lb, 'enum').flatMap((v) => (Array.isArray(v) ? v : [])), ...keywordValues(lb, 'const')];
    const first = (v: unknown, i: number) => listed.findIndex((w) => jsonEqual(v, w)) === i;
    const gone = listed.filter((v, i) => first(v, i) && ajvAccepts(lb, v) === true && ajvAccepts(la, v) === false);
    const shown = gone.length > 0 ? gone : [witness];
    return `enum narrowed: ${shown.map((v) => JSON.stringify(v)).join(', ')} no longer allowed`;
  }
  if (differs('pattern')) return `pattern tightened: ${JSON.stringify(witness)} no longer matches`;
  const bounds = BOUNDS.filter(differs);
  if (bounds.length) return `bounds tightened (${bounds.join(', ')}): ${JSON.stringify(witness)} no longer accepted`;
  if (differs('format')) return `format ${[...af.formats].join(', ') || 'none'} now checked: ${JSON.stringify(witness)} no longer accepted`;
  return `${reason} (e.g. ${JSON.stringify(witness)})`;
}

/**
 * The baseline field's own example when it shows the same cause as the engine's value: the engine
 * answers on the field's constraints without its format, so its value may fail a format the whole
 * document is checked against (a string lost where the baseline says `format: uri`).
 */
export function sameCause(before: unknown, bf: FieldInfo, af: FieldInfo, lb: unknown, la: unknown, reason: string, cause: string): unknown {
  const example = exampleValue(before, bf.nodes[0]);
  return ajvAccepts(la, example) === false && causeOf(example, af, lb, la, reason) === cause ? example : undefined;
}
