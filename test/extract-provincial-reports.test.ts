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
