// sops documents written here the way sops writes them (aes/cipher.go Encrypt, sops.go MAC), for
// rules the fixtures do not cover and for end-to-end tests that need a config encrypted for a key of ours.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { Encrypter, armor } from 'age-encryption';

export const LASTMODIFIED = '2025-01-02T03:04:05Z';
const SEED = createHash('sha256').update('sops').digest();

/** One encrypted leaf value: AES-256-GCM with a 32-byte IV, the key path (`a:b:`) as additional data. */
export function encryptValue(dataKey: Uint8Array, plain: string, aad: string, type = 'str'): string {
  const iv = randomBytes(32);
  const c = createCipheriv('aes-256-gcm', dataKey, iv).setAAD(Buffer.from(aad));
  const data = Buffer.concat([c.update(plain), c.final()]);
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${c.getAuthTag().toString('base64')},type:${type}]`;
}

/** The encrypted MAC over `values` (in document order), seeded when macOnly. */
export function encryptedMac(dataKey: Uint8Array, values: readonly string[], macOnly = false): string {
  const h = createHash('sha512');
  if (macOnly) h.update(SEED);
  for (const v of values) h.update(v);
  return encryptValue(dataKey, h.digest('hex').toUpperCase(), LASTMODIFIED);
}

/**
 * A flat YAML config encrypted for one age recipient with Estuary's `encrypted_suffix: _sops`:
 * values of keys ending in `_sops` are encrypted, the others stay in clear.
 */
export async function ageEncryptedConfig(values: Record<string, string>, recipient: string): Promise<string> {
  const dataKey = randomBytes(32);
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  const enc = armor.encode(await encrypter.encrypt(dataKey));
  const lines = Object.entries(values).map(
    ([k, v]) => `${k}: ${k.endsWith('_sops') ? encryptValue(dataKey, v, `${k}:`) : JSON.stringify(v)}`,
  );
  return [
    ...lines,
    'sops:',
    '  age:',
    `    - recipient: ${recipient}`,
    '      enc: |',
    ...enc
      .trimEnd()
      .split('\n')
      .map((l) => `        ${l}`),
    `  lastmodified: "${LASTMODIFIED}"`,
    `  mac: ${encryptedMac(dataKey, Object.values(values))}`,
    '  encrypted_suffix: _sops',
    '  version: 3.9.0',
    '',
  ].join('\n');
}
