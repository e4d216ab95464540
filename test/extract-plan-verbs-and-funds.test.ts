/**
 * 将 before the verb of a plan (深化, 加强, 推动, …) makes what the sentence goes on to say a plan; funds obtained from
 * above (争取上级资金) are a result, though 争取 is a target word; a multiple with a space before 倍 is still one.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('将 + the verb of a plan', () => {
  it('"今年,上海将深化…,新增10个生活类重点场景": what the city will do is a target', () => {
    // 上海 2023 政府工作报告, reported (http://techray.cn/20bdKivkTqFH/Default.htm).
    const text =
      '龚正指出,今年,上海将深化经济数字化转型;促进数字经济和实体经济深度融合,实施智能工厂领航行动,推进数字商圈、数字商店建设;系统化构建城市数字底座,加快建设国家级数据交易所、国际数据港和一批数据中心、算力平台等新型基础设施;深化生活数字化转型;推动构建精准、普惠的数字生活服务体系,新增10个生活类重点场景,着力消除“数字鸿沟”。';
    expect(the(text, '10').status).toBe('target');
  });

  it('a result said before 将 stays one', () => {
    const text = '1-6月,全市规模以上工业增加值增长8.2%,下半年将加大项目推进力度。';
    expect(the(text, '8.2').status).toBe('actual');
  });

  it('将近 is no plan', () => {
    expect(the('全县工业投资将近20亿元。', '20').status).toBe('actual');
  });
});

describe('funds obtained from above', () => {
  it('"争取上级部门启动资金2000余万元" is money got, a result', () => {
    // A county's 2009 Spring Festival speech (https://xiaomilidoc.com/p-1665589.html).
    const text = '与此同时,“两区”项目推进顺利,第一轮11个项目全部开工建设,争取上级部门启动资金2000余万元,贷款贴息1100万元。';
    expect(the(text, '2000').status).toBe('actual');
    expect(the(text, '1100').status).toBe('actual');
  });

  it('to get them, planned, is still a target', () => {
    expect(the('2024年,力争争取上级资金5亿元以上。', '5').status).toBe('target');
    expect(the('争取地区生产总值增长6%。', '6').status).toBe('target');
  });
});

describe('a space before 倍', () => {
  it('"分别是“十二五”末的1.7 倍" is a multiple', () => {
    // 汉滨区 2020 计划执行情况 (https://www.hanbin.gov.cn/Content-2245849.html).
    const text = '综合经济实力持续增强。“十三五”末,辖区生产总值全社会固定资产投资、服务业增加值分别是“十二五”末的1.7 倍';
    expect(the(text, '1.7')).toMatchObject({ unit: '倍', kind: 'multiple' });
  });
});
