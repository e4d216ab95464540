/**
 * Two counts with nothing between them but 共, 计 or 合计 count the same things, named after the second: "出台三批共110项
 * 减负目录" (the 2015 report of 重庆's 经信委, bundled) counts 减负目录 in batches and in items; anything else between
 * them, and the first count names its own noun.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a count joined to the next one', () => {
  it('by 共 counts the noun after the second (the seed report)', () => {
    const text = '同时，加大企业减负力度，出台三批共110项减负目录，减轻企业负担40亿元。';
    expect(the(text, '三').label).toBe('减负目录');
    expect(the(text, '110').label).toBe('减负目录');
  });

  it('by 计, by 合计 or by nothing at all', () => {
    for (const joint of ['计', '合计', '']) {
      const text = `全年新认定两批${joint}45家省级企业技术中心。`;
      expect(the(text, '两').label, text).toBe('省级企业技术中心');
      expect(the(text, '45').label, text).toBe('省级企业技术中心');
    }
  });
});

describe('an amount and a count with two characters between them', () => {
  it('are not joined unless the two are 合计: 500万元以上项目126个 is of the projects', () => {
    // (The bound names the projects counted, no figure of its own: test/extract-not-figures.test.ts.)
    expect(the('新开工500万元以上项目126个。', '126').label).toMatch(/项目$/u);
    expect(the('新开工500万元以上项目126个。', '126').kind).toBe('count');
  });
});
