// The real `sops` binary, for key sources this project does not speak natively (gcp_kms, kms,
// pgp, azure_kv, hc_vault). Behind an interface so tests can swap it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { StoreFormat } from './stores/index.js';

export interface SopsBinary {
  /** Whether a `sops` executable is on PATH. */
  available(env: NodeJS.ProcessEnv): boolean;
  /** `sops --decrypt` of the file, printed as JSON; rejects with sops's stderr as the message. */
  decrypt(file: string, format: StoreFormat, env: NodeJS.ProcessEnv): Promise<string>;
}

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const realSops: SopsBinary = {
  available: (env) => onPath('sops', env),
  decrypt: (file, format, env) =>
    new Promise((resolve, reject) => {
      const args = ['--decrypt', '--input-type', format, '--output-type', 'json', file];
      execFile('sops', args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
        if (err) reject(new Error(String(stderr).trim() || err.message));
        else resolve(String(stdout));
      });
    }),
};
