/**
 * One sentence of a report: its heading role, the periods and marks its figures are read with, each figure in turn
 * (read-figure.ts), then what it leaves for the sentences after it (the paragraph's period, targets, estimates, subject).
 */
import { charTable, codeAt, codeWithin, isIn } from './chars';
import { PRODUCT_OUTPUT } from './kinds';
import { cleanSubject } from './labels';
import { listRuns } from './lists';
import { CURRENT_MONTH, MONTHS_SINCE_MARK, headingSpanOf, periodMentions, yearOf, type PeriodMention } from './periods';
import { industryOpening, sectionOpening, topicOpening } from './openings';
import { S_CHAN, S_MU, isHeading, type SentenceSpan } from './sentences';
import { TARGET_LIST, DOCUMENT_TARGETS, TARGETS_NAMED, opensTargets, sentenceMarks } from './status';
import { scanTokens, type Token } from './tokens';
import { PERCENT_UNITS, isCountUnit } from './units';
import { HAN, ONE_MONTH_OR_QUARTER, withoutYear } from './figure-words';
import { readFigure } from './read-figure';
import type { Found, Reading } from './reading';
import { growthBefore } from './subject-rules';
import { hasTime, opensWithNow, otherTimeBefore } from './time-rules';

/**
 * One sentence: its heading role, its figures, then the periods it leaves for the sentences after it.
 * Loops over arrays in the hot path index them (`for (let mAt = 0, m = a[0]; …; m = a[++mAt])`): a for-of makes
 * an iterator and a result object per step where the optimiser does not remove them.
 */
