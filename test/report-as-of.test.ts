/**
 * The as-of a new report is stored with when none is given (src/shared/report-as-of.ts), shared by `cli import`
 * and the 导入报告 dialog: the report's own period, not the first year its text writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportAsOf } from '../src/shared/report-as-of';
import { ROOT } from './helpers';

/** Results of the periods given. */
const found = (periods: string[]) => periods.map((period) => ({ period, status: 'actual' }));
const corpus = (name: string) => readFileSync(join(ROOT, 'test/corpus', `${name}.txt`), 'utf8');

describe('reportAsOf', () => {
  it('gives the 青海 1-5月 report its own period, not the 2022年 its dateline writes first', () => {
    const text = corpus('qinghai-2022-05-industry');
    expect(/(\d{4})年/u.exec(text)?.[0]).toBe('2022年');
    expect(reportAsOf(text, [], '2026年')).toMatch(/^2022年(?:1-)?5月$/u);
  });

  it('puts the year of the latest figure on the same months before a period that names none, else the import year', () => {
    const text = '上半年，全省规模以上工业增加值同比增长14.6%，比2019年同期增长9.1%。';
    expect(reportAsOf(text, found(['2021年上半年', '上半年', '2019年']), '2026年')).toBe('2021年上半年');
    expect(reportAsOf(text, found(['上半年']), '2026年')).toBe('2026年上半年');
    // (A whole year's figure in a report on part of a year is another year's: a base, a target, the firms new in it.)
    expect(reportAsOf(text, found(['2021年', '上半年', '2019年']), '2026年')).toBe('2026年上半年');
  });

  it('writes a whole year as the year alone', () => {
    const text = corpus('gansu-2015-bulletin');
    expect(reportAsOf(text, found(['2015年', '2014年']), '2026年')).toBe('2015年');
  });

  it('takes the year the report is about over a base year written before it', () => {
    expect(reportAsOf('比2015年增长1倍。2019年，全市规模工业增加值增长6.2%。2019年全年……', [], '2026年')).toBe('2019年');
  });

  it('takes no year listed after a base year (福建 2011 1-2月: "增幅比2009年同期和2010年同期分别提高")', () => {
    const text = corpus('fujian-2011-02-manufacturing');
    expect(text).toContain('增幅比2009年同期和2010年同期分别提高55.2、33.5个百分点');
    expect(reportAsOf(text, extractFigures(text), '2026年')).toBe('2011年1-2月');
  });

  it('takes no year whose trend goes on, nor a year-end compared with (河北 2015 1-2月: "延續2014年四季度走勢")', () => {
    const text = corpus('hebei-2015-02-industry-traditional');
    expect(text).toContain('1至2月份,河北省工業(yè)生產(chǎn)增速延續(xù)2014年四季度走勢');
    expect(reportAsOf(text, extractFigures(text), '2026年')).toBe('2015年1-2月');
  });

  it('takes the year of the dateline for a report whose first time is 今年 (桂林 2011, on 2010’s results and 今年’s aims)', () => {
    const text = corpus('guilin-2011-industry');
    expect(text).toContain('发布时间:2011-11-16');
    expect(text).toContain('继2010年我市工业总产值完成1260亿元后,今年,桂林工业总产值将冲击1500亿元');
    expect(reportAsOf(text, extractFigures(text), '2026年')).toBe('2011年');
  });

  it('takes no year that says which firms are counted (汉阴 2019 一季度: "2018年14户新增企业1—3月完成…")', () => {
    const text = corpus('hanyin-2019-q1-industry');
    expect(text).toContain('2018年14户新增企业1—3月完成工业总产值同比增长176.4%');
    const figures = extractFigures(text);
    // (The 14户 are of 2018: a whole year's figure gives no year to a report on 一季度.)
    expect(figures.map((f) => f.period)).toContain('2018年');
    // Imported with the date it was published (汉阴县统计局, 2019年4月23日).
    expect(reportAsOf(text, figures, '2019年')).toBe('2019年一季度');
  });

  it('takes no target’s year (黔西南’s “十四五” targets for 2025, given in 2022)', () => {
    const text = corpus('qianxinan-2022-industry-targets');
    const figures = extractFigures(text);
    expect(figures.map((f) => `${f.period} ${f.status}`)).toContain('2025年 target');
    expect(reportAsOf(text, figures, '2022年')).toBe('2022年');
  });
});
