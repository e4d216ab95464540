/**
 * A page in a browser window of its own, as the desktop app shows the audience and the presenter view (two
 * BrowserWindows). `ctx.newPage()` opens a second page of a context as a tab of the first one's window, and a
 * tab behind the active one is never drawn: its frames pile up undrawn in Chromium's display compositor, which
 * holds its begin-frames back (ThrottleUndrawnFrames). The ink bench's audience window, a tab behind the
 * presenter's, was sent 106 begin-frames a stroke against 224 in a window of its own.
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function newWindow(ctx: BrowserContext): Promise<Page> {
  const first = ctx.pages()[0];
  // The context's first page opens its first window.
  if (!first) return ctx.newPage();
  const page = await ctx.newCDPSession(first);
  const { targetInfo } = await page.send('Target.getTargetInfo');
  await page.detach();
  const browser = await ctx.browser()!.newBrowserCDPSession();
  try {
    const [opened] = await Promise.all([
      ctx.waitForEvent('page'),
      browser.send('Target.createTarget', { url: 'about:blank', browserContextId: targetInfo.browserContextId, newWindow: true }),
    ]);
    return opened;
  } finally {
    await browser.detach();
  }
}
