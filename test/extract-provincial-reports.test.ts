/**
 * Sentences from the twelfth held-out set (six provincial reports: 安徽 2010, 湖北 2018, 甘肃 2024, 广东 2022,
 * 新疆 2023, 山西 2017), each quoting the real phrasing that the extractor read wrong before it was changed for it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const values = (text: string) => extractFigures(text).map((f) => f.value + f.unit);

describe('signs', () => {
  it('a rate in brackets after the province it is lower than is that province’s own growth, not a fall', () => {
    const text = '从位次看,累计增速居全国第12位,环比持平;在中部排第3位,低于安徽(9.2%)、江西(9%),快于湖南(7.1%)、河南(6.9%)。';
    expect(the(text, '9.2')).toMatchObject({ number: 9.2, kind: 'growth' });
    expect(the(text, '9')).toMatchObject({ number: 9, kind: 'growth' });
    expect(the(text, '7.1').number).toBe(7.1);
    // The gap below another figure is still a fall.
    expect(the('制造业增加值同比下降5.3%,低于全市工业增加值增速14.9个百分点。', '14.9').number).toBe(-14.9);
  });
});

describe('kinds', () => {
  it('"X市为N%" after a growth rate is that growth for X', () => {
    const text = '8个工业大市中,预计金昌市规上工业经济同比增长31.1%,白银市为19.1%,酒泉市为12.6%,嘉峪关市为10%。';
    for (const v of ['19.1', '12.6', '10']) expect(the(text, v).kind, v).toBe('growth');
    expect(the(text, '19.1').label).toContain('白银');
    // A share named so stays a share.
    expect(the('采矿业增长5%,增长面为56.3%,全省工业产销率为98.1%。', '56.3').kind).toBe('share');
    expect(the('采矿业增长5%,增长面为56.3%,全省工业产销率为98.1%。', '98.1').kind).toBe('share');
  });

  it('a space after the 、 of a 分别 list does not end the list', () => {
    const text = '采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、 1.9%、 7.0%。';
    expect(the(text, '1.9')).toMatchObject({ kind: 'growth' });
    expect(the(text, '1.9').label).toContain('制造业');
    expect(the(text, '7.0')).toMatchObject({ kind: 'growth' });
    expect(the(text, '7.0').label).toContain('电力');
    expect(the('增速同比、环比分别回落0.3、 0.4个百分点。', '0.3')).toMatchObject({ unit: '个百分点', number: -0.3 });
  });
});

describe('what is and is not a figure', () => {
  it('a ratio written with ︰ (U+FE30) is three shares', () => {
    const text = '一、二、三次产业比例为14.1︰52.1︰33.8。';
    expect(values(text)).toEqual(['14.1', '52.1', '33.8']);
    expect(the(text, '52.1').kind).toBe('share');
  });

  it('an amount that names a class of firms (超100亿元的工业企业) is no figure; the firms counted are the subject', () => {
    const text = '销售收入超100亿元的工业企业达到17户,销售收入超过10亿元的企业达到120户。';
    expect(values(text)).toEqual(['17户', '120户']);
    expect(the(text, '17').label).toBe('工业企业');
    expect(the(text, '120').label).toBe('企业');
  });

  it('长达21个月 is a duration, not a figure', () => {
    const text = '规模以上工业增加值累计增速自2016年10月由负转正,结束长达21个月的下降态势后,全年增长7%,较2016年加快5.9个百分点。';
    expect(values(text)).toEqual(['7%', '5.9个百分点']);
    expect(the(text, '7').label).toContain('规模以上工业');
  });
});

describe('labels', () => {
  it('同比、环比分别… lists two comparisons of one figure: both keep its subject', () => {
    const text = '规上工业增加值当月增速由上月的8.1%下滑至3.7%;1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点。';
    expect(the(text, '0.3')).toMatchObject({ number: -0.3, label: '规上工业增加值增速变化' });
    expect(the(text, '0.4')).toMatchObject({ number: -0.4, label: '规上工业增加值增速变化' });
    // 当月 is the period of a figure, not part of what it measures (the cumulative 7.4% takes the same subject).
    expect(the(text, '7.4').label).toBe('规上工业增加值增速');
  });

  it('a place named by its scope alone (在中部排第3位) is of the figure placed before it', () => {
    const text = '1-10月,全省工业增加值累计增速为7.4%。从位次看,累计增速居全国第12位,环比持平;在中部排第3位。';
    expect(the(text, '3').label).toBe(the(text, '12').label);
  });

  it('绝对值占… and 产量占… are shares of the measure before them', () => {
    const text = '一季度广东省先进制造业增加值增长5.9%,绝对值占广东省规模以上工业比重达54.3%。';
    expect(the(text, '54.3').label).toContain('先进制造业');
    const cars = '一季度,新能源汽车产量同比增长189.6%,产量占全国比重16.2%;工业机器人产量同比增长4.1%,产量占全国比重32.5%。';
    expect(the(cars, '16.2').label).toBe('新能源汽车产量占全国比重');
    expect(the(cars, '32.5').label).toBe('工业机器人产量占全国比重');
  });

  it('推动 is a verb: the firms counted after the number are the subject', () => {
    const text = '制造业企业数字化转型加快,截至3月底,累计推动超2.1万家规上工业企业数字化转型,带动62.5万家中小企业“上线用云”。';
    expect(the(text, '2.1')).toMatchObject({ qualifier: '超', kind: 'count' });
    expect(the(text, '2.1').label).toContain('规上工业企业');
  });

  it('a period before brackets (在一季度(6.1%)) names when, not what', () => {
    const text =
      '2017年,全省地区生产总值增速延续了2016年下半年以来逐季回升的发展态势,在一季度(6.1%)走出困难时期、上半年(6.9%)实现与全国同步的基础上,前三季度(7.2%)首次超过全国水平。';
    for (const v of ['6.1', '6.9', '7.2']) expect(the(text, v).label, v).toBe('地区生产总值增速');
    expect(the(text, '6.1').period).toBe('一季度');
  });

  it('前十个月 opens a clause as a time, not a subject', () => {
    const text = '工业技改投资增速有所回落,前十个月增长21.2%,同比回落34.2个百分点。';
    expect(the(text, '21.2').label).toBe('工业技改投资增速');
  });
});

describe('periods', () => {
  it('上月的8.1% is of the month before the report’s last; 上月 opening a report written after its month is that month', () => {
    const text = '10月份,规上工业增加值当月增速由上月的8.1%下滑至3.7%。';
    expect(the(text, '8.1', { asOf: '2018年1-10月' }).period).toBe('2018年9月');
    expect(the(text, '3.7', { asOf: '2018年1-10月' }).period).toBe('2018年10月');
    expect(the('当月增速由上月的5.2%回升至6.0%。', '5.2', { asOf: '2019年1月' }).period).toBe('2018年12月');
    expect(
      the('24日从省经信委获悉,今年元至7月,全省工业增长8.2%。上月,全省工业增加值增长8.1%。', '8.1', { asOf: '2015年1-7月' }).period,
    ).toBe('2015年7月');
  });

  it('比去年同期贡献率(41.5%): the share in brackets is the same measure a year before', () => {
    const text = '一季度规模以上工业增加值对GDP增长的贡献率达到53.7%,比去年同期贡献率(41.5%)提高12.2个百分点。';
    expect(the(text, '41.5', { asOf: '2022年一季度' })).toMatchObject({ kind: 'share', period: '2021年一季度' });
    expect(the(text, '41.5', { asOf: '2022年一季度' }).label).toContain('贡献率');
    expect(the(text, '12.2', { asOf: '2022年一季度' }).period).toBe('一季度');
  });

  it('5年累计 spans the plan, and a part of it (其中) too', () => {
    const text = '全省工业5年累计投资15322亿元,年均增长40.9%,其中,技术改造投资完成7614亿元,年均增长34.6%以上。';
    expect(the(text, '15322', { asOf: '2010年' })).toMatchObject({ period: '“十一五”时期', label: '工业累计投资' });
    expect(the(text, '7614', { asOf: '2010年' }).period).toBe('“十一五”时期');
    // A year named with 累计 is that year.
    expect(the('2015年累计完成投资300亿元。', '300', { asOf: '2015年' }).period).toBe('2015年');
  });
});
