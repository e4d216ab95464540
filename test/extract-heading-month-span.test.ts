/**
 * A monthly bulletin headed by its month ("每月经济运行简况(2020年3月)") whose body names the months of the year up to
 * it ("1-3月,实现地区生产总值…") reports that span: a later paragraph naming no time is of 2020年1-3月, not of March
 * (漳州 2020, held-out set 37; periods.ts headingSpanOf, read-sentence.ts).
 */
import { describe, expect, it } from 'vitest';
import { headingSpanOf } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

const ZHANGZHOU =
  '每月经济运行简况(2020年3月)\n今年以来,受新冠肺炎疫情的影响,全市经济增长有所放缓。1-3月,实现地区生产总值1028.06亿元,负增长4.2%。分产业看,第一产业增加值88.75亿元,增长2.3%;第二产业增加值438.43亿元,负增长7.6%;第三产业增加值500.88亿元,负增长1.5%。\n二、工业生产加速回暖。规模工业增加值负增长7.3%,总产值负增长7.0%,降幅分别比1-2月收窄13.1个和13.0个百分点。340家产值超亿元企业增长1.4%,“4+4”产业增加值负增长6.1%,其中,特殊钢铁、生物医药、电子信息产业分别增长12.0%、7.9%和4.8%。';

describe('a heading month whose body reports the months up to it', () => {
  it('gives that span to a later paragraph naming no time, with and without the as-of', () => {
    for (const opts of [{}, { asOf: '2020年1-3月' }]) {
      expect(the(ZHANGZHOU, '7.3', opts)).toMatchObject({ period: '2020年1-3月', number: -7.3 });
      expect(the(ZHANGZHOU, '13.1', opts)).toMatchObject({ period: '2020年1-3月', number: 13.1 });
      expect(the(ZHANGZHOU, '4.8', opts).period).toBe('2020年1-3月');
    }
  });

  it('a half-year bulletin in the same form (made up)', () => {
    const text = '经济运行简况(2021年6月)\n1-6月,全县规模以上工业增加值增长8.1%。\n分行业看,食品制造业增长12.5%,纺织业下降3.2%。';
    expect(the(text, '12.5').period).toBe('2021年1-6月');
    expect(the(text, '3.2')).toMatchObject({ period: '2021年1-6月', number: -3.2 });
  });

  it('a body naming the month itself keeps it (made up)', () => {
    const text = '经济运行简况(2021年6月)\n6月份,全县规模以上工业增加值增长8.1%。\n分行业看,食品制造业增长12.5%。';
    expect(the(text, '12.5').period).toBe('2021年6月');
  });

  it('headingSpanOf', () => {
    expect(headingSpanOf('2020年3月', '1-3月')).toBe('2020年1-3月');
    expect(headingSpanOf('2020年3月', '2020年1-3月')).toBe('2020年1-3月');
    expect(headingSpanOf('3月', '1—3月')).toBe('1-3月');
    expect(headingSpanOf('2020年3月', '1-2月')).toBe('2020年3月');
    expect(headingSpanOf('2020年3月', '2019年1-3月')).toBe('2020年3月');
    expect(headingSpanOf('2020年', '1-3月')).toBe('2020年');
    expect(headingSpanOf('2020年1月', '1-1月')).toBe('2020年1月');
  });
});