export function readSentence(r: Reading, s: SentenceSpan): void {
  const sentence = r.text.slice(s.start, s.end);
  // The characters its rules ask it about (SENTENCE_BITS), read with the sentence's end (nextSentence).
  const bits = s.bits;
  const mentions = periodMentions(sentence, r.refYear, r.thisYear, bits, yearOf(r.paragraphPeriod) ?? r.partYear ?? r.refYear, r.lastYear);
  if (r.paragraphOpens) {
    r.paragraphOpens = false;
    r.openingPeriod = openingToDate(sentence, mentions);
  }
  // "按照国际经验,人均GDP超过3000美元,标志着一个国家或地区处于消费加快升级换代时期" (海南 2010, held-out set 27): a
  // sentence that tells what international experience holds gives thresholds in general, no figure of the report.
  // (Its 国 stands at one of the first three places: the regex is run only then.)
  const tokens = codeWithin(sentence, 0x56fd /* 国 */, 0, 2) && GENERAL_EXPERIENCE.test(sentence) ? [] : scanTokens(sentence, bits);
  if (mentions.length && tokens.length) {
    countMonths(sentence, mentions, tokens);
    evaluationFrames(sentence, mentions);
    bracketAsides(sentence, mentions);
  }
  const heading = isHeading(r.text, s);
  if (heading) {
    r.heading = cleanSubject(sentence);
    // "重庆确定未来5年新型工业化目标构建现代化体系\n七大千亿级产业集群\n30个百亿级产业集群\n累计完成工业投资1.6万亿元" (重庆
    // 2012-10): the subtitles right under a title of targets are its targets, unless one names a time of its own.
    const targets = opensTargets(sentence);
    r.subtitleTargets = !targets && r.afterHeading && r.targetSection && !hasTime(mentions);
    if (!r.subtitleTargets) r.targetSection = targets;
    let year: PeriodMention | undefined;
    for (let mAt = 0, m = mentions[0]; mAt < mentions.length && !year; m = mentions[++mAt])
      if (m.year !== undefined && !m.span && (m.role === 'time' || m.role === 'target') && HEADING_TIME.test(m.text)) year = m;
    // "(陕西省)2017年汉中市人民政府工作报告(全文)": the year a work report was given in, early in the year after the
    // one it reviews, is neither the time of its lines nor a year of targets (a year after the words is:
    // "政府工作报告“划重点”:淄博2018年预计地区生产总值突破5000亿元").
    if (year && !(sentence.indexOf('工作报告', year.end) > 0)) {
      r.headingPeriod = year.text;
      // "三、2025年重点工作" in a report on 2024: what is to be done in a year after the report's own is a target. A
      // headline with a figure ("今年GDP预期增长7.5%左右" over a review of 2017) names its own figure's year only.
      if (r.refYear !== undefined && year.year! > r.refYear && !tokens.length) r.targetSection = true;
    }
  } else if (r.subtitleTargets) r.subtitleTargets = r.targetSection = false;
  if (
    r.paragraphTargets &&
    (hasTime(mentions) ||
      (r.planRun && (PAST_COMPARED.test(sentence) || !PLAN_OPENING.test(sentence))) ||
      (r.yearRun && (PAST_COMPARED.test(sentence) || opensWithNow(sentence))))
  )
    r.paragraphTargets = r.planRun = r.yearRun = false;
  // A sentence naming its own time before its figures, or one without figures (the list of the year's figures has
  // ended), ends it. "全市规模以上工业总产值、增加值、利润分别完成1460亿元、440亿元、50亿元,…,工业经济总量前三季度
  // 跃升至全省第三位" (四平 2011, held-out set 24): a time named after the first figure is its own clause's; the
  // year's figures before it, and the next sentences', are still estimates.
  // "預計全年地區生産總值增長6%左右,總量突破5800億元。全年新引進億元以上項目1403個、…" (襄阳 2022, held-out set 29): a
  // sentence naming again the time the estimates are of (全年, the same year) names no time of its own.
  if (r.paragraphEstimates && (!tokens.length || otherTimeBefore(sentence, mentions, tokens[0].outerStart, r.estimatePeriod)))
    r.paragraphEstimates = false;
  if (!r.products && bits & S_CHAN && sentence.includes('产品') && PRODUCT_OUTPUT.test(sentence)) r.products = true;
  // "1、装备制造行业整体增速较慢。累计实现工业增加值10.29亿元", "——机械制造企业增速呈下降态势。累计实现…" (天水,
  // held-out set 14): a section's opening line without figures names the group its measures are of (r.section).
  const opening = industryOpening(sentence);
  if (opening) r.industry = GENERIC_TOPIC.test(opening[1]) ? '' : opening[1];
  const section = tokens.length ? null : sectionOpening(sentence);
  if (section && !GENERIC_TOPIC.test(section[1])) r.section = section[1];
  // Most sentences of a report hold no figure: only their periods are read (below).
  if (tokens.length) {
    r.sentence = sentence;
    // (Only with 在 among its first characters: most sentences open with none.)
    const field = codeWithin(sentence, 0x5728 /* 在 */, 0, 12) ? FIELD_OPENING.exec(sentence) : null;
    r.field = field ? field[1] : '';
    r.fieldEnd = field ? field[0].length : 0;
    r.start = s.start;
    r.end = s.end;
    r.mentions = mentions;
    r.tokens = tokens;
    r.marks = sentenceMarks(sentence, bits);
    // The figures read so far in this sentence, in objects reused from sentence to sentence.
    const found: Found[] = (r.found = []);
    if (r.runOf.size) r.runOf.clear();
    if (r.distributed.size) r.distributed.clear();
    if (r.listPeriodOf.size) r.listPeriodOf.clear();
    if (tokens.length > 1) {
      const runs = listRuns(sentence, tokens);
      for (let k = 0; k < runs.length; k++) for (let j = 0; j < runs[k].length; j++) r.runOf.set(runs[k][j], runs[k]);
    }
    // One quote string per sentence, shared by its figures.
    // (The sentence itself when no ASCII punctuation was read as full-width: the same characters.)
    const same = r.text === r.original;
    const start = r.startOf(s.start);
    const end = r.endOf(s.end);
    const quote = same ? sentence : r.original.slice(start, end);
    for (let i = 0; i < tokens.length; i++) {
      readFigure(r, i);
      if (r.relabelled) {
        r.relabelled = false;
        r.out[r.out.length - 1].label = r.back(found[i - 1].label);
      }
      // The figure is made here, not in readFigure: the optimiser moves these long-lived objects to the old
      // generation during the first run and recompiles the function that makes them, the smaller one here.
      const f = found[i];
      const t = f.t;
      r.out.push({
        label: r.back(f.label),
        // As the report writes it, whatever the reading made of it ("４０２０３﹒５").
        value: same ? t.value : r.original.slice(r.startOf(s.start + t.valueStart), r.endOf(s.start + t.valueEnd)),
        number: f.number,
        unit: r.back(t.unit),
        period: f.period,
        kind: f.kind,
        status: f.status,
        qualifier: f.qualifier && r.back(f.qualifier),
        quote,
        start,
        end,
        valueStart: r.startOf(s.start + t.valueStart),
        valueEnd: r.endOf(s.start + t.valueEnd),
      });
    }
    const last = found[found.length - 1];
    if (last) r.paragraphEntity = last.entity;
    // (One array for the whole run, emptied and refilled: no array per sentence.)
    r.partWholes.length = 0;
    for (let k = 0; k < found.length; k++) r.partWholes.push(found[k].entity);
    r.paragraphGrowth = growthBefore(found, r.paragraphGrowth);
    r.partPeriod = onePartPeriod(found, r.paragraphPeriod);
    for (let k = found.length - 1; k >= 0; k--)
      if (found[k].kind === 'growth' && PERCENT_UNITS.has(found[k].t.unit)) {
        r.lastRate.value = found[k].t.value;
        r.lastRate.unit = found[k].t.unit;
        r.lastRate.entity = found[k].entity;
        break;
      }
    r.rateOwner = '';
  } else {
    r.partPeriod = '';
    const topic = topicOpening(sentence);
    if (topic && !GENERIC_TOPIC.test(topic[1])) r.topic = topic[1];
    // "可喜的是,工业基础雄厚的柳州工业经济增速逐月回升。从统计数据来看,1-6月累计增速分别为-4.6%、4.6%、…" (柳州 2009
    // 上半年, a 繁體 copy, held-out set 52): whose 增速 a sentence without figures says moved owns the bare rates after it.
    const moved = sentence.includes('增速') ? RATE_MOVED.exec(sentence) : null;
    r.rateOwner = moved ? moved[1].slice(moved[1].lastIndexOf('的') + 1) : '';
  }
  if (
    tokens.length
      ? r.marks.target >= 0 && (TARGET_LIST.test(sentence) || DOCUMENT_TARGETS.test(sentence))
      : bits & S_MU && sentence.includes('目标') && TARGETS_NAMED.test(sentence)
  ) {
    r.paragraphTargets = true;
    r.planRun = r.yearRun = false;
  }
  // "今年我市将努力实现工业增加值增长15%。实施重点工业固定资产投资项目100项，…" (兰州, 2012): a sentence that says
  // before all its figures what will be done goes on in the sentences after it that open with what is to be done
  // (实施, 创建…), name no time of their own and compare with no year before ("其中，种植业实现增加值33亿元，增长4.6%"
  // after it is a result).
  else if (tokens.length && r.marks.plan >= 0 && r.marks.plan < tokens[0].outerStart && !PAST_COMPARED.test(sentence))
    r.paragraphTargets = r.planRun = true;
  // "…印發《上海市推動制造業高質量發展三年行動計劃(2023-2025年)》,到2025年,…工業增加值超過1.3萬億元,…。工業戰略性新興
  // 產業產值占規模以上工業總產值比重達45%,…" (https://pdpkct.com/articles/2023-06-15/2873758.html): a sentence whose
  // targets a target year opens (到2025年, before its first figure) goes on in its paragraph's next sentences, until one
  // names its own time, opens with 目前 or compares with a year before. (Not after results in its paragraph: "2019年，…
  // 8452元…。力争到2022年，全市工业总产值达到3万亿元。规模工业利润1380亿元。" is one target among results.)
  else if (
    tokens.length &&
    !r.paragraphTargets &&
    !r.paragraphResults &&
    r.found[0]?.status === 'target' &&
    !PAST_COMPARED.test(sentence) &&
    targetYearBefore(mentions, tokens[0].outerStart)
  ) {
    r.paragraphTargets = r.yearRun = true;
    r.planRun = false;
  }
  if (tokens.length && r.marks.estimate >= 0 && r.marks.estimate < tokens[0].outerStart && r.marks.target < 0 && r.marks.plan < 0) {
    r.paragraphEstimates = true;
    r.estimatePeriod = r.found[0].period;
  }
  for (let k = 0; k < r.found.length && !r.paragraphResults; k++) if (r.found[k].status === 'actual') r.paragraphResults = true;
  let part: PeriodMention | undefined;
  // "分月度看,6月份规模以上工业增加值同比增长7.0%,比5月份提高1.9个百分点。分经济类型看,国有控股企业增加值同比下降
  // 1.6%" (山东 2020 上半年, held-out set 30): the months of a breakdown by month are its own parts, not the time of
  // the breakdowns after it (those are of the report's 上半年 again).
  const byMonth = isIn(FEN_CONG, sentence, 0) && MONTHLY_VIEW.test(sentence);
  for (let mAt = byMonth ? mentions.length : 0, m = mentions[mAt]; mAt < mentions.length; m = mentions[++mAt]) {
    // "其中10月当月增长8.9%": a part of the period (and what names it again) is not the time of what follows.
    // "辽宁省大部分城市当月生产形势较3月有所好转。其中,阜新、…、丹东6市已经实现正增长" (辽宁 2020 4月, held-out set 54): a
    // sentence holding no figure is no part of anything it sums; its 当月 is the time of what follows, as 当月 opening a
    // sentence is.
    if ((m.part && (tokens.length !== 0 || m.text !== CURRENT_MONTH)) || (part && !/[，；]/u.test(sentence.slice(part.end, m.start)))) {
      part = m;
      continue;
    }
    // A period in a list (10月、11月、12月) is an item's, not the time of what follows.
    // (Codes read by codeAt: sentence[-1], for the many sentences opening with their period, is a property lookup.)
    if (
      m.role !== 'time' ||
      m.local ||
      m.until !== undefined ||
      codeAt(sentence, m.end) === 0x3001 /* 、 */ ||
      codeAt(sentence, m.start - 1) === 0x3001
    )
      continue;
    // "广东高技术制造业…,2009年比2005年增长62.9%。战略性新兴产业…总产值达1.11万亿元" (广东 2010): a year compared with
    // another is the time of that comparison only.
    if (sentence.charCodeAt(m.end) === 0x6bd4 /* 比 */ && YEAR_AFTER_BI.test(sentence.slice(m.end + 1, m.end + 6))) continue;
    if (m.rateOnly) {
      r.paragraphSpan = r.docSpan = m.text;
      continue;
    }
    // In a paragraph of the year's estimates, a time named after a sentence's first figure is its clause's (above).
    if (r.paragraphEstimates && tokens.length && m.start > tokens[0].outerStart) continue;
    // "从3月份开始,每月…均在380亿元以上": a span from a month on is its own sentence's ("…。规模以上工业增加值增长10%" after
    // it is of the report's period).
    if (m.text.endsWith(MONTHS_SINCE_MARK)) continue;
    // "在下半年工作中,将继续围绕…。…100个项目已完成投资203.6亿元,开工率达到80%" (烟台's 工信局 on 2019 上半年, held-out set
    // 57): a time a sentence holding no figure names for what is to be done is the time of the paragraph's targets only;
    // its results stay of the time before.
    if (!tokens.length && isIn(PLAN_AFTER_FIRST, sentence, m.end) && PLAN_AFTER_TIME.test(sentence.slice(m.end, m.end + 16))) {
      r.paragraphPlanPeriod = m.text;
      continue;
    }
    r.paragraphPeriod = m.text;
    // "每月经济运行简况(2020年3月)" over "1-3月,…" (漳州 2020, held-out set 37): the heading's month is the span reported,
    // the time of a later paragraph that names none ("二、工业生产加速回暖。规模工业增加值负增长7.3%").
    if (r.headingPeriod) r.headingPeriod = headingSpanOf(r.headingPeriod, m.text);
    if (m.span) r.paragraphSpan = r.docSpan = m.text;
    // "2025年是全力打好“十四五”收官攻坚战、奋力打造…“滨城”样板的重要一年" (滨海新区 2025, held-out set 34): a sentence
    // holding no figure that says what a year is names, after its 是, the plan or stage that year belongs to, not
    // the time of the figures after it.
    if (!tokens.length && m.year !== undefined && YEAR_IS.test(sentence.slice(m.end))) break;
  }
  r.afterHeading = heading;
}
/** After a time, what is to be done in it: "工作中,将", ",要", "期间拟". */
const PLAN_AFTER_TIME = /^(?:工作中|期间|里)?[，,]?(?:我们|我局|全市|全区|全县|全省)?(?:还|仍)?(?:将|要|拟|计划)/u;
const PLAN_AFTER_FIRST = charTable('工期里，,我全还仍将要拟计');
/** The months to date a paragraph's first sentence opens on ("前三季度,", "2014年1-9月,"), else '' (index.ts carriedPeriod). */
function openingToDate(sentence: string, mentions: PeriodMention[]): string {
  const m = mentions[0];
  if (m === undefined || m.role !== 'time' || m.part || m.span) return '';
  for (let k = 0; k < m.start; k++) if (!isIn(SPACES, sentence, k)) return '';
  return TO_DATE.test(m.text) && isIn(OPENING_STOP, sentence, m.end) ? m.text : '';
}
/** Months summed from January to date, with the year or without. */
const TO_DATE = /^(?:(?:19|20)\d{2}年)?(?:1-\d{1,2}月|一季度|前[二三]季度|上半年)$/u;
const SPACES = charTable(' \u3000\t');
const OPENING_STOP = charTable('，,');
/** "是…的重要一年", "是…收官之年": what a year named before it is. */
const YEAR_IS = /^是[^。；;]*?(?:一年|之年)/u;
/**
 * "2户8月份新纳规企业实现当月产值1336.6万元,实现累计产值6933.2万元" (姚安 1-9月, held-out set 15): a month between a
 * count and its noun says which things are counted (those of August), not the time of the sentence: it is the
 * count's period (its clause's), as a streak's years are (local).
 */
