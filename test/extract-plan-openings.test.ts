/**
 * After a sentence that says what will be done ("今年我市将努力实现工业增加值增长15%。", 兰州 2012, held-out set 9), the
 * sentences that open with what is to be done (实施, 新增, 创建…) are targets too; one that merely holds such a word
 * further on is not (PLAN_OPENING in index.ts is anchored at the sentence's start, after any white space).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const PLAN = '今年我市将努力实现工业增加值增长15%。';

describe('a sentence after a plan', () => {
  it('goes on with it when it opens with what is to be done, a space before it or not', () => {
    expect(the(`${PLAN}实施重点工业固定资产投资项目100项,完成投资300亿元。`, '100').status).toBe('target');
    // A web page's space after the full stop.
    expect(the(`${PLAN} 实施重点工业固定资产投资项目100项,完成投资300亿元。`, '100').status).toBe('target');
  });

  it('is a result when a plan’s word comes only later in it', () => {
    const text = `${PLAN}规模以上工业企业实现利润50亿元,新增规模以上工业企业20家。`;
    expect(the(text, '50').status).toBe('actual');
    expect(the(text, '20').status).toBe('actual');
  });
});
