/**
 * Every measure and qualifier the extractor knows, each read from a sentence as reports write it: the
 * value, the unit as written (magnitude included), the kind an analyst would file it under and the
 * qualifier around the number. One row per word, so a word dropped from the extractor's tables (or a table
 * emptied) is named by the row that fails (issue 26: the extractor's mutation run).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { cnNumber } from '../src/shared/extract/units';
import { the } from './extract-helpers';

/** The one figure whose value is `value` (fails when there is none or several). */

// [sentence, value, unit, kind]
const AMOUNTS: [string, string, string, string][] = [
  ['全年实际利用外资10.5亿美元。', '10.5', '亿美元', 'level'],
  ['对欧盟出口机电产品120亿欧元。', '120', '亿欧元', 'level'],
  ['吸引港资项目合同金额35亿港元。', '35', '亿港元', 'level'],
  ['城镇居民人均可支配收入3.2万元。', '3.2', '万元', 'level'],
  ['全年生产智能终端2.7亿台件。', '2.7', '亿台件', 'level'],
  ['工业机器人产量1.2万台套。', '1.2', '万台套', 'level'],
  ['微型计算机设备产量5000万台。', '5000', '万台', 'level'],
  ['新能源汽车产量30万辆。', '30', '万辆', 'level'],
  ['全年造船完工15艘。', '15', '艘', 'level'],
  ['交付民用飞机20架。', '20', '架', 'level'],
  ['全市能源消费总量8000万吨标准煤。', '8000', '万吨标准煤', 'level'],
  ['全年粮食产量1200万吨。', '1200', '万吨', 'level'],
  ['全年发电量50亿千瓦小时。', '50', '亿千瓦小时', 'level'],
  ['全社会用电量1100亿千瓦时。', '1100', '亿千瓦时', 'level'],
  ['全市电力装机容量2000万千瓦。', '2000', '万千瓦', 'level'],
  ['新增变电容量300万千伏安。', '300', '万千伏安', 'level'],
  ['全市电网最高电压等级1000千伏。', '1000', '千伏', 'level'],
  ['分布式光伏装机120兆瓦。', '120', '兆瓦', 'level'],
  ['港口集装箱吞吐量120万标准箱。', '120', '万标准箱', 'level'],
  ['集装箱吞吐量320万标箱。', '320', '万标箱', 'level'],
  ['建成高标准农田1700万亩。', '1700', '万亩', 'level'],
  ['全年完成造林面积5.3万公顷。', '5.3', '万公顷', 'level'],
  ['城市建成区面积120平方公里。', '120', '平方公里', 'level'],
  ['新增绿地面积80平方千米。', '80', '平方千米', 'level'],
  ['商品房销售面积1500万平方米。', '1500', '万平方米', 'level'],
  ['天然气产量30亿立方米。', '30', '亿立方米', 'level'],
  ['高速公路通车里程3000公里。', '3000', '公里', 'level'],
  ['新建污水管网120千米。', '120', '千米', 'level'],
  ['新建堤防800米。', '800', '米', 'level'],
  ['人均粮食占有量400公斤。', '400', '公斤', 'level'],
  ['人均蔬菜消费量300千克。', '300', '千克', 'level'],
  ['粮食总产量111.5亿斤。', '111.5', '亿斤', 'level'],
  ['全年空气质量优良天数300天。', '300', '天', 'level'],
  ['企业开办时间压缩至2小时。', '2', '小时', 'level'],
  ['重点项目平均建设周期18个月。', '18', '个月', 'level'],
  ['人均预期寿命78.5岁。', '78.5', '岁', 'level'],
  ['居民户均用电量2000度。', '2000', '度', 'level'],
  // An output or a stock of a farm counted by the head or the stem is a level, as 汽车300万辆 is (南昌县
  // 2019 统计公报 and 大理州 2025年一季度, held-out set seven).
  ['生猪出栏1800万头。', '1800', '万头', 'level'],
  ['家禽出栏2.5亿只。', '2.5', '亿只', 'level'],
  ['生猪年末存栏23.7万头,下降37.5%。', '23.7', '万头', 'level'],
  ['家禽存笼1177.8万羽,增长20.3%。', '1177.8', '万羽', 'level'],
  ['鲜切花产量2090.7万枝,增长107.1%。', '2090.7', '万枝', 'level'],
  // A volume in 千升 (巴彦淖尔 2022年1~2月, held-out set 11).
  ['饮料酒11101.3千升,同比增长11.2%。', '11101.3', '千升', 'level'],
];

