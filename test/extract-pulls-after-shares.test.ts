/**
 * A pull (拉动…个百分点) right after a share is pulled by what the share was of, not by the share (淮北 2023
 * 上半年, held-out set 20: "“五群”产业累计产值占规上工业总产值的比重为57.4%,拉动全市规上工业总产值增长2.3个百分点").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HUAIBEI =
  '全市“五群”和“十链”产业产值分别增长4.2%和4.5%,其中“五群”产业累计产值占规上工业总产值的比重为57.4%,拉动全市规上工业总产值增长2.3个百分点;“十链”产业累计产值占规上工业总产值的比重为58.2%,拉动全市规上工业总产值增长2.5个百分点。';

describe('a pull after a share', () => {
  it('is of what the share was of', () => {
    const five = the(HUAIBEI, '2.3', { asOf: '2023年上半年' });
    expect(five.label).toContain('五群产业累计产值拉动');
    expect(five.label).not.toContain('比重');
    expect(the(HUAIBEI, '2.5', { asOf: '2023年上半年' }).label).toContain('十链产业累计产值拉动');
  });

  it('leaves the shares, and a pull after a rate, as they were', () => {
    expect(the(HUAIBEI, '57.4', { asOf: '2023年上半年' }).label).toContain('比重');
    const rate = '淮北市规上制造业增加值同比增长10.8%,拉动规上工业增加值增长4.3个百分点。';
    expect(the(rate, '4.3', { asOf: '2023年上半年' }).label).toContain('制造业');
  });
});
