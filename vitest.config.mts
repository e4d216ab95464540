import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // CLI tests spawn real processes; on a loaded machine a cold tsx start can take seconds.
    testTimeout: 60_000,
  },
});
