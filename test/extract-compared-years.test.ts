/**
 * A year compared with another ("2009年比2005年增长62.9%") is the time of that comparison only: the next sentence,
 * naming no time, is of the report's period, not of 2009.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 广东 2010 (工业和信息化).
const GUANGDONG =
  '另外,广东高技术制造业连续15年居全国第一,2009年比2005年增长62.9%。战略性新兴产业在高端新型电子信息、新能源汽车、半导体照明三大产业上取得实质性突破,总产值达1.11万亿元,同比增长19.5%。';

describe('a year compared with another', () => {
  it('is the period of its own comparison', () => {
    expect(the(GUANGDONG, '62.9', { asOf: '2010年' }).period).toBe('2009年');
  });

  it('but not of the sentences after it', () => {
    expect(the(GUANGDONG, '1.11', { asOf: '2010年' }).period).toBe('2010年');
    expect(the(GUANGDONG, '19.5', { asOf: '2010年' }).period).toBe('2010年');
  });

  it('and the sentence after it labels its amount by the measure, not by the clause before it', () => {
    // (Not "…三大产业上取得实质性总产值": the clause's words before 总产值 are no part of its subject.)
    expect(the(GUANGDONG, '1.11', { asOf: '2010年' })).toMatchObject({ label: '总产值', number: 1.11, unit: '万亿元', kind: 'level' });
    expect(the(GUANGDONG, '19.5', { asOf: '2010年' })).toMatchObject({ label: '总产值增速', kind: 'growth' });
  });

  it('a year opening a sentence still is', () => {
    expect(the('2009年,全省工业增长10%。全省工业总产值达1.5万亿元。', '1.5', { asOf: '2010年' }).period).toBe('2009年');
  });
});
