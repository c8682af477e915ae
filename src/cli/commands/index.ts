import type { Command } from '../io.js';
import { type CommandName, SUMMARIES, USAGES } from '../usage.js';

/**
 * Subcommands by name; each lives in its own file beside this one. Their code is loaded on first
 * use, all of it as one chunk (one dynamic import: separate ones made ncc copy shared modules
 * into every chunk), so that `--help` and a mistyped command start as fast as Node does.
 */
const lazy =
  (name: CommandName): Command =>
  async (argv, io) =>
    (await import('./runs.js')).runs[name](argv, io);

export const commands: Record<string, { summary: string; usage: string; run: Command }> = Object.fromEntries(
  (Object.keys(USAGES) as CommandName[]).map((name) => [name, { summary: SUMMARIES[name], usage: USAGES[name], run: lazy(name) }]),
);
