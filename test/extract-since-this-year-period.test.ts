/**
 * The year to date (今年以来) named before a figure in its sentence, no time between, is the report's own period, not a
 * span the paragraph named before: "3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进,…。外资项目加快
 * 集聚,特别是今年以来,累计引进外资项目12个,协议总投资6.45亿美元" (金坛经济开发区, held-out set 55): 12个 and 6.45亿美元
 * were given 2016-2018年.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => `${f.value}${f.unit} ${f.period}`);
const JINTAN =
  '3年来连续实现30亿元以上重大项目的引进,通信产业加快集聚。外资项目加快集聚,特别是今年以来,累计引进外资项目12个,协议总投资6.45亿美元。';

describe('今年以来 before a figure', () => {
  it("is the report's own period, not the paragraph's span", () => {
    const year = () => read(JINTAN, '2018年');
    expect(year()).toEqual(['12个 2018年', '6.45亿美元 2018年']);
    const months = () => read(JINTAN, '2018年1-6月');
    expect(months()).toEqual(['12个 2018年1-6月', '6.45亿美元 2018年1-6月']);
  });

  it('not when a time is named between it and the figure', () => {
    const named = () => read('今年以来工业平稳增长。其中,今年以来,6月当月引进外资项目12个。', '2018年1-6月');
    expect(named()).toEqual(['12个 2018年6月']);
  });
});
