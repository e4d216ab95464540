/**
 * 该地区 before a measure names back the place whose same measure a figure just before gave, not the report's own place
 * (as 该省, 该市 do): "遵义地区生产总值 3037.87 亿元,占全省的比重为 21.7%,…。该地区生产总值首次突破 3000 亿元" (贵州 2021
 * 前三季度 by 市州, ZAKER贵阳 on 贵州省统计局's figures, held-out set 53): 3000亿元 was labelled 该地区生产总值. 该地区 alone,
 * no measure after it ("该地区同比增长11.7%"), names back the place and its measure the figure before gave.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUIZHOU =
  '遵义地区生产总值 3037.87 亿元,占全省的比重为 21.7%,占比较上年同期提高 0.6 个百分点。该地区生产总值首次突破 3000 亿元,同比增速位居 9 个市(州)首位。';

describe('该地区 named back', () => {
  it('is the place whose measure the sentence before gave', () => {
    const read = () => the(GUIZHOU, '3000', { asOf: '2021年1-9月' }).label;
    expect(read()).toBe('遵义地区生产总值');
  });

  it('alone, no measure after it, is the place and the measure the figure before gave', () => {
    // (The form seen on an imported deck, session 33: 该地区增速, and 3000亿元 labelled 该地区.)
    expect(the('遵义地区生产总值3037.87亿元。该地区同比增长11.7%,增速位居全省首位。', '11.7').label).toBe('遵义地区生产总值增速');
    expect(the('遵义地区生产总值3037.87亿元,占全省的比重为21.7%。该地区首次突破3000亿元。', '3000').label).toBe('遵义地区生产总值');
  });

  it('in the same sentence too, and alone it stays as written', () => {
    expect(the('遵义地区生产总值3037.87亿元,该地区生产总值首次突破3000亿元。', '3000').label).toBe('遵义地区生产总值');
    expect(the('该地区生产总值首次突破3000亿元。', '3000').label).toBe('该地区生产总值');
  });
});
