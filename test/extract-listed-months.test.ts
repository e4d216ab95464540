/**
 * Months listed before 分别/依次 ("5、6月份…增速分别达到12.2%和13.4%") are each an item's month; "1、2月份" without 分别 is
 * the two months together (1-2月). The list is no part of the label.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('months listed', () => {
  it('5、6月份…分别 (工信部 on 2020 上半年)', () => {
    // http://zhenhuasy.com/zixun/202007/23/516638.shtml (a 繁體 copy; here in simplified characters)
    const text = '鼓励汽车消费政策效果明显,5、6月份汽车工业增加值增速分别达到12.2%和13.4%,6月份汽车产销量创年内新高。';
    expect(the(text, '12.2')).toMatchObject({ period: '5月', label: '汽车工业增加值增速' });
    expect(the(text, '13.4')).toMatchObject({ period: '6月', label: '汽车工业增加值增速' });
  });

  it('three months and 依次', () => {
    const text = '4、5、6月份全市工业增加值增速依次为5%、6%和7%。';
    expect(the(text, '5').period).toBe('4月');
    expect(the(text, '6').period).toBe('5月');
    expect(the(text, '7').period).toBe('6月');
  });

  it('a clause of months alone before the 分别 clause (经济日报 on 安徽 2012, held-out set 39)', () => {
    const text = '一季度工业经济运行平稳开局,二季度主要指标稳中趋升,4月、5月和6月份,规模以上工业增加值增速分别达到14.8%、15.7%和16.3%。';
    expect(the(text, '14.8').period).toBe('4月');
    expect(the(text, '15.7').period).toBe('5月');
    expect(the(text, '16.3').period).toBe('6月');
    // A clause with more than its months is no list of them: 5月 alone is the clause's time.
    const other = '5月和6月份以来,全市工业运行平稳,规模以上工业增加值增速分别达到14.8%和15.7%。';
    expect(the(other, '15.7').period).not.toBe('6月');
  });

  it('1、2月份 without 分别 are the two months together', () => {
    expect(the('1、2月份全市规模以上工业增加值增长8%。', '8')).toMatchObject({ period: '1-2月', label: '规模以上工业增加值增速' });
  });
});
