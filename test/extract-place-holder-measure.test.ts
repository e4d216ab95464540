/**
 * A place written before 的 and a name is that name's ("与居全球经济总量第18位的土耳其大体相当", 浙江 2016), with the
 * measure ranked when the clause names it after its verb (居…经济总量), and without one when it names none
 * ("与第一名的苏州市大体相当": no 居, 排 or 列 before the place).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a place held by the name after 的', () => {
  it('with no verb of ranking before it, is the name’s place alone', () => {
    const f = the('全市规上工业增加值增速与第一名的苏州市大体相当。', '一');
    expect(f.kind).toBe('rank');
    expect(f.label).toBe('苏州市位次');
  });
  it('with the measure ranked after its verb, is that measure’s (浙江 2016)', () => {
    expect(the('与居全球经济总量第18位的土耳其大体相当。', '18').label).toMatch(/^土耳其经济总量/u);
  });
});
