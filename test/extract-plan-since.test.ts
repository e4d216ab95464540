/**
 * "“十一五”以来" told after the plan ended runs from its first year to the report's (上海 2011, held-out set 35), not
 * over the plan's five years; told in the plan's last year it is the plan's period, as before (安徽 2010, test/corpus).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHANGHAI =
  '同时,上海“十一五”以来累计淘汰落后产能3600多个,减少产值超过1000亿元,节约标煤超过500万吨。发改委表示,上海市2011年全市重工业增加值增速比轻工业慢2.9个百分点,石化行业产值仅增长1.9%,钢铁行业产值下降3.9%。';
const ANHUI = '工业经济增长迅速,工业化水平大幅提高。“十一五”以来,我省工业增加值年均增长20.3%(可比价),2010年全社会工业增加值达到5364亿元。';

describe('“十N五”以来', () => {
  it('after the plan: from its first year to the report year, with the as-of and without it', () => {
    expect(the(SHANGHAI, '3600', { asOf: '2011年' }).period).toBe('2006-2011年');
    expect(the(SHANGHAI, '1000').period).toBe('2006-2011年');
    expect(the(SHANGHAI, '3.9').period).toBe('2011年');
  });

  it('in the plan’s last year: the plan’s period', () => {
    expect(the(ANHUI, '20.3', { asOf: '2010年' }).period).toBe('“十一五”时期');
  });

  it('of the tenth plan (十五, no numeral before 五): from 2001, its first year', () => {
    // The plans' years: 十五 2001-2005, 十一五 2006-2010 (a rule that read 十五 as 2006 spanned 2006-2008 here).
    const text = '2008年,“十五”以来全市累计淘汰落后产能300多个,“十一五”以来新增企业120家。';
    expect(the(text, '300', { asOf: '2008年' }).period).toBe('2001-2008年');
    expect(the(text, '120', { asOf: '2008年' }).period).toBe('“十一五”时期');
  });
});
