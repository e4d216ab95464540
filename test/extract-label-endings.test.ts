/**
 * How a label's subject ends (issue 26: survivors of the extract-labels full run): the firms after a class amount
 * written with 以上 (销售收入10亿元以上的企业, as tokens.ts already leaves the amount out), a note in ASCII brackets
 * that holds a predicate word (按现价计算), a measure that ends like a rate noun without being one (劳动生产率) and a
 * list's closing 等. Each is a way reports write a subject; the label is what a user compares across them.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the subject’s last words', () => {
  it.each([
    // 安徽 2010 writes 超过10亿元的企业; 以上 and 及以上 name the same class of firms.
    ['销售收入10亿元以上的企业达到120户。', '120', '企业'],
    ['销售收入10亿元及以上的企业达到120户。', '120', '企业'],
    // Saved pages often carry ASCII brackets; the note inside is not the predicate (按现价 starts one).
    ['全市工业(按现价计算)增加值增长8%。', '8', '工业增加值增速'],
    // 率 ends the measure but it is no rate noun: its growth is 增速.
    ['全员劳动生产率比上年增长6.2%。', '6.2', '全员劳动生产率增速'],
    // 等 closing a list of industries is not part of the label.
    ['钢铁、建材等行业下降5%，化工等下降3%。', '3', '化工增速'],
  ])('%s', (text, value, label) => {
    expect(the(text, value).label).toBe(label);
  });
});

describe('连续 before the verb (四平 2011, held-out set 24)', () => {
  it('is no part of the subject: the thresholds crossed are amounts of the revenue', () => {
    const text = '全口径财政收入连续跨越60亿、70亿两个关口,完成73.6亿元,增长31.4%。';
    for (const v of ['60', '70']) {
      const f = the(text, v, { asOf: '2011年' });
      expect([f.label, f.kind, f.qualifier]).toEqual(['全口径财政收入', 'level', '跨越']);
    }
    expect(the(text, '73.6', { asOf: '2011年' }).label).toBe('全口径财政收入');
  });
});
