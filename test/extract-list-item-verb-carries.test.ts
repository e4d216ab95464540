/**
 * In a list whose items may carry their own verb ("、增长7%"), the items after such an item take its verb, not the
 * list's first: "城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%" (正蓝旗's 2019 政府工作报告, review of
 * 2018, held-out set 51) read 10% with 达到, as a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list item after one with its own verb', () => {
  it('takes that verb (达到 two levels, then 增长 two rates)', () => {
    const s = '一年来,地区生产总值增长5.1%,城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%。';
    const seven = the(s, '7', { asOf: '2018年' });
    const ten = the(s, '10', { asOf: '2018年' });
    expect(seven.kind).toBe('growth');
    expect(ten.kind).toBe('growth');
    expect(ten.number).toBe(10);
    expect(ten.label).toContain('人均可支配收入');
    expect(the(s, '17597', { asOf: '2018年' }).kind).toBe('level');
  });
  it('takes a fall as a fall', () => {
    const s = '两县工业产值分别达到37亿元和25亿元、下降3.2%和4.5%。';
    expect(the(s, '3.2').number).toBe(-3.2);
    expect(the(s, '4.5').number).toBe(-4.5);
  });
  it('leaves a list with one verb as it was', () => {
    const s = '城乡居民人均可支配收入分别增长7%和10%。';
    expect(the(s, '10').kind).toBe('growth');
    const t = '三次产业占比分别为12%、40%和48%。';
    expect(the(t, '48').kind).toBe('share');
  });
});
