/**
 * KPI captions and slide titles drawn from long clauses of real reports stay readable: a caption too long for
 * its card takes a shorter form that keeps its subject whole (占比, 等), never a cut inside a word; a title too
 * long for one line begins after a pause, or runs to two lines, rather than mid-word ("新技术产业…").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { captionOf } from '../src/main/store/draft/captions';
import { readsAlone, takeawayOf, titleOf } from '../src/main/store/draft/messages';
import { draftBundle } from '../src/main/store/draft';

// test/corpus/quanzhou-2022-10-industry.txt
const QUANZHOU =
  '1—10月份,全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%,占比分别较1—9月份和上年同期提高0.1和1.2个百分点;增加值同比增长8.5%,增速比1—9月份加快0.8个百分点,快于全市平均水平5.1个百分点。';
// test/corpus/beijing-2017-industry.txt
const BEIJING =
  '新华社北京2月3日电(记者 郭宇靖、任峰)北京市统计局发布数据显示,2017年北京工业新兴产业发展态势良好,对全市规模以上工业增长发挥了引领作用,高技术制造业增加值、工业战略性新兴产业等增加值同比增长均超过10%。';

const at = (text: string, value: string) => extractFigures(text).find((x) => x.value === value)!;
const caption = (text: string, value: string) => captionOf(at(text, value), '', '');

describe('a long caption', () => {
  it('names a counted list by the group its count names, never by the section: 4大…, 6大… (郑州 2015)', () => {
    // test/corpus/zhengzhou-2015-q3-industry.txt: both share cards read 工业结构进一步优化占比, the section's words,
    // since the 4 of 4大 was taken for another figure in the label.
    const text =
      '预计1至9月,汽车及装备制造、电子信息、新材料、生物医药4大战略性产业占全市工业比重达到48%左右,同比提高约3个百分点;煤炭、化工、建材、钢铁、铝、电力6大高耗能产业比重降低到41%左右,同比下降约2个百分点。';
    const card = (value: string) => captionOf(at(text, value), '', '工业结构进一步优化');
    expect(card('48')).toBe('4大战略性产业占全市工业比重');
    expect(card('41')).toBe('6大高耗能产业比重');
    expect(card('3')).toBe('4大战略性产业占全市工业比重变化');
  });
  it('keeps what a ratio is of: "X相当于Y的比例" as X占Y比例, never cut to "X相当于Y" (上海 2019)', () => {
    // test/corpus/shanghai-2019-targets.txt: a card "全社会研发经费支出相当于全市生产总值（目标）" over 4%.
    const text = '全社会研发经费支出相当于全市生产总值的比例保持在4%左右,环保投入相当于全市生产总值的比例保持在3%左右。';
    expect(caption(text, '4')).toBe('全社会研发经费支出占全市生产总值比例');
    // A short one stays as written.
    expect(caption(text, '3')).toBe('环保投入相当于全市生产总值的比例');
  });

  it('names a share as X占比 and its change as X占比变化', () => {
    expect(caption(QUANZHOU, '24.5')).toBe('规模以上高新技术产业增加值占比');
    expect(caption(QUANZHOU, '1.2')).toBe('规模以上高新技术产业增加值占比变化');
  });
  it('keeps 变化 on a change of a share written 占比 (常州 2014: the card had read 占比 over 2.5个百分点)', () => {
    const text =
      '其中,高新技术产业完成投资357.1亿元,同比增长22.0%,比上年同期提高21.9个百分点,在工业投资中的占比为42.2%,比上年同期提高2.5个百分点。';
    expect(caption(text, '42.2')).toMatch(/占比$/u);
    expect(caption(text, '2.5')).toMatch(/占比变化$/u);
  });
  it('names a gap by what it measures, not by what it is compared with', () => {
    expect(caption(QUANZHOU, '5.1')).toBe('规模以上高新技术产业增加值增速差');
  });
  // test/corpus/quanzhou-2023-industry.txt: the gap is between growth rates though 高于 names no 快; "…增加值差" read
  // as a gap in value added.
  it('names a gap over another growth rate a 增速差 however it is compared', () => {
    const text = '全年全市规上高技术产业增加值增长6.7%,高于全市规上工业增加值增速3.4个百分点。';
    expect(caption(text, '3.4')).toBe('规上高技术产业增加值增速差');
  });
  // test/corpus/quanzhou-2023-industry.txt: "二是七成行业实现增长" put a card 行业 七成 on the slide.
  it('names a share in 成 of members that did something by what they did', () => {
    const text = '二是七成行业实现增长。全年全市36个工业大类行业中,25个行业增加值实现正增长,行业增长面达到69.4%。';
    expect(caption(text, '七')).toBe('实现增长的行业');
    expect(caption(text, '25')).toBe('增加值实现正增长的行业');
  });
  // test/corpus/dawukou-2022-05-industry.txt: the card read 主要指标增长面, its members named in the clause before.
  it('names a 增长面 by the members the clause before counts', () => {
    const text = '1-4月份,我区重点监测的九大行业中有六大行业实现增长,增长面为66.7%。';
    expect(caption(text, '66.7')).toBe('行业增长面');
  });
  // test/corpus/national-2022-bulletin-traditional.txt: the card read "規模以上工業企業每百元營業收入中的成", cut inside
  // 成本; 全國 (traditional) was not known as a place either.
  it('takes the short form 规上 (規上) and leaves out 全國 before it is cut', () => {
    const text = '規模以上工業企業每百元營業收入中的成本為84.72元,比上年增加0.91元。';
    expect(caption(text, '84.72')).toBe('規上工業企業每百元營業收入中的成本');
    const building = '全國具有資質等級的總承包和專業承包建筑業企業利潤8369億元,比上年下降1.2%。';
    expect(caption(building, '8369')).not.toMatch(/^全國/u);
  });
  it('names a list by its first item and 等', () => {
    expect(caption(BEIJING, '10')).toBe('高技术制造业增加值等增速');
  });
  it('is never cut inside a word when a shorter form fits', () => {
    for (const text of [QUANZHOU, BEIJING])
      for (const x of extractFigures(text)) expect(Array.from(captionOf(x, '', '')).length).toBeLessThanOrEqual(20);
  });
});

describe('a long title', () => {
  it('begins after the pause that lets it fit, not inside a word', () => {
    expect(titleOf(BEIJING, at(BEIJING, '10'))).toBe('工业战略性新兴产业等增加值同比增长均超过10%');
  });
  it('without such a pause runs whole to two lines, less its leading place', () => {
    expect(titleOf(QUANZHOU, at(QUANZHOU, '24.5'))).toBe('规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%');
  });

  // test/corpus/sichuan-2017-industry.txt
  it('never begins inside brackets, and a clause cut inside them does not read alone', () => {
    const text =
      '前三季度,甘孜(21.5%)、泸州(10.9%)、巴中(10.7%)、德阳(10.5%)、绵阳(10.5%)、宜宾(10.5%)、南充(10.2%)7个市(州)累计增速在10%以上;成都、甘孜、达州、自贡、广安、德阳、宜宾、资阳、绵阳等9个市(州)累计增速较2016年加快0.5个百分点以上。';
    for (const x of extractFigures(text)) {
      expect(titleOf(text, x)).not.toMatch(/^[^（(]*[)）]/u);
      if (readsAlone(text, x)) expect(titleOf(text, x)).not.toMatch(/[（(][^)）]*$/u);
    }
  });

  // test/corpus/yunnan-2016-08-industry.txt (held-out set 15): the page writes its list with commas.
  it('of one value of a 分别 list written with commas does not read alone', () => {
    const text = '2-7月,烟草制品业增加值累计降幅分别为7.5%,7.8%,8.6%,10.4%,11.7%,12.6%。';
    expect(readsAlone(text, at(text, '7.5'))).toBe(false);
    expect(readsAlone('烟草制品业增加值累计降幅为7.5%,同比下降。', at('烟草制品业增加值累计降幅为7.5%,同比下降。', '7.5'))).toBe(true);
  });

  it('takes 远高于 for a predicate that names no subject', () => {
    const text = '2021年全省规模以上高技术制造业、战略性新兴产业增加值分别比上年增长38.2%、18.8%,远高于全省规模以上工业增加值8.9%的增速。';
    expect(readsAlone(text, at(text, '8.9'))).toBe(false);
  });
});

describe('a title cut after its figure', () => {
  // test/corpus/xiangyang-2022-government-work-traditional.txt: a divider's subtitle and a KPI slide's title read
  // "加快構建“1個", cut inside the quotation.
  it('does not read alone when the cut leaves a quotation open', () => {
    const text =
      '著力建設現代化産業體系,加快構建“1個4000億級汽車産業、4個1000億級産業、4個500億級産業”的現代産業集群;推動現代服務業提速升級,重點抓好33個文旅體産業項目。';
    const first = extractFigures(text).find((x) => x.value === '1')!;
    expect(titleOf(text, first)).not.toBe('加快構建“1個');
    expect(readsAlone(text, first)).toBe(false);
    expect(readsAlone(text, at(text, '33'))).toBe(true);
  });
});

describe('a title in traditional characters', () => {
  // test/corpus/liaoning-2019-q1-industry-traditional.txt and test/corpus/national-2022-bulletin-traditional.txt: KPI
  // slides were titled "高於全國平均水準5.3個百分點" and "增長8.4%", predicates with no subject, as the rules knew
  // only 高于 and 增长.
  it('that opens with its predicate does not read alone, as in simplified ones', () => {
    const liaoning = '據介紹,一季度,遼寧工業經濟實現營業收入7017.1億元,同比增長12.5%,高於全國平均水準5.3個百分點。';
    expect(readsAlone(liaoning, at(liaoning, '5.3'))).toBe(false);
    expect(readsAlone(liaoning, at(liaoning, '7017.1'))).toBe(true);
    const national = '全國具有資質等級的總承包和專業承包建筑業企業利潤8369億元,比上年下降1.2%,其中國有控股企業3922億元,增長8.4%。';
    expect(readsAlone(national, at(national, '8.4'))).toBe(false);
  });
});

describe('a caption with a period inside it', () => {
  it('names only what is measured: the period is the figure’s (四川 2017: 一季度, 上半年, 全年)', () => {
    const text = '分季度看,全省规上工业增加值一季度同比增长8.5%,上半年增长8.6%,全年增长8.5%。';
    expect(extractFigures(text).map((x) => captionOf(x, '', ''))).toEqual([
      '规上工业增加值增速',
      '规上工业增加值增速',
      '规上工业增加值增速',
    ]);
  });
});

describe('a caption that opens with a noun spelt like a verb', () => {
  // test/corpus/national-2023-government-work.txt and test/corpus/shandong-2013-targets.txt: 居民 was read as the verb 居
  // (居全国第一), so the caption took the figure before's subject too: "城镇调查失业率居民消费价格涨幅" on the targets' card,
  // and, cut to fit, "城镇居民人均可支配收入和农民人均纯收" on a chart bar of 3.5%.
  it('keeps 居民… and 有色金属… as they are', () => {
    const national =
      '今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;';
    expect(captionOf(at(national, '3'), '城镇调查失业率', '')).toBe('居民消费价格涨幅');
    const shandong = '城镇居民人均可支配收入和农民人均纯收入均增长10%左右,居民消费价格涨幅控制在3.5%左右,人口自然增长率控制在6‰以内。';
    expect(captionOf(at(shandong, '3.5'), '城镇居民人均可支配收入和农民人均纯收入', '')).toBe('居民消费价格涨幅');
  });
  // test/corpus/shandong-2013-targets.txt, test/corpus/xiangyang-2022-government-work-traditional.txt: the card's （目标）
  // says what 力争 said.
  it("leaves out 力争 inside a target's label", () => {
    const shandong = '社会消费品零售总额增长15%左右,进出口总额力争增长8%左右,实际利用外资稳步增加。';
    expect(caption(shandong, '8')).toBe('进出口总额增速');
    const xiangyang = '2023年，襄陽經濟總量力爭實現6400億元、增長7.5%左右。';
    expect(caption(xiangyang, '6400')).toBe('襄陽經濟總量');
  });
});

// test/corpus/jiangmen-2020-08-industry.txt: the chart of the two industries read "分别增长18.6%和10.3%" under it, a
// key message with no subject.
describe('a key message', () => {
  it('whose clause opens with its predicate takes its subject clause, even a long one', () => {
    const text =
      '分三大门类看,1-8月,采矿业和电力、热力、燃气及水生产和供应业增加值同比保持两位数增长,分别增长18.6%和10.3%;制造业下降4.4%。';
    expect(takeawayOf(text, at(text, '18.6'))).toBe(
      '采矿业和电力、热力、燃气及水生产和供应业增加值同比保持两位数增长，分别增长18.6%和10.3%',
    );
    // A clause naming its own subject stays alone.
    expect(takeawayOf(text, at(text, '4.4'))).toBe('制造业下降4.4%');
  });
});

// Session 25: key messages across the corpus that still opened with their predicate ("增长9.4%、10.2%", "分别增长21.7%、
// 10.2%、10.2%、9.8%"): the clause before them holds a figure of its own, so it was never joined.
describe('a key message that opens with its predicate', () => {
  it('takes the nearest clause before it that names its subject, with a figure of its own', () => {
    // test/corpus/changsha-2014-government-work.txt
    const changsha =
      '社会消费品零售总额3160亿元,增长13%;城乡居民人均可支配收入分别为3.6万元、2.1万元,增长9.4%、10.2%;城镇登记失业率控制在4%以内。';
    expect(takeawayOf(changsha, at(changsha, '9.4'))).toBe('城乡居民人均可支配收入分别为3.6万元、2.1万元，增长9.4%、10.2%');
    // test/corpus/chongqing-2024-02-economy.txt: the clauses between that name no subject are left out.
    const chongqing =
      '1—2月,全市规模以上工业增加值同比增长8.7%,高于全国1.7个百分点,增速分别比去年同期、去年全年加快2.2、2.1个百分点,列全国10位、西部地区5位。';
    expect(takeawayOf(chongqing, at(chongqing, '2.2'))).toBe(
      '全市规模以上工业增加值同比增长8.7%，增速分别比去年同期、去年全年加快2.2、2.1个百分点',
    );
    // test/corpus/yueyang-2018-q1-industry.txt: an adverb before the predicate ("但仍低于") names no one either.
    const yueyang = '1—3月,全市规模工业增加值同比增长5.5%,较1—2月份增速提高了2个百分点,但仍低于全省平均增速2.1个百分点,居全省第12位。';
    expect(readsAlone(yueyang, at(yueyang, '2.1'))).toBe(false);
    // test/corpus/liaoning-2022-10-industry-traditional.txt: a slide titled "佔比47.2%" (佔, the traditional 占).
    const liaoning = '在413種重點工業產品中,有195種產品產量增長或持平,佔比47.2%。';
    expect(titleOf(liaoning, at(liaoning, '47.2'))).toBe('在413種重點工業產品中，有195種產品產量增長或持平，佔比47.2%');
  });

  it('never takes a subject from before a semicolon: another statement', () => {
    // test/corpus/hubei-2018-10-industry.txt: the 回落 is the year-to-date rate's, not the month's.
    const hubei =
      '10月份,全省工业出现异常波动,规上工业增加值当月增速由上月的8.1%下滑至3.7%;1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点。';
    expect(takeawayOf(hubei, at(hubei, '0.3'))).not.toMatch(/当月/u);
  });

  it('has none rather than one naming a single subject of a list of several', () => {
    // test/corpus/gansu-2021-decade.txt: four values, and the clause before names only 中药材's output.
    const gansu =
      '2021年粮食产量达到1231.5万吨,创历史新高;蔬菜产量1655.3万吨,园林水果539.1万吨,中药材131.5万吨,肉产量135.3万吨,分别是2012年的1.95倍、2.28倍、2.05倍和1.62倍。';
    expect(takeawayOf(gansu, at(gansu, '1.95'))).toBe('');
  });
});

// test/corpus/hubei-2018-10-industry.txt: two charts were titled "同比、环比分别回落" and "但增幅同比、环比分别下滑", the list
// being of what one rate is compared with; a third "食品、冶金、机械、化工等传统行业分别回升至".
describe('a chart of a list', () => {
  const text =
    '增加值增速快于全国。1-10月,全省工业增加值累计增速为7.4%,快于全国1个百分点,但增幅同比、环比分别下滑0.3、0.4个百分点。\n新旧动能加快转换。1-10月,41个大类行业中有25个行业增加值保持同比增长,食品、冶金、机械、化工等传统行业分别回升至9.6%、7.4%、8.1%、6.9%。';
  const deck = draftBundle(
    { key: 'hubei', title: '湖北工业', organisation: '湖北省统计局', published: '2018-11-20', asOf: '2018年1-10月' },
    text,
    extractFigures(text, { asOf: '2018年1-10月' }),
  ).deck;
  const charts = deck.slides.filter((s) => s.chart);
  it('is not titled by words that open with a predicate, and says whose rate in its key message', () => {
    const gap = charts.find((s) => s.chart!.unit === '个百分点')!;
    expect(gap.title).not.toMatch(/分别下滑/u);
    expect(gap.chart!.title).not.toMatch(/分别下滑/u);
    expect(gap.chart!.takeaway).toBe('全省工业增加值累计增速为7.4%，但增幅同比、环比分别下滑0.3、0.4个百分点');
  });
  it('is titled by its introduction without the word its values complete', () => {
    expect(charts.map((s) => s.title)).toContain('食品、冶金、机械、化工等传统行业分别回升');
  });
});

// Session 25: captions the lead saw garbled or hiding which way a figure went.
describe('a caption', () => {
  it('leaves out the verb before a rank and a rate word said twice', () => {
    // test/corpus/anhui-2025-government-work.txt read 进出口总额和出口额均升至位次.
    const anhui = '外贸进出口逆势增长,进出口总额和出口额均升至全国第9位;实际使用外资增长。';
    // (Where it was taken follows: rankScope, test/draft-ranks-counted.test.ts.)
    expect(caption(anhui, '9')).toBe('进出口总额和出口额位次（全国）');
    // test/corpus/hubei-2018-10-industry.txt read 工业增加值增幅增速位次.
    const hubei =
      '1-10月,全省工业增加值累计增速为7.4%,快于全国1个百分点,但增幅同比、环比分别下滑0.3、0.4个百分点。从位次看,累计增速居全国第12位,环比持平。';
    expect(captionOf(at(hubei, '12'), '', '')).toBe('工业增加值增速位次（全国）');
    // A tie is kept (test/corpus/guizhou-2021-07-new-enterprises.txt).
    expect(tidyRank('遵义市、铜仁市、黔西南州并列第三,占比均为2.5%。', '三')).toMatch(/并列位次$/u);
  });

  it('names the members a count is of by what they did, a rate they reach too', () => {
    // test/corpus/hubei-2018-10-industry.txt: cards 行业 29个 and 行业 17个.
    const hubei = '41个大类工业中,29个行业投资保持增长,17个行业投资增速超过20%,电子设备制造等行业分别增长38.8%、37.9%。';
    expect(caption(hubei, '29')).toBe('投资保持增长的行业');
    expect(caption(hubei, '17')).toBe('投资增速超过20%的行业');
    expect(caption(hubei, '20')).toBe('17个行业投资增速');
    // test/corpus/liaoning-2019-q1-industry-traditional.txt: 遼寧工業經濟營業收入市 7個 and a bar 遼寧工業經濟營業收入市市增速.
    const liaoning = '遼寧工業經濟實現營業收入7017.1億元,同比增長12.5%,大連、鞍山、阜新、遼陽、盤錦、葫蘆島、朝陽等7個市增速達10%以上。';
    expect(captionOf(at(liaoning, '7'), '遼寧工業經濟營業收入', '')).toBe('增速达10%以上的市');
    expect(captionOf(at(liaoning, '10'), '遼寧工業經濟營業收入', '')).toBe('7個市增速');
  });

  it('of a fall that narrowed says so; of one that widened, is the rate’s change', () => {
    // test/corpus/jiangmen-2020-08-industry.txt: 制造业降幅变化 2.6个百分点, as a wider fall would read.
    const jiangmen = '制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点,其中8月增长8.5%;小微企业下降6.9%。比1-7月(-10.6%)收窄3.7个百分点。';
    expect(caption(jiangmen, '2.6')).toBe('制造业降幅收窄');
    expect(captionOf(at(jiangmen, '3.7'), '小微企业', '')).toBe('小微企业降幅收窄');
    // test/corpus/liuzhou-2019-05-industry.txt: -1.7 is shown 下降1.7个百分点; 降幅变化 read as the fall shrinking.
    const liuzhou = '规模以上工业增加值487.10亿元,下降7.5%,降幅较1-4月扩大1.7个百分点。';
    expect(at(liuzhou, '1.7').number).toBe(-1.7);
    expect(caption(liuzhou, '1.7')).toBe('规模以上工业增加值增速变化');
  });
});

function tidyRank(text: string, value: string): string {
  return captionOf(at(text, value), '遵义市、铜仁市、黔西南州', '');
}

// test/corpus/datong-2020-11-industry.txt: "去年全年战略性新兴产业增加值增长速度目标是6.2%" read 战略性新兴产业增加值增长速度目标增速.
describe('a target rate named in words', () => {
  it('is the subject’s 增速', () => {
    const text = '去年全年战略性新兴产业增加值增长速度目标是6.2%,截至2020年11月底,全市规模以上战略性新兴产业增加值同比增长6.9%。';
    expect(caption(text, '6.2')).toBe('战略性新兴产业增加值增速');
  });
});

// test/corpus/chongqing-2024-02-economy.txt: "汽车产业增加值拉动增速变化" for a pull, "电子产业在低基数背景下增速", and two cards
// 规模以上工业增加值增速位次 (10位 and 5位) told nothing apart ("列全国10位、西部地区5位").
describe('a pull, a circumstance, a rank among several places', () => {
  const text =
    '1—2月,全市规模以上工业增加值同比增长8.7%,高于全国1.7个百分点,列全国10位、西部地区5位。汽车产业受赛力斯高增长拉动,增加值增长20.1%,拉动全市增长3.5个百分点;电子产业在低基数背景下同比增长9.3%,拉动全市增长1.5个百分点。';
  it('names what pulled, not a change; leaves the circumstance out; tells the ranks apart by their places', () => {
    expect(caption(text, '3.5')).toBe('汽车产业增加值拉动');
    expect(caption(text, '9.3')).toBe('电子产业增速');
    // The change of a pull stays one (test/corpus/tianjin-2018-h1-industry.txt).
    const tianjin = '制造业增加值同比增长4.3%,比一季度加快3.7个百分点,拉动全市工业增加值增长3.1个百分点,比一季度提高2.7个百分点。';
    expect(caption(tianjin, '2.7')).toMatch(/变化$/u);
    // 上拉 and 下拉 are pulls too (test/corpus/changzhi-2025-q1-industry.txt).
    const changzhi = '采矿业增加值同比增长15.0%,对全市工业增长的贡献率109.7%,上拉全市工业增加值增速10.6个百分点。';
    expect(caption(changzhi, '10.6')).toBe('采矿业增加值拉动');
    const deck = draftBundle(
      { key: 'cq', title: '重庆', organisation: '重庆市统计局', published: '2024-03-20', asOf: '2024年1-2月' },
      text,
      extractFigures(text, { asOf: '2024年1-2月' }),
    ).deck;
    const ranks = deck.slides.flatMap((s) => s.body.kpis ?? []).filter((k) => /位次/u.test(k.caption));
    expect(new Set(ranks.map((k) => k.caption)).size).toBe(ranks.length);
  });
});

// test/corpus/nantong-2019-08-industry.txt: a card 主要指标增速 for "“3+3”重点产业产值同比增长9.1%", and 规模工业产值 for the
// ranks of 规模工业增加值 (a label holding a number was taken for a stretch of the sentence, and the subject borrowed).
describe('a label with a number in a name or a month', () => {
  it('is still the caption’s subject', () => {
    const text = '全市重点产业运行稳健,“3+3”重点产业产值同比增长9.1%。';
    expect(caption(text, '9.1')).toBe('3+3重点产业产值增速');
    const ranks = '规模工业增加值8月当月增长8.9%,当月增幅列全省第三,累计增幅位次较一季度前移6位至全省并列第六。';
    expect(captionOf(at(ranks, '6'), '规模工业产值', '')).toBe('规模工业增加值增幅位次变化');
  });
});

describe('a caption whose subject opens with 居', () => {
  // test/corpus/alashan-2022-bulletin-traditional.txt: a bar read "衣著類居住類漲幅": 居住類 was taken for a rank's 居
  // ("居全国第3位") with no subject, and borrowed the figure before's.
  it('keeps its own subject: 居住类 is a class of goods, not a rank (阿拉善盟 2022)', () => {
    const text = '分类别看,食品烟酒类上涨1.1%、衣着类下降1.2%、居住类上涨3.9%。';
    expect(captionOf(at(text, '3.9'), '衣着类', '')).toBe('居住类涨幅');
  });
});

describe("an industry's own name holding 、", () => {
  // test/corpus/jiangxi-2025-h1-economy.txt: "其中,汽车制造业,计算机、通信和其他电子设备制造业,有色金属冶炼和压延加工业增加值分别
  // 增长18.7%、15.4%、15.1%": a bar read "计算机等增速", as if it were a list of three.
  it('is never shortened as a list (江西 2025)', () => {
    const text = '其中,汽车制造业,计算机、通信和其他电子设备制造业,有色金属冶炼和压延加工业增加值分别增长18.7%、15.4%、15.1%。';
    expect(caption(text, '15.4')).not.toMatch(/^计算机等/u);
    expect(caption(text, '15.4')).toMatch(/^计算机、通信和其他电子设备制造业/u);
  });
});

/**
 * A count of the members that did something, said after them: "39个大类行业中有34个行业工业增加值同比增长" (test/corpus/
 * chongqing-2017-07-industry.txt) had two cards, 大类行业 39 and 行业 34; "38个大类行业中,26个行业增加值增速比上月有所提高"
 * (zhejiang-2017-04-industry.txt) the same. The second card says what its members did.
 */
