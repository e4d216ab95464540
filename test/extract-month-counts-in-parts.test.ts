/**
 * Periods inside a part (其中) of a report on months so far: "其中,7月份有23个行业实现增长,增长面为62.2%" counts the
 * industries of July alone, and its share is July's (a city's 2022 report on its first seven months); "其中,汽车工业
 * 实现利润1160亿元,增长17.4%(1-5月为下降11.1%)": the amount is of the report's months, the months named in brackets
 * after it being only a comparison (国家统计局 1-8月 2009).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a month counted in a part of a report on months so far', () => {
  it('is the period of the count and of the share after it', () => {
    const text =
      '前7个月,全市规模以上工业回升向好的势头进一步巩固。近六成行业实现增长。37个大类行业中21个行业生产实现增长,增长面为56.8%。其中,7月份有23个行业实现增长,增长面为62.2%。';
    expect(the(text, '56.8', { asOf: '2022年1-7月' })).toMatchObject({ kind: 'share', label: '增长面' });
    expect(the(text, '23', { asOf: '2022年1-7月' })).toMatchObject({ kind: 'count', period: '7月' });
    expect(the(text, '62.2', { asOf: '2022年1-7月' })).toMatchObject({ kind: 'share', label: '增长面', period: '7月' });
  });
});

describe('months named in brackets after a part’s figure', () => {
  it('do not make the figure before them theirs', () => {
    const text =
      '1-8月,全國規模以上工業主營業務收入32.38萬億元,同比增長1.6%。機械行業實現利潤3856億元,同比增長8.1%(1-5月為下降6.3%),增幅回落20個百分點;其中,汽車工業實現利潤1160億元,增長17.4%(1-5月為下降11.1%),增幅回落10.6個百分點。';
    expect(the(text, '3856')).toMatchObject({ kind: 'level', period: '1-8月' });
    expect(the(text, '1160')).toMatchObject({ kind: 'level', period: '1-8月' });
  });
});
