/**
 * A work report's review of the years past (过去五年, 五年来): what is marked 预计 in a note after one noun, and
 * which figures are of the span (年均, 累计) or of its last year (达…, 形成, 拥有, 是2006年的3倍). 泉州 2011年工作报告,
 * held-out set 14, as the report writes it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const QUANZHOU =
  '——综合实力显著增强。五年来,我市生产总值(预计,下同)、财政总收入、一般预算收入、规模以上工业产值、全社会固定资产投资年均分别增长14.1%、22.1%、20.6%、22.4%和26.8%,达4270亿元、500.36亿元、242.09亿元、8240亿元和1573亿元,均比2006年翻一番以上,经济总量连续13年局全省首位;形成3个产值超千亿元、2个产值500亿元的产业集群;拥有产值亿元以上企业1470家、上市企业74家、中国驰名商标73件,分别是2006年的3倍、3.4倍和3倍。';
const asOf = { asOf: '2011年' };

describe('a note "(预计,下同)" after one noun', () => {
  it('makes that noun’s figures estimates, and no other', () => {
    expect(the(QUANZHOU, '14.1', asOf).status).toBe('estimate');
    expect(the(QUANZHOU, '4270', asOf).status).toBe('estimate');
    for (const v of ['22.1', '500.36', '8240', '1470']) expect(the(QUANZHOU, v, asOf).status, v).toBe('actual');
  });

  it('is no clause break: the noun keeps its name', () => {
    expect(the(QUANZHOU, '14.1', asOf).label).toBe('生产总值年均增速');
    expect(the(QUANZHOU, '4270', asOf).label).toBe('生产总值');
  });

  it('still marks a whole sentence when 预计 opens it', () => {
    expect(the('预计全市生产总值4270亿元,财政总收入500亿元。', '500', asOf).status).toBe('estimate');
  });
});

describe('a span of years reviewed (五年来)', () => {
  it('gives its yearly rates the span', () => {
    expect(the(QUANZHOU, '22.1', asOf).period).toBe('2007-2011年');
  });

  it('gives every item of a list reached, what it ends holding and its multiples of the year before it the last year', () => {
    for (const v of ['4270', '500.36', '1573', '翻一番', '1470', '74', '3.4']) expect(the(QUANZHOU, v, asOf).period, v).toBe('2011年');
  });

  it('keeps a sum over the span the span’s', () => {
    expect(the('五年来,全市累计抓好各级新农村试点示范村960个。', '960', asOf).period).toBe('2007-2011年');
  });
});

describe('the end of a plan ("到“十四五”末")', () => {
  // 黔西南州 "十四五" plan targets, held-out set 14.
  const QIANXINAN =
    '黔西南州发展规划显示,到“十四五”末,全州工业总产值突破2000亿元,年均增速15%左右;规模以上工业企业突破800户,工业累计投资在2600亿元以上。';

  it('is the plan’s last year for what is reached by then, the plan for its yearly rates and sums', () => {
    expect(the(QIANXINAN, '2000').period).toBe('2025年');
    expect(the(QIANXINAN, '800').period).toBe('2025年');
    expect(the(QIANXINAN, '15').period).toBe('“十四五”时期');
    expect(the(QIANXINAN, '2600').period).toBe('“十四五”时期');
    expect(the(QIANXINAN, '2000').status).toBe('target');
    expect(the('到“十三五”末,全市规上工业企业达到1000家。', '1000').period).toBe('2020年');
  });
});

describe('what the span ends at, compared with the year before it', () => {
  const city =
    '——城乡面貌显著改善。五年来,泉州城市发展从沿江向环湾推进,城市建设全面提速,中心城区建成区面161.5平方公里、城镇化59.5%,分别比2006年增加81.5平方公里和11.5个百分点,海湾型城市框架初具雏形。累计抓好各级新农村试点示范村960个、扶贫开发重点村380个。';

  it('is of the last year, and so is the change since', () => {
    for (const v of ['161.5', '59.5', '81.5', '11.5']) expect(the(city, v, asOf).period, v).toBe('2011年');
  });

  it('a sum over the span stays of the span', () => {
    expect(the(city, '960', asOf).period).toBe('2007-2011年');
  });
});

describe('a milestone a plan’s span is to reach', () => {
  it('is of the span’s last year (迈上, as 达到)', () => {
    // jiangxi-2016-industry-plan.
    const text =
      '我省近日制定出台《江西省强攻工业制造升级三年行动计划》,明确2016至2018年全省工业发展蓝图,用3年时间,力争工业总量和工业投资迈上万亿元台阶。';
    expect(the(text, '万亿', { asOf: '2016年' })).toMatchObject({ period: '2018年', status: 'target' });
  });
});

describe('what has held for years running', () => {
  it('is counted at the span’s end', () => {
    // quanzhou-2011-government-work (held-out set 14).
    const text = '——综合实力显著增强。五年来,经济总量连续13年局全省首位。5个县(市)连续多年入围全国县域经济基本竞争力百强。';
    expect(the(text, '5', asOf)).toMatchObject({ period: '2011年', label: '县(市)', kind: 'count' });
  });
});

describe('the count of the steps crossed in a plan’s years (陵川 2025, held-out set 24)', () => {
  it('is of the span, and 跨越 is its verb, not a bound ("五年跨越3个十亿级台阶,年均增速达到8%")', () => {
    const text =
      '——决胜“十四五”,我们群策群力抓发展。预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;规模以上工业增加值增长16%。';
    const steps = the(text, '3', { asOf: '2025年' });
    expect([steps.kind, steps.period, steps.qualifier]).toEqual(['count', '“十四五”时期', null]);
    expect(the(text, '8', { asOf: '2025年' }).period).toBe('“十四五”时期');
    expect(the(text, '87.4', { asOf: '2025年' }).period).toBe('2025年');
  });
});
