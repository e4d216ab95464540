/**
 * What a report says can be reached (可实现, 可达到, 可完成) is an estimate, as 预计 and 有望 are: 萧县's 2011 review,
 * written before the year's data were final (held-out set 16).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const XIAOXIAN =
  '该县利用丰富的农业资源优势,大力发展农副产品加工业,2011年可实现工业产值138.3亿元,增长60.4%,占全县工业总产值的57.6%;同时主攻建材工业,去年可实现工业产值59.05亿元,增长224.8%。';

describe('可实现 before a figure', () => {
  it('makes the figures after it estimates', () => {
    for (const v of ['138.3', '60.4', '57.6', '59.05', '224.8']) expect(the(XIAOXIAN, v, { asOf: '2011年' }).status).toBe('estimate');
  });

  it('leaves a result before it, and 可 in a name, alone', () => {
    const text = '全县完成工业总产值60.54亿元,全年可达到65亿元。获得生产许可证企业12家,认可产品30种。';
    expect(the(text, '60.54').status).toBe('actual');
    expect(the(text, '65').status).toBe('estimate');
    expect(the(text, '12').status).toBe('actual');
  });
});
