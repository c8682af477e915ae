// `pattern` as a regular language, with refa (regular expressions as automata): containment of one
// pattern's strings (or the intersection of several) in another's, with a witness string when it
// does not hold. Patterns refa cannot turn into an automaton (backreferences, lookarounds, word
// boundaries, anchors inside groups) are not decided here.
import type { NFA, Words } from 'refa';
import { FLOW_FORMAT_SUPERSETS } from './flow-formats.js';

type Refa = typeof import('refa');
let refa: Refa | undefined;

/**
 * Loads refa (a megabyte with its Unicode tables) once, before the first question: commands that ask
 * none (help, decrypt, aggregate, an input error) start without it. Until it is loaded, every pattern
 * question is undecided, never wrong.
 */
export async function loadPatterns(): Promise<void> {
  refa ??= await import('refa');
}

/** States an automaton may have before the question is given up as too big. */
const MAX_NODES = 20_000;
/** ajv compiles `pattern` with the `u` flag; a JSON Schema pattern matches anywhere in the string. */
const FLAGS = 'u';

const languages = new Map<string, NFA | null>();

/** The top-level alternatives of a pattern's source; undefined when its groups or classes do not balance. */
function alternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return undefined;
  out.push(source.slice(start));
  return out;
}

/** Whether the alternative ends with an unescaped `$`. */
function endAnchored(alt: string): boolean {
  if (!alt.endsWith('$')) return false;
  let slashes = 0;
  for (let i = alt.length - 2; i >= 0 && alt[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/**
 * The strings a pattern accepts, as an NFA: each top-level alternative anchored where it says `^`
 * or `$` and open-ended elsewhere (search semantics). Undefined when refa cannot build it.
 */
export function patternLanguage(pattern: string): NFA | undefined {
  if (!refa) return undefined;
  const { JS, NFA } = refa;
  const known = languages.get(pattern);
  if (known !== undefined) return known ?? undefined;
  let nfa: NFA | null = null;
  const alts = alternatives(pattern);
  if (alts) {
    const source = alts
      .map((alt) => {
        const start = alt.startsWith('^');
        const end = endAnchored(alt);
        const body = alt.slice(start ? 1 : 0, end ? alt.length - 1 : alt.length);
        return `${start ? '' : '[^]*'}(?:${body})${end ? '' : '[^]*'}`;
      })
      .join('|');
    try {
      const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: FLAGS }).parse({
        backreferences: 'throw',
        assertions: 'throw',
      });
      nfa = NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw' }, new NFA.LimitedNodeFactory(MAX_NODES));
    } catch {
      nfa = null;
    }
  }
  if (languages.size > 5_000) languages.clear();
  languages.set(pattern, nfa);
  return nfa ?? undefined;
}

const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}[Tt\\s]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$';

/**
 * Regular supersets of what ajv-formats accepts for some formats (its full mode checks these shapes,
 * then ranges), so that "no string has this format and that pattern" can be decided: a superset
 * that is empty with the patterns proves the real language empty too.
 */
const FORMAT_SUPERSETS: Record<string, string> = {
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  time: '^\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$',
  'date-time': DATE_TIME,
  // Flow's own (flow-formats.ts); `datetime` is its name for `date-time`.
  datetime: DATE_TIME,
  ...FLOW_FORMAT_SUPERSETS,
};
/** Whether stringsEmpty reads this format as a regular language (one with a superset here). */
export const regularFormat = (format: string): boolean => Object.hasOwn(FORMAT_SUPERSETS, format);

/** Longer length bounds are left out of the automaton (dropping a constraint keeps an emptiness proof sound). */
const MAX_LENGTH_STATES = 200;

/**
 * Whether no string matches every pattern, has every format (those with a known regular superset)
 * and a length within [min, max]. False when it cannot tell.
 */
export function stringsEmpty(patterns: readonly string[], formats: readonly string[], min: number, max: number): boolean {
  const sources = [...patterns, ...formats.flatMap((f) => (regularFormat(f) ? [FORMAT_SUPERSETS[f]!] : []))];
  if (min > 0 || max < Infinity) {
    const hi = max <= MAX_LENGTH_STATES ? String(max) : '';
    if (min <= MAX_LENGTH_STATES && (min > 0 || hi !== '')) sources.push(`^[^]{${min},${hi}}$`);
  }
  if (sources.length === 0) return false;
  const langs = sources.map(patternLanguage);
  if (!refa || langs.some((l) => l === undefined)) return false;
  const { NFA } = refa;
  try {
    const factory = new NFA.LimitedNodeFactory(MAX_NODES);
    const all = (langs as NFA[]).reduce((acc, l) => NFA.fromIntersection(acc, l, factory));
    return all.isEmpty;
  } catch {
    return false;
  }
}

export type PatternAnswer = { result: 'subset' } | { result: 'not-subset'; witness: string } | { result: 'unknown' };

/** A readable string of a word set. */
const wordText = (ws: Parameters<typeof Words.pickMostReadableWord>[0]): string =>
  String.fromCodePoint(...refa!.Words.pickMostReadableWord(ws));

/**
 * Whether every string matching all of `gamma` matches `delta`; when not, the shortest such string
 * that does not. Unknown when a pattern is not regular in refa's terms or the automata grow too big.
 */
export function patternsEntail(gamma: readonly string[], delta: string): PatternAnswer {
  const q = patternLanguage(delta);
  const ps = gamma.map(patternLanguage);
  if (!refa || !q || ps.some((p) => p === undefined)) return { result: 'unknown' };
  const { DFA, NFA, getIntersectionWordSets } = refa;
  try {
    const factory = new NFA.LimitedNodeFactory(MAX_NODES);
    const left = (ps as NFA[]).reduce<NFA | undefined>((acc, p) => (acc ? NFA.fromIntersection(acc, p, factory) : p), undefined);
    const outside = DFA.fromFA(q, new DFA.LimitedNodeFactory(MAX_NODES));
    outside.complement();
    const from = left ?? NFA.all({ maxCharacter: q.maxCharacter });
    for (const ws of getIntersectionWordSets(from, outside, MAX_NODES)) return { result: 'not-subset', witness: wordText(ws) };
    return { result: 'subset' };
  } catch {
    return { result: 'unknown' };
  }
}

/** A readable string the pattern accepts, the shortest refa finds; undefined when there is none or it cannot tell. */
export function patternExample(pattern: string): string | undefined {
  const nfa = patternLanguage(pattern);
  if (!nfa) return undefined;
  try {
    for (const ws of nfa.wordSets()) return wordText(ws);
  } catch {
    // too big to walk
  }
  return undefined;
}
