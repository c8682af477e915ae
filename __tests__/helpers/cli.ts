import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from './shared.js';

/** Runs the CLI in-process as a user would, capturing what it prints and its exit code. */
export async function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A CLI I/O that keeps what is printed, for commands called directly. */
export function capturedIO(cwd: string, env: NodeJS.ProcessEnv = {}): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    cwd,
    env,
  };
  return io;
}
