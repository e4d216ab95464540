/**
 * A note in brackets after a noun that says it holds below ("市国资委系统企业(监管及重点参股企业,下同)", 宝鸡 2022's
 * state enterprises) is one word of the subject: its comma ends no clause, so what follows it is not a subject of
 * its own ("下同)营业收入").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a long note said once for what follows', () => {
  it('leaves the noun before it as the subject', () => {
    const text = '其中,市国资委系统企业(监管及重点参股企业,下同)实现营业收入199.42亿元,同比增长20.9%。';
    expect(the(text, '199.42').label).toBe('市国资委系统企业营业收入');
    expect(the(text, '20.9').label).toBe('市国资委系统企业营业收入增速');
  });
});
