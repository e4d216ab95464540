/**
 * A range whose numbers a page sets off with spaces ("黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间", 贵州 2021 by 市州,
 * held-out set 53): its second end measures what the first does. The space after 至 kept it from being read as a range
 * (labelled 黔南、铜仁、六盘水、黔西南至), and a space after % was read as a pause ("增速在 10% 至 15% 之间": 15% a clause of
 * its own, 增速至, a share).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a range with spaces around its numbers', () => {
  it('gives its second end the first end’s label', () => {
    const text = '黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元。';
    expect(the(text, '1000').label).toBe('黔南、铜仁、六盘水、黔西南');
    expect(the(text, '1500').label).toBe('黔南、铜仁、六盘水、黔西南');
  });

  it('reads a rate’s second end after a spaced % as the same rate', () => {
    const text = '全省有4个市州规上工业增加值增速在 10% 至 15% 之间。';
    const high = the(text, '15');
    expect(high.kind).toBe('growth');
    expect(high.label).toBe(the(text, '10').label);
  });
});
