/**
 * A text that opens with 其中 (a paragraph pasted alone, its whole left behind) has no figure before it whose part
 * period it could go on with: its figures are of the report's time, as any sentence naming none (index.ts, the first
 * part period; figure-time.ts). Written from extract-index's survivors (session 27).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 兰州 2012 政府工作报告's line on farming, after its whole (quoted in read-sentence.ts).
const FARMING = '其中，种植业实现增加值33亿元，增长4.6%。';

describe('a text opening with 其中', () => {
  it('gives its figures the as-of period', () => {
    const asOf = { asOf: '2011年' };
    expect(the(FARMING, '33', asOf)).toMatchObject({ unit: '亿元', kind: 'level', period: '2011年', label: '种植业增加值' });
    expect(the(FARMING, '4.6', asOf)).toMatchObject({ unit: '%', kind: 'growth', period: '2011年' });
  });

  it('and none without one', () => {
    expect(the(FARMING, '33').period).toBe('');
  });
});
