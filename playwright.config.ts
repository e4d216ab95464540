import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './src/main/pdf/chromium';

/**
 * E2E in Debian's Chromium (never a downloaded browser), against the built renderer served by the real
 * web bridge over a temporary SQLite store (see e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1600, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      // The same quiet, offline flags the PDF exporter starts Chromium with.
      args: [...CHROMIUM_ARGS],
    },
  },
});
