/**
 * "住宿業下降19.2\n%,餐飲業下降12.8%" (绵阳 2020 1-6月, held-out set 31): a page whose source breaks a line between
 * a number and its %. No line opens with a % of its own: the break is read past in any text, wrapped or not, and
 * the figure is the decline it is, its quote still pointing into the text as written.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { wrappedBreaks } from '../src/shared/extract/wrapped-lines';
import { the } from './extract-helpers';

const MIANYANG =
  '三、消費市場。1-6月,全市實現社會消費品零售總額631.38億元,下降7.8%。按經營地分,城鎮市場下降8.0%,鄉村市場下降7.3 %。按行業分,批發業下降1.4%,零售業下降8.5%,住宿業下降19.2\n%,餐飲業下降12.8%。';

describe('a % on the line after its number', () => {
  it('is the number’s unit, and a decline stays one (绵阳)', () => {
    const f = the(MIANYANG, '19.2', { asOf: '2020年1-6月' });
    expect(f.unit).toBe('%');
    expect(f.number).toBe(-19.2);
    expect(f.label).toContain('住宿業');
    expect(MIANYANG.slice(f.valueStart, f.valueEnd)).toBe('19.2');
    // The figure after it is read as before.
    expect(the(MIANYANG, '12.8', { asOf: '2020年1-6月' }).number).toBe(-12.8);
  });

  it('is read past with the white space on either side, as ‰ is', () => {
    expect(the('全年出生率6.79 \n ‰,死亡率7.77‰。', '6.79').unit).toBe('‰');
    expect(wrappedBreaks('下降19.2\n%,')).toEqual([{ start: 6, end: 7 }]);
  });

  it('is not a break after a word, nor a % that stands after a line of text', () => {
    expect(wrappedBreaks('增長情況如下\n%為單位')).toEqual([]);
    expect(wrappedBreaks('下降19.2%。\n增長3%。')).toEqual([]);
    expect(extractFigures('零售業下降8.5%。\n住宿業下降19.2%。').map((x) => x.number)).toEqual([-8.5, -19.2]);
  });
});
