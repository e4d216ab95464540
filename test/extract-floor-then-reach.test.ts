/**
 * 保 N then 力争/争 M sets a target's floor and its reach, both targets: "全部工业开票销售保9000亿元力争超万亿元"
 * (扬州 2022, held-out set 27); a 保 that is no floor ("保持增长8%") leaves a result a result.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('保 N 力争 M', () => {
  it('reads the floor as a target too', () => {
    const text = '发展新目标\n全部工业开票销售保9000亿元力争超万亿元';
    expect(the(text, '9000', { asOf: '2022年' }).status).toBe('target');
    expect(the(text, '万亿', { asOf: '2022年' }).status).toBe('target');
    expect(the('全年经济增长保8%争9%。', '8', { asOf: '2022年' }).status).toBe('target');
  });

  it('leaves 保持 a result', () => {
    expect(the('2021年全市规模以上工业增加值保持增长8%。', '8', { asOf: '2021年' }).status).toBe('actual');
  });
});
