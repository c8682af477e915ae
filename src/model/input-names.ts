/**
 * The names shared by the action's inputs and the CLI check's flags (design.md). Both build
 * the one Options object through optionsFromInputs, so they cannot drift apart.
 */
export const INPUT_NAMES = [
  'connector',
  'baseline-image',
  'candidate-image',
  'baseline-command',
  'candidate-command',
  'baseline-snapshots',
  'candidate-snapshots',
  'snapshots-dir',
  'config',
  'sops-age-key',
  'mode',
  'stages',
  'fail-on',
  'accept-file',
  'atf-patches',
  'approve-label',
  'comment',
  'github-token',
  'cache-images',
  'pull',
  'network',
  'memory',
  'platform',
  'log-level',
  'spec-timeout',
  'discover-timeout',
  'capture-timeout',
  'capture-seconds',
  'capture-docs',
  'capture-idle',
  'json',
  'markdown',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
