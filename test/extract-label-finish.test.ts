/**
 * What every label goes through last (finishLabel): no white space inside (a space, an ideographic space or a tab
 * between two words of a subject, as pages and PDFs leave them), no other figure inside unless it names a class
 * ("税收500万元以上企业"), and a subject of one character kept after the one it falls back to, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('white space inside a subject', () => {
  it('goes, whether a space, an ideographic space or a tab', () => {
    for (const space of [' ', '\u3000', '\t']) {
      const text = `全市规模以上${space}工业增加值增长5%。`;
      expect(the(text, '5').label, JSON.stringify(space)).toBe('规模以上工业增加值增速');
    }
  });
});

describe('an amount inside a subject', () => {
  it('goes with what precedes it when it names no threshold ("2000亿元产业有望达7个")', () => {
    expect(the('产值100亿元产业有望达7个。', '7').label).toBe('产业');
  });

  it('stays when it names the class of the things counted', () => {
    expect(the('税收500万元以上企业有120家。', '120').label).toBe('税收500万元以上企业');
  });
});

describe('a subject of one character', () => {
  it('is kept after the subject before, not dropped', () => {
    expect(the('天然气产量12亿立方米，油3.5万吨。', '3.5').label).toMatch(/油$/u);
    expect(the('全市发电量120亿千瓦时，其中电网企业发电80亿千瓦时，水电20亿千瓦时，风40亿千瓦时。', '40').label).toMatch(/风$/u);
  });
});
