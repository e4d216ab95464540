/**
 * 增长 as the noun a rate reaches: "战略性新兴产业的产值增长达到7.7%" is a growth rate, not a share (吉林 2016,
 * held-out set 18); 增长面达到60% stays a share, an amount reached a level.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('增长达到 X%', () => {
  it('reads the rate as a growth', () => {
    const text = '他举例说,在,吉林省战略性新兴产业的产值增长达到7.7%,服务业增加值占GDP的比重亦有提高。';
    const f = the(text, '7.7', { asOf: '2016年' });
    expect([f.kind, f.number]).toEqual(['growth', 7.7]);
    expect(f.label).toContain('战略性新兴产业');
  });

  it('leaves 增长面 a share and an amount a level', () => {
    expect(the('全市行业增长面达到60%。', '60').kind).toBe('share');
    expect(the('全年利润增长达到2亿元。', '2').kind).toBe('level');
  });
});
