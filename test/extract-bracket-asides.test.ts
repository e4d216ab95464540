/**
 * A time named in brackets with a figure of its own ("(今年1-5月为下降0.8%)", "(1-5月为下降6.3%)") is an aside: the
 * time of that figure only, not of the sentence's figures after it nor of the paragraph's next sentences.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 国家统计局 on 2009's 1-8月 profits, a copy of gov.cn's page (http://nakedoat.com/gzdt/2009-09/29/content_1429795.htm;
// the same text at http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/gzdt/2009-09/29/content_1429795.htm).
const PROFITS_2009 =
  '據國家統計局統計,1-8月,全國規模以上工業主營業務收入32.38萬億元,同比增長1.6%(今年1-5月為下降0.8%),增幅回落27.4個百分點;實現利潤16747億元,同比減少1987億元,下降10.6%(去年同期為增長19.4%),降幅比1-5月縮小12.3個百分點。\n' +
  '建材、醫藥、紡織、輕工和機械行業利潤較快增長。機械行業實現利潤3856億元,同比增長8.1%(1-5月為下降6.3%),增幅回落20個百分點;其中,汽車工業實現利潤1160億元,增長17.4%(1-5月為下降11.1%),增幅回落10.6個百分點。\n' +
  '煙草和煤炭行業利潤增幅由正轉負。煙草行業實現利潤508億元,下降5.2%(去年同期為增長20.1%,今年1-5月為增長3.6%)。煤炭行業實現利潤1228億元,同比下降11.8%。\n';

describe('a time in a bracketed aside', () => {
  it('is its own figure’s', () => {
    expect(the(PROFITS_2009, '0.8')).toMatchObject({ period: '1-5月', number: -0.8 });
    expect(the(PROFITS_2009, '6.3').period).toBe('1-5月');
    expect(the(PROFITS_2009, '3.6').period).toBe('1-5月');
  });

  it('not the time of the figures after it in the sentence', () => {
    expect(the(PROFITS_2009, '27.4').period).toBe('1-8月');
    expect(the(PROFITS_2009, '16747').period).toBe('1-8月');
    expect(the(PROFITS_2009, '1160').period).toBe('1-8月');
  });

  it('nor of a figure before it in its clause', () => {
    expect(the(PROFITS_2009, '8.1').period).toBe('1-8月');
    expect(the(PROFITS_2009, '17.4').period).toBe('1-8月');
  });

  it('nor of the paragraph’s next sentences', () => {
    expect(the(PROFITS_2009, '1228').period).toBe('1-8月');
    expect(the(PROFITS_2009, '11.8').period).toBe('1-8月');
  });

  it('a time in brackets with no figure of its own still holds (上年同期 with its rate stays own)', () => {
    expect(the(PROFITS_2009, '19.4').period).toBe('上年1-8月');
  });
});
