// Key sources other than age go through the `sops` binary; here a stand-in plays it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { type SopsBinary, loadEndpointConfig } from '../../src/secrets/index.js';

const GCP_FILE = `host: db.example.com
credentials:
  password_sops: ENC[AES256_GCM,data:AAAA,iv:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]
sops:
  gcp_kms:
    - resource_id: projects/p/locations/global/keyRings/r/cryptoKeys/k
      created_at: "2025-01-02T03:04:05Z"
      enc: CiQAxxxx
  lastmodified: "2025-01-02T03:04:05Z"
  mac: ENC[AES256_GCM,data:AAAA,iv:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]
  encrypted_suffix: _sops
  version: 3.9.0
`;

function configFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcp-'));
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, GCP_FILE);
  return file;
}

function fakeSops(result: string | Error): SopsBinary & { calls: Array<{ file: string; format: string }> } {
  const calls: Array<{ file: string; format: string }> = [];
  return {
    calls,
    available: () => true,
    decrypt: async (file, format) => {
      calls.push({ file, format });
      if (result instanceof Error) throw result;
      return result;
    },
  };
}

describe('gcp_kms and other key sources through sops', () => {
  it('uses sops output, strips the encrypted_suffix, and knows which values were secret', async () => {
    const sops = fakeSops('{"host": "db.example.com", "credentials": {"password_sops": "s3cret"}}');
    const file = configFile();
    const result = await loadEndpointConfig(file, { env: {} }, { sops });
    expect(result).toEqual({
      status: 'decrypted',
      config: { host: 'db.example.com', credentials: { password: 's3cret' } },
      json: JSON.stringify({ host: 'db.example.com', credentials: { password: 's3cret' } }, null, 2),
      secrets: ['s3cret'],
    });
    expect(sops.calls).toEqual([{ file, format: 'yaml' }]);
  });

  it('skips with a reason when sops is not on PATH', async () => {
    const none: SopsBinary = { available: () => false, decrypt: () => Promise.reject(new Error('unused')) };
    const result = await loadEndpointConfig(configFile(), { env: {} }, { sops: none });
    expect(result.status).toBe('no-key');
    if (result.status === 'no-key') expect(result.reason).toMatch(/needs the sops binary for its key sources \(gcp_kms\)/);
  });

  it('skips when sops cannot reach the data key (no cloud credentials)', async () => {
    const sops = fakeSops(
      new Error(
        'Failed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  projects/p/...: FAILED\n    - | Error decrypting key: google: could not find default credentials',
      ),
    );
    const result = await loadEndpointConfig(configFile(), { env: {} }, { sops });
    expect(result).toMatchObject({
      status: 'no-key',
      reason: expect.stringMatching(/config\.yaml: sops could not get the data key: .*credentials/),
    });
  });

  it('fails on a MAC mismatch reported by sops', async () => {
    const sops = fakeSops(new Error('Failed to verify data integrity. expected mac "A", got "B"'));
    await expect(loadEndpointConfig(configFile(), { env: {} }, { sops })).rejects.toThrow(InputError);
    await expect(loadEndpointConfig(configFile(), { env: {} }, { sops })).rejects.toThrow(/config\.yaml: MAC mismatch reported by sops/);
  });
});
