/**
 * A heading's year is the period of the lines under it only when it is a time or a target of its own: a base the
 * heading compares with ("是2010年的1.8倍", "比2007年提高近十个百分点") is never a period, so the lines under it keep
 * the report's own year.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a base year in a heading', () => {
  it('is not the period of the heading nor of the lines under it', () => {
    const text = '工业总产值是2010年的1.8倍\n规模以上工业增加值增长12.5%,利润总额增长8.1%。';
    expect(the(text, '1.8', { asOf: '2015年' })).toMatchObject({ kind: 'multiple', period: '2015年' });
    expect(the(text, '12.5', { asOf: '2015年' })).toMatchObject({ label: '规模以上工业增加值增速', period: '2015年' });
  });

  it('leaves a heading with no time of its own without a period', () => {
    const text = '第三产业比重比2007年提高近十个百分点\n规模以上工业增加值增长12.5%。';
    expect(the(text, '十').period).not.toBe('2007年');
    expect(the(text, '12.5').period).not.toBe('2007年');
  });
});
