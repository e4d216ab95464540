/**
 * A pull after a share is pulled by what the share was of (淮北, held-out set 20: "“五群”产业累计产值占规上工业总产值的
 * 比重为57.4%,拉动…"), also when that is named in two characters (产值占…).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a pull after a share of a two-character measure', () => {
  it('is pulled by the measure, not by its share', () => {
    const f = the('产值占规上工业总产值的比重为57.4%,拉动全市规上工业总产值增长2.3个百分点。', '2.3');
    expect(f.label).toMatch(/^产值拉动/u);
    expect(f.label).not.toContain('比重');
  });
});
