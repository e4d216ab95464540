/**
 * "继2010年…完成1260亿元后,今年,…将冲击1500亿元": what a year reached, which the sentence goes on from (继…后), is that
 * year's own, as "继2010年提高1.0个百分点的基础上" is (桂林 2011, 广西新闻网, held-out set 33).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUILIN_HEAD = '桂林工业总产值今年将冲击1500亿\n来源:广西新闻网  频道:桂林    发布时间:2011-11-16\n';
const GUILIN =
  '    昨日,记者从市工信委了解到,继2010年我市工业总产值完成1260亿元后,今年,桂林工业总产值将冲击1500亿元,力争增长20%以上,规模以上工业总产值要完成1100亿元以上,增长20%。';

describe('继 a year … 后', () => {
  it('the number the year reached is of that year, with a headline on this year above it', () => {
    for (const opts of [{ asOf: '2011年' }, {}]) {
      expect(the(GUILIN_HEAD + GUILIN, '1260', opts).period).toBe('2010年');
      expect(the(GUILIN_HEAD + GUILIN, '1260', opts).status).toBe('actual');
    }
    expect(the(GUILIN, '1260').period).toBe('2010年');
  });

  it('not a 继 with no number of its own before 后', () => {
    const text = '今年全市工业平稳运行。继2010年之后,全市规模以上工业增加值增长15%。';
    expect(the(text, '15', { asOf: '2011年' }).period).toBe('2011年');
  });
});
