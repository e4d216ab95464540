/**
 * A figure's kind (level, count, growth, change, share, multiple, rank) in its context, and its sign: a decline is
 * negative.
 */
import { charTable, isIn, lastCode } from './chars';
import { FALL_FROM, directionOf, kindOf, saysFall, shortfallDirection, type Predicate } from './kinds';
import { PICKED_IN_BRACKETS } from './labels';
import { type PeriodMention } from './periods';
import { clauseEnd, clauseStart } from './sentences';
import { PLACE_ITEM, countsRisesFalls, type Token } from './tokens';
import { PERCENT_UNITS, POINT_UNITS } from './units';
import { CLOSING, LIST_JOINT, OPEN_BRACKET, RATE_TAIL } from './figure-words';
import type { FigureDraft, Found, Reading } from './reading';
import { growthBefore } from './subject-rules';

/** After a place (第一): 的 and the name of the one that holds it ("排名第一的淮安市"). */
const RANKED_COMPARED_AFTER = /^[位名]?的[\u4e00-\u9fff]{2}/u;
/** Before a place: a comparison, then at most a few words ("低于排名第一的…", "高于居全省第二位的…"). */
const COMPARED_RANK_BEFORE = /(?:高于|低于|快于|慢于|超过|超出|高出|落后于|次于)[^，；,;（()）0-9]{0,6}$/u;
/** A clause that ends on a rate's name: "…的增速,". */
const RATE_CLAUSE_BEFORE = /(?:增速|增幅|增长率|增长速度)[，,]$/u;
/**
 * A clause whose subject is a rate compared with another's, nothing after: "长沙、岳阳、株洲、湘潭、衡阳等市增速高于全省平均
 * 水平,分别为7.8%、7.1%、…" (湖南's 经信委 on 2016's first ten months, held-out set 49): the rates of the next clause are
 * those rates, growth (not shares).
 */
const RATE_COMPARED_CLAUSE_BEFORE = /(?:增速|增幅|增长率|增长速度)(?:均|都|也)?(?:高于|低于|快于|慢于)[^，,；;。\d%]{1,12}[，,]$/u;
/**
 * A clause with nothing but how a rate stood, or where it moved to: "一直保持在", "更是分别达到", "均在", "分别提高到"
 * ("高技术制造业、装备制造业的增速,分别提高到13.4%、11.3%": shares of 高技术制造业 were read).
 */
const RATE_REACHED =
  /^(?:[\u4e00-\u9fff]{0,4}?)(?:分别|均|都)?(?:保持在|维持在|稳定在|达到?|为|在|超过|高达|(?:提高|提升|上升|加快|回升|回落|下降|放缓)(?:到|至))$/u;
const C_CHA = 4;
const C_JIANG = 8;
const C_PAREN = 16;
/** "…亏损", "…亏损额" (its last code looked at first). */
function endsWithLoss(pre: string): boolean {
  const last = lastCode(pre);
  return (last === 0x635f /* 损 */ && pre.endsWith('亏损')) || (last === 0x989d /* 额 */ && pre.endsWith('亏损额'));
}
/**
 * "增长面扩大至57.1%,比1-7月(51.4%)提高5.7个百分点" (江门 2020 1-8月, held-out set 29): a rate in brackets right after
 * the time compared with is the value then of the share just before (growth's 增长面), a share too.
 */
