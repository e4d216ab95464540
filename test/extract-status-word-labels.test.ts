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
