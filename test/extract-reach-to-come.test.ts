/**
 * "将突破5200亿元": a reach still to come is never a result; in a report that places no year of its own, it is an
 * estimate (with a year known: an estimate in that year, a target after it, as before).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 洛阳 2025, “十四五” review (http://news.lyd.com.cn/system/2025/09/30/032497624.shtml).
const LUOYANG = '态势向好，工业“压舱石”作用更加凸显。“十四五”末，全市优势产业链规模将突破5200亿元。全市规上工业利润达308.7亿元。';

describe('将 before the verb of a reach', () => {
  it('in a report placing no year: an estimate', () => {
    expect(the(LUOYANG, '5200').status).toBe('estimate');
    expect(the(LUOYANG, '308.7').status).toBe('actual');
  });

  it('with the report’s year known: an estimate in it, a target after it', () => {
    expect(the(LUOYANG, '5200', { asOf: '2025年1-8月' }).status).toBe('estimate');
    expect(the(LUOYANG, '5200', { asOf: '2023年' }).status).toBe('target');
  });
});
