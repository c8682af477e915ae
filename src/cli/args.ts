import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, errorMessage } from '../model/errors.js';
import type { FailOn } from '../model/types.js';

/** parseArgs with its errors turned into one-line input errors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`${errorMessage(err).replace(/\. To specify.*$/s, '')}\nusage: ${usage}`);
  }
}

export function parseFailOn(value: string | undefined): FailOn {
  const v = value ?? 'breaking';
  if (v === 'breaking' || v === 'warning' || v === 'never') return v;
  throw new InputError(`--fail-on must be breaking, warning or never, not '${v}'`);
}
