/**
 * "占任务数16900万元的63.7%": the amount right after 任务数 (目标数, 计划数), of which a share follows, is the target,
 * as after 年度目标 (广元) and 年任务; the share done and the amount before are results.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A county's 2020 1-10月 report (http://www.ahqy.gov.cn/OpennessContent/show/962092.html).
const COUNTY = '1、规模工业产值完成情况:\n1-10月份完成规模工业增加值10764万元,占任务数16900万元的63.7%,同比下降15.38%。';

describe('an amount named after 任务数', () => {
  it('is the target; the rest results', () => {
    expect(the(COUNTY, '16900', { asOf: '2020年1-10月' }).status).toBe('target');
    expect(the(COUNTY, '10764', { asOf: '2020年1-10月' }).status).toBe('actual');
    expect(the(COUNTY, '63.7', { asOf: '2020年1-10月' }).status).toBe('actual');
    expect(the(COUNTY, '15.38', { asOf: '2020年1-10月' }).number).toBe(-15.38);
  });
});
