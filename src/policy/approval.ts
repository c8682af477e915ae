import type { Report } from '../model/types.js';

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
