/**
 * The place a contribution held before ("对全区规上工业增长的贡献从去年同期的第三位跃居首位") is the contribution's
 * rank, of the industry the sentence is about, not "规上工业增长的贡献".
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a contribution’s place, from the year before', () => {
  it('is the rank of the industry’s contribution', () => {
    // 广西 2016 1至2月 (中國網 big5, held-out set 25).
    const text =
      '從各大行業對工業增加值的貢獻率來看,廣西汽車製造業也有不凡表現,不僅增速高於全區規模以上工業增加值增速6.9個百分點,對全區規上工業增長的貢獻從去年同期的第三位躍居首位。';
    const f = the(text, '三', { asOf: '2016年1-2月' });
    expect(f.label).toContain('汽車製造業');
    expect(f.label).toContain('貢獻');
    expect(f.kind).toBe('rank');
    expect(f.period).toBe('2015年1-2月');
  });

  it('a contribution reached stays as it was read', () => {
    expect(the('汽车制造业增长15%,对全区规上工业增长的贡献率达19.7%。', '19.7').label).toContain('汽车制造业');
  });
});
