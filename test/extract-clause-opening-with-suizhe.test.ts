/**
 * A clause opening its sentence with 随着 goes with the main clause after it, of the year that opens it ("隨著…等8個
 * 自治區新開工重點項目的全面實施,2014年新疆重點新開工項目達到51項", 新疆 2014 前三季度, held-out set 45), also when the
 * 随着 clause names a year of its own after its figure. Written from the survivors of extract-figure's mutation run
 * (session 33: time-rules.ts, the loop over the mentions after the clause, which no test reached).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a clause opening with 随着', () => {
  it('is read with a year of its own after its figure', () => {
    const text = '随着8个重点项目于2013年全面实施,2014年全区重点新开工项目达到51项。';
    expect(the(text, '51')).toMatchObject({ period: '2014年', kind: 'count', label: '重点新开工项目' });
  });

  it('goes with the year opening the main clause', () => {
    const text = '随着8个自治区新开工重点项目的全面实施,2014年新疆重点新开工项目达到51项。';
    expect(the(text, '8').period).toBe('2014年');
    expect(the(text, '51')).toMatchObject({ period: '2014年', kind: 'count' });
  });
});
