/**
 * A bracket opening with a place and its verb holds that place's value of the measure before ("同比增长16.5%(全国增长
 * 4.4%)", 海南 2023, held-out set 18): 增速 with or without 为.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place and its verb opening a bracket', () => {
  it('reads 增速 without 为 as with it', () => {
    for (const verb of ['增速', '增速为']) {
      const text = `全市规模以上工业增加值同比增长16.5%(全省${verb}5.1%)。`;
      expect(the(text, '5.1').label, text).toBe('全省规模以上工业增加值增速');
    }
  });
});
