import { execFile } from 'node:child_process';
import { AcquireError, ENGINE_UNREACHABLE } from './errors.js';

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface DockerOptions {
  /** The docker CLI; default `docker` on PATH. */
  bin?: string;
  /** Environment for the CLI (DOCKER_HOST and friends); default the process's. */
  env?: NodeJS.ProcessEnv;
}

/** How a container is started for one connector session. */
export interface RunSpec {
  image: string;
  network: string;
  env: Record<string, string>;
  /** Container name, so that a timeout can `docker kill` it. */
  name: string;
  labels: Record<string, string>;
  /** Memory limit (`docker run --memory`), as Flow's runtime gives its connectors (1g). */
  memory?: string;
  /** `docker run --platform`, as Flow's runtime runs its connectors (linux/amd64). */
  platform?: string;
  /** Read-only mounts, `host:container` (an Airbyte connector reads its config and catalog from files). */
  mounts?: string[];
  /** Arguments after the image (an Airbyte connector's command: `spec`, `read --config ...`). */
  args?: string[];
}

const ENGINE_DOWN =
  /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|connect: (connection refused|no such file or directory)/i;
const MAX_OUTPUT = 32 * 1024 * 1024;

export function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * The one place that runs the docker CLI. `create` checks once that the engine answers, so that every
 * later failure is about an image or a container, not about a missing daemon.
 */
export class Docker {
  private constructor(
    readonly bin: string,
    readonly env: NodeJS.ProcessEnv,
    readonly serverVersion: string,
  ) {}

  static async create(opts: DockerOptions = {}): Promise<Docker> {
    const bin = opts.bin ?? 'docker';
    const env = opts.env ?? process.env;
    const probe = new Docker(bin, env, '');
    const res = await probe.exec(['version', '--format', '{{.Server.Version}}'], 30_000);
    if (res.code !== 0 || res.stdout.trim() === '') {
      const why = firstLine(res.stderr);
      throw new AcquireError('engine', why && !ENGINE_DOWN.test(why) ? `${ENGINE_UNREACHABLE} (docker: ${why})` : ENGINE_UNREACHABLE);
    }
    return new Docker(bin, env, res.stdout.trim());
  }

  /** Runs `docker ARGS`; resolves with the exit code rather than throwing, so callers can classify failures. */
  exec(args: string[], timeoutMs = 600_000): Promise<DockerResult> {
    return new Promise((resolve, reject) => {
      execFile(this.bin, args, { env: this.env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new AcquireError('engine', `${ENGINE_UNREACHABLE} (the docker CLI "${this.bin}" is not on PATH)`));
          return;
        }
        resolve({ code, stdout: String(stdout), stderr: err?.killed ? `timed out after ${timeoutMs} ms` : String(stderr) });
      });
    });
  }

  /** Like exec, but a non-zero exit is an AcquireError carrying docker's first error line. */
  async check(args: string[], timeoutMs?: number): Promise<string> {
    const res = await this.exec(args, timeoutMs);
    if (res.code !== 0) throw new AcquireError('docker', `docker ${args[0]} failed: ${firstLine(res.stderr) || `exit ${res.code}`}`);
    return res.stdout;
  }

  /** The command line that starts a connector container; no arguments after the image (ATF images reject them). */
  runCommand(spec: RunSpec): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
    // --init: Docker's init is PID 1 and passes SIGTERM on; a connector that is PID 1 itself ignores it
    // (the kernel sends PID 1 no signal it has no handler for), so stopping it would wait for a kill.
    const args = ['run', '--rm', '-i', '--init', '--network', spec.network, '--name', spec.name];
    if (spec.memory) args.push('--memory', spec.memory);
    if (spec.platform) args.push('--platform', spec.platform);
    for (const [key, value] of Object.entries(spec.labels)) args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(spec.env)) args.push('-e', `${key}=${value}`);
    for (const mount of spec.mounts ?? []) args.push('-v', `${mount}:ro`);
    args.push(spec.image, ...(spec.args ?? []));
    return { command: this.bin, args, env: this.env };
  }

  /** Kills a container by name; a container that is already gone is not an error. */
  async kill(name: string): Promise<void> {
    await this.exec(['kill', name], 30_000);
  }
}
