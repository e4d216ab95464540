/**
 * 明年 in a year-end report (a work conference held in December, named for the year it plans) is the year after the
 * one written in: a target year; and a text that says 明年 was written in the year it calls 今年.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// The 2011 全国工业和信息化工作会议, held in December 2010, a 繁體 copy (http://whygutenberg.com/jm/hgjj/201012/t20101227_1663992.htm).
const MIIT_2010 =
  '在近日召開的2011年全國工業和信息化工作會議上,工信部部長李毅中表示,2011年我國規模以上工業增加值的同比增長目標為11%左右,包括技術改造在內的工業投資增長19%左右。而今年我國規模以上工業增加值預計同比增長15%左右,企業利潤大幅增加。\n' +
  '此外,明年的發展目標還包括,單位工業增加值能耗和二氧化碳排放量各降低4%,單位工業增加值用水量下降5%,工業固體廢物綜合利用率提高2.2個百分點。電信業務收入增長5%左右,軟件服務業收入增長25%左右。\n';

describe('明年', () => {
  it('is the year after the one written in, a target year', () => {
    expect(the(MIIT_2010, '4')).toMatchObject({ period: '2011年', status: 'target', number: -4 });
    expect(the(MIIT_2010, '2.2')).toMatchObject({ period: '2011年', status: 'target' });
    // The paragraph's next sentence goes on with the targets.
    expect(the(MIIT_2010, '25').status).toBe('target');
  });

  it('makes 今年 the year the conference is held in, not the year it is named for', () => {
    expect(the(MIIT_2010, '15')).toMatchObject({ period: '2010年', status: 'estimate', qualifier: '左右' });
  });

  it('a target set as 同比增长目标为 is still a target', () => {
    expect(the(MIIT_2010, '11')).toMatchObject({ period: '2011年', status: 'target' });
    expect(the(MIIT_2010, '19').status).toBe('target');
  });
});
