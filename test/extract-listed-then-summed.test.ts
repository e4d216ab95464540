/**
 * "…、尚科光伏太阳能电池生产线(二期)等共354个投资项目均超千万" (桂林 2011, held-out set 33): a list before 等 names some of
 * what the count after it counts, and 共 (共计, 合计) after 等 only sums it: the noun after the count is the label, as
 * without 共 ("…等75个市县两级重点项目", 汉中 2023's projects started together).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUILIN =
  '全年技改项目1400多项,新开的就突破1000项,是桂林工业历史上新开技改项目最多的一年,有桂林客车年产8000辆客车及底盘生产线搬迁改造、尚科光伏太阳能电池生产线(二期)等共354个投资项目均超千万。';
const HANZHONG =
  '据悉,本次集中开工的项目包括南郑区(中云)装备智造产业园(一期)、城固县秦药道地中药材加工基地建设项目、勉县利废环保节能新型建材生产线二期项目等75个市县两级重点项目,总投资193.86亿元,年度投资86.5亿元。';

describe('a list, 等 and 共, then a count and its noun', () => {
  it('labels the count with the noun after it', () => {
    expect(the(GUILIN, '354', { asOf: '2010年' }).label).toBe('投资项目');
    expect(the(HANZHONG, '75', { asOf: '2023年' }).label).toContain('重点项目');
    expect(the('全市实施甲项目、乙项目等合计12个技改项目。', '12', { asOf: '2010年' }).label).toBe('技改项目');
  });

  it('a subject that is no list keeps its count: 共 alone', () => {
    expect(the('全市规模以上工业企业共1250家。', '1250', { asOf: '2010年' }).label).toContain('规模以上工业企业');
  });
});
