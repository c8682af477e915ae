import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { type SopsBinary, loadEndpointConfig } from '../../src/secrets/index.js';
import { fixture, haveSops, read, tampered } from './fixtures.js';

const noSops: SopsBinary = { available: () => false, decrypt: () => Promise.reject(new Error('unused')) };
const KEYS: Record<string, string> = {
  'age-fluxcd/patches_merge1.yaml': 'age-fluxcd/keys_age.txt',
  'age-fluxcd/global_secret.yaml': 'age-fluxcd/keys_age-global.txt',
  'age-humphd/secret.enc.json': 'age-humphd/key.txt',
};

const load = (file: string, key: string) => loadEndpointConfig(file, { ageKey: read(key), env: {} }, { sops: noSops });

/** Edits a fixture, expects an InputError of one line that holds none of the file's decrypted values. */
async function failure(rel: string, edit: (text: string) => string, key = KEYS[rel]!): Promise<string> {
  const original = await load(fixture(rel), KEYS[rel]!);
  if (original.status !== 'decrypted') throw new Error(`${rel} should decrypt untouched`);
  const file = tampered(rel, edit);
  const err = await load(file, key).then(
    () => new Error('decrypted, but should have failed'),
    (e: unknown) => e as Error,
  );
  expect(err).toBeInstanceOf(InputError);
  expect(err.message).not.toContain('\n');
  // The file's own (random) temporary path is not part of what the message says about values.
  const said = err.message.replaceAll(file, '<file>');
  for (const secret of original.secrets) expect(said).not.toContain(secret);
  return err.message;
}

describe.skipIf(!haveSops('tampered sops files'))('tampered sops files are refused with a clear message', () => {
  it('a changed encrypted value', async () => {
    const message = await failure('age-fluxcd/global_secret.yaml', (t) => t.replace('data:5d9WYyV8', 'data:5d9WYyV9'));
    expect(message).toMatch(/value at 'stringData\.key' could not be decrypted: authentication failed/);
  });

  it('an encrypted value moved to another key (renamed)', async () => {
    const message = await failure('age-fluxcd/patches_merge1.yaml', (t) => t.replace('  key: ENC[', '  other: ENC['));
    expect(message).toMatch(/value at 'stringData\.other' could not be decrypted/);
  });

  it('a plaintext value the MAC covers (metadata.name under encrypted_regex)', async () => {
    const message = await failure('age-fluxcd/global_secret.yaml', (t) => t.replace('name: global-age-secret', 'name: evil'));
    expect(message).toMatch(/: MAC mismatch/);
  });

  it('a JSON document whose values were reordered (the MAC follows document order)', async () => {
    const message = await failure('age-humphd/secret.enc.json', (t) => {
      const lines = t.split('\n');
      [lines[1], lines[2]] = [lines[2]!, lines[1]!];
      return lines.join('\n');
    });
    expect(message).toMatch(/: MAC mismatch/);
  });

  it('a removed MAC', async () => {
    const message = await failure('age-fluxcd/patches_merge1.yaml', (t) => t.replace(/^ {2}mac: .*\n/m, ''));
    expect(message).toMatch(/no sops MAC/);
  });

  it('a wrong identity', async () => {
    const message = await failure('age-fluxcd/global_secret.yaml', (t) => `${t}\n`, 'age-humphd/key.txt');
    expect(message).toMatch(/none of the age identities given is a recipient/);
  });

  it('a malformed file', async () => {
    const message = await failure('age-fluxcd/patches_merge1.yaml', (t) => t.replace('stringData:', 'stringData: [unclosed'));
    expect(message).toMatch(/not valid YAML or JSON/);
  });
});
