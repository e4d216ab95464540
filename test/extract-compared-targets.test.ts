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
