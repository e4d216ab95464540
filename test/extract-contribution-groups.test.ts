/**
 * 合计拉动 sums the items of the 分别 list or the group named just before (test/extract-labels.test.ts); with neither
 * before it, the pull is of the subject of the figure before, as a 拉动 without 合计 is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('合计拉动 after one figure and no group named', () => {
  it('is of the subject of the figure before', () => {
    expect(the('全市工业增加值增长8%，合计拉动全省规上工业3个百分点。', '3').label).toBe('工业增加值拉动规上工业增速变化');
    expect(the('电子信息行业增长12%，合计拉动全省规上工业3个百分点。', '3').label).toBe('电子信息行业拉动规上工业增速变化');
  });
});

describe('a pull after a comma and a space', () => {
  it('is of the subject before, as after the comma alone', () => {
    for (const mark of ['，', ', ', ';'])
      expect(the(`全市工业增加值增长8%${mark}拉动全省工业增长1.2个百分点。`, '1.2').label, mark).toBe('工业增加值拉动工业增速变化');
  });
});

describe('合计拉动 after a 分别 list', () => {
  it('names a name the items share once (三大行业, not 三大行业、三大行业、三大行业)', () => {
    const text = '三大行业分别增长12%、10%和9%，合计拉动全省规上工业3个百分点。';
    expect(the(text, '3').label).toBe('三大行业合计拉动规上工业增速变化');
  });

  it('names no group when the items have no name', () => {
    expect(the('分别增长12%、10%和9%，合计拉动全省规上工业3个百分点。', '3').label).toBe('拉动规上工业增速变化');
  });
});

describe('a pull whose clause names its own subject', () => {
  it('is that subject’s, though its first character may open a pull (对, 下, 合…)', () => {
    for (const subject of ['对外贸易', '下游行业', '合成材料行业']) {
      const text = `全市工业增加值增长8%，${subject}拉动全省工业增长1.2个百分点。`;
      expect(the(text, '1.2').label, text).toMatch(new RegExp(`^${subject}拉动`, 'u'));
    }
  });
});

describe('合计拉动 after a clause naming a group', () => {
  it('is of the names listed, a measure’s or not, or of the names before 等 and their kind', () => {
    const listed = '其中,电子信息、医药、食品较快增长,合计拉动全省规上工业3个百分点。';
    expect(the(listed, '3').label).toBe('电子信息、医药、食品合计拉动规上工业增速变化');
    const kind = '其中,电子信息等行业较快增长,合计拉动全省规上工业3个百分点。';
    expect(the(kind, '3').label).toBe('电子信息等行业合计拉动规上工业增速变化');
  });

  it('past a figure whose clause names nothing, not past one that names its subject', () => {
    const past = '其中,电子信息、医药、食品较快增长,同比增长8%,合计拉动全省规上工业3个百分点。';
    expect(the(past, '3').label).toBe('电子信息、医药、食品合计拉动规上工业增速变化');
    const named = '其中,电子信息、医药、食品较快增长,全市工业增加值增长8%,合计拉动全省规上工业3个百分点。';
    expect(the(named, '3').label).toBe('工业增加值拉动规上工业增速变化');
  });

  it('not of one name alone: one industry sums nothing', () => {
    const one = '其中,电子信息行业较快增长,合计拉动全省规上工业3个百分点。';
    expect(the(one, '3').label).not.toContain('合计');
  });
});

describe('a contribution after a clause naming no measure', () => {
  it('keeps what it is a contribution to', () => {
    expect(the('创新驱动成效明显,对全市工业增长的贡献率达到65%。', '65').label).toContain('工业增长');
  });
});
