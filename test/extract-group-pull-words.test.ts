/**
 * A pull the items named before make together (合计拉动, 共下拉) is labelled with its own verb of pulling; 影响 (affected)
 * is a pull too and is labelled 拉动, as "合计拉动全省规上工业3个百分点" is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a pull made together by the items named before', () => {
  it('written 合计影响, is labelled 合计拉动', () => {
    const f = the('电子信息、医药、食品行业较快增长，合计影响全省规上工业增长3个百分点。', '3');
    expect(f.label).toMatch(/^电子信息、医药、食品行业合计拉动/u);
    expect(f.label).toContain('规上工业');
  });
});
