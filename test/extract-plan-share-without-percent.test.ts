/**
 * How much of a plan is done, its % left out: a number with decimals right after "完成年度计划" (or 任务, 目标, 的), ending its
 * clause, is that share, as "比重达45.9" is ("實現財政收入3.33億元,同比增長6.41%,完成年度計劃92.13。", 开平's 长沙街道 2018,
 * a 繁體 copy, held-out set 55). A whole number there, or one the clause goes on from, stays none.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const KAIPING = '2018年,實現財政收入3.33億元,同比增長6.41%,完成年度計劃92.13。規模以上工業增加值完成7.82億元,完成年度任務的101.94%。';

describe('a share of a plan done, written without %', () => {
  it('is a share of the measure before, labelled as the one written with % is', () => {
    const f = the(KAIPING, '92.13');
    expect([f.kind, f.unit, f.number, f.label]).toEqual(['share', '', 92.13, '財政收入完成年度計劃']);
    expect(the(KAIPING, '101.94').label).toBe('規模以上工業增加值完成年度任務');
  });
  it('is read after 完成全年目标任务的 too', () => {
    expect(the('工业投资增长12.5%,完成全年目标任务的85.6;', '85.6').kind).toBe('share');
  });
  it('not a whole number, nor one the clause goes on from', () => {
    const values = (text: string) => extractFigures(text).map((f) => f.value);
    expect(values('财政收入增长6.4%,完成年度计划92。')).toEqual(['6.4']);
    expect(values('财政收入增长6.4%,完成年度计划92.13万元。')).toEqual(['6.4', '92.13']);
    expect(values('财政收入增长6.4%,完成年度计划92.13左右。')).toEqual(['6.4']);
  });
});
