// For the rare case a decrypted config must touch disk (a connector that reads a file path).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * A fresh 0700 directory in the temporary directory, removed by `remove()`, and also when the
 * process exits or is interrupted before that.
 */
export function privateDir(prefix = 'connector-compat-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o700);
  const rm = () => fs.rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    rm();
    detach();
    // Keep the default behaviour (exit) unless someone else handles the signal.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const detach = () => {
    process.off('exit', rm);
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  process.on('exit', rm);
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    dir,
    remove: () => {
      detach();
      rm();
    },
  };
}

/**
 * Writes `contents` to a 0600 file in a fresh 0700 directory, runs `fn` with its path, and removes
 * both however `fn` ends, also when the process exits or is interrupted meanwhile.
 */
export async function withPrivateFile<T>(contents: string, fn: (file: string) => Promise<T>, name = 'config.json'): Promise<T> {
  const { dir, remove } = privateDir();
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, contents, { mode: 0o600, flag: 'wx' });
    return await fn(file);
  } finally {
    remove();
  }
}
