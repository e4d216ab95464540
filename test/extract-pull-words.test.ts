/**
 * How reports word a pull on another figure: 共 sums as 合计 does, 共下拉 is a pull down, 强力拉动 (how strongly it
 * pulls) names no subject; and the next comparison of the same figure against another comparand ("、比全省高") is that
 * figure's, not a subject "、比全省".
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('a pull worded with 共 or with how strongly it pulls', () => {
  it('共拉動 sums the items of the list before (北京 2011-05, traditional characters, held-out set 28)', () => {
    const beijing =
      '交通運輸設備製造業、專用設備製造業和醫藥製造業分別比上年同期增長17.4%、13.7%和36.2%,增速分別比4月份提高3.9個、5.5個和12.5個百分點,共拉動當月工業增加值增長5.5個百分點。';
    // (The first 5.5 is the list's second item; the pull is the last figure.)
    const pull = extractFigures(beijing, { asOf: '2011年1-5月' }).at(-1)!;
    expect(pull.value).toBe('5.5');
    expect(pull.label).toMatch(/^交通運輸設備製造業等合计拉動/u);
    expect(pull.number).toBe(5.5);
  });

  it('共下拉 is named as a pull down, its number negative (榆林 2021 1-11月, traditional characters, held-out set 26)', () => {
    const yulin =
      '總量占比排前三位的榆陽區、神木市、府谷縣工業投資均為負增長,且增速均低于全市平均水平,共下拉全市工業投資增速16.3個百分點。';
    const pull = the(yulin, '16.3', { asOf: '2021年1-11月' });
    expect(pull.label).toContain('合计下拉');
    expect(pull.label).toContain('府谷縣');
    expect(pull.number).toBe(-16.3);
  });

  it('强力拉动 is the pull of the industry before (遵义 2021, held-out set 29)', () => {
    const zunyi =
      '其中,酒饮料和精制茶制造业增长49.3%,贡献率达95.0%,强力拉动遵义市规模以上工业增加值增长30.5个百分点,是规模以上工业增长的“稳定器”。';
    expect(the(zunyi, '30.5', { asOf: '2021年' }).label).toBe('酒饮料和精制茶制造业拉动遵义市规模以上工业增加值增速变化');
  });
});

describe('the next comparison of the same figure', () => {
  it('against another comparand, after 、 (遵义 2021, held-out set 29; 高高 is the report’s own slip)', () => {
    const zunyi = '2021年遵义市规模以上工业增加值增长21.0%,比全国高11.4个百分点、比全省高高8.1个百分点,创近十年新高。';
    expect(the(zunyi, '11.4', { asOf: '2021年' }).label).toBe('遵义市规模以上工业增加值比全国高');
    expect(the(zunyi, '8.1', { asOf: '2021年' }).label).toBe('遵义市规模以上工业增加值比全省高高');
    const plain = '全市工业增加值增长8%,比全国高1.2个百分点、比全省高0.5个百分点。';
    expect(the(plain, '0.5').label).toBe('工业增加值比全省高');
  });
});
