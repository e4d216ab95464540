/**
 * "截止7月,全盟共有19户新建企业完成纳统工作": a month counted up to is its end, as 截至7月底 is: stocks are of 7月底,
 * and what is added over the months to it (上拉…增速) of 1-7月, not of July alone.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 锡林郭勒盟 2023 1-7月 (盟统计局 site, pages corpus; read for held-out set 34).
const XILINGOL =
  '三、新建企业拉动作用显著\n截止7月,全盟共有19户新建企业完成纳统工作,企业数占全部规模以上工业企业总数的8.3%。合计完成产值15.9亿元,上拉全盟规模以上工业产值增速5.2个百分点。其中7月当月新入库企业13户,合计完成产值9.86亿元,上拉全盟规模以上工业产值增速2.5个百分点。';

describe('截至/截止 a month', () => {
  it('is the month’s end, as 截至…月底 is', () => {
    const asOf = { asOf: '2023年1-7月' };
    expect(the(XILINGOL, '19', asOf).period).toBe('7月底');
    expect(the(XILINGOL, '8.3', asOf).period).toBe('7月底');
    expect(the(XILINGOL, '5.2', asOf).period).toBe('1-7月');
    // 当月 stays the month.
    expect(the(XILINGOL, '13', asOf).period).toBe('2023年7月');
    expect(the('截止7月底,全盟共有19户新建企业完成纳统工作。', '19', asOf).period).toBe('7月底');
  });

  it('not a month named otherwise', () => {
    expect(the('7月份,全市规模以上工业增加值增长6%。', '6', { asOf: '2023年1-7月' }).period).toBe('7月');
  });
});