function countMonths(sentence: string, mentions: PeriodMention[], tokens: Token[]): void {
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt]) {
    if (m.role !== 'time' || !COUNT_MONTH.test(m.text) || !isIn(HAN, sentence, m.end)) continue;
    for (let k = 0; k < tokens.length; k++) if (tokens[k].outerEnd === m.start && isCountUnit(tokens[k].unit)) m.local = true;
  }
}
/**
 * "2022年,经开区…,在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位"
 * (芜湖经开区 2022, held-out set 23): the year inside an evaluation's frame (在…考评中) is that evaluation's; the next
 * frame, naming no year, is of the sentence's time again (mention.until), as parallel frames each name their own.
 */
function evaluationFrames(sentence: string, mentions: PeriodMention[]): void {
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt]) {
    if (m.role !== 'time' || m.span || m.year === undefined || codeAt(sentence, m.start - 1) !== 0x5728 /* 在 */) continue;
    const frame = EVALUATION_FRAME.exec(sentence.slice(m.end, m.end + 48));
    if (!frame) continue;
    NEXT_FRAME.lastIndex = m.end + frame[0].length;
    const next = NEXT_FRAME.exec(sentence);
    if (next && !mentions.some((o) => o.start > next.index && o.start < next.index + next[0].length)) m.until = next.index;
  }
}
/**
 * "全國規模以上工業主營業務收入32.38萬億元,同比增長1.6%(今年1-5月為下降0.8%),增幅回落27.4個百分點;實現利潤16747億元"
 * (国家统计局 on 2009's 1-8月, a 繁體 copy: http://nakedoat.com/gzdt/2009-09/29/content_1429795.htm): a time named in
 * brackets with a figure of its own is an aside, the time of that figure only (up to the bracket's end), not of the
 * sentence's figures after it nor of the paragraph's next sentences. So is a plan's time in brackets that hold its own
 * targets: "聚焦“1650”(江蘇在“十四五”期間重點打造16個先進制造業集群、50條重點產業鏈)產業體系建設,江蘇梳理建立5145家重點企業庫"
 * (江苏 2023, held-out set 35).
 */
