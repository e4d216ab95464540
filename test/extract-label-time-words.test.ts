/**
 * Words a label must not keep or cut: a dash that opens a point, a span (近三年), a time (去年同期) or a back-reference
 * (该增速) standing where the subject is, 比较 read as the comparison 较, 累计 and 平均 cut from a rate's name.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 中国统计 2019 (李拥军, 工业收入同口径增速): points opened by dashes.
const DASHED =
  '从工业收入同口径比较的角度看:\n——2018年1—10月份工业收入为85.68万亿元,同口径比较增长9.3%;该增速比2017年同期增速下降了3.1个百分点,但依然高于2014—2016年同期增速;';

describe('a dash opening a point', () => {
  it('is no part of the subject', () => {
    expect(the(DASHED, '85.68').label).toBe('工业收入');
    expect(the('——机械制造企业累计实现工业增加值2.68亿元,同比下降7.9%。', '2.68', { asOf: '2014年1-4月' }).label).toBe(
      '机械制造企业工业增加值',
    );
  });
});

describe('months from January between the body and its measure', () => {
  it('are the period, not the subject', () => {
    // 铜川印台区 2016 (held-out set 32), 重庆 2014: the months name when, the body and the measure what.
    const yintai = '从企业归属看,省属企业1-7月累计完成产值3.3亿元,同比下降39.11%;市属企业完成产值0.16亿元,增长9.33%。';
    expect(the(yintai, '3.3', { asOf: '2016年1-7月' })).toMatchObject({ label: '省属企业产值', period: '1-7月' });
    expect(the(yintai, '39.11', { asOf: '2016年1-7月' })).toMatchObject({ label: '省属企业产值增速', number: -39.11 });
    const chongqing = '市经信委方面表示,除了长安汽车外,北汽银翔、华晨鑫源和小康汽车1~5月产值增幅分别达到4.1倍、31.2%和26%。';
    expect(the(chongqing, '26', { asOf: '2014年1-5月' }).label).toBe('小康汽车产值增幅');
  });
});

describe('a rate reckoned 同口径比较 and 该增速 after it', () => {
  it('are the rates of the subject before', () => {
    expect(the(DASHED, '9.3').label).toBe('工业收入增速');
    const gap = the(DASHED, '3.1');
    expect([gap.label, gap.number]).toEqual(['工业收入增速变化', -3.1]);
  });

  it('占比较 is still a share compared', () => {
    expect(the('三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.9个百分点。', '3.9', { asOf: '2016年' }).label).toBe('一产占比变化');
  });
});

describe('a span or a time where the subject stands', () => {
  it('近N年 is the period, not the subject', () => {
    // 南昌县 2019 (统计公报).
    expect(the('全年税收收入占财政总收入比重达86.4%,近四年税收占比均保持在80%以上。', '80', { asOf: '2019年' }).label).toBe('税收占比');
    expect(the('近三年工业增加值年均增长12%。', '12', { asOf: '2014年' }).label).toBe('工业增加值年均增速');
  });

  it("去年同期增速 is the subject before's rate, a year before", () => {
    const text = '1-6月,全市规上工业增加值增长7.1%,去年同期增速为5.2%。';
    const last = the(text, '5.2', { asOf: '2014年1-6月' });
    expect([last.label, last.period]).toEqual(['规上工业增加值增速', '2013年1-6月']);
    expect(the(text, '7.1', { asOf: '2014年1-6月' }).period).not.toBe('2013年1-6月');
  });
});

describe('a rate named after the number', () => {
  it('keeps 平均 whole', () => {
    expect(the('全市规上工业增加值增长7.2%,高于6.9%的全国平均增速。', '6.9', { asOf: '2015年' }).label).toBe('全国平均增速');
    // 浙江 2016 (成就): 年均 too.
    expect(the('年均增长7.9%,高于7.3%的全国年均增幅。', '7.3', { asOf: '2016年' }).label).toBe('全国年均增速');
  });

  it("的平均增速 after a place and a rate is that place's rate of the measure before", () => {
    expect(the('全市规上工业增加值增长7.2%,高于全国6.9%的平均增速。', '6.9', { asOf: '2015年' }).label).toBe('全国规上工业增加值增速');
  });
});

describe('累计 before a rate, after places counted', () => {
  // 四川 2017 (工业经济运行).
  const SICHUAN =
    '其中,甘孜(21.5%)、泸州(10.9%)、巴中(10.7%)、德阳(10.5%)、绵阳(10.5%)、宜宾(10.5%)、南充(10.2%)7个市(州)累计增速在10%以上。成都、甘孜、达州、自贡、广安、德阳、宜宾、资阳、绵阳等9个市(州)累计增速较2016年加快0.5个百分点以上,竞相发展势头较好。';

  it('stays in the label', () => {
    expect(the(SICHUAN, '10', { asOf: '2017年' }).label).toBe('市累计增速');
    expect(the(SICHUAN, '0.5', { asOf: '2017年' }).label).toBe('市累计增速变化');
  });
});

describe('the noun after a count', () => {
  it('stops before what it did (持平, 加快, 较…)', () => {
    // 江苏 2021 (工业经济运行).
    const jiangsu = '40个行业大类中,有36个行业增加值同比增长,行业增长面90%,较上年扩大12.5个百分点;有28个行业生产较上年有所加快。';
    expect(the(jiangsu, '28', { asOf: '2021年' }).label).toBe('行业生产');
    // 2022 1-7月 (a city's 统计局, news).
    expect(the('从累计增速看,有7个行业增幅进一步扩大,2个行业增速由负转正,6个行业降幅实现收窄,9个行业持平。', '9').label).toBe('行业');
    expect(the('3个1000亿元产业集群加快形成。', '3').label).toBe('产业集群');
  });
});

describe('a place held', () => {
  it('names what holds it, without the hope or the years before the scope', () => {
    // 工业和信息化部 2025 (发布会).
    const miit = '2025年,规模以上工业增加值同比增长5.9%,制造业增加值占GDP比重保持稳定,制造业规模有望连续16年保持全球第一。';
    expect(the(miit, '一')).toMatchObject({ label: '制造业规模位次', status: 'estimate' });
    // 安康 2013 (held-out set 17).
    const ankang = '2013年,全市规模以上工业实现产值635亿元,增长33%;实现增加值231亿元,增长25%,增速连续两年保持全省第二。';
    expect(the(ankang, '二', { asOf: '2013年' }).label).toBe('规模以上工业增加值增速位次');
  });
});
