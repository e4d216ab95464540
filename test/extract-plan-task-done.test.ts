/**
 * "提前完成“十三五”任务": a plan's task done while the plan still runs is no time of the figures (the report's year's);
 * in the plan's last year the review is of the plan's years (西宁 2015, xining-2015-government-work, stays so).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 东昌府区 2019 政府工作报告, on 2018 (https://www.gongwensou.com/zhengfubaogao/32478.html).
const DONGCHANGFU =
  '(一)新旧动能转换全面起势。落后产能加速淘汰。完成技改投入28亿元,占工业投资的比重达46.7%;煤炭消费总量控制在655.9万吨以内,万元地区生产总值能耗提前完成“十三五”任务,居全市第一。新型工业提质增效。新增省级高新技术企业7家。';

describe('a plan’s task done ahead of time', () => {
  it('while the plan runs, leaves the figures the report’s year’s results', () => {
    for (const v of ['一', '7']) {
      expect(the(DONGCHANGFU, v, { asOf: '2018年' }).period).toBe('2018年');
      expect(the(DONGCHANGFU, v, { asOf: '2018年' }).status).toBe('actual');
    }
  });

  it('in the plan’s last year, the figures after it are of the plan’s years', () => {
    const xining = '全社会固定资产投资提前一年完成“十二五”规划目标,地区生产总值年均增长13.7%。';
    expect(the(xining, '13.7', { asOf: '2015年' }).period).toBe('“十二五”时期');
  });
});
