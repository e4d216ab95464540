/**
 * The expectation a figure did better than (好于…的预期) right after the sentence's first figure is that figure's
 * subject's: "一般公共预算收入下降5.2%,好于下降7%的预期" (山西's 2016 政府工作报告, held-out set 38 as a 繁體 news copy,
 * test/corpus/shanxi-2016-government-work-traditional.txt; here its clause alone, as the report writes it). Written from
 * the survivors of extract-subject's mutation run (session 31: figure-subject.ts, `k >= 0 && …BETTER_THAN…`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an expectation after the sentence’s first figure', () => {
  it('"好于下降7%的预期" is 一般公共预算收入’s expected fall', () => {
    const f = the('一般公共预算收入下降5.2%,好于下降7%的预期。', '7', { asOf: '2016年' });
    expect([f.label, f.number, f.status]).toEqual(['一般公共预算收入增速', -7, 'target']);
  });
});
