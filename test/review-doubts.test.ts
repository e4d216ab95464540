/** What the review table asks staff to check first: periods and statuses not read from the figure's own sentence (#19). */
import { describe, expect, it } from 'vitest';
import { reviewDoubts } from '../src/shared/review-doubts';

const q = (quote: string, period: string, status: 'actual' | 'estimate' | 'target' = 'actual') => reviewDoubts({ quote, period, status });

describe('reviewDoubts', () => {
  it('trusts a period written in the sentence, in any of its spellings', () => {
    expect(q('2019年，全省规模以上工业增加值增长8.3%。', '2019年')).toEqual([]);
    expect(q('1—7月，固定资产投资增长7.6%。', '1-7月')).toEqual([]);
    expect(q('“十三五”期间，年均增长7.2%。', '“十三五”时期')).toEqual([]);
  });

  it('flags a period inherited from elsewhere, or none at all', () => {
    expect(q('汽车产业下降4.1%。', '2019年')).toEqual(['period']);
    expect(q('汽车产业下降4.1%。', '')).toEqual(['period']);
    // A comparison base in the sentence is not the period: 2010年 is there, 2015年 is not.
    expect(q('比2010年翻了一番。', '2015年')).toEqual(['period']);
  });

  it('flags a status the sentence contradicts', () => {
    expect(q('2019年预计全年增长6%左右。', '2019年')).toEqual(['status']);
    expect(q('2019年预计全年增长6%左右。', '2019年', 'estimate')).toEqual([]);
    expect(q('到2020年，力争规模以上工业增加值达到1万亿元。', '2020年', 'target')).toEqual([]);
    expect(q('2019年全省工业增加值增长8%。', '2019年', 'target')).toEqual(['status']);
    expect(q('2019年全省工业增加值增长8%。', '2019年', 'estimate')).toEqual(['status']);
  });
});
