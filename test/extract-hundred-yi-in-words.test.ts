/**
 * 百 alone before 亿元 is one hundred (金坛经济开发区 2018, held-out set 55: "3年来连续实现30亿元以上、50亿元以上以及百亿元
 * 龙头型重大项目的引进", each a bound of the projects brought in, a figure as 30亿元以上 is), while a class stays none
 * (百亿元级, 百亿元产业, firms or places counted by what each passes) and 数百亿元, 上百亿元 name no amount.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const JINTAN = '3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进,汽车零部件及绿色电源产业形成相对完整的产业链。';
const values = (text: string) => extractFigures(text).map((f) => `${f.value}${f.unit}`);

describe('百亿元 in words', () => {
  it('is 100亿元, labelled as the bounds listed with it are', () => {
    const f = the(JINTAN, '百');
    expect([f.unit, f.number, f.label]).toEqual(['亿元', 100, the(JINTAN, '30').label]);
  });
  it('is a threshold passed, with its qualifier', () => {
    const f = the('全市规模以上工业产值突破百亿元。', '百');
    expect([f.number, f.unit, f.qualifier]).toEqual([100, '亿元', '突破']);
  });
  it('is no figure in a class name or as what each thing counted passes', () => {
    expect(values('省、市、县分别重点帮扶百亿元级、十亿元级企业。')).toEqual([]);
    expect(values('产值过百亿元企业由2007年的11家增加到2012年的15家。')).toEqual(['11家', '15家']);
    expect(values('其中27个县(市)投资额超百亿元,5个超200亿元。')).toEqual(['27个', '5个']);
  });
  it('is no amount after 数 or 上', () => {
    expect(values('带动社会投资数百亿元。')).toEqual([]);
    expect(values('形成上百亿元的产业规模。')).toEqual([]);
  });
});
