/** Themes and UI language: switchable from the deck's control bar, remembered across a reload. */
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';

test('the paper theme and the English UI are one click away and remembered', async ({ page, app }, testInfo) => {
  await app.open(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'projector');
  await page.mouse.move(800, 450);
  await page.mouse.move(820, 460);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'paper');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--slide-bg').trim());
  expect(bg).not.toBe('#0d1626');

  await page.getByTestId('lang-toggle').click();
  const deck = getDeck(app.store.db, 1)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck.slides[0].titleEn);
  await page.screenshot({ path: testInfo.outputPath('paper-english.png') });

  await page.reload();
  await page.getByTestId('slide-number').filter({ visible: true }).waitFor();
  await expect(html).toHaveAttribute('data-theme', 'paper');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck.slides[0].titleEn);
  // Back to the defaults, for the tests that follow in this worker's browser.
  await page.mouse.move(800, 450);
  await page.mouse.move(820, 460);
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('lang-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'projector');
});
