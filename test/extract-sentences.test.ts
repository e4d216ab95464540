/**
 * The spans every other rule of the extractor reads inside: sentences, clauses, headings and paragraphs. A
 * heading decides whether the figures under it are targets and names figures that have no subject; a clause
 * bounds where a period is looked for; a paragraph bounds how far a period carries. From the survivors of the
 * extractor's mutation run (part extract-rest, issue 26).
 */
import { describe, expect, it } from 'vitest';
import { sentences } from '../src/shared/extract';
import { clauseEnd, clauseStart, isHeading } from '../src/shared/extract/sentences';
import { the } from './extract-helpers';

const whole = (text: string) => isHeading(text, { start: 0, end: text.length });

describe('sentences', () => {
  it('a line of plain spaces (a saved page’s blank line) is no sentence', () => {
    const text = '增长10%。\n  \n下降5%';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['增长10%。', '下降5%']);
  });

  it('a line broken between an industry’s name and its measure goes on (鄂尔多斯 2021, held-out set 24)', () => {
    const text = '其中,石油、煤炭及其他燃料加工业\n增加值增速38.2%,拉动规上工业增长1个百分点。\n五、民营企业贡献突出';
    expect(sentences(text)).toHaveLength(2);
    expect(the(text, '38.2', { asOf: '2021年1-9月' }).label).toBe('石油、煤炭及其他燃料加工业增加值增速');
    // A heading ending in 业 before a line that opens with a figure's own subject still ends there.
    expect(sentences('四、原材料制造业\n全市原材料制造业增加值增长30%。')).toHaveLength(2);
    expect(sentences('一、工业\n增加值增长8%。')).toHaveLength(2);
  });
});

describe('clauses', () => {
  it('start after the nearest ，；： before a point, or at the sentence’s start, a mark there too', () => {
    expect(clauseStart('全年增长6.2%，制造业增长7.1%', 12)).toBe(9);
    expect(clauseStart('，制造业增长7.1%', 6)).toBe(1);
    expect(clauseStart('制造业增长7.1%', 5)).toBe(0);
  });

  it('end at the next ，；： or sentence end mark, or at the sentence’s end', () => {
    expect(clauseEnd('增长6.2%（1-7月），制造业增长7.1%。', 2)).toBe(12);
    expect(clauseEnd('增长6.2%。', 2)).toBe(6);
    expect(clauseEnd('增长6.2%', 2)).toBe(6);
  });

  it('a period written after a figure in its own clause is its period; one in the next clause is not', () => {
    const after = '规上工业增加值增长6.2%（1-7月），制造业增长7.1%。';
    expect(the(after, '6.2', { asOf: '2019年' }).period).toBe('1-7月');
    const next = '规上工业增加值增长6.2%，1-7月制造业增长7.1%。';
    expect(the(next, '6.2', { asOf: '2019年' }).period).toBe('2019年');
    expect(the(next, '7.1', { asOf: '2019年' }).period).toBe('1-7月');
  });
});

describe('headings', () => {
  const target = '二、2018年发展主要预期目标';
  const forty = '工业经济稳中有进'.repeat(5);

  it('figures under a heading about targets are targets; a heading-like tail of a line is no heading', () => {
    expect(the(`${target}\n地区生产总值增长7%。`, '7').status).toBe('target');
    expect(the(`\u3000\u3000${target}\u3000\n地区生产总值增长7%。`, '7').status).toBe('target');
    expect(the(`全年经济平稳。${target}\n地区生产总值增长7%。`, '7').status).toBe('actual');
  });

  it('a heading deep in the report is a heading too (the 80-character bound is on the line, not its offset)', () => {
    const review =
      '2017年，全市经济运行总体平稳、稳中有进，结构调整取得积极进展，新旧动能加快转换，质量效益稳步提升，民生福祉持续增进，社会大局和谐稳定，经济社会发展的主要目标任务全面完成。';
    expect(review.length).toBeGreaterThan(80);
    expect(the(`${review}\n${target}\n地区生产总值增长7%。`, '7').status).toBe('target');
  });

  it('a figure with no subject takes the heading’s words', () => {
    expect(the('工业经济稳中有进\n增长7.2%。', '7.2').label).toBe('工业经济稳中有进增速');
  });

  it('the heading’s number is not among its words, however the heading is numbered', () => {
    for (const mark of ['一、', '十二、', '（三）', '（十二）', '1、', '12.', '3．', '（3）'])
      expect(the(`${mark}工业经济\n全年增长8.1%。`, '8.1').label, mark).toBe('工业经济增速');
  });

  it('at most 40 characters once the white space trim() removes is gone, whichever white space indents it', () => {
    expect(forty).toHaveLength(40);
    expect(whole(forty)).toBe(true);
    expect(whole(forty + '业')).toBe(false);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const space = ch.trim() === '';
      if (whole(ch + forty) !== space) throw new Error(`U+${c.toString(16)} before the line: expected ${space}`);
      if (whole(forty + ch) !== space) throw new Error(`U+${c.toString(16)} after the line: expected ${space}`);
    }
  });

  it('is a whole line of the text: after a newline or at the start, before a newline or at the end', () => {
    const text = `前言\n${target}\n正文`;
    const start = text.indexOf(target);
    expect(isHeading(text, { start, end: start + target.length })).toBe(true);
    expect(isHeading(text, { start: start + 2, end: start + target.length })).toBe(false);
    expect(isHeading(text, { start, end: start + 4 })).toBe(false);
    expect(isHeading(target, { start: 0, end: 4 })).toBe(false);
    // A one-character tail after 。, with a newline right after it.
    expect(isHeading('经济平稳。标\n', { start: 5, end: 6 })).toBe(false);
  });

  it('white space after the line is trimmed off it, not the line’s own last characters', () => {
    // A 41-character line before a paragraph indented with two ideographic spaces is no heading; 40 and a trailing space is one.
    const text = `${forty}业\n\u3000\u3000地区生产总值增长7%。`;
    expect(isHeading(text, { start: 0, end: 41 })).toBe(false);
    const spaced = `${forty}\u3000\n地区生产总值增长7%。`;
    expect(isHeading(spaced, { start: 0, end: 41 })).toBe(true);
  });

  it('a line longer than 80 characters is never a heading, however much of it is indentation', () => {
    expect(whole(' '.repeat(40) + forty)).toBe(true);
    expect(whole(' '.repeat(41) + forty)).toBe(false);
  });
});

describe('paragraphs', () => {
  it('a period carries to the next sentence on the same line, a space between them, not past a newline', () => {
    const text = '一、2019年工业经济运行情况\n1-7月，全市规上工业增加值增长6.2%。 制造业增长7.1%。\n二、下一步工作\n装备制造业增长8.3%。';
    expect(the(text, '7.1').period).toBe('1-7月');
    expect(the(text, '8.3').period).toBe('2019年');
  });
});
