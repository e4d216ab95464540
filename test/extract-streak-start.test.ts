/**
 * Where a streak began ("自2014年12月以来…连续18个月居全国首位") is the time of its own clause only, and neither it nor
 * the streak's length is part of what a later figure measures (江苏 2016, held-out set 16).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const JIANGSU =
  '前5个月,江苏47401家规模以上工业企业合计实现利润3702亿元,自2014年12月以来利润总额连续18个月居全国首位,占同期全国规模以上工业利润的15.5%。';

describe('a streak since a month', () => {
  it("leaves the share after it the sentence's period, labelled by its measure", () => {
    const f = the(JIANGSU, '15.5', { asOf: '2016年1-5月' });
    expect(f.period).toBe('1-5月');
    expect(f.label).toBe('利润总额占同期全国规模以上工业利润比重');
  });

  it('still gives a figure of a sentence opened by 以来 that period', () => {
    const f = the('2019年以来,全市累计新增规上工业企业120家。', '120', { asOf: '2020年' });
    expect(f.period).toBe('2019年以来');
  });
});

describe('a streak after the figure (江苏 2023, held-out set 35)', () => {
  const JIANGSU = '2023年,制造业高质量发展指数91.9、连续三年全国第一,两化融合发展水平67.9、连续九年全国第一。';
  it('is the place held, not the year of the value before it', () => {
    expect(the(JIANGSU, '91.9', { asOf: '2023年' }).period).toBe('2023年');
    expect(the(JIANGSU, '67.9', { asOf: '2023年' }).period).toBe('2023年');
    expect(the(JIANGSU, '67.9').period).toBe('2023年');
  });

  it('while a streak before its figure still holds it: 连续9年保持在1100万吨以上', () => {
    expect(the('全省粮食产量连续9年保持在1100万吨以上。', '1100', { asOf: '2019年' }).period).toBe('2011-2019年');
  });
});
