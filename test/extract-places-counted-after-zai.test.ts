/**
 * A count right after 在 (and a whole scope, 在全国) counts the places named after it, among which something is placed:
 * "我市工业增速在全国27个省会城市排名第3位" counts 省会城市, not the 工业 named before 在 (郑州 2015, held-out set 36,
 * written without 中 before the verb, so the rule for "…城市中排名" does not read it).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a count of places after 在', () => {
  it('counts the places named after it (在全国)', () => {
    const f = the('我市工业增速在全国27个省会城市排名第3位。', '27');
    expect(f.kind).toBe('count');
    expect(f.label).toMatch(/^省会城市/u);
  });
  it('counts the places named after it (在 alone)', () => {
    const f = the('全市规上工业增加值增速在27个省会城市排第5位。', '27');
    expect(f.label).toMatch(/^省会城市/u);
    expect(f.label).not.toContain('增加值');
  });
});
