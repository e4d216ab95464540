/**
 * The data desk on the commonest office screens: at 1280×800 (and 1366×768) no value or unit is cut,
 * the headers stay on one line and the header bar's buttons do not break.
 */
import { expect, test } from './fixtures';
import { openData } from './data-helpers';

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const) {
  test(`data desk at ${width}×${height}: values and units whole, headers on one line`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open(page);
    await openData(page);
    const table = page.getByTestId('figure-table');
    await expect(table.locator('tbody tr[data-id]').first()).toBeVisible();
    const report = await table.evaluate((t) => {
      const rows = [...t.querySelectorAll('tbody tr[data-id]')];
      const clipped = (el: Element) => el.scrollWidth > el.clientWidth;
      return {
        rows: rows.length,
        // Columns 3 and 4: the value and its unit.
        cut: rows.flatMap((r) => [r.children[2], r.children[3]].filter(clipped).map((c) => c.textContent)),
        headers: [...t.querySelectorAll('thead th')].filter((th) => th.getBoundingClientRect().height > 46).map((th) => th.textContent),
      };
    });
    expect(report.rows).toBeGreaterThan(5);
    expect(report.cut, 'value or unit cells cut').toEqual([]);
    expect(report.headers, 'headers broken over lines').toEqual([]);
    const tall = await page.getByTestId('data-view').locator('header button, header label').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 48).map((e) => e.textContent?.trim()),
    );
    expect(tall, 'header controls broken over lines').toEqual([]);
  });
}
