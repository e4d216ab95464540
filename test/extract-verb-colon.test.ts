/**
 * A colon between 为 or 是 and the numbers right after it ("增速分别为:6.1%、12.1%…") opens what that verb governs: the
 * numbers are the rates the clause names, not shares of a clause of their own.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('为: then its numbers', () => {
  // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
  const JILIN =
    '与2008年末相比,今年以来吉林省工业生产增速呈平稳提高趋势。上半年各月份工业增速分别为:6.1%、12.1%、10.9%、12.0%、11.5%和18.5%,6月份增速比上年12月提高了9.5个百分点。';

  it('reads each rate of the list as a growth rate of the clause', () => {
    const rates = extractFigures(JILIN, { asOf: '2009年上半年' }).filter((f) => f.unit === '%');
    expect(rates.map((f) => f.value)).toEqual(['6.1', '12.1', '10.9', '12.0', '11.5', '18.5']);
    for (const f of rates) {
      expect(f.kind).toBe('growth');
      expect(f.label).toContain('工业增速');
    }
  });

  it('as without the colon, and with 是', () => {
    expect(the('全市工业增速为:6.1%。', '6.1').kind).toBe('growth');
    expect(the('全市工业增速为6.1%。', '6.1').kind).toBe('growth');
    expect(the('一季度规模以上工业增加值增速是:7.2%。', '7.2').kind).toBe('growth');
  });

  it('leaves a colon before words a clause break ("主要预期目标是:…")', () => {
    const f = the('主要预期目标是:地区生产总值增长6.5%左右。', '6.5');
    expect([f.kind, f.status, f.qualifier]).toEqual(['growth', 'target', '左右']);
    expect(f.label).toContain('地区生产总值');
  });
});
