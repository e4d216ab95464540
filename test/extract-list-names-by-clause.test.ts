/**
 * A 分别 list whose n names are written one to a clause ("电气机械和器材制造业,纺织服装、服饰业,化学原料和化学制品制造业
 * 增势抢眼,分别增长…"): each value is its own name's, though a name holds 和 or 、; with more names than values, or a
 * clause before that is no name, the names are not handed out that way.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { namesByClause } from '../src/shared/extract/lists';

// 赣州 2020 1-9月, 市统计局 (held-out set 25).
const GANZHOU =
  '其中居制造业前10位的行业中,电气机械和器材制造业,纺织服装、服饰业,化学原料和化学制品制造业增势抢眼,分别增长15.4%、25.3%、22.0%,分别快于全部规上工业13.1、23.0、19.7个百分点。';

describe('names one to a clause before a 分别 list', () => {
  it('give each value its own name, in the next 分别 of the sentence too', () => {
    const labels = extractFigures(GANZHOU, { asOf: '2020年1-9月' }).map((f) => [f.value, f.label]);
    expect(labels).toEqual([
      ['15.4', '电气机械和器材制造业增速'],
      ['25.3', '纺织服装、服饰业增速'],
      ['22.0', '化学原料和化学制品制造业增速'],
      ['13.1', '电气机械和器材制造业快于全部规上工业'],
      ['23.0', '纺织服装、服饰业快于全部规上工业'],
      ['19.7', '化学原料和化学制品制造业快于全部规上工业'],
    ]);
  });

  it('exactly n names, each a bare name ending as the last one does', () => {
    const s = '甲制造业,乙制造业,丙制造业增势抢眼,分别增长';
    const from = s.indexOf('丙');
    expect(namesByClause(s, from, '丙制造业', 3)).toEqual(['甲制造业', '乙制造业', '丙制造业']);
    // One name more than values: no such list.
    expect(namesByClause(s, from, '丙制造业', 2)).toBeUndefined();
    // A clause that says something (a number, a verb's object) is no name.
    expect(namesByClause('产值增长5%,乙制造业,丙制造业增势抢眼', 12, '丙制造业', 3)).toBeUndefined();
    // Names that end otherwise than the last one.
    expect(namesByClause('全市经济,乙制造业,丙制造业增势抢眼', 10, '丙制造业', 3)).toBeUndefined();
  });
});
