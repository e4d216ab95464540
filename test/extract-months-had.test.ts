/**
 * Months that had something, counted ("全年共有7个月…"), are labelled as months (月份), not left without a label: what
 * they had is said after the count.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 十堰 2020 (https://www.syiptv.com/article/show/138792; test/corpus/shiyan-2020-industry).
const SHIYAN_2020 = '从月份来看,全年共有7个月工业单月产值超过200亿元,其中单月产值最高达到236.1亿元。';

describe('months that had something, counted', () => {
  it('are a count of months (十堰 2020)', () => {
    expect(the(SHIYAN_2020, '7', { asOf: '2020年' })).toMatchObject({ kind: 'count', label: '月份' });
  });
});
