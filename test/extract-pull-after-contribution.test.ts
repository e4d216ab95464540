/**
 * A pull (拉动) right after a contribution (对…的贡献率) is by what contributed, not a change of the contribution:
 * "三次产业对经济的贡献率分别为12.8%、61.4%和25.8%,分别拉动经济增长2.3、11.1和4.6个百分点" (新疆生产建设兵团's 2013
 * 统计公报, held-out set 51) labelled the pulls 第一产业对经济的贡献率变化…; one alone (小微企業對…貢獻率…,拉動…,
 * 广西 2016 1-2月) 小微企業對廣西規模以上工業增長貢獻率拉動….
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a pull after a contribution', () => {
  it('is by what contributed, item by item in a 分别 list', () => {
    const s = '三次产业对经济的贡献率分别为12.8%、61.4%和25.8%,分别拉动经济增长2.3、11.1和4.6个百分点。';
    expect(the(s, '2.3', { asOf: '2013年' }).label).toMatch(/^第一产业拉动经济/u);
    expect(the(s, '11.1', { asOf: '2013年' }).label).toMatch(/^第二产业拉动经济/u);
    expect(the(s, '4.6', { asOf: '2013年' }).label).toMatch(/^第三产业拉动经济/u);
    expect(the(s, '61.4', { asOf: '2013年' }).label).toBe('第二产业对经济的贡献率');
  });
  it('is by what contributed, alone', () => {
    const s = '工业对全市经济增长的贡献率达52.3%,拉动GDP增长4.1个百分点。';
    expect(the(s, '4.1').label).toMatch(/^工业拉动GDP/u);
    expect(the('第二产业对经济增长的贡献率为61.4%,拉动经济增长11.1个百分点。', '11.1').label).toMatch(/^第二产业拉动/u);
  });
  it('keeps a pull after a share by what the share was of', () => {
    const s = '汽车制造业增加值占规上工业的比重为20%,拉动全市工业增长3.1个百分点。';
    expect(the(s, '3.1').label).toMatch(/^汽车制造业增加值拉动/u);
  });
});
