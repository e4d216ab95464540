/**
 * A figure's status (actual, estimate, target) and period in its context: a target's own year, a plan's end, a sum since
 * January, a move from the year before, the months of a report on part of a year.
 */
import { charTable, isIn, lastCode } from './chars';
import {
  CURRENT_MONTH,
  LAST_YEAR_SAME_TIME,
  MONTHS_SINCE_MARK,
  PREVIOUS_MONTH,
  currentMonthOf,
  isYearOnly,
  lastYearOf,
  monthsSince,
  planEndYear,
  yearOf,
  type PeriodMention,
} from './periods';
import { clauseEnd } from './sentences';
import { markedEstimate, statusOf, bracketedTarget } from './status';
import { PERCENT_UNITS, POINT_UNITS, isCountUnit } from './units';
import { CONTRIBUTION, LEADING_PLACE, ONE_MONTH_OR_QUARTER, OPEN_BRACKET, PLACES_AMONG_AFTER, withoutYear } from './figure-words';
import { itemOf, leadClausePre } from './list-subjects';
import { ratioRun } from './ratios';
import type { FigureDraft, Found, Reading } from './reading';
import { stepsAfter, stepsCrossed } from './steps';
import {
  comparedWithYear,
  firstYearOf,
  hasTime,
  namesTime,
  ofMonth,
  opensWithNow,
  opensWithPart,
  otherTimeBefore,
  overPlanBefore,
  partClauseBefore,
  periodFor,
  planEnd,
  previousOf,
  spanBefore,
  spanFromBefore,
} from './time-rules';

/** Between a target and the part of it done: "220亿元的81.9%", "(40.2亿元)的32.5%". */
const PART_OF_BEFORE = /^[)）]?的$/u;
/** A clause opening on what a rank is compared with, then its move: "比上年末前移", "较上月上升". */
const RANK_COMPARED_ALONE = /^[比较][^，；,;]{1,10}?(?:前移|后移|上升|下降|提升|提高|前进|后退|跃升)了?$/u;
/** A comparison with the same time a year before: 比上年同期, 较去年同期. */
const SAME_TIME_BEFORE = /[比较][上去]年同期/u;
/** A target of the whole year: 年度目标, 全年任务, 年任务. */
// ("欠市级考核目标任务及区级确保目标任务(23.9亿元)" (攀枝花东区 2009 1—8月, held-out set 48): a target set to be assessed
// (考核), ensured (确保), striven for (奋斗, 力争) is the year's too, named without 年.)
const YEAR_TARGET = /年度?(?:预期)?(?:目标|任务|计划)|(?:考核|确保|奋斗|力争)目标/u;
const RATE_CLAUSE = /年均|平均每年|每年平均|年平均|[两三四五六七八九十\d]年(?:来)?平均/u;
/** RATE_CLAUSE, asked only of a clause with 均 (every one of its words has it). */
const rateClause = (clause: string) => clause.includes('均') && RATE_CLAUSE.test(clause);
/** A noun and its note "(预计…)" in brackets: the figures of that noun are estimates, the sentence's others are not. */
const NOTED_ESTIMATE = /([\u4e00-\u9fff]{2,12})[（(](?:预计|初步估算|初步测算)[^（()）]{0,6}[)）]/u;
/** One month, its year kept: "2019年5月" → ["2019年", "5"]. */
const ONE_MONTH_OF = /^((?:19|20)\d{2}年)?(\d{1,2})月$/u;
const C_LEI = 1;
const C_YOU = 32;
/**
 * "长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位" (长春高新区 2013, held-out set 56): a move
 * naming no time of its own, after a move of an earlier clause of its sentence from a year named ("由2008年的"), starts
 * from that year too (not the year before the report's).
 */
const FROM_YEAR_NAMED = /由(?:19|20)\d{2}年(?:的|底|末)?第?$/u;
function fromYearBefore(sentence: string, found: readonly Found[], cs: number): string | undefined {
  for (let j = found.length - 1; j >= 0; j--) {
    const f = found[j];
    if (f.t.outerEnd < cs && FROM_YEAR_NAMED.test(sentence.slice(Math.max(0, f.t.outerStart - 10), f.t.outerStart))) return f.period;
  }
  return undefined;
}

