/**
 * A target said again ("今年经济增长目标确定为9.5%左右…。…实现9.5%左右的增长,必须付出艰苦努力", 山东 2013) is still that
 * target: the same measure, value with its qualifier and period. Only a value with a qualifier is matched so (a
 * result is seldom 左右), and only a figure that would otherwise be a result: an estimate stays one. A rate after a
 * target of the same measure is a target too, unless it says it is an estimate.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const statuses = (text: string) => extractFigures(text).map((f) => [f.value, f.status]);

describe('a target said again', () => {
  it('is still the target when written with its qualifier', () => {
    expect(statuses('今年经济增长目标确定为9.5%左右。实现9.5%左右的增长,必须付出艰苦努力。')).toEqual([
      ['9.5', 'target'],
      ['9.5', 'target'],
    ]);
  });

  it('is a result when written without a qualifier', () => {
    expect(statuses('全省生产总值增长目标为9.5%。全省生产总值增长9.5%。')).toEqual([
      ['9.5', 'target'],
      ['9.5', 'actual'],
    ]);
  });

  it('is an estimate when the report says so', () => {
    expect(statuses('今年经济增长目标确定为9.5%左右。预计今年经济增长9.5%左右。')).toEqual([
      ['9.5', 'target'],
      ['9.5', 'estimate'],
    ]);
  });
});

describe('a rate after a target of the same measure', () => {
  it('is a target, and an estimate when said to be one', () => {
    expect(the('力争全市工业增加值达到100亿元,增长10%。', '10').status).toBe('target');
    expect(the('力争全市工业增加值达到100亿元,预计增长10%。', '10').status).toBe('estimate');
  });
});
