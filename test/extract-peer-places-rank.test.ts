/**
 * "全省增速排名第15,第二平台市县增速排名第6" (琼中 2024 1-7月, 县统计局, held-out set 33): a group of peer places named
 * before a rank ("第二平台市县", "山区五市") is where the place is held, as "在中部排" is: the rank is of the figure whose
 * place the sentence gave before, not of the group.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const INDUSTRY =
  '1-7月,全县规模以上工业增加值同比下降3.3%,降幅较上半年收窄4.5个百分点,低于全省规模以上工业增加值12.8个百分点(全省增长9.5%),全省增速排名第15,第二平台市县增速排名第6。';
const INVESTMENT =
  '1-7月,全县固定资产投资完成额同比增长12.0%,增速比上半年增加1.9个百分点,高于全省固投平均增速5.4个百分点(全省增长6.6%),全省增速排名第7,第二平台市县累计增速排名第3。';
const asOf = '2024年1-7月';

describe('a rank among a group of peer places', () => {
  it('is of the figure ranked before it', () => {
    expect(the(INDUSTRY, '6', { asOf }).label).toContain('规模以上工业');
    expect(the(INVESTMENT, '3', { asOf }).label).toContain('固定资产投资');
    expect(the('全市规上工业增加值增长6%,全省排名第3,山区五市增速排名第1。', '1').label).toContain('规上工业');
  });

  it('a place’s own name stays the subject', () => {
    expect(the('全市规上工业增加值增长6%,遵义市增速排名第1。', '1').label).toContain('遵义市');
  });
});
