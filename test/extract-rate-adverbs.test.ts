/**
 * A rate named before its verb keeps its kind with an adverb between (更是, 一直, 始终, 也): "增速更是超过了8%" is a
 * growth rate, not a share of the provinces named before it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate noun, an adverb, then its verb', () => {
  // 工信部 on 2024's first quarter, a 繁體 copy (http://dongguanrixin.cn/107.html).
  const MIIT_2024_Q1 =
    '今年以來,面對復雜多變的國內外環境,各工業大省紛紛出臺一系列務實有效舉措和行動,推動當地工業經濟運行有力起步,並保持穩定增長的趨勢。江蘇、山東、浙江等工業大省增速更是超過了8%。';

  it('增速更是超过了8%: a growth rate, its qualifier kept', () => {
    expect(the(MIIT_2024_Q1, '8')).toMatchObject({ kind: 'growth', qualifier: '超過', number: 8 });
  });

  it('增速一直保持在10%以上, 增幅也达到12%', () => {
    expect(the('全省规上工业增加值增速一直保持在10%以上。', '10')).toMatchObject({ kind: 'growth', qualifier: '以上' });
    expect(the('全市工业投资增幅也达到12%。', '12').kind).toBe('growth');
  });

  it('a share stays one', () => {
    expect(the('高新技术产业增加值占比也达到41.9%。', '41.9').kind).toBe('share');
  });
});

describe('a clause that ends on 增速, then how the rates stood', () => {
  // 国家统计局 on 40 years of industry (https://news.china.com/zw/news/13000776/20181215/34687736_1.html).
  const FORTY_YEARS =
    '十八大以来,在供给侧结构性改革等国家重大战略的推动下,工业经济发展由数量规模扩张,向质量效益提升转变。据测算,2015年至2017年工业战略性新兴产业的增速,一直保持在10%以上,大大跑赢了规模以上工业增速。高技术制造业、装备制造业在2017年的增速,更是分别达到13.4%、11.3%,同样明显快于规模以上工业增速。';

  it('the rates are growth rates, each item’s', () => {
    expect(the(FORTY_YEARS, '10')).toMatchObject({ kind: 'growth', qualifier: '以上' });
    expect(the(FORTY_YEARS, '13.4')).toMatchObject({ kind: 'growth', label: '高技术制造业增速', period: '2017年' });
    expect(the(FORTY_YEARS, '11.3')).toMatchObject({ kind: 'growth', label: '装备制造业增速' });
  });

  it('a share named before the comma stays one', () => {
    expect(the('全市高新技术产业增加值占比,达到41.9%。', '41.9').kind).toBe('share');
  });
});
