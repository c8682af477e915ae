import type { Command } from '../io.js';

/** Subcommands by name. Each lives in its own file beside this one. */
export const commands: Record<string, { summary: string; run: () => Promise<Command> }> = {
  'schema-subset': { summary: 'is every instance of schema A valid under schema B?', run: async () => (await import('./schema-subset.js')).run },
};
