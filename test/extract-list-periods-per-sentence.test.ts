/**
 * The periods a list names item by item ("一季度、上半年、前三季度GDP分别增长6.2%、6.7%、6.9%", 吉林 2016) are that
 * sentence's: a list in the next sentence ("建材、纺织和轻工行业实现利润分别为834亿元、831亿元和3199亿元", 国家统计局
 * 2009) does not take them item by item.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const TEXT =
  '一季度、上半年、前三季度GDP分别增长6.2%、6.7%、6.9%,持续增长的背后,是吉林省经济运行数据时隔两年再次回到全国平均水平之上。建材、纺织和轻工行业实现利润分别为834亿元、831亿元和3199亿元,分别增长20.9%、12.7%和12%。';

describe('periods named item by item in a list', () => {
  it('are the periods of that list', () => {
    expect(the(TEXT, '6.2', { asOf: '2016年' }).period).toBe('一季度');
    expect(the(TEXT, '6.7', { asOf: '2016年' }).period).toBe('上半年');
    expect(the(TEXT, '6.9', { asOf: '2016年' }).period).toBe('前三季度');
  });

  it('are not the periods of the items of a list in the next sentence', () => {
    for (const v of ['834', '831', '3199', '20.9', '12.7']) expect(the(TEXT, v, { asOf: '2016年' }).period, v).toBe('2016年');
  });
});
