/**
 * An industry named with the part it plays (发挥…作用), in a clause with no figure, owns the measures of the clause
 * after it: "主要行業繼續領跑全市工業。裝備制造業繼續發揮支撐作用,完成產值5826.7億元,同比增長13.8%" (沈阳 2013 前10个月,
 * from its 经信委, a 繁體 copy, held-out set 51) labelled them 產值 and 產值增速.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry and the part it plays (发挥…作用)', () => {
  it('owns the measures after it, in traditional characters', () => {
    const s = '主要行業繼續領跑全市工業。裝備制造業繼續發揮支撐作用,完成產值5826.7億元,同比增長13.8%';
    expect(the(s, '5826.7', { asOf: '2013年1-10月' }).label).toBe('裝備制造業產值');
    expect(the(s, '13.8', { asOf: '2013年1-10月' }).label).toBe('裝備制造業產值增速');
  });
  it('and in simplified, with 充分 and 了', () => {
    expect(the('装备制造业充分发挥了支撑作用,完成产值5826.7亿元。', '5826.7').label).toBe('装备制造业产值');
  });
  it('names no owner where the clause’s subject is no industry (十堰 2020: a firm, its measure its own)', () => {
    const s = '其中:东风商用车充分发挥关键支撑作用,单日最高产量突破820辆。';
    expect(the(s, '820').label).toBe('单日最高产量');
  });
});
