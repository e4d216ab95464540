/**
 * Two reports of the genre (search pages) read wrong before: "高于全国0.4、全省0.1个百分点" lost 0.4 (its unit is written
 * after the next place's figure) and labelled 0.1 with the whole list; 当涂's "16户“亿元企业”" took the subject before,
 * and its "截至3月末…累计实现销售收入28.8亿元" the day (3月末) as its period.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 萍乡 2019 1-6月 (工业和信息化).
const PINGXIANG = '1-6月,全市规模工业增长7.1%,高于全国0.4、全省0.1个百分点,轨道交通、航空分别增长15.5%、17.5%。';

describe('a comparison with two places, the unit after the last', () => {
  it('gives each its unit and its place', () => {
    const first = the(PINGXIANG, '0.4', { asOf: '2019年1-6月' });
    expect([first.unit, first.label]).toEqual(['个百分点', '规模工业高于全国']);
    expect(the(PINGXIANG, '0.1', { asOf: '2019年1-6月' })).toMatchObject({ unit: '个百分点', label: '规模工业高于全省', number: 0.1 });
  });

  it('below both, both negative', () => {
    const text = '1-6月,全市规模工业增长3.1%,低于全国0.4、全省0.1个百分点。';
    expect(the(text, '0.4').number).toBe(-0.4);
    expect(the(text, '0.1')).toMatchObject({ number: -0.1, label: '规模工业低于全省' });
  });
});

// 当涂 2008 一季度 (县工业, news).
const DANGTU = [
  '重点区域、重要骨干企业支撑作用继续增强。截至3月末,当涂经济开发区、太白镇、博望镇三大主要工业区域完成工业总产值分别突破10亿元,累计完成工业总产值41.3亿元;16户“亿元企业”,1-3月,累计完成工业产值 16.9 亿元,增长 25%。',
  '企业运行效益进一步提升。截至3月末,全县240户规模工业企业累计实现销售收入28.8亿元,增长53%,产品产销率达95.5%;累计实现利税2.3亿元,增长28%。',
].join('\n');

describe('a count before a name in quotes', () => {
  it('counts what the name names', () => {
    expect(the(DANGTU, '16', { asOf: '2008年1-3月' }).label).toBe('亿元企业');
  });
});

describe('an amount summed up to a month’s end', () => {
  it('is over the months since the year began; a count or a rate on the day stays of the day', () => {
    const opts = { asOf: '2008年1-3月' };
    expect(the(DANGTU, '28.8', opts).period).toBe('1-3月');
    expect(the(DANGTU, '2.3', opts).period).toBe('1-3月');
    expect(the(DANGTU, '240', opts).period).toBe('3月末');
    expect(the(DANGTU, '95.5', opts).period).toBe('3月末');
  });

  it('so with no date known for the report (a paragraph pasted alone)', () => {
    expect(the(DANGTU, '28.8').period).toBe('1-3月');
    expect(the(DANGTU, '53').period).toBe('1-3月');
    expect(the(DANGTU, '240').period).toBe('3月末');
  });
});