export function readTimes(r: Reading, d: FigureDraft): void {
  const { sentence, tokens, found, mentions, marks } = r;
  const {
    i,
    t,
    cs,
    prevInClause,
    clausePre,
    pre,
    cb,
    cpFirst,
    cpLast,
    run,
    leadIndex,
    item,
    lead,
    pred,
    entity,
    ownSubject,
    before,
    kind,
    taskAmount,
    label,
  } = d;
  let targetYear = false;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'target' && m.start < t.outerStart) targetYear = true;
  let status = statusOf(
    marks,
    t.outerStart,
    clausePre,
    targetYear,
    r.targetSection || r.paragraphTargets,
    sentence.slice(t.outerEnd, t.outerEnd + 8),
  );
  if (
    status === 'actual' &&
    ((r.paragraphEstimates && !otherTimeBefore(sentence, mentions, t.outerStart, r.estimatePeriod) && !HONOUR_WON.test(clausePre)) ||
      (isIn(OPEN_BRACKET, sentence, t.outerEnd) && markedEstimate(sentence.slice(t.outerEnd, t.outerEnd + 12))))
  )
    status = 'estimate';
  // "我市生产总值(预计,下同)、财政总收入…年均分别增长14.1%、22.1%…,达4270亿元、500.36亿元…": the noun's own figures.
  else if (status === 'actual' && marks.noted >= 0) {
    const noted = NOTED_ESTIMATE.exec(sentence);
    if (noted && entity.includes(noted[1].replace(LEADING_PLACE, ''))) status = 'estimate';
  }
  // "全部工业开票销售保9000亿元力争超万亿元" (扬州 2022, held-out set 27): 保 N then 力争/争 M is a target's floor and its
  // reach, both targets.
  else if (
    status === 'actual' &&
    lastCode(clausePre) === 0x4fdd /* 保 */ &&
    FLOOR_THEN_REACH.test(sentence.slice(t.outerEnd, clauseEnd(sentence, t.outerEnd)))
  )
    status = 'target';
  // "技术改造投资543.30亿元,增长22.5%,高于省年初下达的目标任务13%" (a city's 2016 经信 review,
  // http://hxjzpx.com/html/channels166.html): a rate right after the target a result is compared with is that target.
  // "有力支撑了四川省2009年GDP增速14%的目标" (四川 2009, a 繁體 copy, http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm):
  // so is a rate that 的目标 follows.
  if (
    status === 'actual' &&
    PERCENT_UNITS.has(t.unit) &&
    (COMPARED_TARGET_END.test(clausePre) ||
      (sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ && TARGET_NAMED_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 8))))
  )
    status = 'target';
  // "其总量由全省第八位跃升到第四位" (四平 2011, held-out set 24): where a move starts is where things stood before it,
  // known: a result, also among the year's estimates (as "三次产业结构由19.8︰41︰39.2优化为…" is, 贵港 2017).
  if (status === 'estimate' && MOVE_FROM.test(clausePre) && MOVE_TO.test(sentence.slice(t.outerEnd, t.outerEnd + 12))) status = 'actual';
  // "预计前三季度,我市工业增速在全国27个省会城市中排名第3位,…;在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位"
  // (郑州 2015 前三季度): how many places a rank is held among is known, and so is the place held at the time compared
  // with, written in brackets after it: results, among the estimates.
  const known =
    status === 'estimate' &&
    ((isCountUnit(t.unit) && PLACES_AMONG_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 16))) || BASE_BRACKETED.test(clausePre));
  if (known) status = 'actual';
  const rate =
    (kind === 'growth' &&
      (rateClause(clausePre) ||
        (lead !== undefined && rateClause(leadClausePre(sentence, lead))) ||
        // "高于7.3%的全国年均增幅": the rate named after the number.
        (sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ && YEARLY_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 10))))) ||
    // "两年平均增速高于2019年6.5个百分点": the gap between yearly rates is over their years; "固定资产投资五年累计完成
    // 9091亿元,年均增加349亿元" (包头 2012, held-out set 21): so is an amount added each year on average.
    (kind === 'change' && rateClause(clausePre)) ||
    // "五年来,…经济总量跨越了两千亿元和三千亿元两个台阶" (包头 2012): thresholds crossed one after another are the span's,
    // not amounts of its last year.
    (kind === 'level' && (t.prefix === '跨越' || t.prefix === '突破') && stepsAfter(sentence, t.outerEnd)) ||
    // "五年跨越3个十亿级台阶" (陵川 2025, held-out set 24): so is the count of the steps crossed.
    stepsCrossed(sentence, t);
  const ratioOf =
    t.form === 'ratio' && before?.t.form === 'ratio' && /^[:：]$/u.test(sentence.slice(before.t.outerEnd, t.outerStart))
      ? before
      : undefined;
  // Set when a level reached over a plan period is given the plan's last year (below).
  let reachedByPlanEnd = false;
  // "3年来连续实现30亿元以上…重大项目的引进,…。外资项目加快集聚,特别是今年以来,累计引进外资项目12个,协议总投资6.45亿
  // 美元" (金坛经济开发区, held-out set 55): the year to date (今年以来) named before the figure in its sentence, no time
  // between, is the report's own period, not a span the paragraph named before.
  const since = t.outerStart > 4 ? sentence.lastIndexOf('今年以来', t.outerStart) : -1;
  const sinceThisYear = since >= 0 && !namesTime(mentions, since + 4, t.outerStart);
  let period =
    ratioOf?.period ||
    (run ? itemOf(r.listPeriodOf.get(leadIndex), item) : undefined) ||
    periodFor(
      t,
      mentions,
      sentence,
      cs,
      clausePre,
      !!prevInClause,
      pred,
      status === 'target',
      rate,
      sinceThisYear ? '' : r.paragraphSpan || r.docSpan || r.plan,
    ) ||
    (sinceThisYear ? r.docPeriod : '') ||
    // "1到11月,…。当前,全省重点企业装备数控化率达到35.7%" (浙江 2013, held-out set 23): a sentence opened by 当前 or 目前
    // tells how things stand as the report is written, not in the months the paragraph named before.
    ofMonth(
      r,
      t,
      entity,
      (opensWithNow(sentence)
        ? ''
        : (r.partPeriod && opensWithPart(sentence) ? r.partPeriod : '') ||
          (status === 'target' && r.paragraphPlanPeriod) ||
          r.paragraphPeriod ||
          r.carriedPeriod) ||
        r.headingPeriod ||
        r.docPeriod,
    );
  // "高于年度预期目标增速(4.5%)", "完成年任务(40.2亿元)的32.5%": a year's target named in brackets is of the year, not of
  // the months reported.
  if (
    status === 'target' &&
    SUB_YEAR.test(period) &&
    YEAR_TARGET.test(clausePre) &&
    bracketedTarget(clausePre, sentence.slice(t.outerEnd, t.outerEnd + 1))
  )
    period = r.refYear === undefined ? '全年' : r.refYear + '年';
  else if (period === CURRENT_MONTH) period = currentMonthOf(r.docPeriod, r.refYear, 0, MONTH_NAMED_NOW.test(clausePre));
  else if (period === PREVIOUS_MONTH) period = currentMonthOf(r.docPeriod, r.refYear, 1);
  else if (period.endsWith(MONTHS_SINCE_MARK)) period = monthsSince(period, r.docPeriod, r.refYear);
  // "到“十四五”末,全州工业总产值突破2000亿元" (黔西南, held-out set 14): a plan's end is its last year (2025年), as
  // "到2025年" is; a sum up to it ("工业累计投资在2600亿元以上") is over the plan.
  else if ((period.length === 6 || period.length === 5) && period.charCodeAt(1) === 0x5341 /* 十 */ && period.endsWith('五”末'))
    period = SUM_WORD.test(clausePre) ? period.slice(0, -1) + '时期' : planEnd(period);
  // "上半年…两年平均增长7.1%": the same months of two years, reported for this year's months.
  if (rate && YEARS_AVERAGE.test(clausePre)) {
    let current = r.paragraphPeriod || r.docPeriod;
    for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
      if (m.role === 'time' && !m.span && m.start < t.outerStart) current = m.text;
    if (SUB_YEAR.test(current)) period = current;
  }
  // "2012年到2021年，…电力总装机达到1.56亿千瓦": a level is of the span's last year, unless summed over it.
  else if ((kind === 'level' || kind === 'count' || kind === 'share') && !rate) {
    const years = period.length === 10 && period.charCodeAt(4) === 45 /* - */ ? YEAR_SPAN.exec(period) : null;
    // "五年来,…达4270亿元、500.36亿元…", "形成3个…产业集群", "拥有…企业1470家" (泉州, held-out set 14): every item
    // of a list reached, and what the span ends holding, are of its last year; so is what the sentence then compares
    // with the year before the span ("中心城区建成区面161.5平方公里、城镇化59.5%,分别比2006年增加…").
    const reachedBy = lead ? leadClausePre(sentence, lead) : clausePre;
    if (
      years &&
      (((REACHED.test(reachedBy) ||
        HELD.test(reachedBy) ||
        comparedWithYear(sentence.slice(t.outerEnd), Number(years[1]) - 1) ||
        YEARS_RUNNING.test(sentence.slice(t.outerEnd, t.outerEnd + 12))) &&
        !SUMMED.test(sentence.slice(0, t.outerStart))) ||
        // "重庆已确立未来5年…的具体目标任务——形成…30个百亿级产业集群,累计完成工业投资1.6万亿元,实现销售产值4万亿元"
        // (重庆 2012-10): what a target over years to come says will be done (实现), its own clause summing nothing, is
        // of their last year; the sum before it (累计) stays over them.
        (status === 'target' && reachedBy.startsWith('实现') && !SUMMED.test(reachedBy)))
    )
      period = `${years[2]}年`;
    // "“十二五”…人均生产总值达到4.92万元": a level reached over a plan period is of its last year (2015年); so is one
    // passed ("“十四五”期间,…全部工业开票销售达9000亿元,力争超10000亿元", 扬州 2022, held-out set 27).
    else if (
      period.length === 7 &&
      isPlanPeriod(period) &&
      (REACHED.test(clausePre) || REACHED_PREFIX.has(t.prefix)) &&
      !SUMMED.test(sentence.slice(0, t.outerStart))
    ) {
      period = planEnd(period);
      reachedByPlanEnd = true;
    }
  }
  // "“十二五”…地区生产总值…是2010年的1.8倍": a multiple of a year before the plan is of its last year.
  // "“十二五”…社会消费品零售总额翻番" (西宁, 2015): so is a doubling over the plan, unless of a sum over it.
  else if (
    kind === 'multiple' &&
    period.length === 7 &&
    isPlanPeriod(period) &&
    (MULTIPLE_OF_YEAR.test(clausePre) || (t.form === 'multiple' && !SUMMED.test(sentence.slice(0, t.outerStart))))
  )
    period = planEnd(period);
  // "“十三五”期间,…全部工业开票销售突破6000亿元,较“十二五”末增长近50%" (扬州 2022, held-out set 27): a growth over the
  // plan before's end is of this plan's last year (2020年), as the level it compares is.
  else if (kind === 'growth' && !rate && period.length === 7 && isPlanPeriod(period) && overPlanBefore(clausePre, period))
    period = planEnd(period);
  // "五年来,…均比2006年翻一番以上", "分别是2006年的3倍、3.4倍和3倍" (泉州): a multiple of the year before a span is of
  // its last year.
  // "分别比2006年增加81.5平方公里和11.5个百分点" (泉州): so is a change since then.
  else if ((kind === 'multiple' || kind === 'change') && period.length === 10 && period.charCodeAt(4) === 45 /* - */) {
    const years = YEAR_SPAN.exec(period);
    const of = lead ? leadClausePre(sentence, lead) : clausePre;
    if (
      years &&
      (kind === 'change' ? CHANGE_SINCE.test(of) : MULTIPLE_OF_YEAR.test(of) || SPAN_BASE.test(of)) &&
      Number(/(?:19|20)\d{2}/u.exec(of)?.[0]) === Number(years[1]) - 1
    )
      period = `${years[2]}年`;
  }
  // "全省工业5年累计投资15322亿元，…，其中，技术改造投资完成7614亿元" (安徽): a part (其中) of the amount before,
  // in a clause naming no time, is of that amount's period.
  if (
    (kind === 'level' || kind === 'count') &&
    ((cpFirst === 0x5176 /* 其 */ && clausePre.startsWith('其中')) || partClauseBefore(sentence, cs)) &&
    !namesTime(mentions, cs, t.outerStart)
  ) {
    let whole: Found | undefined;
    for (let k2 = found.length - 1; k2 >= 0 && !whole; k2--) if (found[k2].kind === kind && found[k2].t.unit === t.unit) whole = found[k2];
    if (whole) period = whole.period;
  }
  // "由一季度的7.9%、8.5%": the next item of a list after a period's own figure is of that period too; so is one after
  // 上年同期's ("由上年同期的12.8%、13.1%回落至…": both of the same months a year before), after 和 or 及 as after 、
  // ("吉林、黑龙江同比分别增长7.2%和1.2%,去年同期为下降1.2%和0.8%": 国家统计局 on 东北's April 2016).
  if (prevInClause && (pre === '、' || pre === '和' || pre === '及') && prevInClause.t.unit === t.unit)
    for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
      if (m.role === 'own' && m.ownAt === prevInClause.t.outerStart) period = prevInClause.period;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'own' && m.ownAt === t.outerStart && m.text === LAST_YEAR_SAME_TIME) {
      period = lastYearOf(period, r.refYear);
      break;
    }
  // "(四)2023年月度新纳规企业有所贡献。…,实现累计产值6933.2万元" (姚安 1-9月, held-out set 15): a sum since the year
  // began, of a year the report covers only part of, is of the report's months so far.
  if (
    isYearOnly(period) &&
    cb & C_LEI &&
    clausePre.includes('累计') &&
    r.docPartOfYear &&
    yearOf(r.docPeriod) === yearOf(period) &&
    !namesTime(mentions, cs, t.outerStart)
  )
    period = r.docPeriod;
  // "前三季度除第一季度负增长-25.1%外,…,10月单月同比增7.9%,单月增幅创新高。但与全市平均比较,累计增幅仍偏低3.7个百分点"
  // (鄞州 2020年1-10月, held-out set 30): what is summed since January (累计), in a clause naming no time, is of the
  // report's months so far, not of the one month or quarter a sentence before named.
  else if (
    cb & C_LEI &&
    clausePre.includes('累计') &&
    ONE_MONTH_OR_QUARTER.test(period) &&
    MONTHS_FROM_JANUARY.test(r.docPeriod) &&
    period !== r.docPeriod &&
    (yearOf(period) ?? yearOf(r.docPeriod)) === yearOf(r.docPeriod) &&
    !namesTime(mentions, cs, t.outerStart)
  )
    period = r.docPeriod;
  // "前三季度,…。今年,全省以…为载体,…。在规模以上工业中,高技术産业完成工业增加值33.89亿元,比上年同期增长46.2%,占…的
  // 比重为4.6%" (青海 2014 前三季度, held-out set 19): a figure of a sentence compared with the same time a year before,
  // in a report on part of that year, is of the report's months, not of the whole year its paragraph's 今年 named.
  else if (
    isYearOnly(period) &&
    status === 'actual' &&
    r.docPartOfYear &&
    yearOf(r.docPeriod) === yearOf(period) &&
    SAME_TIME_BEFORE.test(sentence) &&
    !namesTime(mentions, 0, t.outerStart)
  )
    period = r.docPeriod;
  // "5月柳州市规模以上工业产值323.6亿元,同比下降18.1%;累计产值1743.5亿元,同比下降12.2%" (柳州 2019, held-out set 31):
  // a clause opening with 累计, in a sentence whose time is one month named before it, sums the months up to that
  // month, as "4月,…企业累计实现…" does in the month's own clause; so does the rate of the same sum right after it.
  if (cpFirst === 0x7d2f /* 累 */ || (before !== undefined && !ownSubject && before.t.outerEnd > cs - 2)) {
    const month = ONE_MONTH_OF.exec(period);
    const summed = month && Number(month[2]) > 1 ? `${month[1] ?? ''}1-${month[2]}月` : '';
    if (
      summed &&
      !namesTime(mentions, cs, t.outerStart) &&
      (cpFirst === 0x7d2f /* 累 */
        ? clausePre.startsWith('累计')
        : withoutYear(before!.period) === withoutYear(summed) && before!.t.outerEnd < t.outerStart)
    )
      // The rate takes its sum's period as the sum reads it (its year named, or not).
      period = cpFirst === 0x7d2f /* 累 */ ? summed : before!.period;
  }
  // "6月份增速在全国排第6位,比上年12月前移10位,而累计增速在全国列第9位,比上年末前移2位" (吉林 2009 上半年, held-out
  // set 42): a rank's move, in the clause right after the rank and naming no time of its own, is of the rank's time
  // (the 累计 rate's months), not of the month the sentence opened on.
  if (
    kind === 'change' &&
    t.unit === '位' &&
    before !== undefined &&
    before.kind === 'rank' &&
    // (A clause that is the comparison alone: "累计增幅位次较一季度前移6位" names its own rank, of its own months.)
    RANK_COMPARED_ALONE.test(clausePre) &&
    // (The rank of the clause before, not a rank compared with in its own: "比2005年的第16位大幅提升了9位".)
    before.t.outerEnd > cs - 2 &&
    before.t.outerEnd <= cs &&
    before.period !== '' &&
    !namesTime(mentions, cs, t.outerStart)
  )
    period = before.period;
  // "预计整个2014年重庆手机产量将实现翻番,由3500台上升至7000万台" (重庆 2014-05): what a year's figure moves from, its
  // sentence naming no time of its own for it, is the year before's, and was (a result, whatever the move is).
  // "三次产业结构由19.8:41:39.2优化为17.9:43:39.1" (贵港, held-out set 22): every part of a ratio moved from.
  const ratio = t.form === 'ratio' ? ratioRun(r, i) : undefined;
  // "產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%" (a 怀化 county's 2023 统计公报, held-out
  // set 50): the items of a list (、/和) move from and to as one, as a ratio's parts do.
  const items = ratio ? undefined : run;
  const fromCode = ratio
    ? sentence.charCodeAt(tokens[ratio[0]].outerStart - 1)
    : items && items[0] !== i
      ? sentence.charCodeAt(tokens[items[0]].outerStart - 1)
      : cpLast;
  const fromEnd = ratio ? tokens[ratio[1]].outerEnd : items ? tokens[items[items.length - 1]].outerEnd : t.outerEnd;
  const movedFrom =
    isYearOnly(period) &&
    (fromCode === 0x7531 /* 由 */ ||
      fromCode === 0x4ece /* 从 */ ||
      // "五大产业占规模以上工业比重68.7%提高到71.5%" (万州 2020, held-out set 38): a share whose 由 the page left out,
      // the verb that moves it right after it.
      (!ratio &&
        PERCENT_UNITS.has(t.unit) &&
        SHARE_NOUN_END.test(clausePre) &&
        SHARE_MOVED_ON.test(sentence.slice(fromEnd, fromEnd + 4)))) &&
    MOVES_TO.test(sentence.slice(fromEnd, fromEnd + 12)) &&
    !namesTime(mentions, cs, t.outerStart) &&
    !spanBefore(mentions, t.outerStart, cs);
  // "六年来,…生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位" (汉中 2016, held-out set 10), "…实现
  // 两年翻番,其总量由全省第八位跃升到第四位" (四平 2011, held-out set 24): the place a move over the years the sentence
  // named starts from is the year's before them (2010年, 2009年).
  const spanStart =
    t.form === 'ordinal' && isYearOnly(period) && MOVE_FROM.test(clausePre) && MOVE_TO.test(sentence.slice(t.outerEnd, t.outerEnd + 12))
      ? (spanFromBefore(mentions, t.outerStart) ??
        // (A span the paragraph named, when a figure of the sentence before is over it: "年均增长12.2%".)
        (found.some((f) => f.period === r.paragraphSpan) ? firstYearOf(r.paragraphSpan) : undefined))
      : undefined;
  if (spanStart !== undefined && !namesTime(mentions, cs, t.outerStart)) period = `${spanStart - 1}年`;
  if (movedFrom) {
    // (The parts after a ratio's first take its period, already the year before.)
    const head = ratio !== undefined && ratio[0] !== i ? found.find((f) => f.t === tokens[ratio[0]]) : undefined;
    period = head ? head.period : (fromYearBefore(sentence, found, cs) ?? `${Number(period.slice(0, 4)) - 1}年`);
    status = 'actual';
  } else if (cb & C_YOU) {
    // "三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9" (瓜州 2023, held-out set 31), "同比速度由上月下降8.1%轉為增長
    // 3%" (北京 2011, held-out set 28): what moves from 上年 (上月) named right before it is of the year (the month) before
    // the figure's own; the parts of a ratio after its first take the first's.
    const fromStart = ratio ? tokens[ratio[0]].outerStart : items ? tokens[items[0]].outerStart : t.outerStart;
    const word = FROM_PREVIOUS.exec(sentence.slice(Math.max(0, fromStart - 8), fromStart));
    if (word && MOVES_TO.test(sentence.slice(fromEnd, fromEnd + 12)) && !namesTime(mentions, cs, fromStart - word[0].length)) {
      const head = ratio !== undefined && ratio[0] !== i ? found.find((f) => f.t === tokens[ratio[0]]) : undefined;
      // (上月 with its value right after it, "由上月的3%回升至4%", "由上月18.4:45.9:35.7调整为…", is that value's own time,
      // already the month before (periods.ts): not a month further back.)
      const month = word[1] === '上月';
      const earlier = head ? head.period : month && ownTimeAt(mentions, fromStart) ? period : previousOf(period, month);
      if (earlier) {
        period = earlier;
        status = 'actual';
      }
    }
  }
  // "“‘十三五’期间,我国工业增加值由23.5万亿元增加到31.3万亿元", "…的增加值明显提升,由约1.8万亿元增加到3.8万亿元" (国新办
  // on the 十三五 years, held-out set 39): what a move over a plan period starts from is where the plan began, the year
  // before its first (2015年), as "由“十五”期末的507.2亿元" says.
  if (
    isPlanPeriod(period) &&
    PLAN_MOVE_FROM.test(clausePre) &&
    MOVES_TO.test(sentence.slice(fromEnd, fromEnd + 12)) &&
    !namesTime(mentions, cs, t.outerStart)
  )
    period = `${planEndYear(period) - 5}年`;
  // "盈亏相抵后亏损481万元,上年完成利润总额827万元" (天水 1-4月, held-out set 14): a clause opening with 上年 and what was
  // done then is of the same months a year before.
  if (
    cpFirst === 0x4e0a /* 上 */ &&
    clausePre.startsWith('上年') &&
    LAST_YEAR_DONE.test(clausePre) &&
    !namesTime(mentions, cs, t.outerStart)
  )
    period = lastYearOf(period, r.refYear);

  // "报告明确提出了2013年…的主要预期目标：…。\n2013年，城镇登记失业率控制在4.2%以内" in a report on 2012: a figure
  // of a year after the report's own cannot be a result yet. (Only with the caller's as-of: a year read from the
  // text may be a base the report names most, "由2012年的…".)
  // "截至2020年11月末，全市规模以上战略性新兴产业增加值同比增长6.9%，较10月末又提高了4.4个百分点" (大同): a flow's
  // growth up to a month's end is over the months since the year began (1-11月); a stock's (存款余额) stays of the day.
  // So is an amount summed (累计) up to it: "截至3月末,全县240户规模工业企业累计实现销售收入28.8亿元" (当涂 2008).
  // "截止7月底,全区规模以上工业企业累计完成工业总产值29.12亿元,同比下降15.65%,实现工业增加值12.67亿元,增长2.2%,增速较
  // 上半年回落0.5个百分点,较一季度回落0.8个百分点" (印台 2016, held-out set 32): the sum goes on to the sentence's next
  // amounts, and a move of a flow's growth rate (its 增速, after the growth or after another such move) is of the same months.
  const asOfEnd = monthEnd(period) ? AS_OF_MONTH_END.exec(sentence.slice(0, t.outerStart)) : null;
  // "截至2月底,开(复)工工业项目64个。其中,中环光伏3、4模块陆续投产,拉动全市产值增长5.1个百分点" (银川 2023 1-2月,
  // held-out set 28): so is a pull on a flow's growth, in a sentence after the one that named the month's end.
  const pulled = kind === 'change' && POINT_UNITS.has(t.unit) && monthEnd(period) ? CONTRIBUTION.exec(clausePre) : null;
  const pulls = !!pulled?.[2];
  if (
    asOfEnd &&
    (kind === 'growth' ||
      (kind === 'change' && POINT_UNITS.has(t.unit) && (before?.kind === 'growth' || before?.kind === 'change')) ||
      (kind === 'level' && sentence.slice(asOfEnd.index, t.outerStart).includes('累计'))) &&
    FLOW_END.test(kind === 'change' ? entity.replace(RATE_OF, '') : entity)
  )
    period = period.replace(MONTH_END, '1-$1月');
  // "截止10月底,港北區新增入庫企業3家,…,拉動全區工業總產值增長1.3個百分點" (港北 2021 1-10月, held-out set 41): a pull on a
  // flow's growth (the 工业总产值 pulled) in the sentence that names the month's end is over the months since January
  // too, as one in the sentence after it is (银川, below).
  else if (asOfEnd && pulls && FLOW_END.test(pulled![3])) period = period.replace(MONTH_END, '1-$1月');
  // "一季度末實現止跌回升,同比增長1.2%" (商洛 2009, of 規模以上工業產值; held-out set 32): a flow's growth at a quarter's
  // end is over the quarters since the year began, as at a month's end; a stock's ("二季度末,生猪存栏…增长") stays of the day.
  else if (kind === 'growth' && QUARTER_END.test(period) && FLOW_END.test(entity))
    period = period.replace(QUARTER_END, (_q, n: string) => QUARTERS_TO[n]);
  // "到去年底,全市規模以上工業總產值增速已達到28.7%" (商洛's review of 2009, held-out set 32): so is one at a year's end,
  // over the whole year.
  else if (kind === 'growth' && isIn(YEAR_END_LAST, period, period.length - 1) && YEAR_END.test(period) && FLOW_END.test(entity))
    period = period.slice(0, -1);
  else if (pulls && !namesTime(mentions, 0, t.outerStart)) period = period.replace(MONTH_END, '1-$1月');
  // "到去年12月末,…各项存款余额19147.62亿元,新增存款2784.3亿元,比上年增长9.2%" (陕西 2011, held-out set 24): what was
  // added (新增) to a stock by a month's end was added since the year began; by December's end, over the year.
  else if (monthEnd(period) && (entity.startsWith('新增') || clausePre.includes('新增'))) {
    const month = MONTH_END.exec(period)![1];
    const year = YEAR_FIRST.exec(period)?.[0] ?? (r.refYear === undefined ? '' : r.refYear + '年');
    period = month === '12' ? year || '全年' : period.replace(MONTH_END, '1-$1月');
  }
  if (status === 'actual' && r.asOfYear !== undefined && period.length >= 5 && (yearOf(period) ?? 0) > r.asOfYear) status = 'target';
  // "根据《规划》提出的目标,“十四五”期间,…全部工业开票销售达9000亿元" (扬州 2022, dated 2022年03月04日, held-out set 27):
  // without an as-of, a level to be reached by the end of a plan not over in the report's year is a target too.
  else if (
    status === 'actual' &&
    reachedByPlanEnd &&
    r.asOfYear === undefined &&
    r.refYear !== undefined &&
    (yearOf(period) ?? 0) > r.refYear
  )
    status = 'target';
  // Without one, a report read as written the year after its own (writtenYear: "记者从1月4日…获悉，今年…增长14%")
  // calls that next year 今年: its figures of that year are not results yet either.
  else if (
    status === 'actual' &&
    r.asOfYear === undefined &&
    r.thisYear !== r.refYear &&
    period.length >= 5 &&
    yearOf(period) === r.thisYear
  )
    status = 'target';
  // "我市2011年的经济总量突破1000亿元…,销售收入将突破1300亿元以上" (南充, held-out set 14): what the report's own year
  // will reach (将 before 突破, 超过), told once the year is over, is an estimate; a later year's is a target.
  // ("“十四五”末，全市优势产业链规模将突破5200亿元" (洛阳 2025, a report naming no year of its own): a reach still to come,
  // in a year the report does not place, is an estimate, never a result.)
  else if (status === 'actual' && t.prefix && cpLast === 0x5c06 /* 将 */ && period.length >= 5) {
    const year = yearOf(period);
    if (r.refYear === undefined || year === r.refYear) status = 'estimate';
    else if (year !== undefined && year > r.refYear) status = 'target';
  }
  if (taskAmount) {
    status = 'target';
    const year = yearOf(period);
    if (year !== undefined) period = `${year}年`;
  }
  // "“十五五”时期…年均增长6%" in a report on 2025: a plan period not over in the report's year is the plan's, a target
  // ("“十四五”时期…年均增长5.5%" in it is a result; "“十四五”以来" is no plan period but the years since it began).
  if (
    status === 'actual' &&
    r.refYear !== undefined &&
    isIn(PLAN_FIRST, period, 0) &&
    PLAN_PERIOD.test(period) &&
    2010 + 5 * '一二三四五'.indexOf(period[period.indexOf('十') + 1]) > r.refYear &&
    !PLAN_SINCE.test(sentence)
  )
    status = 'target';
  // "销售收入将突破1300亿元以上,同比增长在41%以上" (南充, held-out set 14), "力争全市工业增加值达到100亿元,增长10%": the
  // rate of a target or an estimate, of the same measure with no subject of its own, is one too (unless a result
  // is said between: 实际, 已, 截至; or a note in brackets marked the one before only).
  if (
    status === 'actual' &&
    !movedFrom &&
    !known &&
    !ownSubject &&
    before !== undefined &&
    before.status !== 'actual' &&
    before.entity === entity &&
    !RESULT_BETWEEN.test(sentence.slice(before.t.outerEnd, t.outerStart)) &&
    // ("占年度目标220亿元的81.9%", "完成年任务(40.2亿元)的32.5%": the part of the target done is a result.)
    !PART_OF_BEFORE.test(sentence.slice(before.t.outerEnd, t.outerStart))
  )
    status = before.status;
  // "主要预期目标建议为地区生产总值增长8.5%,…" (资阳 2014, held-out set 18): the main targets a report on a whole year
  // lists, its sentence, paragraph and heading naming no time, are the next year's (as a 政府工作报告 or a 工作会议
  // sets them once the year is over).
  if (
    status === 'target' &&
    period === r.docPeriod &&
    !r.paragraphPeriod &&
    !r.headingPeriod &&
    isYearOnly(period) &&
    !hasTime(mentions) &&
    NEXT_YEAR_TARGETS.test(sentence.slice(0, t.outerStart))
  )
    period = `${Number(period.slice(0, 4)) + 1}年`;
  // "《扬州市“十四五”工业经济高质量发展规划》…——产业结构实现新优化。工业战略性新兴产业产值占工业总产值比重达42%"
  // (扬州 2022, held-out set 27): a report on a plan's document that is not over, its targets naming no time of their
  // own, sets them for the plan: a level, count or share to be held for its last year (2025年), what is added, summed
  // or moved over it ("新增…企业20家", "单位工业增加值能源消耗降低17%") for the plan's period.
  else if (
    status === 'target' &&
    r.planDocument &&
    period === r.docPeriod &&
    !r.paragraphPeriod &&
    !r.headingPeriod &&
    r.refYear !== undefined &&
    Number(planEnd(r.plan).slice(0, 4)) > r.refYear &&
    isYearOnly(period) &&
    !hasTime(mentions)
  )
    period = (kind === 'level' || kind === 'count' || kind === 'share') && !rate && !ADDED_OVER.test(clausePre) ? planEnd(r.plan) : r.plan;
  // "今年经济增长目标确定为9.5%左右…。…实现9.5%左右的增长,必须付出艰苦努力" (山东 2013): a target said again, the same
  // measure, value with its qualifier (a result is seldom 左右) and period, is still that target.
  // (The key is made only when it is kept or looked up: a result in a report with no such target yet looks up none.)
  if ((t.suffix || t.prefix) && (status === 'target' || (status === 'actual' && r.targets.size > 0))) {
    const key = `${label}|${t.prefix}${t.value}${t.unit}${t.suffix}|${period}`;
    if (status === 'target') r.targets.add(key);
    else if (r.targets.has(key)) status = 'target';
  }
  d.status = status;
  d.period = period;
}
/** A share's noun right before its value, and the verb that moves the value on right after it (比重68.7%提高到). */
const SHARE_NOUN_END = /(?:比重|占比)$/u;
const SHARE_MOVED_ON = /^(?:提高|上升|提升|下降|降低|回落)(?:到|至)/u;
/** The start of a move ("由全省第八位跃升到…", "由19.8︰41︰39.2优化为…") and where it goes. */
const TARGET_NAMED_AFTER = /^的(?:年度|全年|预期|奋斗|增长)?(?:目标|预期目标)/u;
const COMPARED_TARGET_END = /(?:高于|低于|快于|慢于|超过|好于)[^，；,;]{0,12}?(?:目标|任务|计划)(?:任务|值|增速|增幅)?$/u;
const MOVE_FROM = /[由从](?:全国|全省|全市|全区|全州|全县)?$/u;
/** The time compared with and a bracket opened right after it, on the figure then ("较去年同期(第", "比上年(")". */
const BASE_BRACKETED = /(?:比|较|較|同)(?:去年|上年)(?:同期|全年)?\s*[（(]第?$/u;
const MOVE_TO = /^[^，；。]*?(?:到|至|为)/u;
/** "我市荣获全省“发展杯”竞赛活动第二名" (四平 2011, held-out set 24): a place won is a result, also among estimates. */
const HONOUR_WON = /(?:荣获|荣膺|获评|获得)/u;
/** The measures a section gives bare, of the group its opening line names. */
/**
 * A result said between a target and the next figure ("力争…100亿元,实际完成…", "…,已达…", "…,截至11月末…"), or a note
 * in brackets that marked the figure before alone ("1200万吨（预计），增长2%").
 */
const RESULT_BETWEEN = /实际|已|截至|截止|[)）]/u;
/** What a value moves from to the next: "上升至7000万台", "提高到48%". */
/** 由 or 从 and the year (month) before, right before a value moved from: "由上年18.4:45.9:35.7", "由上月下降8.1%". */
const FROM_PREVIOUS = /[由从](上年|去年|上月)(?:的)?(?:增长|下降)?$/u;
// ("由上年的7342.9亿元增至8403.8亿元" (安徽 2012, held-out set 43): 增至, 降至, 升至, 减至 in one character.)
const MOVES_TO =
  /^(?:[^，；。\d]{0,6}?(?:上升|提高|增加|增长|下降|降低|减少|回落|回升|扩大|缩小|增|降|升|减)(?:至|到)|(?:优化|调整|转变?|变化?|改变|演变)为)/u;
