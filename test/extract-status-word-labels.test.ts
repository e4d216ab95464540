/**
 * 预计, 预测 written after a figure's measure ("清欠金额预计超过6000亿元") say the figure's status, not what it
 * measures: the label leaves them out, the status keeps them.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a status word after the measure', () => {
  it('清欠金额预计超过6000亿元 (工信部 on 2019)', () => {
    // https://news.china.com/domesticgd/10000159/20191224/37568809.html
    const text =
      '同时,行业发展环境不断优化,制造业及其相关环节减税力度加大,清理拖欠民营企业、中小企业账款步伐加快,清欠金额预计超过6000亿元。';
    expect(the(text, '6000')).toMatchObject({ label: '清欠金额', status: 'estimate', qualifier: '超过' });
  });

  it('全县地方财政收入预计完成5000万元 (a county’s 2016 上半年 report)', () => {
    // http://www.6dgww.com/Article/2217774.html
    const text = '全县地方财政收入预计完成5000万元,同比增长55.13%。农民现金收入1406元,增长16.2%。';
    expect(the(text, '5000')).toMatchObject({ label: '地方财政收入', status: 'estimate' });
    expect(the(text, '55.13').label).toBe('地方财政收入增速');
  });
});

describe('a span of years before the measure', () => {
  it('2010年至2014年…增速分别为 (中新社 on 2014)', () => {
    // http://www.goomeyun.net/cj/jjgc/2014-12-23/260152.html (a 繁體 copy; here in simplified characters)
    const text = '工业增速下降在近年已成为趋势,2010年至2014年中国规模以上工业增加值增速分别为15.7%、13.9%、10%、9.7%、8.3%。';
    expect(the(text, '15.7')).toMatchObject({ label: '中国规模以上工业增加值增速', period: '2010年' });
    expect(the(text, '9.7')).toMatchObject({ label: '中国规模以上工业增加值增速', period: '2013年' });
  });
});
