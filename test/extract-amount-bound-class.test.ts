/**
 * An amount with 以上 right before the projects or firms it picks out (other such bounds between) is their class's bound:
 * its subject is those projects, not the words before it: "3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的
 * 引进" (金坛经济开发区, held-out set 55): 30亿元 was labelled 初步形成了设施 and 50亿元 功能, words of the clauses before;
 * 百亿元, read since (extract-hundred-yi-in-words.test.ts), is labelled so too.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => `${f.value}${f.unit} ${f.label}`);

describe('an amount with 以上 before the class it bounds', () => {
  it('is labelled by the projects or firms after it', () => {
    const jintan = () =>
      read('已初步形成了设施、功能比较完善的发展形态,3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进。');
    expect(jintan()).toEqual(['30亿元 龙头型重大项目', '50亿元 龙头型重大项目', '百亿元 龙头型重大项目']);
  });

  it('not an amount with 以上 that is a level of the subject before it', () => {
    expect(read('全市完成工业总产值30亿元以上,同比增长12%。')[0]).toBe('30亿元 工业总产值');
  });
});
