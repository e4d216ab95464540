/**
 * 逐年, 连年 and 多年 before the verb say how a measure fared over the years, as 连续N年 does; they are no part of the
 * measure: "粮食产量连年稳定在1.3万亿斤以上" (黑龙江日报 on the 2023 政府工作报告's review of five years,
 * http://epaper.hljnews.cn/shb/pc/con/202303/06/content_126306.html) was labelled 粮食产量连年, and "工业投资逐年增长8%"
 * 工业投资逐年增速 (a slide the lead saw, issue 19). The span, when named, is the figure's period.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const label = (text: string, value: string) => extractFigures(text).find((f) => f.value === value)?.label;

describe('逐年, 连年, 多年 before the verb', () => {
  it('are cut from the measure (黑龙江日报 2023)', () => {
    expect(label('国内生产总值增加到121万亿元,五年年均增长5.2%。粮食产量连年稳定在1.3万亿斤以上。', '1.3')).toBe('粮食产量');
  });

  it('before a rate, alone or after 连续', () => {
    expect(label('工业投资逐年增长8%。', '8')).toBe('工业投资增速');
    expect(label('规模以上工业增加值多年增长8%。', '8')).toBe('规模以上工业增加值增速');
    expect(label('规模以上工业增加值连续多年增长8%以上。', '8')).toBe('规模以上工业增加值增速');
  });

  it('in the clause before a rate of its own, whose period is the span named', () => {
    const f = extractFigures('2011-2015年,全县工业投资逐年增长,年均增长8%。').find((x) => x.value === '8');
    expect([f?.label, f?.period]).toEqual(['工业投资年均增速', '2011-2015年']);
  });
});
