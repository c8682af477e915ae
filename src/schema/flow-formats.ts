import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * The string formats Flow checks that ajv-formats does not know, checked as Flow checks them
 * (estuary/flow, crates/json/src/schema/formats.rs: `Format` and `Format::validate`). Without them
 * a `format: integer` (source-hubspot's discovered schemas say it of ids that may be numeric
 * strings) was an annotation here and an assertion in Flow: a document Flow refuses passed. Formats apply to strings only
 * (Flow's validator checks `Keyword::Format` in `visit_string`).
 */

/**
 * Whether Rust's bigdecimal 0.4 (the version in Flow's Cargo.lock) parses the text, and whether the
 * number it parses is an integer: `BigDecimal::from_str_radix` (src/impl_num.rs) splits at the
 * first `e`/`E` an exponent `i128::from_str` reads, joins the digits either side of the first `.`
 * (a `.` that ends the text adds none) and reads them with num-bigint's `BigInt::from_str_radix`
 * (one `-`, then one `+` unless a second follows, then ASCII digits); the scale (digits after the
 * `.` less the exponent) must fit an i64. `is_integer`: the scale is <= 0 or the digits end in at
 * least scale zeros (src/lib.rs). Flow refuses any `_` before asking, so digit separators never count.
 */
function bigDecimal(text: string): { integer: boolean } | undefined {
  // Plain integers, most of what `format: integer` fields hold, need none of the steps below.
  if (/^[+-]?[0-9]+$/.test(text)) return { integer: true };
  const e = text.search(/[eE]/);
  const base = e < 0 ? text : text.slice(0, e);
  let exponent = 0n;
  if (e >= 0) {
    const written = text.slice(e + 1);
    // i128::from_str: an optional sign, then digits; more than 39 significant digits cannot fit.
    if (!/^[+-]?[0-9]+$/.test(written) || written.replace(/^[+-]?0*/, '').length > 39) return undefined;
    exponent = BigInt(written);
    if (exponent >= 2n ** 127n || exponent < -(2n ** 127n)) return undefined;
  }
  if (base === '') return undefined;
  const dot = base.indexOf('.');
  let digits = base;
  let after = 0n;
  if (dot >= 0) {
    digits = base.slice(0, dot) + base.slice(dot + 1);
    if (dot < base.length - 1) after = BigInt([...base.slice(dot + 1)].length);
  }
  const scale = after - exponent;
  if (scale >= 2n ** 63n || scale < -(2n ** 63n)) return undefined;
  // BigInt::from_str_radix: a `-` is taken unless `+` follows it; BigUint then takes one `+` unless another follows.
  if (digits.startsWith('-') && digits[1] !== '+') digits = digits.slice(1);
  if (digits.startsWith('+') && digits[1] !== '+') digits = digits.slice(1);
  if (!/^[0-9]+$/.test(digits)) return undefined;
  if (scale <= 0n) return { integer: true };
  // int_val % 10^scale == 0: the digits end in at least scale zeros, or are all zeros.
  let zeros = 0;
  while (zeros < digits.length && digits[digits.length - 1 - zeros] === '0') zeros++;
  return { integer: zeros === digits.length || BigInt(zeros) >= scale };
}

const MACADDR = /^([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}$/;
const MACADDR8 = /^([0-9A-Fa-f]{2}[:-]?){7}[0-9A-Fa-f]{2}$/;
const SHA256 = /^sha256:[0-9A-Fa-f]{64}$/;

/** Every text `number` and `integer` take: signs, digits and a dot, then an exponent; or NaN, Infinity. */
const NUMBER_TEXT = '^(?:[-+.0-9]+(?:[eE][-+]?[0-9]+)?|NaN|-?Infinity)$';

/** Regular supersets of each format's strings, for the prover's emptiness proofs (macaddr, macaddr8 and sha256 exactly). */
export const FLOW_FORMAT_SUPERSETS: Readonly<Record<string, string>> = {
  integer: NUMBER_TEXT,
  uint32: NUMBER_TEXT,
  uint64: NUMBER_TEXT,
  number: NUMBER_TEXT,
  macaddr: MACADDR.source,
  macaddr8: MACADDR8.source,
  sha256: SHA256.source,
};

const integer = (s: string): boolean => !s.includes('_') && bigDecimal(s)?.integer === true;
/** `date-time` as this project reads it (ajv-formats'), under Flow's other name for it. */
const dateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

/** Flow's checks of the formats ajv-formats lacks, by every name Flow's `Format` reads (aliases included). */
export const FLOW_FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  integer,
  uint32: integer,
  uint64: integer,
  number: (s) => (!s.includes('_') && bigDecimal(s) !== undefined) || s === 'NaN' || s === 'Infinity' || s === '-Infinity',
  macaddr: (s) => MACADDR.test(s),
  macaddr8: (s) => MACADDR8.test(s),
  sha256: (s) => SHA256.test(s),
  datetime: (s) => dateTime(s),
};

/**
 * Names Flow reads as the same format as another (`#[serde(alias = ...)]` on `Format`): `datetime`
 * is `date-time`, and `uint32`/`uint64` are `integer`.
 */
const FORMAT_ALIASES: Readonly<Record<string, string>> = { datetime: 'date-time', uint32: 'integer', uint64: 'integer' };

/** Whether every string of format `a` has format `b` (the same format under any name, or an integer string being a number). */
export function formatImplies(a: string, b: string): boolean {
  const named = (f: string) => (Object.hasOwn(FORMAT_ALIASES, f) ? FORMAT_ALIASES[f]! : f);
  return named(a) === named(b) || (named(a) === 'integer' && named(b) === 'number');
}
