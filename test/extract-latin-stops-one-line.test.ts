/**
 * A Latin stop before a space ends a sentence even in a text that has no line end after any stop (one paragraph
 * pasted alone): the stop before a space is enough (text-forms.ts, fullWidthPunctuation's prefilter asks for either).
 * Written from extract-index's survivors (session 27): with both asked for, the stop was not read and stuck to the
 * next sentence's subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// A city's 上半年 report, its first paragraph as the page writes it (http://y.tt/212011700070cn.html).
const HALF_FIRST_PARAGRAPH =
  '上半年以来, 规模以上工业增加值增速从1~2月11.0%起步, 到1~6月同比增长10.4%, 保持了两位数的增长, 增速比上年同期提升4.9个百分点, 比全省高0.7个百分点, 比全国高3.7个百分点. 各月累计平均增速保持在10%以上, 远高于上年同期各月累计平均增长5%以上的水平, 全市规模以上工业增速站上新台阶.';

describe('a Latin stop in a paragraph of one line', () => {
  it('ends the sentence: the next one’s subject opens after it', () => {
    expect(the(HALF_FIRST_PARAGRAPH, '10')).toMatchObject({ unit: '%', kind: 'growth', qualifier: '以上', label: '各月增速' });
  });
});
