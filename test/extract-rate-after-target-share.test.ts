/**
 * A rate right after the share of a target done, the target named alone with its amount ("完成考核目标170亿元的82%"),
 * is the rate of the measure the target is for, the amount read before them: "1-10月,全市规模以上工业实现增加值139.4
 * 亿元,环比扩大4.1亿元,完成考核目标170亿元的82%,同比增长18.5%" (广元 2012 1-10月, held-out set 55): 18.5% was
 * labelled 考核目标增速.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2012年1-10月' }).map((f) => `${f.value}${f.unit} ${f.label}`);

describe('a rate after the share of a target done', () => {
  it('is the rate of the amount the target is for', () => {
    const output = () =>
      read('1-10月,全市规模以上工业实现增加值139.4亿元,环比扩大4.1亿元,完成考核目标170亿元的82%,同比增长18.5%,环比提高0.1个百分点。');
    expect(output()).toContain('18.5% 规模以上工业增加值增速');
    expect(output()).toContain('0.1个百分点 规模以上工业增加值增速变化');
    // Past a share of another whole before the target (36.76%), to the amount itself.
    const investment = () =>
      read('全市完成工业总投资153亿元,占全市固定资产投资的比重达36.76%,完成年度目标145亿元的105.52%,同比增长29.73%。');
    expect(investment()).toContain('29.73% 工业总投资增速');
    const revenue = () => read('全市规模以上工业实现主营业务收入435.69亿元,完成考核目标547.78亿元的79.54%,同比增长18%。');
    expect(revenue()).toContain('18% 规模以上工业主营业务收入增速');
  });

  it('not after a share of something else: what the share was of, as before', () => {
    const share = () => read('全市完成工业总投资153亿元,占全市固定资产投资的比重达36.76%,同比增长29.73%。');
    expect(share()).toContain('29.73% 工业总投资增速');
  });
});
