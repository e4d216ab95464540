/**
 * A share's gap with a time before, written in % in a clause that only compares ("占全市产值的57.57%,比去年同期高6.79%",
 * 南宁 2015 前九月, held-out set 55), is a change in points, as "比重同比提高3.9%" is; a clause with a verb of growth after a
 * share ("重工業產值占比76.1%,同比下降1.6%", 汉台区 2025 1-4月) is the measure's growth.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const NANNING = '三大开发区合计完成产值1320亿元,占全市产值的57.57%,比去年同期高6.79%,拉动全市产值增长16.31%';

describe("a share's gap written in %", () => {
  it('after 比…高 is a change, read as the same gap in points is', () => {
    const f = the(NANNING, '6.79');
    expect(f.kind).toBe('change');
    expect(f.number).toBe(6.79);
    expect(f.label).toBe(the(NANNING.replace('6.79%', '6.79个百分点'), '6.79').label);
  });
  it('after 比…低 is a fall', () => {
    const f = the('占全市产值的57.57%,较上年低1.2%。', '1.2');
    expect(f.kind).toBe('change');
    expect(f.number).toBe(-1.2);
  });
  it('is not a rate with a verb of growth after the share', () => {
    expect(the('重工业产值占比76.1%,同比下降1.6%;', '1.6').kind).toBe('growth');
  });
});
