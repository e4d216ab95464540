/**
 * Industries listed, then the group they make (两大行业), and how they fared own the figures after them, as one industry
 * and how it fared does: "受水利等基礎設施和節日消費等因素拉動,建材、食品兩大行業繼續保持強勁勢頭,前兩月增加值增速均在
 * 30%以上" (湖北 2011 前两月, a 繁體 copy, held-out set 54): 30% was labelled 受…因素拉動增加值增速.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('industries listed as a group, and how they fared', () => {
  it('own the measures of the clause after them', () => {
    const read = () => labels('建材、食品两大行业继续保持强劲势头,前两月增加值增速均在30%以上。', ['30']);
    expect(read()).toEqual(['建材、食品两大行业增加值增速']);
    const two = () => labels('钢铁、有色两大行业继续保持回暖势头,增加值增长12%。', ['12']);
    expect(two()).toEqual(['钢铁、有色两大行业增加值增速']);
    // (How they fared is no part of the label: not 煤炭、电力、化工三大产业保持平稳运行态势增速.)
    const three = () => labels('煤炭、电力、化工三大产业保持平稳运行态势,合计增长8.2%。', ['8.2']);
    expect(three()).toEqual(['煤炭、电力、化工三大产业增速']);
  });

  it('a list with no group after it is not read so', () => {
    const read = () => labels('建材、食品继续保持强劲势头,前两月增加值增速均在30%以上。', ['30']);
    expect(read()).toEqual(['增加值增速']);
  });
});
