/**
 * The year a list of targets is for is not the report's own year: "报告提出,2013年全省经济社会发展的主要预期目标:…"
 * opens 福建's work report on 2012, given at the 2013 session; its 2013 figures, read without an as-of, are targets.
 * Nor is the last year of a plan named when it is made ("明确2016至2018年全省工业发展蓝图").
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract';
import { the } from './extract-helpers';

// 福建 2013 (政府工作报告, 省十二届人大一次会议).
const FUJIAN = [
  '1月27日上午,福建省十二届人大一次会议在福建会堂开幕,省长苏树林代表省政府向大会作政府工作报告。报告提出,2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右。',
  '报告首先总结了过去五年的主要工作。苏树林说,初步统计,2012年全省生产总值19701.78亿元,增长11.4%;公共财政总收入3008.91亿元,增长15.9%。',
  '报告说,2012年工作任务的完成,标志着本届政府实现了省十一届人大一次会议确定的各项目标任务。',
  '报告明确提出了2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右;地方公共财政收入增长12%。',
  '2013年,城镇登记失业率控制在4.2%以内;社会消费品零售总额增长15%。',
].join('\n');

describe('a year named for its targets', () => {
  it('is not the report’s year', () => {
    expect(reportPeriod(FUJIAN)).toMatchObject({ period: '2012年', year: 2012 });
  });

  it('so that year’s figures are targets without an as-of, and the year before’s results', () => {
    expect(the(FUJIAN, '4.2')).toMatchObject({ period: '2013年', status: 'target' });
    expect(the(FUJIAN, '15')).toMatchObject({ period: '2013年', status: 'target' });
    expect(the(FUJIAN, '19701.78')).toMatchObject({ period: '2012年', status: 'actual' });
  });

  it('a year whose results are named is still the report’s', () => {
    expect(reportPeriod('2012年全省生产总值19701.78亿元,增长11.4%。全年目标任务全面完成。').year).toBe(2012);
  });
});

describe('the years a plan covers, named when it is made', () => {
  // 江西 2016 (三年行动计划, news): annotated as of 2016, its 2018 figures targets.
  const JIANGXI =
    '我省近日制定出台《江西省强攻工业制造升级三年行动计划》,明确2016至2018年全省工业发展蓝图,集中各方力量强攻工业。\n《计划》提出,到2018年,全省规模以上工业完成增加值9000亿元以上,力争达到10000亿元,年均增长8%左右;全省工业完成投资1万2000亿元,年均增长10%左右。';

  it('name the report’s year by their first, so that the plan’s last year’s figures are targets without an as-of', () => {
    expect(reportPeriod(JIANGXI).year).toBe(2016);
    expect(the(JIANGXI, '9000')).toMatchObject({ period: '2018年', status: 'target', qualifier: '以上' });
    expect(the(JIANGXI, '1万2000')).toMatchObject({ period: '2018年', status: 'target' });
    expect(the(JIANGXI, '10')).toMatchObject({ period: '2016-2018年', status: 'target' });
  });
});
