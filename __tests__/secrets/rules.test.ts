// sops rules the fixtures do not cover (Estuary's encrypted_suffix, mac_only_encrypted, regexes,
// comment regexes), on documents written here the way sops writes them (aes/cipher.go Encrypt).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptWithDataKey } from '../../src/secrets/index.js';
import { LASTMODIFIED, encryptValue, encryptedMac } from './encrypt.js';

const KEY = randomBytes(32);
const enc = (plain: string, aad: string, type = 'str') => encryptValue(KEY, plain, aad, type);

/** The `sops:` block with a MAC over `macValues` (in document order), seeded when macOnly. */
function sopsBlock(macValues: string[], rule: string, macOnly = false): string {
  const mac = encryptedMac(KEY, macValues, macOnly);
  return [
    'sops:',
    '  gcp_kms:',
    '    - resource_id: projects/p/locations/global/keyRings/r/cryptoKeys/k',
    '      created_at: "2025-01-02T03:04:05Z"',
    '      enc: CiQAxxxx',
    `  lastmodified: "${LASTMODIFIED}"`,
    `  mac: ${mac}`,
    `  ${rule}`,
    ...(macOnly ? ['  mac_only_encrypted: true'] : []),
    '  version: 3.9.0',
  ].join('\n');
}

const estuaryStyle = (macOnly: boolean, host = 'db.example.com') => `host: ${host}
port: 5432
"7": seven
credentials:
  user: flow
  password_sops: ${enc('s3cret', 'credentials:password_sops:')}
tokens_sops:
  - ${enc('t1', 'tokens_sops:')}
  - ${enc('42', 'tokens_sops:', 'int')}
${sopsBlock(macOnly ? ['s3cret', 't1', '42'] : ['db.example.com', '5432', 'seven', 'flow', 's3cret', 't1', '42'], 'encrypted_suffix: _sops', macOnly)}
`;

describe('encrypted_suffix (Estuary connector configs)', () => {
  it('decrypts only the suffixed keys and strips the suffix, as Flow does', () => {
    const { config, json, secrets } = decryptWithDataKey(estuaryStyle(false), 'config.yaml', KEY);
    expect(config).toEqual({
      host: 'db.example.com',
      port: 5432,
      '7': 'seven',
      credentials: { user: 'flow', password: 's3cret' },
      tokens: ['t1', 42],
    });
    expect(secrets.sort()).toEqual(['s3cret', 't1']);
    // Printed in the order written, although a JavaScript object would put "7" first.
    expect(Object.keys(JSON.parse(json))[0]).toBe('7');
    expect(json.indexOf('"host"')).toBeLessThan(json.indexOf('"7"'));
  });

  it('covers plaintext values with the MAC', () => {
    const text = estuaryStyle(false).replace('host: db.example.com', 'host: evil.example.com');
    expect(() => decryptWithDataKey(text, 'config.yaml', KEY)).toThrow(/^MAC mismatch/);
  });
});

describe('mac_only_encrypted', () => {
  it('hashes only encrypted values after the fixed seed', () => {
    expect(decryptWithDataKey(estuaryStyle(true), 'config.yaml', KEY).config).toMatchObject({ credentials: { password: 's3cret' } });
  });

  it('so a plaintext value may change, as with sops', () => {
    const text = estuaryStyle(true, 'other.example.com');
    expect(decryptWithDataKey(text, 'config.yaml', KEY).config).toMatchObject({ host: 'other.example.com' });
  });
});

describe('regex rules', () => {
  it('unencrypted_regex leaves matching keys in clear', () => {
    const text = `public_key: abc\nprivate: ${enc('p', 'private:')}\n${sopsBlock(['abc', 'p'], 'unencrypted_regex: ^public')}\n`;
    expect(decryptWithDataKey(text, 'c.yaml', KEY)).toMatchObject({ config: { public_key: 'abc', private: 'p' }, secrets: ['p'] });
  });

  it('encrypted_comment_regex encrypts the entry after a matching comment only', () => {
    const text = `# sops:enc\nsecret: ${enc('x', 'secret:')}\nplain: visible\n${sopsBlock(['x', 'visible'], 'encrypted_comment_regex: sops:enc')}\n`;
    expect(decryptWithDataKey(text, 'c.yaml', KEY)).toMatchObject({ config: { secret: 'x', plain: 'visible' }, secrets: ['x'] });
  });

  it('unencrypted_comment_regex keeps the entry after a matching comment in clear', () => {
    const text = `# keep\nopen: visible\nsecret: ${enc('x', 'secret:')}\n${sopsBlock(['visible', 'x'], 'unencrypted_comment_regex: keep')}\n`;
    expect(decryptWithDataKey(text, 'c.yaml', KEY)).toMatchObject({ config: { open: 'visible', secret: 'x' }, secrets: ['x'] });
  });

  it('refuses a file with two rules', () => {
    const text = `a: b\n${sopsBlock(['b'], 'encrypted_regex: ^x$\n  encrypted_suffix: _sops')}\n`;
    expect(() => decryptWithDataKey(text, 'c.yaml', KEY)).toThrow(/more than one of encrypted_suffix, encrypted_regex/);
  });
});

describe('value types', () => {
  it('reads float, bool and time values, and hashes them as Go prints them', () => {
    const text = [
      `f: ${enc('1e+21', 'f:', 'float')}`,
      `b: ${enc('False', 'b:', 'bool')}`,
      `t: ${enc('2024-01-02T03:04:05Z', 't:', 'time')}`,
      sopsBlock(['1000000000000000000000', 'False', '2024-01-02T03:04:05Z'], 'unencrypted_suffix: _unencrypted'),
    ].join('\n');
    expect(decryptWithDataKey(text, 'c.yaml', KEY).config).toEqual({ f: 1e21, b: false, t: '2024-01-02T03:04:05Z' });
  });
});
