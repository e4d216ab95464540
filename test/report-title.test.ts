/**
 * The title a new report is stored with when the importer gives none (`cli import`, the 导入报告 dialog): its
 * headline when its first line is one, else the lead of its first sentence without the clauses that only
 * say where the news came from — never a whole paragraph (a Hubei report's first line is 90 characters of
 * prose), never a byline, never cut inside a number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportTitle, TITLE_MAX } from '../src/shared/report-title';
import { ROOT } from './helpers';

const corpus = (slug: string) => readFileSync(join(ROOT, 'test/corpus', `${slug}.txt`), 'utf8');

describe('the title of an imported report', () => {
  it('is the first line when that is a headline', () => {
    expect(reportTitle('青海省1-5月工业保持快速增长 高技术产业发展良好\n5月份，全省规模以上工业增加值增长12%。')).toBe(
      '青海省1-5月工业保持快速增长 高技术产业发展良好',
    );
    // A byline above it is skipped.
    expect(reportTitle('2022年07月03日09:22 | 来源：青海日报\n青海工业保持快速增长\n正文。')).toBe('青海工业保持快速增长');
    // test/corpus/binhai-2025-government-work.txt: a page's banner "| 2026年政府工作报告 |" was the title slide's headline,
    // bars and all.
    expect(reportTitle(corpus('binhai-2025-government-work'))).toBe('2026年政府工作报告');
    expect(reportTitle('｜2024年全市工业经济运行情况｜\n正文。')).toBe('2024年全市工业经济运行情况');
    // test/corpus/wulatehouqi-2023-08-economy.txt: a page's fields "成文日期 | 发布日期 | 2023-12-12 |" were the title.
    expect(reportTitle(corpus('wulatehouqi-2023-08-economy'))).not.toMatch(/日期/u);
    // test/corpus/hainan-2023-h1-industry.txt: "中新网海口7月25日电 (记者 王晓斌)…" opened the title, cut at 40 characters.
    expect(reportTitle(corpus('hainan-2023-h1-industry'))).toBe('海南省委宣传部25日举办海南工业经济恢复向好专场新闻发布会');
    // test/corpus/changchun-gaoxin-2013-review.txt: a wire's day without its month, "大公网长春17日电(大公报记者赵文博) 17日,",
    // and a sentence ended with an ASCII point.
    expect(reportTitle(corpus('changchun-gaoxin-2013-review'))).toBe(
      '长春高新区召开工作会议，总结2013年及五年来的工作，部署2014年重点工作',
    );
    // test/corpus/quwo-2019-bulletin-traditional.txt: a lead that only raises the banner ("高舉…偉大旗幟") is no title; the
    // page's pinyin glosses ("地區(qū)生產(chǎn)總值") do not hide what the report is of.
    expect(reportTitle(corpus('quwo-2019-bulletin-traditional'), '2020-03-20')).toBe('曲沃縣2019年經濟運行情況');
    // test/corpus/jiangxi-2025-h1-economy.txt: the title slide read "全媒体记者陈春伟 实习生郭正怡报道：7月18日上午".
    expect(reportTitle(corpus('jiangxi-2025-h1-economy'))).toBe('2025年上半年江西经济运行情况新闻发布会在南昌召开');
  });

  it('is the lead of the first sentence when the first line is prose, without where the news came from', () => {
    expect(reportTitle(corpus('hubei-2015-07-industry'))).toBe('今年元至7月，全省规模以上工业增加值同比增长8.2%');
    expect(reportTitle(corpus('heilongjiang-2011-grain'))).toBe('2011年黑龙江省粮食总产量1114.1亿斤');
    expect(reportTitle('日前，福建省统计信息网发布数据解读显示，今年以来，福建省工业生产稳定回升，新兴行业增长较快。')).toBe(
      '今年以来，福建省工业生产稳定回升，新兴行业增长较快',
    );
  });

  it('goes past a clause that is only a time, and cuts a long clause at its limit, never inside a number', () => {
    expect(reportTitle(corpus('henan-2018-05-industry'))).toBe('2018年5月，河南省规模以上工业增加值同比实际增长7.7%');
    const long = `2010年，广东全省全部工业增加值、全社会消费品零售总额、软件业务收入分别达2.1万亿元、1.7万亿元和2千亿元。`;
    const title = reportTitle(long);
    expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title).not.toMatch(/[\d.]$/u);
  });

  // test/corpus/national-2023-government-work.txt: the title slide read "…在十四届全国人大一次会议上所作的《".
  it('never ends inside 《》 or “”: a document cut in its name is that document, a quotation cut is marked as going on', () => {
    expect(reportTitle(corpus('national-2023-government-work'))).toBe('政府工作报告');
    // test/corpus/lanzhou-2012-industry-targets.txt
    const lanzhou = reportTitle(corpus('lanzhou-2012-industry-targets'));
    expect(lanzhou).toMatch(/^今年我市工业和信息化系统将按照“盯紧一套目标.*…”$/u);
    expect(Array.from(lanzhou).length).toBeLessThanOrEqual(TITLE_MAX);
  });

  // The title slides of reports in traditional characters read "【香港商報網訊】記者 王藝橋 報導:5月7日" (辽宁 2019),
  // "北京商報訊9月19日，…" (北京 2022), "從自治區統計局獲悉，1至2月" (广西 2016), "…統計公報，其中顯示" (国家统计局 2022).
  it('leaves out where the news came from in traditional characters too', () => {
    expect(reportTitle(corpus('liaoning-2019-q1-industry-traditional'))).toBe('一季度，遼寧工業經濟實現了良好開局，繼續保持穩定的運行態勢');
    expect(reportTitle(corpus('beijing-2022-08-industry-traditional'))).toBe('北京統計局公布1-8月北京經濟運行情況');
    expect(reportTitle(corpus('guangxi-2016-02-industry-traditional'))).toBe('1至2月，廣西規模以上工業增加值增長7.0%');
    expect(reportTitle(corpus('national-2022-bulletin-traditional'))).toBe('國家統計局發布中華人民共和國2022年國民經濟和社會發展統計公報');
    expect(reportTitle(corpus('qinghai-2014-q3-manufacturing-traditional'))).toMatch(/^2014年前三季度，全省製造業生産快速增長/u);
  });

  it('every report of the corpus gets a title of at most 40 characters that is not a byline', () => {
    const slugs = ['anhui-2024-h1-industry', 'sichuan-2017-industry', 'national-2023-government-work', 'yunnan-2020-q3-economy'];
    for (const slug of slugs) {
      const title = reportTitle(corpus(slug));
      expect(title.length, slug).toBeGreaterThanOrEqual(6);
      expect(Array.from(title).length, slug).toBeLessThanOrEqual(TITLE_MAX);
      expect(title, slug).not.toMatch(/讯|记者|来源|获悉$|显示$/u);
    }
  });

  // Session 25: the title slide read "一是工业生产企稳回升" (河南 2022, its first numbered point), and a news lead: "1月20日上午，
  // 安徽省十四届人大三次会议开幕，安徽省省长王清宪作政府工作报告", "1月5日上午，襄陽市…會議上的市政府工作報告提出".
  it('is not a numbered point nor its number, and names the report a news lead is about', () => {
    expect(reportTitle(corpus('henan-2022-h1-industry'))).toBe('上半年，全省规上工业增加值同比增长5.4%');
    expect(reportTitle(corpus('hubei-2008-bulletin-traditional'))).toBe('工業和建筑業');
    expect(reportTitle(corpus('anhui-2025-government-work'))).toBe('安徽省省长王清宪作政府工作报告');
    expect(reportTitle(corpus('xiangyang-2022-government-work-traditional'))).toBe(
      '襄陽市第十八屆人民代表大會第二次會議上的市政府工作報告',
    );
    expect(reportTitle(corpus('fujian-2013-government-work'))).toBe('省长苏树林代表省政府向大会作政府工作报告');
    // test/corpus/hangzhou-2011-industry-targets.txt: "今天下午，杭州市召开…".
    expect(reportTitle(corpus('hangzhou-2011-industry-targets'))).toBe('杭州市召开全市年度工业经济形势分析会');
    // test/corpus/wuhu-2013-02-industry.txt: "在新增企业和部分大型企业回升的拉动下，1—2月份".
    expect(reportTitle(corpus('wuhu-2013-02-industry'))).toBe('1—2月份，全市规模工业实现增加值165.19亿元');
  });

  // Session 28: title slides showed an opening clause cut before it said anything: "今年來，全市工信係統認真貫徹落實梅州市…
  // 精神" (梅州 2023), "1-5月份，受工业品价格上涨、同期基数增加等因素影响" (大武口 2022), "各位代表:" (四平 2011), "2024年1—10月"
  // (铁岭 2024), "宜昌市" (宜昌 2025). Such a report is titled by its place, period and what it is.
  it('is built from place, period and subject when the lead only sets the scene or the first line names nothing', () => {
    expect(reportTitle(corpus('meizhou-2023-08-industry-traditional'))).toBe('梅州市1-8月工業經濟運行情況');
    expect(reportTitle(corpus('dawukou-2022-05-industry'))).toBe('大武口区1-5月工业经济运行情况');
    expect(reportTitle(corpus('siping-2011-government-work'))).toBe('四平市政府工作报告');
    expect(reportTitle(corpus('tieling-2024-10-industry'))).toBe('铁岭市2024年1-10月工业经济运行情况');
    expect(reportTitle(corpus('yichang-2025-industry'))).toBe('宜昌市2025年工业经济运行情况');
    // "1-5月，由于巴陵石化和长岭炼化两厂装置停产检修" (岳阳 2017): no place of its own is named, none is guessed (its first
    // place, 汨罗市, is one of a list of its counties).
    expect(reportTitle(corpus('yueyang-2017-05-industry'))).toBe('1-5月工业经济运行情况');
    // Cut at its limit ("…软件业务收入分别达", 广东 2010): not a title either.
    expect(reportTitle(corpus('guangdong-2010-industry-informatization'))).toBe('广东省2010年工业经济运行情况');
    // A lead that says something whole stays, though it does not reach a figure.
    expect(
      reportTitle(
        '2012年该省工业经济逆势而进，规模实力显著增强，全省规模以上工业增加值增长14.6%，增速居全国第5位，比全国平均水平高4.6个百分点。',
      ),
    ).toBe('2012年该省工业经济逆势而进，规模实力显著增强');
    // A text that names its months but no year takes the year of its date, when known; the year before when its months
    // end after the date's.
    expect(reportTitle(corpus('dawukou-2022-05-industry'), '2022-06-21')).toBe('大武口区2022年1-5月工业经济运行情况');
    expect(reportTitle(corpus('meizhou-2023-08-industry-traditional'), '2023-09-20')).toBe('梅州市2023年1-8月工業經濟運行情況');
    const lead = '1-11月份，受市场需求不足等因素影响，全市规模以上工业增加值增长5%。';
    expect(reportTitle(lead, '2024-01-10')).toBe('2023年1-11月工业经济运行情况');
    expect(reportTitle(lead, '2023-12-20')).toBe('2023年1-11月工业经济运行情况');
    // A page's date line above the text is no headline (山西 2017: "日期查询:2018年01月24日").
    expect(reportTitle(corpus('shanxi-2017-economy'))).toBe('2017年我省GDP增速达到7%');
  });
});
