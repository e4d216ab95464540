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

describe('a line that is only a figure and its verb (a headline without a stop)', () => {
  it('labels the figure without its own words or number in the label', () => {
    expect(the('年均增长约14.7%', '14.7').label).toBe('增速');
    expect(the('预计全年增长8%', '8').label).toBe('增速');
    for (const v of ['4270', '500.36']) expect(the('达4270亿元和500.36亿元', v).label, v).toBe('数据');
  });

  it('drops a bare 共 before a count rather than keep it after the fallback', () => {
    expect(the('“十二五”：共 2 项。', '2').label).toBe('数据');
  });
});

describe('a year inside a subject', () => {
  it('is no figure to cut the subject at (玉环 2019: "按2019年美元对人民币的平均汇率6.8985折算")', () => {
    const text =
      '2019年,全市户籍人均生产总值为141647元,比上年增长4.8%,按2019年美元对人民币的平均汇率6.8985折算,人均生产总值约合20533美元。';
    expect(the(text, '6.8985').label).toBe('按2019年美元对人民币的平均汇率');
  });
});
