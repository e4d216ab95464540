/**
 * A growth rate whose % the page left out: "1-10月港北區規上工業總產值同比增長22.6%,增速環比提高1.1個百分點;規模以上工業
 * 增加值同比增長5.0,增速與1-9月持平" (港北區 2021 1-10月, http://www.allbestcoupons.com/tjxx/tjsj/t10951016.shtml,
 * traditional characters, held-out set 41) lost the figure, a number without a unit being no figure. A number with
 * decimals right after 同比增长 (下降, 比上年…) that ends its clause is now that growth, its unit as written (none), as
 * 楚雄市's "比重达45.9" is a share (extract-share-without-percent.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const GANGBEI = '1-10月港北區規上工業總產值同比增長22.6%,增速環比提高1.1個百分點;規模以上工業增加值同比增長5.0,增速與1-9月持平。';

describe('a growth rate with its % left out', () => {
  it('is read, a growth with no unit, of the measure before it', () => {
    for (const opts of [{ asOf: '2021年1-10月' }, {}]) {
      const figures = extractFigures(GANGBEI, opts);
      expect(figures.map((x) => x.value)).toEqual(['22.6', '1.1', '5.0']);
      const f = figures.find((x) => x.value === '5.0');
      expect(f).toMatchObject({ number: 5, unit: '', kind: 'growth' });
      expect(f?.label).toContain('規模以上工業增加值');
    }
  });

  it('negative after 下降', () => {
    const f = extractFigures('1-5月,全市规模以上工业增加值同比下降3.4,降幅比1-4月收窄1.2个百分点。', { asOf: '2020年1-5月' })[0];
    expect(f).toMatchObject({ value: '3.4', number: -3.4, unit: '', kind: 'growth' });
  });

  it('not a whole number there, nor a number the clause goes on from, nor one after another verb', () => {
    const values = (text: string) => extractFigures(text, { asOf: '2021年' }).map((x) => x.value);
    expect(values('全市工业增加值同比增长5,增速持平。')).toEqual([]);
    expect(values('全市工业增加值同比增长5.0和6.2,增速持平。')).toEqual([]);
    expect(values('全市工业增加值提高5.0,增速持平。')).toEqual([]);
  });
});
