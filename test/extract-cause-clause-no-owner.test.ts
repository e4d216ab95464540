/**
 * A clause on what drove or hit the figures after it (受…拉动, 受…影响) names their cause, not whose they are:
 * "受水利等基礎設施和節日消費等因素拉動,建材、食品兩大行業繼續保持強勁勢頭,前兩月增加值增速均在30%以上" (湖北 2011 前两月,
 * a 繁體 copy, held-out set 54): with no owner between, 30% was labelled 受…因素拉動增加值增速 (消费, a measure's word,
 * inside the cause).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a clause on the cause of the figures after it', () => {
  it('is no owner of their measure', () => {
    const read = () => labels('受水利等基础设施和节日消费等因素拉动,前两月增加值增速均在30%以上。', ['30']);
    expect(read()).toEqual(['增加值增速']);
    const drove = () => labels('受出口需求拉动,增速达到12%。', ['12']);
    expect(drove()).toEqual(['增速']);
  });

  it('an owner named in the clause after the cause stays the owner', () => {
    const read = () => labels('受国际油价下跌影响,石化行业产值下降5.2%。', ['5.2']);
    expect(read()).toEqual(['石化行业产值增速']);
    const hit = () => labels('全市工业增加值增长6%。受出口需求减少影响,出口交货值下降3.5%。', ['3.5']);
    expect(hit()).toEqual(['出口交货值增速']);
  });
});
