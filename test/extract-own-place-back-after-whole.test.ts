/**
 * Back to the report's own place (我省) after a whole set against it (而全国是小幅回落), a rate with no subject is the
 * own place's, the subject of the figure before that whole — also when that figure is the sentence's first.
 * 黑龙江日报's 2011 前三季度 industry report (held-out set 47, test/corpus/heilongjiang-2011-q3-industry.txt), its sentence
 * here without the first two of the province's three rates (一季度增长13.3%,上半年增长13.6%). Written from the
 * survivors of extract-subject's mutation run (session 31: figure-subject.ts, the loop back from the whole alone,
 * `k2 >= 0`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const HEILONGJIANG =
  '一季度后,全省工业增速一直保持13%以上的增速。前三季度增长13.6%,我省工业稳步走高,而全国是小幅回落,一季度增长14.4%,' +
  '上半年增长14.3%;我省与国家的差距在缩小,其中,9月份我省增长15.2%,高于全国平均水平1.4个百分点。';

const labelOf = (value: string) => extractFigures(HEILONGJIANG, { asOf: '2011年前三季度' }).find((f) => f.value === value)?.label ?? '';

describe('the own place back after a whole, its rate the sentence’s first', () => {
  it('"9月份我省增长15.2%" is the province’s industry’s, as "前三季度增长13.6%" was', () => {
    expect(labelOf('13.6')).toBe('工业增速');
    expect(labelOf('15.2')).toBe('工业增速');
  });

  it('the whole’s rates between stay 全国’s', () => {
    expect(labelOf('14.4')).toBe('全国增速');
  });
});
