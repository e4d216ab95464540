/**
 * A bracket standing between a verb and its number is an aside: "同比下降（扣除价格因素）2.1%" is a fall of 2.1%, read
 * across the bracket. Before, the 下降 was read only when the bracket held a figure, so such a fall came out +2.1, a
 * share: the worst error this product can make. A bracket inside the words before the number ("镇(街)规上工业") stays part
 * of the subject. No report in the corpus or the pages searched writes a bracket right before its number; the sentences
 * below are written in the form statistical releases put such notes after the number (国家统计局, "同比名义下降20.5%(扣除
 * 價格因素實際下降23.7%…)"), with the note moved before it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (sentence: string) =>
  extractFigures(sentence, { asOf: '2023年' }).map((f) => ({ value: f.value, number: f.number, kind: f.kind, label: f.label }));

describe('a bracketed note right before a number', () => {
  it('keeps the fall written before the bracket: the figure is negative, a growth rate', () => {
    for (const [sentence, value] of [
      ['1-8月，全市工业投资同比下降（1-8月）4.4%。', '4.4'],
      ['社会消费品零售总额同比下降（扣除价格因素）2.1%。', '2.1'],
      ['进出口总额同比下降（以人民币计）5.3%。', '5.3'],
      ['進出口總額同比下降(以人民幣計)5.3%。', '5.3'],
    ] as const) {
      const [f] = read(sentence);
      expect(f, sentence).toMatchObject({ value, number: -Number(value), kind: 'growth' });
    }
  });

  it('keeps a rise a rise, and the subject its own words', () => {
    expect(read('上半年，全市规模以上工业增加值同比增长（按可比价格计算）6.2%。')[0]).toMatchObject({
      number: 6.2,
      kind: 'growth',
      label: expect.stringContaining('规模以上工业增加值'),
    });
  });

  it('reads the note a release writes after the number as before: both falls negative', () => {
    // 国家统计局, 2020年1—2月份社会消费品零售总额 (a repost in traditional characters).
    const got = read('1-2月份,社會消費品零售總額52130億元,同比名義下降20.5%(扣除價格因素實際下降23.7%,以下除特殊說明外均為名義增長)。');
    expect(got.map((f) => f.number)).toEqual([52130, -20.5, -23.7]);
  });
});
