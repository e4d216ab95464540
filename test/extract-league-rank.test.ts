/**
 * A number of 位 after a league or a ranking named before it (百强, 50强, 榜, 排名, 位列, 跻身) is a place in it, a rank,
 * though no 第 is written; 位 counting people ("院士12位") and places gained ("上升3位") stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place in a league without 第', () => {
  it('is a rank', () => {
    // 宜昌 2025, the 湖北 经信厅's review of the year (held-out set 25).
    expect(the('规上工业增加值增长7.3%。跻身全国先进制造业百强城市52位。', '52').kind).toBe('rank');
    expect(the('在全国百强县中位列26位。', '26').kind).toBe('rank');
  });

  it('not people counted with 位, nor places gained', () => {
    expect(the('全市引进院士12位。', '12').kind).not.toBe('rank');
    expect(the('增速排名上升3位。', '3').kind).toBe('change');
  });
});
