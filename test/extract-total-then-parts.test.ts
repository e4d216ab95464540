/**
 * A list that opens with a total and then names its parts ("进出口总额、出口额和进口额"): 出口额 and 进口额 are parts the
 * total's name holds, not measures of it. Seen by h181 (session 30): the parts came out 进出口出口额 and 进出口进口额.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text, { asOf: '2015年' }).map((f) => [f.value, f.label]);

describe('a total, then its parts', () => {
  it('each rate is of its own item: 进出口总额, 出口额, 进口额', () => {
    expect(labels('全市进出口总额、出口额和进口额分别增长12%、8%和4%。')).toEqual([
      ['12', '进出口总额增速'],
      ['8', '出口额增速'],
      ['4', '进口额增速'],
    ]);
  });

  it('the first part after the total is not the total’s measure (出口额, not 进出口出口额)', () => {
    const [, exports] = labels('2015年全市进出口总额、出口额和进口额分别为120亿美元、80亿美元和40亿美元。');
    expect(exports).toEqual(['80', '出口额']);
  });

  it('a measure alone after an owner still takes the owner: 商品房销售额 (浙江, held-out set 22)', () => {
    expect(labels('商品房销售面积和销售额分别下降18.6%和16.9%。').map(([, l]) => l)).toEqual(['商品房销售面积增速', '商品房销售额增速']);
  });
});
