import { InputError } from '../model/errors.js';
import { shapeChecker } from './shape-check.js';
import { FLOW_CAPTURE_PROTOCOL, type Binding, type CapturedDoc, type SpecResponse } from '../model/types.js';

// The shapes of estuary's snapshot files (flow-protocol.md), checked so that a wrong file
// fails with one line that names the file and the place, not deep inside a comparison.
const specShape = {
  type: 'object',
  // Flow's runtime refuses a Spec response without these (go/protocols/capture/extensions.go).
  required: ['configSchema', 'resourceConfigSchema'],
  properties: {
    protocol: { type: 'integer' },
    configSchema: { type: ['object', 'boolean'] },
    resourceConfigSchema: { type: ['object', 'boolean'] },
    documentationUrl: { type: 'string' },
    // Absent, null or an object: Flow's runtime reads all three (flow-protocol.md).
    oauth2: { type: ['object', 'null'] },
    resourcePathPointers: { type: 'array', items: { type: 'string' } },
  },
};

const discoverShape = {
  type: 'array',
  items: {
    type: 'object',
    required: ['recommendedName', 'resourceConfig', 'documentSchema', 'key'],
    properties: {
      recommendedName: { type: 'string' },
      resourceConfig: { type: 'object' },
      documentSchema: { type: ['object', 'boolean'] },
      key: { type: 'array', items: { type: 'string' } },
      disable: { type: 'boolean' },
    },
  },
};

const captureShape = {
  type: 'array',
  items: {
    type: 'array',
    minItems: 2,
    maxItems: 2,
    items: [{ type: 'string' }, { type: 'object' }],
  },
};

const checks = {
  spec: { schema: specShape, what: 'a spec snapshot (a Spec response object, or an array holding one)' },
  discover: { schema: discoverShape, what: 'a discover snapshot (an array of discovered bindings)' },
  capture: { schema: captureShape, what: 'a capture snapshot (an array of [collection, document] pairs)' },
};
const check = shapeChecker(checks);

/** A spec stored as an array of one (flowctl raw spec) or as a bare object. */
export function asSpec(value: unknown, file: string): SpecResponse {
  let spec = value;
  if (Array.isArray(value)) {
    if (value.length !== 1) throw new InputError(`${file}: not ${checks.spec.what}: the array holds ${value.length} items`);
    spec = value[0];
  }
  if (spec && typeof spec === 'object' && 'spec' in spec && Object.keys(spec).length === 1) spec = (spec as { spec: unknown }).spec;
  check('spec', spec, file);
  const { protocol } = spec as SpecResponse;
  if (protocol !== undefined && protocol !== FLOW_CAPTURE_PROTOCOL) {
    throw new InputError(
      `${file}: protocol ${protocol} is not Flow's capture protocol ${FLOW_CAPTURE_PROTOCOL}: not a Flow capture connector's spec`,
    );
  }
  return spec as SpecResponse;
}

export function asBindings(value: unknown, file: string): Binding[] {
  check('discover', value, file);
  return value as Binding[];
}

export function asCapture(value: unknown, file: string): CapturedDoc[] {
  check('capture', value, file);
  return value as CapturedDoc[];
}
