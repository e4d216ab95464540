/**
 * The noun a count names after it is cut to 14 characters, as every counted noun is (a deck's label), also when a name in
 * quotes opens it ("16个“专精特新”中小企业…") or a month stands between ("2户8月份新纳规…企业", 宜春 2024).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a counted noun after a name in quotes or a month', () => {
  it('is cut as any counted noun is', () => {
    const quoted = the('全市16个“专精特新”中小企业和制造业单项冠军企业实现产值20亿元。', '16').label;
    expect(quoted.startsWith('“专精特新”中小企业')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(14);
    const month = the('共有2户8月份新纳规高新技术制造业重点骨干企业实现产值5亿元。', '2').label;
    expect(month.startsWith('新纳规高新技术制造业')).toBe(true);
    expect(month.length).toBeLessThanOrEqual(14);
  });
});
