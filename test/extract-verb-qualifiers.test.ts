/**
 * Qualifiers that are verbs (包头 2012 政府工作报告, held-out set 21): "经济总量跨越了两千亿元和三千亿元两个台阶" — 跨越 with
 * 了 before the number is the qualifier still, and it governs each amount of the list it opens, in the same unit.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const q = (text: string) => extractFigures(text, { asOf: '2012年' }).map((f) => [f.value, f.unit, f.qualifier]);

describe('a verb qualifier', () => {
  it('is kept across 了 and carried over the list it opens (包头 2012)', () => {
    expect(q('经济实现了平稳较快发展,经济总量跨越了两千亿元和三千亿元两个台阶。')).toEqual([
      ['两千', '亿元', '跨越'],
      ['三千', '亿元', '跨越'],
    ]);
    expect(q('全市工业总产值突破了1000亿元。')).toEqual([['1000', '亿元', '突破']]);
  });

  it('is not carried to an amount in another unit, nor read from a word that is no verb', () => {
    expect(q('销售收入突破1000亿元和从业人员50万人。')).toEqual([
      ['1000', '亿元', '突破'],
      ['50', '万人', null],
    ]);
    expect(q('两地约了100家企业座谈。').map((x) => x[2])).toEqual([null]);
  });

  it('carries from a threshold in 元 to an amount in 亿元', () => {
    expect(q('2015年,全市工业总产值跨越了千亿元和两千亿元两个台阶。').map((x) => x[2])).toEqual(['跨越', '跨越']);
  });
});

describe('steps crossed one after another', () => {
  const review =
    '过去五年工作回顾\n五年来,市政府完成了各项任务。\n———综合实力大幅提升。经济实现了平稳较快发展,经济总量跨越了两千亿元和三千亿元两个台阶。预计2012年全市生产总值完成3440亿元左右。';
  it('are of the years reviewed, not of their last (包头 2012)', () => {
    const got = extractFigures(review, { asOf: '2012年' }).map((f) => [f.value, f.period]);
    expect(got).toEqual([
      ['两千', '2008-2012年'],
      ['三千', '2008-2012年'],
      ['3440', '2012年'],
    ]);
  });

  it('in a report on one year are of that year', () => {
    const got = extractFigures('2015年,全市工业总产值跨越了千亿元和两千亿元两个台阶。', { asOf: '2015年' }).map((f) => f.period);
    expect(got).toEqual(['2015年', '2015年']);
  });
});
