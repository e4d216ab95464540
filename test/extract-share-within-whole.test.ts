/**
 * A share within a whole named with 在…中 ("在工业投资中的占比为42.2%") is the share of the subject before, as 占比
 * alone is: "其中,高新技术产业完成投资357.1亿元,…,在工业投资中的占比为42.2%,比上年同期提高2.5个百分点,拉动工业投资
 * 增长8.7个百分点" (常州 2014 上半年 工业投资, held-out set 50) labelled the three without 高新技术产业.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a share within a whole named with 在…中', () => {
  const s =
    '其中,高新技术产业完成投资357.1亿元,同比增长22.0%,比上年同期提高21.9个百分点,在工业投资中的占比为42.2%,比上年同期提高2.5个百分点,拉动工业投资增长8.7个百分点,对工业投资增长的贡献率达61.5%。';
  it('is of the subject before, and so are the figures after it', () => {
    expect(the(s, '42.2').label).toBe('高新技术产业投资在工业投资中的占比');
    expect(the(s, '42.2').kind).toBe('share');
    expect(the(s, '2.5').label).toContain('高新技术产业');
    expect(the(s, '8.7').label).toContain('高新技术产业');
    expect(the(s, '61.5').label).toContain('高新技术产业');
  });
  it('holds for 所占比重 too', () => {
    expect(the('其中,高新技术产业完成投资357.1亿元,在全部投资中所占比重为42.2%。', '42.2').label).toContain('高新技术产业');
  });
});
