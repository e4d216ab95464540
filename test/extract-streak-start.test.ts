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

describe('a streak of years in the clause before a move (安徽 2012, held-out set 43)', () => {
  const ANHUI =
    '全省62个县(市)GDP总量突破8000亿元大关,由上年的7342.9亿元增至8403.8亿元,增速自2005年以来连续8年快于全省,占全省经济比重由48%提高到48.8%。';
  it('is no span the move starts from: 48% is of the year before, not of the streak’s first year', () => {
    expect(the(ANHUI, '48', { asOf: '2012年' }).period).toBe('2011年');
    expect(the(ANHUI, '48.8', { asOf: '2012年' }).period).toBe('2012年');
  });

  it('a span of years named, no streak, still gives the move its first year', () => {
    expect(the('2016年到2019年,全市工业增加值由24.54万亿元增至31.71万亿元。', '24.54', { asOf: '2019年' }).period).toBe('2016年');
  });
});