// Counts of things: people, firms, projects, beds, schools …
const COUNTS: [string, string, string][] = [
  ['全年接待游客1.2亿人次。', '1.2', '亿人次'],
  ['年末全市常住人口3205万人。', '3205', '万人'],
  ['完成农村危房改造2.3万户。', '2.3', '万户'],
  ['全市规模以上工业企业6500家。', '6500', '家'],
  ['建成5G基站4.9万个。', '4.9', '万个'],
  ['全年实施重点项目900项。', '900', '项'],
  ['受理专利申请6.5万件。', '6.5', '万件'],
  ['新建保障性住房2.1万套。', '2.1', '万套'],
  ['新增养老机构床位8000床。', '8000', '床'],
  ['医疗卫生机构床位23万张。', '23', '万张'],
  ['新建改扩建中小学120所。', '120', '所'],
  ['建成城市公园56座。', '56', '座'],
  // 吉林 2025, a 繁體 copy (held-out set 43): satellites counted, 顆 as 颗.
  ['“吉林一號”144顆衛星組網全球最大亞米級商業遙感衛星星座。', '144', '顆'],
  ['全年成功发射卫星12颗。', '12', '颗'],
  ['新开通公交线路45条。', '45', '条'],
  ['认定专精特新企业3批。', '3', '批'],
  ['开行中欧班列2000班。', '2000', '班'],
  ['新增农产品地理标志12种。', '12', '种'],
  ['引进高层次人才1500名。', '1500', '名'],
  ['开展安全生产检查3.6万次。', '3.6', '万次'],
  ['引进良种奶牛300头。', '300', '头'],
  ['新发行基金产品12只。', '12', '只'],
  ['整治黑臭水体60处。', '60', '处'],
  ['供应工业用地320宗。', '320', '宗'],
  ['发放创业担保贷款1.2万笔。', '1.2', '万笔'],
  ['完成电影拍摄80部。', '80', '部'],
  ['公共图书馆藏书2800万册。', '2800', '万册'],
  ['发表科技论文3500篇。', '3500', '篇'],
  ['新冠肺炎确诊病例12例。', '12', '例'],
  ['改造老旧小区楼房500栋。', '500', '栋'],
  ['新建农贸市场摊位300间。', '300', '间'],
  ['举办招商引资活动40场。', '40', '场'],
  ['跨境电商进出口1.5万单。', '1.5', '万单'],
  ['签订外贸合同900份。', '900', '份'],
  ['开行旅游专列30列。', '30', '列'],
];

