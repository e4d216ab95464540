/**
 * Values listed without 分别 for names listed with 和 ("A和B同比增长20.5%和20.2%", "A和B双双突破…,同比增长…和…":
 * 杭州 2011, held-out set 20; "A和B分居全省第3位、第2位": 许昌 2014) are each its own name's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list of values for a list of names, no 分别', () => {
  it('hands the names out in order, from the clause or the clause before', () => {
    const both = '2011年杭州市规模以上工业总产值和销售产值双双突破12000亿元大关,同比增长20.5%和20.2%。';
    expect(the(both, '20.5', { asOf: '2011年' }).label).toContain('工业总产值');
    // (销售产值 alone after its owner's other measure is that owner's: extract-sales-output-measure.test.ts.)
    expect(the(both, '20.2', { asOf: '2011年' }).label).toBe('杭州市规模以上工业销售产值增速');
    const own = '2011年杭州市规模以上工业总产值和销售产值同比增长20.5%和20.2%。';
    expect(the(own, '20.2', { asOf: '2011年' }).label).toBe('杭州市规模以上工业销售产值增速');
  });

  it('leaves where the values move from out of the last name', () => {
    // 湖北 2015-07: the two cities' rates moved from 一季度's.
    const hubei = '武汉、襄阳由一季度的7.9%、8.5%回升至8.1%、9.3%。';
    expect(the(hubei, '8.5', { asOf: '2015年1-7月' }).label).toBe('襄阳增速');
    expect(the(hubei, '9.3', { asOf: '2015年1-7月' }).label).toBe('襄阳增速');
    // (从 as 由, with no 的 after the time.)
    const from = '武汉、襄阳从一季度7.9%、8.5%回升至8.1%、9.3%。';
    expect(the(from, '8.5', { asOf: '2015年1-7月' }).label).toBe('襄阳增速');
  });

  it('gives each place of 分居 its own name', () => {
    const xuchang = '2014年,规模以上工业实现主营业务收入和利润总额分居全省第3位、第2位,增速分别高于全省2.6个、3.7个百分点。';
    expect(the(xuchang, '3', { asOf: '2014年' }).label).toContain('主营业务收入');
    // (The second item takes the owner the first names, 规模以上工业, since held-out set 22's "商品房销售面积和销售额".)
    expect(the(xuchang, '2', { asOf: '2014年' }).label).toBe('规模以上工业利润总额位次');
    expect(the(xuchang, '3.7', { asOf: '2014年' }).label).toContain('利润总额');
  });

  it('leaves a second place of one figure, named by its scope only, as it was', () => {
    const places = '全省规模以上工业增加值增速居全国第10位、东部地区第6位。';
    expect(the(places, '6', { asOf: '2020年' }).label).toBe(the(places, '10', { asOf: '2020年' }).label);
  });
});

describe('names the clause opens with, after a list of the clause before', () => {
  it('are the values’ own, not the earlier list’s', () => {
    // 福建 2020 前三季度, a 繁體 copy (http://www.027tdr.cn/page-8-3501.html).
    const fujian = '新興行業和產品增勢較好,高技術制造業和裝備制造業增加值同比增長4.4%和3.0%。';
    expect(the(fujian, '4.4', { asOf: '2020年1-9月' }).label).toBe('高技術制造業增加值增速');
    expect(the(fujian, '3.0', { asOf: '2020年1-9月' }).label).toBe('裝備制造業增加值增速');
    // With no names of its own, the clause's values still take the earlier list's.
    const earlier = '黑色金属冶炼和压延加工业、煤炭开采和洗选业、化学原料和化学制品制造业,利润同比增幅达到120%、48%和24.1%。';
    expect(the(earlier, '48').label).toContain('煤炭开采和洗选业');
  });
});

describe('values with no word of their own right after a list of as many in the clause before', () => {
  it('are that list’s items’, not those of an enumeration further back', () => {
    // dongchangfu-2018-government-work (held-out set 43).
    const dongchangfu =
      '一般公共预算收入完成36.8亿元,增长5%,其中税收收入30.2亿元,占财政收入的82.1%,财政、税收收入总量保持全市第一;社会消费品零售总额实现261.5亿元,增长6.4%;城乡居民人均可支配收入分别达28336元和13632元,增长8.5%和9%。';
    expect(the(dongchangfu, '8.5', { asOf: '2018年' }).label).toBe('城镇居民人均可支配收入增速');
    expect(the(dongchangfu, '9', { asOf: '2018年' }).label).toBe('农村居民人均可支配收入增速');
  });

  it('not when a figure stands between, nor when the enumeration is the clause just before', () => {
    const between = '财政、税收收入总量保持全市第一;城乡居民人均可支配收入分别达28336元和13632元,其中农村增加1200元,增长8.5%和9%。';
    expect(the(between, '8.5', { asOf: '2018年' }).label).not.toContain('城镇居民');
    const earlier = '黑色金属冶炼和压延加工业、煤炭开采和洗选业、化学原料和化学制品制造业,利润同比增幅达到120%、48%和24.1%。';
    expect(the(earlier, '48').label).toContain('煤炭开采和洗选业');
  });
});

describe('values with no word of their own after a list of as many further back', () => {
  it('are the names of the clause just before, a list of them with no figure', () => {
    const named = '全年工业和农业增加值分别达到1200亿元和800亿元,城镇和农村居民人均可支配收入实现较快增长,同比增长8.5%和9%。';
    expect(the(named, '8.5', { asOf: '2018年' }).label).toBe('城镇居民人均可支配收入增速');
    expect(the(named, '9', { asOf: '2018年' }).label).toBe('农村居民人均可支配收入增速');
  });

  it('are those of the enumeration of as many names, not of a shorter list of values before them', () => {
    const three = '全年工业、农业和服务业增加值稳步增长,工业和农业分别完成120亿元和80亿元,服务业完成200亿元,增长8.5%、5%和9%。';
    expect(the(three, '8.5', { asOf: '2018年' }).label).toBe('工业增加值增速');
    expect(the(three, '9', { asOf: '2018年' }).label).toBe('服务业增加值增速');
  });

  it('are the items of the last list of as many values, not of a longer list after it', () => {
    const parts =
      '城乡居民人均可支配收入分别达28336元和13632元,其中工资性收入、经营净收入、财产净收入分别增长9.1%、7.2%和12.5%,扣除价格因素,实际增长8.5%和9%。';
    expect(the(parts, '8.5', { asOf: '2018年' }).label).toBe('城镇居民人均可支配收入增速');
    expect(the(parts, '9', { asOf: '2018年' }).label).toBe('农村居民人均可支配收入增速');
  });
});
