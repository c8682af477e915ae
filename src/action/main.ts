import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { failing } from '../policy/apply.js';
import { runCheck } from '../orchestrate/check.js';
import { writeReportFiles } from '../report/files.js';
import { renderMarkdown } from '../report/markdown.js';
import { verdictCounts } from '../report/group.js';
import { readActionInputs } from './inputs.js';
import { actionLogger } from './logger.js';

/** The action: inputs -> check -> summary, outputs, files; fails the step on a failing verdict. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Safe defaults first, so a step that fails early still has its outputs.
  core.setOutput('verdict', 'error');
  core.setOutput('breaking-count', '0');
  core.setOutput('warning-count', '0');
  const options = readActionInputs(env);
  const report = await runCheck(options, { log: actionLogger, registerSecret: (value) => core.setSecret(value) });

  const dir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'connector-compat', options.connector);
  const files = await writeReportFiles(report, {
    json: options.jsonPath ?? path.join(dir, 'report.json'),
    markdown: options.markdownPath ?? path.join(dir, 'report.md'),
  });
  await core.summary.addRaw(renderMarkdown(report)).write();

  const counts = verdictCounts(report);
  core.setOutput('verdict', report.verdict);
  core.setOutput('breaking-count', String(counts.breaking));
  core.setOutput('warning-count', String(counts.warning));
  core.setOutput('report-path', files.json);
  core.setOutput('markdown-path', files.markdown);

  if (report.verdict === 'fail') {
    const fails = failing(report.findings, options.failOn);
    const errored = report.stages.filter((s) => s.status === 'error').map((s) => `${s.stage}: ${s.reason}`);
    core.setFailed(
      [
        fails.length ? `${fails.length} unaccepted finding(s) at or above '${options.failOn}' (first: ${fails[0].rule}${fails[0].binding ? ` on ${fails[0].binding}` : ''}).` : '',
        ...errored,
        'Explain each in compat.yaml (accept: - id: <fingerprint>, reason: ...) or fix the connector; see the job summary.',
      ].filter(Boolean).join(' '),
    );
  }
}
