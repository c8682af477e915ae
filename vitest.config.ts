import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Removes the Docker images and containers the tests made when the run ends.
    globalSetup: ['__tests__/helpers/docker-cleanup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Docker end-to-end tests share one engine; run files in parallel but keep the machine's 2 cores in mind.
    maxWorkers: 2,
  },
});
