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

  it('each level is of its own item too: the third part is 进口额, not 进出口总额进口额', () => {
    expect(labels('2015年全市进出口总额、出口额和进口额分别为120亿美元、80亿美元和40亿美元。').map(([, l]) => l)).toEqual([
      '进出口总额',
      '出口额',
      '进口额',
    ]);
  });

  it('a fused total names its parts: 进出口, 出口, 进口 (a province’s 1-5月 trade, caop.org.cn 2019)', () => {
    // https://www.caop.org.cn/xinwenzixun/zonghexinwen/2019-02-27/25375.html
    const text =
      '1-5月全省累计实现进出口81.3亿美元、增长37.4%,其中:出口43.5亿美元、增长38.5%;进口37.8亿美元、增长36.1%。' +
      '1-5月全省进出口、出口、进口累计增幅分别高于全国平均水平11.2、15.6和5.7个百分点。';
    const read = () => extractFigures(text, { asOf: '2019年1-5月' }).map((f) => f.label);
    expect(read().slice(0, 6)).toEqual(['进出口', '进出口增速', '出口', '出口增速', '进口', '进口增速']);
    expect(
      read()
        .slice(6)
        .map((l) => l.slice(0, 2)),
    ).toEqual(['进出', '出口', '进口']);
  });

  it('a list naming the fused total then its parts: 出口 is no 进出口 again', () => {
    expect(labels('全年进出口、出口、进口分别完成120亿美元、80亿美元、40亿美元。').map(([, l]) => l)).toEqual(['进出口', '出口', '进口']);
  });

  it('a measure alone after an owner still takes the owner: 商品房销售额 (浙江, held-out set 22)', () => {
    expect(labels('商品房销售面积和销售额分别下降18.6%和16.9%。').map(([, l]) => l)).toEqual(['商品房销售面积增速', '商品房销售额增速']);
  });
});
