import * as core from '@actions/core';
import { errorMessage } from '../model/errors.js';
import type { Report } from '../model/types.js';
import { escapeMd } from '../report/markdown.js';
import { COMMENT_LIMIT_BYTES, renderBudgeted } from '../report/summary.js';
import type { PullRequestClient, PullRequestRef } from './github.js';

/** The labels on the pull request: asked of the API, since a re-run keeps the event's old payload. */
export async function currentLabels(pr: PullRequestRef | undefined, client: PullRequestClient | undefined): Promise<string[]> {
  if (!pr) return [];
  if (!client) return pr.labels;
  try {
    return await client.labels();
  } catch (err) {
    core.info(`Could not read the pull request's labels (${errorMessage(err)}); using the labels of the event.`);
    return pr.labels;
  }
}

/** The hidden first line that finds this connector's comment again; one comment per connector. */
export const commentMarker = (connector: string): string => `<!-- connector-compat:${encodeURIComponent(connector)} -->`;

const statusOf = (err: unknown): number | undefined => {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Writes the report as one pull request comment, created once and then updated in place. It never
 * fails the check: when the token may not write (a pull request from a fork gets a read-only
 * token), it says so in a notice and returns a note for the job summary, which holds the report.
 */
export async function publishComment(
  report: Report,
  pr: PullRequestRef | undefined,
  client: PullRequestClient | undefined,
  runUrl: string | undefined,
): Promise<string[]> {
  const missing = !pr ? 'this run is not for a pull request' : !client ? 'no github-token was given' : undefined;
  if (missing || !client) {
    core.notice(`comment is true, but ${missing}: the report is in the job summary.`);
    return [];
  }
  const marker = commentMarker(report.connector);
  const body = `${marker}\n${renderBudgeted(report, {
    maxBytes: COMMENT_LIMIT_BYTES - Buffer.byteLength(marker) - 1,
    fullReport: runUrl ? `in the job summary of [the workflow run](${runUrl})` : 'in the job summary of the workflow run',
  })}`;
  try {
    core.info(`Pull request comment ${await client.upsertComment(marker, body)}.`);
    return [];
  } catch (err) {
    const status = statusOf(err);
    const reason =
      status === 403 || status === 404
        ? 'the token may not write to this pull request (a pull request from a fork gets a read-only token)'
        : errorMessage(err);
    const http = status ? ` (HTTP ${status})` : '';
    core.notice(`Could not write the pull request comment${http}: ${reason}. The report is in the job summary.`);
    return [
      `> [!NOTE]\n> The pull request comment could not be written${http}: ${escapeMd(reason)}. This summary is the report; the section to paste into the pull request is at its end.`,
    ];
  }
}
