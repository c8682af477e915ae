import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import type { Options } from '../model/options.js';
import { plural } from '../model/text.js';
import type { Report } from '../model/types.js';
import { stepOutcome } from '../policy/index.js';
import { failing } from '../policy/apply.js';
import { runCheck } from '../orchestrate/check.js';
import { writeReportFiles } from '../report/files.js';
import { sectionsOf, verdictCounts } from '../report/group.js';
import { codeSpan } from '../report/markdown.js';
import { renderBudgeted, SUMMARY_LIMIT_BYTES } from '../report/summary.js';
import { annotate } from './annotate.js';
import { octokitClient, pullRequestFromEnv, type PullRequestClientFactory } from './github.js';
import { readActionInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { currentLabels, publishComment } from './pull-request.js';

export interface ActionDeps {
  /** How to talk to GitHub about the pull request; tests pass their own. */
  pullRequestClient: PullRequestClientFactory;
}

// Room left in the step summary for what other steps' tools or a runner may add after ours.
const SUMMARY_MARGIN_BYTES = 16 * 1024;

function failureMessage(report: Report, options: Options): string {
  const fails = new Set(failing(report.findings, options.failOn));
  const errored = report.stages.filter((s) => s.status === 'error').map((s) => `${s.stage}: ${s.reason}`);
  // The first one the job summary and the annotations show.
  const first = sectionsOf(report)
    .sections.flatMap((s) => s.groups.flatMap((g) => g.findings))
    .find((f) => fails.has(f));
  return [
    fails.size
      ? `${plural(fails.size, 'unaccepted finding')} at or above '${options.failOn}'${first ? ` (first: ${first.rule}${first.binding ? ` on ${first.binding}` : ''})` : ''}.`
      : '',
    ...errored,
    'Explain each in compat.yaml (accept: - id: <fingerprint>, reason: ...) or fix the connector; see the job summary.',
    fails.size ? `If these changes are intended, apply the '${options.approveLabel}' label to the pull request.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const runUrl = (env: NodeJS.ProcessEnv): string | undefined =>
  env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;

/**
 * The action: inputs -> check -> approval label -> files, comment, job summary, annotations,
 * outputs; fails the step on a failing verdict that the label does not approve.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, deps: ActionDeps = { pullRequestClient: octokitClient }): Promise<void> {
  // Safe defaults first, so a step that fails early still has its outputs.
  core.setOutput('verdict', 'error');
  core.setOutput('breaking-count', '0');
  core.setOutput('warning-count', '0');
  const options = readActionInputs(env);
  const report = await runCheck(options, { log: actionLogger, registerSecret: (value) => core.setSecret(value) });

  const pr = pullRequestFromEnv(env);
  const client = pr && options.githubToken ? deps.pullRequestClient(pr, options.githubToken, env.GITHUB_API_URL) : undefined;
  const outcome = stepOutcome(report, await currentLabels(pr, client), options.approveLabel);
  if (outcome.approved) report.approval = { label: options.approveLabel };

  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'connector-compat', options.connector);
  const files = await writeReportFiles(report, {
    json: options.jsonPath ?? path.join(dir, 'report.json'),
    markdown: options.markdownPath ?? path.join(dir, 'report.md'),
  });
  const notes = options.comment ? await publishComment(report, pr, client, runUrl(env)) : [];
  const summary = renderBudgeted(report, {
    maxBytes: SUMMARY_LIMIT_BYTES - SUMMARY_MARGIN_BYTES,
    fullReport: `in ${codeSpan(files.markdown ?? '')} and ${codeSpan(files.json ?? '')} on the runner (outputs markdown-path and report-path; keep them with actions/upload-artifact)`,
    notes,
  });
  await core.summary.addRaw(summary).write();
  annotate(report, env.GITHUB_WORKSPACE ?? process.cwd());

  const counts = verdictCounts(report);
  core.setOutput('verdict', report.verdict);
  core.setOutput('breaking-count', String(counts.breaking));
  core.setOutput('warning-count', String(counts.warning));
  core.setOutput('report-path', files.json);
  core.setOutput('markdown-path', files.markdown);

  if (outcome.fails) core.setFailed(failureMessage(report, options));
  else if (report.verdict === 'fail')
    core.notice(
      `The '${options.approveLabel}' label approves this pull request's ${plural(counts.breaking, 'breaking finding')}: they are listed in the job summary but do not fail the check.`,
    );
}
