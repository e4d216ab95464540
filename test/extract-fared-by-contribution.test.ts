/**
 * An industry whose contribution the clause before praises, in a frame of the groups it is one of, owns the rate after
 * it: "工業三大門類中制造業貢獻居首位,上半年同比增長2.6%,高于全省規模以上工業0.6個百分點,較一季度回7.6個百分點" (安徽
 * 2020 上半年, 中國產業經濟信息網 on the province's 经信厅, a 繁體 copy with pinyin glosses, held-out set 53): the three were
 * labelled 行業… from the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const ANHUI =
  '上半年,全省40個(gè)工業(yè)行業(yè)中,有21個(gè)行業(yè)增加值實(shí)現(xiàn)同比增長,較一季度增加10個(gè)。工業(yè)三大門類中制造業(yè)貢獻(xiàn)居首位,上半年同比增長2.6%,高于全省規(guī)模以上工業(yè)0.6個(gè)百分點(diǎn),較一季度回7.6個(gè)百分點(diǎn)。';

describe('an industry praised for its contribution', () => {
  it('owns the figures after it', () => {
    const read = () => labels(ANHUI, ['2.6', '0.6', '7.6']).map((l) => l.startsWith('制造業'));
    expect(read()).toEqual([true, true, true]);
  });

  it('without a frame, or when its contribution is the largest', () => {
    expect(labels('制造业贡献突出,同比增长2.6%。', ['2.6'])).toEqual(['制造业增速']);
    expect(labels('三大门类中制造业贡献最大,同比增长2.6%。', ['2.6'])).toEqual(['制造业增速']);
  });
});
