/**
 * 营业成本 is a measure, as 营业收入 is: it takes the owner named before, and owns no measure after it (利润总额 was
 * labelled 营业成本利润总额); the verb of a cost (发生) is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('营业成本 among the measures of industry', () => {
  // 辽宁 2021 统计公报 (https://dnjnhb.com/old/34/55/549/index).
  const LIAONING_2021 =
    '工业效益。全省规模以上工业企业营业收入11253.1亿元,比上年增长17.3%;营业成本9336.7亿元,增长13.8%;利润总额515.2亿元,增长95.0%;资产总计17732.9亿元,增长3.0%。';
  // 国家统计局 on 2021's profits, a 繁體 copy (http://www.shengloliu.cn/news/238640.html).
  const NBS_2021 =
    '2021年,規模以上工業企業實現營業收入127.92萬億元,比上年增長19.4%;發生營業成本107.12萬億元,增長19.1%;營業收入利潤率為6.81%,比上年提高0.76個百分點。';

  it('利润总额 after 营业成本 is the firms’, not the cost’s', () => {
    expect(the(LIAONING_2021, '515.2').label).toBe('规模以上工业企业利润总额');
    expect(the(LIAONING_2021, '9336.7').label).toBe('规模以上工业企业营业成本');
  });

  it('发生营业成本: the cost, of the firms named before', () => {
    expect(the(NBS_2021, '107.12').label).toBe('規模以上工業企業營業成本');
  });
});
