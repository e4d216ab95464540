/**
 * The report's own period (its as-of), read from the text when the caller gives none: the time its figures
 * are about when a sentence names no other. Used for every figure whose text names no period.
 */
import { charBits } from './chars';
import { periodMentions } from './periods';
import { SENTENCE_BITS } from './sentences';
import { cnNumber } from './units';

export interface ReportPeriod {
  /** The period of figures whose text names none ("2019年", "1-7月", "2020年1-7月"), or "". */
  period: string;
  /** The report's year: what 今年/全年/N年来 resolve against. */
  year: number | undefined;
  /** The commonest plan period: what the report's 年均 rates are about. */
  plan: string;
}

/** "十四届全国人大一次会议": the session a government work report is given at names its year. */
const SESSION = /([一二三四五六七八九十]{1,3})届全国(?:人大|人民代表大会|政协)第?([一二三四五])次(?:全体)?会议/u;
const HEAD = 400;
/** The last part of a year: a report that leads with it and names the whole year is about the year. */
const YEAR_END = /^(?:12月|1-12月|四季度|下半年)$/u;
const SPAN_TO = /(?:19|20)\d{2}年?\s*(?:至|到|[-—–~～])$/u;
/** "截至2015年底": the 至 of an as-of date, not of a target. */
const AS_OF_TO = /截[至止]到?$/u;

/**
 * The report's own period, from its text: the first time its first lines name ("2019年国民经济和社会发展统计公报",
 * "1-7月，全市…"), with the year from the years it names most (never a base "比2015年" or a target "到2025年"),
 * else from the session of the congress it was given at, else from its dateline.
 */
export function reportPeriod(text: string): ReportPeriod {
  const head = text.slice(0, HEAD);
  let year = commonestYear(text) ?? reviewedBySession(head);
  // "十四屆全國人大四次會議…2035年人均GDP比2020年翻一番…今年發展主要預期目標是經濟增長4.5%至5%" (李强's 2026 政府工作报告,
  // a Hong Kong paper's report): a year after the session a report is given at is a target year, not the report's.
  const session = sessionYear(head);
  if (year !== undefined && session !== undefined && year > session) year = reviewedBySession(head);
  // "桂林工业总产值今年将冲击1500亿\n来源:广西新闻网  频道:桂林    发布时间:2011-11-16\n…继2010年我市工业总产值完成1260亿元后,
  // 今年,…" (桂林 2011, held-out set 33): a dated report whose first time is 今年 is on the year it was written in, not on
  // the year before that it names most.
  else if (year !== undefined && session === undefined) year = nowDated(head, year) ?? year;
  if (year === undefined) {
    // "万州区2020政府工作报告完成情况" (重庆万州 on 2020, held-out set 38): a title's year without its 年.
    const titled = bareTitleYear(head);
    if (titled !== undefined) return { period: `${titled}年`, year: titled, plan: commonestPlan(text) };
    const dated = datelineYear(head);
    if (dated !== undefined) {
      // (A dated report opening on a 今年 sentence that only counts, then on months to date: partAfterStock.)
      const part = dated.period === `${dated.year}年` && !WHOLE_YEAR_WORD.test(head) ? datedPart(head, dated.year) : undefined;
      return { period: part ? `${dated.year}年${part}` : dated.period, year: dated.year, plan: commonestPlan(text) };
    }
    // "輕重工業結構由2007年的28.0∶72.0變為29.0∶71.0" in a 统计公报 whose figures grow 比上年 and that names no year
    // of its own (湖北 2008, held-out set 15): the year a change is from is the 上年 of the report's year.
    const from = changeBaseYear(text);
    if (from !== undefined) return { period: `${from + 1}年`, year: from + 1, plan: commonestPlan(text) };
    // "1至2月,…比上年同期回落1.0個百分點,比2015全年回落0.9個百分點" (广西 2016, held-out set 25), naming no year of its
    // own: a whole year compared with is the year before the report's months.
    const whole = wholeYearBase(text);
    if (whole !== undefined) year = whole + 1;
    else year = yearsAheadBase(head) ?? yearEndBase(text) ?? pastYearBeforeTargets(text);
  }
  let period = '';
  const mentions = timesOf(head, year);
  // (Not the year a list of targets is for: "报告提出,2013年全省经济社会发展的主要预期目标:" opens a report on 2012.)
  const first = mentions.find(
    (m) => !TARGETS_OF_YEAR.test(head.slice(m.end, m.end + 25)) && !(session !== undefined && m.year !== undefined && m.year > session),
  );
  if (first) {
    period = first.text;
    // "今年天津市工业系统…今年仍实现平稳快速增长,今年一季度…增长17.8%,上半年增长16.7%,前三季度完成工业总产值…" (天津
    // 2012, held-out set 26): a report opening on 今年 whose first sentence then steps through the parts of the
    // year to date is about the last of them, the time its figures have reached.
    if (period === '今年' && first.year === undefined) period = latestPartOfYear(head, mentions) ?? period;
    // "今年以来,…。\n…专精特新中小企业实现增加值5.4亿元,同比增长16.3%,其中,3月同比增长29.7%" (乌鲁木齐 2023, held-out set
    // 39): a report on the year to date (今年以来) whose first time is a month picked out after 其中 is about the months up
    // to it, not that month alone.
    const picked = first.part && first.year === undefined ? PICKED_MONTH.exec(first.text) : null;
    if (picked && Number(picked[1]) > 1 && YEAR_TO_DATE.test(head.slice(0, first.start))) period = `1-${picked[1]}月`;
    if (first.year !== undefined) year = first.year;
    // "3月份,全州规模以上工业企业107家,…同比增长51.4%。1-3月实现工业增加值6.4亿元" (博州 2020, held-out set 34), "10月份,
    // …当月增速由上月的8.1%下滑至3.7%;1-10月累计增长7.4%" (湖北 2018): a report whose first line opens on a month's news
    // and then gives the months to date ending in it is about those months (a headline naming the month, "6月份全省规模
    // 以上工业增加值增长5.8%" (河北 2017), is a monthly release's and keeps it).
    const toDate = period === first.text ? monthThenToDate(head, mentions, first) : undefined;
    if (toDate !== undefined) period = toDate;
    // "1-9月,全省规模以上工业企业累计实现主营业务收入25551亿元,…利润总额1059.8亿元…。\n\n  1-10月,全省工业经济…" (湖南's
    // 经信委 on 2016's first ten months, held-out set 49): a release whose first months to date are a lagging measure's
    // (profits come a month after output) and whose next lines open on the span a month longer is about that span.
    if (period === first.text && first.year === undefined) period = spanOneMonthOn(head, mentions, first) ?? period;
    // "2021年榆林市工业投资呈高开低走、快速下行态势。…1-11月,全市工业投资同比下降11.3%" (榆林 2021), "今年,面对错综复杂
    // 的经济形势…强劲增长。前两个月,全市规模以上工业企业完成总产值359.7亿元" (宝鸡): a report that names its year in a
    // sentence holding no figure, and whose first figure is of months of that year to date, is about those months
    // (not when its head speaks of the whole year: 全年, 12月).
    const own = first.year === undefined ? '今年' : `${first.year}年`;
    if (period === own && !WHOLE_YEAR_WORD.test(head)) {
      const part = firstFigureTime(head, mentions, first.end) ?? partAfterStock(head, mentions, first.end);
      if (part !== undefined) period = first.year === undefined ? part : `${first.year}年${part}`;
    }
    // "(陕西省)2017年汉中市人民政府工作报告(全文)", "2016年西宁市政府工作报告": a work report titled with the year it
    // is given in, early that year, reviews the year before (and plans the year it names).
    // Not one given late in the year it names ("2016年桂阳县人民政府工作报告 … 2016年11月25日在桂阳县第十七届人民代表大会
    // 第一次会议上", https://gongwensou.com/zhengfubaogao/27055.html): a new congress's first session, at the year's
    // end, reviews that year ("2016年,预计(下同)全县生产总值340亿元").
    if (
      first.year !== undefined &&
      period === `${first.year}年` &&
      titledWorkReport(head, first.end) &&
      !givenLateIn(head, first.year) &&
      !reviewsOwnYear(head, first.year) &&
      !CARRIED_OUT.test(head.slice(first.end, first.end + 60))
    ) {
      year = first.year - 1;
      period = `${year}年`;
    }
    // "2023年12月份…增长6.6%。2023年，全省…比上年增长5.1%": December opens a report on the whole year.
    const y = first.year;
    if (y !== undefined && YEAR_END.test(period.slice(5)) && mentions.some((m) => m.text === `${y}年` || m.text === '全年'))
      period = `${y}年`;
  }
  return { period, year, plan: commonestPlan(text) };
}

