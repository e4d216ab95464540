/**
 * 去年同期 before a number: the period of that number when a rate is written right after it ("一季度…增长8%，去年同期
 * 增长6.5%": 6.5% is last year's first quarter), the comparison base when 比/较/高于 stands before it ("比去年同期增长
 * 8%": this year's), and a base still when what follows is no rate ("由去年同期亏损转为盈利453亿元").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

describe('a rate right after 去年同期', () => {
  it('is of the same months a year before', () => {
    const text = '一季度，全省规模以上工业增加值增长8%，去年同期增长6.5%。';
    expect(the(text, '8', { asOf: '2020年一季度' }).period).toBe('一季度');
    expect(the(text, '6.5', { asOf: '2020年一季度' }).period).toBe('2019年一季度');
    expect(periodMentions(text, 2020).map((m) => [m.text, m.role])).toEqual([
      ['一季度', 'time'],
      ['上年同期', 'own'],
    ]);
  });

  it('also after 为 and with a decline', () => {
    const text = '2019年一季度，全省规模以上工业增加值增长8%，而去年同期为下降2.1%。';
    expect(the(text, '2.1').period).toBe('2018年一季度');
    expect(the(text, '2.1').number).toBe(-2.1);
  });

  it('is this year’s when 去年同期 is what it is compared with', () => {
    expect(the('2020年一季度，全省规模以上工业增加值比去年同期增长8%。', '8').period).toBe('2020年一季度');
    expect(the('2020年一季度，全省规模以上工业增加值增速高于去年同期1.2个百分点。', '1.2').period).toBe('2020年一季度');
  });

  it('is no rate of its own when a word that is no rate follows (亏损转为盈利)', () => {
    const text = '前两个月，冶金行业由去年同期亏损转为盈利453亿元。';
    // (前两个月 is the sentence's own time, this year's 1-2月, as the as-of is: not the same months a year before.)
    expect(the(text, '453', { asOf: '2017年1-2月' }).period).toBe('1-2月');
  });
});

describe('a list of rates after 去年同期', () => {
  it('every item is of the same months a year before, after 和 as after 、, and after 分别为', () => {
    // 国家统计局 on 东北's April 2016 (a page read in session 27).
    const text = '4月份,吉林、黑龙江同比分别增长7.2%和1.2%,去年同期为下降1.2%和0.8%,增速比上月提高1.4和0.4个百分点。';
    const rates = extractFigures(text, { asOf: '2016年4月' }).filter((f) => f.unit === '%');
    expect(rates.map((f) => [f.number, f.period])).toEqual([
      [7.2, '4月'],
      [1.2, '4月'],
      [-1.2, '2015年4月'],
      [-0.8, '2015年4月'],
    ]);
    const split = extractFigures('4月份,吉林、黑龙江同比分别增长7.2%和1.2%,去年同期分别为下降1.2%和0.8%。', { asOf: '2016年4月' });
    expect(split.slice(2).map((f) => f.period)).toEqual(['2015年4月', '2015年4月']);
  });
});
