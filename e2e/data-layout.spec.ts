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
    const tall = await page
      .getByTestId('data-view')
      .locator('header button, header label')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 48).map((e) => e.textContent?.trim()));
    expect(tall, 'header controls broken over lines').toEqual([]);
  });
}

test('data desk at 1280×800 in English: the header controls never overlap one another or the title', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(page);
  const toggle = page.getByTestId('lang-toggle');
  await toggle.focus();
  await toggle.press('Enter');
  await openData(page);
  const boxes = await page
    .getByTestId('data-view')
    .locator('header')
    .first()
    .locator('button:visible, select:visible, h1')
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent?.trim().slice(0, 20) ?? '', l: r.left, r: r.right, t: r.top, b: r.bottom, tall: r.height };
      }),
    );
  expect(boxes.length).toBeGreaterThan(6);
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1)
      .map((b) => `${a.name} × ${b.name}`),
  );
  expect(overlaps, 'overlapping header controls').toEqual([]);
  expect(
    boxes.filter((b) => b.tall > 48).map((b) => b.name),
    'controls broken over lines',
  ).toEqual([]);
});
