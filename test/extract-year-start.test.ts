/**
 * "从年初的第23位提升到第1位" (海南 2023, held-out set 18), "降幅由年初的7.5%缩小到全年的0.3%" (温州 2013, held-out set
 * 16): the place or rate after 由/从年初的 is of the year's start; what it moves to is of the report's period.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('由/从年初的', () => {
  it('gives the first figure the year’s start', () => {
    const text = '规模以上工业增加值累计同比增速呈逐月上升态势。增速全国排名从年初的第23位提升到第1位。';
    expect(the(text, '23', { asOf: '2023年上半年' }).period).toBe('2023年初');
    expect(the(text, '1', { asOf: '2023年上半年' }).period).toBe('2023年上半年');
    const wenzhou = '其中服装行业降幅由年初的7.5%缩小到全年的0.3%,转正在望。';
    expect(the(wenzhou, '7.5', { asOf: '2013年' }).period).toBe('2013年初');
  });

  it('leaves 年初 elsewhere no period of its own', () => {
    expect(the('今年年初确定的目标为增长5%。', '5', { asOf: '2013年' }).period).toBe('2013年');
  });
});
