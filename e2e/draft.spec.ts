/** A real provincial report imported through 导入报告: its drafted deck, walked slide by slide, each one photographed. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDeck, listDecks } from '../src/main/store/decks';
import { listReports } from '../src/main/store/reports';
import { expect, test } from './fixtures';
import { dataView, openData } from './data-helpers';
import { counter, stage } from './helpers';

const TEXT = readFileSync(join(__dirname, '../test/corpus/henan-2022-h1-industry.txt'), 'utf8');
const SHOTS = join(__dirname, '../test-results/draft');

test('a corpus report imported through the dialog drafts a deck with agenda, dividers and captioned cards', async ({ page, app }) => {
  await app.open(page);
  await openData(page);
  await dataView(page).getByRole('button', { name: '导入报告…' }).click();
  const dialog = page.getByTestId('import');
  await dialog.getByRole('textbox', { name: /报告正文/ }).fill(TEXT);
  await dialog.getByLabel('标题').fill('2022年上半年全省工业经济运行情况');
  await dialog.getByLabel('发布单位').fill('河南省工业和信息化厅');
  await dialog.getByLabel('发布日期').fill('2022-07-20');
  await dialog.getByLabel('数据时期').fill('2022年上半年');
  await dialog.getByRole('button', { name: '识别数据' }).click();
  await dialog.getByRole('button', { name: /^导入 \d+ 项数据并打开$/ }).click();
  await expect(dialog).toBeHidden();

  const report = listReports(app.store.db).at(-1)!;
  const deck = getDeck(app.store.db, listDecks(app.store.db, report.id)[0].id)!;
  const total = deck.slides.length;
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  mkdirSync(SHOTS, { recursive: true });
  for (let i = 0; i < total; i++) {
    if (i) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i + 1} / ${total}`);
    const s = deck.slides[i];
    if (s.title === '目录') await expect(stage(page)).toContainText('01');
    if (s.layout === 'section')
      await expect(stage(page)).toContainText(
        String(deck.slides.filter((x, j) => j <= i && x.layout === 'section').length).padStart(2, '0'),
      );
    await expect(stage(page)).not.toContainText('（未命名）');
    await page.waitForTimeout(350);
    await stage(page).screenshot({ path: join(SHOTS, `slide-${String(i + 1).padStart(2, '0')}.png`) });
  }
});