describe('a count of members that did something', () => {
  it('names them by what they did', () => {
    expect(caption('1-7月,39个大类行业中有34个行业工业增加值同比增长。', '34')).toBe('工业增加值同比增长的行业');
    expect(caption('38个大类行业中,26个行业增加值增速比上月有所提高。', '26')).toBe('增加值增速比上月有所提高的行业');
    expect(caption('全市34个工业大类中,有23个行业实现产值增长,较上年多了7个。', '23')).toBe('实现产值增长的行业');
    // test/corpus/anhui-2020-h1-industry-traditional.txt (in simplified characters) and hainan-2024-h1-industry.txt: a fall
    // that narrowed, and a longer clause of what places did.
    expect(caption('全省40个工业行业中,有21个行业增加值实现同比增长,较一季度增加10个;有33个行业较一季度增速加快或降幅收窄。', '33')).toBe(
      '较一季度增速加快或降幅收窄的行业',
    );
    expect(caption('11个市县规模以上工业增加值实现增长,增长面61.1%。', '11')).toBe('规模以上工业增加值实现增长的市县');
  });

  it('leaves the count of the whole, and a count whose clause goes on otherwise, as they were', () => {
    expect(caption('1-7月,39个大类行业中有34个行业工业增加值同比增长。', '39')).toBe('大类行业');
    expect(caption('全市有规模以上工业企业1200家,比上年增加50家。', '1200')).not.toMatch(/的/u);
  });
});

/**
 * A class of projects or firms by size is part of a name, not a stretch of the sentence: "开复工5000万元以上项目32个"
 * (test/corpus/lishu-2019-government-work.txt) had a card 主要指标数量; "税收500万元以上企业6户"
 * (yaan-jingkaiqu-2021-h1-industry.txt) 规上工业企业入库税收数量.
 */
describe('a count of a class by size', () => {
  it('is named by its class', () => {
    expect(caption('全年开复工5000万元以上项目32个,完成总投资64.8亿元。', '32')).toBe('开复工5000万元以上项目');
    expect(caption('上半年,新引进亿元以上项目46个。', '46')).not.toMatch(/主要指标/u);
  });
});
