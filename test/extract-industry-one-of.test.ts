/**
 * A measure of the above-scale scope alone (规上工业增加值) right after a clause saying what an industry is ("X是…之一") is
 * that industry's. 辽宁's 2022 10月 industry (a 繁體 copy, test/corpus/liaoning-2022-10-industry-traditional.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const LIAONING =
  '    部分行業規上工業增加值由負轉正\n\n    據介紹,冶金行業是遼寧工業三大支柱產業之一,10月規上工業增加值同比增長8%,實現今年首次正增長。\n';

describe('an industry said to be one of a group', () => {
  it('owns the scope’s measure after it: 冶金行業規上工業增加值 (辽宁 2022)', () => {
    expect(extractFigures(LIAONING, { asOf: '2022年1-10月' }).find((f) => f.value === '8')?.label).toBe('冶金行業規上工業增加值增速');
  });

  it('a measure naming its own owner keeps it', () => {
    const text = LIAONING.replace('10月規上工業增加值', '10月全省規上工業增加值');
    expect(extractFigures(text, { asOf: '2022年1-10月' }).find((f) => f.value === '8')?.label).not.toMatch(/冶金/u);
  });
});
