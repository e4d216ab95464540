/**
 * How a list's rates are reckoned ("按可比口径", "按可比价格计算") is no part of what they are of: each item keeps its own
 * subject and the measure, never a stray 按 (test/corpus/changchun-gaoxin-2013-review.txt, held-out set 56).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text).map((f) => `${f.value}:${f.label}`);

describe('a method note before a list of rates', () => {
  it('is left out of the items’ labels (长春高新区 2013)', () => {
    expect(labels('全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。')).toEqual([
      '550.7:全口径财政收入',
      '95.8:一般预算财政收入',
      '20.1:全口径财政收入增速',
      '12.1:一般预算财政收入增速',
    ]);
  });

  it('is left out whether written 按可比价格计算 or 按照可比价格', () => {
    for (const note of ['按可比价格计算', '按照可比价格', '按可比价'])
      expect(labels(`工业总产值、工业增加值分别实现3966亿元和900亿元,${note}分别增长16.6%和15.1%。`).slice(2)).toEqual([
        '16.6:工业总产值增速',
        '15.1:工业增加值增速',
      ]);
  });
});
