import fs from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that run connectors in Docker go first: they mostly wait on the engine (a container
 * costs about a second to start here), so they overlap the CPU-bound files that follow instead of
 * making a tail of their own after them. Within each group, vitest's own order.
 */
class DockerFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const docker = (f: TestSpecification) => fs.readFileSync(f.moduleId, 'utf8').includes('describeDocker(');
    return [...sorted.filter(docker), ...sorted.filter((f) => !docker(f))];
  }
}

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Removes the Docker images and containers the tests made, and the run's temporary folders, when the run ends.
    globalSetup: ['__tests__/helpers/docker-cleanup.ts', '__tests__/helpers/temp-root.ts'],
    setupFiles: ['__tests__/helpers/engine-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Three files at a time on this 2-core machine: the end-to-end tests spend much of their time waiting
    // on connectors (quiet periods, stops), so a third worker fills that time (75 s against 94 s with two).
    maxWorkers: 3,
    sequence: { sequencer: DockerFirst },
  },
});
