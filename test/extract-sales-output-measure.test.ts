/**
 * 销售产值 (sales output) is a measure as 产值 is: named alone after an owner's other measure, it is that owner's.
 * 杭州网 on 杭州's 2011 industry (held-out set 20, test/corpus/hangzhou-2011-industry-targets.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const HANGZHOU =
  '杭州网讯 今天下午,杭州市召开全市年度工业经济形势分析会。记者从会上获悉,2011年杭州市规模以上工业总产值和销售产值双双突破' +
  '12000亿元大关,同比增长20.5%和20.2%。';

describe('销售产值 after another measure of its owner', () => {
  it('is the owner’s: 杭州市规模以上工业销售产值, not 销售产值 alone', () => {
    const read = () => extractFigures(HANGZHOU, { asOf: '2011年' });
    expect(read().find((f) => f.value === '20.5')?.label).toBe('杭州市规模以上工业总产值增速');
    expect(read().find((f) => f.value === '20.2')?.label).toBe('杭州市规模以上工业销售产值增速');
  });

  it('after an amount of industry before it, the industry’s (重庆 2012)', () => {
    const text =
      '重庆已确立未来5年推进新型工业化的具体目标任务——形成七大千亿级产业集群和30个百亿级产业集群,累计完成工业投资1.6万亿元,' +
      '实现销售产值4万亿元。';
    expect(extractFigures(text).find((f) => f.value === '4')?.label).toBe('工业销售产值');
  });
});
