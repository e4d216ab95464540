/**
 * A rate named, then the time it is of, then its verb, is a growth: "全省工業累計增速在1-5月轉正為0.5%,居中部第2位;上半年
 * 達到2%,較一季度回升7.3個百分點" (安徽 2020 上半年, 中國產業經濟信息網 on the province's 经信厅, a 繁體 copy with pinyin
 * glosses, held-out set 53): 0.5% and 2% were read as shares (the time between 增速 and 为 hid the rate's name).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// (The page's 第2位 written 第二位 here, so that "2" is the rate alone.)
const ANHUI = '全省工業(yè)累計(jì)增速在1-5月轉(zhuǎn)正為0.5%,居中部第二位;上半年達(dá)到2%,較一季度回升7.3個(gè)百分點(diǎn)。';
const asOf = '2020年1-6月';

describe('a rate, its time, then its verb', () => {
  it('is a growth, and so is the next clause that reads on from it', () => {
    const kinds = () => [the(ANHUI, '0.5', { asOf }).kind, the(ANHUI, '2', { asOf }).kind];
    expect(kinds()).toEqual(['growth', 'growth']);
  });

  it('reads the time written without 在, a month, a quarter or a half, and 为 or 达到', () => {
    expect(the('全省工业累计增速1-5月为0.5%。', '0.5', { asOf }).kind).toBe('growth');
    expect(the('全市工业增速一季度为3.2%。', '3.2', { asOf }).kind).toBe('growth');
    expect(the('全市工业增速在上半年达到6.1%。', '6.1', { asOf }).kind).toBe('growth');
    expect(the('全省工业增速转正为0.5%。', '0.5', { asOf }).kind).toBe('growth');
  });

  it('leaves a share named after a time as a share', () => {
    expect(the('制造业占比1-5月为61.5%。', '61.5', { asOf }).kind).toBe('share');
  });
});
