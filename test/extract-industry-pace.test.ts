/**
 * An industry and how fast it grew, then its figure: "新興產業加速成長,產值增長145%" (贵港 2017, held-out set 22,
 * traditional). The industry is the subject; how it grew is not (it was labelled 新興產業加速成長產值增速).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry growing fast, then its measure', () => {
  it('is the subject of the measure', () => {
    const guigang =
      '規模以上工業增加值360.7億元,增長12.2%,增速排名全區第二。新興產業加速成長,產值增長145%,初步構建了廣西第二汽車生產基地。';
    expect(the(guigang, '145', { asOf: '2017年' }).label).toBe('新興產業產值增速');
    expect(the('战略性新兴产业快速发展,实现产值52亿元。', '52').label).toBe('战略性新兴产业产值');
  });
});
