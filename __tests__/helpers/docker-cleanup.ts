// vitest global setup: gives this test run an id that every test image carries as a label (and so
// every container started from one), and removes them all when the run ends, dangling ones included
// (test files re-tag the same `compat-test/fake-*:local` names, which leaves the older image untagged).
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export const RUN_LABEL = 'compat-test-run';

declare module 'vitest' {
  export interface ProvidedContext {
    dockerTestRun: string;
  }
}

const docker = (args: string[]) => spawnSync('docker', args, { encoding: 'utf8', timeout: 60_000 });

let run = '';

export function setup(project: TestProject): void {
  run = randomUUID();
  project.provide('dockerTestRun', run);
}

export function teardown(): void {
  if (docker(['info']).status !== 0) return;
  const ids = (args: string[]) => [...new Set(docker(args).stdout?.split('\n').filter(Boolean) ?? [])];
  const containers = ids(['ps', '-aq', '--filter', `label=${RUN_LABEL}=${run}`]);
  if (containers.length) docker(['rm', '-f', ...containers]);
  const images = ids(['images', '-aq', '--filter', `label=${RUN_LABEL}=${run}`]);
  if (images.length) docker(['rmi', '-f', ...images]);
}
