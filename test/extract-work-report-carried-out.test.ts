/**
 * A report on how a year's work report was carried out (政府工作报告完成情况, 落实情况) reviews the year it names, and
 * a work report's title may name its year without 年 ("万州区2020政府工作报告完成情况", 重庆万州's 区政府 on 2020,
 * held-out set 38): read without --as-of, such a report's figures were of no year, or of the year before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';

const WANZHOU =
  '万州区2020政府工作报告完成情况\n' +
  '智能循环型工业加快培育。绿色照明、智能装备、新材料、汽车、食品医药五大产业占规模以上工业比重68.7%提高到71.5%近年来投资最大的制造业项目特铝新材料项目落地开工,新材料产业成为全区首个100亿级产业集群。新培育规上工业企业20户,预计完成规上工业总产值330亿元、同比增长5%。\n';

describe('a report on how a year’s work report was carried out', () => {
  it('is of the year its title names, 年 or not', () => {
    expect(reportPeriod(WANZHOU)).toMatchObject({ period: '2020年', year: 2020 });
    // (https://777doc.com/doc-8344880.html, a county's report on its 2021 tasks, placeholders as the page has them.)
    const county =
      '《政府工作报告汇报》2021年度工作任务分工落实情况《政府工作报告》2021年工作任务分工落实情况xxxx年是全面贯彻落实党的十九大精神的开局之年,全县以深化供给侧结构性改革为主线,振奋精神、笃定实干。';
    expect(reportPeriod(county)).toMatchObject({ period: '2021年', year: 2021 });
  });

  it('gives its figures that year without --as-of', () => {
    const got = extractFigures(WANZHOU).map((f) => [f.value, f.period]);
    expect(got).toContainEqual(['20', '2020年']);
    expect(got).toContainEqual(['330', '2020年']);
    expect(got).toContainEqual(['71.5', '2020年']);
  });

  it('leaves a work report titled with its year reviewing the year before, with 年 or without', () => {
    for (const title of ['2016年西宁市政府工作报告', '2016西宁市政府工作报告'])
      expect(reportPeriod(`${title}\n过去一年,全市生产总值增长8%。`), title).toMatchObject({ period: '2015年', year: 2015 });
  });
});
