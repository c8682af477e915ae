import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError, errorMessage } from '../model/errors.js';
import type { TestFlowBinding } from '../model/options.js';
import { isJsonObject as isObject } from '../model/json.js';

/**
 * The bindings of the connector's test.flow.yaml (estuary's snapshot tests capture those): the
 * capture opens these instead of every discovered binding, with the resource config and target
 * collection written there. A binding marked `disable: true` is listed with `disable` set, and is
 * not opened. Undefined when there is no such file or it lists no binding (then every discovered
 * binding not marked disabled is opened).
 */
export function testFlowBindings(connectorDir: string): TestFlowBinding[] | undefined {
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
  const listed = bindings.flatMap((b): TestFlowBinding[] =>
    isObject(b) && isObject(b.resource)
      ? [
          {
            resource: b.resource,
            disable: b.disable === true,
            ...(typeof b.target === 'string' ? { target: b.target } : {}),
            ...(Number.isInteger(b.backfill) && (b.backfill as number) > 0 ? { backfill: b.backfill as number } : {}),
          },
        ]
      : [],
  );
  return listed.length > 0 ? listed : undefined;
}
