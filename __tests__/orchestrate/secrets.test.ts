// The whole check with a sops age-encrypted config and connectors that echo the config they receive
// (to stderr and into every users document): the secret reaches the connector and nothing else. Both
// sides run the fake connector as local commands; the same with images (the config reaching a container,
// the runner's log and every file the action writes) is the bundled action's test (action/bundle.test.ts).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGE_KEY, check, encryptedConfig, fakeCommand, filesContaining, readJson, stageOf, workspace } from './workspace.js';

// Unique, and with characters JSON escapes: a connector printing its config as JSON shows it escaped.
const MARKER = `marker-${randomUUID()}`;
const SECRET = `${MARKER}"quoted\\`;
const echo = () => fakeCommand({ COMPAT_FAKE_ECHO: '1' });

describe('a sops-encrypted endpoint config', () => {
  it('decrypts for the connectors and masks the secret wherever their output goes', async () => {
    const ws = workspace({ 'config.yaml': await encryptedConfig(SECRET) });
    const flags = ['--baseline-command', echo(), '--candidate-command', echo(), '--sops-age-key', AGE_KEY];

    const update = await check(ws, [...flags, '--update', '--stages', 'spec,discover,capture']);
    expect(update.code, update.stderr).toBe(0);
    const again = await check(ws, flags);
    expect(again.code, again.stderr).toBe(0);
    expect(again.report).toMatchObject({ verdict: 'pass', drift: { baseline: 'compared', candidate: 'compared' } });

    // The connector got the decrypted value under the key without the suffix, and it was masked on the way out.
    expect(update.stderr).toContain('baseline: received config {"host":"db.example.com","token":"***"}');
    const captured = readJson<[string, Record<string, unknown>][]>(path.join(ws.snapshots, 'candidate/capture.json'));
    expect(captured).toContainEqual(['acmeCo/users', { id: 1, name: 'user 1', config: { host: 'db.example.com', token: '***' } }]);
    expect(stageOf(again.report, 'capture')?.status).toBe('identical');

    for (const run of [update, again]) {
      expect(run.stdout).not.toContain(MARKER);
      expect(run.stderr).not.toContain(MARKER);
    }
    // Snapshots, report, config: nothing on disk holds the decrypted value.
    expect(filesContaining(ws.root, MARKER)).toEqual([]);
    expect(fs.readFileSync(path.join(ws.dir, 'config.yaml'), 'utf8')).toContain('token_sops: ENC[AES256_GCM');
  });

  it('without a key, passes on spec and discover and says why capture was skipped', async () => {
    const ws = workspace({ 'config.yaml': await encryptedConfig(SECRET) });
    const res = await check(ws, ['--baseline-command', echo(), '--candidate-command', echo()]);
    expect(res.code, res.stderr).toBe(0);
    const why = 'is encrypted for age, and no age identity was given (set the sops-age-key input, SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)';
    expect(res.stderr).toMatch(new RegExp(`^notice: capture and migration skipped: .*config\\.yaml ${why.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(res.report!.stages.map((s) => [s.stage, s.status])).toEqual([
      ['spec', 'identical'],
      ['discover', 'identical'],
      ['capture', 'skipped'],
      ['migration', 'skipped'],
    ]);
    expect(stageOf(res.report, 'capture')?.reason).toContain(why);
    expect(stageOf(res.report, 'migration')?.reason).toContain(why);
    expect(res.stdout).toMatch(/Capture\s+skipped/);
    expect(res.stderr).not.toMatch(/: capture$/m);
  });
});
