/**
 * A place among a counted scope after 在全国/在全省 ("在全国15个副省级城市中位居第四", 杭州 2011: held-out set 20) is
 * the place of what stands before 在, not of the scope counted.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const HANGZHOU =
  '从全国看,2011年1-11月,我市规模以上工业销售产值在全国15个副省级城市中位居第四,省会城市排名第三,全国中心城市中排名第九,继续居于相对领先地位。';

describe('a place among a counted scope', () => {
  it('is of what stands before 在', () => {
    expect(the(HANGZHOU, '四', { asOf: '2011年' }).label).toBe('规模以上工业销售产值位次');
    expect(the('全市规上工业增加值增速在全省14个市州中排名第3。', '3', { asOf: '2020年' }).label).toBe('规上工业增加值增速位次');
  });

  it('leaves the count and the places named by a scope of their own as they were', () => {
    expect(the(HANGZHOU, '15', { asOf: '2011年' }).label).toContain('副省级城市');
    expect(the(HANGZHOU, '三', { asOf: '2011年' }).label).toContain('省会城市');
  });

  // A clause or line opening with 在 names no one before it: the place is then of the scope's members, and the
  // label is never the rank's own words ("…中位居第四位次").
  it('with no one named before 在, is of the scope and keeps no rank verb in its label', () => {
    const clause = '1-11月,我市规模以上工业销售产值增长12.5%,在全国15个副省级城市中位居第四。';
    expect(the(clause, '四').label).not.toMatch(/位居|第四/u);
    expect(the('在全国15个副省级城市中位居第四', '四').label).toBe('副省级城市位次');
  });
});