/** The last part of the year to date the first sentence of a report names, when it names two or more; else undefined. */
function latestPartOfYear(head: string, mentions: ReturnType<typeof timesOf>): string | undefined {
  const end = head.search(/[。\n]/u);
  let best: string | undefined;
  let bestMonth = 0;
  let parts = 0;
  for (const m of mentions) {
    if (end >= 0 && m.start > end) break;
    const month = partEndMonth(m.text);
    if (month === undefined) continue;
    parts++;
    if (month >= bestMonth) [best, bestMonth] = [m.text, month];
  }
  return parts >= 2 ? best : undefined;
}

/**
 * The months to date one month longer than `first`'s (1-N月 then 1-(N+1)月, of no other year) that open a later line of
 * the head; else undefined.
 */
function spanOneMonthOn(head: string, mentions: ReturnType<typeof timesOf>, first: ReturnType<typeof timesOf>[number]): string | undefined {
  const n = partEndMonth(first.text);
  if (n === undefined || n >= 12) return undefined;
  for (const m of mentions) {
    if (m.start <= first.end || m.year !== undefined || partEndMonth(m.text) !== n + 1) continue;
    const lineStart = head.lastIndexOf('\n', m.start - 1) + 1;
    if (lineStart > 0 && head.slice(lineStart, m.start).trim() === '') return m.text;
  }
  return undefined;
}

/** A month alone, and the words of a report on the year to date before it. */
const PICKED_MONTH = /^(\d{1,2})月$/u;
const YEAR_TO_DATE = /(?:今年|年初)以来/u;
/** A line opening on a month ("3月份,"), without a year of its own. */
const MONTH_OPENING = /^(\d{1,2})月份?[，,]/u;

/**
 * The months to date (1-N月, 一季度…) the first line names after opening on their last month N alone ("N月份,"), N
 * before December; else undefined.
 */
function monthThenToDate(
  head: string,
  mentions: ReturnType<typeof timesOf>,
  first: ReturnType<typeof timesOf>[number],
): string | undefined {
  if (first.year !== undefined || (first.start > 0 && head[first.start - 1] !== '\n')) return undefined;
  const open = MONTH_OPENING.exec(head.slice(first.start, first.start + 5));
  const month = open ? Number(open[1]) : 12;
  if (month >= 12) return undefined;
  const lineEnd = head.indexOf('\n', first.end);
  for (const m of mentions) {
    if (m.start <= first.start) continue;
    if (lineEnd >= 0 && m.start > lineEnd) break;
    if (partEndMonth(m.text) === month) return m.text;
  }
  return undefined;
}

