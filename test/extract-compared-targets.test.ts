/**
 * A target a result is measured against (较规划预期目标高出, 大于预期目标, 比预期目标高出) is no target mark: the figures
 * around it are results. A heading on how a plan was carried out (计划执行情况) opens a review, not a list of targets.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a target a result is compared with', () => {
  // A review of the “十二五” years (https://lw33.cn/article/804f19fb884e9a86929274d2.html).
  const REVIEW =
    '如GDP年均增速达到7.8%,快于规划预期目标0.8个百分点;2015年服务业占GDP比重达到50.5%,五年累计提高6.3个百分点,较规划预期目标高出3.5个百分点;城镇化率达到56.1%,较规划预期目标高出4.6个百分点;城镇居民人均可支配收入和农村居民人均可支配收入分别达到31195元和11422元,增速均明显高于规划预期目标。';
  // 工信部 on 2012 (https://business.sohu.com/20130123/n364428136.shtml).
  const MIIT_2012 =
    '据了解, 2012年,高新技术产业增加值增速高出规模以上工业平均增速2.2个百分点。规模以上企业单位工业增加值能耗下降幅度大于预期目标,区域发展的协调性进一步增强,中西部地区工业增加值比重比上年又提高了1.1个百分点。';

  it('較 … 目标高出: the gap and the figures after it are results', () => {
    expect(the(REVIEW, '3.5').status).toBe('actual');
    expect(the(REVIEW, '56.1').status).toBe('actual');
    expect(the(REVIEW, '4.6').status).toBe('actual');
    expect(the(REVIEW, '31195').status).toBe('actual');
  });

  it('大于预期目标: the rest of the sentence is results', () => {
    expect(the(MIIT_2012, '1.1')).toMatchObject({ status: 'actual', period: '2012年', kind: 'change' });
  });

  it('a target still set is one (目标是, 比上年 after it)', () => {
    expect(the('2016年主要预期目标是:地区生产总值比上年增长8%左右。', '8').status).toBe('target');
    expect(the('制造业增加值占比目标为35%。', '35').status).toBe('target');
  });
});

describe('a heading on how a plan was carried out', () => {
  // 洞头区 2015年国民经济和社会发展计划执行情况 (https://rdcwh.dongtou.gov.cn/art/2016/6/2/art_1268181_3971329.html).
  const DONGTOU =
    '    一、2015年国民经济和社会发展计划执行情况\n  (一)三次产业协同发展,产业转型步伐加快。\n' +
    '工业转型加快。全区27家规模以上企业实现产值49.45亿元,同比增长3%,实现增加值8.10亿元,同比增长15.4%,增速位居全市首位。\n';

  it('opens no list of targets: the year’s figures under it are results', () => {
    expect(the(DONGTOU, '49.45')).toMatchObject({ status: 'actual', period: '2015年' });
    expect(the(DONGTOU, '15.4').status).toBe('actual');
  });

  it('a heading of the plan for the next year still does', () => {
    const next = '二、2016年国民经济和社会发展计划草案\n全区地区生产总值增长7.5%左右。\n';
    expect(the(next, '7.5').status).toBe('target');
  });
});

describe('what was planned, and what of it is done', () => {
  it('17个计划新开工项目已开工12个: the projects started are a result', () => {
    // 盐城 2023 一季度, a 繁體 copy (http://www.dingqianjf.com/news/show/46cfe69af25ae8e9.html).
    const text =
      '據公開數據顯示:今年一季度,我市列省重大工業項目投資進度位居全省第三,39個項目已實施34個,其中17個計劃新開工項目已開工12個;全市重點工業項目開工率超60%,686個重點新建技改項目已實施531個,402個計劃新開工項目已開工247個。';
    expect(the(text, '12').status).toBe('actual');
    expect(the(text, '247').status).toBe('actual');
  });

  it('为年度投资计划的30.90%: the part of a plan done is a result', () => {
    // 江门 2021 一季度, a 繁體 copy (https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html).
    const text =
      '全市重點建設項目1-3月項目累計完成投資313.64億元,較去年同期增長153.34億元,同比增長95.66%,為年度投資計劃的30.90%,超過時間進度5.90個百分點。本年度計劃新開工項目270項,實際已開工129項,開工率達47%。';
    expect(the(text, '30.90').status).toBe('actual');
    expect(the(text, '5.90').status).toBe('actual');
    expect(the(text, '270').status).toBe('target');
    expect(the(text, '129').status).toBe('actual');
  });
});
