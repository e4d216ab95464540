/**
 * Half-width punctuation in Chinese prose is set full-width where the deck and the brief show the report's words,
 * as an editor sets it before printing; quotes stay as the report wrote them. Real openings from test/corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../src/shared/cjk-punctuation';
import { sectionParagraphs } from '../src/shared/brief-text';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { rewordedClauses } from '../src/shared/wording';
import { ROOT } from './helpers';

const corpus = (slug: string) => readFileSync(join(ROOT, 'test/corpus', `${slug}.txt`), 'utf8');

describe('full-width punctuation in Chinese prose', () => {
  it('sets commas, semicolons, colons and brackets beside Chinese full-width, and drops the space a page left after them', () => {
    expect(
      fullWidthPunctuation(
        '红网时刻新闻2月15日讯(记者 杨斌 通讯员 罗彬)记者日前从湖南省统计局获悉,2023年12月份,全省规模工业增加值同比增长6.6%,增速与上月持平。',
      ),
    ).toBe(
      '红网时刻新闻2月15日讯（记者 杨斌 通讯员 罗彬）记者日前从湖南省统计局获悉，2023年12月份，全省规模工业增加值同比增长6.6%，增速与上月持平。',
    );
    expect(fullWidthPunctuation('增长6.6%, 增速回落;其中:制造业')).toBe('增长6.6%，增速回落；其中：制造业');
    expect(fullWidthPunctuation('低于安徽(9.2%)、江西(9%)，地区生产总值(GDP)增长')).toBe(
      '低于安徽（9.2%）、江西（9%），地区生产总值（GDP）增长',
    );
    expect(fullWidthPunctuation('为什么?')).toBe('为什么？');
  });

  it('drops a space a page left inside a figure or between a figure and Chinese (绵阳 2020: "產銷率為95.8 %")', () => {
    expect(fullWidthPunctuation('規模以上工業企業產銷率為95.8 %')).toBe('規模以上工業企業產銷率為95.8%');
    expect(fullWidthPunctuation('工业增加值增长 6.6%, 增速回升')).toBe('工业增加值增长6.6%，增速回升');
    expect(fullWidthPunctuation('居全省第 3 位')).toBe('居全省第3位');
    // Not between Latin and a number, nor between two numbers.
    expect(fullWidthPunctuation('GDP 100亿元')).toBe('GDP 100亿元');
    expect(fullWidthPunctuation('增长 6.6 7.2')).toBe('增长6.6 7.2');
  });

  it('leaves numbers, times, ratios and Latin text as they are', () => {
    for (const s of ['产值1,234亿元', '9:30开会', '占比为6.4:5.8:87.8', 'R&D, AI (5G)', 'GDP(%)', '已是全角，不变（如此）。'])
      expect(fullWidthPunctuation(s)).toBe(s);
  });

  it("in the brief's paragraphs and the drafted deck of a page written with ASCII marks, while quotes stay verbatim", () => {
    const text = corpus('shanghai-2020-10-industry');
    expect(text).toContain('工业生产降幅持续收窄,加快恢复到正常水平');
    const xs = extractFigures(text, { asOf: '2020年1-10月' });
    const bundle = draftBundle(
      { key: 'sh', title: '上海工业', organisation: '上海市统计局', published: '2020-11-20', asOf: '2020年1-10月' },
      text,
      xs,
    );
    const shown = bundle.deck.slides.flatMap((s) => [s.title, s.body.subtitle ?? '', ...(s.body.paragraphs ?? []), s.chart?.title ?? '']);
    expect(shown.join('\n')).toContain('工业生产降幅持续收窄，加快恢复到正常水平');
    for (const line of shown) expect(line, line).not.toMatch(/\p{Script=Han}[,;]|[,;]\p{Script=Han}/u);
    expect(bundle.sections.map((s) => s.title).join('')).not.toMatch(/\p{Script=Han},/u);
    // The figures' quotes are the report's own text.
    for (const f of bundle.figures) expect(text).toContain(f.quote);
    const section = bundle.sections[1]!;
    const paragraphs = sectionParagraphs({ text }, section);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(p).not.toMatch(/\p{Script=Han},|%,\p{Script=Han}/u);
  });

  it("a claim set full-width is still the report's own words; a reworded one is still found", () => {
    const report = '4月份,原铝(电解铝)增长8.7%,发电量下降2.1%。';
    expect(rewordedClauses('原铝（电解铝）增长8.7%，发电量下降2.1%', report)).toEqual([]);
    expect(rewordedClauses('原铝（电解铝）大增8.7%', report)).toEqual(['原铝（电解铝）大增8.7%']);
  });
});
