import { spawn, type ChildProcess } from 'node:child_process';
import { LineSplitter, LineTail, type LineTooLongError } from './lines.js';

/** What to start: a program with arguments, and how to reach anything it leaves outside its process group. */
export interface LaunchSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kills what a process-group kill cannot reach (a container keeps running when its `docker run` client dies). */
  killOutside?: () => Promise<void>;
}

export interface ProcessOptions {
  maxLineBytes: number;
  stderrLines: number;
  mask: (text: string) => string;
  onLog?: (line: string) => void;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the program could not be started at all. */
  spawnError?: Error;
}

/** Stdout lines read ahead before the stream is paused: keeps memory bounded when the consumer is slow. */
const READ_AHEAD_LINES = 256;
/** Stderr is only kept for messages; a longer line is cut rather than treated as a protocol error. */
const MAX_STDERR_LINE_BYTES = 64 * 1024;
/** Stderr lines passed on to the log per run; a connector that floods stderr does not flood the job's log. */
export const MAX_LOGGED_STDERR_LINES = 1_000;

/**
 * One running connector: a line-framed stdout reader with bounded memory, a masked stderr tail, and
 * ways to stop it cleanly or kill its whole process tree. Started in its own process group so that
 * a kill reaches everything it spawned (`sh -c` -> python -> ...).
 */
export class ConnectorProcess {
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly stdout: LineSplitter;
  private readonly queue: string[] = [];
  private readonly tail: LineTail;
  private waiter?: { resolve: (line: string | undefined) => void; reject: (err: Error) => void };
  private stdoutEnded = false;
  private failure?: Error;
  private hasExited = false;

  constructor(
    private readonly spec: LaunchSpec,
    private readonly opts: ProcessOptions,
  ) {
    this.stdout = new LineSplitter(opts.maxLineBytes);
    this.tail = new LineTail(opts.stderrLines);
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise<Exit>((resolve) => {
      this.child.once('error', (spawnError) => {
        this.hasExited = true;
        this.endStdout();
        resolve({ code: null, signal: null, spawnError });
      });
      this.child.once('close', (code, signal) => {
        this.hasExited = true;
        this.endStdout();
        resolve({ code, signal });
      });
    });
    // A connector that exits before reading its input makes our writes fail with EPIPE; its exit tells why.
    this.child.stdin?.on('error', () => {});
    this.child.stdout?.on('data', (chunk: Buffer) => this.onStdout(chunk));
    this.child.stdout?.once('end', () => this.endStdout());
    this.watchStderr();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.hasExited;
  }

  stderrTail(): string[] {
    return this.tail.get();
  }

  send(message: unknown): void {
    const stdin = this.child.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(`${JSON.stringify(message)}\n`);
  }

  closeStdin(): void {
    this.child.stdin?.end();
  }

  /** The next stdout line, or undefined once stdout has ended. Rejects with LineTooLongError. */
  next(): Promise<string | undefined> {
    if (this.queue.length > 0) {
      const line = this.queue.shift()!;
      if (this.queue.length < READ_AHEAD_LINES / 2) this.child.stdout?.resume();
      return Promise.resolve(line);
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.stdoutEnded) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  /** Asks the connector to finish: end of input first, then SIGTERM, then a kill, `graceMs` apart. */
  async stop(graceMs: number): Promise<Exit> {
    this.closeStdin();
    if (await this.exitsWithin(graceMs)) return this.exited;
    this.signalGroup('SIGTERM');
    if (await this.exitsWithin(graceMs)) return this.exited;
    return this.kill();
  }

  /** Kills the process group and whatever lives outside it, and waits for the exit. */
  async kill(): Promise<Exit> {
    this.signalGroup('SIGKILL');
    await this.spec.killOutside?.().catch(() => {});
    return this.exited;
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.hasExited || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  private exitsWithin(ms: number): Promise<boolean> {
    if (this.hasExited) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void this.exited.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private onStdout(chunk: Buffer): void {
    if (this.failure) return;
    let lines: string[];
    try {
      lines = this.stdout.push(chunk);
    } catch (err) {
      this.fail(err as LineTooLongError);
      return;
    }
    for (const line of lines) this.deliver(line);
    if (this.queue.length >= READ_AHEAD_LINES) this.child.stdout?.pause();
  }

  private deliver(line: string): void {
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve(line);
    } else {
      this.queue.push(line);
    }
  }

  private endStdout(): void {
    if (this.stdoutEnded || this.failure) return;
    this.stdoutEnded = true;
    let last: string | undefined;
    try {
      last = this.stdout.end();
    } catch (err) {
      this.fail(err as Error);
      return;
    }
    if (last !== undefined) this.deliver(last);
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve(undefined);
    }
  }

  private fail(err: Error): void {
    this.failure = err;
    this.child.stdout?.destroy();
    void this.kill();
    if (this.waiter) {
      const { reject } = this.waiter;
      this.waiter = undefined;
      reject(err);
    }
  }

  private watchStderr(): void {
    const splitter = new LineSplitter(MAX_STDERR_LINE_BYTES);
    let lines = 0;
    const keep = (line: string) => {
      const masked = this.opts.mask(line);
      this.tail.add(masked);
      if (++lines <= MAX_LOGGED_STDERR_LINES) this.opts.onLog?.(masked);
    };
    this.child.stderr?.on('data', (chunk: Buffer) => {
      try {
        splitter.push(chunk).forEach(keep);
      } catch {
        keep(`[a stderr line longer than ${MAX_STDERR_LINE_BYTES} bytes was cut]`);
      }
    });
    this.child.stderr?.once('end', () => {
      const last = splitter.end();
      if (last !== undefined) keep(last);
      const hidden = lines - MAX_LOGGED_STDERR_LINES;
      if (hidden > 0) this.opts.onLog?.(`[${hidden} more stderr lines not shown; the last ones are in the error, if any]`);
    });
  }
}
