import { describe, expect, it } from 'vitest';
import { derive } from '../src/shared/derive';

const figs = new Map([
  [1, { value: 198, unit: '家', valueText: '198' }],
  [2, { value: 63, unit: '家', valueText: '63' }],
  [3, { value: 79, unit: '', valueText: '79' }],
  [4, { value: 13, unit: '个点', valueText: '13' }],
  [5, { value: 2.45, unit: '万亿元', valueText: '2.45' }],
  [6, { value: 1380, unit: '亿元', valueText: '1380' }],
]);

describe('derived values', () => {
  it('computes 198 − 63 and shows the formula', () => {
    expect(derive({ op: 'sub', a: 1, b: 2 }, figs)).toEqual({ value: 135, unit: '家', formula: '198家 − 63家 = 135家' });
  });
  it('converts within a unit family', () => {
    expect(derive({ op: 'add', a: 5, b: 6 }, figs).value).toBe(2.588);
  });
  it('takes percentage points from a percentage and index points from an index', () => {
    expect(derive({ op: 'sub', a: 3, b: 4 }, figs)).toMatchObject({ value: 66, formula: '79 − 13个点 = 66' });
    const share = new Map([
      [1, { value: 25, unit: '%', valueText: '25' }],
      [2, { value: 6, unit: '个百分点', valueText: '6' }],
    ]);
    expect(derive({ op: 'sub', a: 1, b: 2 }, share)).toMatchObject({ value: 19, unit: '%', formula: '25% − 6个百分点 = 19%' });
  });
  it('refuses to combine figures whose units do not match', () => {
    expect(() => derive({ op: 'sub', a: 1, b: 4 }, figs)).toThrow(/cannot combine/);
    expect(() => derive({ op: 'sub', a: 1, b: 99 }, figs)).toThrow(/missing figure/);
  });
});
