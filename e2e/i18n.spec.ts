/**
 * English UI: every word of the chrome is English on the deck (every slide), the overview, the data desk,
 * the presenter view and the key help. What stays Chinese is the report's content — titles without an
 * English version, labels, units, periods, quotes, notes — which the test takes from the store itself.
 */
import type { Page } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport, listReports } from '../src/main/store/reports';
import { KNOWN_UNITS } from '../src/shared/units';
import { switchView } from './data-helpers';
import { expect, test, type App } from './fixtures';
import { counter } from './helpers';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Where the chrome's words meet the report's: spaces, the dash before a speaker, ASCII punctuation of English text. */
const SEPARATORS = /[\s\u3000—–|:,;=()]+/u;

/**
 * Every string of the report (its full text only where the page shows it: a word of chrome could hide
 * in it), its deck, its figures and the known units: what may be Chinese in English mode.
 */
function contentOf(app: App, withText = false): { pieces: string[]; corpus: string; withText: boolean } {
  const { text, ...report } = getReport(app.store.db, 1)!;
  const deck = getDeck(app.store.db, 1)!;
  const figures = listFigures(app.store.db, 1);
  const strings: string[] = [...KNOWN_UNITS];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  // Every report's summary too (the data desk's picker lists reports other tests imported), and the
  // reasons staff gave for corrections (the edit history shows them as written).
  const reasons = app.store.db.prepare('SELECT reason FROM figure_edits').all();
  walk([report, deck, figures, listReports(app.store.db), reasons]);
  if (withText) strings.push(text);
  const pieces = [...new Set(strings.filter((s) => CJK.test(s) && s.length < 200))].sort((a, b) => b.length - a.length);
  return { pieces, corpus: strings.join('\n'), withText };
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

/**
 * The words of the page with Chinese that is not the report's: split at spaces and punctuation, a
 * Chinese token passes when the report's strings hold it (two characters or more), or when it is made
 * of the report's own strings (qualifier, number, unit: 迈上 + 千亿 + 元) and characters that are not Chinese.
 */
/** Whether `tok` splits wholly into `pieces` and non-Chinese characters (a word break, by dynamic programming). */
function madeOfPieces(tok: string, pieces: string[]): boolean {
  const ok = [true, ...Array<boolean>(tok.length).fill(false)];
  for (let i = 0; i < tok.length; i++) {
    if (!ok[i]) continue;
    if (!CJK.test(tok[i] as string)) ok[i + 1] = true;
    for (const p of pieces) if (tok.startsWith(p, i)) ok[i + p.length] = true;
  }
  return ok[tok.length] as boolean;
}

async function chineseChrome(page: Page, content: { pieces: string[]; corpus: string; withText: boolean }): Promise<string[]> {
  // A single character counts when the report's text holds it (print splits a quote at each number and unit).
  const isContent = (tok: string): boolean =>
    !CJK.test(tok) || ((tok.length >= 2 || content.withText) && content.corpus.includes(tok)) || madeOfPieces(tok, content.pieces);
  const words = await pageWords(page);
  return words.filter((w) => !w.split(SEPARATORS).every(isContent));
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
  const deck = getDeck(app.store.db, 1)!;
  const total = deck.slides.length;
  const found: string[] = [];
  let shotChart = false;
  for (let i = 1; i <= total; i++) {
    await expect(counter(page)).toHaveText(`${i} / ${total}`);
    found.push(...(await chineseChrome(page, content)).map((w) => `slide ${i}: ${w}`));
    if (!shotChart && deck.slides[i - 1]?.chart) {
      await page.waitForTimeout(600); // the chart's entry animation
      await page.screenshot({ path: testInfo.outputPath('chart-slide-en.png') });
      shotChart = true;
    }
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
  await page.screenshot({ path: testInfo.outputPath('data-desk-en.png') });
  const found = (await chineseChrome(page, content)).map((w) => `data: ${w}`);

  await app.open(page, '/presenter');
  await expect(page.getByTestId('presenter-position')).toContainText('Slide');
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await page.getByTestId('backup-toggle').click();
  await expect(page.getByTestId('backup')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('presenter-en.png') });
  found.push(...(await chineseChrome(page, content)).map((w) => `presenter: ${w}`));
  expect(found).toEqual([]);
});

test('a print in English: page numbers, running heads, contents and appendix are English', async ({ page, app }, testInfo) => {
  // The brief sets the report's own text as its body.
  const content = contentOf(app, true);
  for (const layout of ['slides', 'brief'] as const) {
    await page.goto(`${app.bridge.origin}/print.html?layout=${layout}&internal=1&lang=en&token=${app.bridge.token}`);
    await expect(page.locator('main.print-root')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    if (layout === 'slides') await expect(page.locator('.foot').first()).toContainText('Page 1 of');
    else await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`print-${layout}-en.png`) });
    expect((await chineseChrome(page, content)).map((w) => `${layout}: ${w}`)).toEqual([]);
  }
});
