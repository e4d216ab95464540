/**
 * A capacity to produce counted by the head or the piece (产能 in 万头) is a level, as the output it is for is
 * ("生猪出栏70万头"), not a count of things: "新增生猪产能50万头" (万州区 2020 政府工作报告完成情况, held-out set 38)
 * was read a count.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const kindOf = (text: string, value: string) => extractFigures(text, { asOf: '2020年' }).find((f) => f.value === value)?.kind;

describe('a capacity in heads', () => {
  it('is a level, as the output is', () => {
    expect(kindOf('新增生猪产能50万头,四川港投集团50万头生态猪养殖项目开工建设。', '50')).toBe('level');
    // 四川 2019 (http://sasa.cn/article-54619-176125.html), 湖南 2020 (a 繁體 copy,
    // https://ttnews.xyz/a/5e85889cdc9b5e48a6a1cae3?lang=zh-hant).
    expect(kindOf('全省18市91个县(区)开工建设养猪场项目435个,投资152亿元,新增生猪产能近900万头。', '900')).toBe('level');
    expect(kindOf('已開工建設養殖場可新增產能1030萬頭,為生豬穩產保供提供了有利基礎。', '1030')).toBe('level');
  });

  it('leaves things counted in the same sentence counts', () => {
    expect(kindOf('全省18市91个县(区)开工建设养猪场项目435个,投资152亿元,新增生猪产能近900万头。', '435')).toBe('count');
    expect(kindOf('新增规上工业企业20户,新增生猪产能50万头。', '20')).toBe('count');
  });
});
