/**
 * "宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元" (湖北 2012, test/corpus/hubei-2012-industry): the mark two
 * passed together is one figure, and the corpus annotates it so, its subject either name; its label names both
 * (宜昌、襄阳), without 双双, as 均 and 都 were already left out.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a mark two passed together (双双, 均, 都)', () => {
  it('is labelled by both names', () => {
    const text = '2012年武汉市工业主营收入达到9440.5亿元,宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元。';
    expect(labels(text, ['3000', '3715.4', '3301.2'])).toEqual(['宜昌、襄阳', '宜昌', '襄阳']);
    expect(labels('宜昌和襄阳均突破3000亿元。', ['3000'])).toEqual(['宜昌和襄阳']);
    // 杭州 2011 (held-out set 20).
    expect(labels('2011年杭州市规模以上工业总产值和销售产值双双突破12000亿元大关,同比增长20.5%和20.2%。', ['12000'])).toEqual([
      '杭州市规模以上工业总产值和销售产值',
    ]);
  });
});
