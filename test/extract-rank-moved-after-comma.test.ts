/**
 * A place moved to, in the clause after the place it moved from ("…位次由一季度的第8位,上升至第3位": the form of "在全国位次
 * 也由前5个月的第六位上升至第四位", 经济日报 on 安徽 2012, held-out set 39, and "总量由全省第7进到第6位", 四平 2011, here with a
 * comma between the two places): the move opens its clause, no place before it in the clause, and the place is the same
 * measure's, of the report's own period. Written from the survivors of extract-subject's mutation run (session 31:
 * figure-subject.ts, `t.form === 'ordinal' && prevInClause?.t.form === 'ordinal' && RANK_MOVE.test(pre)`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place moved to, after a comma', () => {
  it('is the same measure’s place, of the report’s period', () => {
    const text = '1-5月全市规上工业增加值增速在全省的位次由一季度的第8位,上升至第3位。';
    expect(the(text, '8')).toMatchObject({ label: '规上工业增加值增速位次', period: '一季度', kind: 'rank' });
    expect(the(text, '3')).toMatchObject({ label: '规上工业增加值增速位次', period: '1-5月', kind: 'rank' });
  });
});
