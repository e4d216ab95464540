/**
 * Values listed without 分别 after the names they are of (listSubjects in index.ts): "黑色金属…、煤炭开采和洗选、化学
 * 原料…，利润同比增幅达到120%、48%和24.1%" takes the measure the clause names onto each name, once (a name that already
 * ends with it keeps it as it is); "2011年杭州市规模以上工业总产值和销售产值同比增长20.5%和20.2%" (held-out set 20) hands
 * the values out to the names the clause opens with, and more values than names leave the names whole, without a break.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels } from './extract-helpers';

describe('names listed before their values', () => {
  it('take the clause’s measure once', () => {
    const text = '电子信息业增加值、装备制造业增加值、化工业，增加值同比增长20%、15%和10%。';
    expect(labels(text, ['20', '15', '10'])).toEqual(['电子信息业增加值增速', '装备制造业增加值增速', '化工业增加值增速']);
  });

  it('are handed out one to a value', () => {
    expect(labels('2011年杭州市规模以上工业总产值和销售产值同比增长20.5%和20.2%。', ['20.5', '20.2'])).toEqual([
      '杭州市规模以上工业总产值增速',
      // (销售产值 alone after its owner's other measure is that owner's: extract-sales-output-measure.test.ts.)
      '杭州市规模以上工业销售产值增速',
    ]);
  });

  it('fewer than the values are not handed out', () => {
    const figures = extractFigures('全市规模以上工业总产值和销售产值同比增长20.5%、20.2%和19.8%。');
    expect(figures.map((f) => [f.value, f.label])).toEqual([
      ['20.5', '规模以上工业总产值和销售产值增速'],
      ['20.2', '规模以上工业总产值和销售产值增速'],
      ['19.8', '规模以上工业总产值和销售产值增速'],
    ]);
  });
});

describe('a 分别 list after amounts named one by one', () => {
  it('of shares keeps the share’s words (占全市比重) on each amount’s subject', () => {
    const text = '全县完成工业总产值60.54亿元,增加值16.03亿元,占全市比重分别为12.1%和10.2%。';
    expect(labels(text, ['12.1', '10.2'])).toEqual(['工业总产值占全市比重', '工业增加值占全市比重']);
  });
});

describe('a name holding 从 or 由', () => {
  it('keeps it: 从业人员 is a name, not a move from', () => {
    const text = '全市规模以上工业企业从业人员和工业总产值同比增长2.1%和8.5%。';
    expect(labels(text, ['2.1'])[0]).toContain('从业人员');
    expect(labels(text, ['8.5'])).toEqual(['工业总产值增速']);
  });
});

describe('contributions listed after the items’ growth', () => {
  it('are the items’ contributions, written 贡献率 or 贡献', () => {
    for (const word of ['贡献率', '贡献']) {
      const text = `电子信息和装备制造业增加值分别增长12.5%和10.2%,对全市工业经济增长的${word}分别为34.8%和42.1%。`;
      expect(labels(text, ['34.8', '42.1']), word).toEqual(['电子信息贡献率', '装备制造业贡献率']);
    }
  });
});
