/**
 * Industries named one to a clause before the last and its measure ("汽车制造业,专用设备制造业,电气机械制造业增加值分别增长…")
 * are read back over commas only, one name to a clause: a clause before a colon ("重点行业:") heads the list, it is no
 * item of it; and a clause longer than a name (over 30 characters, a cause and its industry) is no item either.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('names set apart by commas', () => {
  it('are not read back past a colon', () => {
    const text = '重点行业:汽车制造业,专用设备制造业增加值分别增长12%、8%、5%。';
    expect(the(text, '12').label).not.toBe('重点行业增加值增速');
  });

  it('are no longer than a name', () => {
    const text =
      '受益于新能源汽车产业链上下游协同发展和市场需求持续旺盛的汽车制造业,专用设备制造业,电气机械制造业增加值分别增长12%、8%、5%。';
    expect(the(text, '12').label).not.toMatch(/协同发展/u);
  });
});