describe('units the extractor reads', () => {
  it.each(AMOUNTS)('%s → %s %s, %s', (text, value, unit, kind) => {
    expect(the(text, value)).toMatchObject({ unit, kind, number: Number(value) });
  });

  it.each(COUNTS)('%s → %s %s, a count', (text, value, unit) => {
    expect(the(text, value)).toMatchObject({ unit, kind: 'count' });
  });

  it('a magnitude alone counts the noun after it', () => {
    expect(the('全市有190.6万农村贫困人口。', '190.6')).toMatchObject({ unit: '万', kind: 'count', label: '农村贫困人口' });
  });

  it('percent, per mille, percentage points (also written 百分点 or 个点) and per-mille points (个千分点)', () => {
    expect(the('全年人口出生率8.5‰。', '8.5')).toMatchObject({ unit: '‰', kind: 'share' });
    expect(the('城镇化率比上年提高1.2百分点。', '1.2')).toMatchObject({ unit: '百分点', kind: 'change', number: 1.2 });
    expect(the('增速比全国高0.8个点。', '0.8')).toMatchObject({ unit: '个点', kind: 'change', number: 0.8 });
    // A change of a per-mille rate, as a city bulletin writes it (http://111.229.73.81/look/Statslisth?Id=2494).
    const births = '全年人口出生率11.69‰，比上年下降0.75个千分点；人口死亡率4.47‰，比上年下降0.33个千分点。';
    expect(the(births, '0.75')).toMatchObject({ unit: '个千分点', kind: 'change', number: -0.75, label: '人口出生率变化' });
    expect(the('人口出生率为10.2‰，比上年提高0.3千分点。', '0.3')).toMatchObject({ unit: '千分点', kind: 'change', number: 0.3 });
    expect(the('工业增加值增长2.5倍。', '2.5')).toMatchObject({ unit: '倍', kind: 'multiple' });
  });

  it('shares in 成 and ranks in 位, with the number written in Chinese', () => {
    expect(the('全省近九成行政村通了客车。', '九')).toMatchObject({ unit: '成', kind: 'share', number: 9, qualifier: '近' });
    expect(the('两成企业订单不足。', '两')).toMatchObject({ unit: '成', kind: 'share', number: 2 });
    expect(the('全市约3成企业实现盈利。', '3')).toMatchObject({ unit: '成', kind: 'share', number: 3 });
    // A tenth after 成: "增长三成三,产销率近九成八" (福建 2011 1-2月, held-out set 43); not where a numeral goes on.
    const fujian = '福建今年1-2月完成产值近450亿元,增长三成三,产销率近九成八。';
    expect(the(fujian, '三成三', { asOf: '2011年1-2月' })).toMatchObject({ unit: '成', kind: 'growth', number: 3.3 });
    expect(the(fujian, '九成八', { asOf: '2011年1-2月' })).toMatchObject({ unit: '成', kind: 'share', number: 9.8, qualifier: '近' });
    expect(the('利润增长三成,三季度好转。', '三')).toMatchObject({ unit: '成', number: 3 });
    expect(the('利润增长三成三季度好转。', '三')).toMatchObject({ unit: '成', number: 3 });
    expect(the('全市经济总量在全省排名第十二位。', '十二')).toMatchObject({ kind: 'rank', number: 12 });
    expect(the('综合实力排名上升3位。', '3')).toMatchObject({ unit: '位', kind: 'change', number: 3 });
    // Places written N个位次 after the verb that moves them; 个 before 位次 elsewhere stays a count.
    expect(the('居全省第11位,较6月份提高4个位次。', '4')).toMatchObject({ unit: '位', kind: 'change', number: 4 });
    expect(the('全市经济总量排名后退了2个位次。', '2')).toMatchObject({ unit: '位', kind: 'change', number: -2 });
    expect(the('新增3个位次较高的企业。', '3')).toMatchObject({ unit: '个', kind: 'count' });
  });
});

// [sentence, value, qualifier as written]
const QUALIFIERS: [string, string, string][] = [
  ['城镇新增就业超过10万人。', '10', '超过'],
  ['地区生产总值突破2万亿元。', '2', '突破'],
  ['全年财政收入跨越130亿元。', '130', '跨越'],
  ['全市高新技术企业将近3000家。', '3000', '将近'],
  ['全社会研发投入接近500亿元。', '500', '接近'],
  ['城镇登记失业率不到3%。', '3', '不到'],
  ['农村贫困人口不足500人。', '500', '不足'],
  ['全市新建大约200个充电站。', '200', '大约'],
  ['全市入驻企业逾300家。', '300', '逾'],
  ['常住人口城镇化率近70%。', '70', '近'],
  ['全年新增市场主体约1.2万户。', '1.2', '约'],
  ['全市数字经济规模超1000亿元。', '1000', '超'],
  ['预期全年经济增长7%左右。', '7', '左右'],
  ['城镇新增就业1100万人以上。', '1100', '以上'],
  ['城镇调查失业率控制在5.5%以内。', '5.5', '以内'],
  ['居民消费价格涨幅3%以下。', '3', '以下'],
  ['经济增长6%上下。', '6', '上下'],
  ['引进项目300多个。', '300', '多'],
  ['新增市场主体100余家。', '100', '余'],
];

describe('千亿 / 万亿 thresholds', () => {
  it('are amounts before 元, 台阶 or 大关, and after a word of crossing whatever follows; 千亿级 is a class', () => {
    // 南昌县 2019 统计公报 (held-out set seven): the second is the same threshold, said of the county.
    const text = '全年地区生产总值(GDP)突破千亿大关,实现1027.8亿元,是全省首个突破千亿的县。';
    expect(extractFigures(text).map((f) => [f.value, f.number, f.qualifier, f.label])).toEqual([
      ['千亿', 1e11, '突破', '地区生产总值'],
      ['1027.8', 1027.8, null, '地区生产总值'],
      ['千亿', 1e11, '突破', '地区生产总值'],
    ]);
    expect(the('全省规上工业迈上万亿台阶。', '万亿')).toMatchObject({ number: 1e12 });
    expect(the('全市产业规模跨越千亿。', '千亿')).toMatchObject({ number: 1e11, qualifier: '跨越' });
    expect(extractFigures('培育千亿产业集群。打造突破千亿级的产业。')).toEqual([]);
  });
});

