/** Getting around the bundled deck (31 slides): the overview, go-to-slide, the progress bar, and the slide kept over a reload. */
import type { Route } from '@playwright/test';
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { counter, goToSlide } from './helpers';

/**
 * The web bridge's presentation socket (lib/api-socket.ts), its address with the page's own id after it
 * (?page=…); these tests hold or fail the actions on it.
 */
const WEB_SOCKET = /\/present(?:\?|$)/;

test('O and Esc toggle the overview; a click or Enter opens a slide', async ({ page, app }, testInfo) => {
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  const overview = page.getByTestId('overview');
  const cards = overview.locator('button[data-index]');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await expect(cards).toHaveCount(n);
  // Each card is named by its caption, "第 n 页：title" (the thumbnail is hidden from assistive tech);
  // the current one is marked and has focus. Accessible names collapse white space, the title's too.
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [i, slide] of deck.slides.entries())
    await expect(cards.nth(i)).toHaveAccessibleName(new RegExp(`^第 ${i + 1} 页：\\s?${literal(words(slide.title))}$`));
  await expect(cards.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(cards.nth(1)).toBeFocused();
  // Thumbnails are the real slides, titles included, without a second "slide-number".
  await expect(cards.nth(0)).toContainText(deck.slides[0].title.slice(0, 6));
  await expect(counter(page)).toHaveCount(0);
  await page.waitForTimeout(800);
  await page.screenshot({ path: testInfo.outputPath('overview.png') });

  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`2 / ${n}`);

  await page.keyboard.press('Escape'); // Esc toggles too
  await expect(overview).toBeVisible();
  await page.keyboard.press('o');
  await expect(overview).toBeHidden();

  await page.keyboard.press('O');
  await cards.nth(4).click();
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`5 / ${n}`);

  // Keyboard: arrows move among the cards (down by a whole row), Enter opens.
  await page.keyboard.press('o');
  await expect(cards.nth(4)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(5)).toBeFocused();
  const cols = await overview.locator('ol').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(5 + cols)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${6 + cols} / ${n}`);
});

test('G, a number and Enter go to that slide; Esc cancels; a number outside the deck says so', async ({ page, app }) => {
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await page.keyboard.press('g');
  await page.keyboard.press('1');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`15 / ${n}`);
  await expect(page.getByTestId('goto')).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(`没有第 99 页：共 ${n} 页`);
  await expect(page.getByRole('textbox', { name: '跳转到第几页' })).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('goto')).toBeHidden();
  await expect(counter(page)).toHaveText(`15 / ${n}`);

  await page.keyboard.press('G');
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('请输入数字页码');
  await page.keyboard.press('Escape');
  // Esc closed only the prompt, not the deck.
  await expect(page.getByTestId('overview')).toBeHidden();
  await expect(counter(page)).toHaveText(`15 / ${n}`);
});

test('the progress bar’s width follows the slide', async ({ page, app }) => {
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  const bar = page.getByTestId('progress');
  const ratio = () =>
    bar.evaluate(
      (el) =>
        el.querySelector<HTMLElement>('[data-testid="progress-fill"]')!.getBoundingClientRect().width / el.getBoundingClientRect().width,
    );
  await expect(bar).toHaveAttribute('aria-valuenow', '1');
  await expect.poll(ratio).toBeCloseTo(1 / n, 2);
  await goToSlide(page, 15);
  await expect(bar).toHaveAttribute('aria-valuenow', '15');
  await expect.poll(ratio).toBeCloseTo(15 / n, 2);
  await page.keyboard.press('End');
  await expect.poll(ratio).toBeCloseTo(1, 2);
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(page.viewportSize()!.height, 0);
  expect(box.height).toBeLessThanOrEqual(6);
});

test('a reload comes back to the same slide', async ({ page, app }) => {
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await goToSlide(page, 7);
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  // The slide is on screen at once; the reload comes after the main process has heard of it too.
  await expect.poll(() => app.hub.current.index).toBe(6);
  await page.reload();
  await expect(counter(page)).toHaveText(`7 / ${n}`);
});

test("after the main process forgets the presentation, a reload comes back to this window's own last slide", async ({ page, app }) => {
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await goToSlide(page, 7);
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  await expect.poll(() => app.hub.current.index).toBe(6);
  // As after a restart of the main process: no deck open, no slide. The window's own memory must carry it.
  app.hub.reset();
  await page.reload();
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  expect(app.hub.current).toMatchObject({ deckId: 1, index: 6 });
});

test('a slide shown before the hub has answered is the one a reload comes back to', async ({ page, app }) => {
  // Presentation actions over HTTP only (the socket refused), so the one under test can be held.
  await page.routeWebSocket(WEB_SOCKET, (ws) => ws.close());
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  // The move to slide 7 is on screen at once, but its request to the main process is held and never
  // answered: as when the main process restarts (forgetting everything) before the request reaches it.
  const held: Route[] = [];
  await page.route('**/api/present.act', (route) => void held.push(route));
  await goToSlide(page, 7);
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  await expect.poll(() => held.length).toBe(1);
  app.hub.reset();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  expect(app.hub.current).toMatchObject({ deckId: 1, index: 6 });
});

test('a move the hub refused is not the one a reload comes back to', async ({ page, app }) => {
  await page.routeWebSocket(WEB_SOCKET, (ws) => ws.close());
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await goToSlide(page, 3);
  await expect.poll(() => app.hub.current.index).toBe(2);
  // The move to slide 7 shows at once; then its request fails, and the window goes back to slide 3.
  const held: Route[] = [];
  await page.route('**/api/present.act', (route) => void held.push(route));
  await goToSlide(page, 7);
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  await expect.poll(() => held.length).toBe(1);
  await held[0]!.abort();
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  // The address follows in the frame after the one showing slide 3 (App.svelte): a reload before it would
  // come back to the deep link #/slide/7 it still named (one run in ten here).
  await expect(page).toHaveURL(/#\/slide\/3$/u);
  await page.unrouteAll();
  // With the main process forgetting too, only the window's memory decides: it holds slide 3, not 7.
  app.hub.reset();
  await page.reload();
  await expect(counter(page)).toHaveText(`3 / ${n}`);
});

test('a move whose presentation socket closes before the answer is undone, as a refused request is', async ({ page, app }) => {
  // The actions go over the socket once it is open: the move to slide 7 closes it, unanswered.
  let cut = false;
  await page.routeWebSocket(WEB_SOCKET, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      if (String(m).includes('"goto"') && String(m).includes('"index":6')) {
        cut = true;
        return void ws.close();
      }
      server.send(m);
    });
  });
  await app.open(page);
  const n = getDeck(app.store.db, 1)!.slides.length;
  await goToSlide(page, 3);
  await expect.poll(() => app.hub.current.index).toBe(2);
  await goToSlide(page, 7);
  await expect.poll(() => cut).toBe(true);
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  expect(app.hub.current.index).toBe(2);
});
