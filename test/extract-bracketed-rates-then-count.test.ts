/**
 * A run of places with their rates in brackets, then their count and the rate they are ("呼和浩特市(23.1%)、…4个盟市
 * 规上工业增加值增速高于全区平均水平"): growth rates, as a run followed right by 增速 is; a run followed by a share's
 * words (占, 比重) stays shares.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 内蒙古 2023 1-10月, a 繁體 copy (http://qsjy4131.com/article/info/5114; test/corpus/neimenggu-2023-10-industry-traditional).
const NEIMENGGU_2023 =
  '呼和浩特市(23.1%)、包頭市(22.9%)、巴彥淖爾市(12.1%)、烏蘭察布市(11.8%)4個(gè)盟市規(guī)上工業(yè)增加值增速高于全區(qū)平均水平;鄂爾多斯市(5.9%)、呼倫貝爾市(5.6%)8個(gè)盟市低于全區(qū)平均水平。';

describe('bracketed rates, then a count and the rate they are', () => {
  it('are growth rates (内蒙古 2023)', () => {
    for (const v of ['23.1', '22.9', '12.1', '11.8', '5.9'])
      expect(the(NEIMENGGU_2023, v, { asOf: '2023年1-10月' }).kind, v).toBe('growth');
    expect(the(NEIMENGGU_2023, '4', { asOf: '2023年1-10月' }).kind).toBe('count');
  });

  it('stay shares when a share is named after them', () => {
    const s = '呼和浩特市(23.1%)、包头市(22.9%)2个盟市占全区比重较高。';
    expect(the(s, '23.1', { asOf: '2023年' }).kind).toBe('share');
  });
});
