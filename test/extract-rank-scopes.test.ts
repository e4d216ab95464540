/**
 * A place named by its scope only ("在中部排第3位", "在西北地区居第3位") is of the figure whose place the sentence gave
 * before (湖北: "累计增速居全国第12位,环比持平;在中部排第3位"); a place among a counted scope after 在全国 is of what
 * stands before 在 (杭州 2011, held-out set 20: "在全国15个副省级城市中位居第四"), whichever verb holds the place.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place named by its scope only', () => {
  it('is of the figure placed before, the scope a region (…地区) and its verb 居', () => {
    expect(the('累计增速居全国第12位,在西北地区居第3位。', '3').label).toBe('增速位次');
  });
});

describe('a place among a counted scope after 在全国', () => {
  it('is of what stands before 在, with 排 as with 位居', () => {
    for (const verb of ['位居', '排']) {
      const text = `我市规模以上工业销售产值在全国15个副省级城市中${verb}第四。`;
      expect(the(text, '四').label, text).toBe('规模以上工业销售产值位次');
    }
  });
});

describe('the verb and scope of a place', () => {
  it('are no part of the subject: 排 as 排名', () => {
    expect(the('全市工业增加值排全省第3位。', '3').label).toBe('工业增加值位次');
    expect(the('全市工业增加值排中部第3位。', '3').label).toBe('工业增加值位次');
  });
});

describe('a place written before 的 and the name that holds it', () => {
  it('is that name’s, of the measure after the verb, the scope written or not (浙江 2016: "与居全球经济总量第18位的土耳其大体相当")', () => {
    expect(the('全省经济总量与居全球经济总量第18位的土耳其大体相当。', '18').label).toBe('土耳其经济总量位次');
    expect(the('全省经济总量与居经济总量第18位的土耳其大体相当。', '18').label).toBe('土耳其经济总量位次');
  });
});
