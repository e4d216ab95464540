/**
 * A capacity (年产) written before what has it, after 的, is that plant's ("年产90万吨的金黄庄煤矿今年可望投产", 萧县,
 * held-out set 16): an owner of two characters (煤矿) is kept too; without 的, the words right after the unit are not
 * cut into an owner.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a capacity before 的 and what has it', () => {
  it('is the named plant’s', () => {
    expect(the('年产90万吨的金黄庄煤矿今年可望投产。', '90').label).toBe('金黄庄煤矿年产');
  });
  it('is the plant’s when its name is two characters (煤矿)', () => {
    expect(the('年产90万吨的煤矿今年可望投产。', '90').label).toBe('煤矿年产');
  });
});

describe('a capacity without 的 after it', () => {
  it('takes no owner cut from the words after its unit', () => {
    const f = the('建成年产90万吨焦化项目。', '90');
    expect(f.label).toMatch(/^年产/u);
  });
});
