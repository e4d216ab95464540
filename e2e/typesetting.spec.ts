/**
 * Chinese typesetting on screen: the text slide that says "竞相发展，“专精特新”趋势" squeezes the "，“" pair
 * to one em and a half (no 2-em gap), keeps every number with its unit on one line, balances its heading, and
 * never breaks a place name ("渝 / 东南").
 */
import { expect, test } from './fixtures';
import { counter, goToSlide, stage } from './helpers';

test('a text slide: "，“" squeezed, numbers kept with their units, strict line breaks', async ({ page, app }) => {
  await app.open(page);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('五大功能区域各展所长');
  const pair = page.locator('.pair', { hasText: '，“' }).first();
  await expect(pair).toBeVisible();
  const { width, em } = await pair.evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    em: parseFloat(getComputedStyle(el).fontSize),
  }));
  // Two full-width marks set as one em and a half at most (unsqueezed: two ems).
  expect(width / em).toBeLessThan(1.6);
  expect(width / em).toBeGreaterThan(1.2);
  const css = await page.locator('html').evaluate((el) => ({ lineBreak: getComputedStyle(el).lineBreak }));
  expect(css.lineBreak).toBe('strict');
  expect(await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).textWrap)).toMatch(/balance/);
  // Figures are FigureValue spans; any other number in the text is a .keep span: both never wrap.
  const kept = await page
    .locator('[data-figure-id]:visible, .keep:visible')
    .evaluateAll((els) => els.map((e) => [e.textContent?.trim() ?? '', getComputedStyle(e).whiteSpace]));
  expect(kept.length).toBeGreaterThan(0);
  for (const [t, ws] of kept) expect(ws, t).toMatch(/nowrap/);
  // The lead naming two places breaks after 、, never inside 渝东南 ("渝 / 东南").
  const lead = page.locator('.lead', { hasText: '渝东南' });
  const lines = await lead.evaluate((el) => {
    const r = document.createRange();
    const text = el.firstChild as Text;
    const at = (i: number) => (r.setStart(text, i), r.setEnd(text, i + 1), Math.round(r.getBoundingClientRect().top));
    const i = (text.textContent ?? '').indexOf('渝东南');
    return [at(i), at(i + 1), at(i + 2)];
  });
  expect(new Set(lines).size, '渝东南 on one line').toBe(1);
  await page.screenshot({ path: 'test-results/typesetting-text-slide.png' });
});

test("a chart's key message keeps its number whole: '1/3' is one unbreakable run", async ({ page, app }) => {
  // Key messages, KPI captions and section subtitles are typeset like running text: "占全球的1/3" must not break
  // as "1/" | "3", nor a caption's "（2020-2021年）" as "（2020-" | "2021年）" (seen on an imported 拉萨 2021 deck).
  await app.open(page);
  await goToSlide(page, 12);
  await expect(counter(page)).toHaveText(/^12 \//u);
  const kept = stage(page).locator('.takeaway .keep');
  await expect(kept).toHaveText('1/3');
  expect(await kept.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
});
