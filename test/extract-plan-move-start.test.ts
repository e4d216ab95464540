/**
 * "“‘十三五’期间,我国工业增加值由23.5万亿元增加到31.3万亿元" (工信部部长 at the 国新办 press conference of 2021-03-01 on
 * the 十三五 years, https://tex86.cn/info/464200, held-out set 39): what a move over a plan period starts from is
 * where the plan began, the year before its first (2015年), as "由“十五”期末的507.2亿元" says; the sentence after it,
 * whose plan period is carried from the sentence before, the same ("由约1.8万亿元").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const REVIEW =
  '“‘十三五’期间,我国工业增加值由23.5万亿元增加到31.3万亿元,连续11年成为世界最大的制造业国家。”在3月1日举行的国新办新闻发布会上,工业和信息化部部长肖亚庆说,“十三五”时期,我国制造强国和网络强国建设取得明显成效,各项主要目标任务如期完成。\n' +
  '2020年,我国工业增加值达到31.3万亿元,对世界制造业贡献的比重接近30%。“十三五”时期高技术制造业增加值平均增速达到了10.4%,高于规上工业增加值的平均增速4.9个百分点。信息传输、软件和信息技术服务业的增加值明显提升,由约1.8万亿元增加到3.8万亿元。';

describe('the start of a move over a plan period', () => {
  for (const opts of [{ asOf: '2020年' }, {}])
    it(`is the year before the plan's first (${opts.asOf ?? 'no as-of'})`, () => {
      expect(the(REVIEW, '23.5', opts).period).toBe('2015年');
      expect(the(REVIEW, '1.8', opts)).toMatchObject({ period: '2015年', qualifier: '约' });
      expect(the(REVIEW, '10.4', opts).period).toBe('“十三五”时期');
    });

  it('not a rate over the plan, nor a move the clause dates itself', () => {
    const text = '“十三五”期间,全市工业增加值年均增长8.5%,占GDP比重由2015年的38%提高到42%。';
    expect(the(text, '8.5').period).toBe('“十三五”时期');
    expect(the(text, '38').period).toBe('2015年');
  });
});
