/**
 * An index's value said with where it stood (位于55.0%以上): a level, labelled with the index's name (not "…位于", nor a
 * share), its bound 以上 kept as the qualifier.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 国家统计局, 2022年11月 中国采购经理指数, as a repost gives it (http://m.fcut.net/2369.html).
const NBS_2022_11 =
  '11月份,非制造業商務活動指數為46.7%,比上月下降2.0個百分點,低于臨界點,非制造業景氣水平有所回落。從行業情況看,郵政、貨幣金融服務、資本市場服務、保險等行業商務活動指數位于55.0%以上較高景氣區間;道路運輸、航空運輸、住宿、餐飲、文化體育娛樂等行業商務活動指數低于38.0%。';
// 国家统计局 on 2023年12月 (中国证券报, https://cs.com.cn/xwzx/hg/202312/t20231231_6382974.html).
const NBS_2023_12 =
  '从行业看,受近期寒潮等因素影响,部分与出行消费相关的服务行业市场活跃度偏弱,其中水上运输、航空运输、住宿、居民服务等行业商务活动指数低于46.0%;同时,邮政、电信广播电视及卫星传输服务、货币金融服务、保险等行业商务活动指数均位于55.0%以上较高景气区间,业务总量持续较快增长。';
// 国家统计局 on 2014年2月, a 繁體 copy (http://big5.chinataiwan.cn/gate/big5/econ.chinataiwan.cn/tjsj/201403/t20140304_5765332.htm).
const NBS_2014_02 =
  '分行業看,2月份中國服務業商務活動指數為53.8%,比上月上升2.3個百分點,其中生態保護環境治理及公共設施管理業、航空運輸業、郵政業、道路運輸業等行業商務活動指數位於60%及以上的高位景氣區間,零售業、批發業、住宿業、水上運輸業、居民服務及修理業位於臨界點以下;建築業商務活動指數為59.9%。';

describe('an index that stood at a value (位于)', () => {
  it('is a level, labelled with the index, its 以上 kept (国家统计局 2022年11月)', () => {
    const x = the(NBS_2022_11, '55.0', { asOf: '2022年11月' });
    expect([x.number, x.kind, x.qualifier]).toEqual([55, 'level', '以上']);
    expect(x.label).toBe('郵政、貨幣金融服務、資本市場服務、保險等行業商務活動指數');
  });

  it('after 均 too (国家统计局 2023年12月), and in 繁體 (位於, 2014年2月)', () => {
    const x = the(NBS_2023_12, '55.0', { asOf: '2023年12月' });
    expect([x.kind, x.qualifier]).toEqual(['level', '以上']);
    expect(x.label).toMatch(/[^于]商务活动指数$/u);
    const y = the(NBS_2014_02, '60', { asOf: '2014年2月' });
    expect(y.kind).toBe('level');
    expect(y.label).toMatch(/商務活動指數$/u);
  });
});
