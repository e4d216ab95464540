/**
 * A clause on a whole set against the report's own place ("而全国是小幅回落") names whose the rates after it are: 全国's,
 * not the province's of the clause before; a clause naming the own place again (我省) goes back to the province's subject.
 * 黑龙江日报's 2011 前三季度 industry report (held-out set 47, test/corpus/heilongjiang-2011-q3-industry.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const HEILONGJIANG =
  '工业速度稳步增长。一季度后,全省工业增速一直保持13%以上的增速。一季度增长13.3%,上半年增长13.6%,前三季度增长13.6%,' +
  '我省工业稳步走高,而全国是小幅回落,一季度增长14.4%,上半年增长14.3%;我省与国家的差距在缩小,其中,9月份我省增长15.2%,' +
  '高于全国平均水平1.4个百分点。';

const labelOf = (text: string, value: string) =>
  extractFigures(text, { asOf: '2011年前三季度' }).find((f) => f.value === value)?.label ?? '';

describe('a whole set against the own place', () => {
  it('the rates after "而全国是小幅回落" are 全国’s (黑龙江 2011)', () => {
    expect(labelOf(HEILONGJIANG, '14.4')).toMatch(/^全国/u);
    expect(labelOf(HEILONGJIANG, '14.3')).toMatch(/^全国/u);
  });

  it('"9月份我省增长15.2%" is the province’s industry again, not 全国’s', () => {
    expect(labelOf(HEILONGJIANG, '15.2')).toMatch(/^工业/u);
  });

  it('the province’s own rates before the contrast stay its own', () => {
    expect(labelOf(HEILONGJIANG, '13.3')).toMatch(/^工业/u);
  });

  it('a whole that names its measure is read as before: "而全国仅增长6.2%"', () => {
    expect(labelOf('全省规模以上工业增加值增长8.5%,而全国仅增长6.2%。', '6.2')).toMatch(/^全国/u);
  });
});
