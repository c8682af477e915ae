import { accepts, propertyNodes, type Faults } from './evaluate.js';
import type { ErrorObject } from 'ajv';
import { partsOf } from './parts.js';
import { covers, mergedShape, pruneFor } from './prune.js';
import { loadDoc, type Doc, type SNode } from './resolve.js';
import { compiled, type Compiled } from './validate.js';

/** Where and why a document is invalid: ajv's instance path and message. */
export interface Problem {
  pointer: string;
  message: string;
}

export interface DocumentCheck {
  /** Problems of one document; empty when it is valid, or when the schema itself is invalid (discover reports that). */
  problems(doc: unknown): Problem[];
}

/**
 * Compiling a wide discovered schema with ajv costs tens to hundreds of milliseconds, far more
 * than reading a handful of documents with the engine's interpreter, which gives ajv's reading of
 * every keyword. So the first documents are interpreted, and ajv compiles (once per schema, cached)
 * when a collection turns out to hold many documents, when the interpreter cannot tell, or to
 * confirm and explain a rejection: a problem is only ever reported from ajv's own errors.
 */
const INTERPRET_FIRST = 32;

const explain = (c: Compiled | string, value: unknown): Problem[] => (typeof c === 'string' ? [] : c.rawErrors(value).map(asProblem));

const asProblem = (e: ErrorObject): Problem => ({ pointer: e.instancePath, message: e.message ?? e.keyword });

/** The document's top-level properties whose values the schema's property schemas reject. */
function faultyPart(root: SNode, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(v)
      .filter((k) => !propertyNodes(root, k).every((n) => accepts(n, v[k])))
      .map((k) => [k, v[k]]),
  );
}

/** Shapes a check compiles the schema pruned for before it compiles the whole schema (documents that keep bringing new fields). */
const MAX_SHAPES = 8;
/**
 * The interpreted documents from this one on make the shape of ajv's first compile: a collection
 * of a few documents (a catalog's) keeps none, one of many compiles once for what most hold.
 */
const SHAPE_FROM = 8;

/**
 * `schema` is what the interpreter reads and what ajv explains rejections from. For many
 * documents ajv compiles the schema pruned to the fields the documents checked so far hold (a
 * wide discovered schema, pruned to what a source sends, is a far smaller compile), again when a
 * document brings a field the pruned one left out, and the whole schema past MAX_SHAPES: pruned
 * for a document, a schema judges that document as the whole one does (prune.ts).
 */
export function documentCheck(schema: unknown): DocumentCheck {
  let seen = 0;
  let doc: Doc | undefined | null;
  let ajv: Compiled | string | undefined;
  /** The fields of the documents checked (a mergedShape), for which ajv compiles the schema pruned. */
  let shape: unknown;
  let shapes = 0;
  const grow = (value: unknown) => {
    shape = mergedShape(shape === undefined ? [value] : [shape, value]);
  };
  // Compiled to explain: a rejected document then needs no second compile, and a valid one costs the same.
  const compile = (value: unknown): Compiled | string => {
    if (shapes > MAX_SHAPES || (ajv !== undefined && covers(shape, value))) return (ajv ??= compiled(schema, 'explain'));
    grow(value);
    if (++shapes > MAX_SHAPES) return (ajv = compiled(schema, 'explain'));
    return (ajv = compiled(pruneFor(schema, shape), 'explain'));
  };
  const interpreted = (value: unknown, faults: Faults): boolean | undefined => {
    if (seen++ >= INTERPRET_FIRST || doc === null) return undefined;
    if (seen > SHAPE_FROM) grow(value);
    try {
      doc ??= loadDoc(schema, true);
      return accepts(doc.root, value, 0, false, faults);
    } catch {
      // Unsupported construct or unresolvable $ref: let ajv decide from now on.
      doc = null;
      return undefined;
    }
  };
  return {
    problems(value) {
      const faults: Faults = { keys: [], complete: false };
      const verdict = interpreted(value, faults);
      if (verdict === true) return [];
      if (verdict === false && doc) {
        // Rejected: ajv explains it from the root's own keywords and the top-level properties the
        // interpreter found at fault, part by part (shared small validators) where the schema allows,
        // else from the schema pruned to those properties: a small compile instead of the wide schema.
        // The properties the verdict already found at fault, when it judged them all.
        const faulty = faults.complete
          ? Object.fromEntries(faults.keys.map((k) => [k, (value as Record<string, unknown>)[k]]))
          : faultyPart(doc.root, value);
        const parts = partsOf(schema)?.errors(value, Object.keys(faulty));
        const explained = parts ? parts.map(asProblem) : explain(compiled(pruneFor(schema, faulty), 'explain'), value);
        if (explained.length > 0) return explained;
      }
      const checked = compile(value);
      return typeof checked === 'string' || checked.validate(value) ? [] : explain(checked, value);
    },
  };
}
