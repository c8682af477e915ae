import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { getAt, joinPointer, parsePointer } from '../model/pointer.js';
import type { Binding, Finding, Report, Side } from '../model/types.js';
import { DEFAULT_RESOURCE_PATH_POINTERS, resourcePathLabel, resourcePathOf } from '../normalize/index.js';
import { isJsonObject as isObject } from '../model/json.js';

/**
 * A snapshot file's text with positions. JSON is YAML, and yaml's parser keeps every node's
 * source range, so a path of keys and indexes maps to the line where that key or item is written.
 */
export class SnapshotText {
  private readonly lines = new LineCounter();
  private readonly doc: Document.Parsed;
  readonly value: unknown;

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false });
    this.value = JSON.parse(text);
  }

  private line(offset: number): number {
    return Math.max(1, this.lines.linePos(offset).line);
  }

  /** The line of the deepest node on the path that exists, and how many of the path's steps it got through. */
  lineOf(path: readonly (string | number)[]): { line: number; depth: number } {
    let node: unknown = this.doc.contents;
    let line = this.line(this.doc.contents?.range?.[0] ?? 0);
    let depth = 0;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair || !isScalar(pair.key)) break;
        line = this.line(pair.key.range?.[0] ?? 0);
        node = pair.value;
      } else if (isSeq(node) && Number.isInteger(Number(step)) && node.items[Number(step)]) {
        const item = node.items[Number(step)] as { range?: [number, number, number] };
        line = this.line(item.range?.[0] ?? 0);
        node = item;
      } else break;
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

/** The path of keys and indexes in one side's file of the finding's stage that the finding is about. */
function pathIn(f: Finding, text: SnapshotText, specFile: SnapshotText | undefined): (string | number)[] {
  const tokens = parsePointer(f.pointer ?? '');
  const value = text.value;
  if (f.stage === 'spec') return [...specPath(value), ...tokens];
  if (!Array.isArray(value)) return tokens;
  if (f.stage === 'discover') {
    const pointers = resourcePathPointers(specFile);
    const index = value.findIndex((b) => isObject(b) && resourcePathLabel(resourcePathOf(b as Binding, pointers)) === f.binding);
    return index < 0 ? [] : [index, ...tokens];
  }
  // capture: the first document of the collection that has the field, else its first document
  // (where the path then stops short, so that the other side's file is preferred).
  const ofCollection = (pair: unknown): boolean => Array.isArray(pair) && pair[0] === f.binding;
  const withField = value.findIndex((pair) => ofCollection(pair) && (f.pointer === undefined || getAt(pair[1], f.pointer) !== undefined));
  const index = withField >= 0 ? withField : value.findIndex(ofCollection);
  return index < 0 ? [] : f.pointer === undefined ? [index, 0] : [index, 1, ...tokens];
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
