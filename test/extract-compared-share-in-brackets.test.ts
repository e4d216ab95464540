/**
 * The value in brackets of what a share is compared with ("产销率98.9%,高于全国平均水平(96.8%)2.1个百分点") is a share
 * too; after a growth rate it stays a growth rate ("增长7.4%,高于全国平均水平(4.1%)").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 内蒙古 2023 1-10月, a 繁體 copy (http://qsjy4131.com/article/info/5114; test/corpus/neimenggu-2023-10-industry-traditional).
const NEIMENGGU_2023 =
  '1-10月份,全區(qū)規(guī)模以上工業(yè)產(chǎn)銷(xiāo)率98.9%,高于全國(guó)平均水平(96.8%)2.1個(gè)百分點(diǎn),居全國(guó)第5位。';

describe('a compared value in brackets', () => {
  it('is a share after a share (内蒙古 2023)', () => {
    expect(the(NEIMENGGU_2023, '96.8', { asOf: '2023年1-10月' }).kind).toBe('share');
    expect(the(NEIMENGGU_2023, '98.9', { asOf: '2023年1-10月' }).kind).toBe('share');
  });

  it('is a growth rate after a growth rate', () => {
    const s = '1-10月份,全区规模以上工业增加值同比增长7.4%,高于全国平均水平(4.1%)3.3个百分点。';
    expect(the(s, '4.1', { asOf: '2023年1-10月' }).kind).toBe('growth');
  });
});
