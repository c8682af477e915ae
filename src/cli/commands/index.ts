import type { Command } from '../io.js';

/** Subcommands by name. Each lives in its own file beside this one. */
export const commands: Record<string, { summary: string; run: () => Promise<Command> }> = {
  decrypt: { summary: 'print a sops-encrypted config decrypted, as the connector receives it', run: async () => (await import('./decrypt.js')).run },
};
