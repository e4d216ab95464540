/**
 * A 预计 before a paragraph's first figure makes the figures of its next sentences estimates too, until one names a
 * time of its own: a base year (是2007年的2.3倍) is no time of the sentence, so the estimate carries past it
 * (包头 2012 政府工作报告, written before the year's data were final).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const BAOTOU =
  '预计2012年全市生产总值完成3440亿元左右,是2007年的2.1倍;固定资产投资五年累计完成9091亿元,年均增加349亿元。地方财政总收入完成326.8亿元,是2007年的2.3倍。';

describe('an estimate carried past a sentence that names only a base year', () => {
  for (const asOf of ['2012年', undefined])
    it(`keeps the next sentence's figures estimates (${asOf ? 'as of ' + asOf : 'no as-of'})`, () => {
      const opts = asOf ? { asOf } : undefined;
      expect(the(BAOTOU, '326.8', opts)).toMatchObject({ label: '地方财政总收入', status: 'estimate', period: '2012年' });
      expect(the(BAOTOU, '2.3', opts)).toMatchObject({ kind: 'multiple', status: 'estimate', period: '2012年' });
    });
});