/** The month a part of the year to date ends in (一季度 3, 上半年 6, 前三季度 9, 1-7月 7); undefined for others. */
function partEndMonth(text: string): number | undefined {
  if (text === '一季度') return 3;
  if (text === '上半年') return 6;
  if (text === '前三季度') return 9;
  const m = /^1\s*[-—–~～至]\s*(\d{1,2})月$/u.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A word for the whole year, or for its end: a report that names one speaks of the year, not of months to date. */
// ("…2014年新疆重点新开工项目达到51项,提前3个月完成全年目标任务;…是全年目标任务的六成多。\n前三季度,新疆工业生产…"
// (新疆 2014 前三季度, held-out set 45): the year's targets, which a part of the year goes towards, are no whole year's results.)
const WHOLE_YEAR_WORD = /全年(?!的?(?:目标|任务|计划))|1\s*[-—–~～至]\s*12月|(?<![\d-])12月|四季度|下半年/u;

/**
 * The months to date (1-11月, 前三季度) named last before the first figure after `from`, when the sentence `from` is
 * in holds none and that time names no year of its own; else undefined.
 */
function firstFigureTime(head: string, mentions: ReturnType<typeof timesOf>, from: number): string | undefined {
  const inMention = (k: number) => mentions.some((m) => k >= m.start && k < m.end);
  let figure = -1;
  for (let k = from; k < head.length; k++) {
    const c = head.charCodeAt(k);
    if (c >= 48 && c <= 57 && !inMention(k)) {
      figure = k;
      break;
    }
  }
  if (figure < 0) return undefined;
  const sentenceEnd = head.slice(from).search(/[。\n]/u);
  if (sentenceEnd < 0 || from + sentenceEnd > figure) return undefined;
  // The time nearest before the figure, in its sentence or in the lines between ("一、1-3月份主要经济指标完成情况。\n根据
  // 地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元", 郏县 2025 一季度).
  let time: (typeof mentions)[number] | undefined;
  for (const m of mentions) if (m.start > from + sentenceEnd && m.start < figure) time = m;
  // "今年來,全市工信係統…取得新進展。\n全市539家規上工業企業,1-8月實現規上工業增加值189.77億元" (梅州 2023 1-8月,
  // held-out set 33): a first figure that counts what its sentence reports on stands before the sentence's time; that
  // time, later in the same sentence, is the report's.
  if (!time) {
    const figureSentenceEnd = head.slice(figure).search(/[。\n]/u);
    time = mentions.find((m) => m.start > figure && (figureSentenceEnd < 0 || m.start < figure + figureSentenceEnd));
  }
  if (!time || time.year !== undefined) return undefined;
  const month = partEndMonth(time.text);
  return month !== undefined && month < 12 ? time.text : undefined;
}

/**
 * "市工信局…今年入库企业达1503家,比2023年增加198家…。\n\n1-2月,全市“1+4”主导产业完成产值870.9亿元,同比增长5.7%" (泰州
 * 2024, held-out set 35): a first 今年 sentence that only counts (no rate: no %, 增长, 同比) says what stands this
 * year; the months to date that open the next sentence, with no year of their own, are what the report's rates
 * are of. Undefined when the first sentence holds a rate or the next does not open on a part of the year.
 */
function partAfterStock(head: string, mentions: ReturnType<typeof timesOf>, from: number): string | undefined {
  const end = head.slice(from).search(/[。\n]/u);
  if (end < 0) return undefined;
  const firstEnd = from + end;
  if (/[%％]|增长|同比|下降/u.test(head.slice(from, firstEnd))) return undefined;
  const next = mentions.find((m) => m.start > firstEnd);
  if (next === undefined || next.year !== undefined || partEndMonth(next.text) === undefined) return undefined;
  // Only a sentence that opens on it (a line's or a sentence's start, blanks between).
  return /^[。\s]*$/u.test(head.slice(firstEnd, next.start)) ? next.text : undefined;
}

/** partAfterStock of a dated report whose first time named is its 今年 (the dateline's year). */
function datedPart(head: string, year: number): string | undefined {
  const mentions = timesOf(head, year);
  const first = mentions[0];
  return first !== undefined && first.text === `${year}年` && head.startsWith('今年', first.start)
    ? partAfterStock(head, mentions, first.end)
    : undefined;
}

/**
 * The title of a work report after a year: "…政府工作报告" later on the same line, no sentence between; or of the
 * year's work conference, held in its first weeks (or the December before) to review the year gone and set the
 * new one's tasks: "2023年全省工业和信息化工作会议召开" (福建 2022, held-out set 32), "2019年全国工业和信息化工作会议".
 */
const WORK_REPORT_TITLE = /^[^\n。，,；;：:]{0,20}?(?:政府工作报告|工作会议)/u;

/** A day of the second half of a year, before where a report was given ("2016年11月25日在…会议上"). */
const LATE_MEETING_DAY = /((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日(?:在|于)/gu;

/**
 * A title on how a year's work report was carried out: "万州区2020政府工作报告完成情况" (重庆万州's 区政府 on 2020, held-out
 * set 38), "《政府工作报告汇报》2021年度工作任务分工落实情况" (a county's, https://777doc.com/doc-8344880.html). Such a
 * report reviews the year it names, not the year before as the work report itself does.
 */
const CARRIED_OUT = /^[^\n。]{0,40}?(?:完成|执行|落实)情况/u;

/** A work report's title naming its year without 年 ("万州区2020政府工作报告完成情况", "成都市2019政府工作报告"). */
const BARE_TITLE_YEAR = /^[^\n。，,；;：:\d]{0,20}?((?:19|20)\d{2})(?![\d年])[^\n。，,；;：:\d]{0,12}?政府工作报告/u;

/**
 * The year a text is of from its title's year written without 年: the year before the one named (the work report
 * given early that year reviews it), or that year for a report on how its work report was carried out or one given
 * late in it; else undefined.
 */
function bareTitleYear(head: string): number | undefined {
  const m = BARE_TITLE_YEAR.exec(head);
  if (!m) return undefined;
  const year = Number(m[1]);
  const after = m.index + m[0].indexOf(m[1]) + 4;
  return CARRIED_OUT.test(head.slice(after, after + 60)) || givenLateIn(head, year) ? year : year - 1;
}

function givenLateIn(head: string, year: number): boolean {
  for (const m of head.slice(0, 400).matchAll(LATE_MEETING_DAY)) if (Number(m[1]) === year && Number(m[2]) >= 7) return true;
  return false;
}

/**
 * "2019年梨树县政府工作报告\n…\n一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n2019年,是我县经济社会发展非同寻常的一年"
 * (梨树县, held-out set 56): a review heading (过去一年, 工作回顾) whose next line opens on the title's year reviews that year,
 * whenever the report was given.
 */
const REVIEW_THEN_YEAR = /(?:[过過]去的?一年|工作回[顾顧])[^\n]{0,30}\n[ \t\u3000]*((?:19|20)\d{2})年/u;
function reviewsOwnYear(head: string, year: number): boolean {
  const m = REVIEW_THEN_YEAR.exec(head);
  return m !== null && Number(m[1]) === year;
}

function titledWorkReport(head: string, yearEnd: number): boolean {
  return WORK_REPORT_TITLE.test(head.slice(yearEnd, yearEnd + 40));
}

function timesOf(head: string, year: number | undefined) {
  // ("截至4月9日": a day a stock is counted up to is no period of a whole report; nor is an item of a list of
  // periods: "一季度、上半年、前三季度GDP分别增长6.2%、6.7%、6.9%" (吉林 2016, held-out set 18); nor a time in a cause
  // clause: "受2020年投资总量前低后高…等因素影响,2021年榆林市工业投资…" (榆林 2021).)
  // (Every argument given, as readSentence gives them: periodMentions, compiled on the sentences' calls, would
  // otherwise meet its defaults first here, at the start of the next report, and be compiled again.)
  const all = periodMentions(head, year, year, charBits(head, SENTENCE_BITS));
  const listed = (k: number) =>
    (head[all[k].end] === '、' && all[k + 1]?.start === all[k].end + 1) ||
    (head[all[k].start - 1] === '、' && all[k - 1]?.end === all[k].start - 1);
  return all.filter((m, k) => m.role === 'time' && !m.span && !m.text.endsWith('日') && !listed(k) && !inCause(head, m.start, m.end));
}

/**
 * "受…影响" and "由于…" open a cause clause, in traditional characters too ("受2020年投資總量前低后高…等因素影響", 榆林 2021):
 * what it names is why, not the report's time.
 */
const CAUSE_OPENS = /(?:受|由[于於])[^。；;，,：:\n]{0,12}$/u;
/** The 影响 that closes a 受 clause, in the same sentence. */
const CAUSE_CLOSES = /^[^。；;\n]{0,80}?影[响響]/u;

/** A time at `start`..`end` of `text` inside a cause clause: after 由于, or between 受 and its 影响. */
function inCause(text: string, start: number, end: number): boolean {
  const m = CAUSE_OPENS.exec(text.slice(Math.max(0, start - 13), start));
  if (!m) return false;
  return m[0].startsWith('由') || CAUSE_CLOSES.test(text.slice(end, end + 81));
}

/** The year of a report's dateline, after `year`, when the first time the report names is 今年; else undefined. */
function nowDated(head: string, year: number): number | undefined {
  if (!head.includes('今年')) return undefined;
  const date = datelineIn(head);
  if (date === undefined || date.year <= year) return undefined;
  return timesOf(head, undefined)[0]?.text === '今年' ? date.year : undefined;
}

/** A date ("2020年8月15日讯"): when the report was written or published, not what its figures are about. */
/** The month and day after a year: a date. */
const DAY_AFTER = /^\d{1,2}月\d{1,2}[日号]/u;
const DATE = /(?<![\d.])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号]/u;
/**
 * A page's dateline in figures: "发布日期:2017-09-25", "2016/05/03", and "03.05.2016  13:12" (day first, a time of day
 * after it: 黑龙江日报 on 大庆 2016 一季度, held-out set 26). Its year and month, as DATE's.
 */
const NUMERIC_DATE =
  /(?<![\d.])((?:19|20)\d{2})[-/](\d{1,2})[-/]\d{1,2}(?![\d/-])|(?<![\d.])\d{1,2}\.(\d{1,2})\.((?:19|20)\d{2})(?=\s+\d{1,2}:\d{2})/u;

/** The first dateline in a text, written in words (DATE) or in figures (NUMERIC_DATE): where, its year and month. */
function datelineIn(head: string): { index: number; length: number; year: number; month: number } | undefined {
  const words = DATE.exec(head);
  const figures = NUMERIC_DATE.exec(head);
  const m = words && (!figures || words.index <= figures.index) ? words : figures;
  if (!m) return undefined;
  if (m === words) return { index: m.index, length: m[0].length, year: Number(m[1]), month: Number(m[2]) };
  return m[1] !== undefined
    ? { index: m.index, length: m[0].length, year: Number(m[1]), month: Number(m[2]) }
    : { index: m.index, length: m[0].length, year: Number(m[4]), month: Number(m[3]) };
}
/** The month a period of the year ends in ("1-7月" → 7, "上半年" → 6); undefined for a whole year. */
const END_MONTH: [RegExp, number][] = [
  [/(\d{1,2})月(?:末|底|[上中下]旬)?$/u, 0],
  [/上半年$|二季度$/u, 6],
  [/前三季度$|三季度$/u, 9],
  [/一季度$/u, 3],
  [/下半年$|四季度$/u, 12],
];
/** "去年，全省…" at the head of a report: what it is about is the year before its date. */
const LAST_YEAR_LEADS = /^[^。\n]{0,60}?去年(?!同期|底|末|以来)/u;

/**
 * The period of a report that names no year but its date: figures for months are of the last such months
 * before the date ("2020年8月15日…1-7月" → 2020年1-7月; "2021年1月20日…12月" → 2020年12月); a report on the
 * whole year (全年, 去年) dated in its first months is about the year before.
 */
function datelineYear(head: string): { period: string; year: number } | undefined {
  const date = datelineIn(head);
  if (!date) return undefined;
  const dy = date.year;
  const dm = date.month;
  if (dm < 1 || dm > 12) return undefined;
  const after = head.slice(date.index + date.length);
  // A headline above the dateline names the report's period when it names one ("青海省1-5月工业保持快速增长").
  const first = timesOf(head.slice(0, date.index), undefined)[0] ?? timesOf(after, undefined)[0];
  if (first && first.year === undefined && first.text !== '全年' && first.text !== '今年') {
    for (const [re, month] of END_MONTH) {
      const m = re.exec(first.text);
      if (!m) continue;
      const end = month || Number(m[1]);
      const year = end <= dm ? dy : dy - 1;
      return { period: `${year}年${first.text}`, year };
    }
  }
  const lead = LAST_YEAR_LEADS.exec(after);
  const lastYear = lead !== null && (!first || lead[0].length - 2 < first.start);
  const year = lastYear || (first?.text === '全年' && dm <= 3) ? dy - 1 : dy;
  return { period: `${year}年`, year };
}

/**
 * "省十二届人大一次会议", "福建省第十二届人民代表大会第一次会议": a province's congress, whose terms most provinces
 * hold with the national one (the twelfth first sat in 2013); a province that counts otherwise (海南, founded
 * 1988) gives a year before 1998, which is not taken.
 */
const PROVINCE_SESSION = /省第?([一二三四五六七八九十]{1,3})届(?:人大|人民代表大会)(?:常委会)?第?([一二三四五])次(?:全体)?会议/u;

/**
 * The year a text naming no year is of, from the congress session it names: the session's year, or, for the 政府工作报告
 * given at it (in its year's first months), the year before, which it reviews ("十一届全国人大一次会议…温家宝作政府工作
 * 报告…过去五年…" is on 2003-2007: http://dlnp.com.cn/infocus/2008-03/05/content_11611932.htm); its 今年 stays the
 * session's (writtenYear).
 */
function reviewedBySession(head: string): number | undefined {
  const year = sessionYear(head);
  return year !== undefined && WORK_REPORT_GIVEN.test(head) && REVIEW_WORDS.test(head) ? year - 1 : year;
}
const WORK_REPORT_GIVEN = /政府工作报告/u;
/** What a work report's review of the past says: 过去一年, 过去五年, 去年. */
const REVIEW_WORDS = /过去(?:一|五)年|去年|上年/u;

/** The year of a national (or a province's) congress session named in the text ("十四届全国人大一次会议" → 2023). */
function sessionYear(head: string): number | undefined {
  const national = SESSION.exec(head);
  const m = national ?? (head.includes('省') ? PROVINCE_SESSION.exec(head) : null);
  if (!m || (!national && m[0].includes('常委会'))) return undefined;
  const term = cnNumber(m[1]);
  const sitting = cnNumber(m[2]);
  // Every term since the sixth (1983) has sat five years, its first session in 1983, 1988, … 2023.
  if (term === undefined || sitting === undefined || term < 6) return undefined;
  const year = 1983 + (term - 6) * 5 + (sitting - 1);
  return national || year >= 1998 ? year : undefined;
}

const NIAN = /年/gu;
/** The first year of a span, before the last one: "2016至", "2016-". */
const SPAN_FROM = /((?:19|20)\d{2})年?\s*(?:至|到|[-—–~～])$/u;
/** What a plan is called, in the clause after its years. */
const PLAN_AFTER = /^[^，。；,;\n]{0,14}?(?:蓝图|规划|计划|纲要)/u;
/**
 * After a year, in its clause: the targets set for it ("2013年全省经济社会发展的主要预期目标"), or what it strives for
 * ("2023年襄阳经济总量力争实现6400亿元", 襄阳's 政府工作报告 on 2022: the year a report sets out to reach is the next).
 */
/** Setting a target or task, right before its year ("确定2017年…目标任务"). */
const SETTING_BEFORE = /(?:确定|制定|下达|分解)$/u;
const TASK_OF_YEAR = /^[^，。；,;：:\n]{0,12}?(?:目标|任务|计划)/u;
const TARGETS_OF_YEAR = /^[^，。；,;：:\n]{0,20}?(?:预期目标|主要目标|力争|争取)/u;
/** Right after a year: its targets ("2017年预期目标是", "2017年全省经济社会发展的主要目标"). */
const TARGETS_AFTER = /^(?:的|全市|全省|全区|全县)?(?:经济社会发展的?|发展的?)?(?:主要)?(?:预期)?目标/u;

/** The year the text names most, never a target year (到2025年) or a comparison base (比2015年). */
function commonestYear(text: string): number | undefined {
  const years = new Map<number, number>();
  // (?<![\d.])((?:19|20)\d{2})年, found by its 年: one native search through a long text, not a regex tried at every
  // place. (A search for 年, not a loop from one indexOf to the next, which never ends once its step is broken.)
  // (exec on the one regex, not matchAll: the loop over matchAll's iterator, run once per report, was compiled on
  // stack replacement in each of a process's first runs, and that compile cost more than the loop.)
  NIAN.lastIndex = 0;
  for (let found = NIAN.exec(text); found; found = NIAN.exec(text)) {
    const nian = found.index;
    const at = nian - 4;
    if (!isYearAt(text, at)) continue;
    const y = Number(text.slice(at, nian));
    const before = text.slice(Math.max(0, at - 8), at);
    if (DAY_AFTER.test(text.slice(at + 5, at + 12))) continue;
    // "2017年预期目标是,…" (吉林 2016, held-out set 18): the year whose targets a report sets is not its own.
    if (TARGETS_AFTER.test(text.slice(nian + 1, nian + 16))) continue;
    // "报告提出,2013年全省经济社会发展的主要预期目标:…" (福建 2013): the year a list of targets is for.
    if (TARGETS_OF_YEAR.test(text.slice(at + 5, at + 30))) continue;
    // "要尽快科学确定2017年钢铁去产能目标任务" (工信部's conference of 2016-12-27, http://www.clii.com.cn/ReDianJuJiao/
    // TouTiaoXinWin/201612/t20161228_3902504.html): a year whose targets are being set is not the report's.
    if (SETTING_BEFORE.test(before) && TASK_OF_YEAR.test(text.slice(nian + 1, nian + 20))) continue;
    // "受2020年投资总量前低后高…等因素影响" (榆林 2021): the year of a cause is not the report's.
    if (inCause(text, at, nian + 1)) continue;
    // "增速和位次创下2022年以来的新高" (朔州 2025 1-2月): a record since a year is set in a later one.
    if (RECORD_SINCE.test(text.slice(nian + 1, nian + 8))) continue;
    // "2016至2018年" is a span of years, not a target: its last year counts; so does "截至2015年底", the time of the figures.
    // "比重从2017年的30.8%提高到42%左右" (上海's 2023 政府工作报告 on 2018-2022), "分别是2010年的2.1倍、2.58倍和2.5倍"
    // (陵城区 2015, a 繁體 copy): the year a change is from, or a multiple is of, is a base; "提出2025年…比重超过52%"
    // (济南's “十四五” plan, 2022): the year a document sets out something for is a target year.
    // "五年新增电力装机3.5亿千瓦,是1950年到2002年53年的总和" (温家宝's 2008 政府工作报告, a 繁體 copy,
    // http://dlnp.com.cn/infocus/2008-03/05/content_11611932.htm): so are the years a figure is likened to.
    if (
      (BASE_OR_TARGET_BEFORE.test(before) && !HEARD_AT.test(text.slice(nian + 1, nian + 41))) ||
      (IS_BEFORE.test(before) && LIKENED_TO.test(text.slice(nian + 1, nian + 20)))
    )
      continue;
    // "增幅比2009年同期和2010年同期分别提高55.2、33.5个百分点" (福建 2011 1-2月, held-out set 43): a year listed after a base
    // year is a base too.
    if (LISTED_BASE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    // "1至2月份,河北省工業生產增速延續2014年四季度走勢" (河北 2015 1-2月, a 繁體 repost): the time whose trend goes on
    // is before the report's.
    if (CONTINUED_BEFORE.test(before)) continue;
    // "新纳统企业产值快速增长。2018年14户新增企业1—3月完成工业总产值同比增长176.4%" (汉阴 2019 一季度): the year that says
    // which firms are counted (those new in it) is not the time the report is on.
    if (COHORT_AFTER.test(text.slice(nian + 1, nian + 16))) continue;
    // "是2007年的3倍" (重庆 2012, held-out set 35): the base of a multiple is no report's own year, with or without 是.
    if (TIMES_AFTER.test(text.slice(nian + 1, nian + 8))) continue;
    if (!/(?:到|至|力争|争取|确保|比|较|与|由)$/u.test(before) || SPAN_TO.test(before) || AS_OF_TO.test(before)) {
      // "明确2016至2018年全省工业发展蓝图" (江西 2016): the years a plan covers, named when it is made, are counted by
      // their first year, the year it is made in; so are those in brackets after the plan's name: "《上海市推动制造业
      // 高质量发展三年行动计划(2023-2025年)》" (https://pdpkct.com/articles/2023-06-15/2873758.html).
      const from = SPAN_FROM.exec(before);
      const counted =
        from && (PLAN_AFTER.test(text.slice(nian + 1, nian + 20)) || PLAN_BEFORE_SPAN.test(text.slice(Math.max(0, at - 16), at)))
          ? Number(from[1])
          : y;
      years.set(counted, (years.get(counted) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, n] of years) if (best === undefined || n > years.get(best)! || (n === years.get(best) && y > best)) best = y;
  return best;
}

/**
 * Before a year: where a change is from (从2017年的), what a document sets out for it (提出2025年), a start the text
 * counts from ("汽车工业在经历了自2008年12月份以来持续低迷…后,终于在6月份走出低谷": 吉林 2009, held-out set 42).
 */
const BASE_OR_TARGET_BEFORE = /(?:从|自|提出)$/u;
/**
 * After 从 and a year: the meeting or release a reporter heard the news at ("记者从2024年一季度自治区国民经济运行情况新闻
 * 发布会上获悉", 新疆 2024 一季度): its year is the report's, not a base a change is from.
 */
const HEARD_AT = /^[^，。；,;]{0,40}?(?:获悉|了解到|得知)/u;
/** A base year (比2009年同期) and 和, 、 or 及 right before another year: "比2009年同期和". */
const LISTED_BASE_BEFORE = /(?:比|较|与)(?:19|20)\d{2}年(?:同期|末|底|全年)?[和、及]$/u;
/**
 * After a year: a count of firms new in it, as a noun phrase ("14户新增企业": those new that year), not what the year added
 * ("2019年新增企业1200家" says what 2019 did: its year may be the report's).
 */
const COHORT_AFTER =
  /^(?:\d{1,4}|[一二三四五六七八九十两]{1,3})[户家个](?:新增|新纳统|新纳规|新入统|新入规|新投产|新进规|新升规|新上规)(?:规上|规模以上)?(?:工业)?企业/u;
/** 延续 right before a year: the trend of a time before goes on ("延续2014年四季度走势"). */
const CONTINUED_BEFORE = /延续了?$/u;
/** 是 before a year, or before the span it ends ("是1950年到"). */
const IS_BEFORE = /是(?:(?:19|20)\d{2}年?\s*(?:至|到|[-—–~～]))?$/u;
/** After a year and 是 before it: what its figure is likened to ("是2010年的2.1倍", "是1950年到2002年53年的总和"). */
const LIKENED_TO = /^[^，。；,;的]{0,12}的[^，。；,;]{0,14}(?:倍|总和|水平)/u;
/** A plan's name and its years in brackets: "行动计划(2023-", "规划（2021—". */
const PLAN_BEFORE_SPAN = /(?:计划|规划|纲要|方案)[(（]\s*(?:19|20)\d{2}年?\s*(?:至|到|[-—–~～])$/u;
/** After a year: what it is the base of ("的3倍", "的2.1倍"). */
const TIMES_AFTER = /^的(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]{1,3})倍/u;
/**
 * "重庆已确立未来5年推进新型工业化的具体目标任务——…。到2017年,我市将基本构建起…" (重庆 2012, held-out set 35): a text that
 * names no year of its own but sets targets for the next N years up to a year Y is written in Y − N.
 */
const YEARS_AHEAD = /(?:未来|今后)(\d{1,2}|[二三四五六七八九十])年/u;
const TARGET_YEAR = /到((?:19|20)\d{2})年/u;
function yearsAheadBase(head: string): number | undefined {
  const ahead = YEARS_AHEAD.exec(head);
  if (!ahead) return undefined;
  const target = TARGET_YEAR.exec(head.slice(ahead.index, ahead.index + 160));
  if (!target) return undefined;
  const n = cnNumber(ahead[1]) ?? Number(ahead[1]);
  return n >= 2 && n <= 15 ? Number(target[1]) - n : undefined;
}

/** After a year: a record since it ("2022年以来的新高", "2015年以来最高"). */
const RECORD_SINCE = /^以来的?(?:新高|新低|最高|最低|最快|最慢|最好|最大|最小|最多|最少)/u;

/** "由2007年的…变为/提高到…": the year a change is from. */
const CHANGE_FROM = /由((?:19|20)\d{2})年的?[^。；;]{1,40}?(?:变为|變為|提高到|提高至|上升到|上升至|下降到|下降至|调整为|調整為)/gu;
/** Figures compared with the year before. */
const ON_LAST_YEAR = /比上年|较上年|比上年同期|上年同期/u;

/** The latest year a change is from, in a text whose figures are compared with 上年; undefined otherwise. */
function changeBaseYear(text: string): number | undefined {
  if (!ON_LAST_YEAR.test(text)) return undefined;
  let latest: number | undefined;
  for (const m of text.matchAll(CHANGE_FROM)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** "比2015全年", "较2015年全年": a whole year compared with. */
const WHOLE_YEAR_BASE = /[比较]((?:19|20)\d{2})年?全年/gu;

/** The latest whole year the text's figures are compared with, in a text that compares with 上年 too; undefined otherwise. */
function wholeYearBase(text: string): number | undefined {
  if (!ON_LAST_YEAR.test(text)) return undefined;
  let latest: number | undefined;
  for (const m of text.matchAll(WHOLE_YEAR_BASE)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/**
 * The end of a year compared with, counted from or whose trend goes on: "与2008年末相比", "比2008年下半年", "自2008年12月份
 * 以来", "延续2014年四季度走势".
 */
const YEAR_END_BASE = /(?:与|比|较|自|从|延续了?)((?:19|20)\d{2})年(?:末|底|12月|下半年|四季度|第四季度)/gu;

/**
 * "与2008年末相比,今年以来吉林省工业生产增速呈平稳提高趋势", "比2008年下半年月均高出18.55亿元" (吉林 2009 上半年, held-out
 * set 42), naming no year of its own: a text on 今年 that compares it with the end of a year is of the year after
 * the latest such; so is one that names 去年 ("1至2月份,…增速延續2014年四季度走勢…比去年全年前移3位…比2014年12月份回升3.9個
 * 百分點", 河北 2015 1-2月, a 繁體 repost: http://www.caiyunstory.com.cn/index/News/comprehensive_detil.html?id=13829).
 */
function yearEndBase(text: string): number | undefined {
  if (!text.includes('今年') && !text.includes('去年')) return undefined;
  let latest: number | undefined;
  for (const m of text.matchAll(YEAR_END_BASE)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest === undefined ? undefined : latest + 1;
}

/**
 * "在15日开幕的吉林省十二届人大六次会议上,…刚刚过去的该省地区生产总值预计增长6.9%。…吉林官方制定的2017年预期目标是,
 * 地区生产总值增长7%左右" (吉林 2016, held-out set 18): a text naming no year of its own that speaks of the year just past
 * and names the next year's targets is about the year before them. (Its session, a sixth, names no year: a province's
 * term may sit more than five times.)
 */
function pastYearBeforeTargets(text: string): number | undefined {
  if (!PAST_YEAR.test(text)) return undefined;
  const m = YEAR_TARGETS.exec(text);
  return m ? Number(m[1]) - 1 : undefined;
}
/** The year just past, as a review names it. */
const PAST_YEAR = /刚刚过去的|刚过去的|过去的一年/u;
/** A year and its own targets right after it ("2017年预期目标是", "2017年经济社会发展的主要预期目标"). */
const YEAR_TARGETS = /(?<![\d.])((?:19|20)\d{2})年(?:的|全市|全省|全区|全县)?(?:经济社会发展的?|发展的?)?(?:主要)?预期目标/u;

/** A digit at `k` (no closure per call: isYearAt runs at every year of the text). */
function digitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** Four digits 19xx or 20xx at `at`, not after a digit or a point. */
function isYearAt(text: string, at: number): boolean {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  const prev = text.charCodeAt(at - 1);
  return (
    ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) &&
    digitAt(text, at + 2) &&
    digitAt(text, at + 3) &&
    !(at > 0 && (digitAt(text, at - 1) || prev === 46))
  );
}

/** A plan's name in a text: 十一五 … 十五五. */
const PLAN_NAME = /十([一二三四五])五/gu;

function commonestPlan(text: string): string {
  const plans = new Map<string, number>();
  PLAN_NAME.lastIndex = 0;
  for (let m = PLAN_NAME.exec(text); m; m = PLAN_NAME.exec(text)) plans.set(m[1], (plans.get(m[1]) ?? 0) + 1);
  let plan = '';
  let planN = 0;
  for (const [p, n] of plans) if (n > planN || (n === planN && (cnNumber(p) ?? 0) > (cnNumber(plan) ?? 0))) [plan, planN] = [p, n];
  return plan ? `“十${plan}五”时期` : '';
}

/** A year's work conference by its title: "2023年全省工业和信息化工作会议" (WORK_REPORT_TITLE's second kind). */
const CONFERENCE_TITLE = /(?<![\d.])((?:19|20)\d{2})年[^\n。，,；;：:]{0,20}?工作会议/u;
/** A session of a (local or national) people's congress, or the 政府工作报告 given at one. */
const CONGRESS = /(?:人大|人民代表大会)第?[一二三四五六七八九十]{1,3}次(?:全体)?会议|政府工作报告/u;
/**
 * "本报太原2月9日讯", "记者7月22日从省统计局获悉", "据兰州晚报报道，2月14日，记者从市工信委了解到": the month a report
 * was written in, its year unnamed. "记者从1月4日在蓉召开的全省工业经济工作座谈会上获悉" (四川, 2013): the day of the
 * meeting the reporter learned it at.
 */
const YEARLESS_DATE =
  /(?<![\d年.])(\d{1,2})月(\d{1,2})日(?:讯|电|[，,]?(?:记者)?(?:从|获悉|了解到)|(?:在[^。，,；;]{0,8})?(?:召开|举行)的[^。，,；;]{0,30}?(?:获悉|了解到))/u;

/**
 * "安排部署2015年工业发展工作", "部署2019年重点工作": the year a meeting or report sets out the work of; "…完成情况,重点就
 * …及2011年工作要点做了详细汇报" (天水 2010, held-out set 19): the year whose work points, plan or arrangements are told.
 */
const PLANNED_YEAR = /(?:安排|部署)[^。，,；;：:]{0,6}?((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:重点)?工作(?:要点|计划|打算|思路|安排)/u;

/**
 * The year a report was written in, what its 今年 names: a report on a whole year (its as-of "2020年") dated
 * in the first three months ("2月9日讯") was written the year after, and its 今年 is the year of its targets.
 */
export function writtenYear(text: string, asOf: string, year: number | undefined): number | undefined {
  if (year === undefined) return year;
  const head = text.slice(0, HEAD);
  // A government work report given at "十三届全国人大五次会议" (2022) speaks of 2021 and calls 2022 今年.
  const session = sessionYear(head);
  if (session !== undefined && session >= year && session <= year + 1) return session;
  // A dated report was written in its date's year ("2021年2月9日讯" on 2020: 今年 is 2021).
  const dated = datelineIn(head);
  if (dated && dated.year >= year && dated.year <= year + 1) return dated.year;
  if (!/^(?:19|20)\d{2}年$/u.test(asOf)) return year;
  // A report on a whole year given at a people's congress ("广州市第十五届人民代表大会第三次会议", a
  // 政府工作报告) is given early the year after: its 今年 is the year of its targets.
  if (CONGRESS.test(head)) return year + 1;
  // A meeting that "回顾总结2014年工业发展情况，全面安排部署2015年工业发展工作" (许昌's 工业大会) is held in the year it
  // plans: its 今年 is that next year.
  const planned = PLANNED_YEAR.exec(head);
  if (planned && Number(planned[1] ?? planned[2]) === year + 1) return year + 1;
  // "2022年伊春市工业和信息化工作会议…召开。会议指出,今年全市工信系统要…": a year's work conference, held in its first
  // weeks on the year before (reportPeriod), calls its own year 今年.
  // (Not one held in the December before, that calls the year it plans 明年: "在近日召開的2011年全國工業和信息化工作會議上,
  // …而今年我國規模以上工業增加值預計同比增長15%左右。…明年的發展目標還包括…", http://whygutenberg.com/jm/hgjj/201012/t20101227_1663992.htm.)
  const conference = CONFERENCE_TITLE.exec(head);
  if (conference && Number(conference[1]) === year + 1 && !text.includes('明年')) return year + 1;
  const date = YEARLESS_DATE.exec(head);
  const month = date ? Number(date[1]) : 0;
  return month >= 1 && month <= 3 ? year + 1 : year;
}
