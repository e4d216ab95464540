/**
 * The print page laid out again for another layout (PRINT_RELAYOUT, as a batch export does): a layout
 * abandoned before it was ready (its charts and fonts still loading) must not fail the layout that
 * replaced it, and the page ends showing only the new layout, ready.
 */
import { PRINT_READY, PRINT_RELAYOUT, printQuery, type PrintManifest } from '../src/shared/print';
import { expect, test } from './fixtures';

test('a layout replaced before it was ready does not fail the next one', async ({ app, page }) => {
  // The fonts are held back until the slides have been replaced: the slides layout cannot be ready before.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.woff2', async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${app.bridge.origin}/print.html?layout=slides&token=${app.bridge.token}`, { waitUntil: 'commit' });
  // Once the slides are laid out, while their charts draw and their fonts load.
  await page.locator('main.layout-slides [data-print-layout]').waitFor({ state: 'attached' });
  expect(await page.locator('main.print-root').getAttribute('data-ready')).toBeNull();
  const replaced = page.evaluate(
    ([relayout, query]) => (window as unknown as Record<string, (q: string) => Promise<PrintManifest>>)[relayout]?.(query),
    [PRINT_RELAYOUT, printQuery({ layout: 'handout', internal: false })] as const,
  );
  await page.locator('main.layout-handout [data-print-layout]').waitFor({ state: 'attached' });
  release();
  const manifest = await replaced;
  expect(manifest?.layout).toBe('handout');
  // The page's current promise is the handout's, and resolved.
  const current = await page.evaluate((key) => (window as unknown as Record<string, Promise<PrintManifest>>)[key], PRINT_READY);
  expect(current.layout).toBe('handout');
  await expect(page.locator('main.print-root')).toHaveClass(/layout-handout/);
  await expect(page.locator('main.print-root')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('main.layout-slides')).toHaveCount(0);
});