describe('qualifiers around a number', () => {
  it.each(QUALIFIERS)('%s → %s, qualified %s', (text, value, qualifier) => {
    expect(the(text, value).qualifier).toBe(qualifier);
  });

  it('高达 and 之多 stress an exact figure and bound nothing: no qualifier, and 高达 is no part of the subject', () => {
    // "总产值增速高达30%" (宁夏 2022 前2个月, held-out set 34): the corpus annotates no qualifier there.
    expect(the('森林覆盖率高达65%。', '65')).toMatchObject({ qualifier: null, label: '森林覆盖率', kind: 'share' });
    expect(the('全市规上工业总产值增速高达30%。', '30')).toMatchObject({ qualifier: null, label: '规上工业总产值增速', kind: 'growth' });
    expect(the('全市共有外资企业多达1200家之多。', '1200')).toMatchObject({ qualifier: null, label: '外资企业', kind: 'count' });
  });

  it('a number without one has none', () => {
    expect(the('全市规模以上工业企业6500家。', '6500').qualifier).toBeNull();
  });

  it('约合 qualifies as 约; 约, 近 and 超 ending another word (节约, 签约, 附近, 赶超) are none', () => {
    const converted = the('实际利用外资约合68亿元。', '68');
    expect(converted.qualifier).toBe('约');
    expect(the('全年节约用水1200万立方米。', '1200').qualifier).toBeNull();
    expect(the('全年签约120个项目。', '120').qualifier).toBeNull();
    expect(the('全市附近3个县纳入规划。', '3').qualifier).toBeNull();
    expect(the('全市赶超1000亿元目标。', '1000').qualifier).toBeNull();
  });
});

describe('numbers without a unit', () => {
  it('the parts of a ratio are shares of the measure named before them, also after 转为', () => {
    const parts = extractFigures('轻重工业比重由41.8:58.2转为39.9:60.1。');
    expect(parts.map((x) => [x.number, x.unit, x.kind, x.label])).toEqual([
      [41.8, '', 'share', '轻重工业比重'],
      [58.2, '', 'share', '轻重工业比重'],
      [39.9, '', 'share', '轻重工业比重'],
      [60.1, '', 'share', '轻重工业比重'],
    ]);
  });
  it('an exchange rate written bare after 汇率 is a level; a bare number elsewhere is no figure', () => {
    // 玉环市 2019 统计公报.
    const text = '按2019年美元对人民币的平均汇率6.8985折算，人均生产总值约合20533美元；常住人均生产总值为98094元。';
    expect(extractFigures(text).map((x) => [x.value, x.unit, x.kind])).toEqual([
      ['6.8985', '', 'level'],
      ['20533', '美元', 'level'],
      ['98094', '元', 'level'],
    ]);
    expect(extractFigures('全市共有企业6.8985，汇率平稳。')).toEqual([]);
  });
  it('every part of a ratio of three, written with a colon or the ratio sign ∶ (statistical communiqués)', () => {
    // 玉环市 2019 and 通辽市 2017 统计公报.
    const colon = extractFigures('三次产业结构比例为6.01:55.04:38.95。');
    expect(colon.map((x) => [x.value, x.kind, x.label])).toEqual([
      ['6.01', 'share', '第一产业占比'],
      ['55.04', 'share', '第二产业占比'],
      ['38.95', 'share', '第三产业占比'],
    ]);
    const sign = extractFigures('2017年，三次产业比重为21.5∶36.1∶42.4。');
    expect(sign.map((x) => [x.value, x.kind, x.label, x.period])).toEqual([
      ['21.5', 'share', '第一产业占比', '2017年'],
      ['36.1', 'share', '第二产业占比', '2017年'],
      ['42.4', 'share', '第三产业占比', '2017年'],
    ]);
    // The quote is the report's own text, ratio sign and all.
    expect(sign[0].quote).toContain('21.5∶36.1∶42.4');
  });
});

describe('Chinese numerals (plan periods, sessions, 前十一个月)', () => {
  it('reads a whole numeral up to 99 and nothing else', () => {
    expect(['一', '两', '十', '十四', '二十', '九十九', '12'].map(cnNumber)).toEqual([1, 2, 10, 14, 20, 99, 12]);
    // A numeral with something left over on either side is not one number.
    for (const s of ['', '十十', '二十五六', '三四', '百'] as const) expect(cnNumber(s), s).toBeUndefined();
  });
});
