import type { Command } from '../io.js';

/** Subcommands by name. Each lives in its own file beside this one. */
export const commands: Record<string, { summary: string; run: () => Promise<Command> }> = {
  compare: { summary: 'compare two snapshot folders without running anything', run: async () => (await import('./compare.js')).run },
  check: { summary: 'run both sides live, compare with the snapshots and each other', run: async () => (await import('./check.js')).run },
  demo: { summary: 'run the whole check on the bundled example connector', run: async () => (await import('./demo.js')).run },
  aggregate: { summary: 'merge per-connector JSON reports into one summary table', run: async () => (await import('./aggregate.js')).run },
  decrypt: { summary: 'print a sops-encrypted config decrypted, as the connector receives it', run: async () => (await import('./decrypt.js')).run },
  'schema-subset': { summary: 'is every instance of schema A valid under schema B?', run: async () => (await import('./schema-subset.js')).run },
};
