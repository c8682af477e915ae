// What the rest of the project uses of the engine: nothing outside src/schema imports its files directly.
export { documentCheck, type DocumentCheck } from './document-check.js';
export { accepts as interpret } from './evaluate.js';
export { partsOf } from './parts.js';
export { pruneFor } from './prune.js';
export { loadDoc, type Doc } from './resolve.js';
export { canonicalText, validator } from './validate.js';

export { isSubset, type SubsetAnswer, type SubsetOptions } from './subset.js';
export { loadEngine, loadEngineFor, loadEngineToCompare } from './load.js';

// Per-field helpers the Flow rules build on: a schema's fields, a field's own schema, witness documents.
export { alternativesOf, collectFields, type FieldInfo, type JsonType } from './fields.js';
export { BOUNDS, localSchema, subsetOf } from './local.js';
export { walkPlans, type WalkPlan } from './unchanged.js';
export { accepts, ajvAccepts, complaints, exampleValue, placed, REMOVE, verdict } from './witness-doc.js';
