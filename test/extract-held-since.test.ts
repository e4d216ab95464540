/**
 * "今年以来一直稳居全省第二位": since when a place has been held, and that it has been held all along, are no part of
 * what holds it (the subject before, as after 连续6个月).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('今年以来一直稳居…第二位', () => {
  it('is the place of the subject before', () => {
    // 邢台 2022 1-5月 (http://www.dgkbrhb.com/zixun/2022/0628/54207.html).
    const text = '1—5月份,我市1666家規上工業企業增加值同比增長7.6%,高于全省平均水平2.9個百分點,今年以來一直穩居全省第二位。';
    expect(the(text, '二').label).toBe('規上工業企業增加值位次');
    expect(the('规上工业增加值同比增长7.6%,一直稳居全省第2位。', '2').label).toBe('规上工业增加值位次');
  });
  it('leaves a subject after 今年以来 alone', () => {
    expect(the('今年以来全市规上工业增加值增长5.2%。', '5.2').label).toBe('规上工业增加值增速');
  });
});
