/**
 * Computing power is written in Latin units glued to the number ("新增算力1900P", "10EFLOPS"): a figure when 算力 is
 * named a few characters before; elsewhere a number glued to a letter stays a code (5G) or a product's size (1.5P空调).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('units of computing power', () => {
  it('after 算力 are read with their number', () => {
    // 宜昌 2025, the 湖北 经信厅's review of the year (held-out set 25).
    const f = the('深化数智赋能,实数融合取得积极成效。新增算力1900P,数字经济产业营收增速居全省第一。', '1900', { asOf: '2025年' });
    expect([f.unit, f.number, f.kind]).toEqual(['P', 1900, 'level']);
    expect(f.label).toContain('算力');
    expect(the('全省算力规模达到10EFLOPS。', '10').unit).toBe('EFLOPS');
  });

  it('not without 算力 before them, nor other letters', () => {
    expect(extractFigures('销售1.5P空调20万台。').map((f) => f.value)).toEqual(['20']);
    expect(extractFigures('建成5G基站3万个。').map((f) => f.value)).toEqual(['3']);
    expect(extractFigures('算力中心建设5G网络。').map((f) => f.value)).toEqual([]);
  });
});
