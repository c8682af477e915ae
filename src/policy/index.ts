import type { Steps } from '../model/steps.js';
import type { AcceptEntry, AcceptFile, FailOn, Finding, Report, SnapshotSet, StageResult } from '../model/types.js';
import { applyAcceptFile, failing, stageResults } from './apply.js';
import { applyPresets } from './presets.js';

export interface PolicyInput {
  findings: Finding[];
  accept: AcceptFile;
  failOn: FailOn;
  /** The compared sets, for presets that recognize a difference by its context. */
  sets?: { baseline: SnapshotSet; candidate: SnapshotSet };
  /** What became of each stage. */
  steps: Steps;
}

export interface Decision {
  findings: Finding[];
  stale: AcceptEntry[];
  stages: StageResult[];
  verdict: 'pass' | 'fail';
}

/**
 * Every policy decision of a report, in one place: built-in presets explain what every import
 * has, compat.yaml remaps severities and accepts findings, and the verdict fails on an unaccepted
 * finding at or above fail-on or on a stage that could not run. The CLI and the action both get
 * their report through this; the action's approval label (stepOutcome) then decides its step.
 */
export function decide(input: PolicyInput): Decision {
  const explained = applyPresets(input.findings, input.accept.presets, input.sets);
  const { findings, stale } = applyAcceptFile(explained, input.accept);
  const stages = stageResults(findings, input.steps);
  const errored = stages.some((s) => s.status === 'error');
  const verdict = failing(findings, input.failOn).length > 0 || errored ? 'fail' : 'pass';
  return { findings, stale, stages, verdict };
}

export interface StepOutcome {
  /** Whether the step fails. */
  fails: boolean;
  /** Whether the pull request carries the approval label. */
  approved: boolean;
}

/**
 * What the approval label does: a reviewer who applies it accepts the failing findings for this
 * pull request, so they stay listed but no longer fail the step. A stage that could not run is
 * not a finding anyone reviewed, so it fails the step with or without the label.
 */
export function stepOutcome(report: Report, labels: readonly string[], approveLabel: string): StepOutcome {
  const approved = labels.includes(approveLabel);
  const errored = report.stages.some((s) => s.status === 'error');
  return { approved, fails: report.verdict === 'fail' && (!approved || errored) };
}
