/**
 * A measure named bare (增加值, 增速) after a share takes the owner the share named, whole: 泉州 2022 1—10月,
 * "全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%,…;增加值同比增长8.5%" is the growth of
 * 规模以上高新技术产业增加值, scope words included.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const QUANZHOU =
  '二是高新技术产业增势良好。1—10月份,全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%,占比分别较1—9月份和上年同期提高0.1和1.2个百分点;增加值同比增长8.5%,增速比1—9月份加快0.8个百分点,快于全市平均水平5.1个百分点。';

describe('a bare measure after a share', () => {
  it('is the measure of the share’s owner, scope words included', () => {
    expect(the(QUANZHOU, '24.5', { asOf: '2022年' })).toMatchObject({ kind: 'share', period: '1-10月' });
    expect(the(QUANZHOU, '8.5', { asOf: '2022年' })).toMatchObject({
      kind: 'growth',
      label: '规模以上高新技术产业增加值增速',
      period: '1-10月',
    });
    expect(the(QUANZHOU, '0.8', { asOf: '2022年' })).toMatchObject({ kind: 'change', label: '规模以上高新技术产业增加值增速变化' });
  });
});
