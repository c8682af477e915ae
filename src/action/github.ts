import { getOctokit } from '@actions/github';
import { existsSync, readFileSync } from 'node:fs';

/** The pull request a workflow run is for, as its event payload names it. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** Labels as the payload had them when the event fired: a re-run keeps the old payload. */
  labels: string[];
}

/** All the action asks of GitHub about its pull request: the edge that tests swap. */
export interface PullRequestClient {
  /** The labels on the pull request now. */
  labels(): Promise<string[]>;
  /** Updates the comment that starts with `marker`, or creates it. */
  upsertComment(marker: string, body: string): Promise<'created' | 'updated'>;
}

export type PullRequestClientFactory = (ref: PullRequestRef, token: string, apiUrl: string | undefined) => PullRequestClient;

const labelNames = (labels: unknown): string[] =>
  Array.isArray(labels)
    ? labels.map((l) => (l && typeof l === 'object' ? (l as { name?: unknown }).name : l)).filter((n): n is string => typeof n === 'string')
    : [];

/** The pull request of a `pull_request` or `pull_request_target` run; undefined for other events. */
export function pullRequestFromEnv(env: NodeJS.ProcessEnv): PullRequestRef | undefined {
  const eventPath = env.GITHUB_EVENT_PATH;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!eventPath || !owner || !repo || !existsSync(eventPath)) return undefined;
  const pr = (JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown; labels?: unknown } }).pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return { owner, repo, number: pr.number, labels: labelNames(pr.labels) };
}

/** The client on @actions/github's Octokit; apiUrl is GITHUB_API_URL (GitHub Enterprise, or a test server). */
export const octokitClient: PullRequestClientFactory = (ref, token, apiUrl) => {
  const octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
  const issue = { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 };
  return {
    async labels() {
      return labelNames(await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, issue));
    },
    async upsertComment(marker, body) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, issue);
      // Starts with, not includes: a reviewer quoting the comment must not have theirs overwritten.
      const mine = comments.find((c) => c.body?.startsWith(marker));
      if (mine) {
        await octokit.rest.issues.updateComment({ owner: ref.owner, repo: ref.repo, comment_id: mine.id, body });
        return 'updated';
      }
      await octokit.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.number, body });
      return 'created';
    },
  };
};
