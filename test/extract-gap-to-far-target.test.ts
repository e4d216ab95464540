/**
 * A gap to a target named several words after 高于 / 低于 ("高于年初规上工业增速预期目标15.1个百分点") is a result, as
 * the gap to a target named right after them is ("高于预期目标2个百分点"); and "从年初预期目标看," frames what follows
 * (looking at it against the targets), it sets no target.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 内蒙古 2023 1-10月, a 繁體 copy (http://qsjy4131.com/article/info/5114; test/corpus/neimenggu-2023-10-industry-traditional).
const NEIMENGGU_2023 =
  '從年初預(yù)期目標(biāo)看,呼和浩特市、包頭市、烏蘭察布市、巴彥淖爾市工業(yè)增加值增速分別高于年初規(guī)上工業(yè)增速預(yù)期目標(biāo)15.1個(gè)、7.9個(gè)、4.8個(gè)、4.1個(gè)百分點(diǎn);呼倫貝爾市、興安盟、通遼市、赤峰市、錫林郭勒盟、鄂爾多斯市、烏海市、阿拉善盟工業(yè)增加值增速分別低于年初規(guī)上工業(yè)增速預(yù)期目標(biāo)2.4個(gè)、7.2個(gè)、9.4、1.6個(gè)、5個(gè)、2.1個(gè)、20.6個(gè)、8.3個(gè)百分點(diǎn)。';

describe('a gap to a target named several words after 高于 / 低于', () => {
  it('is a result, above and below (内蒙古 2023)', () => {
    for (const v of ['15.1', '7.9', '4.1', '2.4', '9.4', '20.6', '8.3'])
      expect(the(NEIMENGGU_2023, v, { asOf: '2023年1-10月' }).status, v).toBe('actual');
    expect(the(NEIMENGGU_2023, '20.6', { asOf: '2023年1-10月' }).number).toBe(-20.6);
  });

  it('in simplified characters too, and after a frame "从…预期目标看,"', () => {
    const s = '从年初预期目标看,包头市工业增加值增速高于年初规上工业增速预期目标7.9个百分点,高于全区3个百分点。';
    expect(the(s, '7.9', { asOf: '2023年1-10月' }).status).toBe('actual');
    expect(the(s, '3', { asOf: '2023年1-10月' }).status).toBe('actual');
  });

  it('leaves a target a target', () => {
    expect(the('今年预期目标是规上工业增加值增长8%。', '8', { asOf: '2023年' }).status).toBe('target');
    expect(the('年初规上工业增速预期目标为8%。', '8', { asOf: '2023年' }).status).toBe('target');
    expect(the('高于全国平均水平的规上工业增速预期目标为8%。', '8', { asOf: '2023年' }).status).toBe('target');
  });
});
