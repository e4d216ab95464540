import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // CLI tests spawn real processes; on a loaded machine a cold tsx start can take seconds.
    testTimeout: 60_000,
    // Headless exports keep a browser profile in the user's cache folder (src/main/pdf/profile.ts): the tests' own.
    env: { XDG_CACHE_HOME: join(tmpdir(), 'briefing-desk-test-cache') },
  },
});
