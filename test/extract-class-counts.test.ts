/**
 * Counts of things and the class each of them is in: "形成3个产值超千亿元、2个产值500亿元的产业集群" (泉州, held-out set 14)
 * counts clusters, and 千亿元 is what each passed, no figure; "钢铁、汽车、石化、电子信息、食品五个重点行业" (湖北, 2008)
 * and "建材和电子信息两个2000亿元产业" (广西, 2015) count in numerals the names before them.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const QUANZHOU = '五年来,经济总量连续13年局全省首位;形成3个产值超千亿元、2个产值500亿元的产业集群;拥有产值亿元以上企业1470家。';
const HUBEI =
  '全省工業完成銷售產值12108.59億元,比上年增長29.3%,其中:鋼鐵、汽車、石化、電子信息、食品五個重點行業實現銷售收入超千億元,工業產品銷售率為97.9%。';
const GUANGXI = '预计新增建材和电子信息两个2000亿元产业,2000亿元产业有望达7个。';

const values = (text: string) => extractFigures(text, { asOf: '2011年' }).map((f) => f.value);

describe('what each thing counted passes', () => {
  it('is a class, not a figure, and the noun after it is what is counted', () => {
    expect(values(QUANZHOU)).toEqual(['3', '2', '1470']);
    expect(the(QUANZHOU, '3').label).toBe('产业集群');
    expect(the(QUANZHOU, '2').label).toBe('产业集群');
  });

  it('a milestone each of the things named passed is no figure', () => {
    expect(values(HUBEI)).toEqual(['12108.59', '29.3', '五', '97.9']);
  });

  it('an amount of a measure is a figure', () => {
    expect(the('全市工业产值超千亿元,增长12%。', '千亿').qualifier).toBe('超');
    expect(the('全市3家企业实现产值超千亿元。', '千亿').unit).toBe('元');
    expect(the('拥有企业3家,产值500亿元。', '500').unit).toBe('亿元');
  });
});

describe('a count in numerals after the names it counts', () => {
  it('is a figure of the noun after it', () => {
    const five = the(HUBEI, '五', { asOf: '2008年' });
    expect([five.number, five.unit, five.kind, five.label]).toEqual([5, '個', 'count', '重點行業']);
    const two = the(GUANGXI, '两', { asOf: '2015年' });
    expect([two.number, two.kind, two.status, two.label]).toEqual([2, 'count', 'estimate', '产业']);
  });

  it('not without as many names, nor of aspects of work, nor a duration', () => {
    expect(values('抓好六个重点,强化五个落实。')).toEqual([]);
    expect(values('化工增长10.1%,以上五个行业占全省比重40%。')).toEqual(['10.1', '40']);
    expect(values('我省工业将在产业发展、集聚集群集约、创新、智能制造和绿色发展五个方面实现水平提升。')).toEqual([]);
    expect(values('钢铁、汽车三个行业增长。')).toEqual([]);
    expect(values('钢铁和汽车两个月增长较快。')).toEqual([]);
  });
});

describe('a month between a count and its noun', () => {
  // yaoan-2023-09-industry (held-out set 15).
  const yaoan =
    '(四)2023年月度新纳规企业有所贡献。2户8月份新纳规企业实现当月产值1336.6万元,实现累计产值6933.2万元,两户企业均为新投产企业。';
  const asOf = { asOf: '2023年1-9月' };

  it('says which things are counted: the count’s month, not the time of the sentence', () => {
    expect(the(yaoan, '2', asOf)).toMatchObject({ label: '新纳规企业', period: '8月', kind: 'count' });
    expect(the(yaoan, '1336.6', asOf).period).toBe('2023年9月');
    // (A sum since the year began, in a report on its first nine months, is of those.)
    expect(the(yaoan, '6933.2', asOf).period).toBe('2023年1-9月');
  });

  it('a month opening the sentence is its time', () => {
    expect(the('8月份,新纳规企业2户,实现产值1336.6万元。', '1336.6', asOf).period).toBe('8月');
  });
});