/** A month written right before 当月/单月 ("2月当月", "8月份当月"): 当月 is that month. */
const MONTH_NAMED_NOW = /\d{1,2}月份?(?:当月|单月)/u;
/** 由/从 (about: 约, 近) right before the number a move over a plan period starts from. */
const PLAN_MOVE_FROM = /[由从](?:约|近)?$/u;
/** A clause opening with 上年 (not 上年同期, 上年末) and what was done then: "上年完成利润总额". */
const LAST_YEAR_DONE = /^上年(?:全年)?(?:完成|实现|共|累计)/u;
const MONTH_END = /(\d{1,2})月[末底]$/u;
/** A period MONTH_END reads (asked of every figure's period): run only on one ending in 末 or 底. */
const monthEnd = (period: string) =>
  (lastCode(period) === 0x672b /* 末 */ || lastCode(period) === 0x5e95) /* 底 */ && MONTH_END.test(period);
/** A measure summed over a span of time (not a stock held on a day: 余额, 存款). */
/** A year's end: "2009年底", "2011年末". */
const YEAR_END = /^(?:19|20)\d{2}年[底末]$/u;
const YEAR_END_LAST = charTable('底末');
const FLOW_END =
  /(?:增加值|产值|总产值|营业收入|主营业务收入|销售收入|利润|利税|税收|投资|销售额|零售总额|出口额?|进口额?|交易额|产量|用电量|发电量)$/u;
