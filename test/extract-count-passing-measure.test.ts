/**
 * Things counted, then a measure they pass ("全市有18户产值在亿元以上", "有5户年销售收入突破10亿元"): the measure says what
 * the things counted pass, not what they are (宜春 2024, held-out set 18: "63户新建投产企业中有18户产值超亿元"); the count
 * is not labelled with it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a count followed by the measure its things pass', () => {
  for (const [text, value, measure] of [
    ['全市有18户产值在亿元以上。', '18', '产值'],
    ['全市有5户年销售收入突破10亿元。', '5', '销售收入'],
  ] as const)
    it(`is not labelled with the measure (${text})`, () => {
      const f = the(text, value);
      expect(f.kind).toBe('count');
      expect(f.label).not.toContain(measure);
      expect(f.label).toMatch(/^[\u4e00-\u9fff]+$/u);
    });
});
