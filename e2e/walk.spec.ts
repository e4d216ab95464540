/**
 * Every slide, as an official would page through it: charts drawn, every number exactly the store's
 * formatting of its figure, and every stored figure shown somewhere (on a slide, in a chart's table, or
 * in the speaker notes).
 */
import { figurePartsAsWritten, formatFigureFull } from '../src/shared/format';
import { listFigures } from '../src/main/store/figures';
import { getDeck } from '../src/main/store/decks';
import { expect, test } from './fixtures';
import { canvasInk, counter, stage } from './helpers';

test('walking every slide: charts drawn, numbers as stored, every figure reachable', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await app.open(page);
  const deck = getDeck(app.store.db, 1)!;
  const figures = listFigures(app.store.db, 1);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const reached = new Set<number>();

  for (const [i, slide] of deck.slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i + 1} / ${deck.slides.length}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(slide.title.slice(0, 4));

    const canvases = stage(page).locator('canvas');
    const n = await canvases.count();
    expect(n, `slide ${i + 1} canvases`).toBe(slide.chart ? 1 : 0);
    for (let c = 0; c < n; c++) {
      await expect(canvases.nth(c)).toHaveAttribute('data-drawn', 'true');
      const ink = await canvasInk(canvases.nth(c));
      expect(ink.painted / ink.total, `slide ${i + 1} chart ink`).toBeGreaterThan(0.02);
      expect(ink.colours, `slide ${i + 1} chart colours`).toBeGreaterThan(5);
    }

    const shown = await stage(page)
      .locator('[data-figure-id]')
      .evaluateAll((els) =>
        els.map((el) => ({
          id: Number(el.getAttribute('data-figure-id')),
          text: el.textContent?.trim(),
          inText: el.classList.contains('mark'),
        })),
      );
    // A figure in running text shows as the report writes it (迈上千亿台阶); elsewhere as the store formats it.
    const asWritten = (f: Parameters<typeof figurePartsAsWritten>[0]) => {
      const p = figurePartsAsWritten(f);
      return p.prefix + p.number + p.inner + p.unit + p.suffix;
    };
    for (const { id, text, inText } of shown) {
      const figure = byId.get(id);
      expect(figure, `slide ${i + 1}: figure ${id} is stored`).toBeDefined();
      expect(text, `slide ${i + 1}: figure ${id} (${figure!.key})`).toBe(inText ? asWritten(figure!) : formatFigureFull(figure!));
      reached.add(id);
    }
    for (const id of slide.figureIds) reached.add(id);
    await page.screenshot({ path: testInfo.outputPath(`slide-${String(i + 1).padStart(2, '0')}.png`) });
  }

  const unreached = figures.filter((f) => !reached.has(f.id)).map((f) => f.key);
  expect(unreached, 'stored figures no slide shows').toEqual([]);
  expect(errors).toEqual([]);
});
