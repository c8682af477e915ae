// The formats ajv-formats leaves unchecked, checked with @hyperjump/json-schema-formats (written by a
// JSON Schema author against the JSON Schema test suite): `idn-hostname` (IDNA2008, RFC 5890-5893,
// through the idn-hostname package), `idn-email` (RFC 6531), `iri` and `iri-reference` (RFC 3987).
// Loaded lazily with the rest of the engine; until then the four stay unchecked, as ajv leaves them.
import type { Ajv } from 'ajv';

type Formats = typeof import('@hyperjump/json-schema-formats');
let formats: Formats | undefined;

const CHECKS = {
  'idn-hostname': 'isIdn',
  'idn-email': 'isIdnEmail',
  iri: 'isIri',
  'iri-reference': 'isIriReference',
} as const satisfies Record<string, keyof Formats>;

type Name = keyof typeof CHECKS;

/** Loads the format checks (the IDNA tables are 180 KB) once, before the first question. */
export async function loadIdnFormats(): Promise<void> {
  formats ??= await import('@hyperjump/json-schema-formats');
}

/** Whether the format is one of these. */
export const isIdnFormat = (name: string): name is Name => Object.hasOwn(CHECKS, name);

/** Whether `name` is one of these formats and its check is loaded. */
export const checksIdnFormat = (name: string): boolean => formats !== undefined && isIdnFormat(name);

/**
 * The package's `isIdn` (used by `idn-email` too) prints each IDNA error it catches with console.log
 * (`src/uts46.js`); this project's stdout carries reports and `--batch` answers, so the call is
 * made with console.log silenced. The check is synchronous: nothing else runs meanwhile.
 */
function quietly(check: (value: string) => boolean, value: string): boolean {
  const log = console.log;
  console.log = () => {};
  try {
    return check(value);
  } finally {
    console.log = log;
  }
}

/** Adds the four formats to an ajv instance; before loading, each accepts every string (ajv's default). */
export function addIdnFormats(ajv: Ajv): void {
  for (const name of Object.keys(CHECKS) as Name[]) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => formats === undefined || quietly(formats[CHECKS[name]], value) });
  }
}
