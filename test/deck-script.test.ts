/**
 * A report in traditional characters frames its slides in them too (#19): 數據來源, 單位, 數據截至, 第 N 頁, 目錄 on its
 * slides, printouts and exports; the app's menus and dialogs stay in the UI language.
 */
import { readFileSync } from 'node:fs';
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';
import { afterEach, describe, expect, it } from 'vitest';
import { buildChart } from '../src/shared/chart-model';
import { CHART_WORDS, chartWord } from '../src/shared/chart-words';
import { DECK_SCRIPT_PAIRS, inDeckScript, inTraditional, setDeckScript, withDeckScript } from '../src/shared/deck-script';
import { isTraditionalText } from '../src/shared/extract/script';
import type { ChartSpec, Figure, Report } from '../src/shared/types';
import { deckWords, notesWithSources, sourceLine } from '../src/main/export/text';
import { chartData, derivedNote } from '../src/main/export/chart-data';
import { chartPictureOrder } from '../src/main/charts/picture-order';
import type { CssTheme } from '../src/main/charts/css-theme';
import { ALL_STRINGS, ON_SLIDES, PARTS, t } from '../src/renderer/lib/i18n';

afterEach(() => setDeckScript(false));

/** OpenCC's first traditional form of each simplified character (the draft's own words use the same, script.ts). */
const OPENCC = new Map<string, string>();
for (const entry of ST_CHARACTERS.split('|')) {
  const [s, tr] = entry.split(' ');
  if (s && tr && Array.from(s).length === 1) OPENCC.set(s, Array.from(tr)[0] as string);
}
// 爲 is OpenCC's standard form; Hong Kong, Macau and Taiwan print 為 (OpenCC's HK and TW variants).
OPENCC.set('为', '為');

describe('the slide-facing words in traditional characters', () => {
  it('says 數據來源, 單位, 數據截至, 第 N 頁, 目錄, 講稿 and 數據一覽', () => {
    expect(inTraditional('数据来源：{organisation}，{date}')).toBe('數據來源：{organisation}，{date}');
    expect(inTraditional(CHART_WORDS.axisUnit.zh)).toBe('單位：{unit}');
    expect(inTraditional(PARTS.print.asOf.zh)).toBe('數據截至{asOf}');
    expect(inTraditional(PARTS.print.pageOf.zh)).toBe('第 {n} 頁 / 共 {total} 頁');
    expect(inTraditional(PARTS.print.contents.zh)).toBe('目錄');
    expect(inTraditional(PARTS.print.handoutNotes.zh)).toBe('講稿');
    expect(inTraditional(PARTS.print.appendixOutline.zh)).toBe('附錄　數據一覽');
    expect(inTraditional(PARTS.slides.slideOf.zh)).toBe('第 {n} 頁，共 {total} 頁');
  });

  it('is OpenCC’s form for every character of every slide-facing word, and of the office exports’ own', () => {
    const words = [
      ...Object.values(CHART_WORDS).map((w) => w.zh),
      ...[...ON_SLIDES].map((k) => ALL_STRINGS[k as keyof typeof ALL_STRINGS].zh),
      // The printed appendix's heads and statuses (print/FigureTable.svelte: the data view's words).
      ...(['colValue', 'colUnit', 'colPeriod', 'status_actual', 'status_estimate', 'status_target'] as const).map((k) => ALL_STRINGS[k].zh),
      // main/export/docx.ts and docx-gongwen.ts: the masthead, the appendix's columns.
      '简\u3000报数据截至图（图表数据不全，未绘制：序号名称数值单位时期原文附录\u3000数据一览本简报引用的全部项数据，按章节顺序列出，附报告原文语句，供核对。',
    ];
    for (const w of words) for (const c of w) expect(inTraditional(c), `${c} in ${w}`).toBe(OPENCC.get(c) ?? c);
    // And the table holds nothing else.
    expect(DECK_SCRIPT_PAIRS.length).toBe(2 * new Set(DECK_SCRIPT_PAIRS.match(/(.)./gu)!.map((p) => p[0])).size);
  });

  it('never turns a placeholder or a Latin word', () => {
    expect(inTraditional('{title}（{layout}，{date}）')).toBe('{title}（{layout}，{date}）');
    expect(inTraditional('Source: {organisation}')).toBe('Source: {organisation}');
  });
});

