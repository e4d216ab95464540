/**
 * Each test worker gets its own temporary store, seeded like a first run, and the real web bridge
 * serving the built renderer (out/renderer) with the real handlers. Nothing is mocked.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../src/main/api/handlers';
import { bundledReports } from '../src/main/paths';
import { openStore, type Store } from '../src/main/store';
import { forgetOpened } from '../src/main/store/reports';
import { startBridge, type Bridge } from '../src/main/web/server';
import { PresentationHub } from '../src/main/presentation-hub';

const ROOT = resolve(__dirname, '..');

export interface App {
  store: Store;
  bridge: Bridge;
  /** The presentation every page of this worker follows (reset before each test). */
  hub: PresentationHub;
  /** Open the app in `page`, wait until the deck is shown, and fail on any request that leaves the loopback origin. */
  open(page: Page, path?: string): Promise<void>;
}

export const test = base.extend<{ loopbackOnly: string[]; freshPresentation: void }, { app: App }>({
  /**
   * Every test starts with no presentation running and no report last opened: one test's slide (or the
   * report it imported) is not the next test's start.
   */
  freshPresentation: [
    async ({ app }, use) => {
      app.hub.reset();
      forgetOpened(app.store.db);
      await use();
    },
    { auto: true },
  ],
  /** Every test: the app must never make a request beyond its own loopback origin. */
  loopbackOnly: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!/^(data|blob):/.test(url) && !/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) outside.push(url);
      });
      await use(outside);
      expect(outside, 'network requests outside the app').toEqual([]);
    },
    { auto: true },
  ],
  app: [
    // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const rendererDir = join(ROOT, 'out/renderer');
      if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
      const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
      const store = openStore(join(dir, 'e2e.sqlite'), { seedBundles: bundledReports(join(ROOT, 'resources')) });
      const hub = new PresentationHub();
      const bridge = await startBridge({ handlers: createHandlers(store, 'e2e', hub), hub, rendererDir });
      const open = async (page: Page, path = '/') => {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${bridge.origin}${path}${sep}token=${bridge.token}`);
        // Ready when the deck has loaded (keys pressed before then have no deck to move).
        await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
      };
      await use({ store, bridge, hub, open });
      await bridge.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect };
