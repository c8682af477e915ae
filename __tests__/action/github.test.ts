import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { octokitClient, pullRequestFromEnv, type PullRequestRef } from '../../src/action/github.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';

const ref: PullRequestRef = { owner: 'estuary', repo: 'connectors', number: 7, labels: [] };

describe('octokitClient against a stand-in GitHub API', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(() => gh.close());

  it('creates the comment once, then updates it in place', async () => {
    const client = octokitClient(ref, 'test-token', gh.url);
    expect(await client.upsertComment('<!-- m -->', '<!-- m -->\nfirst')).toBe('created');
    expect(await client.upsertComment('<!-- m -->', '<!-- m -->\nsecond')).toBe('updated');
    expect(gh.comments.map((c) => c.body)).toEqual(['<!-- m -->\nsecond']);
    expect(gh.requests.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /repos/estuary/connectors/issues/7/comments',
      `PATCH /repos/estuary/connectors/issues/comments/${gh.comments[0].id}`,
    ]);
  });

  it('leaves a reviewer comment that quotes the marker alone', async () => {
    gh.comments.push({ id: 1, body: '> <!-- m -->\n> quoted', user: { login: 'reviewer' } });
    await octokitClient(ref, 'test-token', gh.url).upsertComment('<!-- m -->', '<!-- m -->\nours');
    expect(gh.comments.map((c) => c.body)).toEqual(['> <!-- m -->\n> quoted', '<!-- m -->\nours']);
  });

  it('reads the labels on the pull request now', async () => {
    gh.labels = ['compat:approved', 'import'];
    expect(await octokitClient(ref, 'test-token', gh.url).labels()).toEqual(['compat:approved', 'import']);
  });

  it('rejects with the HTTP status when the token may not write', async () => {
    gh.denyWrites = true;
    await expect(octokitClient(ref, 'test-token', gh.url).upsertComment('<!-- m -->', 'x')).rejects.toMatchObject({ status: 403 });
    expect(gh.comments).toEqual([]);
  });
});

describe('pullRequestFromEnv', () => {
  const event = (payload: unknown): string => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'event-')), 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return file;
  };

  it('reads the number and labels of a pull_request event', () => {
    const GITHUB_EVENT_PATH = event({ pull_request: { number: 12, labels: [{ name: 'compat:approved' }] } });
    expect(pullRequestFromEnv({ GITHUB_EVENT_PATH, GITHUB_REPOSITORY: 'estuary/connectors' })).toEqual({
      owner: 'estuary',
      repo: 'connectors',
      number: 12,
      labels: ['compat:approved'],
    });
  });

  it('is undefined for a push event', () => {
    const GITHUB_EVENT_PATH = event({ ref: 'refs/heads/main' });
    expect(pullRequestFromEnv({ GITHUB_EVENT_PATH, GITHUB_REPOSITORY: 'estuary/connectors' })).toBeUndefined();
  });
});
