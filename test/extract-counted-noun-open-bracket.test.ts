/**
 * A bracket after the noun counted, which the cut at its 、 leaves open, is a note on the noun and none of it:
 * "1-11月,我市1480家服务业重点企业(不含批发零售业、住宿餐饮业、金融业和房地产开发业)实现营业收入326.5亿元" (常州's 2013
 * 1-11月 services, https://tjj.changzhou.gov.cn/html/tjj/2013/OPOEMFCL_0111/9546.html) counts 服务业重点企业; the label
 * was 服务业重点企业(不含批发零售.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const label = (text: string, value: string) => extractFigures(text, { asOf: '2013年1-11月' }).find((f) => f.value === value)?.label;

describe('an open bracket after the noun counted', () => {
  it('is cut (常州 2013 1-11月)', () => {
    const text = '1-11月,我市1480家服务业重点企业(不含批发零售业、住宿餐饮业、金融业和房地产开发业)实现营业收入326.5亿元,同比增长12.7%。';
    expect(label(text, '1480')).toBe('服务业重点企业');
    expect(label(text, '326.5')).toBe('服务业重点企业营业收入');
  });

  it('while a bracket of the kinds of place counted is read whole', () => {
    expect(label('全市22个县(市、区)规上工业增加值均实现增长。', '22')).toBe('县(市、区)');
  });
});
