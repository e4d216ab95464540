/**
 * A 分别 list of bare numbers where only the last carries the unit, its items parted by a comma: "分别为12.3,6和4.7个
 * 百分点" (seen on a held-out report, session 29: 12.3 was lost, the ASCII comma between digits read as part of a
 * number). Each item is a figure in the shared unit, labelled by its own name from the list before 分别; a comma
 * between digits stays a thousands separator only after a whole number, before a group of three digits.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels } from './extract-helpers';

const read = (text: string) => extractFigures(text).map((f) => [f.value, f.number, f.unit]);

describe('a 分别 list of bare numbers parted by commas', () => {
  it('"12.3,6和4.7个百分点": every item a figure in 个百分点, each its own name', () => {
    const text = '工业、服务业和消费对经济增长的拉动分别为12.3,6和4.7个百分点。';
    expect(read(text)).toEqual([
      ['12.3', 12.3, '个百分点'],
      ['6', 6, '个百分点'],
      ['4.7', 4.7, '个百分点'],
    ]);
    expect(labels(text, ['12.3', '6']).map((l, i) => l.includes(['工业', '服务业'][i]))).toEqual([true, true]);
  });

  it('a full-width comma in a list opened by 分别, and 、 as before', () => {
    const text = '进出口总额、出口额和进口额分别达到120，80和40亿美元。';
    expect(read(text).map((f) => f[2])).toEqual(['亿美元', '亿美元', '亿美元']);
    expect(labels(text, ['120', '80', '40']).map((l, i) => l.includes(['进出口总额', '出口额', '进口额'][i]))).toEqual([true, true, true]);
    expect(read('出口和进口分别达到120,80亿美元。').map((f) => f[2])).toEqual(['亿美元', '亿美元']);
    expect(read('增速分别为12.3、6和4.7个百分点。').map((f) => f[2])).toEqual(['个百分点', '个百分点', '个百分点']);
  });

  it('no list without 分别 before it: a bare index value before a comma keeps no unit', () => {
    expect(read('指数分别为102.3，比上年增长5%。')).toEqual([
      ['102.3', 102.3, ''],
      ['5', 5, '%'],
    ]);
  });

  it("after 分别, a run of three-digit items parted by commas, the list's only number, is the list (not 120350480亿元)", () => {
    // Seen by h181: "三次产业增加值分别为120,350,480亿元" came out as one amount of 120,350,480亿元, a wrong value.
    expect(read('全市三次产业增加值分别为120,350,480亿元。')).toEqual([
      ['120', 120, '亿元'],
      ['350', 350, '亿元'],
      ['480', 480, '亿元'],
    ]);
    // A list that goes on after the run's unit keeps its separators: each item is an amount in thousands.
    expect(read('两市工业产值分别达到1,234,567万元和2,345,678万元。')).toEqual([
      ['1,234,567', 1234567, '万元'],
      ['2,345,678', 2345678, '万元'],
    ]);
  });

  it('thousands separators stay one number: 1,594,000元, 3,446.5万元 (and 12,3456家 stays as it was)', () => {
    expect(read('企业12,3456家。')).toEqual([['3456', 3456, '家']]);
    expect(read('实现1,594,000元，增长3,446.5万元。')).toEqual([
      ['1,594,000', 1594000, '元'],
      ['3,446.5', 3446.5, '万元'],
    ]);
  });
});
