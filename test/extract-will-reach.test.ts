/**
 * 将 before a bound (将突破, 将超过): what a year will reach. Told of the report's own year, once it is over, it is an
 * estimate; of a later year, a target (南充 2011, held-out set 14).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const NANCHONG = '我市2011年的经济总量突破1000亿元大关。全市规模以上工业企业达到476户,销售收入将突破1300亿元以上。';

describe('a figure the year will reach (将突破)', () => {
  it('is an estimate of the report’s own year', () => {
    expect(the(NANCHONG, '1300', { asOf: '2011年' }).status).toBe('estimate');
    expect(the(NANCHONG, '1300').status).toBe('estimate');
    expect(the(NANCHONG, '1000', { asOf: '2011年' }).status).toBe('actual');
  });

  it('is a target of a later year', () => {
    expect(the('2012年,全市规模以上工业销售收入将突破1500亿元。', '1500', { asOf: '2011年' }).status).toBe('target');
    // With no date known, the report's year is the one it names first (2011): a later year's 将突破 is a target too.
    const later = '我市2011年的经济总量突破1000亿元,2013年全市工业销售收入将突破2000亿元以上。';
    expect(the(later, '2000')).toMatchObject({ status: 'target', period: '2013年', qualifier: '以上' });
    expect(the(later, '1000').status).toBe('actual');
  });
});
