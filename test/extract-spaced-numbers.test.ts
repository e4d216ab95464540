/**
 * A page typeset with spaces round its numbers (吉林日报's text of a printed page, held-out set 21): "完成 780 亿元"
 * read before; "企业 16 户", "等 11 个项目" and "增产近 17万吨" (a qualifier, then a space) now too. A number with a
 * space after it but none before keeps to the units it took before (万, 亿, %, 元), and dates stay dates.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const PAGE =
  '突出控减挖潜,新盘活华兴汽车零部件等“ 双停” 企业 16 户,华微电子等 20 户重点增量企业满产增产,龙昌新能源锂电池负极材料等 16 个项目投产,中核新材料等 13 户企业升规入统。';

describe('numbers set off by spaces', () => {
  it('take a counter after the space (吉林市 2025)', () => {
    const got = extractFigures(PAGE, { asOf: '2025年上半年' }).map((f) => [f.value, f.unit, f.kind]);
    expect(got).toEqual([
      ['16', '户', 'count'],
      ['20', '户', 'count'],
      ['16', '个', 'count'],
      ['13', '户', 'count'],
    ]);
  });

  it('count the noun after the counter when names and 等 stand before the space (吉林市 2025)', () => {
    const got = extractFigures(PAGE, { asOf: '2025年上半年' }).map((f) => f.label);
    expect(got[1]).toContain('重点增量企业');
    expect(got[2]).toBe('项目');
    expect(got[3]).toContain('企业');
    expect(got[2]).not.toContain('等');
  });

  it('keep a qualifier written a space before them, and the verb before it (吉林市 2025)', () => {
    const f = the('吉林石化完成原油加工量 484.2 万吨、增产近 17万吨。', '17', { asOf: '2025年上半年' });
    expect([f.unit, f.qualifier, f.kind, f.number]).toEqual(['万吨', '近', 'change', 17]);
  });

  it('leave a dateline and a page number unread', () => {
    expect(extractFigures('吉林日报/2025 年/8 月/6 日/第 006 版市州· 江城', { asOf: '2025年上半年' })).toEqual([]);
  });

  it('take no counter when the space is only after the number', () => {
    // (Glued on the left, a number and a measure word across a space are not one figure: "表1 个别企业".)
    expect(extractFigures('详见表1 个别企业未列入。').filter((f) => f.unit === '个')).toEqual([]);
  });
});
