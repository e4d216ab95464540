/**
 * The subtitles right under a title of targets (heading lines, one after another) are its targets; the lines after
 * them are read on their own, as before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 重庆 2012-10 (test/corpus/chongqing-2012-10-industry): a title, then its subtitles.
const CHONGQING_2012 =
  '重庆确定未来5年新型工业化目标构建现代化体系\n\n七大千亿级产业集群\n\n30个百亿级产业集群\n\n累计完成工业投资1.6万亿元\n\n今年1-10月,我市规模以上工业增加值增长16.3%,比全国平均水平高6.3个百分点。';
// 扬州 2022 (扬州日报, test/corpus/yangzhou-2022-industry-plan): a heading of targets and its subtitle, then a review.
const YANGZHOU_2022 =
  '发展新目标\n全部工业开票销售保9000亿元力争超万亿元\n“十三五”期间,我市工业整体发展保持稳中有进的良好态势,工业总量持续扩大,规模以上工业增加值年均增长7.4%,全部工业开票销售突破6000亿元。';

describe('the subtitles of a title of targets', () => {
  it('are targets; the results after them are not (重庆 2012-10)', () => {
    const xs = extractFigures(CHONGQING_2012, { asOf: '2012年1-10月' });
    expect(xs.map((x) => [x.value, x.status])).toEqual([
      ['30', 'target'],
      ['1.6', 'target'],
      ['16.3', 'actual'],
      ['6.3', 'actual'],
    ]);
  });

  it('a review under the subtitle stays a review (扬州 2022)', () => {
    const xs = extractFigures(YANGZHOU_2022, { asOf: '2021年' });
    expect(xs.map((x) => [x.value, x.status])).toEqual([
      ['9000', 'target'],
      ['万亿', 'target'],
      ['7.4', 'actual'],
      ['6000', 'actual'],
    ]);
  });
});
