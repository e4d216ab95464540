/**
 * Words around a measure that are not what it measures, and measures named by a word the rules did not know
 * (held-out set 16): 增加值累计占比 is the share of the measure whose rates came before (荆门 2024); 升幅 is the
 * rise's rate, as 增幅 is (江苏 2016); 可 before 实现 and 去年 before it are neither (萧县 2011).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('measures and the words around them', () => {
  it("增加值累计占比 and its change are the industry's (荆门 2024)", () => {
    const text =
      '汽车制造业增加值同比增长55.8%,增速高于全市规上工业44.8个百分点,增加值累计占比11.2%,较上年同期提高3.1个百分点;电气机械和器材制造业增加值同比增长42.6%,增速高于全市规上工业31.6个百分点,增加值累计占比12.0%,较上年同期提高2.3个百分点。';
    expect(labels(text, ['11.2', '3.1', '12.0', '2.3'])).toEqual([
      '汽车制造业增加值累计占比',
      '汽车制造业增加值累计占比变化',
      '电气机械和器材制造业增加值累计占比',
      '电气机械和器材制造业增加值累计占比变化',
    ]);
  });

  it("升幅 after a rise is that measure's rate (江苏 2016)", () => {
    const text = '前5个月,全省规模以上工业企业产成品库存同比上升1.8%,升幅较前4个月扩大0.9个百分点。';
    expect(labels(text, ['0.9'])[0]).toContain('产成品库存');
  });

  it('drops 可 and 去年 before 实现 from the measure (萧县 2011)', () => {
    const text = '大力发展农副产品加工业,2011年可实现工业产值138.3亿元,增长60.4%;同时主攻建材工业,去年可实现工业产值59.05亿元。';
    // (工业 written once: the industry's name ends with it.)
    expect(labels(text, ['138.3', '59.05'])).toEqual(['农副产品加工业产值', '建材工业产值']);
  });
});

describe('a measure of industry written without its owner', () => {
  it('is of the industry a clause before names (温州 2013)', () => {
    const text =
      '十大主导行业中大部分主导行业运行状况良好,生产增速逐步回升。其中汽车制造业增幅一路走高,全年实现工业总产值153.62亿元,同比增长13.8%,较上年同期分别提高12.7个百分点,对规上工业增长贡献达12%。';
    expect(labels(text, ['153.62', '13.8', '12'])).toEqual([
      '汽车制造业工业总产值',
      '汽车制造业工业总产值增速',
      '汽车制造业工业总产值贡献率',
    ]);
  });

  it('is of the firms the figure before counted (荆门 2024)', () => {
    const text = '全市新增规上工业企业127家,实现总产值174.0亿元,同比增长279.9%,拉动全市产值增长4.2个百分点。';
    expect(labels(text, ['174.0', '279.9'])).toEqual(['新增规上工业企业总产值', '新增规上工业企业总产值增速']);
  });

  it("stays the report's own when nothing before names an owner", () => {
    const text = '2013年,全市规模以上工业企业实现工业总产值4418.48亿元,同比增长3.5%;实现工业增加值851.48亿元,同比增长5.8%。';
    expect(labels(text, ['4418.48', '851.48'])).toEqual(['规模以上工业企业工业总产值', '工业增加值']);
  });
});

describe('a province named alone before a count', () => {
  it('is the scope: the noun after the number is what is counted (江苏 2016)', () => {
    const text = '前5个月,江苏47401家规模以上工业企业合计实现利润3702亿元,占同期全国规模以上工业利润的15.5%。';
    expect(labels(text, ['47401', '3702'])).toEqual(['规模以上工业企业', '规模以上工业企业利润']);
  });
});

describe('a capacity written before what has it', () => {
  it('is of the plant named after 的 (萧县 2011)', () => {
    const text = '该县还积极发展能源产业,年产90万吨的金黄庄煤矿今年可望投产,大屯、张庄寨、郭庄、穆集等4座煤矿陆续开工建设。';
    expect(labels(text, ['90'])).toEqual(['金黄庄煤矿年产']);
    expect(labels('建成年产30万吨的乙烯项目。', ['30'])).toEqual(['乙烯项目年产']);
  });

  it('so is each other way a capacity is written: 年产能, 设计年产, 年生产, 年处理, 日产', () => {
    expect(labels('年产能90万吨的金黄庄煤矿今年可望投产。', ['90'])).toEqual(['金黄庄煤矿年产能']);
    expect(labels('设计年产120万吨的高家堡煤矿,今年建成投产。', ['120'])).toEqual(['高家堡煤矿设计年产']);
    expect(labels('年生产30万吨的乙烯项目,当年开工。', ['30'])).toEqual(['乙烯项目年生产']);
    expect(labels('年处理50万吨的生活垃圾焚烧发电项目,年内投产。', ['50'])).toEqual(['生活垃圾焚烧发电项目年处理']);
    expect(labels('日产5000吨的水泥熟料生产线,已经点火。', ['5000'])).toEqual(['水泥熟料生产线日产']);
  });
});

describe('words before a measure that are not it', () => {
  it('cuts a cause after the subject (陕西 2020, 温州 2013)', () => {
    const text = '一季度,能源工业受疫情影响较小且受主要行业带动,对全省增速贡献突出,增加值同比增长7.4%,增速较1-2月加快2.6个百分点。';
    expect(labels(text, ['7.4'])).toEqual(['能源工业增加值增速']);
    const rubber = '而橡胶和塑料行业受出口大幅下降影响,产值增速由增长转为同比下降0.5%。';
    expect(labels(rubber, ['0.5'])).toEqual(['橡胶和塑料行业产值增速']);
  });

  it("cuts the report's own place named back (该县) and 预计 (萧县 2011)", () => {
    expect(labels('2011年,该县预计实现工业总产值220亿元,同比增长59%。', ['220'])).toEqual(['工业总产值']);
  });
});

describe('the noun a count names after it', () => {
  it('stops at a rate or a comparison (荆门 2024)', () => {
    const text = '全市34个行业中,有21个行业增加值实现正增长,其中13个行业增速高于全市平均水平且保持两位数增长。';
    expect(labels(text, ['13'])).toEqual(['行业']);
  });
});
