/**
 * What a plan's document is said to set out (《…实施方案》明确, 《计划》提出) is its targets, in the sentences of the
 * paragraph that go on with its list too; the same paragraph's figures told as results elsewhere stay results.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 云南 2017, from the 工业经济攻坚战 press conference (held-out set 25): the 方案's 2017 targets, then the results of
// 1至5月 in the next paragraph.
const YUNNAN =
  '记者了解到,《工业经济攻坚战实施方案》明确,2017年全部工业增加值完成4200亿元以上,力争实现两位数增长,确保非烟工业增加值同比增长12%以上。新培育800户以上规模以上工业企业。非电工业和信息化投资完成2550亿元,同比增长8%左右。全省单位GDP能耗同比下降3%。\n' +
  '1至5月,云南规模以上工业完成增加值1368亿元,同比增长9.6%,居全国第5位。';

const statusOf = (text: string, opts = { asOf: '2017年1-5月' }) =>
  Object.fromEntries(extractFigures(text, opts).map((f) => [f.value + f.unit, f.status]));

describe('a plan document’s figures', () => {
  it('are targets, and so are those of the next sentences of its paragraph', () => {
    expect(statusOf(YUNNAN)).toEqual({
      '4200亿元': 'target',
      '12%': 'target',
      '800户': 'target',
      '2550亿元': 'target',
      '8%': 'target',
      '3%': 'target',
      '1368亿元': 'actual',
      '9.6%': 'actual',
      '5位': 'actual',
    });
  });

  it('only what the document is said to set out (明确, 提出), not a document named as done', () => {
    expect(statusOf('《计划》提出,到2018年,全省规模以上工业完成增加值9000亿元以上。', { asOf: '2016年' })['9000亿元']).toBe('target');
    expect(statusOf('全省认真落实《工业经济攻坚战实施方案》,1至5月规模以上工业增加值增长9.6%。')['9.6%']).toBe('actual');
    expect(statusOf('《统计公报》显示,2017年全部工业增加值4200亿元。', { asOf: '2017年' })['4200亿元']).toBe('actual');
    expect(statusOf('《实施意见》提出以来,全市累计完成工业投资50亿元。', { asOf: '2017年' })['50亿元']).toBe('actual');
    expect(statusOf('《规划》提出的目标全面完成,全市工业增加值达到4200亿元。', { asOf: '2017年' })['4200亿元']).toBe('actual');
  });
});
