/**
 * A growth word after a figure makes it a growth rate where the figure is a rate: "以年均2.3%的能源消费增长支撑了年均6.8%
 * 的经济增长" (扬州 2022, held-out set 27) reads two growth rates, and "实现8%的增长", "实现两成增长", "实现5‰的增长" one
 * each (‰ was read as a share); but "实现年均30万人的城镇人口增长" is a number of people, and a share named before it stays
 * a share ("占比30%增长较快", and "新增产值282.8亿元,完成全年目标的56.6%", 常州 2023). Written from the survivors of
 * extract-figure's mutation run (session 33: figure-kind.ts, the rules of GROWTH_AFTER and MEASURE_GROWTH_AFTER).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a growth word after a figure', () => {
  it('makes a yearly average rate a growth rate of the measure named', () => {
    const text = '以年均2.3%的能源消费增长支撑了年均6.8%的经济增长。';
    expect(the(text, '2.3')).toMatchObject({ kind: 'growth', label: '能源消费年均增速' });
    expect(the(text, '6.8')).toMatchObject({ kind: 'growth', label: '经济年均增速' });
  });

  it('makes a rate in any unit of a share a growth rate', () => {
    expect(the('规上工业增加值实现8%的增长。', '8')).toMatchObject({ kind: 'growth', label: '规上工业增加值增速' });
    expect(the('规上工业增加值实现两成增长。', '两')).toMatchObject({ kind: 'growth', unit: '成' });
    expect(the('规上工业增加值实现5‰的增长。', '5')).toMatchObject({ kind: 'growth', label: '规上工业增加值增速', unit: '‰' });
  });

  it('makes no growth rate of a share named before it', () => {
    expect(the('出口交货值占比30%增长较快。', '30')).toMatchObject({ kind: 'share' });
  });

  it('makes no growth rate of an amount, the growth rate right after it', () => {
    const text = '全市完成工业总产值120亿元增长15.2%。';
    expect(the(text, '120')).toMatchObject({ kind: 'level', label: '工业总产值' });
    expect(the(text, '15.2')).toMatchObject({ kind: 'growth', label: '工业总产值增速' });
  });

  it('makes no growth rate of a yearly average number of people', () => {
    const x = the('实现年均30万人的城镇人口增长。', '30');
    expect(x.unit).toBe('万人');
    expect(x.kind).not.toBe('growth');
  });

  it('leaves a share of a target done a share', () => {
    const x = the('新增产值282.8亿元,完成全年目标的56.6%。', '56.6');
    expect(x).toMatchObject({ kind: 'share', label: '新增产值完成全年目标', number: 56.6 });
  });

  it('leaves a share of a target done after a bare rate labelled with no rate word', () => {
    expect(the('增速为10.2%,完成年度目标的85%。', '85')).toMatchObject({ kind: 'share', label: '完成年度目标' });
  });
});
