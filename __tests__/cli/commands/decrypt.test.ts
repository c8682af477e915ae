import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { capturedIO } from '../../helpers/cli.js';

import { needsShared, sharedPath } from '../../helpers/shared.js';

const SOPS = sharedPath('fixtures/sops');

const captured = (env: NodeJS.ProcessEnv = {}) => capturedIO(SOPS, { PATH: '', ...env });

describe.skipIf(!needsShared('decrypt command', 'fixtures/sops'))('connector-compat decrypt', () => {
  it('prints the decrypted config as JSON with 2-space indent, keys in the order written', async () => {
    const io = captured();
    const code = await main(['decrypt', 'age-humphd/secret.enc.json', '--age-key-file', 'age-humphd/key.txt'], io);
    expect(code).toBe(0);
    expect(io.stdout).toBe(`${JSON.stringify(JSON.parse(fs.readFileSync(path.join(SOPS, 'age-humphd/secret.json'), 'utf8')), null, 2)}\n`);
  });

  it('takes the identity from SOPS_AGE_KEY_FILE, post-quantum included', async () => {
    const io = captured({ SOPS_AGE_KEY_FILE: path.join(SOPS, 'age-fluxcd/keys_age-pq.txt') });
    expect(await main(['decrypt', 'age-fluxcd/algorithms_age-pq.yaml'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ stringData: { key: 'value' } });
  });

  it('exits 2 with one line on a wrong key', async () => {
    const io = captured();
    expect(await main(['decrypt', 'age-fluxcd/patches_merge1.yaml', '--age-key-file', 'age-humphd/key.txt'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(
      /^connector-compat decrypt: \S+patches_merge1\.yaml: none of the age identities given is a recipient of the file .*\n$/,
    );
  });

  it('exits 2 on a file without MAC, and without a key to use', async () => {
    const noMac = captured();
    expect(await main(['decrypt', 'pgp-getsops/no_mac.yaml'], noMac)).toBe(2);
    expect(noMac.stderr).toMatch(/no sops MAC/);
    const noKey = captured();
    expect(await main(['decrypt', 'age-fluxcd/algorithms_age.yaml'], noKey)).toBe(2);
    expect(noKey.stderr).toMatch(/no age identity was given/);
  });

  it('exits 2 on bad usage', async () => {
    const io = captured();
    expect(await main(['decrypt'], io)).toBe(2);
    expect(io.stderr).toMatch(/usage: connector-compat decrypt FILE/);
  });
});
