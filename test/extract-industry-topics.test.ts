/**
 * A sentence opening with an industry names whose the bare measures after it are ("汽车产业省政府专门设立…。2019年，完成产值
 * 1834.43亿元"), unless it names industries in general (重点行业, 工业行业): only a name that *opens* with such a word
 * (战略性新兴产业 holds 新兴 inside and is one industry). 行业 or 产业 opening a measure (行业增加值) is the industry
 * named before; a measure naming its own industry (高新技术产业增加值) is not.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry opening the sentences after it', () => {
  it('names the bare measure after it, when its name only holds a general word inside', () => {
    expect(the('战略性新兴产业持续快速发展。2019年，完成产值1834.43亿元。', '1834.43').label).toBe('战略性新兴产业产值');
    expect(the('1、战略性新兴产业增速较快。累计实现增加值10.29亿元。', '10.29').label).toBe('战略性新兴产业增加值');
  });

  it('is what 该行业 and 行业 opening a measure refer to, not what a measure naming its own industry is of', () => {
    expect(the('电子信息产业保持快速增长。该行业增加值增长15%。', '15').label).toBe('电子信息产业增加值增速');
    expect(the('电子信息产业保持快速增长。全市高新技术产业增加值增长15%。', '15').label).toBe('高新技术产业增加值增速');
  });
});

describe('a bare measure with 全 or 年 before it', () => {
  it('is of the industry the clause before names, as the measure alone is', () => {
    expect(the('全市汽车产业加快发展，年产值达到1200亿元。', '1200').label).toBe('汽车产业年产值');
    expect(the('全市汽车产业加快发展，全产量达到120万辆。', '120').label).toBe('汽车产业全产量');
  });
});
