/**
 * A quarter, half or month followed by 后, 以后 or 以来 and a clause break ("一季度后,", "二季度以后,", "上半年以来,") is
 * where a span starts: the time of its own clause only. The figures of the clauses after it are of the report's period,
 * not of that quarter (as after "3月份以来," already).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 黑龙江 2011 前三季度 (黑龙江日报, http://heilongjiang.dbw.cn/system/2011/10/26/053472698.shtml; test/corpus/heilongjiang-2011-q3-industry).
const HEILONGJIANG_2011 =
  '前三季度,全省工业经济承接了首季“开门红”、半年“双过半”良好态势后,继续保持较快增长速度。\n工业速度稳步增长。一季度后,全省工业增速一直保持13%以上的增速。一季度增长13.3%,上半年增长13.6%,前三季度增长13.6%,我省工业稳步走高。';

describe('a time a span starts after', () => {
  it('is no time of the clauses after it (黑龙江 2011)', () => {
    expect(the(HEILONGJIANG_2011, '13', { asOf: '2011年前三季度' }).period).toBe('2011年前三季度');
    expect(the(HEILONGJIANG_2011, '13').period, 'without the as-of').toBe('前三季度');
    expect(the(HEILONGJIANG_2011, '13.3', { asOf: '2011年前三季度' }).period).toBe('一季度');
  });

  it('after 以来 and 以后 too, and a month as a quarter', () => {
    expect(the('一季度以来,全省工业增速一直保持13%以上的增速。', '13', { asOf: '2011年前三季度' }).period).toBe('2011年前三季度');
    expect(the('3月份以后,全省工业增速一直保持13%以上的增速。', '13', { asOf: '2011年前三季度' }).period).toBe('2011年前三季度');
  });

  it('leaves a quarter the time when its figure follows it', () => {
    expect(the('一季度,全省工业增加值增长13.3%。', '13.3', { asOf: '2011年前三季度' }).period).toBe('一季度');
    expect(the('二季度以后,全省工业增速回升,6月份增长15%。', '15', { asOf: '2011年前三季度' }).period).toBe('6月');
  });
});
