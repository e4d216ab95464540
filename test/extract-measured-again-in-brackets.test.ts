/**
 * A figure given again by another measure, named in brackets right after it, is an aside: the rate after the brackets
 * is of the figure before them. "全年财政总收入省口径完成62.92亿元(市口径83.77亿元),增长1.4%" (新建区's 2020 统计公报,
 * 南昌, held-out set 53): 1.4% was labelled 市口径增速.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const XINJIAN = '全年财政总收入省口径完成62.92亿元(市口径83.77亿元),增长1.4%。其中,地方一般公共预算收入34.20亿元,增长2.2%。';

describe('a figure measured again in brackets', () => {
  it('leaves the rate after it to the figure before', () => {
    const read = () => labels(XINJIAN, ['62.92', '83.77', '1.4']);
    expect(read()).toEqual(['财政总收入省口径', '市口径', '财政总收入省口径增速']);
  });

  it('with full-width brackets, and a bracket that names no figure stays as before', () => {
    expect(labels('全年财政总收入完成62.92亿元（含基金83.77亿元），增长1.4%。', ['1.4'])).toEqual(['财政总收入增速']);
    expect(labels('工业增加值100亿元(现价),增长5%。', ['5'])).toEqual(['工业增加值增速']);
  });
});
