/**
 * Months listed after 今年, then 分别: each value is its own month of the report's year, as after no year: "今年4、5、
 * 6月,安徽省工業增速分別達到9.1%、7.8%、8%,均居中部首位" (安徽 2020 上半年, 中國產業經濟信息網 on the province's 经信厅, a
 * 繁體 copy with pinyin glosses, held-out set 53): all three were given 6月, the last month named.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const ANHUI =
  '安徽省經(jīng)濟(jì)和信息化廳近日通報(bào)上半年工業(yè)經(jīng)濟(jì)運行情況。今年4、5、6月,安徽省工業(yè)增速分別達(dá)到9.1%、7.8%、8%,均居中部首位。';
const asOf = '2020年1-6月';

describe('months listed after 今年, then 分别', () => {
  it('give each value its month', () => {
    const months = () => ['9.1', '7.8', '8'].map((v) => the(ANHUI, v, { asOf }).period);
    expect(months()).toEqual(['4月', '5月', '6月']);
  });

  it('read the same in a clause of their own, in the clause of the list, and after 本年', () => {
    expect(the('今年4、5月,工业增速分别为9.1%和7.8%。', '9.1', { asOf }).period).toBe('4月');
    expect(the('今年4、5月工业增速分别为9.1%和7.8%。', '7.8', { asOf }).period).toBe('5月');
    expect(the('本年4、5月,工业增速分别为9.1%和7.8%。', '9.1', { asOf }).period).toBe('4月');
  });

  it('leave a month after 今年 alone and months after 去年 as before', () => {
    expect(the('今年5月,工业增速分别为9.1%和7.8%。', '9.1', { asOf }).period).toBe('5月');
    expect(the('去年4、5月,工业增速分别为3.1%和4.2%。', '3.1', { asOf }).period).not.toBe('4月');
  });
});
