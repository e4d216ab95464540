/**
 * The group a place is held among, counted in words and scoped before the count, is no part of what is placed:
 * "2017年,全省规模以上工业增加值同比增长8.5%,…,比全国平均水平(6.6%)高1.9个百分点,增速在全国十大经济省列第1位"
 * (四川新闻网 on 四川's 2017 industry, https://zangdiyg.com/news/article/detail/id/13301.html, test/corpus/
 * sichuan-2017-industry) is 规模以上工业增加值增速位次; it was …增速在全国十大经济省列位次, the slide naming the ten
 * provinces in the measure. So "在中部六个省会城市中排" (六个 no number the extractor reads) as "在7个沿黄市辖区排" was.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const rank = (text: string) => extractFigures(text, { asOf: '2017年' }).find((f) => f.kind === 'rank');

describe('a place among a group counted in words', () => {
  it('is the place of the measure alone (四川 2017)', () => {
    const text =
      '2017年,全省规模以上工业增加值同比增长8.5%,超年度预期目标0.5个百分点,比全国平均水平(6.6%)高1.9个百分点,增速在全国十大经济省列第1位。';
    expect(rank(text)?.label).toBe('规模以上工业增加值增速位次');
  });

  it('scoped by a region, 中 before the verb', () => {
    expect(rank('全市规模以上工业增加值增长9.8%,增速在中部六个省会城市中排第1位。')?.label).toBe('规模以上工业增加值增速位次');
  });

  it('as a group counted in digits (大武口区 2022)', () => {
    const text = '1-5月份,大武口区规模以上工业增加值增长3%。增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名。';
    const ranks = extractFigures(text, { asOf: '2022年1-5月' }).filter((f) => f.kind === 'rank');
    for (const f of ranks) expect(f.label).toBe('大武口区规模以上工业增加值增速位次');
  });
});
