/**
 * The report's own period read without an as-of (`extract FILE --json`): never the year of a cause clause
 * (受…影响, 由于…), never the year a government work report sets out to reach (力争, 争取), and the months to
 * date when a report names its year in a sentence holding no figure and then gives figures for 1-N月 of it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

// 榆林 2021 1-11月 工业投资 (http://m.lvqr.com.cn/jinrong/2021/1220/52479.html, a traditional-character repost).
const YULIN =
  '受2020年投資總量前低后高、“雙碳”目標下能耗“雙控”工作升級、項目儲備不足、要素保障困難等因素影響,\n' +
  '2021年榆林市工業投資呈高開低走、快速下行態勢。市委市政府高度重視,加強調度、多部門聯合、精準發力,加快推進工業大項目開、復工建設進度。1-9月全市工業投資止跌回升,降幅收窄。1-11月,全市工業投資同比下降11.3%,降幅較1-10月收窄2.8個百分點。\n' +
  '分區域看,12個縣市區工業投資增速5正7負。其中,橫山區工業投資強勁,同比增長188.7%,拉動全市工業投資增長6.0個百分點。';

// 襄阳 2022 政府工作报告 (http://big5.china.com.cn/gate/big5/hb.china.com.cn/2023-01/06/content_42225530.htm).
const XIANGYANG =
  '1月5日上午,襄陽市第十八屆人民代表大會第二次會議上的市政府工作報告提出,2023年襄陽經濟總量力爭實現6400億元,同比增長7.5%左右,加快建設引領漢江流域發展、輻射南襄盆地核心增長極的省域副中心城市。\n' +
  '2022年,襄陽經濟回穩向好勢頭持續鞏固,預計全年地區生産總值增長6%左右,總量突破5800億元。全年新引進億元以上項目1403個、新開工814個、新竣工300個。\n' +
  '2023年是發展關鍵之年。該市強調要著力建設現代化産業體系,重點抓好33個文旅體産業項目,大力發展數字經濟。';

describe('a year in a cause clause is not the report’s', () => {
  it('受…影响: the year the clause names is why, the report is on the year after it and its months to date', () => {
    expect(the(YULIN, '188.7').period).toBe('2021年1-11月');
    expect(the(YULIN, '6.0').period).toBe('2021年1-11月');
    expect(the(YULIN, '11.3').period).toBe('1-11月');
    // Read whole, in its own characters: 影響 closes the 受 clause as 影响 does, so the report (and the title built
    // from its period) is on 2021, not on the cause's 2020.
    expect(reportPeriod(YULIN)).toMatchObject({ period: '2021年1-11月', year: 2021 });
    expect(reportPeriod('由於2020年同期基數較低,2021年全市規上工業增加值增長12%。').period).toBe('2021年');
  });

  it('由于… too, and a 受 with no 影响 after it opens no cause', () => {
    expect(reportPeriod('由于2020年同期基数较低,2021年全市规上工业增加值增长12%。').year).toBe(2021);
    expect(reportPeriod('由于2020年同期基数较低,2021年全市规上工业增加值增长12%。').period).toBe('2021年');
    expect(reportPeriod('企业享受2020年出台的减税政策,全市规上工业增加值增长5%。').period).toBe('2020年');
  });
});

describe('the year a work report strives for is not the year it reviews', () => {
  it('力争: the report is on the year before, and the next year’s figures are targets', () => {
    expect(the(XIANGYANG, '1403').period).toBe('2022年');
    expect(the(XIANGYANG, '6400').period).toBe('2023年');
    expect(the(XIANGYANG, '6400').status).toBe('target');
    expect(the(XIANGYANG, '33').status).toBe('target');
  });

  it('争取 as well; a year whose clause sets no target stays the report’s', () => {
    expect(reportPeriod('2016年争取规上工业增加值增长8%。2015年全市规上工业增加值增长7.5%。').period).toBe('2015年');
    expect(reportPeriod('2015年全市规上工业增加值增长7.5%。').period).toBe('2015年');
  });
});

describe('a year named in a sentence holding no figure, then months to date', () => {
  it('is of those months only when the head names no whole year and the year’s own sentence holds no figure', () => {
    const months = '2021年全市工业经济稳中有进。1-11月,全市规上工业增加值增长8%。';
    expect(reportPeriod(months).period).toBe('2021年1-11月');
    expect(reportPeriod('2021年全市工业经济稳中有进。1-11月,全市规上工业增加值增长8%,全年预计增长8.5%。').period).toBe('2021年');
    expect(reportPeriod('2021年全市规上工业增加值增长8%。1-11月,全市工业投资增长5%。').period).toBe('2021年');
    expect(reportPeriod('2021年全市工业经济稳中有进。12月,全市规上工业增加值增长8%。').period).toBe('2021年');
    // A time that names its own year is not of the report's year's months.
    expect(reportPeriod('2021年全市工业经济稳中有进。2020年1-11月,全市规上工业增加值增长8%。').period).toBe('2021年');
  });

  it('named in a heading line between (郏县 2025 一季度, https://www.jiaxian.gov.cn/contents/53925/438435.html)', () => {
    const jiaxian =
      '今年以来,全县深入贯彻落实上级经济工作会议精神,紧扣2025年重点工作目标,加快构建新发展格局,扎实推动高质量发展。一季度全县地区生产总值增势良好。\n一、1-3月份主要经济指标完成情况。\n根据地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快2.2个百分点,六县市排名第三。\n(一)全县规模以上工业增加值同比增长7.5%(全市11.1%),较去年同期回落0.9个百分点。';
    expect(reportPeriod(jiaxian).period).toBe('2025年1-3月');
    expect(the(jiaxian, '7.5').period).toBe('2025年1-3月');
  });

  it('as a report opening on 今年 is (宝鸡, http://zhtxs.com/e/wap/show.php?classid=369&id=6027)', () => {
    const baoji =
      '今年,面对错综复杂的经济形势和经济下行的压力,我市把发展工业经济作为追赶超越的主旋律,施策求变、变中求胜,工业经济逆势上扬、强劲增长。前两个月,全市规模以上工业企业完成总产值359.7亿元,同比增长22.5%,增速较上年同期提高21.8个百分点,增速位居全省前列。\n' +
      '宝鸡是工业重镇,优势在工业,发展靠工业。\n' +
      '由于宏观经济政策给力,企业科技创新力度加大、经营信心持续增强,使我市规上工业持续稳定增长焕发出新活力。全市实现工业增加值107.57亿元,同比增长7%,增速较上年同期提高1.5个百分点,高于全省1.2个百分点。';
    expect(reportPeriod(baoji).period).toBe('1-2月');
    expect(the(baoji, '107.57').period).toBe('1-2月');
    expect(reportPeriod('今年,全县工业经济稳中有进。1-3月,全县工业总产值实现65.28亿元。').period).toBe('1-3月');
    expect(reportPeriod('今年,全县工业经济稳中有进。1-3月,全县工业总产值实现65.28亿元,全年预计增长10%。').period).toBe('今年');
  });
});

describe('a record since a year', () => {
  it('is set in a later year: that year is not the report’s (朔州 2025, http://sztj.shuozhou.gov.cn/tjsj/tjxx/202503/t20250328_723523.html)', () => {
    const shuozhou =
      '1—2月份,全市484家规上工业企业增加值同比增长8.1%,居全省第六位,较去年同期(-1.1%)提高9.2个百分点,分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点,增速和位次创下2022年以来的新高,为实现首季“开门红”奠定良好基础。';
    expect(reportPeriod(shuozhou).year).toBeUndefined();
    expect(the(shuozhou, '-1.1').period).toBe('上年1-2月');
    // A year the report's own figures run from is still counted.
    expect(reportPeriod('2022年以来,全市工业经济稳中有进,全年规上工业增加值增长8%。').year).toBe(2022);
  });
});
