/**
 * A page's typing slips that still say a figure, as the corpus annotates them: "增长17.%" (a point with no decimals
 * before the percent sign) and "新增规模工业企业62," (a count whose counter was left out). And by how much a task was
 * passed ("超年度任务5.8%") is a change against it, not a share.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 安康 2013 (市工信局, held-out set 17).
const ANKANG = '工业固定资产完成投资128亿元,增长17.%。招商引资到位资金6350万元,超年度任务5.8%。新增规模工业企业62,规模以上工业增至393户。';
const values = (text: string) => extractFigures(text, { asOf: '2013年' }).map((f) => f.value + f.unit);

describe('typing slips', () => {
  it('a point before the percent sign leaves the rate as written', () => {
    const rate = the(ANKANG, '17', { asOf: '2013年' });
    expect([rate.unit, rate.number, rate.kind, rate.label]).toEqual(['%', 17, 'growth', '工业固定资产投资增速']);
    expect(ANKANG.slice(rate.valueStart, rate.valueEnd)).toBe('17');
  });

  it('a whole number ending the clause after the firms added is their count', () => {
    const count = the(ANKANG, '62', { asOf: '2013年' });
    expect([count.unit, count.number, count.kind]).toEqual(['', 62, 'count']);
    expect(count.label).toContain('规模工业企业');
  });

  it('but not a number with decimals, nor one not after firms or projects, nor one the clause goes on from', () => {
    expect(values('新增规模工业企业6.2,增长较快。')).toEqual([]);
    expect(values('新增工业产值62,增长较快。')).toEqual([]);
    expect(values('新增规模工业企业62户,规模以上工业增至393户。')).toEqual(['62户', '393户']);
    expect(values('规模工业企业2013年新增62户。')).toEqual(['62户']);
  });
});

describe('passing a task', () => {
  it('by a percentage is a change against it', () => {
    expect(the(ANKANG, '5.8', { asOf: '2013年' }).kind).toBe('change');
    expect(the('全年工业增加值占比达到32%。', '32').kind).toBe('share');
  });
});
