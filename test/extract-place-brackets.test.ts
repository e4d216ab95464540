/**
 * A bracket opening with a place and its verb holds that place's value of the measure before ("同比增长16.5%(全国增长
 * 4.4%)", 海南 2023, held-out set 18): 增速 with or without 为.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place and its verb opening a bracket', () => {
  it('reads 增速 without 为 as with it, and 增长 with 为 or 了 after it', () => {
    for (const verb of ['增速', '增速为', '增长为', '同比增长了', '平均增长']) {
      const text = `全市规模以上工业增加值同比增长16.5%(全省${verb}5.1%)。`;
      expect(the(text, '5.1').label, text).toBe('全省规模以上工业增加值增速');
      expect(the(text, '16.5').label, text).toBe('规模以上工业增加值增速');
    }
  });
});

describe('a figure in brackets right after a place and 平均水平', () => {
  it('is that place’s value of the measure before, as right after the place alone', () => {
    for (const place of ['全国', '全国平均', '全国平均水平']) {
      const text = `全市人均GDP为83538元，是${place}(53980元)的1.5倍。`;
      expect(the(text, '53980').label, text).toBe('全国人均GDP');
      expect(the(text, '83538').label, text).toBe('人均GDP');
    }
  });
});
