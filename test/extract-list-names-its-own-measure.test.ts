/**
 * A 分别 list whose clause names its own measure is not handed the subjects of the figures before it when those are
 * no list but clauses of their own: "一年来,地区生产总值增长5.1%,一般公共预算收入完成3.98亿元,…,城乡常住居民人均可支配
 * 收入分别达到37462元和17597元" (正蓝旗's 2019 政府工作报告, review of 2018, held-out set 51) labelled the incomes
 * 地区生产总值城乡常住居民人均可支配收入 and 一般公共预算收入城乡常住居民人均可支配收入.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a 分别 list naming its own measure after clauses of their own', () => {
  it('keeps its own measure, not the figures’ before', () => {
    const s =
      '一年来,地区生产总值增长5.1%,一般公共预算收入完成3.98亿元,固定资产投资完成15亿元,社会消费品零售总额完成16亿元,城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%。';
    for (const v of ['37462', '17597', '7', '10']) {
      const f = the(s, v, { asOf: '2018年' });
      expect(f.label).toMatch(/^城乡常住居民人均可支配收入/u);
    }
    expect(the(s, '15', { asOf: '2018年' }).label).toBe('固定资产投资');
  });
  it('still gives a bare fall’s change to the figures before ("降幅分别比1-2月收窄")', () => {
    const s = '规模工业增加值负增长7.3%，总产值负增长7.0%，降幅分别比1-2月收窄13.1个和13.0个百分点。';
    expect(the(s, '13.1').label).toContain('规模工业增加值');
    expect(the(s, '13.0').label).toContain('总产值');
  });
  it('still gives a list’s shares to the list before ("总量分别占规上工业的…")', () => {
    const s =
      '装备制造业、高新技术产业和战略性新兴产业分别实现产值3531亿元、2679亿元和2463亿元，同比分别增长9.2%、10.3%和8.1%，总量分别占规上工业的33.5%、25.5%和23.4%。';
    expect(the(s, '25.5').label).toContain('高新技术产业');
  });
});
