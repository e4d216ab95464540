/**
 * A share whose 由 the page left out, the verb that moves it right after it: "五大产业占规模以上工业比重68.7%提高到
 * 71.5%" (万州区 2020 政府工作报告完成情况, https://www.wz.gov.cn/zwgk_266/zfxxgkml_3393/zfgzbg/qzfgzbgzxqk/202103/t20210324_9028224.html,
 * held-out set 38) is moved from the year before, as "由68.7%提高到71.5%" is; 68.7% was read of the report's year.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string) => extractFigures(text, { asOf: '2020年' }).map((f) => [f.value, f.period]);

describe('a share moved on, its 由 left out', () => {
  it('is of the year before, the share it moves to of the year', () => {
    const text =
      '智能循环型工业加快培育。绿色照明、智能装备、新材料、汽车、食品医药五大产业占规模以上工业比重68.7%提高到71.5%近年来投资最大的制造业项目特铝新材料项目落地开工,新材料产业成为全区首个100亿级产业集群。';
    expect(periods(text)).toEqual([
      ['68.7', '2019年'],
      ['71.5', '2020年'],
    ]);
  });

  it('not a share its clause ends after, nor a rate', () => {
    expect(periods('工业比重55%,提高到58%的目标仍需努力。')[0]).toEqual(['55', '2020年']);
    expect(periods('工业增加值增长6.5%提高到7%。')[0]).toEqual(['6.5', '2020年']);
  });
});
