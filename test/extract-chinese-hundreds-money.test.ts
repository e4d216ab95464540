/**
 * A Chinese whole number of hundreds or thousands right before 元 or 美元 is an amount: "人均地区生产总值突破三千美元
 * 大关" (海南 2010, held-out set 27) is 3000 美元 with its qualifier 突破; a class (三千元级, 五百元档) is none.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('三千美元', () => {
  it('reads the amount and keeps 突破', () => {
    const f = the('人均地区生产总值突破三千美元大关,经济社会步入发展新阶段。', '三千', { asOf: '2010年' });
    expect([f.number, f.unit, f.kind, f.qualifier]).toEqual([3000, '美元', 'level', '突破']);
    expect(f.label).toContain('人均地区生产总值');
  });

  it('reads hundreds before 元 and no class', () => {
    expect(the('全年人均补贴达到五百元。', '五百').number).toBe(500);
    expect(extractFigures('推出三千元级产品和五百元档套餐。').map((x) => x.value)).toEqual([]);
  });
});
