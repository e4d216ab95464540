/**
 * A label too long for a column head that is a list closed by 等 is shortened by its last items: 等 says already that
 * it names some of them, and the first named is kept (cut at the front, "道路运输、航空运输…等行业" lost 道路运输).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 国家统计局, 2022年11月 中国采购经理指数, as a repost gives it (http://m.fcut.net/2369.html).
const NBS_2022_11 =
  '11月份,非制造業商務活動指數為46.7%,比上月下降2.0個百分點,低于臨界點,非制造業景氣水平有所回落。從行業情況看,郵政、貨幣金融服務、資本市場服務、保險等行業商務活動指數位于55.0%以上較高景氣區間;道路運輸、航空運輸、住宿、餐飲、文化體育娛樂等行業商務活動指數低于38.0%。';
// 国家统计局 on 2023年12月 (中国证券报, https://cs.com.cn/xwzx/hg/202312/t20231231_6382974.html).
const NBS_2023_12 =
  '从行业看,受近期寒潮等因素影响,部分与出行消费相关的服务行业市场活跃度偏弱,其中水上运输、航空运输、住宿、居民服务等行业商务活动指数低于46.0%;同时,邮政、电信广播电视及卫星传输服务、货币金融服务、保险等行业商务活动指数均位于55.0%以上较高景气区间,业务总量持续较快增长。';

describe('a list closed by 等, too long for a label', () => {
  it('keeps its first item, dropping the last ones ("道路运输、…等行业", 国家统计局 2022年11月)', () => {
    const x = the(NBS_2022_11, '38.0', { asOf: '2022年11月' });
    expect(x.label.startsWith('道路運輸、航空運輸')).toBe(true);
    expect(x.label.endsWith('等行業商務活動指數')).toBe(true);
    expect(x.label.length).toBeLessThanOrEqual(30);
  });

  it('an item longer than most is kept whole ("电信广播电视及卫星传输服务", 国家统计局 2023年12月)', () => {
    expect(the(NBS_2023_12, '55.0', { asOf: '2023年12月' }).label).toBe('邮政、电信广播电视及卫星传输服务等行业商务活动指数');
    expect(the(NBS_2023_12, '46.0', { asOf: '2023年12月' }).label).toBe('水上运输、航空运输、住宿、居民服务等行业商务活动指数');
  });
});
