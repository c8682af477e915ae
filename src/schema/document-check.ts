import { accepts, propertyNodes } from './evaluate.js';
import { pruneFor } from './prune.js';
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

const explain = (c: Compiled | string, value: unknown): Problem[] =>
  typeof c === 'string' || c.validate(value) ? [] : c.rawErrors(value).map((e) => ({ pointer: e.instancePath, message: e.message ?? e.keyword }));

/** The document's top-level properties whose values the schema's property schemas reject. */
function faultyPart(root: SNode, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(v).filter((k) => !propertyNodes(root, k).every((n) => accepts(n, v[k]))).map((k) => [k, v[k]]));
}

export function documentCheck(schema: unknown): DocumentCheck {
  let seen = 0;
  let doc: Doc | undefined | null;
  let ajv: Compiled | string | undefined;
  const compile = (): Compiled | string => (ajv ??= compiled(schema));
  const interpreted = (value: unknown): boolean | undefined => {
    if (seen++ >= INTERPRET_FIRST || doc === null) return undefined;
    try {
      doc ??= loadDoc(schema);
      return accepts(doc.root, value);
    } catch {
      // Unsupported construct or unresolvable $ref: let ajv decide from now on.
      doc = null;
      return undefined;
    }
  };
  return {
    problems(value) {
      const verdict = interpreted(value);
      if (verdict === true) return [];
      // Rejected: ajv explains it from the schema pruned to the top-level properties the
      // interpreter found at fault, a small compile instead of the whole wide schema.
      if (verdict === false && doc) {
        const explained = explain(compiled(pruneFor(schema, faultyPart(doc.root, value))), value);
        if (explained.length > 0) return explained;
      }
      return explain(compile(), value);
    },
  };
}
