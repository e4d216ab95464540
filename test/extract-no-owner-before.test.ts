/**
 * A figure whose subject is of an owner named before it (a gap behind another, 总量's share), read where no owner is
 * named before it at all, keeps its own words: no 与 with nothing before it, no 总量 dropped. Written from the survivors of
 * extract-subject's mutation run (session 31: figure-subject.ts, the gap rule
 * `entity && inherited && !property && isIn(GAP_FIRST, clausePre, 0) && GAP_OPEN.test(clausePre)` and the measure's
 * share `!property && inherited && entity.includes('占') ? MEASURE_SHARE.exec(entity) : null`, and the rate after a share,
 * `grownOf >= 2`).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a gap with no owner before it', () => {
  // 黑龙江's 2012 industry (held-out set 15): "全省规模以上工业增加值同比增长2.6%,高于同期0.3个百分点,低于全国3.8个百分点,
  // 与全国平均水平差距同比缩小0.6个百分点", here from its third clause on, its subject left out.
  it('"与全国平均水平差距同比缩小0.6个百分点" is the gap alone, narrowing a gain', () => {
    const f = the('低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点。', '0.6');
    expect([f.label, f.number, f.kind]).toEqual(['全国平均水平差距变化', 0.6, 'change']);
  });

  it('with its owner before, the gap is the owner’s (the report’s sentence)', () => {
    const text = '全省规模以上工业增加值同比增长2.6%,高于同期0.3个百分点,低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点。';
    expect(the(text, '0.6').label).toBe('规模以上工业增加值与全国平均水平差距变化');
  });
});

describe('总量’s share with no owner before it', () => {
  // "采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%" (the rule's own example, figure-subject.ts), here
  // its second clause alone.
  it('"总量占全市规上工业增加值的比重为75.9%" keeps 总量', () => {
    const f = the('总量占全市规上工业增加值的比重为75.9%。', '75.9');
    expect(f.kind).toBe('share');
    expect(f.label).toMatch(/^总量占全市规上工业增加值/u);
  });

  it('after its owner, it is the owner’s measure’s share', () => {
    expect(the('采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%。', '75.9').label).toMatch(/^采矿业增加值占/u);
  });
});

describe('a rate after a measure’s share, its owner not named', () => {
  // 山西 2010 前三季度, 规模以下工业 (http://sz-shandao.com/2010-11/10/content_269115.htm; test/extract-cause-after-subject.test.ts):
  // "非金屬礦物製品業由於…等原因,產值占到總數的18.1%,比去年同期增長77.1%", here from 產值 on.
  it('"產值占到總數的18.1%,比去年同期增長77.1%" is 產值’s growth, not the share’s', () => {
    const f = the('產值占到總數的18.1%,比去年同期增長77.1%。', '77.1');
    expect([f.label, f.kind]).toEqual(['產值增速', 'growth']);
  });
});