const YEAR_FIRST = /^(?:19|20)\d{2}年/u;
const AS_OF_MONTH_END = /(?:截至|截止)到?(?:(?:19|20)\d{2}年)?\d{1,2}月[末底]/u;
/** A quarter's end ("一季度末", "2009年三季度底") and the quarters from January it closes. */
const QUARTER_END = /第?([一二三四])季度[末底]$/u;
const QUARTERS_TO: Record<string, string> = { 一: '一季度', 二: '上半年', 三: '前三季度', 四: '全年' };
/** A flow's growth rate by its name: "工业增加值增速" is 工业增加值's. */
const RATE_OF = /(?:增速|增幅|增长率)$/u;
const YEARS_AVERAGE = /[两三四五六七八九十\d]年平均/u;
const SUB_YEAR = /月|季|半年/u;
/** The period is part of a year: months, a quarter, a half (what Reading.docPartOfYear says of the report's). */
export const partOfYear = (period: string) => SUB_YEAR.test(period);
/** Months summed from January: "2020年1-10月", "前三季度", "上半年" (not one month, not a year). */
const MONTHS_FROM_JANUARY = /^(?:(?:19|20)\d{2}年)?(?:1-\d{1,2}月|前[二三]季度|上半年)$/u;
const YEARLY_AFTER = /^的[^，；。]{0,6}(?:年均|平均每年|年平均)/u;
/**
 * A list of the main targets a report sets opening before the figure ("主要预期目标建议为", "预期指标是：",
 * "主要目标是"), not one reached ("完成主要目标") nor a plan's aims named ("…是该行动计划的主要目标。").
 */
