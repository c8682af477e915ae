import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { decryptValue } from '../../src/secrets/cipher.js';
import { decryptWithDataKey } from '../../src/secrets/index.js';
import { gpgAvailable, haveSops, pgpDataKey, read } from './fixtures.js';

const decrypt = (file: string) => decryptWithDataKey(read(`pgp-getsops/${file}`), file, pgpDataKey(file));

describe.skipIf(!haveSops('pgp sops files'))('sops files of the getsops test suite, opened with their data keys', () => {
  it.each(['format.enc.yaml', 'format.enc.json'])('decrypts %s', (file) => {
    expect(decrypt(file)).toMatchObject({ config: { foo: 'bar' }, secrets: ['bar'] });
  });

  // DATA_KEYS.derived.json lacks these; their keys come from the sops test PGP key through gpg.
  describe.skipIf(!gpgAvailable && process.env.CI !== 'true')('dotenv and INI stores (data key from gpg)', () => {
    it.each(['format.enc.ini', 'format-2.enc.ini'])('decrypts %s into sections', (file) => {
      expect(decrypt(file)).toMatchObject({ config: { foo: { bar: 'baz' } } });
    });

    it('decrypts format.enc.env keeping key and value as sops reads them', () => {
      // The line is `foo =ENC[...]`: sops's key is `foo ` (with the space), and so is the additional data.
      expect(decrypt('format.enc.env').config).toEqual({ 'foo ': ' bar' });
    });
  });

  it('decrypts the nested example.yaml: lists, booleans, numbers, _unencrypted subtrees', () => {
    const { config, secrets } = decrypt('example.yaml');
    expect(config).toMatchObject({
      myapp1: 't00m4nys3cr3tzupdated',
      app2: { db: { user: 'eve', password: 'c4r1b0u' } },
      somebooleans: [true, false],
      somelist_unencrypted: ['all elements of this list', 'remain in clear text', 'because of the _unencrypted suffix in the key'],
      nested_unencrypted: { this: { is: { all: 'going to remain in clear text' } } },
    });
    expect(typeof config.number).toBe('number');
    expect(secrets).toContain('c4r1b0u');
    expect(secrets).not.toContain('remain in clear text');
  });

  it('decrypts example.json, leaving the empty value empty', () => {
    const { config } = decrypt('example.json');
    expect(config).toMatchObject({ firstName: 'John', lastName: 'Smith', address: { city: 'New York' }, anEmptyValue: '' });
    expect((config.phoneNumbers as unknown[]).length).toBe(2);
  });

  it.each(['multiple_keys.yaml', 'comments_unencrypted_comments.yaml'])('verifies the MAC of %s', (file) => {
    expect(Object.keys(decrypt(file).config).length).toBeGreaterThan(0);
  });

  it('leaves encrypted comments out of the MAC and the config', () => {
    const plain = read('pgp-getsops/comments.yaml');
    const { config } = decrypt('comments.enc.yaml');
    expect(config).toEqual({ lorem: 'ipsum', dolor: 'sit' });
    expect(plain).toContain('lorem: ipsum');
    // The first comment is encrypted with the root path (":") as additional data, type comment.
    const first = /^#(ENC\[.*\])$/m.exec(read('pgp-getsops/comments.enc.yaml'))![1]!;
    expect(`#${String(decryptValue(first, pgpDataKey('comments.enc.yaml'), ':'))}`).toBe(plain.split('\n')[0]);
  });

  it('refuses no_mac.yaml', () => {
    expect(() => decrypt('no_mac.yaml')).toThrow(InputError);
    expect(() => decrypt('no_mac.yaml')).toThrow(/no sops MAC/);
  });

  it('refuses a file that is not sops-encrypted', () => {
    expect(() => decryptWithDataKey(read('pgp-getsops/plainfile.yaml'), 'plainfile.yaml', Buffer.alloc(32))).toThrow(/not sops-encrypted/);
  });
});
