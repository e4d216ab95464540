/**
 * 全年 is the whole of the year its paragraph is about ("2010年桂林工业…。…全年技改项目1400多项": 2010), not the
 * report's own when that is another; and a paragraph opening with 其中 is a part of the one before, of its time (桂林
 * 2011, 广西新闻网 on 2010's results and 2011's aims, held-out set 33).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const RESULTS =
  '  据市工信委最新的统计数据显示,2010年桂林工业主要经济指标增幅十分给力,全年全市工业总产值和工业增加值分别由“十五”期末的507.2亿元和179.99亿元提高到2010年的1260亿元和420亿元,年均分别增长20%和18.5%。\n' +
  '  其中,工业技改投入和技改项目实现迅猛增长。全年技改项目1400多项,新开的就突破1000项,是桂林工业历史上新开技改项目最多的一年,有桂林客车年产8000辆客车及底盘生产线搬迁改造、尚科光伏太阳能电池生产线(二期)等共354个投资项目均超千万。\n';
const AIMS =
  '  除此以外,今年我市在工业园区的投入也有大动作,继续使园区基础设施更加完善,计划将秧塘工业园与苏桥经济开发区连成工业发展带。全年将完成园区基础设施建设投入12.5亿元,增长25%以上,新增入园项目100个。';
const HEAD = '桂林工业总产值今年将冲击1500亿\n来源:广西新闻网  频道:桂林    发布时间:2011-11-16\n';

describe('全年 in a paragraph about a year', () => {
  it('is that year, in the paragraph and in one opening with 其中 after it', () => {
    for (const v of ['1400', '1000', '8000', '354']) expect(the(HEAD + RESULTS + AIMS, v, { asOf: '2011年' }).period, v).toBe('2010年');
  });

  it('is this year in a paragraph about this year (今年), with or without the as-of', () => {
    for (const opts of [{ asOf: '2011年' }, {}])
      for (const v of ['12.5', '25', '100']) expect(the(HEAD + RESULTS + AIMS, v, opts).period, v).toBe('2011年');
  });

  it('is the report’s year where its paragraph names none, and a paragraph not opening with 其中 starts afresh', () => {
    expect(the('全年技改项目1400多项。', '1400', { asOf: '2011年' }).period).toBe('2011年');
    expect(the('2010年全市工业平稳增长。\n技改项目较多,全年技改项目1400多项。', '1400', { asOf: '2011年' }).period).toBe('2011年');
  });
});
