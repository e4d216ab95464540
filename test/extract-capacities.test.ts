/**
 * A capacity written before what has it, then 的 ("年产90万吨的金黄庄煤矿今年可望投产", 萧县, held-out set 16): the
 * plant or project after 的 owns it, whichever word of capacity opens it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a capacity before 的 and what has it', () => {
  it.each([
    ['年产能', '金黄庄煤矿'],
    ['设计年产', '金黄庄煤矿'],
    ['年生产', '金黄庄煤矿'],
    ['年处理', '垃圾焚烧发电厂'],
    ['日产', '水泥生产线'],
  ])('%s: of the %s after it', (word, owner) => {
    const text = `${word}90万吨的${owner}今年可望投产。`;
    expect(the(text, '90').label).toBe(owner + word);
  });
});
