/**
 * 上年同期 and 去年同期, the same months a year before (issue 26: a survivor of the extract-periods mutation run): reports
 * write both, and the number right after either (由上年同期的12.8%) is of those months, a year before the report's.
 * mayName, the prefilter that lets the relative pass run, must know the 上 spelling as well as the 去 one.
 */
import { describe, expect, it } from 'vitest';
import { periodMentions } from '../src/shared/extract/periods';
import { the } from './extract-helpers';

describe('the same months a year before', () => {
  it.each(['上年同期', '去年同期'])('%s: the number after it is of the report’s months a year before; after 比 it is a base', (word) => {
    const own = `工业投资增速由${word}的12.8%回落至8.1%。`;
    expect(the(own, '12.8', { asOf: '2016年1-7月' }).period).toBe('2015年1-7月');
    expect(the(own, '8.1', { asOf: '2016年1-7月' }).period).toBe('2016年1-7月');
    expect(periodMentions(own, 2016).map((m) => [m.text, m.role])).toEqual([['上年同期', 'own']]);
    expect(periodMentions(`全市工业增加值比${word}增长6%。`, 2016).map((m) => [m.text, m.role])).toEqual([['上年同期', 'base']]);
  });
});
