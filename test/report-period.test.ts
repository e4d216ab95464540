/**
 * Without an as-of period (`extract FILE --json` with no --as-of) the extractor reads the report's own period
 * from its text: each rule here is one the corpus evaluation's --no-as-of period accuracy rests on.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';
import { reportPeriod, writtenYear } from '../src/shared/extract/report-period';
import { readAsSimplified } from '../src/shared/extract/script';

function periodOf(text: string, value: string): string {
  const found = extractFigures(text).filter((x: Extracted) => x.value === value);
  expect(found, value).toHaveLength(1);
  return found[0].period;
}

describe('the report period read from the text', () => {
  it('takes the year of a national congress session for 今年 in a government work report', () => {
    const text = '李克强总理在十三届全国人大二次会议上作政府工作报告。报告指出，今年城镇新增就业1100万人以上，居民消费价格涨幅3%左右。';
    expect(reportPeriod(text).year).toBe(2019);
    expect(periodOf(text, '1100')).toBe('2019年');
    expect(periodOf(text, '3')).toBe('2019年');
    // The first session of each term since 1983 falls five years after the one before.
    expect(reportPeriod('十四届全国人大一次会议开幕。').year).toBe(2023);
    expect(reportPeriod('第十届全国人民代表大会第五次会议开幕。').year).toBe(2007);
    // A standing committee's sittings number in the dozens: not a session of the congress.
    expect(reportPeriod('十三届全国人大常委会第二十次会议开幕。').year).toBeUndefined();
  });

  it('never takes a comparison base or a target year for the report year', () => {
    const text = '全年全省规模以上工业增加值增长8%，比2015年翻一番，力争到2025年达到2万亿元。';
    expect(reportPeriod(text).year).toBeUndefined();
    expect(periodOf(text, '8')).not.toMatch(/2015|2025/u);
    // A span of years is not a target: a review "2011至2015年" is of its years, to the last; a plan "2016至2018年…蓝图"
    // is made in its first (江西 2016, annotated as of 2016 with its 2018 figures targets).
    expect(reportPeriod('2011至2015年，全省生产总值年均增长10%。').year).toBe(2015);
    expect(reportPeriod('明确2016至2018年全省工业发展蓝图，年均增长8%左右。').year).toBe(2016);
  });

  it('reads a report whose only year is the one a change is from, its figures 比上年, as on the year after', () => {
    // hubei-2008-bulletin-traditional (held-out set 15): a 统计公报's industry section that names no year of its own.
    const text = '全省規模以上工業完成增加值3842.33億元,按可比價格計算,比上年增長21.6%。輕重工業結構由2007年的28.0∶72.0變為29.0∶71.0。';
    expect(reportPeriod(text)).toMatchObject({ period: '2008年', year: 2008 });
    expect(periodOf(text, '3842.33')).toBe('2008年');
    expect(periodOf(text, '28.0')).toBe('2007年');
    expect(periodOf(text, '29.0')).toBe('2008年');
    // The base is never the report's year; without 上年 nothing says which later year it is.
    expect(reportPeriod('輕重工業結構由2007年的28.0∶72.0變為29.0∶71.0。').year).toBeUndefined();
    // A year named on its own is still the report's.
    expect(reportPeriod('2010年，全省工业比上年增长15%，结构由2005年的41.8:58.2变为39.9:60.1。').year).toBe(2010);
  });

  it('reads a report that leads with December and names the whole year as a report on the year', () => {
    const text =
      '记者从省统计局获悉，2023年12月份，全省规模工业增加值同比增长6.6%。2023年，全省规模工业增加值比上年增长5.1%。\n其中，装备制造业比上年增长8.9%，汽车制造业增长16.5%。';
    expect(reportPeriod(text).period).toBe('2023年');
    expect(periodOf(text, '6.6')).toBe('2023年12月');
    expect(periodOf(text, '8.9')).toBe('2023年');
    expect(periodOf(text, '16.5')).toBe('2023年');
    // Any other month stays the report's period.
    const july = '2020年7月份，全省规模以上工业增加值同比增长4.1%。2020年，全省将继续稳增长。\n其中，制造业增长5.2%。';
    expect(periodOf(july, '5.2')).toBe('2020年7月');
  });

  it('reads the year from the dateline of a report that names no other, a date never being a period', () => {
    const july = '本报讯 2020年8月15日，记者从省统计局获悉，1-7月，全省规模以上工业增加值同比增长5.1%。\n其中，制造业增长6.2%。';
    expect(reportPeriod(july)).toMatchObject({ period: '2020年1-7月', year: 2020 });
    expect(periodOf(july, '6.2')).toBe('2020年1-7月');
  });

  it('takes the period a headline above the dateline names over the single month the body opens with', () => {
    const text =
      '青海省1-5月工业保持快速增长\n2022年07月03日09:22 | 来源:青海日报\n6月30日，记者从省统计局获悉：5月份，全省工业生产快速增长。1-5月，全省规模以上工业增加值同比增长13.2%。';
    expect(reportPeriod(text)).toMatchObject({ period: '2022年1-5月', year: 2022 });
    // Without such a headline the body's first period still decides.
    expect(reportPeriod(text.slice(text.indexOf('\n') + 1))).toMatchObject({ period: '2022年5月', year: 2022 });
  });

  it("takes months after the date as the year before: December's figures are published in January", () => {
    expect(reportPeriod('新华社2021年1月20日电 12月份，全省规模以上工业增加值增长7%。')).toMatchObject({
      period: '2020年12月',
      year: 2020,
    });
  });

  it('takes 去年 leading a dated report, or 全年 in one dated in the first months, as the year before the date', () => {
    const lastYear = '2016年1月24日讯 去年，全省规模以上工业增加值增长7.9%。\n其中，电子信息产业增长12%。';
    expect(periodOf(lastYear, '7.9')).toBe('2015年');
    expect(periodOf(lastYear, '12')).toBe('2015年');
    expect(periodOf('2016年1月24日讯 全年全省规模以上工业增加值增长7.9%。', '7.9')).toBe('2015年');
    expect(periodOf('2016年7月24日讯 今年全省规模以上工业增加值预计增长7.9%。', '7.9')).toBe('2016年');
  });

  it('keeps a date after 截至 as the time of the figures', () => {
    expect(periodOf('截至2020年6月30日，全省累计建成5G基站3.1万个。', '3.1')).toMatch(/^2020年/u);
  });

  it("takes a flow's growth up to a month's end (截至11月末…增加值同比增长) as of the months since the year began", () => {
    // 大同日报, 2021-01-25 (test/corpus/datong-2020-11-industry).
    const datong = '截至2020年11月末,全市规模以上战略性新兴产业增加值同比增长6.9%,较10月末又提高了4.4个百分点。';
    expect(periodOf(datong, '6.9')).toBe('2020年1-11月');
    expect(periodOf(datong, '4.4')).toBe('2020年1-11月');
    // What was built by then is of the day (广东, 2022 一季度, test/corpus/guangdong-2022-q1-industry).
    expect(periodOf('截至3月底,广东省累计建成5G基站17.45万座,居全国第一。', '17.45')).toBe('3月底');
  });

  it("takes 今年 in a report on a whole year dated in the next year's first months as the year after", () => {
    const text =
      '本报太原2月9日讯 记者从全省工业和信息化工作会议获悉，2020年，全省规上工业增加值同比增长5.7%。\n今年的主要目标是：全省规模以上工业增加值增长7%。';
    expect(periodOf(text, '5.7')).toBe('2020年');
    expect(periodOf(text, '7')).toBe('2021年');
    expect(extractFigures(text, { asOf: '2020年' }).find((x) => x.value === '7')?.period).toBe('2021年');
    const dated = text.replace('2月9日讯', '2021年2月9日讯');
    expect(periodOf(dated, '7')).toBe('2021年');
    // Written in the year's last month, 今年 is the year reported on.
    const december = '12月12日讯 2011年全省粮食总产量1114亿斤。今年全省粮食播种面积1.7亿亩。';
    expect(periodOf(december, '1.7')).toBe('2011年');
  });

  it("takes the day of a meeting the reporter learned it at as the dateline: its 今年 figures are next year's targets", () => {
    // 中国政府网, 2013-01-05, in traditional characters (test/corpus/sichuan-2012-industry-targets).
    const sichuan =
      '2012年四川省規模以上工業增加值有望突破萬億元大關,鞏固回升向好的勢頭,今年工業將如何發力?記者從1月4日在蓉召開的全省工業經濟工作座談會上獲悉,今年全省規模以上工業增加值增長14%,力爭增長15%。';
    for (const opts of [{ asOf: '2012年' }, undefined])
      for (const v of ['14', '15'])
        expect(
          extractFigures(sichuan, opts).find((x) => x.value === v),
          `${v} ${opts?.asOf}`,
        ).toMatchObject({
          period: '2013年',
          status: 'target',
        });
    // The same meeting in July is of the year itself.
    const july = sichuan.replace('1月4日', '7月4日');
    expect(extractFigures(july, { asOf: '2012年' }).find((x) => x.value === '14')).toMatchObject({ period: '2012年', status: 'actual' });
  });

  it('takes a work report titled with the year it is given in as a report on the year before', () => {
    // 汉中市2017年政府工作报告 (on 2016): "过去六年" are 2011–2016, not 2012–2017.
    const hanzhong =
      '(陕西省)2017年汉中市人民政府工作报告(全文)\n━━2017年2月14日在汉中市第五届人民代表大会第一次会议上\n一、过去六年工作回顾\n' +
      '━━综合实力整体跃升。六年来,主要经济指标位于毗邻地区前列。生产总值年均增长12.2%,2016年达到1156.49亿元。\n' +
      '━━产业结构不断优化。三次产业结构为17.8:42.8:39.4。';
    expect(reportPeriod(hanzhong)).toMatchObject({ period: '2016年', year: 2016 });
    expect(periodOf(hanzhong, '12.2')).toBe('2011-2016年');
    expect(periodOf(hanzhong, '17.8')).toBe('2016年');
    // 西宁市2016年政府工作报告 (on 2015).
    const xining = '2016年西宁市政府工作报告\n\n一、“十二五”圆满收官\n这五年,五年累计完成固定资产投资4626亿元。';
    expect(reportPeriod(xining)).toMatchObject({ period: '2015年', year: 2015 });
    // A year after the words is the time of the figures ("政府工作报告“划重点”:淄博2018年预计…"), and a year
    // before other words is a year of the text.
    expect(reportPeriod('政府工作报告“划重点”:淄博2018年预计地区生产总值突破5000亿元').year).toBe(2018);
    expect(reportPeriod('2016年,全市生产总值增长8%,政府工作报告提出的目标全面完成。').period).toBe('2016年');
  });

  it('takes a work conference titled with its year as a review of the year before', () => {
    // 福建省工信厅 on the 2023 conference (held-out set 32): its figures are 2022's, not the title's year.
    const fujian =
      '2023年全省工业和信息化工作会议召开\n来源:福建省工业和信息化厅 时间:2023-02-01 09:58\n\n' +
      '  1月31日,全省工业和信息化工作会议在福州召开。会议深入学习贯彻党的二十大精神,总结2022年全省工信工作、部署2023年重点任务。\n\n' +
      '  会议指出\n\n  2022年以来在省委、省政府的领导下,全年规上工业增加值增长5.7%,增速稳居东部地区第1位。产业结构不断优化,新兴产业增势强劲,全年工业战略性新兴产业增加值增长15.5%,高技术产业、装备制造业增加值分别增长17.1%、13.7%,规上企业全面数字化率居全国第3位。';
    expect(reportPeriod(fujian)).toMatchObject({ period: '2022年', year: 2022 });
    expect(periodOf(fujian, '15.5')).toBe('2022年');
    expect(periodOf(fujian, '13.7')).toBe('2022年');
    // The national one, held in the December before the year it is named for (traditional characters).
    const national =
      '2019年全國工業和信息化工作會議\n閱讀:1157 發布時間:2019-1-4上周12月27-28日,2019年全國工業和信息化工作會議在京召開。' +
      '會議以新時代中國特色社會主義思想為指導,總結2018年工作,分析形勢變化,部署2019年任務。';
    expect(reportPeriod(readAsSimplified(national).text)).toMatchObject({ period: '2018年', year: 2018 });
    // Its 今年 is the conference's year (伊春's, February 2022, traditional: "今年全市工信系統要…").
    const yichun = readAsSimplified(
      '黑龍江經濟網訊(崔蕊 記者仉慶華)2月25日,2022年伊春市工業和信息化工作會議暨全市工業經濟運行監測專班第一次調度會議召開。伊春市副市長趙立濤出席會議並講話。\n' +
        '會議指出,今年全市工信系統要完整、準確、全面貫徹新發展理念,服務和融入構建新發展格局。',
    ).text;
    expect(reportPeriod(yichun)).toMatchObject({ period: '2021年', year: 2021 });
    expect(writtenYear(yichun, '2021年', 2021)).toBe(2022);
    expect(writtenYear(fujian, '2022年', 2022)).toBe(2023);
    // A conference named for a part of the year is not a year's review.
    expect(reportPeriod('2023年上半年全市工业经济运行工作会议召开。上半年,全市规上工业增加值增长6%。').period).not.toBe('2022年');
  });
});
