/**
 * "武汉、襄阳由一季度的7.9%、8.5%回升至8.1%、9.3%" (湖北 2015 1-7月, https://wuhan.baogaosu.com/…/36963352): the time the
 * listed names' rates move from (由/从 一季度) is those rates' own, also written without 的 ("武汉、襄阳从一季度7.9%、8.5%
 * 回升至8.1%、9.3%", the form session 29 saw read wrong); the rates they move to, and the next clause's, are of the
 * report's months.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const OPENING = '元至7月,全省17个市州中8个增速环比加快,3个持平。';
const REAL = '武汉、襄阳由一季度的7.9%、8.5%回升至8.1%、9.3%,宜昌市增长10.4%,“一主两副”增速位居全省前列。';

describe('rates of listed names moved from a time', () => {
  for (const sentence of [REAL, REAL.replace('由一季度的', '从一季度'), REAL.replace('由一季度的', '由一季度')])
    it(sentence.slice(0, 24), () => {
      for (const opts of [{ asOf: '2015年1-7月' }, {}]) {
        const text = OPENING + sentence;
        expect(the(text, '7.9', opts).period).toMatch(/一季度$/u);
        expect(the(text, '8.5', opts).period).toMatch(/一季度$/u);
        for (const v of ['8.1', '9.3', '10.4']) expect(the(text, v, opts).period, v).toMatch(/1-7月$/u);
        expect(the(text, '9.3', opts).label).toBe('襄阳增速');
      }
    });

  it('holds for items joined by 和', () => {
    const text = OPENING + '武汉、襄阳从一季度7.9%和8.5%回升至8.1%和9.3%。';
    expect(the(text, '8.5').period).toMatch(/一季度$/u);
    expect(the(text, '9.3').period).toMatch(/1-7月$/u);
  });
});
