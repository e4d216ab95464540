/**
 * The bundled deck as a talk (#20): its 目录 lists every divider with the number the divider shows (01…06,
 * the overview's 01 included), and its conclusion (总体判断 / 下一步, the 四个扎实 on the slide, not only in
 * the notes) shows its numbers as the store's figures, traced like any other. Screenshots of the three
 * slides, and of the agenda in the presenter view, go to the test's output folder.
 */
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { formatFigureFull } from '../src/shared/format';
import { expect, test } from './fixtures';
import { counter, goToSlide, stage } from './helpers';

test('the agenda lists each divider with the number it shows; the conclusion’s numbers are traced figures', async ({
  page,
  app,
  context,
}, testInfo) => {
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  await app.open(page);

  // 目录, right after the title slide: one row per divider, its number and its title.
  await goToSlide(page, 2);
  await expect(stage(page).getByRole('heading', { level: 1 })).toHaveText('目录');
  const rows = stage(page).locator('.lead-row');
  await expect(rows).toHaveCount(6);
  const agenda = await rows.evaluateAll((els) =>
    els.map((e) => [e.querySelector('.lead')?.textContent?.trim() ?? '', e.querySelector('.lead-text')?.textContent?.trim() ?? '']),
  );
  await page.screenshot({ path: testInfo.outputPath('agenda.png') });

  // Every divider, in order: the numeral it draws and its title are the agenda's row.
  const shown: string[][] = [];
  for (const [i, s] of deck.slides.entries()) {
    if (s.layout !== 'section') continue;
    await goToSlide(page, i + 1);
    await expect(counter(page)).toHaveText(`${i + 1} / ${n}`);
    const numeral = (await stage(page).locator('.numeral').textContent())?.trim() ?? '';
    shown.push([numeral, s.title]);
    if (numeral === '01') {
      expect(i).toBe(2);
      await page.screenshot({ path: testInfo.outputPath('divider-01.png') });
    }
  }
  expect(shown.map(([no]) => no)).toEqual(['01', '02', '03', '04', '05', '06']);
  expect(agenda).toEqual(shown);

  // The conclusion, before the closing slide: its numbers are figures of the store, each traceable.
  const at = deck.slides.findIndex((s) => s.title === '贯彻新要求　履行新使命');
  expect(at).toBe(n - 2);
  await goToSlide(page, at + 1);
  await expect(stage(page).locator('.lead')).toHaveText(['发展成效', '总体判断', '下一步']);
  await expect(stage(page)).toContainText('“四个扎实”');
  const byId = new Map(listFigures(app.store.db, 1).map((f) => [f.id, f]));
  const numbers = stage(page).locator('[data-figure-id]');
  await expect(numbers).toHaveCount(2);
  for (const el of await numbers.all()) {
    const figure = byId.get(Number(await el.getAttribute('data-figure-id')))!;
    await expect(el).toHaveText(formatFigureFull(figure));
  }
  // No digit on the slide outside a traced figure.
  const untraced = await stage(page).evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[data-figure-id], [data-testid="slide-number"], footer')) el.remove();
    return /\d/u.test(clone.textContent ?? '');
  });
  expect(untraced).toBe(false);
  await page.screenshot({ path: testInfo.outputPath('conclusion.png') });
  await numbers.first().click();
  await expect(page.getByTestId('trace').getByTestId('trace-quote')).toHaveText(
    byId.get(Number(await numbers.first().getAttribute('data-figure-id')))!.quote,
  );
  await page.keyboard.press('Escape');

  // The presenter view on the agenda: the slide, the next one (the 01 divider) and the notes.
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1366, height: 768 });
  await app.open(presenter, '/presenter');
  await presenter.keyboard.press('2');
  await presenter.keyboard.press('Enter');
  await expect(counter(presenter)).toHaveText(`2 / ${n}`);
  await expect(presenter.getByTestId('presenter')).toContainText('本简报分六部分');
  await presenter.waitForTimeout(400);
  await presenter.screenshot({ path: testInfo.outputPath('agenda-presenter.png') });
  await presenter.close();
});
