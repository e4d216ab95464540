/**
 * 及以上 after a number (the bound with the number itself said in) is its qualifier, kept as written and shown after it,
 * as 以上 is: "60%及以上" showed as a bare "60%".
 */
import { describe, expect, it } from 'vitest';
import { barQualifier } from '../src/shared/chart-numbers';
import { formatFigureFull } from '../src/shared/format';
import { the } from './extract-helpers';

// 国家统计局 on 2014年2月, a 繁體 copy (http://big5.chinataiwan.cn/gate/big5/econ.chinataiwan.cn/tjsj/201403/t20140304_5765332.htm).
const NBS_2014_02 =
  '分行業看,2月份中國服務業商務活動指數為53.8%,比上月上升2.3個百分點,其中生態保護環境治理及公共設施管理業、航空運輸業、郵政業、道路運輸業等行業商務活動指數位於60%及以上的高位景氣區間,零售業、批發業、住宿業、水上運輸業、居民服務及修理業位於臨界點以下;建築業商務活動指數為59.9%。';

describe('及以上 after a number', () => {
  it('is its qualifier, shown after it (国家统计局 2014年2月)', () => {
    const x = the(NBS_2014_02, '60', { asOf: '2014年2月' });
    expect([x.qualifier, x.kind]).toEqual(['及以上', 'level']);
    const f = { valueText: x.value, value: x.number, unit: x.unit, kind: x.kind, qualifier: x.qualifier };
    expect(formatFigureFull(f)).toBe('60%及以上');
    expect(barQualifier(f)).toEqual({ before: '', inner: '', after: '及以上' });
  });

  it('a class it bounds keeps its words in the label ("10亿元及以上企业", "60岁及以上户籍人口")', () => {
    expect(the('年销售收入10亿元及以上企业达到25家。', '25').label).toBe('年销售收入10亿元及以上企业');
    expect(the('60岁及以上户籍人口为18891人。', '18891').label).toBe('60岁及以上户籍人口');
  });
});
