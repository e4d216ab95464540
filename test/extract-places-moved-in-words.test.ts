/**
 * Places gained or lost written in Chinese numerals: "排名较上月提升两位" is a change of rank of two places, as
 * "较上月提升2位" is (鄂尔多斯 2021, held-out set 24); 两位数 and 位次 stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('places moved, in Chinese numerals', () => {
  it('reads 提升两位 as a change of two places ("位列全区第四,排名较上月提升两位")', () => {
    const text =
      '1-9月,鄂尔多斯市的476户规模以上工业增加值增长7.8%,较2019年同期下降4.6%,两年平均下降2.3%,位列全区第四,排名较上月提升两位,增速高于自治区增加值增速0.4个百分点。';
    const two = the(text, '两');
    expect([two.unit, two.kind, two.number]).toEqual(['位', 'change', 2]);
    expect(the(text, '四').kind).toBe('rank');
  });

  it('reads a place lost as negative and 一位 after a verb as a figure', () => {
    expect(the('增速居全省第5位,排名较上月下降三位。', '三').number).toBe(-3);
    expect(the('增速居全省第3位,比上年同期前移一位。', '一').number).toBe(1);
  });

  it('reads 前进两个位次 as a change of two places, as 提高4个位次 is', () => {
    // dongchangfu-2018-government-work (held-out set 43; the page breaks its line inside "两个\n位次").
    const text =
      '全区生产总值完成346.3亿元,同比增长6.1%。在年度“全国投资潜力百强区”名单中,我区位列第79位,前进两个位次,并首次入选“全国科技创新百强区”。';
    const two = the(text, '两', { asOf: '2018年' });
    expect([two.unit, two.kind, two.number]).toEqual(['位', 'change', 2]);
    expect(the('增速居全省第9位,比上月下降三个位次。', '三').number).toBe(-3);
    // Not without a verb that moves places, nor inside a longer numeral.
    expect(extractFigures('抓好两个位次的提升。')).toHaveLength(0);
    expect(extractFigures('排名提升十二个位次。').map((f) => f.number)).toEqual([12]);
  });

  it('leaves 两位数 and a person counted (一位客商) alone', () => {
    expect(extractFigures('规上工业增速提升至两位数,保持两位数增长。')).toHaveLength(0);
    expect(extractFigures('一位客商前来考察。')).toHaveLength(0);
  });
});
