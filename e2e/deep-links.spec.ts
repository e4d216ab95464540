/**
 * Deep links: `#/slide/N` opens slide N on load and on a hash change; the address follows the slide
 * without flooding Back; the overview and the presenter view copy the link (without the bridge's token).
 */
import type { Page } from '@playwright/test';
import { WEB_TOKEN_HEADER } from '../src/shared/channels';
import { PRINT_READY } from '../src/shared/print';
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { counter } from './helpers';

async function openAt(page: Page, origin: string, token: string, path: string, hash: string): Promise<void> {
  await page.goto(`${origin}${path}?token=${token}${hash}`);
  await counter(page).waitFor();
}

test('a deep link opens slide 12, in every window; the hash follows the slide', async ({ page, context, app }) => {
  const n = getDeck(app.store.db, 1)!.slides.length;
  // Another window is on slide 1 already: the link still wins, and that window follows.
  const other = await context.newPage();
  await app.open(other);
  await expect(counter(other)).toHaveText(`1 / ${n}`);
  await openAt(page, app.bridge.origin, app.bridge.token, '/', '#/slide/12');
  await expect(counter(page)).toHaveText(`12 / ${n}`);
  await expect(counter(other)).toHaveText(`12 / ${n}`);
  // Paging updates the address in place: Back does not walk through the slides.
  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`13 / ${n}`);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/slide/13');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/slide/14');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // A hash typed later (or a link followed inside the page) goes there.
  await page.evaluate(() => (location.hash = '#/slide/3'));
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  await expect(counter(other)).toHaveText(`3 / ${n}`);
  // Out of range: the last slide; not a slide hash: nothing moves.
  await page.evaluate(() => (location.hash = '#/slide/999'));
  await expect(counter(page)).toHaveText(`${n} / ${n}`);
  await page.evaluate(() => (location.hash = '#/slide/0'));
  await page.waitForTimeout(300);
  await expect(counter(page)).toHaveText(`${n} / ${n}`);
  // A reload stays where the address says.
  await page.evaluate(() => (location.hash = '#/slide/7'));
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  await page.reload();
  await expect(counter(page)).toHaveText(`7 / ${n}`);
  await other.close();
});

test('the presenter view and the overview copy the link to the current slide, without the token', async ({ page, context, app }) => {
  const n = getDeck(app.store.db, 1)!.slides.length;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.bridge.origin });
  await openAt(page, app.bridge.origin, app.bridge.token, '/presenter', '#/slide/12');
  await expect(counter(page)).toHaveText(`12 / ${n}`);
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${app.bridge.origin}/?slide=12#/slide/12`);
  expect(copied).not.toContain(app.bridge.token);

  // The copied link, followed in this tab (its token is kept in the tab's session, not in the link),
  // opens the audience view on slide 12. The bridge does not answer a tab that never had the token.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`13 / ${n}`);
  const audience = page;
  await audience.goto(copied);
  await expect(counter(audience)).toHaveText(`12 / ${n}`);
  // The overview copies the slide chosen there.
  await audience.keyboard.press('o');
  await expect(audience.getByTestId('overview')).toBeVisible();
  await audience.keyboard.press('ArrowRight');
  await expect.poll(() => app.hub.current.index).toBe(12);
  await audience.getByTestId('copy-link').click();
  await expect.poll(() => audience.evaluate(() => navigator.clipboard.readText())).toBe(`${app.bridge.origin}/?slide=13#/slide/13`);
});

test('a copied link opens in another tab of the same browser while one with the token is open, and says why not otherwise', async ({
  page,
  context,
  browser,
  app,
}) => {
  const n = getDeck(app.store.db, 1)!.slides.length;
  await openAt(page, app.bridge.origin, app.bridge.token, '/', '#/slide/12');
  await expect(counter(page)).toHaveText(`12 / ${n}`);
  await page.keyboard.press('o');
  const button = page.getByTestId('copy-link');
  // The tooltip says where the link opens and where it does not.
  await expect(button).toHaveAttribute('title', /其他窗口或标签页.*其他浏览器或其他电脑上打不开/);
  const link = (await button.getAttribute('data-link'))!;
  expect(link).toBe(`${app.bridge.origin}/?slide=12#/slide/12`);
  await page.keyboard.press('Escape');

  // A new tab of this browser (a window for the room): it has no token of its own and gets it from the open tab.
  const room = await context.newPage();
  await room.goto(link);
  await expect(counter(room)).toHaveText(`12 / ${n}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter(room)).toHaveText(`13 / ${n}`);

  // With every tab that had the token closed, a followed link says what to open instead.
  await room.close();
  await page.close();
  const late = await context.newPage();
  await late.goto(link);
  await expect(late.getByText('这个页面没有网页版的访问令牌')).toBeVisible();

  // Another browser has not even the page's cookie: the bridge itself says what to open.
  const elsewhere = await browser.newContext();
  const stranger = await elsewhere.newPage();
  const res = await stranger.goto(link);
  expect(res?.status()).toBe(401);
  await expect(stranger.getByText('npm run web 打印的完整地址')).toBeVisible();
  await elsewhere.close();
});

test('a page whose requests carry the token in a header (the PDF exporter’s) asks no other tab for it', async ({ browser, app }) => {
  // The headless exporter sets the token as a header on every request of its print page: the page has no
  // token of its own and must not wait for other tabs to answer (that wait was 600 ms of every PDF export).
  const ctx = await browser.newContext({ extraHTTPHeaders: { [WEB_TOKEN_HEADER]: app.bridge.token } });
  await ctx.addInitScript(() => {
    const asks: unknown[] = [];
    (window as unknown as { __asks: unknown[] }).__asks = asks;
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, m: unknown) {
      asks.push(m);
      return post.call(this, m);
    };
  });
  const page = await ctx.newPage();
  await page.goto(`${app.bridge.origin}/print.html?layout=slides`);
  const manifest = await page.evaluate((key) => (globalThis as unknown as Record<string, Promise<{ title: string }>>)[key], PRINT_READY);
  expect(manifest.title).toContain('重庆');
  expect(await page.evaluate(() => (window as unknown as { __asks: unknown[] }).__asks)).toEqual([]);
  await ctx.close();
});
