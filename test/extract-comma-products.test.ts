/**
 * Products named one to a clause, the last with the measure written once (产量) and 分别: each product takes the
 * measure, though their names end in no common word (光缆, 集成电路, 工业机器人).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('从产品产量看,A,B,C…产量同比分别增长…', () => {
  it('gives each product its own label', () => {
    // 国家统计局 2020年4月 (https://m.fx361.cc/news/2020/0716/7637817.html).
    const text =
      '4月份,高技术制造业和装备制造业增加值分别增长10.5%和9.3%。从产品产量看,光缆,挖掘、铲土运输机械,集成电路,工业机器人,微型计算机设备产量同比分别增长43.8%、40.8%、29.2%、26.6%、26.2%。';
    expect(labels(text, ['43.8', '40.8', '29.2', '26.6', '26.2'])).toEqual([
      '光缆产量增速',
      '挖掘、铲土运输机械产量增速',
      '集成电路产量增速',
      '工业机器人产量增速',
      '微型计算机设备产量增速',
    ]);
  });
  it('not when a clause before holds a statement', () => {
    const text = '汽车产量增长较快,其中,轿车,越野车产量分别增长12%、8%、5%。';
    expect(labels(text, ['12'])[0]).not.toBe('其中产量增速');
  });

  it('gives three products theirs, the last named in one character or spaced from its comma', () => {
    const three = '从产品产量看,光缆,集成电路,工业机器人产量同比分别增长43.8%、40.8%和29.2%。';
    expect(labels(three, ['43.8', '40.8', '29.2'])).toEqual(['光缆产量增速', '集成电路产量增速', '工业机器人产量增速']);
    const coal = '从产品产量看,原油,天然气,煤产量同比分别增长3.8%、10.8%、9.2%。';
    expect(labels(coal, ['3.8', '10.8', '9.2'])).toEqual(['原油产量增速', '天然气产量增速', '煤产量增速']);
    // (A saved PDF's text: a space before each comma.)
    const spaced = '从产品产量看,光缆 ,集成电路 ,工业机器人产量同比分别增长43.8%、40.8%、29.2%。';
    expect(labels(spaced, ['43.8', '40.8'])).toEqual(['光缆产量增速', '集成电路产量增速']);
  });

  it('when a stray comma opens the sentence (a page’s text broken after its heading)', () => {
    const text = '从产品产量看。\n，光缆,集成电路,工业机器人产量同比分别增长43.8%、40.8%、29.2%。';
    expect(labels(text, ['43.8', '40.8'])).toEqual(['光缆产量增速', '集成电路产量增速']);
  });

  it('after a colon ending the clause before', () => {
    const text = '主要产品中:光缆,集成电路,工业机器人产量同比分别增长43.8%、40.8%、29.2%。';
    expect(labels(text, ['43.8', '40.8', '29.2'])).toEqual(['光缆产量增速', '集成电路产量增速', '工业机器人产量增速']);
  });

  it('not when the clause before the first is a name too: more names than values', () => {
    const text = '钢材,光缆,集成电路,工业机器人产量同比分别增长43.8%、40.8%、29.2%。';
    expect(labels(text, ['43.8'])[0]).not.toBe('光缆产量增速');
  });
});
