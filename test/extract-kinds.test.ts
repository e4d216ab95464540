/**
 * Kind and sign, read from the unit and the predicate before the number, on sentences as reports write
 * them: what an analyst files each figure under and whether it went up or down (issue 26: the extractor's
 * mutation run, kinds.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('the sign of a change', () => {
  it('a narrower fall is a rise, a narrower rise is a fall; a wider fall is a fall', () => {
    expect(the('规上工业增加值下降5.1%，降幅收窄2.3个百分点。', '2.3')).toMatchObject({ kind: 'change', number: 2.3 });
    expect(the('规上工业增加值增长8.1%，增幅收窄1.2个百分点。', '1.2')).toMatchObject({ kind: 'change', number: -1.2 });
    expect(the('出口下降3.2%，降幅扩大1.5个百分点。', '1.5')).toMatchObject({ kind: 'change', number: -1.5 });
    expect(the('出口增长9.2%，增幅扩大1.5个百分点。', '1.5')).toMatchObject({ kind: 'change', number: 1.5 });
    expect(the('城乡居民收入差距缩小0.3个百分点。', '0.3').number).toBe(-0.3);
  });

  it('every word of a fall signs its number negative, every word of a rise positive', () => {
    const falls = ['下降', '减少', '回落', '下滑', '降低', '下跌', '放缓', '缩短', '缩减', '压减', '萎缩', '后移', '后退', '下移'];
    for (const verb of falls) expect(the(`全市该项指标${verb}3.5个百分点。`, '3.5').number, verb).toBe(-3.5);
    const rises = ['增长', '增加', '提高', '提升', '上升', '上涨', '回升', '加快', '攀升', '跃升', '前移', '上移', '前进'];
    for (const verb of rises) expect(the(`全市该项指标${verb}3.5个百分点。`, '3.5').number, verb).toBe(3.5);
  });

  it('the same figure in another unit, in brackets, falls as the figure does', () => {
    const text = '全国粮食播种面积112220千公顷（168329万亩），比2016年减少815千公顷（1222万亩），下降0.7%。';
    expect(the(text, '112220')).toMatchObject({ unit: '千公顷', kind: 'level' });
    expect(the(text, '815')).toMatchObject({ unit: '千公顷', kind: 'change', number: -815 });
    expect(the(text, '1222')).toMatchObject({ unit: '万亩', kind: 'change', number: -1222 });
    // Brackets that hold another figure of their own are not an equivalent.
    expect(the('全市规上工业利润总额下降12.3%（上年同期增长5.1%）。', '5.1').number).toBe(5.1);
  });

  it('a space a web page or a PDF left between verb and number does not part them: the fall stays a fall', () => {
    expect(the('水泥19979万吨，下降 1.2%；钢材9571万吨，增长 0.8%。', '1.2')).toMatchObject({ kind: 'growth', number: -1.2 });
    expect(the('水泥19979万吨，下降 1.2%；钢材9571万吨，增长 0.8%。', '0.8')).toMatchObject({ kind: 'growth', number: 0.8 });
    expect(the('全市发电量同比减少\u00a03.5亿千瓦时。', '3.5')).toMatchObject({ kind: 'change', number: -3.5 });
    expect(the('出口交货值同比回落\u30002.1个百分点。', '2.1')).toMatchObject({ kind: 'change', number: -2.1 });
    // Nor inside a list joined by 、, where the item keeps its own verb (商洛 2009, traditional; held-out set 32).
    const shangluo = '1-12月份,洛南縣完成產值18.8億元、增長32.1%,山陽縣完成產值13.62億元、增長 25.3%,柞水縣完成產值 19.66億元、增長35.1%。';
    expect(the(shangluo, '13.62')).toMatchObject({ kind: 'level', number: 13.62 });
    expect(the(shangluo, '25.3')).toMatchObject({ kind: 'growth', number: 25.3 });
    expect(the(shangluo, '25.3').label).toContain('山陽縣');
    expect(the('山阳县完成产值13.62亿元、下降 2.5%。', '2.5')).toMatchObject({ kind: 'growth', number: -2.5 });
  });

  it('a rate written as a noun before the number keeps its direction: 降幅 falls, 增速 and 增幅 rise', () => {
    expect(the('1-7月，全市工业投资降幅为8.9%。', '8.9')).toMatchObject({ kind: 'growth', number: -8.9 });
    expect(the('1-7月，全市工业投资增速为8.9%。', '8.9')).toMatchObject({ kind: 'growth', number: 8.9 });
    expect(the('全市工业投资增幅继续保持在8.9%。', '8.9')).toMatchObject({ kind: 'growth', number: 8.9 });
  });

  it('a level reached (下降到, 降至, 提高到) is not a change: its number keeps its sign', () => {
    expect(the('城镇登记失业率下降到3.2%。', '3.2')).toMatchObject({ kind: 'share', number: 3.2 });
    expect(the('城镇登记失业率降至3.2%。', '3.2')).toMatchObject({ kind: 'share', number: 3.2 });
    expect(the('单位产值能耗降低到0.5吨标准煤。', '0.5')).toMatchObject({ kind: 'level', number: 0.5 });
  });

  it('a growth rate reached is a growth rate: 增速回落至5.6% is the rate now, positive', () => {
    expect(the('1-10月，全市工业投资增速回落至5.6%。', '5.6')).toMatchObject({ kind: 'growth', number: 5.6 });
    expect(the('全省规模以上工业增加值增幅提高到8.2%。', '8.2')).toMatchObject({ kind: 'growth', number: 8.2 });
    // A share reached stays a share.
    expect(the('研发经费投入强度提高到2.1%。', '2.1')).toMatchObject({ kind: 'share', number: 2.1 });
  });

  it('an amount named as an increase right before it is a change: 存款增加额320亿元', () => {
    expect(the('年末金融机构存款增加额320亿元。', '320')).toMatchObject({ kind: 'change', number: 320 });
    expect(the('全年粮食增产量为11.5亿斤。', '11.5')).toMatchObject({ kind: 'change', number: 11.5 });
    expect(the('年末金融机构存款余额320亿元。', '320')).toMatchObject({ kind: 'level', number: 320 });
  });

  it('a comparison signs by which side is higher; bare 高/低 compare only after 比 or 较', () => {
    expect(the('规上工业增加值增速高于全国平均水平2.1个百分点。', '2.1')).toMatchObject({ kind: 'change', number: 2.1 });
    expect(the('规上工业增加值增速低于全国平均水平2.1个百分点。', '2.1')).toMatchObject({ kind: 'change', number: -2.1 });
    expect(the('规上工业增加值增速比全国低0.5个百分点。', '0.5')).toMatchObject({ kind: 'change', number: -0.5 });
    expect(the('规上工业增加值增速较全省快1.2个百分点。', '1.2')).toMatchObject({ kind: 'change', number: 1.2 });
  });

  it('偏低/偏高 say the gap with what was compared, as 低于/高于 do (鄞州 2020, held-out set 30)', () => {
    const text = '但与全市平均比较,累计增幅仍偏低3.7个百分点,单月增幅仍偏低3.3个百分点。';
    expect(the(text, '3.7')).toMatchObject({ kind: 'change', number: -3.7 });
    expect(the(text, '3.3')).toMatchObject({ kind: 'change', number: -3.3 });
    expect(the('全市规上工业增加值增速较全省平均偏高1.2个百分点。', '1.2')).toMatchObject({ kind: 'change', number: 1.2 });
  });

  it('新增 and 净增 name an amount added, not a rise of something', () => {
    expect(the('全年新增城镇就业12万人。', '12')).toMatchObject({ kind: 'count', number: 12 });
    expect(the('全年净增规上工业企业300家。', '300')).toMatchObject({ kind: 'count', number: 300 });
  });

  it('净增 before an amount (not a count) is the change of the measure before it', () => {
    // 高邮市2021年计划草案: "工业开票销售净增150亿元"; 深圳龙华区2018年政府工作报告: "两税收入386.6亿元，净增50亿元".
    expect(the('质量结构型指标方面,工业开票销售净增150亿元。', '150')).toMatchObject({ kind: 'change', number: 150 });
    expect(the('两税收入386.6亿元，净增50亿元，增速再创新高。', '50')).toMatchObject({
      kind: 'change',
      number: 50,
      label: '两税收入变化',
    });
  });
});

describe('a pull on another figure (上拉/下拉/拉低)', () => {
  it('下拉 and 拉低 are a fall, 上拉 a rise, whatever the pulled scope ends in (增速)', () => {
    // 长治市统计局, 2025年一季度 (held-out set six).
    const text =
      '其中采矿业增加值同比增长14.4%，上拉全市工业增加值增速10.6个百分点；制造业增加值同比下降5.3%，对全市工业增长的贡献率-12.5%，下拉全市工业增加值增速1.2个百分点。';
    expect(the(text, '10.6')).toMatchObject({ kind: 'change', number: 10.6 });
    expect(the(text, '1.2')).toMatchObject({ kind: 'change', number: -1.2 });
    expect(the('工业投资下降4%，拉低全省投资增速0.5个百分点。', '0.5').number).toBe(-0.5);
    // 拉动 and 拉高 stay rises.
    expect(the('电子信息产业增长12%，拉动全省规上工业增长3个百分点。', '3').number).toBe(3);
    expect(the('汽车制造业增长9%，拉高全市工业增速0.9个百分点。', '0.9').number).toBe(0.9);
  });
});

describe('影响: a pull whose direction the figures before it give', () => {
  it('"以上五个行业…影响…增速3.5个百分点" after five falls is a drag; after rises, a push; 受…影响 is no pull', () => {
    // 青海省统计局, 2020年4月 (held-out set eight).
    const text =
      '电气机械和器材制造业下降29.0%、有色金属矿采选业下降9.9%、化学原料和化学制品制造业下降5.3%、非金属矿物制品业下降5.2%、石油煤炭及其他燃料加工业下降2.2%,以上五个行业占全省规模以上工业增加值的比重为32.2%,影响全省规模以上工业增加值增速3.5个百分点。';
    expect(the(text, '3.5')).toMatchObject({ kind: 'change', number: -3.5 });
    expect(the(text, '3.5').label).toContain('五个行业');
    expect(the('汽车制造业增长5%，影响全省工业增速0.5个百分点。', '0.5').number).toBe(0.5);
    expect(the('受疫情影响工业增加值下降3.5%。', '3.5')).toMatchObject({ kind: 'growth', number: -3.5 });
  });
});

describe('a rate written before the growth it measures', () => {
  it('"汽车产量继续保持40%以上增长" is a growth rate; a share before 增长 stays a share', () => {
    // 安徽省2025年政府工作报告要点 (held-out set eight).
    const text = '汽车产量继续保持40%以上增长、达357万辆,新能源汽车产量增长94.5%、达168.4万辆;';
    expect(the(text, '40')).toMatchObject({ kind: 'growth', number: 40, qualifier: '以上' });
    expect(the('全省工业实现8%的增长。', '8').kind).toBe('growth');
    expect(the('工业投资占比30%增长较快。', '30').kind).toBe('share');
    expect(the('规上工业增长面为60%。', '60').kind).toBe('share');
  });
});

describe('a growth rate that moved (回升至, 回落到)', () => {
  it('"由一季度的7.9%、8.5%回升至8.1%、9.3%" are growth rates, the first two of 一季度; a share or an index stays one', () => {
    // 湖北 2015年1-7月 (corpus), a fault left from an earlier held-out set.
    const text = '武汉、襄阳由一季度的7.9%、8.5%回升至8.1%、9.3%,宜昌市增长10.4%。';
    for (const v of ['7.9', '8.5', '8.1', '9.3']) expect(the(text, v).kind, v).toBe('growth');
    expect(the(text, '7.9').period).toBe('一季度');
    expect(the(text, '8.5').period).toBe('一季度');
    expect(the('城镇登记失业率由4.1%回落到3.2%。', '3.2').kind).toBe('share');
    expect(the('城镇登记失业率由4.1%回落到3.2%。', '4.1').kind).toBe('share');
    expect(the('制造业PMI回落至49.5%。', '49.5').kind).not.toBe('growth');
  });
});

describe('a natural growth rate of the population', () => {
  it('"人口自然增长率1.64‰" is a rate of the population (share), as 出生率 is; other 增长率 stay growth', () => {
    // 青岛市政府工作报告 2014 (held-out set six).
    expect(the('居民消费价格上涨2.5%；人口自然增长率1.64‰；完成了节能减排各项任务。', '1.64')).toMatchObject({
      kind: 'share',
      number: 1.64,
    });
    expect(the('全年人口出生率11.69‰，人口自然增长率为7.22‰。', '7.22').kind).toBe('share');
    expect(the('全年人口出生率11.69‰，人口自然增长率为7.22‰。', '11.69').kind).toBe('share');
    expect(the('全市工业增长率为5.5%。', '5.5').kind).toBe('growth');
  });
});

describe('the kind of a figure', () => {
  it('a bare 万亿 or 亿 after a sum of money is an amount; after people it is a count', () => {
    expect(the('2022年，全省工业增加值达1.38万亿。', '1.38')).toMatchObject({ kind: 'level', unit: '万亿' });
    expect(the('2022年，全省常住人口达1.38万。', '1.38')).toMatchObject({ kind: 'count' });
  });

  it('第一场 of a series of press conferences is no rank; 位列全国第十一 is', () => {
    expect(extractFigures('记者从省政府新闻办召开的系列新闻发布会第一场获悉。')).toEqual([]);
    expect(the('全省经济总量位列全国第十一。', '十一')).toMatchObject({ kind: 'rank', number: 11 });
  });

  it('a place among the first (居前3位, 排名全国前10位) is a rank, as 第3位 is', () => {
    expect(the('三个行业所占比重居前3位。', '3')).toMatchObject({ kind: 'rank', number: 3, unit: '位' });
    expect(the('其中50种储量排名全国前10位。', '10')).toMatchObject({ kind: 'rank', number: 10 });
    expect(the('全省共有企业3位数以上的行业达到12位。', '12').kind).not.toBe('rank');
  });

  it('multiples: 倍 and 翻番', () => {
    expect(the('工业投资增长2.5倍。', '2.5')).toMatchObject({ kind: 'multiple', number: 2.5 });
    expect(the('全市经济总量翻了一番。', '翻了一番')).toMatchObject({ kind: 'multiple', number: 2 });
  });

  it('ranks: 第N位, 并列第N, 居前N位; places gained or lost are a change of rank, signed', () => {
    expect(the('全市经济总量居全省第3位。', '3')).toMatchObject({ kind: 'rank', number: 3 });
    expect(the('全市经济总量居全省前3位。', '3')).toMatchObject({ kind: 'rank', number: 3 });
    expect(the('全市综合排名上升3位。', '3')).toMatchObject({ kind: 'change', number: 3, label: '综合位次变化' });
    expect(the('全市综合排名下降2位。', '2')).toMatchObject({ kind: 'change', number: -2 });
    // 南通市工信局, 2019年1-8月: places gained, then the place reached, tied.
    const nantong = '规模工业增加值8月当月增长8.9%，当月增幅列全省第三，累计增幅位次较一季度前移6位至全省并列第六。';
    expect(the(nantong, '6')).toMatchObject({ kind: 'change', number: 6, unit: '位' });
    expect(the(nantong, '六')).toMatchObject({ kind: 'rank', number: 6, label: the(nantong, '三').label });
  });

  it('shares: 占, 比重, rates; a percentage with no verb is a share unless its subject is a rate', () => {
    expect(the('高技术制造业占规上工业比重为18.5%。', '18.5').kind).toBe('share');
    expect(the('全市工业产品销售率98.2%。', '98.2').kind).toBe('share');
    expect(the('全年全市经济增长面57.5%。', '57.5').kind).toBe('share');
    expect(the('全市规上工业增速7.5%。', '7.5').kind).toBe('growth');
    expect(the('全年全市居民消费价格涨幅2.1%。', '2.1').kind).toBe('growth');
  });

  it('an index value is a level (the kinds have no index): 指数 at the subject, or reached by a verb, unless a share word says otherwise', () => {
    expect(the('全市制造业采购经理指数51.2%。', '51.2').kind).toBe('level');
    expect(the('全市工业生产者出厂价格指数上升到102.3%。', '102.3').kind).toBe('level');
    expect(the('制造业采购经理指数中新订单占比上升到52.1%。', '52.1').kind).toBe('share');
  });

  it("a product's output in 套, 只, 件 is a level, as 汽车 in 辆 is; entities counted (种, 个) stay counts", () => {
    // 河北省统计局, 2017-07-27 (test/corpus/hebei-2017-06-industry).
    const hebei =
      '分产品看,6月份,在统计的406种主要产品中有238种产品同比增长。其中,工业机器人245套,增长121.5倍;城市轨道车辆从无到有,产量为174辆;锂离子电池1267.6万只,增长8.7倍;钢材2202.5万吨,增长2.8%;水泥944.3万吨,下降11.8%;汽车9.7万辆,增长6.8%';
    const kinds = Object.fromEntries(extractFigures(hebei).map((f) => [f.value + f.unit, f.kind]));
    expect(kinds).toMatchObject({
      '406种': 'count',
      '238种': 'count',
      '245套': 'level',
      '174辆': 'level',
      '1267.6万只': 'level',
      '9.7万辆': 'level',
    });
    // The same clause outside a paragraph on products: nothing says it is an output.
    expect(the('其中,工业机器人245套,增长121.5倍。', '245').kind).toBe('count');
  });

  it('an increment named as a noun is a change; a duration is a level; an amount is a level', () => {
    expect(the('全年粮食增产量111.5亿斤。', '111.5').kind).toBe('change');
    expect(the('全市工业投资增加320亿元。', '320')).toMatchObject({ kind: 'change', number: 320 });
    expect(the('全市工业投资减少320亿元。', '320')).toMatchObject({ kind: 'change', number: -320 });
    expect(the('项目审批时间缩短至35天。', '35').kind).toBe('level');
    expect(the('全年工业投资总额3200亿元。', '3200').kind).toBe('level');
  });
});

describe('the predicate right before the number', () => {
  it('a rate noun keeps its direction through 分别, 均 and 仅 (降幅分别为, 增速仅为)', () => {
    const listed = extractFigures('汽车、电子产业产值下降，降幅分别为3.2%、1.5%。');
    expect(listed.map((x) => [x.number, x.kind])).toEqual([
      [-3.2, 'growth'],
      [-1.5, 'growth'],
    ]);
    expect(extractFigures('汽车、电子产业产值下降，降幅分别达3.2%、1.5%。').map((x) => x.number)).toEqual([-3.2, -1.5]);
    expect(the('全市工业投资增长5.2%，降幅均为3.2%。', '3.2')).toMatchObject({ kind: 'growth', number: -3.2 });
    // The 分别 right before the number is the one that goes, not a 各 earlier in the clause.
    expect(extractFigures('全市各主要行业降幅分别为3.2%、1.5%。').map((x) => x.number)).toEqual([-3.2, -1.5]);
    // 仅 ("only") between the rate and its number: still the rate, labelled as one.
    expect(the('全市规上工业增速仅为3.2%。', '3.2')).toMatchObject({ kind: 'growth', number: 3.2, label: '规上工业增速' });
    expect(the('全市工业投资增长5.2%，增速仅为3.2%。', '3.2')).toMatchObject({ kind: 'growth', label: '工业投资增速' });
    expect(the('全市规上工业增速达15.2%。', '15.2')).toMatchObject({ kind: 'growth', number: 15.2 });
  });

  it('了 after the verb changes nothing: 下降了 is a fall, 净增了 an amount added', () => {
    expect(the('全市工业增加值下降了4.1%。', '4.1')).toMatchObject({ kind: 'growth', number: -4.1 });
    expect(the('全年全市规上工业企业净增了300家。', '300')).toMatchObject({ kind: 'count', number: 300 });
  });

  it('新增 and 净增 right before the number are amounts added; a bare 增 after a noun is a rise', () => {
    expect(the('城镇就业人员新增12万人。', '12')).toMatchObject({ kind: 'count', number: 12 });
    expect(the('全市规上工业企业净增300家。', '300')).toMatchObject({ kind: 'count', number: 300 });
    expect(the('全市规上工业企业利润增12.5%。', '12.5')).toMatchObject({ kind: 'growth', number: 12.5 });
  });

  it('高出 right before the number is a comparison, labelled by what it is compared with', () => {
    expect(the('全市规上工业增加值增速比全国高出2.1个百分点。', '2.1')).toMatchObject({
      kind: 'change',
      number: 2.1,
      label: '规上工业增加值比全国高出',
    });
  });

  it('bare 高/多/少 with no 比 or 较 compare nothing: 最高500万元 is an amount', () => {
    expect(the('单个项目补助最高500万元。', '500')).toMatchObject({ kind: 'level', number: 500 });
    expect(the('力争培育年营业收入超百亿元企业至少5家。', '5')).toMatchObject({ kind: 'count', number: 5 });
  });

  it('a comparison within the last words of a long clause still governs its number', () => {
    expect(the('今年全市规模以上工业企业利润总额增速高于全省平均水平5.2个百分点。', '5.2')).toMatchObject({
      kind: 'change',
      number: 5.2,
      label: '规模以上工业企业利润总额高于全省平均水平',
    });
  });

  it('only the end of a long clause governs its number: a 高于 far before it is not the predicate', () => {
    const f = the('全市利润增速高于全省平均水平的规模以上工业企业和限额以上批发零售企业共有1250家。', '1250');
    expect(f).toMatchObject({ kind: 'count', number: 1250 });
  });

  it('降幅缩小 is a rise, as 降幅收窄', () => {
    expect(the('出口下降3.2%，降幅缩小1.5个百分点。', '1.5')).toMatchObject({ kind: 'change', number: 1.5 });
  });
});

describe('the kind when no verb governs the number', () => {
  it('percentage points with no verb are a change of a rate, not a comparison', () => {
    expect(the('城乡居民收入增速差距为1.2个百分点。', '1.2')).toMatchObject({ kind: 'change', number: 1.2, label: '城乡居民收入变化' });
  });

  it('a bare number after 指数 is an index value, a level', () => {
    expect(the('2014年居民消费价格指数为102.7。', '102.7')).toMatchObject({ kind: 'level', unit: '', label: '居民消费价格指数' });
    expect(the('全市制造业采购经理指数为51.2，比上月回升0.3个点。', '51.2')).toMatchObject({
      kind: 'level',
      unit: '',
      label: '制造业采购经理指数',
    });
  });

  it('an index reached with its name in the clause before is a level, not a share', () => {
    expect(the('全市工业生产者出厂价格指数同比下降1.2%，6月份回升到100.3%。', '100.3')).toMatchObject({ kind: 'level', number: 100.3 });
  });

  it('an increase noun before the number makes it a change, however long the clause (增加额, 增加额达)', () => {
    expect(the('年末全市金融机构存款增加额320亿元。', '320')).toMatchObject({ kind: 'change', number: 320 });
    expect(the('年末金融机构存款增加额达320亿元。', '320')).toMatchObject({ kind: 'change', number: 320 });
  });

  it('places counted in 位 with no verb are not a rank', () => {
    const f = the('全年引进两院院士5位。', '5');
    expect(f.number).toBe(5);
    expect(f.kind).not.toBe('rank');
  });
});

describe('a rate from one year to another', () => {
  it('增速由…的9.8%回落至…的5.6%: both ends are growth rates of the subject, each of its own year', () => {
    const ends = extractFigures('全市工业投资增速由2015年的9.8%回落至2016年的5.6%。');
    expect(ends.map((x) => [x.number, x.kind, x.label, x.period])).toEqual([
      [9.8, 'growth', '工业投资增速', '2015年'],
      [5.6, 'growth', '工业投资增速', '2016年'],
    ]);
    expect(extractFigures('规上工业增加值增速从一季度的3.2%提高到上半年的5.1%。').map((x) => [x.number, x.kind, x.period])).toEqual([
      [3.2, 'growth', '一季度'],
      [5.1, 'growth', '上半年'],
    ]);
  });

  it("a rate reached with the year's own 的 (回落至2016年的5.6%, 提高到“十三五”末的8.2%) is a growth rate", () => {
    expect(the('全市工业投资增速回落至2016年的5.6%。', '5.6')).toMatchObject({ kind: 'growth', number: 5.6, period: '2016年' });
    expect(the('全市工业投资增速提高到“十三五”末的8.2%。', '8.2')).toMatchObject({ kind: 'growth', number: 8.2, label: '工业投资增速' });
    expect(the('全市工业投资增速提高到十三五末的8.2%。', '8.2')).toMatchObject({ kind: 'growth', number: 8.2, label: '工业投资增速' });
  });
});
