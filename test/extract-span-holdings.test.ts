/**
 * What a span of years ends holding ("五年来,…形成3个…产业集群;拥有产值亿元以上企业1470家", 泉州, held-out set 14) is of its
 * last year, the report's own place written before 形成 or 拥有 or not; what was formed anew over it (新形成) stays of
 * the span.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('形成 and 拥有 over a span of years', () => {
  it('are of its last year, after 全市 too', () => {
    for (const text of [
      '五年来,全市形成3个千亿产业集群，拥有产值亿元以上企业1470家。',
      '五年来,形成3个千亿产业集群，全市拥有产值亿元以上企业1470家。',
    ]) {
      expect(the(text, '3', { asOf: '2011年' }).period, text).toBe('2011年');
      expect(the(text, '1470', { asOf: '2011年' }).period, text).toBe('2011年');
    }
  });

  it('leave what was formed anew of the span', () => {
    expect(the('五年来,全市新形成产能120万吨。', '120', { asOf: '2011年' }).period).toBe('2007-2011年');
  });
});

describe('a level reached in a month', () => {
  it('stays of the month: a period of seven characters is no plan period (“十二五”时期)', () => {
    expect(the('2015年3月，全市工业增加值达到120亿元。', '120').period).toBe('2015年3月');
  });
});

describe('a count over a span whose clause holds 达到 inside', () => {
  it('stays of the span: only a verb of reaching right before the number makes it the last year’s', () => {
    expect(the('2011-2015年，全市达到规模以上的工业企业新增120家。', '120').period).toBe('2011-2015年');
  });
});
