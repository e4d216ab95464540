/** Small page helpers shared by the specs. */
import type { Locator, Page } from '@playwright/test';
import { WEB_TOKEN_HEADER } from '../src/shared/channels';

/** The slide counter ("n / N") of the slide on the stage (its neighbours wait off stage, hidden). */
export const counter = (page: Page): Locator => page.getByTestId('slide-number').filter({ visible: true });

/**
 * The slide on the stage of the deck view (not a neighbour prepared off stage, not the overview's thumbnails,
 * not the copy in a first frame main served with the page: src/main/web/first-frame.ts).
 */
export const stage = (page: Page): Locator => page.locator('#app .deck-view main [data-current]');

/** Go to slide `n` (1-based) with the G prompt. */
export async function goToSlide(page: Page, n: number): Promise<void> {
  await page.keyboard.press('g');
  await page.getByRole('textbox', { name: '跳转到第几页' }).fill(String(n));
  await page.keyboard.press('Enter');
}

/** How much of a canvas is painted, and in how many colours: a drawn chart is neither empty nor flat. */
export function canvasInk(canvas: Locator): Promise<{ painted: number; total: number; colours: number }> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    // A canvas without a bitmap (the ink layer of a slide with no ink) paints nothing.
    if (c.width === 0 || c.height === 0) return { painted: 0, total: 0, colours: 0 };
    const ctx = c.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let painted = 0;
    for (let p = 0; p < data.length; p += 4)
      if (data[p + 3] > 0) {
        painted++;
        colours.add((data[p] << 16) | (data[p + 1] << 8) | data[p + 2]);
      }
    return { painted, total: data.length / 4, colours: colours.size };
  });
}

/**
 * The bridge's API as another window calls it (its token in the header): the answer's value, or an Error naming the
 * channel and the bridge's message.
 */
export async function bridgeCall<T>(bridge: { origin: string; token: string }, channel: string, payload: unknown): Promise<T> {
  const res = await fetch(`${bridge.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: bridge.token },
    body: JSON.stringify(payload),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}
