/**
 * A bare rate placed among a counted group, in a sentence with no figure of its own before it but the group's count, is
 * the rate of the measure the sentence before ended on: "全市规模以上工业增加值增长9.8%。增速在中部6个省会城市中排第1位"
 * (the lead's reading of an imported report's slide, issue 19, as "增速在35个大中城市中排名第12位" of 郑州's 2021 1-10月
 * release, test/corpus/zhengzhou-2021-10-industry, is in the same sentence as its measure) was 省会城市增速位次: the
 * places counted taken for the rate's owner.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const rank = (text: string) => extractFigures(text, { asOf: '2016年' }).find((f) => f.kind === 'rank')?.label;

describe('a bare rate placed among a counted group, its measure in the sentence before', () => {
  it('is that measure’s rate', () => {
    expect(rank('全市规模以上工业增加值增长9.8%。增速在中部6个省会城市中排第1位。')).toBe('规模以上工业增加值增速位次');
    expect(rank('全市规模以上工业增加值增长9.8%,高于全省2.1个百分点。增速在全国27个省会城市中排第1位。')).toBe(
      '规模以上工业增加值增速位次',
    );
  });

  it('as in the same sentence (郑州 2021 1-10月)', () => {
    const text =
      '全市规上工业增加值同比增长13%,分别高于全国(10.9%)、全省(7.3%)2.1个、5.7个百分点,增速在35个大中城市中排名第12位,较去年同期提升1个位次。';
    expect(rank(text)).toBe('规上工业增加值增速位次');
  });
});
