/**
 * The exporter's Chromium command line against the machine's real Chromium: the browser starts with the
 * print page's window alone, without the omnibox popups a headless window otherwise loads into a WebUI
 * renderer of their own at every start (about 0.5 s of CPU per export, for nothing anyone can see).
 */
import { describe, expect, it } from 'vitest';
import { launchHeadless } from '../src/main/pdf/cdp';
import { CHROMIUM_ARGS, exportBrowserArgs } from '../src/main/pdf/chromium';
import { INSTALLED_CHROMIUM } from './helpers';

const browser = INSTALLED_CHROMIUM;

/** Every target's type and address once the browser has had a moment after its start. */
async function targetsAfterStart(args: string[]): Promise<{ type: string; url: string }[]> {
  const h = await launchHeadless(browser!, args);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const { targetInfos } = await h.cdp.send<{ targetInfos: { type: string; url: string }[] }>('Target.getTargets');
    return targetInfos.map(({ type, url }) => ({ type, url }));
  } finally {
    await h.close();
  }
}

describe.skipIf(!browser)("the exporter's browser", { timeout: 60_000 }, () => {
  it('opens the page and nothing else: no omnibox popup pages', async () => {
    const targets = await targetsAfterStart(exportBrowserArgs({ width: 800, height: 600 }));
    expect(targets).toEqual([{ type: 'page', url: 'about:blank' }]);
  });

  it('keeps the flags every headless start uses, off the record, at the window size asked for', () => {
    const args = exportBrowserArgs({ width: 1280, height: 720 });
    expect(args).toEqual(expect.arrayContaining([...CHROMIUM_ARGS, '--incognito', '--window-size=1280,720']));
    // One --disable-features: Chromium reads the last one only, and merges it with its own (PaintHolding in headless).
    expect(args.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
  });
});
