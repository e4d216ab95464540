/**
 * English UI: every word of the chrome is English on the deck (every slide), the overview, the data desk,
 * the presenter view and the key help. What stays Chinese is the report's content — titles without an
 * English version, labels, units, periods, quotes, notes — which the test takes from the store itself.
 */
import type { Page } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { switchView } from './data-helpers';
import { expect, test, type App } from './fixtures';
import { counter } from './helpers';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Every string of the report, its deck and its figures, longest first: what may be Chinese in English mode. */
function contentOf(app: App): { pieces: string[]; corpus: string } {
  const report = getReport(app.store.db, 1)!;
  const deck = getDeck(app.store.db, 1)!;
  const figures = listFigures(app.store.db, 1);
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([report, deck, figures]);
  const pieces = [...new Set(strings.filter((s) => CJK.test(s) && s.length < 200))].sort((a, b) => b.length - a.length);
  return { pieces, corpus: strings.join('\n') };
}

/** The page's words: visible and hidden text nodes (not style/script), accessible names, titles, placeholders, the document title. */
async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('style, script')) continue;
      // The language switch names the other language in its own script, as language pickers do.
      if (parent.closest('[data-testid="lang-toggle"]')) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    return out;
  });
}

/** The words of the page that are Chinese once the report's own strings are taken out. */
async function chineseChrome(page: Page, content: { pieces: string[]; corpus: string }): Promise<string[]> {
  const words = await pageWords(page);
  return words.filter((w) => {
    if (!CJK.test(w) || content.corpus.includes(w)) return false;
    let rest = w;
    for (const p of content.pieces) if (rest.includes(p)) rest = rest.split(p).join(' ');
    return CJK.test(rest);
  });
}

async function english(page: Page): Promise<void> {
  await page.mouse.move(800, 450);
  await page.mouse.move(820, 460);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('lang-toggle')).toHaveText('中文');
}

test.afterEach(async ({ page }) => {
  // Back to Chinese for the tests that follow in this worker's browser.
  await page.evaluate(() => localStorage.clear());
});

test('in English, no Chinese chrome on any slide, the overview or the key help', async ({ page, app }, testInfo) => {
  const content = contentOf(app);
  await app.open(page);
  await english(page);
  const total = getDeck(app.store.db, 1)!.slides.length;
  const found: string[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(counter(page)).toHaveText(`${i} / ${total}`);
    found.push(...(await chineseChrome(page, content)).map((w) => `slide ${i}: ${w}`));
    const chart = await page.locator('.slide figure, .slide canvas').count();
    if (chart && !testInfo.attachments.some((a) => a.name === 'chart-slide-en.png'))
      await testInfo.attach('chart-slide-en.png', { body: await page.screenshot(), contentType: 'image/png' });
    if (i < total) await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toBeVisible();
  found.push(...(await chineseChrome(page, content)).map((w) => `help: ${w}`));
  await page.keyboard.press('Escape');
  await page.keyboard.press('o');
  await expect(page.getByTestId('overview')).toBeVisible();
  found.push(...(await chineseChrome(page, content)).map((w) => `overview: ${w}`));
  expect(found).toEqual([]);
});

test('in English, the data desk and the presenter view have no Chinese chrome', async ({ page, app }, testInfo) => {
  const content = contentOf(app);
  await app.open(page);
  await english(page);
  await switchView(page, 'data');
  await expect(page.getByTestId('data-view')).toBeVisible();
  await page.getByTestId('figure-table').getByRole('button').first().click();
  await expect(page.getByTestId('edit-form')).toBeVisible();
  await testInfo.attach('data-desk-en.png', { body: await page.screenshot(), contentType: 'image/png' });
  const found = (await chineseChrome(page, content)).map((w) => `data: ${w}`);

  await app.open(page, '/presenter');
  await expect(page.getByTestId('presenter-position')).toContainText('Slide');
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await page.getByTestId('backup-toggle').click();
  await expect(page.getByTestId('backup')).toBeVisible();
  await testInfo.attach('presenter-en.png', { body: await page.screenshot(), contentType: 'image/png' });
  found.push(...(await chineseChrome(page, content)).map((w) => `presenter: ${w}`));
  expect(found).toEqual([]);
});

test('a print in English: page numbers, running heads, contents and appendix are English', async ({ page, app }, testInfo) => {
  const content = contentOf(app);
  for (const layout of ['slides', 'brief'] as const) {
    await page.goto(`${app.bridge.origin}/print.html?layout=${layout}&internal=1&lang=en&token=${app.bridge.token}`);
    await expect(page.locator('main.print-root')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    if (layout === 'slides') await expect(page.locator('.foot').first()).toContainText('Page 1 of');
    else await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
    await testInfo.attach(`print-${layout}-en.png`, { body: await page.screenshot(), contentType: 'image/png' });
    expect((await chineseChrome(page, content)).map((w) => `${layout}: ${w}`)).toEqual([]);
  }
});