const NEXT_YEAR_TARGETS = /(?<!(?:超|超过|超出|完成|实现|高于|达到)[^，；。]{0,8})(?:预期(?:目标|指标)|主要目标)(?:建议)?(?:是|为)[：:]?/u;
const YEAR_SPAN = /^((?:19|20)\d{2})-((?:19|20)\d{2})年$/u;
const REACHED = /(?:达到|达|突破|超过|增至|增加到|提高到|上升到|迈上|跨上|登上|站上)$/u;
/** Qualifiers before a number that say it was reached or passed: 突破, 超, 超过, 逾. */
const REACHED_PREFIX = new Set(['突破', '超', '超过', '逾']);
const SUMMED = /累计|合计|共计|总计|共(?:有|完成|实现)?$/u;
/** "是2010年的": a multiple of a year's figure. */
const MULTIPLE_OF_YEAR = /是(?:19|20)\d{2}年(?:末|底)?的$/u;
/** A sum's own word in a clause ("工业累计投资"). */
const SUM_WORD = /累计|合计|共计|总计/u;
/** What is added or summed over a span, before its number: "新增…企业", "累计完成". */
const ADDED_OVER = /新增|净增|累计|合计|共计|总计/u;
/** "均比2006年", "分别比2006年": a span's base year, right before a multiple (翻一番). */
const SPAN_BASE = /比(?:19|20)\d{2}年(?:末|底)?$/u;
/** "5个县(市)连续多年入围全国县域经济基本竞争力百强" (泉州): what has held for years running holds at the span's end. */
const YEARS_RUNNING = /^[^，；。]{0,6}?连续多年/u;
/** "比2006年增加", "分别比2006年提高", "分别较2006年增加", "比2005年净增": a change since a year, right before its number. */
const CHANGE_SINCE = /[比较](?:19|20)\d{2}年(?:末|底)?(?:分别|均)?(?:增加|净增|提高|上升|增长|下降|减少|扩大|缩小)了?$/u;
/** What a span ends holding: "形成3个…产业集群", "拥有…企业1470家", the report’s own place before it or not ("全市形成"). */
// (After a dash that opens what the words before it announce: "…的具体目标任务——形成七大千亿级产业集群和30个…", 重庆 2012-10.)
const HELD = /(?:^|——)(?:全市|全省|全区|全州|全县|我市|我省|我区|我县)?(?:形成|拥有)/u;
/** "“十二五”时期": a plan period by its name. */
const isPlanPeriod = (p: string) => p.charCodeAt(1) === 0x5341 /* 十 */ && p.endsWith('五”时期');
/** The last year of a plan period: “十一五”时期 → 2010年, “十二五” → 2015年. */
/** A five-year plan's period as a figure's: "“十五五”时期", "“十四五”期间", "“十三五”末". */
const PLAN_PERIOD = /^["“]?十[一二三四五]五["”]?(?:时期|期间|末)?$/u;
const PLAN_FIRST = charTable('"“十');
const PLAN_SINCE = /十[一二三四五]五["”]?(?:以来|来)/u;
/** After 保 N: 力争/争 and the reach ("保9000亿元力争超万亿元", "保8%争9%"). */
const FLOOR_THEN_REACH = /^[^，；,;。]{0,6}?(?:力争|争取|争)/u;
/** Whether a mention is the own time of the value written at `at` ("上月的3%"). */
function ownTimeAt(mentions: PeriodMention[], at: number): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].role === 'own' && mentions[k].ownAt === at) return true;
  return false;
}
