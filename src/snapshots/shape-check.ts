import { Ajv, type ValidateFunction } from 'ajv';
import { InputError } from '../model/errors.js';

/** A file shape: its JSON Schema, and what a file of that shape is, for the error. */
export interface Shape {
  schema: object;
  what: string;
}

let ajv: Ajv | undefined;

/**
 * Checks values against file shapes, so that a wrong file fails with one line naming the file and
 * the place. Each shape is compiled on its first use: a command that reads no such file pays nothing.
 */
export function shapeChecker<K extends string>(shapes: Record<K, Shape>): (kind: K, value: unknown, where: string) => void {
  const compiled = new Map<K, ValidateFunction>();
  return (kind, value, where) => {
    let validate = compiled.get(kind);
    if (!validate) {
      // The shapes are this project's own, known valid: no meta-schema check (it costs more than they do).
      ajv ??= new Ajv({ strict: false, allErrors: false, validateSchema: false });
      validate = ajv.compile(shapes[kind].schema);
      compiled.set(kind, validate);
    }
    if (validate(value)) return;
    const e = validate.errors?.[0];
    throw new InputError(`${where}: not ${shapes[kind].what}: ${e?.instancePath || '(top level)'} ${e?.message ?? 'has the wrong shape'}`);
  };
}
