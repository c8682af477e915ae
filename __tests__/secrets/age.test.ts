import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { type SopsBinary, loadEndpointConfig } from '../../src/secrets/index.js';
import { fixture, haveSops, read } from './fixtures.js';

// No sops binary: everything below must come from the native age path.
const noSops: SopsBinary = {
  available: () => false,
  decrypt: () => Promise.reject(new Error('sops must not be called')),
};

const load = (file: string, key: string, env: NodeJS.ProcessEnv = {}) =>
  loadEndpointConfig(fixture(file), { ageKey: read(key), env }, { sops: noSops });

describe.skipIf(!haveSops('age-encrypted sops files'))('age-encrypted sops files written by sops', () => {
  let expected: Record<string, unknown> = {};
  beforeAll(() => {
    expected = JSON.parse(read('age-humphd/secret.json'));
  });

  it.each(['secret.enc.yaml', 'secret.enc.json'])('decrypts humphd %s to the expected plaintext', async (file) => {
    const result = await load(`age-humphd/${file}`, 'age-humphd/key.txt');
    expect(result.status).toBe('decrypted');
    if (result.status !== 'decrypted') return;
    // The YAML file predates the `0word` key; everything else is the same document.
    const want = file.endsWith('.yaml') ? { ...expected, '0word': undefined } : expected;
    expect(JSON.parse(JSON.stringify(result.config))).toEqual(JSON.parse(JSON.stringify(want)));
    // Every decrypted string is masked; decrypted numbers and booleans are not credentials.
    expect(result.secrets).toEqual(expect.arrayContaining(['this is a secret', 'string', 'one', 'two', 'three']));
    expect(result.secrets).not.toEqual(expect.arrayContaining(['7']));
    expect(result.secrets).not.toEqual(expect.arrayContaining(['true']));
  });

  it('keeps key order as written in the printed JSON (the MAC depends on it too)', async () => {
    const result = await load('age-humphd/secret.enc.json', 'age-humphd/key.txt');
    if (result.status !== 'decrypted') throw new Error(result.status);
    expect(Object.keys(JSON.parse(result.json))).toEqual(['secret', 'string', 'int', 'float', 'boolean', '0word', 'complex']);
  });

  it('decrypts the humphd dotenv file', async () => {
    const result = await load('age-humphd/secret.enc.env', 'age-humphd/key.txt');
    expect(result).toMatchObject({ status: 'decrypted', config: { secret: expected.secret, another_secret: '7' } });
  });

  it.each([
    ['age-fluxcd/algorithms_age.yaml', 'age-fluxcd/keys_age.txt', { metadata: { name: 'age' }, stringData: { key: 'value' } }],
    ['age-fluxcd/patches_merge1.yaml', 'age-fluxcd/keys_age.txt', { metadata: { name: 'secret' }, stringData: { key: 'merge1' } }],
    ['age-fluxcd/patches_merge2.yaml', 'age-fluxcd/keys_age.txt', { metadata: { name: 'secret' }, stringData: { merge2: 'merge2' } }],
    ['age-fluxcd/component_env.env', 'age-fluxcd/keys_age.txt', { key: 'value' }],
    ['age-fluxcd/remote_env.env', 'age-fluxcd/keys_age.txt', { key: 'value' }],
    ['age-fluxcd/files_file.txt', 'age-fluxcd/keys_age.txt', { data: 'value' }],
    [
      'age-fluxcd/global_secret.yaml',
      'age-fluxcd/keys_age-global.txt',
      { metadata: { name: 'global-age-secret' }, stringData: { key: 'global-value' } },
    ],
    ['age-fluxcd/algorithms_age-pq.yaml', 'age-fluxcd/keys_age-pq.txt', { metadata: { name: 'age-pq' }, stringData: { key: 'value' } }],
  ])('decrypts %s with %s and verifies its MAC', async (file, key, want) => {
    const result = await load(file, key);
    expect(result).toMatchObject({ status: 'decrypted', config: want });
    if (result.status === 'decrypted') {
      // Only the values encrypted under encrypted_regex are secrets; metadata.name is plaintext.
      expect(result.secrets).toHaveLength(1);
    }
  });

  it('reads identities from SOPS_AGE_KEY (several keys, comments) and SOPS_AGE_KEY_FILE', async () => {
    const several = `${read('age-fluxcd/keys_age-global.txt')}\n# another\n${read('age-humphd/key.txt')}`;
    const fromEnv = await loadEndpointConfig(fixture('age-humphd/secret.enc.yaml'), { env: { SOPS_AGE_KEY: several } }, { sops: noSops });
    expect(fromEnv.status).toBe('decrypted');
    const fromFile = await loadEndpointConfig(
      fixture('age-fluxcd/algorithms_age-pq.yaml'),
      { env: { SOPS_AGE_KEY_FILE: fixture('age-fluxcd/keys_age-pq.txt') } },
      { sops: noSops },
    );
    expect(fromFile).toMatchObject({ status: 'decrypted', config: { stringData: { key: 'value' } } });
  });

  it('skips with a reason when no identity is available and sops is absent', async () => {
    const result = await loadEndpointConfig(fixture('age-fluxcd/algorithms_age.yaml'), { env: {} }, { sops: noSops });
    expect(result.status).toBe('no-key');
    if (result.status === 'no-key') expect(result.reason).toMatch(/no age identity/);
  });

  it('fails on an identity that is not a recipient, naming no secret', async () => {
    const err = await load('age-fluxcd/algorithms_age.yaml', 'age-humphd/key.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/none of the age identities given is a recipient/);
    expect((err as Error).message).not.toMatch(/AGE-SECRET-KEY/);
  });

  it('refuses key text that is not an age identity without echoing it', async () => {
    const err = await loadEndpointConfig(
      fixture('age-fluxcd/algorithms_age.yaml'),
      { ageKey: 'hunter2-not-a-key', env: {} },
      { sops: noSops },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/line 1 of the given age key is not an age identity/);
    expect((err as Error).message).not.toContain('hunter2');
  });

  it('returns a plain file as it is', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-'));
    const file = path.join(dir, 'config.yaml');
    fs.writeFileSync(file, 'host: db.example\nport: 5432\n');
    await expect(loadEndpointConfig(file, { env: {} }, { sops: noSops })).resolves.toMatchObject({
      status: 'plain',
      config: { host: 'db.example', port: 5432 },
      secrets: [],
    });
  });
});
