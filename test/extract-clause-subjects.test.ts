/**
 * The subject a clause before names for a figure without one (subjectBetween): an industry only when the clause is
 * about it, its name whole. 广东 2010 ("…在…三大产业上取得实质性突破,总产值达1.11万亿元"): a clause that merely holds 产业
 * names no industry; 山东 2018 ("着力培育新兴产业,前2个月,代表工业发展新方向的高技术制造业,利润同比增幅则达到7.6%"):
 * the industry the clause names is kept whole, not cut after a 发展 inside it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a clause that holds 产业 without naming an industry', () => {
  it('names no subject (广东 2010)', () => {
    const text = '战略性新兴产业在高端新型电子信息、新能源汽车、半导体照明三大产业上取得实质性突破,总产值达1.11万亿元,同比增长19.5%。';
    for (const v of ['1.11', '19.5']) expect(the(text, v, { asOf: '2010年' }).label, v).not.toContain('实质性');
    expect(the(text, '1.11', { asOf: '2010年' }).label).toBe('总产值');
  });
});

describe('an industry named with 发展 inside its name', () => {
  it('is kept whole (山东 2018, 1-2月)', () => {
    const text =
      '而山东正在推进的新旧动能转换重大工程,着力培育新兴产业,前2个月,代表工业发展新方向的高技术制造业,利润同比增幅则达到7.6%,占规模以上工业利润总额的比重超过10%。';
    expect(the(text, '7.6', { asOf: '2018年2月' }).label).toBe('代表工业发展新方向的高技术制造业利润增速');
  });
});

describe('a clause between whose subject is a property (增长率)', () => {
  it('names no subject: a share after it is of the measure before', () => {
    const text = '全市工业增加值增长8%，增长率居全省前列，占GDP比重为35%。';
    expect(the(text, '35').label).toBe('工业增加值占GDP比重');
  });
});

describe('a clause with 看 inside it (看好)', () => {
  it('still names its industry; only a clause ending with 看 (分行业看) names none', () => {
    const text = '全市工业增加值增长8%，新能源汽车产业前景看好，产值增长15%。';
    expect(the(text, '15').label).toMatch(/^新能源汽车产业/u);
    expect(the('全市工业增加值增长8%，分行业看，产值增长15%。', '15').label).toBe('产值增速');
  });
});

// test/corpus/jiangmen-2020-08-industry.txt; test/corpus/beijing-2022-08-industry-traditional.txt (the second real
// sentence); test/corpus/shanghai-2020-10-industry.txt. The draft's card read "制造业降幅（8月） 8.5%": a growth under
// the word 降幅 reads as a fall.
describe('a rate with no subject after the change of a rate (降幅收窄…)', () => {
  it("is of that rate's subject, not of its measure word", () => {
    const text = '分三大门类看,1-8月,制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点,其中8月增长8.5%,增速高于全市平均水平2.2个百分点。';
    expect(the(text, '2.6').label).toBe('制造业降幅变化');
    expect(the(text, '8.5').label).toBe('制造业增速');
    expect(the(text, '2.2').label).toBe('制造业增速高于全市平均水平');
    const beijing =
      '8月,規模以上工業增加值按可比價格計算,同比下降22.8%,降幅較7月擴大1.0個百分點;如剔除新冠肺炎疫苗生產因素,同比增長10.2%,增速提高0.9個百分點。';
    expect(the(beijing, '10.2').label).toBe('規模以上工業增加值增速');
    expect(the(beijing, '0.9').label).toBe('規模以上工業增加值增速變化');
    const shanghai = '1-10月,全市规上工业增加值下降0.8%,降幅比1-9月收窄1.1个百分点,其中10月当月增长8.9%。';
    expect(the(shanghai, '8.9').label).toBe('规上工业增加值增速');
  });

  it('so is one in the sentence after ("。其中8月份當月同比增長8.5%")', () => {
    // 黑龙江 1~8月, from the 工信厅 (黑龙江日报, a 繁體 copy read in session 27).
    const heilongjiang =
      '1~8月份全省規模以上工業增加值增速降幅加快收窄,同比下降2.1%,降幅環比收窄1.6個百分點。其中8月份當月同比增長8.5%,環比提高10.4個百分點,高於全國2.9個百分點。';
    expect(the(heilongjiang, '8.5', { asOf: '2020年1-8月' }).label).toBe('規模以上工業增加值增速');
    expect(the(heilongjiang, '10.4', { asOf: '2020年1-8月' }).label).toBe('規模以上工業增加值增速變化');
    expect(the(heilongjiang, '1.6', { asOf: '2020年1-8月' }).label).toBe('規模以上工業增加值降幅變化');
  });
});

describe('a clause opening with 对', () => {
  it('names its subject when it is no effect on another (对外贸易), as any clause does', () => {
    expect(the('对外贸易总额稳步增长,同比增长5%。', '5').label).toBe('对外贸易总额增速');
  });
});
