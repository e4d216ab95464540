/**
 * A 分别 list whose first item counts (户数, 企业数) names its own measure and takes no head written after the last
 * item: "借贷户数和借贷余额分别下降70%和69%" (正蓝旗's 2018 政府工作报告, test/corpus/zhenglanqi-2018-government-work)
 * is 借贷户数 and 借贷余额; 70% was labelled 借贷户数余额增速, a measure no report has.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => [f.value, f.label]);

describe('an item that counts, before 和 and a last item with its own measure', () => {
  it('keeps its own measure (正蓝旗 2018)', () => {
    const got = labels('持续防范化解农村牧区民间借贷风险,借贷户数和借贷余额分别下降70%和69%;打击非法金融活动7起。');
    expect(got.slice(0, 2)).toEqual([
      ['70', '借贷户数增速'],
      ['69', '借贷余额增速'],
    ]);
  });

  it('whatever it counts, and beside a last item that is a measure alone', () => {
    expect(labels('全市农户借贷户数和借贷余额分别增长12.5%和20.1%。').map(([, l]) => l)).toEqual(['农户借贷户数增速', '借贷余额增速']);
    expect(labels('企业户数和营业收入分别增长5.1%和8.2%。').map(([, l]) => l)).toEqual(['企业户数增速', '营业收入增速']);
  });

  it('while names before a measure written once still share it', () => {
    expect(labels('存款和贷款余额分别增长10.1%和12.3%。').map(([, l]) => l)).toEqual(['存款余额增速', '贷款余额增速']);
  });
});
