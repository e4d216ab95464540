/**
 * The two windows the ink measures draw in: the audience window and the presenter view (1366×768, pen on),
 * each a window of its own as in the desktop app (window.ts), both on slide 1 of the bench deck. `openInkPair`
 * serves the bench's ink section; `inkSession` starts everything the stand-alone ink tools (ink-cpu.ts,
 * profile-ink.ts) need on a seeded store of their own.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledReports } from '../src/main/paths';
import { openStore } from '../src/main/store';
import { firstDeck, launch, newContext, startApp, type App } from './app';
import { openAt } from './deck';
import { ROOT } from './lib';
import { startSpinner } from './load';
import { newWindow } from './window';

export interface InkPair {
  ctx: BrowserContext;
  audience: Page;
  presenter: Page;
}

export async function openInkPair(browser: Browser, app: App, deckId: number, total: number): Promise<InkPair> {
  const ctx = await newContext(browser, { reducedMotion: 'reduce' });
  const audience = await newWindow(ctx);
  const presenter = await newWindow(ctx);
  await presenter.setViewportSize({ width: 1366, height: 768 });
  await openAt(audience, app, deckId, total, 1);
  await openAt(presenter, app, deckId, total, 1, '/presenter');
  await presenter.keyboard.press('p');
  return { ctx, audience, presenter };
}

/** A seeded store, the app, a browser and the ink pair; `loaded`: the bench's spinner on every core. */
export async function inkSession(loaded: boolean): Promise<InkPair & { app: App; browser: Browser; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-ink-'));
  const db = join(dir, 'seeded.sqlite');
  openStore(db, { seedBundles: bundledReports(join(ROOT, 'resources')) }).close();
  const app = await startApp(db);
  const browser = await launch();
  const spinner = loaded ? startSpinner() : null;
  const close = async () => {
    await spinner?.stop();
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deck = firstDeck(app.store.db);
    return { app, browser, close, ...(await openInkPair(browser, app, deck.id, deck.n)) };
  } catch (e) {
    await close();
    throw e;
  }
}