function bracketAsides(sentence: string, mentions: PeriodMention[]): void {
  if (!sentence.includes('(') && !sentence.includes('（')) return;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt]) {
    if (m.role !== 'time' || m.until !== undefined) continue;
    const open = Math.max(sentence.lastIndexOf('(', m.start), sentence.lastIndexOf('（', m.start));
    if (open < 0) continue;
    const closeAscii = sentence.indexOf(')', open);
    const closeWide = sentence.indexOf('）', open);
    const close = closeAscii < 0 ? closeWide : closeWide < 0 ? closeAscii : Math.min(closeAscii, closeWide);
    if (close < m.end || !/\d/u.test(sentence.slice(m.end, close))) continue;
    m.until = close + 1;
  }
}
/** After the year of a frame opened by 在: the evaluation it names, then 中. */
const EVALUATION_FRAME = /^度?[^，；。,;]{0,36}?(?:评价|考评|考核|评比|评估|测评|排名|排行榜?|榜单)(?:结果)?中/u;
/** Another frame of an evaluation after a stop. */
const NEXT_FRAME = /(?<=[，；,;])在[^，；。,;]{0,36}?(?:评价|考评|考核|评比|评估|测评|排名|排行榜?|榜单)(?:结果)?中/gu;
const YEAR_AFTER_BI = /^(?:19|20)\d{2}年/u;
const COUNT_MONTH = /^(?:(?:19|20)\d{2}年)?\d{1,2}月$/u;
/** A sentence opening a breakdown by month: "分月度看", "从月度增速看", "分月份看" (its first character asked first). */
// ("分季度看,一季度同比增长6.7%,二季度增长6.7%,三季度增长6.7%。分产业看,第一产业增加值40666亿元" (国家统计局 on
// 2016's first three quarters, http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml): quarters, as months.)
const MONTHLY_VIEW = /^(?:分|从)(?:月(?:度|份)?|季度?)(?:增速|走势|情况)?看/u;
const FEN_CONG = charTable('分从');
/**
 * The one month or quarter (ONE_MONTH_OR_QUARTER) all of `found` are of, other than `paragraph`'s; else ''. (Asked
 * after a sentence's figures are read: `found` holds one for each of its tokens, so one at least.)
 */
