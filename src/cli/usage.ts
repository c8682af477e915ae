import { INPUT_NAMES } from '../model/input-names.js';

/**
 * What each subcommand is called with and what it does: all that `--help` needs, kept apart from
 * the commands themselves so that printing it loads none of them.
 */
export const USAGES = {
  compare:
    'connector-compat compare BASELINE_DIR CANDIDATE_DIR [--accept FILE] [--json FILE] [--markdown FILE] [--fail-on breaking|warning|never] [--connector NAME] [--atf-patches DIR]',
  check: `connector-compat check [--connector DIR] [--update] [--${INPUT_NAMES.filter((n) => n !== 'connector').join(' V] [--')} V]`,
  demo: 'connector-compat demo',
  aggregate: 'connector-compat aggregate REPORT.json... [--markdown FILE]',
  decrypt: 'connector-compat decrypt FILE [--age-key-file F]',
  'schema-subset': 'connector-compat schema-subset A.json B.json [--witness] | --batch FILE.jsonl',
} as const;

export type CommandName = keyof typeof USAGES;

export const SUMMARIES: Record<CommandName, string> = {
  compare: 'compare two snapshot folders without running anything',
  check: 'run both sides live, compare with the snapshots and each other',
  demo: 'run the whole check on the bundled example connector',
  aggregate: 'merge per-connector JSON reports into one summary table',
  decrypt: 'print a sops-encrypted config decrypted, as the connector receives it',
  'schema-subset': 'is every instance of schema A valid under schema B?',
};
