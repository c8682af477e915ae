/** What a CLI command may touch of the terminal; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A subcommand: takes the words after its name, returns the exit code (0 pass, 1 fail, 2 bad input). */
export type Command = (argv: string[], io: CliIO) => Promise<number>;

export const processIO = (): CliIO => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