function onePartPeriod(found: Found[], paragraph: string): string {
  const period = found[found.length - 1].period;
  // (ONE_MONTH_OR_QUARTER's match ends with 月, 份 or 度: a year, most figures' period, is told by that one look.)
  if (!isIn(MONTH_OR_QUARTER_LAST, period, period.length - 1) || !ONE_MONTH_OR_QUARTER.test(period)) return '';
  const own = withoutYear(period);
  if (own === withoutYear(paragraph)) return '';
  for (let k = 0; k < found.length - 1; k++) if (withoutYear(found[k].period) !== own) return '';
  return period;
}
const MONTH_OR_QUARTER_LAST = charTable('月份度');
/** The sentence opens with 当前, 目前, 现在 or 截至目前 (as things stand now). */
/** A target year (到2025年) named before `at`. */
function targetYearBefore(mentions: PeriodMention[], at: number): boolean {
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'target' && m.year !== undefined && m.start < at) return true;
  return false;
}
/** A sentence that opens with what is to be done, as a plan's next sentences do. */
const PLAN_OPENING = /^\s*(?:实施|推进|完成|新增|培育|建成|创建|启动|打造|力争|确保|争取|加快|建设|开工|引进|开展)/u;
/** A result compared with the year or months before, or of last year (去年 is no period mention): no target. */
const PAST_COMPARED = /同比|比上年|较上年|上年同期|去年/u;
/** A heading's own time: a year or a part of one ("2025年", "2024年1-7月"), not "2012年以来". */
const HEADING_TIME = /^(?:19|20)\d{2}年(?:\d{1,2}-\d{1,2}月|\d{1,2}月|[上下]半年|前三季度|[一二三四]季度)?$/u;
/** Industries in general (重点行业, 主要行业, 工业行业): not one that 行业 can name. */
/** A sentence's last clause: an owner, its 增速, and how the rate moved ("柳州工业经济增速逐月回升。"). */
const RATE_MOVED =
  /(?:^|[，,；;])([\u4e00-\u9fff]{2,16}?)的?增速(?:逐月|逐步|持续|继续|稳步|明显|有所)?(?:回升|加快|提高|回落|放缓|下滑|趋稳|企稳)(?:态势)?[。！!]?$/u;
const GENERIC_TOPIC = /^(?:重点|主要|多数|大部分|部分|各|全部|其他|工业|传统|新兴|优势|支柱)/u;
/** "按照国际经验,", "国际经验表明,": a sentence opening so tells a general rule (GENERAL_EXPERIENCE). */
const GENERAL_EXPERIENCE = /^(?:按照|根据|依据|从)?国际(?:通行)?经验(?:来看|看|表明|显示)?[,，]/u;
/**
 * "在信息产品制造业领域,", "在新能源汽车方面,", "4月份,在高新技术产业开发区和高新园区中," (浙江 2016年4月): the field a
 * sentence opens with (after its time, if any), a clause of its own.
 */
const FIELD_OPENING =
  /^[ \u3000]*(?:[\d一二三四五六七八九十—\-~至月份季度上下半年前]{1,12}[，,])?在([\u4e00-\u9fff]{2,16}?)(?:领域|方面|中)[，,]/u;
