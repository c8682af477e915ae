import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Removes the Docker images and containers the tests made when the run ends.
    globalSetup: ['__tests__/helpers/docker-cleanup.ts'],
    setupFiles: ['__tests__/helpers/engine-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Three files at a time on this 2-core machine: the end-to-end tests spend much of their time waiting
    // on connectors (quiet periods, stops), so a third worker fills that time (75 s against 94 s with two).
    maxWorkers: 3,
  },
});
