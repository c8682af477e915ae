// A connector folder in a temporary workspace, and ways to look at what a check left behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import type { Report } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { ageEncryptedConfig } from '../secrets/encrypt.js';

export const CONNECTOR = 'source-fake';

/** The fake connector script (run/connectors/fake-connector.sh). */
export const FAKE = path.resolve(import.meta.dirname, '../run/connectors/fake-connector.sh');

/** A local command running the fake connector with its knobs (see the script's header) set in its environment. */
export const fakeCommand = (env: Record<string, string> = {}): string =>
  [...Object.entries(env).map(([k, v]) => `${k}=${v}`), `sh '${FAKE}'`].join(' ');

export interface Workspace {
  root: string;
  /** The connector's folder, `<root>/source-fake`. */
  dir: string;
  snapshots: string;
  reportFile: string;
}

export function workspace(files: Record<string, string> = {}): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-e2e-'));
  const dir = path.join(root, CONNECTOR);
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { root, dir, snapshots: path.join(dir, '.snapshots'), reportFile: path.join(root, 'report.json') };
}

/** `connector-compat check` on the workspace's connector, containers without a network, reading the JSON report. */
export async function check(ws: Workspace, flags: string[], env: NodeJS.ProcessEnv = {}) {
  fs.rmSync(ws.reportFile, { force: true });
  const res = await runCli(
    [
      'check',
      '--connector',
      ws.dir,
      '--network',
      'none',
      '--capture-seconds',
      '20',
      '--capture-idle',
      '1',
      '--json',
      ws.reportFile,
      ...flags,
    ],
    { env },
  );
  const report = fs.existsSync(ws.reportFile) ? (JSON.parse(fs.readFileSync(ws.reportFile, 'utf8')) as Report) : undefined;
  return { ...res, report };
}

export const stageOf = (report: Report | undefined, stage: string) => report?.stages.find((s) => s.stage === stage);
export const rulesOf = (report: Report | undefined) => (report?.findings ?? []).map((f) => f.rule);

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Every file under `dir`, relative paths. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The files under `dir` whose bytes contain `marker`. */
export function filesContaining(dir: string, marker: string): string[] {
  return listFiles(dir).filter((f) => fs.readFileSync(path.join(dir, f)).includes(marker));
}

/** An age identity made for this test run (key-file text): the configs below are encrypted for it. */
export const AGE_KEY = await generateIdentity();

/** An Estuary-style config.yaml (`encrypted_suffix: _sops`) whose encrypted `token_sops` is `secret`. */
export async function encryptedConfig(secret: string): Promise<string> {
  return ageEncryptedConfig({ host: 'db.example.com', token_sops: secret }, await identityToRecipient(AGE_KEY));
}
