import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError, errorMessage } from '../model/errors.js';
import type { JsonObject } from '../model/types.js';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The resource configs of the connector's test.flow.yaml (estuary's snapshot tests capture
 * those bindings): the capture opens these instead of every discovered binding. Undefined when
 * there is no such file or it lists no binding (then every discovered binding is opened).
 */
export function testFlowResources(connectorDir: string): JsonObject[] | undefined {
  const file = path.join(connectorDir, 'test.flow.yaml');
  if (!existsSync(file)) return undefined;
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: invalid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
  const captures = isObject(doc) && isObject(doc.captures) ? Object.values(doc.captures) : [];
  const bindings = captures.flatMap((c) => (isObject(c) && Array.isArray(c.bindings) ? c.bindings : []));
  const resources = bindings
    .map((b) => (isObject(b) && isObject(b.resource) ? b.resource : undefined))
    .filter((r): r is JsonObject => r !== undefined);
  return resources.length > 0 ? resources : undefined;
}