function shareAtBase(mentions: PeriodMention[], t: Token, before: Found | undefined): boolean {
  if (before === undefined || before.kind !== 'share' || !PERCENT_UNITS.has(before.t.unit)) return false;
  for (let k = 0; k < mentions.length; k++) if (mentions[k].role === 'own' && mentions[k].ownAt === t.outerStart) return true;
  return false;
}
/** A move on to a place, right after the place it starts from: "上升到第4位", "前移至第6", "到第3位". */
const RANK_MOVED_TO = /^(?:上升|提升|提高|跃升|跃居|前移|后移|下降|下滑|回落|退|进)?(?:到|至)第/u;
export function readKind(r: Reading, d: FigureDraft): void {
  const { sentence, found, mentions } = r;
  const { t, cs, clausePre, cb, cpFirst, rateOf, ownSubject, before, between, places } = d;
  let { pred, entity } = d;
  // ("“40升15降”": rises and falls counted without a counter, tokens.ts.)
  let kind =
    places || (t.unit === '' && countsRisesFalls(sentence, t))
      ? 'count'
      : rateOf
        ? 'growth'
        : kindOf(t, pred, clausePre, entity, r.products);
  // "可持续发展能力由24位上升到第4位" (长春高新区 2013, held-out set 56): the place a move to a rank starts from, written
  // without 第, is a rank too.
  if (
    kind !== 'rank' &&
    t.unit === '位' &&
    lastCode(clausePre) === 0x7531 /* 由 */ &&
    RANK_MOVED_TO.test(sentence.slice(t.outerEnd, t.outerEnd + 10))
  )
    kind = 'rank';
  // "2015年至2017年工业战略性新兴产业的增速,一直保持在10%以上", "高技术制造业、装备制造业在2017年的增速,更是分别达到
  // 13.4%、11.3%" (国家统计局 on 40 years of industry, https://news.china.com/zw/news/13000776/20181215/34687736_1.html):
  // a clause that ends on 增速 names what the rates of the next clause are, when that one names nothing of its own.
  if (
    kind === 'share' &&
    PERCENT_UNITS.has(t.unit) &&
    cs > 0 &&
    (RATE_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, cs - 6), cs)) ||
      (RATE_COMPARED_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, cs - 24), cs)) && !SHARE_BEFORE.test(clausePre))) &&
    (RATE_REACHED.test(clausePre) || d.lead?.kind === 'growth')
  )
    kind = 'growth';
  // "规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的任务" (a county's 2021 work summary): an amount
  // followed by 的任务/的目标 is the target set for the measure before, not a result.
  const taskAmount =
    before !== undefined &&
    !PERCENT_UNITS.has(t.unit) &&
    sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ &&
    TASK_AFTER.test(sentence.slice(t.outerEnd + 1, t.outerEnd + 6));
  if (taskAmount) entity = before.root.replace(RATE_TAIL, '') + '目标';
  // "新增产值282.8亿元,完成全年目标的56.6%" (常州 2023): how much of the year's target is done, of the measure before.
  if (kind === 'share' && before !== undefined && clausePre.includes('完成')) {
    const progress = PROGRESS.exec(clausePre);
    if (progress && progress[1].endsWith(entity)) entity = before.root.replace(RATE_TAIL, '') + '完成' + progress[1];
  }
  // "招商引资到位资金6350万元,超年度任务5.8%" (安康, held-out set 17): by how much a task or a plan was passed is a
  // change against it, not a share; so in an amount ("超年度任务350万元", not a second level of 到位资金), in 成, or after
  // a growth rate ("增长9.7%,超年度目标1.7%", not a growth of 1.7%).
  if (clausePre.includes('超') && OVER_TASK.test(clausePre)) kind = 'change';
  // "由一季度的7.9%、8.5%回升至8.1%、9.3%": the rates a growth rate moved from are growth rates too, also without 由 or 从
  // ("增速一季度的7.9%回升至8.1%").
  if (kind === 'share' && pred.direction === 'none' && t.unit === '%' && !SHARE_BEFORE.test(clausePre)) {
    // (MOVED_TO's verbs are the rate verbs: 回升, 回落, 加快, 放缓.)
    if (MOVED_TO.test(sentence.slice(t.outerEnd, clauseEnd(sentence, t.outerEnd)))) kind = 'growth';
  }
  // "汽车产量继续保持40%以上增长", "实现8%的增长", "实现两成增长": a rate written before the growth it measures (not a
  // share's: "占比30%增长较快"), in any unit a share is written in ("实现5‰的增长", "实现1/3的增长").
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    isIn(GROWTH_FIRST, sentence, t.outerEnd) &&
    GROWTH_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 8)) &&
    !SHARE_BEFORE.test(clausePre)
  )
    kind = 'growth';
  // "以年均2.3%的能源消费增长支撑了年均6.8%的经济增长" (扬州 2022, held-out set 27): a yearly average rate before 的
  // and a measure's 增长 is that measure's growth, named there.
  if (
    t.unit === '%' &&
    pred.direction === 'none' &&
    sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ &&
    AVERAGE_RATE_BEFORE.test(clausePre)
  ) {
    const m = MEASURE_GROWTH_AFTER.exec(sentence.slice(t.outerEnd, t.outerEnd + 12));
    if (m) {
      kind = 'growth';
      entity = m[1];
    }
  }
  // "预计金昌市规上工业经济同比增长31.1%，白银市为19.1%，酒泉市为12.6%" (甘肃): a place's or an industry's rate
  // given as "X为N%" after a growth rate is that growth, for X.
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    t.unit === '%' &&
    before?.kind === 'growth' &&
    before.t.unit === '%' &&
    clausePre.length <= 12 &&
    NAMED_AS.test(clausePre)
  )
    kind = 'growth';
  // "一季度全市GDP实现553.4亿元,同比增长1.2%,…。\n小小的1.2%来之不易" (大庆 2016 一季度, held-out set 26): a rate
  // opening its sentence with no verb, only a word on it and 的, written as the growth rate read last, is that rate again.
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    cs === 0 &&
    t.value === r.lastRate.value &&
    t.unit === r.lastRate.unit &&
    CALLED_BACK.test(clausePre)
  ) {
    kind = 'growth';
    entity = r.lastRate.entity;
  }
  // "其中,4个县(市、区)增速超过30%,分别为徐水区51.5%、莲池区47.2%、涿州市33.5%、顺平县30%" (保定 2021-07, held-out set
  // 28): a 分别为 list of names each with its rate, after the growth rate that introduces them, is of that growth.
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    t.unit === '%' &&
    before?.kind === 'growth' &&
    PERCENT_UNITS.has(before.t.unit) &&
    cpFirst === 0x5206 /* 分 */ &&
    NAMED_RATES_LISTED.test(clausePre)
  )
    kind = 'growth';
  // "全省规模以上工业增加值同比增长6.9%,…。特别是2017年12月份當月達7.4%" (山东, held-out set 14): a rate with neither a
  // subject nor a verb of its own, after a growth rate of the measure it inherits, is that growth again.
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    !ownSubject &&
    !between &&
    t.unit === '%' &&
    entity !== '' &&
    entity === growthBefore(found, r.paragraphGrowth)
  )
    kind = 'growth';
  // "共完成产值2127.87亿元,拉动产值增长19.04%", "24家重点企业共拉动产值增长5.53%" (南宁 2015 前九月, held-out set 55):
  // a pull by a part the sentence names (a figure of it before, or its name before 拉动) is its contribution to the
  // whole's growth, in points written as %: a change, as "拉动…增长8.89个百分点" is. A pull by causes alone, nothing
  // figured before it ("…等新的发展因素和潜力集聚释放,拉动三产增长4.5%,拉动全市GDP增长1.4个百分点", 大庆 2016 一季度,
  // held-out set 26), says how much what it pulled grew: a growth.
  if (kind === 'growth' && t.unit === '%' && clausePre.includes('拉')) {
    const pull = PULL_IN_PERCENT.exec(clausePre);
    if (pull && (before !== undefined || PULLER_NAMED.test(clausePre.slice(0, pull.index)))) kind = 'change';
  }
  // "三大开发区合计完成产值1320亿元,占全市产值的57.57%,比去年同期高6.79%" (南宁 2015 前九月, held-out set 55): a clause
  // that only says a share in % just before is higher or lower than then (比…高, 比…低: a comparison, not a verb of growth
  // as "同比下降" is) gives the share's gap in points written as %, a change, as "比重同比提高3.9%" is.
  if (
    kind === 'growth' &&
    t.unit === '%' &&
    // (比, 较)
    (cpFirst === 0x6bd4 || cpFirst === 0x8f83) &&
    before?.kind === 'share' &&
    PERCENT_UNITS.has(before.t.unit) &&
    SHARE_GAP.test(clausePre)
  )
    kind = 'change';
  if ((rateOf && pred.comparison) || d.comparand) pred = NO_PREDICATE;
  // "累计增速高于全省平均水平，其中，甘孜(21.5%)、泸州(10.9%)", "25个省市正增长(江苏4.4%、浙江3.9%)": rates in
  // brackets after a growth rate (not a share named inside them: "(占全部工业的比重为30%)").
  if (kind === 'share' && cb & C_PAREN) {
    const open = Math.max(clausePre.lastIndexOf('('), clausePre.lastIndexOf('（'));
    const inside = clausePre.slice(open + 1);
    // ("比去年同期贡献率(41.5%)": a share named right before the brackets stays one.)
    const named = clausePre.slice(Math.max(0, open - 4), open);
    if (
      !/[)）]|占|比重|比例|份额|率/u.test(inside) &&
      !(/占|比重|比例|份额|率$/u.test(named) && !/增长率$/u.test(named)) &&
      (/增速|增幅|增长/u.test(sentence.slice(0, cs + open)) || ratesNamedAfter(sentence, t.outerStart)) &&
      !shareAtBase(mentions, t, before)
    )
      kind = 'growth';
  }
  // "全区规模以上工业产销率98.9%,高于全国平均水平(96.8%)2.1个百分点" (内蒙古 2023 1-10月, a 繁體 copy, held-out set
  // 46): the value in brackets of what a share is compared with is a share too, not a growth.
  if (
    kind === 'growth' &&
    cb & C_PAREN &&
    PERCENT_UNITS.has(t.unit) &&
    before?.kind === 'share' &&
    PERCENT_UNITS.has(before.t.unit) &&
    COMPARED_IN_BRACKETS.test(clausePre)
  )
    kind = 'share';
  // "全市居民人均可支配收入35000元,高于全省平均水平(32000元)": so is the amount in brackets of what an amount is compared with
  // a level of its own, not a change (it read 全省平均水平高于全省平均水平(, a gap of 32000元).
  else if (
    kind === 'change' &&
    cb & C_PAREN &&
    before?.kind === 'level' &&
    before.t.unit === t.unit &&
    COMPARED_IN_BRACKETS.test(clausePre)
  )
    kind = 'level';
  d.pred = pred;
  d.entity = entity;
  d.kind = kind;
  d.taskAmount = taskAmount;
}
/** A pull and what it pulled, the rate next: "拉动产值增长", "共拉动全市规上工业增加值增长" (not "在…拉动下"). */
const PULL_IN_PERCENT = /(?:拉动|拉高|上拉)(?!下)[^，,；;。、\d%]{0,16}?(?:增长|增速)?(?:达到?|了)?$/u;
/** Before a pull in its clause: a name of what pulls (not 受/在/由于 a cause, nor only 共, 合计, 其中). */
const PULLER_NAMED = /^(?![受在因由])(?!其中)[\u4e00-\u9fffA-Za-z“”"]{2,}/u;
/** Only what a share is compared with, then 高 or 低: "比去年同期高", "较上年低了" (not "比重…"). */
const SHARE_GAP = /^[比较](?!重)[^，,；;。\d%]{1,8}?(?:高|低)(?:出|了)?$/u;
/** What a figure is compared with, opening the brackets its value is in: "高于全国平均水平(". */
const COMPARED_IN_BRACKETS = /(?:高于|低于|高於|低於)[^，；,;()（）\d]{0,10}[(（]$/u;
/**
 * A run of bracketed rates after names, then the rate they are: "宜昌(10.3%)、襄陽(10%)、黃石(9.8%)、孝感(9.6%)增速領跑全省"
 * (湖北 2019 1-10月, 中國工業報, held-out set 36): growth rates named after the run, as 增速 before it names them; so
 * after the run's count and measure: "呼和浩特市(23.1%)、…、烏蘭察布市(11.8%)4個盟市規上工業增加值增速高于全區平均水平"
 * (内蒙古 2023 1-10月, a 繁體 copy, held-out set 46), not a share named there (占, 比重, 率). An industry's name runs
 * long: "電氣機械和器材制造業(22.0%)、計算機通信和其他電子設備制造業(19.8%)、鐵路船舶航空航天和其他運輸設備制造業(18.5%)
 * 等3個重點行業增加值增速均超兩位數" (江阴 1—4月, a 繁體 copy, held-out set 52): names of up to 20 characters.
 */
const RATES_NAMED_AFTER =
  /^[(（][^()（），；。]*[)）](?:[、和及与][\u4e00-\u9fff]{1,20}[(（][^()（），；。]*[)）])*(?:等[\u4e00-\u9fff]{0,4})?(?:\d{1,3}个[\u4e00-\u9fff]{1,3}?(?:[\u4e00-\u9fff](?<![占比率重]))*?)?的?(?:增速|增幅|增长)/u;
/** A figure in brackets opened right after the figure before, after a short name of its own: "62.92亿元(市口径83.77亿元)". */
const NAME_IN_BRACKET = /^[\u4e00-\u9fff]{1,8}$/u;
function measuredAgain(sentence: string, before: Found, t: Token): boolean {
  const open = before.t.outerEnd;
  return isIn(OPEN_BRACKET, sentence, open) && t.outerStart > open + 1 && NAME_IN_BRACKET.test(sentence.slice(open + 1, t.outerStart));
}
/** (clausePre holds no earlier bracket's inside: the run is read in the sentence, from the figure's own bracket.) */
function ratesNamedAfter(sentence: string, at: number): boolean {
  const open = Math.max(sentence.lastIndexOf('(', at), sentence.lastIndexOf('（', at));
  return open >= 0 && RATES_NAMED_AFTER.test(sentence.slice(open));
}
export function readSign(r: Reading, d: FigureDraft): void {
  const { sentence, found } = r;
  const { i, t, cs, k, prevInClause, clausePre, pre, cb, pred, entity, placeInBracket, ownSubject, before, wholeParts, kind } = d;
  const fall =
    (before !== undefined && before.number < 0 && before.kind === 'growth') ||
    saysFall(clausePre) ||
    // "A下降29.0%、B下降9.9%…，以上五个行业占…的比重为32.2%，影响…增速3.5个百分点": the group's rates fell.
    (pred.verb === '影响' && lastGrowthFell(found)) ||
    // "小微企业下降6.9%。比1-7月(-10.6%)收窄3.7个百分点" (江门 2020 1-8月, held-out set 29, a stop where a comma was
    // meant): the rate in brackets of the time compared with, a fall, is what narrows.
    (k < i - 1 && found[i - 1].t.outerStart >= cs && found[i - 1].number < 0 && PERCENT_UNITS.has(found[i - 1].t.unit));
  // A gap behind another figure (差距), or a drag (下拉, 拉低) the figure before gave, changing size: shrinking is a gain.
  const shortfall =
    !pred.comparison &&
    POINT_UNITS.has(t.unit) &&
    ((cb & C_CHA && clausePre.includes('差距') && GAP_WITH.test(clausePre)) ||
      (!ownSubject && before !== undefined && (before.pred.verb === '下拉' || before.pred.verb === '拉低')));
  const direction = shortfall ? shortfallDirection(pred) : directionOf(pred, fall);
  // "采矿业增加值(占比75.9%)增长14.4%" (大武口区): a share named inside the brackets is an aside too; the growth after it
  // is of the measure before the brackets, not of the share.
  const aside =
    d.comparand ||
    wholeParts !== null ||
    placeInBracket !== null ||
    // "全年财政总收入省口径完成62.92亿元(市口径83.77亿元),增长1.4%" (新建区's 2020 统计公报, held-out set 53): the figure
    // before again, by another measure named in brackets right after it, is an aside too; the rate after is of the one
    // before the brackets, not of 市口径.
    (i > 0 && isIn(CLOSING, sentence, t.outerEnd) && measuredAgain(sentence, found[i - 1], t)) ||
    // "低于排名第一的淮安市8.1个百分点" (宿迁 2021): the place of the one compared with, named before it, is an aside.
    (t.form === 'ordinal' &&
      RANKED_COMPARED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 10)) &&
      COMPARED_RANK_BEFORE.test(sentence.slice(Math.max(0, t.outerStart - 10), t.outerStart))) ||
    (t.outerStart > 0 &&
      t.outerEnd < sentence.length &&
      // "负增长的是平远县(-13.8%),降幅比1-7月收窄1.6个百分点" (梅州 2023, held-out set 33): the rate of the name a clause
      // picks out is that clause's own figure, which the next clause's 降幅 reads on from; not an aside.
      !(cb & C_PAREN && PICKED_IN_BRACKETS.test(sentence.slice(Math.max(0, t.outerStart - 20), t.outerStart))) &&
      (isIn(OPEN_BRACKET, sentence, t.outerStart - 1) ||
        (isIn(SHARE_LAST, sentence, t.outerStart - 1) &&
          BRACKETED_SHARE.test(sentence.slice(Math.max(0, t.outerStart - 4), t.outerStart)))) &&
      isIn(CLOSING, sentence, t.outerEnd));
  // "低于安徽(9.2%)、江西(9%)": a rate in brackets after the one compared with is that one's own, not a gap below.
  const comparedsOwn = aside && pred.comparison && PERCENT_UNITS.has(t.unit);
  let number = t.number;
  // "低于全国0.4、全省0.1个百分点" (萍乡 2019): the next item, after its place, is the same comparison with that place.
  const placeItem =
    kind === 'change' &&
    !pred.comparison &&
    prevInClause?.pred.comparison === true &&
    prevInClause.kind === 'change' &&
    prevInClause.t.unit === t.unit &&
    isIn(LIST_JOINT, pre, 0) &&
    PLACE_ITEM.test(pre);
  if (placeItem && prevInClause!.number < 0 && !t.signed) number = -t.number;
  // (A place is never below zero: "低于排名第一的淮安市" names a place, no fall.)
  if (!t.signed && direction === 'down' && !pred.reached && kind !== 'multiple' && kind !== 'share' && kind !== 'rank' && !comparedsOwn)
    number = -t.number;
  // "同比下降36.8%,降幅低于前两个月38.0个百分点、低于一季度27.9个百分点、低于前四个月10.0个百分点" (吉林 2009 上半年,
  // held-out set 42): an item after 、 that says the comparison before it again ("、低于一季度") compares the same
  // measure (降幅), which its own words no longer name: its sign is that item's (a fall smaller than each is a gain).
  if (
    !t.signed &&
    pred.comparison &&
    prevInClause?.pred.comparison === true &&
    prevInClause.pred.verb === pred.verb &&
    prevInClause.kind === kind &&
    prevInClause.t.unit === t.unit &&
    isIn(LIST_JOINT, pre, 0)
  )
    number = prevInClause.number < 0 ? -t.number : t.number;
  // "辽宁规模以上工业增加值同比下降9.8%,降幅同比扩大3个百分点,比上月扩大3.7个百分点" (国家统计局 on 东北's April
  // 2016), "同比微降0.1%,降幅比全市规模以上工业平均水平小10.1个百分点,比1—10月份收窄6.0个百分点" (a city's 1-11月
  // profits, https://hbpjys.com/tjj/tjzl/sjjd/202301/t20230103_2833413): a clause that only says against what (比上月,
  // 比1—10月份) a fall's size widened or narrowed moves the 降幅 the clause before named, which it no longer names.
  else if (
    !t.signed &&
    (pred.verb === '扩大' || pred.verb === '收窄' || pred.verb === '缩小') &&
    before !== undefined &&
    before.kind === 'change' &&
    before.t.outerEnd <= cs &&
    POINT_UNITS.has(t.unit) &&
    MOVE_AGAINST_ONLY.test(clausePre) &&
    sentence.slice(clauseStart(sentence, before.t.outerStart), before.t.outerStart).includes('降幅')
  )
    number = pred.verb === '扩大' ? -t.number : t.number;
  if (!t.signed && endsWithLoss(pre) && /利润|盈利/u.test(entity)) number = -t.number;
  // "降幅由年初的7.5%缩小到全年的0.3%": the rate a fall's size moved to is a fall too.
  else if (
    !t.signed &&
    kind === 'growth' &&
    PERCENT_UNITS.has(t.unit) &&
    cb & C_JIANG &&
    clausePre.includes('降幅') &&
    FALL_FROM.test(clausePre)
  )
    number = -t.number;

  d.number = number;
  d.aside = aside;
  d.placeItem = placeItem;
}
/** A clause that names only what a move is against, then the move: "比上月扩大", "较一季度收窄", "比1-7月份缩小". */
const MOVE_AGAINST_ONLY = /^(?:并|又|再)?(?:比|较)[^，；,;]{1,10}?(?:扩大|收窄|缩小)了?$/u;
/** The latest growth rate read in the sentence is a fall. */
function lastGrowthFell(found: Found[]): boolean {
  for (let k = found.length - 1; k >= 0; k--) if (found[k].kind === 'growth') return found[k].number < 0;
  return false;
}
/** A bracket opening with a share's name, the number next: "(占比75.9%)", "（比重为20.1%）". */
const BRACKETED_SHARE = /[（(](?:占比|比重)为?$/u;
/** The characters BRACKETED_SHARE ends with: it is run only where one stands. */
const SHARE_LAST = charTable('比重为');
const TASK_AFTER = /^(?:目标)?任务|^目标(?!值)/u;
/** ("完成市政府下达全年目标的59.2%", a city's half-year report read for a sweep: the body that set the target, named.) */
/**
 * ("利润总额完成了年计划的57%" (甘肃's defence industry, 2012 上半年, https://gstzyz.com/html/.xxgkdttjxx.201210t20121015_244932.html):
 * 完成了, its 了 no part of the label.)
 */
const PROGRESS = /完成了?((?:[^，；。完]{1,8}?下达的?)?(?:全年|年度|今年|年)?(?:目标|计划|任务)(?:任务)?)的?$/u;
const OVER_TASK = /超(?:过|额)?[^，；]{0,8}(?:任务|目标|计划)$/u;
const MOVED_TO = /^[^，；。]*?(?:回升|回落|加快|放缓)(?:到|至)/u;
const GROWTH_FIRST = charTable('的增高快较稳');
/**
 * A growth written after the rate it measures: "实现8%的增长", "8%的较快增长", "8%的同比增长", "再到1至6月份10.1%的提速
 * 增长" (哈尔滨 2009, held-out set 31), "8.2%的恢复性增长"; or the rate named after it: "实现了当月工业增加值13.0%的生产
 * 增速" (吉林 2009 上半年, held-out set 42), "电子信息保持30%的增速" (广西 2015).
 */
const GROWTH_AFTER =
  /^的?(?:同比|环比)?(?:高速|快速|较快|稳定|稳步|提速|平稳|强劲|持续|逆势|恢复性)?增长(?![率面点])|^的(?:生产)?(?:增速|增幅)/u;
const SHARE_BEFORE = /占|比重|比例|份额|率/u;
/** "以年均", "年平均": a yearly average rate follows. */
const AVERAGE_RATE_BEFORE = /(?:年均|年平均)$/u;
/** "的能源消费增长", "的经济增长": the measure whose growth the rate before is (a few characters, no punctuation). */
const MEASURE_GROWTH_AFTER = /^的([\u4e00-\u9fff]{1,8}?)增长(?![率面点])/u;
/** Before a rate said again: a word or two on it and 的 ("小小的"), nothing else. */
const CALLED_BACK = /^\s*[\u4e00-\u9fff]{1,4}的$/u;
/** 分别为, then names each with its rate in % ("分别为徐水区51.5%、莲池区"), up to this rate's name. */
const NAMED_RATES_LISTED = /^分别(?:为|是)(?:[\u4e00-\u9fff]{1,12}\d+(?:\.\d+)?%、)*[\u4e00-\u9fff]{1,12}$/u;
const NAMED_AS = /^(?:[\u4e00-\u9fff]{1,10}?(?:市|州|县|区|省|盟|旗|业)|\d{1,2}月份?)(?:为|是)$/u;
/** "与全国平均水平差距", "同全省的差距": a gap behind what is named after 与/同/和/跟. */
const GAP_WITH = /[与同和跟][^，；]{1,14}?的?差距/u;
const NO_PREDICATE: Predicate = { verb: '', direction: 'none', reached: false, comparison: false };
