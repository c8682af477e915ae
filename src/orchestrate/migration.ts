import { makeFinding } from '../compare/finding.js';
import { jsonEqual } from '../model/canonical.js';
import type { Options } from '../model/options.js';
import type { Finding } from '../model/types.js';
import type { EndpointConfig, LiveSide } from './live.js';

export interface MigrationOutcome {
  findings: Finding[];
  skipped?: string;
}

const total = (docs: number[]) => docs.reduce((a, b) => a + b, 0);

/**
 * The switch of image on a running task: the candidate is opened with the state the baseline
 * left (checkpoints reduced as Flow does) and must reach a checkpoint. A candidate that then
 * does exactly what a fresh task does has ignored the state: a backfill, worth telling.
 */
export async function runMigration(
  baseline: LiveSide,
  candidate: LiveSide,
  config: EndpointConfig,
  opts: Options,
): Promise<MigrationOutcome> {
  if (config.captureSkip) return { findings: [], skipped: config.captureSkip };
  if (!baseline.capture || !candidate.runner || !candidate.bindings) return { findings: [], skipped: 'capture did not run on both sides' };
  if (baseline.capture.checkpoints === 0)
    return { findings: [], skipped: 'the baseline reached no checkpoint, so there is no state to resume from' };
  const state = baseline.capture.state;
  const migrated = await candidate.runner.migrate({ config: config.config, bindings: candidate.bindings, state, bounds: opts.capture });
  if (!migrated.checkpointReached) {
    const why = config.mask(migrated.failure?.message ?? `stopped by ${migrated.result?.stoppedBy ?? 'end of output'} before a checkpoint`);
    return {
      findings: [
        makeFinding({
          rule: 'migration.resume.failed',
          stage: 'migration',
          before: Object.keys(state),
          message: `the candidate, opened with the baseline's last checkpoint state, failed before its first checkpoint: ${why}`,
        }),
      ],
    };
  }
  const fresh = candidate.capture;
  const restarted =
    fresh &&
    Object.keys(state).length > 0 &&
    jsonEqual(migrated.result?.state, fresh.state) &&
    total(migrated.result?.documents ?? []) === total(fresh.documents);
  if (restarted) {
    return {
      findings: [
        makeFinding({
          rule: 'migration.state.reset',
          stage: 'migration',
          before: Object.keys(state),
          after: Object.keys(fresh.state),
          message: "the candidate ignores the baseline's state and starts over: switching the image re-captures every binding (a backfill)",
        }),
      ],
    };
  }
  return { findings: [] };
}
