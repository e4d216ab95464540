/**
 * Places counted, then 中, are the places among which what follows is read ("全省11个市中", the form seen on imported decks
 * of 晋中's and 贵州's reports, session 33; "遼寧省14個市中有5個市…", 辽宁 2022 10月, a 繁體 copy): the count's noun ends
 * before 中 (市中, 市中工业 were its nouns), one place character named with the scope before the number (全省各市, not
 * 数据市), and the clause after them names its own subject (工业增速, not 市中工业增速).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('places counted among which', () => {
  it('are counted with their scope, and the subject after them is the clause’s own', () => {
    expect(labels('全省11个市中工业增速排第3位。', ['11', '3'])).toEqual(['全省各市', '工业增速位次']);
    expect(labels('我市工业增加值增速在全省11个市中居第3位。', ['11', '3'])).toEqual(['全省各市', '工业增加值增速位次']);
  });
  it('in traditional characters, and the places among them counted again', () => {
    expect(labels('遼寧省14個市中有5個市規上工業增加值同比增長。', ['14'])).toEqual(['遼寧省各市']);
    expect(labels('全省11个市中有9个市实现增长。', ['11', '9'])).toEqual(['全省各市', '全省各市']);
  });
  it('a place noun of two characters stays as it is', () => {
    expect(labels('元至7月,全省17个市州中8个增速环比加快,3个持平。', ['17', '8'])).toEqual(['市州', '市州']);
  });
});
