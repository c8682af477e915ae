import { InputError, errorMessage } from '../model/errors.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `usage: connector-compat <command> [options]\n\ncommands:\n${rows.join('\n')}\n`;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`connector-compat: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    io.err(`connector-compat ${name}: ${errorMessage(err)}\n`);
    if (!(err instanceof InputError) && io.env.CONNECTOR_COMPAT_DEBUG && err instanceof Error) io.err(`${err.stack}\n`);
    return err instanceof InputError ? 2 : 3;
  }
}
