// `check` with its default capture settings on a connector that behaves like a real estuary-cdk one
// (run/connectors/cdk-like.mjs: checkpoints first, never exits, one binding discovered disabled),
// with a sops-encrypted config: every enabled binding's documents are captured, the disabled one
// is not opened, no secret leaks (not even the fragment the connector logs), and the same connector
// on both sides passes every stage, migration included.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { identityToRecipient } from 'age-encryption';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ageEncryptedConfig } from '../secrets/encrypt.js';
import { AGE_KEY, filesContaining, readJson, workspace } from './workspace.js';

const CONNECTOR = path.resolve(import.meta.dirname, '../run/connectors/cdk-like.mjs');
const TOKEN = `tok_${randomUUID().replaceAll('-', '')}`;

it('captures what an estuary-cdk connector gives under the default settings, and passes against itself', { timeout: 120_000 }, async () => {
  const config = await ageEncryptedConfig({ organization: 'acme', apiToken_sops: TOKEN }, await identityToRecipient(AGE_KEY));
  const ws = workspace({ 'config.yaml': config });
  const command = `"${process.execPath}" "${CONNECTOR}"`;
  const flags = ['check', '--connector', ws.dir, '--baseline-command', command, '--candidate-command', command, '--sops-age-key', AGE_KEY];

  const update = await runCli([...flags, '--update', '--capture-idle', '1']);
  expect(update.code, update.stderr).toBe(0);
  // Default settings: no capture bound given.
  const res = await runCli([...flags, '--json', ws.reportFile]);
  expect(res.code, res.stderr).toBe(0);
  const report = readJson<{ verdict: string; stages: { stage: string; status: string }[]; sides: Record<string, { capture?: unknown }> }>(
    ws.reportFile,
  );
  expect(report.verdict).toBe('pass');
  expect(report.stages.map((s) => [s.stage, s.status])).toEqual([
    ['spec', 'identical'],
    ['discover', 'identical'],
    ['capture', 'identical'],
    ['migration', 'identical'],
  ]);

  // Every enabled binding opened and its documents kept; the disabled one never opened; the empty one said.
  const captured = readJson<[string, { id: string }][]>(path.join(ws.snapshots, 'baseline/capture.json'));
  expect(captured.map(([c, d]) => `${c} ${d.id}`)).toEqual([
    'acmeCo/ContactEvents contact-1',
    'acmeCo/ContactEvents contact-2',
    'acmeCo/ContactEvents contact-3',
    'acmeCo/ConversationEvents conversation-1',
    'acmeCo/ConversationEvents conversation-2',
  ]);
  const documents = { 'acmeCo/ContactEvents': 3, 'acmeCo/ConversationEvents': 2, 'acmeCo/TaskEvents': 0 };
  expect(report.sides.baseline!.capture).toEqual({ endedBy: 'idle', documents });
  expect(report.sides.candidate!.capture).toEqual({ endedBy: 'idle', documents });
  expect(res.stdout).toContain('captured 5 documents from 2 of 3 bindings; no documents from acmeCo/TaskEvents');

  // The connector logged the token's first 12 characters: neither they nor the token show anywhere.
  for (const run of [update, res]) {
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(TOKEN.slice(0, 12));
    }
  }
  expect(update.stderr).toContain('"token":"***..."');
  expect(filesContaining(ws.root, TOKEN.slice(0, 8))).toEqual([]);
  expect(fs.existsSync(path.join(ws.snapshots, 'baseline/spec.json'))).toBe(true);
});
