/**
 * The measure written after 分别 and its verb is each item's, as a single figure's is after its verb: "2022年,采矿业、
 * 制造业、电力热力燃气及水的生产和供应业等三大门类分别实现增加值190.96亿元、518.92亿元和214.29亿元,分别增长6.4%、4.2%和
 * 10.6%" (乌鲁木齐 2022, test/corpus/urumqi-2022-economy) are 采矿业增加值 and its rate; they were labelled 采矿业 and
 * 采矿业增速, a slide naming the industry but not what of it came to 190.96亿元. So "轻、重工业分别实现增加值2962.2亿元、
 * 5841.3亿元" (山东 2009 上半年, test/corpus/shandong-2009-h1-economy).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text, { asOf: '2022年' }).map((f) => [f.value, f.label]);

describe('the measure after 分别 and its verb', () => {
  it('is each item’s, and its rates’ (乌鲁木齐 2022)', () => {
    const got = labels(
      '2022年,采矿业、制造业、电力热力燃气及水的生产和供应业等三大门类分别实现增加值190.96亿元、518.92亿元和214.29亿元,分别增长6.4%、4.2%和10.6%。',
    );
    expect(got).toEqual([
      ['190.96', '采矿业增加值'],
      ['518.92', '制造业增加值'],
      ['214.29', '电力热力燃气及水的生产和供应业增加值'],
      ['6.4', '采矿业增加值增速'],
      ['4.2', '制造业增加值增速'],
      ['10.6', '电力热力燃气及水的生产和供应业增加值增速'],
    ]);
  });

  it('with 完成 and other measures, not added to an item that names its own', () => {
    expect(labels('交通运输业、批发零售业和住宿餐饮业分别实现营业收入10.2亿元、20.5亿元和5.3亿元。').map(([, l]) => l)).toEqual([
      '交通运输业营业收入',
      '批发零售业营业收入',
      '住宿餐饮业营业收入',
    ]);
    expect(labels('工业和建筑业分别完成增加值10.2亿元和20.5亿元。').map(([, l]) => l)).toEqual(['工业增加值', '建筑业增加值']);
    expect(labels('全市规模以上工业总产值、增加值分别完成1460亿元、440亿元。').map(([, l]) => l)).toEqual([
      '规模以上工业总产值',
      '规模以上工业增加值',
    ]);
  });
});
