import type { Command } from '../io.js';
import { run as aggregate, USAGE as aggregateUsage } from './aggregate.js';
import { run as check, USAGE as checkUsage } from './check.js';
import { run as compare, USAGE as compareUsage } from './compare.js';
import { run as decrypt, USAGE as decryptUsage } from './decrypt.js';
import { run as demo } from './demo.js';
import { run as schemaSubset, USAGE as schemaSubsetUsage } from './schema-subset.js';

/**
 * Subcommands by name. Each lives in its own file beside this one. Imported statically: the
 * bundle is then one file, where lazy imports made ncc copy shared modules into every chunk.
 */
export const commands: Record<string, { summary: string; usage: string; run: Command }> = {
  compare: { summary: 'compare two snapshot folders without running anything', usage: compareUsage, run: compare },
  check: { summary: 'run both sides live, compare with the snapshots and each other', usage: checkUsage, run: check },
  demo: { summary: 'run the whole check on the bundled example connector', usage: 'connector-compat demo', run: demo },
  aggregate: { summary: 'merge per-connector JSON reports into one summary table', usage: aggregateUsage, run: aggregate },
  decrypt: { summary: 'print a sops-encrypted config decrypted, as the connector receives it', usage: decryptUsage, run: decrypt },
  'schema-subset': { summary: 'is every instance of schema A valid under schema B?', usage: schemaSubsetUsage, run: schemaSubset },
};
