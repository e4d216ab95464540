/**
 * A bare rate word (增速, 增幅) after a share named by its measure is that measure's rate, not the share's, as a rate with
 * no subject is ("制造业增加值占我区规上工业增加值比重为66.4%,同比增长17.1%"): 华龙区 2025 前三季度 (a corpus report):
 * "全区高新技术产业增加值占全区规上工业增加值的53.3%,增速同比下降3.9%,下拉全区增加值增速2.1个百分点" — before, the 3.9%
 * was read as the rate of the share ("…占全区规上工业增加值增速") and the pull after it as the share's. Written from the
 * survivors of extract-subject's mutation run (session 31: figure-subject.ts, shareOf's `!entity && !between`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HUALONG = '全区高新技术产业增加值占全区规上工业增加值的53.3%,增速同比下降3.9%,下拉全区增加值增速2.1个百分点。';

describe('a bare rate word after a share', () => {
  it('is the rate of the measure the share is of (增速)', () => {
    expect(the(HUALONG, '53.3')).toMatchObject({ label: '高新技术产业增加值占全区规上工业增加值比重', kind: 'share' });
    expect(the(HUALONG, '3.9')).toMatchObject({ label: '高新技术产业增加值增速', number: -3.9, kind: 'growth' });
    expect(the(HUALONG, '2.1').label).toBe('高新技术产业增加值拉动增加值增速变化');
  });

  it('so is 增幅', () => {
    const text = HUALONG.replace('增速同比', '增幅同比');
    expect(the(text, '3.9')).toMatchObject({ label: '高新技术产业增加值增幅', number: -3.9, kind: 'growth' });
  });
});
