import { plural } from '../model/text.js';
import { makeFinding } from '../compare/finding.js';
import { collectionKeyText, isJsonObject } from '../model/json.js';
import type { Options } from '../model/options.js';
import { ran, skipped, type Step } from '../model/steps.js';
import type { Finding, JsonObject } from '../model/types.js';
import type { CaptureResult } from '../run/capture.js';
import { ConnectorError } from '../run/errors.js';
import type { CaptureBinding } from '../run/protocol.js';
import type { EndpointConfig, LiveSide } from './live.js';

export interface MigrationOutcome {
  findings: Finding[];
  step: Step;
}

/**
 * Bindings that an estuary-cdk state shows back in a backfill: `bindingStateV1[<stateKey>].backfill`
 * is set in the resumed state but was not in the state it resumed from (estuary-cdk
 * `capture/common.py`: `ResourceState.backfill` is "None if no backfill is occurring", and a binding
 * whose state is missing is initialized afresh, with a backfill).
 */
function backfillsRestarted(from: JsonObject, resumed: JsonObject): string[] {
  const before = isJsonObject(from.bindingStateV1) ? from.bindingStateV1 : {};
  const after = isJsonObject(resumed.bindingStateV1) ? resumed.bindingStateV1 : {};
  const inBackfill = (s: unknown) => isJsonObject(s) && s.backfill !== undefined && s.backfill !== null;
  return Object.keys(after).filter((k) => inBackfill(after[k]) && !inBackfill(before[k]));
}

/** How the candidate shows it did not resume: undefined when it did (or when nothing tells). */
function restartedBy(state: JsonObject, resumed: CaptureResult, again: { count: number; example?: string }): string | undefined {
  const restarted = backfillsRestarted(state, resumed.state);
  if (restarted.length > 0) return `its state puts ${restarted.join(', ')} back into a backfill`;
  // Documents from before the baseline's cursor: a resumed incremental binding gives only new ones.
  if (again.count > 0)
    return `it captures again ${plural(again.count, 'document')} the baseline had already captured, e.g. ${again.example}`;
  return undefined;
}

/**
 * The switch of image on a running task: the candidate is opened with the state the baseline left
 * (checkpoints merged as Flow's runtime merges them) and runs under the same bounds as a capture.
 * It must not fail. A caught-up connector that emits nothing has resumed, which is what a task
 * wants; one that starts over (a binding back in its backfill, or documents of an incremental
 * binding the baseline had already captured given again) makes the switch a re-capture of every binding, worth telling.
 */
export async function runMigration(
  baseline: LiveSide,
  candidate: LiveSide,
  config: EndpointConfig,
  opts: Options,
): Promise<MigrationOutcome> {
  if (config.captureSkip) return { findings: [], step: skipped(config.captureSkip) };
  if (!baseline.capture || !baseline.bindings || !candidate.runner)
    return { findings: [], step: skipped('capture did not run on both sides') };
  if (baseline.capture.checkpoints === 0)
    return { findings: [], step: skipped('the baseline reached no checkpoint, so there is no state to resume from') };
  const state = baseline.capture.state;
  // The running task keeps its bindings when the image changes: the candidate must validate and apply
  // the baseline's resource configs, and resumes them under the state keys of the paths it validated.
  const bindings = baseline.bindings ?? [];
  let resumed: CaptureBinding[];
  try {
    resumed = await candidate.runner.prepare(config.config, bindings);
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    return {
      findings: [
        makeFinding({
          rule: 'migration.bindings.rejected',
          stage: 'migration',
          before: bindings.map((b) => b.resourceConfig),
          message: `the candidate's ${err.operation === 'apply' ? 'Apply' : 'Validate'} rejects the bindings of a task the baseline runs (their resource configs as the baseline has them), so the task cannot switch images: ${config.mask(err.message)}`,
        }),
      ],
      step: ran,
    };
  }
  const again = { count: 0, example: undefined as string | undefined };
  const migrated = await candidate.runner.migrate({ config: config.config, bindings: resumed, state, bounds: opts.capture }, (e) => {
    if (e.type !== 'document' || !baseline.seen) return;
    const { name, key } = resumed[e.binding]!.collection;
    const text = collectionKeyText(e.doc, key);
    if (!baseline.seen.has(name, text)) return;
    again.count += 1;
    again.example ??= `${name} ${config.mask(text!)}`;
  });
  if (migrated.failure) {
    return {
      findings: [
        makeFinding({
          rule: 'migration.resume.failed',
          stage: 'migration',
          before: Object.keys(state),
          message: `the candidate, opened with the state the baseline's capture ended in, failed: a running task would fail after the image switch until its state is cleared, which re-captures every binding from the start (${config.mask(migrated.failure.message)})`,
        }),
      ],
      step: ran,
    };
  }
  const why = restartedBy(state, migrated.result, again);
  if (!why) return { findings: [], step: ran };
  return {
    findings: [
      makeFinding({
        rule: 'migration.state.reset',
        stage: 'migration',
        before: Object.keys(state),
        after: Object.keys(migrated.result.state),
        message: `the candidate does not resume from the baseline's state (${why}): switching the image starts the capture over, re-capturing every binding from the start (a backfill)`,
      }),
    ],
    step: ran,
  };
}
