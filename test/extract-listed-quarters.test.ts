/**
 * Months or quarters listed before 分别 give each item its own time, also when the list ends in how many they are
 * ("10、11、12三个月增速分别…") or names its year before quarters ("2021年第一、二、三、四季度利润同比分别增长…"); the
 * times listed are no part of what the items measure.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('months and quarters listed before 分别', () => {
  // 工信部 on 2012 (http://finance.ce.cn/rolling/201301/24/t20130124_17047695.shtml).
  const MIIT_2012 =
    '第三句话是“见转折”。积极因素正在集聚、经济运行已呈现缓中见稳迹象。去年前三个季度规模以上工业增加值增速为11.6%、9.5%和9.1%,四季度回升到10%,10、11、12三个月增速分别9.6%、10.1%和10.3%;1-11月份规模以上工业企业盈亏相抵实现利润同比增长3%。';
  // 国家统计局 on 2021's profits (http://chrbiz.cn/cxtx/2022128132307.htm).
  const NBS_2021 =
    '国家统计局工业司高级统计师朱虹分析,2021年,工业经济稳定恢复,企业盈利持续改善,全国规模以上工业增加值较上年增长9.6%,增速较上年加快6.8个百分点。利润方面,2021年第一、二、三、四季度利润同比分别增长137.3%、36.0%、14.3%、12.3%,受高基数等因素影响,同比增速前高后低。';

  it('10、11、12三个月: each its month, the months no part of the label', () => {
    const months = ['9.6', '10.1', '10.3'].map((v) => the(MIIT_2012, v, { asOf: '2012年' }));
    expect(months.map((x) => x.period)).toEqual(['10月', '11月', '12月']);
    for (const x of months) expect(x.label).not.toMatch(/^\d|三个月/u);
  });

  it('2021年第一、二、三、四季度: each its quarter of 2021', () => {
    const quarters = ['137.3', '36.0', '14.3', '12.3'].map((v) => the(NBS_2021, v));
    expect(quarters.map((x) => x.period)).toEqual(['2021年一季度', '2021年二季度', '2021年三季度', '2021年四季度']);
    for (const x of quarters) expect(x.label).toMatch(/利润增速$/u);
    for (const x of quarters) expect(x.label).not.toMatch(/第|、/u);
  });

  it('a quarter alone stays the time of what follows', () => {
    expect(the('四季度全市规上工业增加值增长8.2%,其中12月增长9.1%。', '8.2').period).toBe('四季度');
  });
});

describe('a breakdown by quarter', () => {
  // 国家统计局 on 2016's first three quarters (http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml).
  const NBS_2016_Q3 =
    '初步核算,前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。分季度看,一季度同比增长6.7%,二季度增长6.7%,三季度增长6.7%。分产业看,第一产业增加值40666亿元,同比增长3.5%;第二产业增加值209415亿元,增长6.1%;第三产业增加值279890亿元,增长7.6%。';

  it('names its quarters’ own times, not the time of the breakdowns after it', () => {
    expect(the(NBS_2016_Q3, '40666').period).toBe('前三季度');
    expect(the(NBS_2016_Q3, '7.6').period).toBe('前三季度');
  });
});
