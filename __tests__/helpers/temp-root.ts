// vitest global setup: every temporary folder the tests (and the code they run) make goes under one
// folder of this run, removed when the run ends, so test runs leave nothing in the system's temp dir.
// Set before the test workers start, so they and the processes they spawn inherit it (os.tmpdir()
// reads TMPDIR on each call).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let root = '';

export function setup(): void {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'connector-compat-tests-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root;
}

export function teardown(): void {
  // A container may have written files as another user: removal is best effort, never a failed run.
  try {
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  } catch (e) {
    console.warn(`could not remove the tests' temporary folder ${root}: ${(e as Error).message}`);
  }
}
