import { getAt, joinPointer, parsePointer } from '../model/pointer.js';
import type { Binding, Finding, Report, Side } from '../model/types.js';
import { DEFAULT_RESOURCE_PATH_POINTERS, resourcePathLabel, resourcePathOf } from '../normalize/index.js';
import { isJsonObject as isObject } from '../model/json.js';
import { JsonPositions } from './json-positions.js';

/** A snapshot file's text with positions: a path of keys and indexes maps to the line where that key or item is written. */
export class SnapshotText {
  private readonly positions: JsonPositions;
  readonly value: unknown;

  constructor(text: string) {
    this.value = JSON.parse(text);
    this.positions = new JsonPositions(text);
  }

  /** The line of the deepest node on the path that exists, and how many of the path's steps it got through. */
  lineOf(path: readonly (string | number)[]): { line: number; depth: number } {
    let at = this.positions.root;
    let line = this.positions.lineOf(at);
    let depth = 0;
    for (const step of path) {
      const member = this.positions.member(at, step);
      if (!member) break;
      line = this.positions.lineOf(member.at);
      at = member.value;
      depth++;
    }
    return { line, depth };
  }
}

export type SnapshotReader = (file: string) => SnapshotText | undefined;

export interface Place {
  file: string;
  line: number;
}

/** Where the Spec object sits in a spec file: `[Spec]`, `Spec`, or `[{"spec": Spec}]` (as snapshots/shapes.ts reads them). */
function specPath(value: unknown): (string | number)[] {
  const path: (string | number)[] = Array.isArray(value) ? [0] : [];
  const spec = Array.isArray(value) ? value[0] : value;
  if (isObject(spec) && 'spec' in spec && Object.keys(spec).length === 1) path.push('spec');
  return path;
}

function resourcePathPointers(specFile: SnapshotText | undefined): readonly string[] {
  if (!specFile) return DEFAULT_RESOURCE_PATH_POINTERS;
  const spec = getAt(specFile.value, joinPointer('', ...specPath(specFile.value)));
  const pointers = isObject(spec) ? spec.resourcePathPointers : undefined;
  return Array.isArray(pointers) ? (pointers as string[]) : DEFAULT_RESOURCE_PATH_POINTERS;
}

const bindingIndexes = new WeakMap<SnapshotText, { pointers: readonly string[]; index: Map<string, number> }>();

/** Each binding's place in a discover file by its resource path label (the first, where two share one), read once per file. */
function bindingIndex(text: SnapshotText, bindings: unknown[], pointers: readonly string[]): Map<string, number> {
  const known = bindingIndexes.get(text);
  if (known && known.pointers === pointers) return known.index;
  const index = new Map<string, number>();
  bindings.forEach((b, i) => {
    if (!isObject(b)) return;
    const label = resourcePathLabel(resourcePathOf(b as Binding, pointers));
    if (!index.has(label)) index.set(label, i);
  });
  bindingIndexes.set(text, { pointers, index });
  return index;
}

const documentIndexes = new WeakMap<SnapshotText, Map<unknown, number[]>>();

/** The places of a capture file's documents by their collection, in order, read once per file. */
function documentIndex(text: SnapshotText, pairs: unknown[]): Map<unknown, number[]> {
  let index = documentIndexes.get(text);
  if (!index) {
    index = new Map();
    for (const [i, pair] of pairs.entries()) if (Array.isArray(pair)) (index.get(pair[0]) ?? index.set(pair[0], []).get(pair[0])!).push(i);
    documentIndexes.set(text, index);
  }
  return index;
}

/** The path of keys and indexes in one side's file of the finding's stage that the finding is about. */
function pathIn(f: Finding, text: SnapshotText, specFile: SnapshotText | undefined): (string | number)[] {
  const tokens = parsePointer(f.pointer ?? '');
  const value = text.value;
  if (f.stage === 'spec') return [...specPath(value), ...tokens];
  if (!Array.isArray(value)) return tokens;
  if (f.stage === 'discover') {
    const index = f.binding === undefined ? undefined : bindingIndex(text, value, resourcePathPointers(specFile)).get(f.binding);
    return index === undefined ? [] : [index, ...tokens];
  }
  // capture: the first document of the collection that has the field, else its first document
  // (where the path then stops short, so that the other side's file is preferred).
  const mine = documentIndex(text, value).get(f.binding) ?? [];
  const withField = mine.find((i) => f.pointer === undefined || getAt((value[i] as unknown[])[1], f.pointer) !== undefined);
  const index = withField ?? mine[0];
  return index === undefined ? [] : f.pointer === undefined ? [index, 0] : [index, 1, ...tokens];
}

/** Sides whose snapshot file can show the finding, in order of preference. */
function sidesOf(f: Finding): Side[] {
  if (f.origin === 'baseline-snapshot') return ['baseline'];
  if (f.origin === 'candidate-snapshot') return ['candidate'];
  // The candidate's file is the one a pull request changes; a removed thing exists only in the baseline's.
  return ['candidate', 'baseline'];
}

/**
 * The file and line a finding is about: the binding or field in the side's snapshot file where it
 * is written, the candidate's when it is there, else the baseline's, else the nearest enclosing node.
 */
export function locateFinding(f: Finding, files: Report['files'], read: SnapshotReader): Place | undefined {
  if (f.stage === 'migration') return undefined;
  let best: (Place & { depth: number }) | undefined;
  for (const side of sidesOf(f)) {
    const file = files?.[side]?.[f.stage];
    const text = file === undefined ? undefined : read(file);
    if (!file || !text) continue;
    const specFile = files?.[side]?.spec;
    const path = pathIn(f, text, specFile === undefined ? undefined : read(specFile));
    const at = text.lineOf(path);
    if (path.length > 0 && at.depth === path.length) return { file, line: at.line };
    if (!best || at.depth > best.depth) best = { file, line: at.line, depth: at.depth };
  }
  return best && { file: best.file, line: best.line };
}
