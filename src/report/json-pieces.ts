/**
 * `JSON.stringify(value, null, 2)` of an object, a piece at a time, the same text: each top-level
 * property, and each element of a top-level array, stringified on its own and indented as the
 * whole would be. A catalog's report is tens of MB of JSON; whole, it is one string that V8 holds
 * twice over (the text, then its bytes) beside the report itself.
 */

const INDENT = '  ';

/** A value stringified as it stands `depth` levels down: JSON text has no raw newline but between tokens. */
const nested = (text: string, depth: number): string => text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);

/** What JSON.stringify writes around a value two arrays down, before and after it. */
const [AROUND_BEFORE, AROUND_AFTER] = [`[\n${INDENT}[\n${INDENT.repeat(2)}`, `\n${INDENT}]\n]`];

/**
 * An element of a top-level array as the whole's text has it, two levels down: stringified two
 * arrays down, whose brackets are cut off, so that JSON.stringify itself indents it (no second copy
 * of a finding's text with its lines shifted). An element JSON.stringify leaves out is `null` there.
 */
function element(item: unknown): string {
  const text = JSON.stringify([[item]], null, 2);
  return text.slice(AROUND_BEFORE.length, text.length - AROUND_AFTER.length);
}

/** The pieces of one top-level array, `[` to `]`, each element on its own. */
function* arrayPieces(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[' : ','}\n${INDENT.repeat(2)}${element(items[i])}`;
  yield `\n${INDENT}]`;
}

/** JSON.stringify(value, null, 2) of a plain object (no toJSON), in pieces whose concatenation is that text. */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    // A property JSON.stringify leaves out (undefined, a function) is left out.
    const text = Array.isArray(v) ? '' : JSON.stringify(v, null, 2);
    if (text === undefined) continue;
    yield `${first ? '{' : ','}\n${INDENT}${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(v)) yield* arrayPieces(v);
    else yield nested(text, 1);
  }
  yield first ? '{}' : '\n}';
}
