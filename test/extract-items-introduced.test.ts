/**
 * "下降幅度较大的有黑色金属冶炼和压延加工业增加值下降54.4%": what introduces the items (下降幅度较大的有, 增长较快的有)
 * is no part of their subject, and the item named after it is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 阿拉山口 1-5月 (https://www.alsk.gov.cn/info/1850/84424.htm).
const ALASHANKOU =
  '分行业来看,工业开工生产的12个行业大类中有6个行业增加值实现增长,增长面为50%。其中:专用设备制造业、电气机械和器材制造业均为净增长;有色金属冶炼和压延加工业增长58.5%;电力、热力生产和供应业增长3.5%。下降幅度较大的有黑色金属冶炼和压延加工业增加值下降54.4%;农副食品加工业下降50.6%。';

describe('items introduced by 下降幅度较大的有', () => {
  it('are each their own subject', () => {
    expect(the(ALASHANKOU, '54.4', { asOf: '2023年1-5月' }).label).toContain('黑色金属冶炼和压延加工业');
    expect(the(ALASHANKOU, '54.4', { asOf: '2023年1-5月' }).number).toBe(-54.4);
    expect(the(ALASHANKOU, '50.6', { asOf: '2023年1-5月' }).label).toContain('农副食品加工业');
    expect(the('增长较快的有汽车制造业,增长25.3%。', '25.3', { asOf: '2023年' }).label).toContain('汽车制造业');
  });
});