describe('the deck’s script', () => {
  it('leaves a simplified deck and an English one as they are', () => {
    expect(chartWord('zh', 'sourceLineUndated', { organisation: '辽宁省统计局' })).toBe('数据来源：辽宁省统计局');
    setDeckScript(true);
    expect(chartWord('en', 'sourceLineUndated', { organisation: 'Liaoning' })).toBe('Source: Liaoning');
    expect(t('en', 'asOf', { asOf: '2019年3月' })).toBe('Data as of 2019年3月');
    expect(inDeckScript('数据来源', 'en')).toBe('数据来源');
  });

  it('frames a traditional deck’s chart and print in traditional, the report’s own words as written', () => {
    setDeckScript(true);
    // 遼寧省统计局: a value is the report's own, even where it mixes in a simplified character.
    expect(chartWord('zh', 'sourceLine', { organisation: '遼寧省统计局', date: '2019年4月24日' })).toBe(
      '數據來源：遼寧省统计局，2019年4月24日',
    );
    expect(t('zh', 'source')).toBe('數據來源');
    expect(t('zh', 'asOf', { asOf: '2019年一季度' })).toBe('數據截至2019年一季度');
    expect(t('zh', 'pageOf', { n: 3, total: 20 })).toBe('第 3 頁 / 共 20 頁');
    expect(t('zh', 'contents')).toBe('目錄');
    expect(t('zh', 'appendixTitle')).toBe('數據一覽');
  });

  it('keeps the app’s own dialogs, and the print page’s errors, in the UI language', () => {
    setDeckScript(true);
    expect(t('zh', 'printNoLayout')).toBe(PARTS.print.printNoLayout.zh);
    expect(t('zh', 'appName')).toBe(ALL_STRINGS.appName.zh);
    expect(ON_SLIDES.has('appName')).toBe(false);
  });

  it('is set for one synchronous build and set back (the exports)', () => {
    expect(withDeckScript(true, () => chartWord('zh', 'axisUnit', { unit: '億元' }))).toBe('單位：億元');
    expect(chartWord('zh', 'axisUnit', { unit: '亿元' })).toBe('单位：亿元');
  });
});

const liaoning = readFileSync('test/corpus/liaoning-2019-q1-industry-traditional.txt', 'utf8');

describe('a report in traditional characters (辽宁 2019 一季度)', () => {
  it('is told traditional; a simplified one is not', () => {
    expect(isTraditionalText(liaoning)).toBe(true);
    expect(isTraditionalText(readFileSync('test/corpus/jiangmen-2020-08-industry.txt', 'utf8'))).toBe(false);
  });

  const report = { organisation: '遼寧省統計局', published: '2019-04-24', traditional: true } as Report;
  const figure: Figure = {
    ...({} as Figure),
    id: 1,
    label: '規模以上工業增加值',
    valueText: '9.0',
    value: 9,
    unit: '%',
    period: '一季度',
    kind: 'growth',
    status: 'actual',
    qualifier: null,
    scope: null,
    quote: '一季度，全省規模以上工業增加值同比增長9.0%。',
  };

  it('exports its source line, its notes’ sources and its chart’s unit in traditional', () => {
    expect(sourceLine(report)).toBe('數據來源：遼寧省統計局，2019年4月24日');
    expect(sourceLine({ ...report, traditional: undefined })).toBe('数据来源：遼寧省統計局，2019年4月24日');
    expect(deckWords(report)('附录\u3000数据一览')).toBe('附錄\u3000數據一覽');
    const slide = { notes: '', figureIds: [1] } as never;
    expect(notesWithSources(slide, new Map([[1, figure]]), report)).toBe(`數據來源：\n${figure.quote}`);
    const spec: ChartSpec = { type: 'bar', title: '增速', unit: '%', series: [{ label: '規模以上工業', figureId: 1 }] };
    const figures = new Map([[1, figure]]);
    expect(buildChart(spec, figures, 'zh').axisTitle).toBe('单位：%');
    expect(chartData(spec, figures, true).axisTitle).toBe('單位：%');
    expect(chartData(spec, figures).axisTitle).toBe('单位：%');
    expect(derivedNote(chartData(spec, figures, true))).toBe('');
  });

  it('is drawn in traditional by main’s first picture of a chart slide too', () => {
    const spec: ChartSpec = { type: 'bar', title: '增速', unit: '%', series: [{ label: '規模以上工業', figureId: 1 }] };
    const slide = { layout: 'chart', title: '主要指標', chart: spec, sectionId: 0, figureIds: [1], body: [], notes: '' } as never;
    const full = { ...report, title: '遼寧', sections: [] } as unknown as Report;
    const order = chartPictureOrder(slide, full, new Map([[1, figure]]), {} as CssTheme, 1);
    expect(order?.model.axisTitle).toBe('單位：%');
    expect(order?.texts.source).toBe('數據來源：遼寧省統計局，2019年4月24日');
    // And set back: a simplified report’s picture after it says 单位.
    expect(chartPictureOrder(slide, { ...full, traditional: undefined }, new Map([[1, figure]]), {} as CssTheme, 1)?.model.axisTitle).toBe(
      '单位：%',
    );
  });
});
