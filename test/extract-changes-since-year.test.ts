/**
 * "五年来,…中心城区建成区面161.5平方公里、城镇化59.5%,分别比2006年增加81.5平方公里和11.5个百分点" (泉州 2011, held-out
 * set 14): a change since the year before a span is of the span's last year, written 比 or 较, 增加 or 净增.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const periods = (text: string, asOf?: string) => extractFigures(text, asOf ? { asOf } : {}).map((f) => [f.value, f.period]);

describe('a change since the year before a span', () => {
  it.each(['比', '较'])('is of the span’s last year, written %s2006年', (word) => {
    const text = `五年来,中心城区建成区面积161.5平方公里、城镇化率59.5%,分别${word}2006年增加81.5平方公里和11.5个百分点。`;
    expect(periods(text, '2011年')).toEqual([
      ['161.5', '2011年'],
      ['59.5', '2011年'],
      ['81.5', '2011年'],
      ['11.5', '2011年'],
    ]);
  });

  it('is of the span’s last year, written 净增', () => {
    expect(periods('2006-2010年,全市生产总值比2005年净增1000亿元。')).toEqual([['1000', '2010年']]);
  });
});

describe('a level moved from a year with no 的 (重庆 2012, held-out set 35)', () => {
  const CHONGQING = '产业集聚发展促进了我市土地的集约利用,每平方公里产出从2007年30亿元提高到63.5亿元,产出强度接近上海开发区水平。';
  it('is that year’s; the level reached is not', () => {
    expect(the(CHONGQING, '30', { asOf: '2012年' }).period).toBe('2007年');
    expect(the(CHONGQING, '63.5', { asOf: '2012年' }).period).toBe('2012年');
    // As "由2007年的30亿元" was read before.
    expect(the(CHONGQING.replace('从2007年', '由2007年的'), '63.5', { asOf: '2012年' }).period).toBe('2012年');
  });
});
