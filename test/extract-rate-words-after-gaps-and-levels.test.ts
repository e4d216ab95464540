/**
 * A rate word after 的 read only after a rate: "高于全省平均水平1.2个百分点的增幅" (the form of "远高于全省规模以上工业增加值
 * 8.9%的增速" with a gap in points before 的) is the gap the rate is above the average by, not a rate of the average; and a
 * place's rate followed by 的平均水平, then the bare comparison ("比全省8.2%的平均水平高0.3个百分点", the form of "比全省平均
 * 增速8.2%低0.9个百分点", session 31) is that place's rate of the measure before, a growth. Written from the
 * survivors of extract-subject's mutation run (session 32: figure-subject.ts, `t.unit === '%' &&
 * sentence.charCodeAt(t.outerEnd) === 0x7684`, and `rateOf = true` of the bare comparison).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('rate words after gaps and levels', () => {
  it('a gap in points before 的增幅 is the gap, not a rate', () => {
    const text = '全市规上工业增加值增长8.5%,高于全省平均水平1.2个百分点的增幅。';
    expect(the(text, '1.2')).toMatchObject({ label: '规上工业增加值高于全省平均水平', kind: 'change' });
  });

  it('a place’s rate before 的平均水平 and the bare comparison is that place’s rate', () => {
    const text = '全市规上工业增加值增长8.5%,比全省8.2%的平均水平高0.3个百分点。';
    expect(the(text, '8.2')).toMatchObject({ label: '全省规上工业增加值增速', kind: 'growth' });
    expect(the(text, '0.3').kind).toBe('change');
  });
});
