// An image that cannot be used stops the check before any connector runs, with one line that says
// what to do, and exit code 2 (bad input), whichever side it is on.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REGISTRY, describeDocker, testImages } from '../helpers/docker.js';
import { check, workspace } from './workspace.js';

/** Exit 2, nothing on stdout, and the error as the last and only `connector-compat check:` line. */
async function expectOneLine(flags: string[], message: RegExp) {
  const res = await check(workspace({ 'config.yaml': 'token: hunter2\n' }), flags);
  expect(res.code, res.stderr).toBe(2);
  expect(res.stdout).toBe('');
  const lines = res.stderr.trimEnd().split('\n');
  expect(lines.filter((l) => l.startsWith('connector-compat check:'))).toEqual([lines.at(-1)]);
  expect(lines.at(-1)).toMatch(message);
  // Acquired before anything runs: the usable side never started a connector.
  expect(res.stderr).not.toMatch(/: spec$/m);
  expect(res.report).toBeUndefined();
}

describeDocker('images that cannot be used', () => {
  beforeAll(() => {
    testImages();
  });

  it('a :local candidate that was never built', async () => {
    await expectOneLine(
      ['--baseline-image', testImages().local('good'), '--candidate-image', 'compat-test/never-built:local'],
      /^connector-compat check: image compat-test\/never-built:local not found locally: ":local" images are never pulled; build it first or name another image$/,
    );
  });

  it('a baseline the registry does not have', async () => {
    await expectOneLine(
      ['--baseline-image', `${REGISTRY}/compat-test/never-pushed:v1`, '--candidate-image', testImages().local('good')],
      /^connector-compat check: image 127\.0\.0\.1:5000\/compat-test\/never-pushed:v1 not found: .*manifest unknown.*; check the image name and tag$/,
    );
  });

  it('an image without the FLOW_RUNTIME_CODEC=json label', async () => {
    await expectOneLine(
      ['--baseline-image', testImages().local('good'), '--candidate-image', testImages().noCodec],
      /^connector-compat check: image compat-test\/fake-nocodec:local speaks protobuf \(no FLOW_RUNTIME_CODEC=json label\) and connector-compat talks JSON only: .*baseline-command\/candidate-command\), or set protocol to airbyte for an Airbyte connector$/,
    );
  });
});

// No engine needed: the point is that there is none.
describe('no Docker engine', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says the engine is not reachable and how to do without it', async () => {
    vi.stubEnv('DOCKER_HOST', 'unix:///nonexistent.sock');
    await expectOneLine(
      ['--baseline-image', 'compat-test/fake-good:local', '--candidate-image', 'compat-test/fake-good:local'],
      /^connector-compat check: Docker engine not reachable: start dockerd or use baseline-command\/candidate-command\/--\*-snapshots$/,
    );
  });
});
