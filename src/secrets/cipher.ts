// One sops value: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (getsops/sops aes/cipher.go).
import { createDecipheriv } from 'node:crypto';

const ENC = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type DecryptedValue = string | number | boolean;

/** Why a value could not be decrypted; the message names only the place, never the content. */
export class ValueError extends Error {
  override name = 'ValueError';
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && ENC.test(value);
}

function base64(text: string, part: string): Buffer {
  if (!B64.test(text) || text.length % 4 !== 0) throw new ValueError(`its ${part} is not valid base64`);
  return Buffer.from(text, 'base64');
}

/**
 * Decrypts one value with the 32-byte data key. `additionalData` is the map keys from the root
 * joined by `:` with a trailing `:` (sops.go), or `lastmodified` for the MAC.
 * Returns the typed plaintext; `comment` comes back as its text.
 */
export function decryptValue(ciphertext: string, key: Uint8Array, additionalData: string): DecryptedValue {
  // sops leaves empty strings unencrypted, and its Decrypt returns "" for them.
  if (ciphertext === '') return '';
  const m = ENC.exec(ciphertext);
  if (!m) throw new ValueError('it is not in sops ENC[AES256_GCM,...] form');
  const [, data, iv, tag, type] = m as unknown as [string, string, string, string, string];
  const tagBytes = base64(tag, 'tag');
  if (tagBytes.length !== 16) throw new ValueError('its tag is not 16 bytes');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, base64(iv, 'iv'));
    decipher.setAAD(Buffer.from(additionalData, 'utf8'));
    decipher.setAuthTag(tagBytes);
    plain = Buffer.concat([decipher.update(base64(data, 'data')), decipher.final()]);
  } catch (err) {
    if (err instanceof ValueError) throw err;
    throw new ValueError('authentication failed (wrong data key, a changed value, or a value moved to another key)');
  }
  return typed(plain.toString('utf8'), type);
}

function typed(text: string, type: string): DecryptedValue {
  switch (type) {
    case 'str':
    case 'bytes':
    case 'comment':
    // sops writes time values as RFC 3339 text; JSON has no time type, so the text is the value.
    case 'time':
      return text;
    case 'int':
    case 'int64':
      if (!/^[+-]?\d+$/.test(text)) throw new ValueError(`its plaintext is not an ${type}`);
      return Number(text);
    case 'float': {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n)) throw new ValueError('its plaintext is not a float');
      return n;
    }
    case 'bool':
      return parseGoBool(text);
    default:
      throw new ValueError(`its type '${type}' is unknown`);
  }
}

// strconv.ParseBool's accepted spellings.
function parseGoBool(text: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  throw new ValueError('its plaintext is not a bool');
}

/** The bytes a value adds to the MAC (sops.go ToBytes): Go's decimal float text, bools as True/False. */
export function macText(value: DecryptedValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return goFloat(value);
  return value;
}

/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function goFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return Object.is(n, -0) ? '-0' : s;
  const [, sign, lead, frac = '', exp] = m as unknown as [string, string, string, string | undefined, string];
  const digits = lead + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
