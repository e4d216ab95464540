/**
 * The years a plan's news names: a base (从2017年的…, 是2010年的…倍) or the year a document sets out something for
 * (提出2025年…) is never the report's own year; a plan's years in brackets after its name count by the year it is made
 * in; and a paragraph's sentence whose targets a target year opens (到2025年) goes on in the next sentences.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';

describe('a base year is not the report’s', () => {
  it('从2017年的30.8%提高到42%左右 (上海’s 2023 政府工作报告 on 2018-2022)', () => {
    // http://techray.cn/20bdKivkTqFH/Default.htm
    const text =
      '过去5年,上海发展新动能加速壮大。工业战略性新兴产业总产值占规模以上工业总产值的比重从2017年的30.8%提高到42%左右,集成电路、生物医药、人工智能三大先导产业规模达到1.4万亿元。';
    expect(reportPeriod(text).year).toBeUndefined();
    expect(the(text, '30.8').period).toBe('2017年');
    expect(the(text, '42').period).not.toBe('2017年');
  });

  it('分别是2010年的2.1倍 (陵城区 2015, a 繁體 copy)', () => {
    // http://m.nxhuan.com/lcsz/p/965541.html
    const text =
      '目前,全區規模以上工業企業達到224家,規模以上工業增加值170億元,主營業務收入820億元,利稅90億元,分別是2010年的2.1倍、2.58倍和2.5倍。';
    expect(reportPeriod(text).year).toBeUndefined();
    expect(the(text, '170').period).not.toBe('2010年');
  });
});

describe('the year a document sets out something for', () => {
  // 《济南市“十四五”加快数字化高质量发展规划》, a 繁體 copy (http://www.tgfeipin.com/detail--6607020.html).
  const JINAN =
    '(網經社訊)1月30日消息,日前《濟南市“十四五”加快數字化高質量發展規劃》出臺,提出2025年濟南市數字經濟規模占GDP比重超過52%,數字經濟核心產業收入突破8000億元。\n' +
    '2021年,濟南市深入實施數字經濟引領戰略。2021年智能制造與高端裝備等三大支柱產業規模預計達到8000億元。\n';

  it('is a target year: its figures are targets, the report’s year is another', () => {
    expect(the(JINAN, '52')).toMatchObject({ status: 'target', period: '2025年', qualifier: '超過' });
    const [target, estimate] = extractFigures(JINAN).filter((x) => x.value === '8000');
    expect(target).toMatchObject({ status: 'target', period: '2025年' });
    expect(estimate).toMatchObject({ status: 'estimate', period: '2021年' });
    expect(reportPeriod('日前《规划》出台,提出2025年全市数字经济规模占GDP比重超过52%。2021年,全市深入实施数字经济引领战略。').year).toBe(
      2021,
    );
  });
});

describe('a plan’s years in brackets after its name', () => {
  // 《上海市推动制造业高质量发展三年行动计划(2023-2025年)》, a 繁體 copy (http://pdpkct.com/articles/2023-06-15/2873758.html).
  const SHANGHAI =
    '每經AI快訊,6月15日,上海市人民政府辦公廳印發《上海市推動制造業高質量發展三年行動計劃(2023-2025年)》,到2025年,“2+(3+6)+(4+5)”現代化產業體系不斷夯實,工業增加值超過1.3萬億元,占地區生產總值比重達25%以上,工業投資年均增長5%,制造業支撐全市經濟發展的功能地位顯著增強。工業戰略性新興產業產值占規模以上工業總產值比重達45%,工業勞動生產率超過50萬元/人,三大先導產業總規模達1.8萬億元。一批關鍵領域實現攻關突破,產業鏈供應鏈自主可控能力持續提高,重點制造業企業研發投入強度達2.5%以上。\n';

  it('count by the year the plan is made in', () => {
    expect(reportPeriod('印发《上海市推动制造业高质量发展三年行动计划(2023-2025年)》,到2025年,工业增加值超过1.3万亿元。').year).toBe(2023);
  });

  it('到2025年 before a sentence’s figures makes its paragraph’s next sentences targets too', () => {
    expect(the(SHANGHAI, '1.3')).toMatchObject({ status: 'target', period: '2025年' });
    expect(the(SHANGHAI, '45')).toMatchObject({ status: 'target', period: '2025年' });
    expect(the(SHANGHAI, '1.8').status).toBe('target');
    expect(the(SHANGHAI, '2.5').status).toBe('target');
  });

  it('until a sentence compares with the past or opens with 目前', () => {
    const text =
      '到2025年,全市工业增加值突破5000亿元。工业投资同比增长12%。\n到2025年,全市工业增加值突破5000亿元。目前,全市规上企业达到1200家。\n';
    expect(the(text, '12').status).toBe('actual');
    expect(the(text, '1200').status).toBe('actual');
  });
});
