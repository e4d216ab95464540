/**
 * A list whose group is named before a dash and whose head is written once after the last item with 的:
 * "芜湖市两大重点行业——非金属矿物制品业、黑色金属冶炼和压延加工业的出厂价格下降幅度较大,分别下降11.3%和10.7%" (芜湖 2013,
 * held-out set 22). Each item is the name after the dash with the whole head (出厂价格, not 价格), no 的.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a list after a group and a dash, its head after 的', () => {
  it('names each item with the shared head', () => {
    const wuhu = '特别是芜湖市两大重点行业——非金属矿物制品业、黑色金属冶炼和压延加工业的出厂价格下降幅度较大,分别下降11.3%和10.7%。';
    expect(the(wuhu, '11.3').label).toBe('非金属矿物制品业出厂价格涨幅');
    expect(the(wuhu, '11.3').number).toBe(-11.3);
    expect(the(wuhu, '10.7').label).toBe('黑色金属冶炼和压延加工业出厂价格涨幅');
  });
});
