/**
 * A time a move starts from (由/从 T …调整为/上升到/转为 …) is the time of the figure moved from only: not of the figure
 * reached, not of the sentences after it, and not the year 全年 names later in the sentence. After a rate, 到 steps on to
 * the next time's rate (由1月末下降7%、上半年增长13%到全年增长20.7%), a result, not a target. 元月 is January.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the time a move starts from', () => {
  // 长兴县 2011年统计公报 (https://web.xiaze.org/tjgb/201205/27856.html).
  const CHANGXING_2011 =
    '国民经济。初步核算,2011年全县实现地区生产总值(GDP)334.85亿元,按可比价格计算,比上年增长11.5%。其中,第一产业增加值28.34亿元,增长4.1%;第二产业增加值184.86亿元,增长9.9%;第三产业增加值121.65亿元,增长15.9%。三次产业结构从2010年9.0:55.9:35.1调整为8.5:55.2:36.3。按户籍人口计算人均生产总值53613元,比上年增长11.0%,按平均汇率计算折合8301美元。';
  // 工信部 on 2010, a 繁體 copy (http://ytjhdl.cn/xw/bwdt/306168.html).
  const MIIT_2010 =
    '第四,在大企業做大做強的同時,中小企業活力增強。2010年,前十家鋼鐵企業粗鋼產量占全國的比重由2009年的44.5%上升到48.1%,前十家汽車企業產量占全國的比重達到86%;中小企業經營狀況明顯好轉,全年規模以上中小型企業增加值同比增長17.5%,比全部規模以上工業平均水平快1.8個百分點。';

  it('从2010年 X 调整为 Y: X is 2010’s, Y and the next sentence the report’s year’s', () => {
    expect(the(CHANGXING_2011, '9.0').period).toBe('2010年');
    expect(the(CHANGXING_2011, '8.5').period).toBe('2011年');
    expect(the(CHANGXING_2011, '36.3').period).toBe('2011年');
    expect(the(CHANGXING_2011, '53613').period).toBe('2011年');
    expect(the(CHANGXING_2011, '8301').period).toBe('2011年');
  });

  it('由2009年的 X 上升到 Y: 全年 after it is the sentence’s year, not 2009', () => {
    expect(the(MIIT_2010, '44.5').period).toBe('2009年');
    expect(the(MIIT_2010, '17.5').period).toBe('2010年');
    expect(the(MIIT_2010, '1.8').period).toBe('2010年');
  });
});

describe('rates stepped through a year', () => {
  // 重庆 2010 工业经济运行 (https://code.fabao365.com/law_495467_2.html).
  const CHONGQING_2010 =
    '7.重工行业回升迅猛,有力支撑全市发展。规模以上重工业增加值增幅由1月末下降7%、上半年增长13%到全年增长20.7%,分别比全市和轻工业高出1.8和7个百分点。 8.要素需求快速回升,工业运行调度平稳。工业生产回升促使生产要素需求增加。一是工业用电稳步增长。全市规模工业用电344亿千瓦时,增幅由元月-13.6%,转为上半年增长3.1%,全年增长9.5%。三是天然气供应较为紧张。全年全市天然气消费量48.6亿立方米,虽然增幅由一季度下降3.7%转为增长2.3%,但工业用气27.95亿立方,下降2.6%。';

  it('到全年 after a rate is the year’s result, and the next sentences are not of 1月末', () => {
    expect(the(CHONGQING_2010, '20.7', { asOf: '2010年' })).toMatchObject({ status: 'actual', period: '2010年' });
    expect(the(CHONGQING_2010, '1.8', { asOf: '2010年' }).status).toBe('actual');
    expect(the(CHONGQING_2010, '344', { asOf: '2010年' }).period).toBe('2010年');
  });

  it('元月 is January', () => {
    expect(the(CHONGQING_2010, '-13.6', { asOf: '2010年' }).period).toBe('1月');
  });

  it('由一季度下降 X 转为增长 Y: Y is the year’s', () => {
    expect(the(CHONGQING_2010, '3.7', { asOf: '2010年' })).toMatchObject({ period: '一季度', number: -3.7 });
    expect(the(CHONGQING_2010, '2.3', { asOf: '2010年' }).period).toBe('2010年');
    expect(the(CHONGQING_2010, '2.6', { asOf: '2010年' }).period).toBe('2010年');
  });

  it('a target year after 到 stays one', () => {
    expect(the('2020年全市工业增加值1200亿元,到2025年达到2000亿元。', '2000').status).toBe('target');
  });
});

describe('a year compared with after 与 and before 比', () => {
  // 四川 2009, a 繁體 copy (http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm).
  const SICHUAN_2009 =
    '你好臺灣網成都1月12日消息(記者 劉濤)記者從12日召開的四川省工業經濟工作會議上獲悉,2009年四川省規模以上工業總產值達到6183億元,與2008年的4939億元相比,連跨兩個千億臺階。六個重災市州除阿壩還沒完全恢復元氣外,其他五個市去年工業增加值與震前的2007年比,增長均在40%以上,而阿壩工業去年也在加速恢復,增速達到91.6%,居全省第一位。';

  it('is a base: the rates are the report’s year’s', () => {
    expect(the(SICHUAN_2009, '40').period).toBe('2009年');
    expect(the(SICHUAN_2009, '91.6').period).toBe('2009年');
  });

  it('a year right before 比 without 与 is the time compared', () => {
    expect(the('广东高技术制造业增加值,2009年比2005年增长62.9%。', '62.9').period).not.toBe('2005年');
  });
});

describe('months in which some are counted', () => {
  // 丹棱 2015 上半年 (https://www.scdl.gov.cn/info/1155/32104.htm).
  const DANLING =
    '一、“双过半”工业各项指标居前3位1-6月全县规模以上工业增加值增速17.5%,居全市第二,超确保目标9个百分点。2-6月我县工业增速有3个月居全市第一,有2个月居全市第二,创近年新高;工业固定资产投资完成16.9亿元,同比增长10%,居全市第三,目标完成进度73.3%。';

  it('frame that count only: the clauses after are of the report’s months', () => {
    expect(the(DANLING, '16.9').period).toBe('1-6月');
    expect(the(DANLING, '73.3').period).toBe('1-6月');
  });
});
