/**
 * A share after a gap, set apart by 、: "…比全国高3.1个百分点、比重提高到25.2%". Its 比 opens 比重 (比例), no comparison: the
 * 25.2% lost its 比重 (a label of the measure alone), and after 比例 was read as a growth rate. Seen by h191 (session 32).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a share after a gap, set apart by 、', () => {
  it('is a share, named as one', () => {
    const text = '全市高新技术产业增加值增长12.5%,比全国高3.1个百分点、比重提高到25.2%。';
    expect(the(text, '25.2').kind).toBe('share');
    expect(the(text, '25.2').label).toBe('高新技术产业增加值比重');
    const ratio = '全市工业投资增长15%,比全省高1.2个百分点、比例达到35.2%。';
    expect(the(ratio, '35.2').kind).toBe('share');
  });

  it('still reads a comparison after 、 as one', () => {
    const text = '全市规模以上工业增加值同比增长7.9%、比全省高2.3个百分点。';
    expect(the(text, '2.3').kind).toBe('change');
    expect(the(text, '2.3').label).toContain('规模以上工业增加值');
  });
});
