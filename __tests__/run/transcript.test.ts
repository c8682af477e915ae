// The recorded transcript of a real estuary-cdk connector (shared/fixtures/protocol/), replayed as a
// connector: the runner reads it as Flow's runtime would, and what `check --update` writes from it
// reads back unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureBindings } from '../../src/run/protocol.js';
import { createRunner } from '../../src/run/runner.js';
import { runCli } from '../helpers/cli.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { readJson, workspace } from '../orchestrate/workspace.js';

const TRANSCRIPT = sharedPath('fixtures/protocol/estuary-cdk-source-gladly');
const REPLAY = `"${process.execPath}" "${path.resolve(import.meta.dirname, 'connectors/replay.mjs')}" "${TRANSCRIPT}"`;

describe.skipIf(!needsShared('recorded estuary-cdk transcript', 'fixtures/protocol/estuary-cdk-source-gladly'))(
  'a recorded estuary-cdk capture',
  () => {
    const request = () => JSON.parse(fs.readFileSync(path.join(TRANSCRIPT, 'capture.request.json'), 'utf8')).open.capture;

    it('is read to its end: the per-binding checkpoints first, every document, then quiet', async () => {
      const runner = createRunner(
        { kind: 'command', command: REPLAY },
        { side: 'candidate', network: 'none', logLevel: 'info', timeouts: { specMs: 10_000, discoverMs: 10_000, captureMs: 30_000 } },
      );
      const spec = await runner.spec();
      expect(spec.resourcePathPointers).toEqual(['/name']);
      expect('oauth2' in spec).toBe(false);
      const discovered = await runner.discover(request().config);
      expect(discovered.every((b) => b.disable === false)).toBe(true);
      const names = ['ContactEvents', 'ConversationEvents', 'TaskEvents'];
      const chosen = names.map((n) => ({ ...discovered.find((b) => b.recommendedName === n)!, target: `acmeCo/${n}` }));
      const bindings = captureBindings(chosen, spec.resourcePathPointers!);
      expect(bindings.map((b) => b.stateKey)).toEqual(request().bindings.map((b: { stateKey: string }) => b.stateKey));

      const result = await runner.capture({
        config: request().config,
        bindings,
        bounds: { docsPerCollection: 5, seconds: 30, idleSeconds: 1 },
      });
      // Checkpoints did not end it: all 5 documents, after the 3 checkpoints written before any of them, and 3 more.
      expect(result).toMatchObject({ documents: [3, 2, 0], checkpoints: 6, stoppedBy: 'idle', explicitAcknowledgements: false });
      const state = result.state as { bindingStateV1: Record<string, { inc: { cursor: string }; last_initialized: string }> };
      // Merge patches: the last cursor of each binding, and the initial last_initialized kept beside it.
      expect(state.bindingStateV1.ContactEvents).toEqual({
        inc: { cursor: '2026-12-01T17:44:56.001000Z' },
        last_initialized: '2026-12-01T18:45:01.678940Z',
      });
      expect(state.bindingStateV1.ConversationEvents?.inc.cursor).toBe('2026-12-01T17:54:56.001000Z');
      expect(state.bindingStateV1.TaskEvents?.inc.cursor).toBe('2026-12-01T18:40:02.702751Z');
    });

    it('writes snapshots with check --update that the next check reads back unchanged', { timeout: 60_000 }, async () => {
      const targets = ['ContactEvents', 'ConversationEvents', 'TaskEvents']
        .map((n) => `      - resource: { name: ${n}, interval: PT30S }\n        target: acmeCo/${n}`)
        .join('\n');
      const ws = workspace({
        'config.yaml': JSON.stringify(request().config),
        'test.flow.yaml': `captures:\n  acmeCo/source-gladly:\n    bindings:\n${targets}\n`,
      });
      const flags = ['check', '--connector', ws.dir, '--baseline-command', REPLAY, '--candidate-command', REPLAY];
      const common = ['--stages', 'spec,discover,capture', '--capture-idle', '1'];
      const update = await runCli([...flags, ...common, '--update']);
      expect(update.code, update.stderr).toBe(0);
      const written = Object.fromEntries(
        ['spec', 'discover', 'capture'].map((s) => [s, fs.readFileSync(path.join(ws.snapshots, `baseline/${s}.json`), 'utf8')]),
      );
      const res = await runCli([...flags, ...common, '--json', ws.reportFile]);
      expect(res.code, res.stderr).toBe(0);
      const report = readJson<{ verdict: string; drift: unknown; findings: unknown[] }>(ws.reportFile);
      expect(report).toMatchObject({ verdict: 'pass', drift: { baseline: 'compared', candidate: 'compared' }, findings: [] });
      for (const [s, text] of Object.entries(written))
        expect(fs.readFileSync(path.join(ws.snapshots, `baseline/${s}.json`), 'utf8')).toBe(text);
      expect(readJson<unknown[]>(path.join(ws.snapshots, 'baseline/capture.json'))).toHaveLength(5);
    });
  },
);
