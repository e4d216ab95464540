/**
 * Periods: what time a figure is about. A sentence names periods ("2019年", "1-7月", "“十三五”时期",
 * "2012年1-10月", "上半年"); each mention has a role: the time of the sentence's figures, a comparison base
 * ("比2010年", "是2007年的3倍", "与2015年相比"), a target year ("到2020年", "力争2022年"), or the own period of
 * the number right after it ("由2012年的10.2%下降至2016年的4.5%"). Only the first and last give a period.
 */
import { charBits, charTable, codeAt, hasCode, lastCode } from './chars';
import { SENTENCE_BITS, S_GUO, S_LIAN, S_NEAR, S_PERIOD_KEY, S_TONG } from './sentences';
import { cnNumber } from './units';

export type PeriodRole = 'time' | 'base' | 'target' | 'own';

export interface PeriodMention {
  start: number;
  end: number;
  /** Normalised: "1-7月", "2012年1-10月", "“十三五”时期", "2013-2016年". */
  text: string;
  role: PeriodRole;
  /** Several years (a plan period or a span of years): what 年均 rates are about. */
  span: boolean;
  year?: number;
  /** For role 'own': the sentence offset where the number it belongs to is written (after 的). */
  ownAt?: number;
  /** "五年平均增长": the span of a yearly rate only, not the time of the sentence's other figures. */
  rateOnly?: boolean;
  /** "连续9年": the period of the figure in its own clause only, not the time of what follows. */
  local?: boolean;
  /** "连续8年": a streak of years, local; no span a later clause's figures are over or move from. */
  streak?: boolean;
  /** "其中10月…": a part of the period before, for its own sentence only (what follows is of the whole again). */
  part?: boolean;
  /**
   * "其中当月…", "半年累计…": the time of its own part of the sentence only, up to the next ；("今年6月…,半年累计完成…
   * 108.7亿元,…;完成规上销售产值20亿元": the 20亿元 is of June again).
   */
  toPartEnd?: boolean;
  /**
   * "在2021年度全国…综合考评中位列第13位,在全省…综合考评中位列第3位": the year of an evaluation named in its frame
   * (在…中) is the time of what follows only up to here, where the next evaluation's frame opens (index.ts).
   */
  until?: number;
  /** For spans of years: the first and last year ("由…增至…" figures take one each). */
  from?: number;
  to?: number;
}

/** After a month: more months listed, then how many they are: "、12月份两个月" (group 1: the count). */
const MONTHS_LISTED_COUNTED = /^(?:、\d{1,2}月)*、\d{1,2}月份?([两二三四五六])个月/u;
/** Before a month: another listed before it ("6月、"); after it, how many the listed months are ("份两个月"). */
const MONTH_LISTED_BEFORE = /\d月、$/u;
const MONTHS_COUNTED = /^(?:份)?(?:、\d{1,2}月份?)*[两二三四五六]个月/u;
/** After a list of months: 分别 or 依次 later in their sentence's clause run ("5、6月份…增速分别达到12.2%和13.4%"). */
const LISTED_EACH = '[^。；;]{0,40}?(?:分别|依次)';
// ("1--4月德阳工业生产稳定增长", "1——4月": a dash typed twice, as a page converted from an em dash writes it.)
const DASH = '(?:[-—–~～]{1,2}|至|到)';
const LISTED_EACH_AFTER = new RegExp(`^${LISTED_EACH}`, 'u');
// ("前两个月,全市规模以上工业企业完成总产值359.7亿元" (宝鸡): 两 for two, as 前三个月 writes three.)
const CN_SMALL = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})';
export const PERIOD_RE = new RegExp(
  // A one-character look first: most positions of a sentence start no period, and fail here cheaply.
  '(?=[“‘"十\\d前头上下第一二三四元半])(?:' +
    [
      // ("由“十五”期末的507.2亿元…提高到2010年的1260亿元" (桂林 2011, held-out set 33): the tenth plan, 2001-2005, named
      // without a second numeral, in quotes only (十五 alone is fifteen).)
      '(?<plan>(?:[“‘"]?十(?<planNo>[一二三四五])五[”’"]?|[“‘"]十五[”’"])(?<planSuffix>时期|期间|以来|规划期|期末|末|初)?)',
      `(?<span>(?<y1>(?:19|20)\\d{2})年?\\s*${DASH}\\s*(?<y2>(?:19|20)\\d{2})年)`,
      `(?<![\\d.])(?<y>(?:19|20)\\d{2})年(?<sub>(?<m1>\\d{1,2}|元)月?\\s*${DASH}\\s*(?<m2>\\d{1,2})月份?|[前头](?<fm>${CN_SMALL})个?月|(?<mo>\\d{1,2})月份?(?<moEnd>末|底|[上中下]旬)?(?![\\d日号])|[上下]半年|前三季度|第?[一二三四]季度(?:末|底)?|[1一]\\s*[-—–~～]{1,2}\\s*[23二三]季度|末|底|以来)?`,
      // ("1月一6月" (海南 2023, held-out set 18): the page's 一 for a dash, between two months only. "1到11月,全省工业
      // 技改投资4245亿元" (浙江 2013, held-out set 23): 到 between two months, as after a year.)
      // ("元至二月份规模以上工业产值分别下降26.1%和14%" (商洛 2009, held-out set 32): the months in numerals, from 元 or 一.)
      `(?<![\\d.一二三四五六七八九十第])(?<ma>\\d{1,2}|元|一)月?\\s*(?:[-—–~～]{1,2}|至|到|(?<=\\d月)一(?=\\d{1,2}月)|(?<=(?<![\\d.])1)、(?=2月(?!${LISTED_EACH})))\\s*(?<mb>\\d{1,2}|十[一二]|[二三四五六七八九十])月份?`,
      // ("提前一个月完成…任务": ahead of time by a month, no period. "今年头两个月实现增加值逾330亿元" (福建 2011, held-out
      // set 43): 头, the first months, as 前; not the 头 of 龙头 or 带头.)
      `(?:(?<!提)前|(?<![龙带源])头)(?<fm2>${CN_SMALL})个?月`,
      // "二季度末,生猪存栏1681.4万头" (江西 2025, held-out set 22): a stock at a quarter's end, as at a month's (8月末).
      // ("半年累计完成规上工业产值108.7亿元" (a county's June 2010 report): the half up to the month, 上半年.)
      // ("1—3季度,全市规上工业增加值同比增长2.7%" (泉州, a 1-3季度 release): the first three quarters written as a span
      // of quarters, as 1-9月 of months; 1-2季度 the first half.)
      '(?<half>[上下]半年|(?<![上下前后多大近过这每一两三四五六七八九十\\d])半年(?=累计)|前三季度|第?[一二三四]季度(?:末|底)?|(?<![\\d.])[1一]\\s*[-—–~～]{1,2}\\s*[23二三]季度)',
      // "到去年12月末,全省金融机构…各项存款余额19147.62亿元" (陕西 2011, held-out set 24): a month after 去年 is named as
      // "去年1-11月" is (the year is the report's, read elsewhere), not one inside a year written in digits. (After 今年
      // the relative reading below gives it its year: "今年6月" → 2010年6月.)
      // "5、6月份汽车工业增加值增速分别达到12.2%和13.4%" (工信部 on 2020 上半年, a 繁體 copy,
      // http://zhenhuasy.com/zixun/202007/23/516638.shtml): months listed before 分别 are each an item's month (5月, 6月);
      // "1、2月份" without 分别 is the two months together, 1-2月 (above).
      // ("10、11、12三个月增速分别9.6%、10.1%和10.3%" (工信部 on 2012, http://finance.ce.cn/rolling/201301/24/t20130124_17047695.shtml):
      // the months listed, then how many they are, the last item with them.)
      // ("今年4、5、6月,安徽省工業增速分別達到9.1%、7.8%、8%" (安徽 2020 上半年, a 繁體 copy, held-out set 53): after 今年
      // or 本年 as after no year, the months of the report's year; not after 去年, whose months are another year's.)
      `(?:(?<![\\d.年月])|(?<=[今本]年))(?<mo3>\\d{1,2})(?=(?:(?:、\\d{1,2})*、\\d{1,2}(?:月份?|[两三四五六]个月)|(?<=、\\d{1,2})[两三四五六]个月)(?=${LISTED_EACH}))`,
      // "2021年第一、二、三、四季度利润同比分别增长137.3%、36.0%、14.3%、12.3%" (国家统计局 on 2021,
      // http://chrbiz.cn/cxtx/2022128132307.htm): quarters listed before 分别 are each an item's quarter, as months are.
      `(?<![\\d一二三四])第?(?<q3>[一二三四])(?=(?:、[一二三四])*、[一二三四]季度(?=${LISTED_EACH}))`,
      // ("今年9月,全市规上工业增加值同比增长8.9%" (泉州): a month after 今年 is that month of the report's year, as one
      // after 去年 is of the year before.)
      // ("增幅由元月-13.6%,转为上半年增长3.1%" (重庆 2010): 元月 is January.)
      '(?:(?<![\\d.年月])|(?<=[去今本]年))(?<mo2>\\d{1,2}|(?<![万亿千百])元)月份?(?<mo2End>末|底|[上中下]旬)?(?![\\d日号])',
      // "截止到4月9日，…开工率达到96.2%" (九江, held-out set 18): a day a stock is counted up to, after 截至 only (a
      // dateline's day is no period).
      '(?<=(?:截至|截止)到?)(?<dm>\\d{1,2})月(?<dd>\\d{1,2})[日号]',
    ].join('|') +
    ')',
  'gu',
);

/**
 * PERIOD_RE without its group names, as hits() runs it: a match of a regex with named groups also makes a
 * groups object of all 19 names, most undefined, for every period of a report (a tenth of what the extractor
 * allocated). Its captures are read by number: P[name] is the number of the group PERIOD_RE names so (every group
 * of PERIOD_RE is named, so their numbers are their order; checked when the module loads).
 */
const NAME = /\(\?<([a-zA-Z]\w*)>/gu;
export const PERIOD_NUMBERED = new RegExp(PERIOD_RE.source.replace(NAME, '('), 'gu');
const NAMES = [...PERIOD_RE.source.matchAll(NAME)].map((m) => m[1]);
export const P: Readonly<Record<string, number>> = Object.fromEntries(NAMES.map((name, k) => [name, k + 1]));
// A group without a name would take a number: the names' numbers would no longer be their places.
if (new RegExp(`${PERIOD_NUMBERED.source}|`, 'u').exec('')!.length - 1 !== NAMES.length)
  throw new Error('PERIOD_RE: every group must be named (or non-capturing)');

/**
 * Periods named relative to the report's own, in a second cheap pass (few first characters): "由去年同期的12.8%"
 * (the same months a year before, resolved by the caller), "今年"/"全年" (the report's year), "上月"/"当月" (the
 * last month of its period, resolved by the caller), "五年来"/"近三年"/"两年平均" (the years up to its own).
 * "创今年最大降幅", "为全年最高": a record of the year is no time of the figures ("今年1至4月…，创今年最大降幅，较去年
 * 增速回落8.48个百分点" stays of 1-4月). "10月中旬旬报数据显示,本月1日-20日,…" (常州, held-out set 18): 本月 before a day
 * is a date, the 旬 named before it the time. "…到四季度的两位数增长,年末累计增幅比年初提高15个百分点" (武进区 2009,
 * held-out set 36): 年末累计, the total at the year's end, is the whole year's, as 全年 is (not 上年末's). "亏损额…同比下降
 * 3.5%,为本年度的首次回落;实现主营业务收入309.44亿元" (吉林 2009, held-out set 42): a first of the year is a record
 * too; the figures after it stay of 前五个月.
 */
export const RELATIVE_RE =
  /(?<lastYear>去年同期|上年同期|(?<=[由从])同期(?=的))|(?<lastYearEnd>(?:去年|上年)年?[底末])(?!以来|开始|起)|(?<lastYearDone>(?:去年|上年)(?=(?:实际)?(?:完成|实现)(?:数|额|值)\d))|(?<yearStart>(?<=[由从])年初(?=的))|(?<!创)(?<thisYear>今年|全年|本年度|本年(?!度)|(?<![上去明前今\d])年末(?=累计))(?![\d元前上下第一二三四]|以来|的?最|的?首次|新高|新低|目标|计划|任务)|(?<thisMonth>上月|当月|本月|单月)(?!份?末|\d{1,2}[日号])|(?<nextYear>明年)(?![\d元])|年(?:(?<yearsEnd>以?来|间)|(?=平均|年均|累计|共|增加|新增|上升|提高|下降|减少|发放|投入|解决))/gu;
const YEARS_BEFORE = /(?<![\d.])(?:近|过去)?(?:[两三四五六七八九十]|\d{1,2})$/u;
const DAY_AFTER = /^\d{1,2}月\d{1,2}[日号]/u;
const STREAK = /连续((?:[两三四五六七八九十]|\d{1,2}))年(?![来内度以])/gu;
/**
 * A record since a start: "成爲自1998年以來經濟增長最快的一年" (天津开发区 2002, a 繁體 copy,
 * http://news.big5.enorth.com.cn/system/2003/01/10/000488458.shtml), "增速创2015年以来新高": the start is the time of
 * no figure after it.
 */
const RECORD_SINCE = /^(?:以来)?的?[^，；。,;\d]{0,12}?(?:最[快高好大低多少慢]|新高|新低)/u;
/** A streak of months said right after the month it starts from: "(3月份)起增速连续七个月", "(5月)以来连续三个月". */
const MONTHS_STREAK_FROM = /^(?:起|开始|以来)[^，；。,;\d]{0,12}?连续([两三四五六七八九十]|十[一二]|\d{1,2})个月/u;
/** After a time, 以来, 后 or 以后 then a clause break: "一季度后,", "3月份以后,", "上半年以来,". */
const SPAN_STARTS_AFTER = /^(?:以来|以?后)[，,；;]/u;
/** 开始 or 起 right after a month that 从 or 自 opens, then a clause break: "从3月份开始,", "自6月份起,". */
const MONTH_START_AFTER = /^(?:开始|起)[，,；;]/u;
/** The text of a span from a month to the report's last, until the caller reads it: "3月起" (monthsSince). */
export const MONTHS_SINCE_MARK = '月起';
/**
 * The months from the one a "从3月份开始" span starts in to the report's last month: "3月起" in a "2011年前三季度" report
 * → "3-9月" (of the report's year, as a month alone is); in a report of a whole year, to December. The month alone when the report's period ends before it or
 * is not known.
 */
export function monthsSince(since: string, docPeriod: string, refYear: number | undefined): string {
  const from = parseInt(since, 10);
  const whole = /^((?:19|20)\d{2})年$/u.exec(docPeriod);
  const end = whole ? `${whole[1]}年12月` : currentMonthOf(docPeriod, refYear);
  const last = /^(?:((?:19|20)\d{2})年)?(\d{1,2})月$/u.exec(end);
  return !last || Number(last[2]) <= from ? `${from}月` : `${from}-${last[2]}月`;
}
/** A streak said right after a start (以来): "以来利润总额连续18个月…". */
const STREAK_SINCE = /^(?:以来)?[^，；。,;\d]{0,12}连续/u;
/** "未来5年", "未来五年": the years to come. */
const COMING_YEARS = /未来((?:[两三四五六七八九十]|\d{1,2}))年/gu;
const NEAR_YEARS = /(?<![\d.])(近|过去)(?:[两三四五六七八九十]|\d{1,2})年/gu;

/** A match of either pass: the regex's own result, or one built alike (no copy of the common ones). */
interface Hit {
  index: number;
  0: string;
  /** RELATIVE_RE's and the hits built alike; none for PERIOD_NUMBERED's, whose captures are read by number. */
  groups?: Record<string, string | undefined>;
  [capture: number]: string | undefined;
}

/**
 * Whether PERIOD_RE and RELATIVE_RE may match in a sentence, by a look at its 年, 月, 五 and 季 (most sentences of a
 * report name no period: "比上年增长" holds 年, but no period, and the regexes are not run on it).
 * Every PERIOD_RE word holds one of those four, and the first of them in the word stands after
 *   年: a digit (2015年, 2013-2016年) or 半 (上半年);     月: a digit, 元, 个 or a numeral (7月, 元月, 前三个月, 前两月);
 *   五: 前 or a numeral (十三五, 十五五, 前五个月);        季: 一二三四 or 2, 3 (第一季度, 前三季度, 1-3季度).
 * Every RELATIVE_RE word holds 年 or 月, the first after 去/上 with 同 after it (去年同期, 上年同期), after 今/全/本/明, or
 * before 来/以/间/平/年/末 (五年来, 三年平均, 年均, 年末累计); 月 after 上/当/本/单.
 */
const AFTER_NUMERAL = charTable('0123456789一二三四五六七八九十');
const BEFORE_YEAR_MONTH = charTable('0123456789元个一二两三四五六七八九十');
const BEFORE_FIVE = charTable('前一二三四五六七八九十');
const BEFORE_SEASON = charTable('一二三四23');
const RELATIVE_YEAR_BEFORE = charTable('今全本明');
const RELATIVE_YEAR_AFTER = charTable('来以间平年末');
/**
 * "五年增加10036.8亿元", "二产业五年上升6.6个百分点", "全省工业5年累计投资15322亿元" (安徽): years counted, then
 * what they summed or moved.
 */
const YEARS_COUNTED = charTable('两三四五六七八九十0123456789');
const YEARS_SUM_FIRST = charTable('累共增新上提下减发投解');
const RELATIVE_MONTH_BEFORE = charTable('上当本单');

/**
 * The four characters mayName looks at, found in one pass. (A regex's search, not four indexOf loops: a loop stepping
 * from one indexOf to the next never ends once its step or its test is broken, and each such mutant then held
 * mutation testing a minute and a half; a broken search here throws at once or finds less.)
 */
const KEY_CHARS = /[年月五季]/gu;

/** `bits`: the sentence's SENTENCE_BITS, when its caller has them. */
export function mayName(s: string, bits = charBits(s, SENTENCE_BITS)): { period: boolean; relative: boolean } {
  let period = false;
  let relative = false;
  KEY_CHARS.lastIndex = 0;
  // (test, not exec: no match array for each of them; the match is one character, ending at lastIndex.)
  while (bits & S_PERIOD_KEY && !(period && relative) && KEY_CHARS.test(s)) {
    const a = KEY_CHARS.lastIndex - 1;
    const key = s.charCodeAt(a);
    // (The codes around it read without a read past either end: NaN there, in no table.)
    const before = codeAt(s, a - 1);
    const after = codeAt(s, a + 1);
    if (key === 0x5e74 /* 年 */) {
      if (hasCode(AFTER_NUMERAL, before) || before === 0x534a /* 半 */) period = true;
      if (
        ((before === 0x53bb /* 去 */ || before === 0x4e0a) /* 上 */ &&
          (after === 0x540c /* 同 */ || after === 0x5e95 /* 底 */ || after === 0x5b9e /* 实 */ || after === 0x5b8c)) /* 完 */ ||
        hasCode(RELATIVE_YEAR_BEFORE, before) ||
        hasCode(RELATIVE_YEAR_AFTER, after) ||
        (hasCode(YEARS_COUNTED, before) && hasCode(YEARS_SUM_FIRST, after))
      )
        relative = true;
    } else if (key === 0x6708 /* 月 */) {
      if (hasCode(BEFORE_YEAR_MONTH, before)) period = true;
      if (hasCode(RELATIVE_MONTH_BEFORE, before)) relative = true;
    } else if (hasCode(key === 0x4e94 /* 五 */ ? BEFORE_FIVE : BEFORE_SEASON, before)) period = true;
  }
  // "由同期的增长1.2%": 同期 alone after 由 is the same months a year before; "从年初的第23位" the year's start.
  if (
    !relative &&
    ((bits & S_TONG && (s.includes('由同期的') || s.includes('从同期的'))) ||
      (bits & S_PERIOD_KEY && (s.includes('由年初的') || s.includes('从年初的'))))
  )
    relative = true;
  MAY_NAME.period = period;
  MAY_NAME.relative = relative;
  return MAY_NAME;
}
/** What mayName found: one object, read before the next call. */
const MAY_NAME = { period: false, relative: false };

/**
 * What a sentence naming no period gives (most of a report's sentences): one empty list, not one each. Not frozen: a
 * frozen array has another map than the lists periodMentions builds, and every loop reading a sentence's mentions
 * (readFigure, periodFor: `m = mentions[++mAt]`, one read past the end each) then compiled to the generic keyed load,
 * a call per read. Nothing adds to a sentence's mentions once they are read.
 */
const NO_HITS: Hit[] = [];
const NO_MENTIONS: PeriodMention[] = [];

function hits(sentence: string, bits: number): Hit[] {
  const may = mayName(sentence, bits);
  const relative = may.relative;
  const near = bits & S_NEAR && sentence.includes('近');
  const past = bits & S_GUO && sentence.includes('过去');
  const streak = bits & S_LIAN && sentence.includes('连续');
  const coming = bits & S_PERIOD_KEY && sentence.includes('未来');
  if (!may.period && !relative && !near && !past && !streak && !coming) return NO_HITS;
  const out: Hit[] = [];
  PERIOD_NUMBERED.lastIndex = 0;
  if (may.period) for (let m = PERIOD_NUMBERED.exec(sentence); m; m = PERIOD_NUMBERED.exec(sentence)) out.push(m);
  const main = out.length;
  RELATIVE_RE.lastIndex = 0;
  if (relative)
    for (let m = RELATIVE_RE.exec(sentence); m; m = RELATIVE_RE.exec(sentence)) {
      const g = m.groups!;
      if (m[0][0] !== '年' || g.yearStart || g.thisYear) {
        out.push(m);
        continue;
      }
      const n = YEARS_BEFORE.exec(sentence.slice(Math.max(0, m.index - 4), m.index));
      if (n)
        out.push({
          index: m.index - n[0].length,
          0: n[0] + m[0],
          groups: { years: n[0].replace(/^(?:近|过去)/u, ''), yearsEnd: g.yearsEnd },
        });
    }
  // "近三年", "过去5年" name their span without 来.
  if (near || past) {
    NEAR_YEARS.lastIndex = 0;
    for (let m = NEAR_YEARS.exec(sentence); m; m = NEAR_YEARS.exec(sentence))
      if (!out.some((h) => h.index === m!.index)) out.push({ index: m.index, 0: m[0], groups: { years: m[0].slice(m[1].length, -1) } });
  }
  // "重庆已确立未来5年推进新型工业化的具体目标任务" (重庆 2012-10): the years to come, after the one written in.
  if (coming) {
    COMING_YEARS.lastIndex = 0;
    for (let m = COMING_YEARS.exec(sentence); m; m = COMING_YEARS.exec(sentence))
      out.push({ index: m.index, 0: m[0], groups: { years: m[1], coming: '1' } });
  }
  // "连续9年保持在1100万吨以上": the years up to the report's own, for the figure of that clause only.
  if (streak) {
    STREAK.lastIndex = 0;
    for (let m = STREAK.exec(sentence); m; m = STREAK.exec(sentence))
      out.push({ index: m.index, 0: m[0], groups: { years: m[1], streak: '1' } });
  }
  if (out.length > main) out.sort((a, b) => a.index - b.index);
  return out;
}

/** "1—3季度" (quarters from the first): 前三季度; "1-2季度": 上半年. Anything else: undefined. */
function quarterSpan(q: string): string | undefined {
  if (!/^[1一]\s*[-—–~～至到]/u.test(q)) return undefined;
  return /[3三]季度$/u.test(q) ? '前三季度' : '上半年';
}

function normaliseSub(sub: string, m: Hit): string {
  const m1 = m[P.m1];
  if (m1) return `${m1 === '元' ? 1 : Number(m1)}-${Number(m[P.m2])}月`;
  const fm = m[P.fm];
  if (fm) return `1-${cnNumber(fm) ?? fm}月`;
  const mo = m[P.mo];
  if (mo) return `${Number(mo)}月${m[P.moEnd] ?? ''}`;
  return quarterSpan(sub) ?? sub.replace(/^第/u, '');
}

/**
 * Every period named in a sentence, each with its role. `refYear`: the report's own year, when known;
 * `thisYear`: the year it was written in, what 今年 names (a report on 2020 given in February 2021: 2021).
 */
/**
 * `bits`: the sentence's SENTENCE_BITS, when its caller has them. `wholeYear`: the year 全年 names when the sentence
 * names none before it: the year its paragraph is about ("2010年桂林工业…。其中,…全年技改项目1400多项": 2010), else
 * the report's.
 */
export function periodMentions(
  sentence: string,
  refYear: number | undefined,
  thisYear = refYear,
  bits = charBits(sentence, SENTENCE_BITS),
  wholeYear = refYear,
  lastYear = thisYear === undefined ? undefined : thisYear - 1,
): PeriodMention[] {
  const out: PeriodMention[] = [];
  const found = hits(sentence, bits);
  if (found.length === 0) return NO_MENTIONS;
  for (let mAt = 0, m = found[0]; mAt < found.length; m = found[++mAt]) {
    const g = m.groups;
    let text: string;
    let span = false;
    let year: number | undefined;
    let from: number | undefined;
    let to: number | undefined;
    let rateOnly = false;
    let local = false;
    let streak = false;
    let lastWhole = false;
    let bareYear = false;
    /** 未来N年: the years to come, targets. */
    let coming = false;
    if (g === undefined) {
      // A match of PERIOD_RE (unnamed): one of its alternatives, by the group it filled.
      if (m[P.plan]) {
        const planSuffix = m[P.planSuffix];
        const suffix = planSuffix === '末' || planSuffix === '期末' ? '末' : planSuffix === '初' ? planSuffix : '时期';
        text = `“十${m[P.planNo] ?? ''}五”${suffix}`;
        span = suffix === '时期';
        // A plan's end is its last year: "由“十五”末的…提高到2010年的…,年均增长20%" spans the years after it.
        if (suffix === '末') year = planEndYear(text);
        // "上海“十一五”以来累计淘汰落后产能3600多个" in a report on 2011 (上海, held-out set 35): since a plan began, told
        // after it ended, runs from its first year to the report's, not over the plan's five years alone.
        const no = m[P.planNo];
        const first = no ? 2006 + 5 * '一二三四五'.indexOf(no) : 2001;
        if (planSuffix === '以来' && refYear !== undefined && refYear > first + 4 && refYear < first + 15) {
          text = spanText(first, refYear);
          year = refYear;
        }
      } else if (m[P.span]) {
        from = Number(m[P.y1]);
        to = Number(m[P.y2]);
        if (to <= from) continue;
        text = `${from}-${to}年`;
        span = true;
        year = to;
      } else if (m[P.y]) {
        const sub = m[P.sub];
        // "2020年8月15日": a date says when the report was written, not what its figures are about ("截至2020年4月9日"
        // is the day a stock is counted up to).
        const day = sub ? null : DAY_AFTER.exec(sentence.slice(m.index + 5, m.index + 12));
        const asOfDay = day !== null && ASOF_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index));
        if (day && !asOfDay) continue;
        year = Number(m[P.y]);
        text =
          `${m[P.y]}年` +
          (sub
            ? normaliseSub(sub, m)
            : asOfDay
              ? day![0].replace(/(\d+)月(\d+)[日号]/u, (_d, a: string, b: string) => `${Number(a)}月${Number(b)}日`)
              : '');
        // "自2014年12月以来利润总额连续18个月居全国首位,占同期全国…的15.5%" (江苏, held-out set 16): the start of a
        // streak is the time of its own clause only, not of the figures after it.
        if (
          (sub === '以来' || sentence.startsWith('以来', m.index + m[0].length)) &&
          (STREAK_SINCE.test(sentence.slice(m.index + m[0].length)) || RECORD_SINCE.test(sentence.slice(m.index + m[0].length)))
        )
          local = true;
      } else if (m[P.ma]) {
        const ma = m[P.ma] === '元' || m[P.ma] === '一' ? 1 : Number(m[P.ma]);
        const mb = cnNumber(m[P.mb]!) ?? Number(m[P.mb]);
        if (ma < 1 || mb > 12 || mb <= ma) continue;
        text = `${ma}-${mb}月`;
      } else if (m[P.mo3]) {
        const mo3 = Number(m[P.mo3]);
        if (mo3 < 1 || mo3 > 12) continue;
        text = `${mo3}月`;
      } else if (m[P.q3]) {
        text = `${m[P.q3]}季度`;
      } else if (m[P.fm2]) {
        const fm2 = m[P.fm2]!;
        const n = cnNumber(fm2) ?? Number(fm2);
        // (前一个月 is the month before, not the first months of a year.)
        if (!(n >= 2 && n <= 12)) continue;
        text = `1-${n}月`;
      } else if (m[P.dm]) {
        const dm = Number(m[P.dm]);
        const dd = Number(m[P.dd]);
        if (dm < 1 || dm > 12 || dd < 1 || dd > 31) continue;
        text = `${dm}月${dd}日`;
      } else if (m[P.half]) {
        const half = m[P.half]!;
        text = half === '半年' ? '上半年' : (quarterSpan(half) ?? half.replace(/^第/u, ''));
        // "截止二季度,全县规模以上工业企业…累计完成工业总产值22.02亿元" (a county's 2023 analysis,
        // http://guquanjl.com/zfxxgk/fdzdgknr/tjxx/tjfx/1646064819615268866.html): a quarter counted up to, no 末 or 底 after
        // it, is the year to its end (上半年, 前三季度), not the quarter alone.
        if ((text === '二季度' || text === '三季度') && ASOF_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index)))
          text = text === '二季度' ? '上半年' : '前三季度';
        // "一季度后,全省工业增速一直保持13%以上的增速" (黑龙江 2011 前三季度, held-out set 47): a quarter (or half) that a
        // span starts after, or since, is the time of its own clause only, as a month before 以来 is; the figures after
        // are of the report's period.
        if (SPAN_STARTS_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 3))) local = true;
      } else {
        const mo2 = m[P.mo2] === '元' ? 1 : Number(m[P.mo2]);
        if (mo2 < 1 || mo2 > 12) continue;
        // "从单月总量看,6月、12月份两个月工业增加值迈上50亿元的台阶" (晋中 2017, held-out set 54): months listed, then how
        // many they are, without 分别, are the figures' months together (6月、12月), not the last one alone; the later
        // months of the list are read with the first.
        const end = m.index + m[0].length;
        if (
          !m[P.mo2End] &&
          MONTH_LISTED_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index)) &&
          MONTHS_COUNTED.test(sentence.slice(end, end + 4)) &&
          !LISTED_EACH_AFTER.test(sentence.slice(end, end + 60))
        )
          continue;
        const listed = m[P.mo2End] ? null : MONTHS_LISTED_COUNTED.exec(sentence.slice(end, end + 24));
        let listedText = '';
        if (listed && !LISTED_EACH_AFTER.test(sentence.slice(end, end + 60))) {
          const months = [mo2];
          for (const x of listed[0].matchAll(/(\d{1,2})月/gu)) months.push(Number(x[1]));
          if (months.length === cnNumber(listed[1]) && months.every((x, k) => x <= 12 && (k === 0 || x > months[k - 1])))
            listedText = months.map((x) => `${x}月`).join('、');
        }
        // "截止7月,全盟共有19户新建企业完成纳统工作,…合计完成产值15.9亿元" (锡林郭勒盟, pages corpus): a month counted up
        // to is its end, as 截至7月底 is.
        const upTo = !m[P.mo2End] && ASOF_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index));
        text = `${mo2}月${m[P.mo2End] ?? (upTo ? '底' : '')}`;
        // "从3月份起增速连续七个月低于10%" (工信部 on 2012): a streak of months from the one named covers them all, 3-9月,
        // as "3月至7月" does, when it ends in the same year; the span is its own clause's (the figures after have theirs:
        // "8月份仅为8.9%").
        const streak = m[P.mo2End] ? null : MONTHS_STREAK_FROM.exec(sentence.slice(m.index + m[0].length));
        const months = streak ? (cnNumber(streak[1]) ?? Number(streak[1])) : 0;
        if (months >= 2 && mo2 + months - 1 <= 12) {
          text = `${mo2}-${mo2 + months - 1}月`;
          local = true;
        }
        // "从3月份开始,每月实现增加值均在380亿元以上" (黑龙江 2011 前三季度, held-out set 47): a month that 从 or 自 opens and
        // 开始 or 起 closes starts a span that runs to the report's last month (3-9月 in a 前三季度 report), which the
        // caller reads (MONTHS_SINCE_MARK).
        else if (
          !m[P.mo2End] &&
          MONTH_START_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
          /[从自]$/u.test(sentence.slice(Math.max(0, m.index - 1), m.index))
        )
          text = `${mo2}${MONTHS_SINCE_MARK}`;
        // "处于去年2月以来的16个月的最高点,增速排全省第10位" (遂宁 2018): the month a run is counted from is the time of
        // its own clause only, not of the figures after it.
        if (
          sentence.startsWith('以来', m.index + m[0].length) ||
          SPAN_STARTS_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 3))
        )
          local = true;
        if (listedText) {
          text = listedText;
          local = false;
        }
      }
    } else if (g.nextYear) {
      // "此外,明年的發展目標還包括,單位工業增加值能耗…降低4%" (the 2011 全国工业和信息化工作会议, held in December 2010, a
      // 繁體 copy: http://whygutenberg.com/jm/hgjj/201012/t20101227_1663992.htm): the year after the one written in, a
      // target year.
      year = thisYear === undefined ? undefined : thisYear + 1;
      text = year === undefined ? '明年' : `${year}年`;
    } else if (g.lastYear) {
      text = LAST_YEAR_SAME_TIME;
    } else if (g.lastYearEnd) {
      // "1-6月市属工业占全市工业的比重达到44.4%,比去年底占比42.5%的水平提高1.9个百分点" (鹰潭 2012 上半年, held-out set
      // 41): the end of the year before the one written in, as its writer wrote it (底 or 末): 2011年底. "到去年底,全市…增速
      // 已达到28.7%" (商洛's review of 2009, written in 2010): 去年 is the year reviewed. 上年 is the year before the
      // report's own, as in 比上年 ("比上年末提高0.97个百分点" in a 2023 bulletin: the end of 2022).
      year = g.lastYearEnd[0] === '去' ? lastYear : refYear === undefined ? undefined : refYear - 1;
      const mark = g.lastYearEnd.slice(-1);
      text = year === undefined ? `上年${mark}` : `${year}年${mark}`;
    } else if (g.lastYearDone) {
      // "以今年工业投资(不含电力)不低于去年实际完成数2201.5亿元测算" (云南 2016 1-9月, held-out set 57): what the year before
      // did, its number right after, is that year's (the caller gives it to that number only).
      year = g.lastYearDone[0] === '去' ? lastYear : refYear === undefined ? undefined : refYear - 1;
      text = year === undefined ? '上年' : `${year}年`;
    } else if (g.yearStart) {
      // "增速全国排名从年初的第23位提升到第1位" (海南 2023, held-out set 18), "降幅由年初的7.5%缩小到全年的0.3%" (温州,
      // held-out set 16): the rate or place at the year's start is that start's own.
      text = refYear === undefined ? '年初' : `${refYear}年初`;
      year = refYear;
    } else if (g.years !== undefined) {
      // Only "N年来"/"近N年"/"过去N年"/"N年平均" name a span; "3年" alone is a duration or a count of years.
      const n = cnNumber(g.years) ?? Number(g.years);
      const near = /^(?:近|过去)/u.test(m[0]) || g.streak !== undefined;
      const yearsRate = g.yearsEnd === undefined && /^(?:平均|年均)/u.test(sentence.slice(m.index + m[0].length));
      // "五年增加10036.8亿元": the years up to the report's own, for the figure of that clause only (as a streak). What
      // RELATIVE_RE reads after N年 is 来/间, 平均/年均 or one of these sums (累计, 增加…); 近/过去 and 连续 years are near.
      const yearsSum = g.yearsEnd === undefined && !yearsRate && !near;
      if (g.coming !== undefined) {
        if (thisYear === undefined || !(n >= 2 && n <= 10)) continue;
        from = thisYear + 1;
        to = thisYear + n;
        text = spanText(from, to);
        span = true;
        year = to;
        coming = true;
      } else {
        if (refYear === undefined || !(n >= 2 && n <= 10) || /^[内后前]/u.test(sentence.slice(m.index + m[0].length))) continue;
        from = refYear - n + 1;
        to = refYear;
        text = spanText(from, to);
        span = true;
        year = to;
        rateOnly = yearsRate;
        local = g.streak !== undefined || yearsSum;
        streak = g.streak !== undefined;
      }
    } else if (g.thisYear) {
      // "增速与2024年全年持平", "比2024年全年加快": 全年 right after a year is that year, already read (with its role).
      const prev = out.length > 0 ? out[out.length - 1] : undefined;
      if (g.thisYear === '全年' && prev !== undefined && prev.end === m.index && prev.year !== undefined && !prev.span) continue;
      // "增速分别比去年同期、去年全年加快2.2、2.1个百分点" (重庆, held-out set 19): 去年全年 compared with is a base, read
      // from 去 on. (Elsewhere 去年全年 may be the report's own year, written the year after: "去年全年…目标是6.2%".)
      if (
        g.thisYear === '全年' &&
        m.index >= 2 &&
        LAST_YEAR_WORD.test(sentence.slice(m.index - 2, m.index)) &&
        (BASE_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index - 2)) ||
          (prev?.role === 'base' && LIST_JOINT_ONLY.test(sentence.slice(prev.end, m.index - 2))))
      ) {
        lastWhole = true;
      }
      // "比2015全年回落0.9個百分點" (广西 2016 1至2月, held-out set 25): a year written without its 年 right before 全年
      // is that year (here a base, as 比2015年全年 is), not the report's own.
      const bare =
        g.thisYear === '全年' && !lastWhole && m.index >= 4 ? BARE_YEAR.exec(sentence.slice(Math.max(0, m.index - 5), m.index)) : null;
      if (bare) bareYear = true;
      // With no year anywhere (and no --as-of), the report's own word is the most that can be said.
      let y = bare
        ? Number(bare[1])
        : lastWhole
          ? refYear === undefined
            ? undefined
            : refYear - 1
          : g.thisYear === '全年' || g.thisYear === '年末'
            ? wholeYear
            : thisYear;
      // "今年,全市规模以上工业企业共完成工业总产值199.12亿元,同比增长18.6%" (天水 2011, told on 2月3日 of 2012, held-out
      // set 20): a whole year's totals done (完成, 实现) and compared with a year before cannot be of a year just begun;
      // the 今年 of a review written early the year after is the writer's slip for the year reviewed. So is what the year
      // did beyond its task: "今年新入园1000万元以上工业项目62个,超额完成市政府下达的入园企业考核指标数" (安康's 2011 review
      // of its county industrial zones, dated 2012年01月13日, https://gxj.ankang.gov.cn/Content-152230.html).
      if (g.thisYear === '今年' && thisYear !== refYear && DONE_THIS_YEAR.test(sentence.slice(m.index + 2))) y = refYear;
      // "今年…城镇调查失业率全年控制在5.5%以内": the whole of the year the sentence has just named.
      if (g.thisYear === '全年' && !lastWhole && !bare)
        for (let k = out.length - 1; k >= 0; k--)
          if (out[k].year !== undefined && !out[k].span && out[k].role !== 'base' && out[k].role !== 'own') {
            y = out[k].year;
            break;
          }
      text = y === undefined ? (lastWhole ? '上年' : g.thisYear === '今年' || g.thisYear.startsWith('本') ? '今年' : '全年') : `${y}年`;
      year = y;
    } else {
      // 上月, 当月 or 本月: every hit of the relative pass fills one of its groups, and this is the last.
      text = CURRENT_MONTH;
    }
    const start = lastWhole ? m.index - 2 : bareYear ? m.index - 4 : m.index;
    const end = m.index + m[0].length;
    // (Not out[-1] for the first: a negative index is looked up as a property name, the slow way.)
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    // "比今年1-3月、1-4月、1-5月": every item of a list of bases is a base.
    const role =
      prev?.role === 'base' && /^(?:、|和|及|与)$/u.test(sentence.slice(prev.end, start))
        ? { role: 'base' as const, ownAt: undefined }
        : roleOf(sentence, start, end, year, refYear);
    if ((g?.nextYear || coming) && role.role === 'time') role.role = 'target';
    // "2015年，成都编制完成“十三五”规划纲要，34个“十三五”重点专项规划正加快编制": a plan named as a document (or its
    // years: 2016-2020年规划纲要), after the sentence has named its time (上半年, “十二五”时期 too), is no time of its own.
    if (role.role === 'time' && span && PLAN_DOCUMENT.test(sentence.slice(end, end + 6)) && out.some((o) => o.role === 'time'))
      role.role = 'base';
    // "比去年同期贡献率(41.5%)提高12.2个百分点" (广东): the measure named after 去年同期, then its number in brackets.
    if (g?.lastYear && role.role !== 'own') {
      const named = SAME_TIME_MEASURE.exec(sentence.slice(end, end + 12));
      if (named) {
        role.role = 'own';
        role.ownAt = end + named[0].length;
      }
    }
    // "比去年底占比42.5%的水平提高1.9个百分点" (鹰潭 2012 上半年, held-out set 41): a base year's end, then the measure and
    // its number, is that end's own value.
    if (g?.lastYearEnd && role.role === 'base') {
      const level = YEAR_END_LEVEL.exec(sentence.slice(end, end + 8));
      if (level) {
        role.role = 'own';
        role.ownAt = end + level[0].length;
      }
    }
    // The year before's amount done, written right after it, is its own ("去年实际完成数2201.5亿元"), whatever compares with it.
    if (g?.lastYearDone) {
      role.role = 'own';
      role.ownAt = end + (DONE_AMOUNT.exec(sentence.slice(end, end + 8))?.[0].length ?? 0);
    }
    // 去年同期 gives a period only to the number right after it ("由去年同期的12.8%", "一季度…增长8%，去年同期增长6.5%":
    // a rate written right after it, no 比/较/高于 before it); elsewhere it is a base.
    if (g?.lastYear && role.role !== 'own') {
      const rate = role.role === 'time' ? SAME_TIME_RATE.exec(sentence.slice(end, end + 8)) : null;
      if (rate) {
        role.role = 'own';
        role.ownAt = end + rate[0].length;
      } else role.role = 'base';
    }
    // "当月增速由上月的8.1%下滑至3.7%" (湖北, 2018): a value of 上月 is of the month before the report's last. ("上月，
    // 全省工业增加值增长8.1%" in a report written the month after its period opens that month: 湖北, 2015.)
    if (g?.thisMonth === '上月' && role.role === 'own') text = PREVIOUS_MONTH;
    // "2017年12月份當月達7.4%" (山东, held-out set 14): 当月 right after a month and its year is that month, already read
    // (after a month alone, "8月当月", it is read as the as-of's month: the same month, with its year).
    if (
      g?.thisMonth &&
      g.thisMonth !== '上月' &&
      prev?.year !== undefined &&
      YEAR_MONTH.test(prev.text) &&
      MONTH_GAP.test(sentence.slice(prev.end, start))
    )
      continue;
    // "如今年5月,柳鋼扭轉了去年10月以來虧損的局面,當月盈利1500萬元" (柳州 2009 上半年, a 繁體 copy, held-out set 52): 当月
    // after a clause of the sentence has named one month as its time is that month, not the report's last (the months
    // since a base between are no time of the figure's); with the report's year, as the report's month would be.
    const named = g?.thisMonth === '当月' ? namedMonthBefore(out, sentence, start) : undefined;
    // "2014年4月,“10强50户”企业累计实现工业增加值31.87亿元" (天水, held-out set 14): a month whose next clause sums
    // (累计) is the months up to it.
    if (role.role === 'time' && (year === undefined ? ONE_MONTH : YEAR_MONTH).test(text)) {
      const next = CUMULATIVE_AFTER.exec(sentence.slice(end, end + 40));
      const n = Number(text.slice(text.indexOf('年') + 1, -1));
      if (next && !next[0].includes('当月') && n > 1) text = `${year === undefined ? '' : year + '年'}1-${n}月`;
    }
    out.push({
      start,
      end,
      text: named === undefined ? text : named.year !== undefined || refYear === undefined ? named.text : `${refYear}年${named.text}`,
      part:
        PART_BEFORE.test(sentence.slice(Math.max(0, start - 3), start)) ||
        monthAlone(sentence, start, end, text) ||
        lastMonthOfSpan(out, text, role.role) ||
        undefined,
      span,
      year,
      from,
      to,
      role: role.role,
      ownAt: role.ownAt,
      rateOnly: rateOnly || undefined,
      local: local || asideAfterFigure(sentence, start, end) || monthsCountedIn(sentence, end) || undefined,
      streak: streak || undefined,
      toPartEnd: (g === undefined && m[P.half] === '半年') || undefined,
    });
  }
  return out;
}

/**
 * "采矿业增加值同比增长4.2%,1—2月份为下降6.5%;制造业下降1.8%" (国家统计局 2020年3月): a time named right after a
 * figure and its comma, then 为, says what the same measure was then, an aside: its clause's time only, not the time
 * of the items after it.
 */
function asideAfterFigure(sentence: string, start: number, end: number): boolean {
  if (!ASIDE_IS.test(sentence.slice(end, end + 2)) || start < 2) return false;
  const mark = sentence.charCodeAt(start - 1);
  return (mark === 0xff0c || mark === 0x2c) /* ， , */ && FIGURE_END.test(sentence.slice(Math.max(0, start - 4), start - 1));
}
const ASIDE_IS = /^份?为/u;
/**
 * "2-6月我县工业增速有3个月居全市第一,有2个月居全市第二,创近年新高;工业固定资产投资完成16.9亿元" (丹棱 2015 上半年,
 * https://www.scdl.gov.cn/info/1155/32104.htm): months in which some are counted ("有3个月") frame that count only, not
 * the time of the clauses after it.
 */
function monthsCountedIn(sentence: string, end: number): boolean {
  return MONTHS_COUNTED_AFTER.test(sentence.slice(end, end + 16));
}
const MONTHS_COUNTED_AFTER = /^份?[^，；。,;]{0,10}?有(?:\d{1,2}|[两二三四五六七八九十])个月/u;
const FIGURE_END = /(?:\d|%|％|百分点)$/u;

/** A year's four digits without 年 at the end of the five characters before 全年 (not the end of a longer number). */
const BARE_YEAR = /(?:^|[^\d.])((?:19|20)\d{2})$/u;
/** 去年 or 上年 right before 全年. */
const LAST_YEAR_WORD = /^[去上]年$/u;
/** After 今年: totals done over the year and compared with the one before, no word of a plan or forecast. */
const DONE_THIS_YEAR =
  /^[，,]?(?:(?!预计|力争|争取|确保|目标|计划|预期|[将要]|[有可]望)[^。；;]){0,24}?(?:(?:完成|实现)[^。；;]{0,24}?同比(?:增长|下降)|[，,]超额完成)/u;
/** What joins the items of a list of bases: "比去年同期、去年全年". */
const LIST_JOINT_ONLY = /^(?:、|和|及|与)$/u;

/** What names a plan's document after its name: “十三五”规划纲要, “十三五”重点专项规划. */
const PLAN_DOCUMENT = /^(?:重点)?(?:专项)?规划(?!期)/u;

/**
 * ("特别是2017年12月份…": 特别是 says which time stands out, no base: 山东, held-out set 14; "一是6月当月,…;二是1月一6月,…"
 * (海南 2023, held-out set 18): 一是, 二是 number the points of a list.)
 */
const BASE_BEFORE =
  /(?:比|较|与|同|和|跟|(?<!特别|尤其|[一二三四五六七八九十])是|相当于|高于|低于|多于|少于|超过|快于|慢于|好于|差于|优于|强于|弱于|对比|进入|继|延续了?|承接|接续)(?:今年|去年|上年|本年|当年|同期)?$/u;
/** A comparing verb, then a few words (no number, no clause break) and 的, right before a year: "超过历史上第二高位的". */
const COMPARED_THROUGH_DE = /(?:超过|超越|高于|低于|快于|慢于|好于|优于|多于|少于|相当于)[^，；。,;\d]{1,10}的$/u;
/** "在2007年粮食总产量达到692.6亿斤的基础上": the year of a base the sentence builds on. */
const BASE_AFTER = /^[^，；。]{0,24}的?基础上/u;
/**
 * "继2010年我市工业总产值完成1260亿元后,今年,桂林工业总产值将冲击1500亿元" (桂林 2011, held-out set 33): what a year
 * reached, which the sentence goes on from (继…后), is that year's own.
 */
const FOLLOWED_AFTER = /^[^，；。]{0,24}?后(?=[，,])/u;
/** The first number of a 基础上 clause, with a qualifier written before it. */
const BASIS_NUMBER = /(?:超过|突破|接近|将近|不到|不足|近|约|逾)?[-−－]?\d/u;
/** The text of a 去年同期 mention: the caller shifts the figure's period back one year. */
export const LAST_YEAR_SAME_TIME = '上年同期';
const ASOF_BEFORE = /(?:截至|截止|截止到|截至到)$/u;
const PART_BEFORE = /其中[，,：:]?$/u;
/**
 * "1-8月，…，规模工业增加值8月当月增长8.9%，当月增幅列全省第三": one month of a cumulative period, named as such,
 * inside a sentence or opening it ("8月当月全区规上工业增速9.7%。全区三大门类中，…": the next sentence is of
 * 1-8月 again). ("当月，全省…": 当月 alone opening its sentence is the time of what follows.)
 */
const MONTH_ALONE_AFTER = /^份?(?:当月|单月)/u;
const ONE_MONTH = /^\d{1,2}月$/u;
const YEAR_MONTH = /^(?:19|20)\d{2}年\d{1,2}月$/u;
/** Between a month's mention and a 当月 that is the same month ("12月份当月", "8月当月"). */
const MONTH_GAP = /^份?$/u;
/**
 * The sentence's last time before 当月 is one month (5月, 2009年5月) named before a comma: the month 当月 refers back to.
 * (Right after the month, "8月当月", the month is the as-of's own, read as before.)
 */
function namedMonthBefore(out: PeriodMention[], sentence: string, at: number): PeriodMention | undefined {
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    // (Not a time of its own clause only: "去年10月以来".)
    if (o.role !== 'time' || o.local) continue;
    return (o.year === undefined ? ONE_MONTH : YEAR_MONTH).test(o.text) && COMMA_BETWEEN.test(sentence.slice(o.end, at)) ? o : undefined;
  }
  return undefined;
}
const COMMA_BETWEEN = /[,，]/u;
/** "4月,…企业累计实现…": the clause after a month (its comma, then up to the next stop) sums from January. */
const CUMULATIVE_AFTER = /^份?[，,]?[^，；。]*?累计/u;
function monthAlone(sentence: string, start: number, end: number, text: string): boolean {
  if (text === CURRENT_MONTH)
    return /\S/u.test(sentence.slice(0, start)) && (sentence.startsWith('当月', start) || sentence.startsWith('单月', start));
  return ONE_MONTH.test(text) && MONTH_ALONE_AFTER.test(sentence.slice(end, end + 3));
}
/**
 * "1-8月,全市规上工业大型企业同比增长1.2%,…;中型企业下降2.2%,…,8月增长12.0%;小微企业下降6.9%" (江门 2020 1-8月,
 * held-out set 29): the last month of the months the sentence named before, alone, is a part of them (that month's own),
 * as 8月当月 is: the figures after its part (；) are of 1-8月 again.
 */
function lastMonthOfSpan(out: PeriodMention[], text: string, role: PeriodRole): boolean {
  if (role !== 'time') return false;
  const month = ONE_MONTH.test(text) ? text : YEAR_MONTH.test(text) ? text.slice(text.indexOf('年') + 1) : '';
  if (!month) return false;
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (o.role !== 'time' || o.part) continue;
    const span = MONTHS_SPAN.exec(o.text);
    return span !== null && `${span[2]}月` === month && (span[1] === undefined || !text.includes('年') || text.startsWith(span[1]));
  }
  return false;
}
/** A span of months from January: "1-8月", "2020年1-8月" (the year, the last month). */
const MONTHS_SPAN = /^((?:19|20)\d{2}年)?1-(\d{1,2})月$/u;
const TARGETS_AFTER = /^(?:的|全市|全省|全区|全县)?(?:经济社会发展的?|发展的?)?(?:主要)?(?:预期)?目标/u;
const TARGET_BEFORE = /(?:到|至|力争|争取|确保|力争到|目标|计划|预计到|提出)$/u;
/** The number of a five-year plan (十三五 → 三: the third, 2016-2020). */
const PLAN_NUMBER = /十([一二三四五])五/u;
/** Months summed from the year's start, or a part of a year: "1至3月份", "1-6月", "1--6月", "前5个月", "前两个月", "头两个月", "上半年", "一季度". */
const MONTHS_SUMMED =
  /(?:(?:^|年)(?:(?:\d{1,2}|元)\s*(?:[-—–~～]{1,2}|至|到)\s*\d{1,2}|[前头][一二两三四五六七八九十\d]{1,2}个?)月份?|[上下]半年|前?[一二三四两]季度)$/u;
/** 到 alone before a time, not a target's 力争到, 争取到, 确保到, 预计到, 计划到. */
const BARE_TO = /(?<!力争|争取|确保|预计|计划|目标)到$/u;
/**
 * A rate right after 去年同期, with nothing but the word for a rate, 为/是 and its verb between: "去年同期增长6.5%", "去年同期为
 * 下降1.2%", "去年同期增速为5.2%"; the first of a list after 分别 ("去年同期分别为下降1.2%和0.8%").
 */
const SAME_TIME_RATE = /^(?:的?(?:增速|增幅|涨幅|增长率))?(?:分别)?(?:为|是)?(?:增长|下降)?(?=[-−－]?\d)/u;
/** After a base year's end, its measure and then its number: "占比42.5%", "的比重为42.5%". */
const YEAR_END_LEVEL = /^的?(?:占比|比重|份额|水平)(?:为|是|达)?(?=\d)/u;
/** What a year did, its number right after: "实际完成数", "完成额", "实现值". */
const DONE_AMOUNT = /^(?:实际)?(?:完成|实现)(?:数|额|值)/u;
/** A measure named after 去年同期, its number in brackets: "贡献率(41.5%)", "的增速(5.2%)". */
const SAME_TIME_MEASURE = /^的?[\u4e00-\u9fff]{1,6}[（(](?=[-−－]?\d)/u;
/**
 * "由2012年的10.2%", "比2015年同期的8.1%": the number after 的 is that year's own; "由同期的增长1.2%转为下降2.3%"
 * (黑龙江, held-out set 15): so is a rate written with its verb.
 */
const OWN_AFTER =
  /^(?:同期)?(?:的|时的|[（(])(?:增长|下降)?(?=(?:超过|突破|接近|将近|不到|不足|近|约|逾)?[-−－]?\d|第[\d一二三四五六七八九十])/u;

/** 为, 达到 before a year whose figure a multiple is of. */
const LIKENED_BEFORE = /(?:为|达到?)$/u;
/** "的72倍", "同期的2.3倍": a multiple of what the year before it had. */
const MULTIPLE_OF = /^(?:同期)?的[^，；。,;]{0,10}倍/u;

/** "按2018年平均汇率…": the rate of a year, after it. */
const RATE_OF_YEAR = /^(?:的|度)?(?:平均|年均)?(?:美元)?(?:兑人民币|对人民币)?(?:的)?(?:平均)?汇率/u;
/**
 * Right after a time that 从/由 open: a number and its unit, then the verb that moves it to another ("30亿元提高到"); a
 * structure's ratio moved ("9.0:55.9:35.1调整为"); a rate with its verb moved ("下降3.7%转为增长2.3%"); the numbers of names
 * listed before, moved together ("武汉、襄阳从一季度7.9%、8.5%回升至8.1%、9.3%"). Group 1: the (first) number.
 */
const FROM_LEVEL_AFTER =
  /^(?:下降|增长|回落|回升)?(\d+(?:\.\d+)?(?:[:：∶︰]\d+(?:\.\d+)?)*)(?:[%％]?[、和](?:下降|增长)?\d+(?:\.\d+)?)*[^，；。\d]{0,6}?(?:(?:提高|增加|上升|增长|扩大|下降|减少|降低|缩小|回升|回落)[到至为]|(?:调整|优化|变|转|升)为)/u;

const RELATIVE_MONTH = /^(?:上月|当月|本月|单月)$/u;
/** 与 (同, 和, 跟) and at most a few words before a year that 比 follows: "与震前的2007年比". */
const BASE_WITH_BEFORE = /[与同和跟][^，；。,;与同和跟\d]{0,8}$/u;

function roleOf(
  sentence: string,
  start: number,
  end: number,
  year: number | undefined,
  refYear: number | undefined,
): { role: PeriodRole; ownAt?: number } {
  let before = sentence.slice(Math.max(0, start - 4), start);
  // "是 “十一五”的3.7倍": a space a web page left after the word does not part it from the period.
  if (before.endsWith(' '))
    before = sentence
      .slice(Math.max(0, start - 8), start)
      .trimEnd()
      .slice(-4);
  const after = sentence.slice(end, end + 12);
  if (ASOF_BEFORE.test(before)) return { role: 'time' };
  // "人均地区生产总值19763元,按2018年平均汇率计算为2865美元" (洪洞县 2019 统计公报): the year of the exchange rate an
  // amount is converted at is no time of the amount.
  if (before.endsWith('按') && RATE_OF_YEAR.test(after)) return { role: 'base' };
  // "全市电子信息产业国内生产总值达到39亿元,为2011年的72倍" (信阳 2012, https://ribao.xyxww.com.cn/html/2013-01/28/content_86120.htm):
  // the year a multiple is of, after 为 or 达到 as after 是, is a base; the multiple is this year's.
  if (LIKENED_BEFORE.test(before) && MULTIPLE_OF.test(after)) return { role: 'base' };
  const own = OWN_AFTER.exec(after);
  // "比2005年的第16位提升了9位", "比2015年的12.8%提高3个百分点": the number after 的 is the base year's own
  // ("是2007年的3倍" stays a base: a multiple is of this year's figure).
  if (own && BASE_BEFORE.test(before) && !/^[^，；。倍]{0,12}倍/u.test(sentence.slice(end + own[0].length, end + own[0].length + 14)))
    return { role: 'own', ownAt: end + own[0].length };
  // "继2010年提高1.0个百分点的基础上", "在2007年总产量达到692.6亿斤的基础上": the number is the base year's own.
  const basis = /[在继]$/u.test(before) ? BASE_AFTER.exec(sentence.slice(end, end + 40)) : null;
  if (basis) {
    const n = BASIS_NUMBER.exec(basis[0]);
    return n ? { role: 'own', ownAt: end + n.index } : { role: 'base' };
  }
  const followed = before.endsWith('继') ? FOLLOWED_AFTER.exec(sentence.slice(end, end + 40)) : null;
  const followedNumber = followed ? BASIS_NUMBER.exec(followed[0]) : null;
  if (followedNumber) return { role: 'own', ownAt: end + followedNumber.index };
  // "每平方公里产出从2007年30亿元提高到63.5亿元" (重庆 2012, held-out set 35): after 从/由 the year's number may follow
  // with no 的, the level moved from; it is that year's own, as "由2007年的30亿元" is, and the level reached is not.
  // So is "三次产业结构从2010年9.0:55.9:35.1调整为8.5:55.2:36.3" (长兴 2011): the ratio moved from is 2010's, the
  // ratio reached and the sentences after are the report's year's; "增幅由一季度下降3.7%转为增长2.3%" (重庆 2010): the
  // fall is the first quarter's, the rise the year's.
  // (A month counted from the report's, "由上月下降8.1%转为增长3%", is read as the month before where it is resolved.)
  const fromLevel = /[由从]$/u.test(before) ? FROM_LEVEL_AFTER.exec(sentence.slice(end, end + 32)) : null;
  if (fromLevel && (!RELATIVE_MONTH.test(sentence.slice(start, end)) || /^\d/u.test(fromLevel[0])))
    return { role: 'own', ownAt: end + fromLevel[0].indexOf(fromLevel[1]) };
  if (BASE_BEFORE.test(before) || /^(?:相比|比较|同期相比|以前)/u.test(after)) return { role: 'base' };
  // "前9个月累计实现3463.4亿元,超过历史上第二高位的2008年。" (黑龙江 2011 前三季度, held-out set 47): a year that a
  // comparing verb names a few words before, through 的, is what is compared with, as right after the verb; not the
  // time of the next sentences' figures.
  if (before.endsWith('的') && COMPARED_THROUGH_DE.test(sentence.slice(Math.max(0, start - 16), start))) return { role: 'base' };
  // "其他五个市去年工业增加值与震前的2007年比,增长均在40%以上" (四川 2009, a 繁體 copy,
  // http://0872dd.com/jm/qyys/db/201001/t20100113_1220087.htm): a year compared with after 与 (a few words between) and
  // before 比 is a base. (A year right before 比 without 与 is the time compared: "2009年比2005年增长62.9%".)
  if (
    codeAt(after, 0) === 0x6bd4 /* 比 */ &&
    BASE_WITH_BEFORE.test(sentence.slice(Math.max(0, start - 10), start)) &&
    /^比(?=[，,；;]|$)/u.test(after)
  )
    return { role: 'base' };
  if (own) return { role: 'own', ownAt: end + own[0].length };
  // "万元地区生产总值能耗提前完成“十三五”任务,居全市第一" (东昌府区 2019 政府工作报告, on 2018): a plan whose task is
  // done while it still runs is no time of the figures (they are the report's year's); in the plan's last year
  // ("提前一年完成“十二五”规划目标,…年均增长13.7%", 西宁 2015) the review is of the plan's years.
  if (refYear !== undefined && /完成$/u.test(before) && /^(?:规划)?(?:目标)?(?:任务|目标)/u.test(after)) {
    const plan = PLAN_NUMBER.exec(sentence.slice(start, end));
    if (plan && refYear < 2005 + 5 * '一二三四五'.indexOf(plan[1]) + 5) return { role: 'base' };
  }
  // "由一季度的全省第四上升至全省第二" (宿迁 2021): the time a move is from, its state no figure, is no time of the
  // sentence's figures.
  if (/[由从]$/u.test(before) && /^的[^，；。]{0,10}(?:上升|提升|提高|升至|前移|跃升|下降|下滑|降至|后移|回落|变为|转为)/u.test(after))
    return { role: 'base' };
  // "吉林官方制定的2017年预期目标是,地区生产总值增长7%左右" (吉林 2016, held-out set 18): a year whose targets are
  // named after it is a target year (after the report's own; with none known yet, as its own period is read, any).
  if (year !== undefined && (refYear === undefined || year > refYear) && TARGETS_AFTER.test(after)) return { role: 'target' };
  // ("规模以上重工业增加值增幅由1月末下降7%、上半年增长13%到全年增长20.7%" (重庆 2010): after a rate, 到 steps on to the
  // next time's, a result.)
  if (TARGET_BEFORE.test(before) && !/[\d年月元%％]$/u.test(before.slice(0, -1))) {
    // "到2019年底，全市累计建成…": a year already past is the time of the figures, not a target.
    if (year !== undefined && refYear !== undefined && year <= refYear) return { role: 'time' };
    // "从1月份下降13.4%,到1至3月份增长5.7%,再到1至6月份10.1%" (哈尔滨 2009, held-out set 31): a target is set for a
    // point in time (2020年, 年底, 6月底), never for months summed or a part of a year; a bare 到 before them steps
    // through a year's results ("从一季度3.2%回升到上半年8.5%").
    if (BARE_TO.test(before) && MONTHS_SUMMED.test(sentence.slice(start, end))) return { role: 'time' };
    return { role: 'target' };
  }
  return { role: 'time' };
}

/** The text of a 上月/当月 mention: the caller reads the month from the report's period. */
export const CURRENT_MONTH = '当月';

/** The last year of a plan by its name ("“十一五”…" → 2010, "“十五”…" → 2005). */
export function planEndYear(plan: string): number {
  // (The tenth plan is named without a second numeral: its third character is the closing quote's 五.)
  if (plan.charCodeAt(3) === 0x201d /* ” */) return 2005;
  return 2005 + 5 * '一二三四五'.indexOf(plan[2]) + 5;
}

/** A span of years by its plan's name when it is exactly one ("2006-2010年" → “十一五”时期). */
export function spanText(from: number, to: number): string {
  const k = (from - 2006) / 5;
  if (to === from + 4 && Number.isInteger(k) && k >= 0 && k <= 4) return `“十${'一二三四五'[k]}五”时期`;
  return `${from}-${to}年`;
}

/** The text of a 上月 mention: the caller reads the month before the report's last. */
export const PREVIOUS_MONTH = '上月';

/**
 * The month a 当月/本月 refers to: the last month of the report's period ("2015年1-7月" → "2015年7月"); with
 * `back` 1, the month before it (上月: "2018年1-10月" → "2018年9月", "2018年1月" → "2017年12月").
 */
/** The month a half or quarters of a year end in (上半年 → 6). */
const LAST_MONTH_OF: [RegExp, number][] = [
  [/上半年$|二季度$/u, 6],
  [/前三季度$|三季度$/u, 9],
  [/一季度$/u, 3],
  [/下半年$|四季度$/u, 12],
];
/** A report of January and February together: "2022年1-2月", "1—2月份", "2020年1月至2月". */
const JAN_FEB = /(?:^|年)1(?:月份?)?\s*[-—–~～至到]\s*2月份?$/u;
export function currentMonthOf(docPeriod: string, refYear: number | undefined, back = 0, monthNamed = false): string {
  // The period's one month or the last of its range, also in an as-of written as the user wrote it ("2020年1月至12月").
  const m = /(\d{1,2})月(?!.*\d月)/u.exec(docPeriod);
  // "上半年…:一是6月当月,同比增长16.5%" (海南 2023, held-out set 18): the last month of a half or of quarters.
  const last = m ? Number(m[1]) : LAST_MONTH_OF.find(([re]) => re.test(docPeriod))?.[1];
  if (last === undefined) return docPeriod;
  let y = yearOf(docPeriod) ?? refYear;
  // "2022年1-2月份,…裝備制造業同比下降10.57%,成為本月唯一負增長行業" (长治 2022, held-out set 37): January and February
  // are reported together, so the month of a 1-2月 report is those two months, and the month before them December.
  // ("其中:2月当月增长27.2%" (中山 2022年1-2月, held-out set 39): a month written before 当月 is that month alone.)
  const janFeb = last === 2 && !monthNamed && JAN_FEB.test(docPeriod);
  if (janFeb && back === 0) return `${y !== undefined ? `${y}年` : ''}1-2月`;
  let month = (janFeb ? 1 : last) - back;
  if (month < 1) {
    month += 12;
    if (y !== undefined) y--;
  }
  return `${y !== undefined ? `${y}年` : ''}${month}月`;
}

/**
 * A heading's one month ("每月经济运行简况(2020年3月)") when the body then names the months of the year up to it
 * ("1-3月,实现地区生产总值…", 漳州 2020, held-out set 37): a monthly bulletin's month is the span it reports, "2020年1-3月";
 * any other heading or period leaves the heading as it is.
 */
export function headingSpanOf(heading: string, period: string): string {
  const month = /^(?:((?:19|20)\d{2})年)?(\d{1,2})月份?$/u.exec(heading);
  const span = month && /^(?:((?:19|20)\d{2})年)?1\s*[-—–~～至到]\s*(\d{1,2})月份?$/u.exec(period);
  if (!span || span[2] !== month[2] || month[2] === '1' || (span[1] && month[1] && span[1] !== month[1])) return heading;
  const y = month[1] ?? span[1];
  return `${y ? `${y}年` : ''}1-${month[2]}月`;
}

/** The same period a year before: "2024年上半年" → "2023年上半年"; "上半年" in a 2024 report → "2023年上半年". */
export function lastYearOf(period: string, refYear: number | undefined): string {
  const y = yearOf(period);
  if (y !== undefined) return period.replace(String(y), String(y - 1));
  return refYear !== undefined ? `${refYear - 1}年${period}` : `上年${period}`;
}

/**
 * The year a period string names, if any ("2019年1-7月" → 2019): the first 19xx年 or 20xx年 in it, as
 * /((?:19|20)\d{2})年/u finds it. Read by code (no match array): it is asked several times for every figure.
 */
export function yearOf(period: string): number | undefined {
  for (let at = 0; at + 4 < period.length; at++)
    if (period.charCodeAt(at + 4) === 0x5e74 /* 年 */ && isYear(period, at)) return yearAt(period, at);
  return undefined;
}

/** The period is a year alone ("2019年"), as /^(?:19|20)\d{2}年$/u says, read by code. */
export function isYearOnly(period: string): boolean {
  // (lastCode: a period is a string of any kind, a slice, a joined or a literal one; read as lastCode reads it.)
  return period.length === 5 && lastCode(period) === 0x5e74 /* 年 */ && isYear(period, 0);
}

const digitCode = (c: number) => c >= 48 && c <= 57;
/** Four digits 19xx or 20xx at `at`. */
function isYear(s: string, at: number): boolean {
  const c0 = s.charCodeAt(at);
  const c1 = s.charCodeAt(at + 1);
  return ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) && digitCode(s.charCodeAt(at + 2)) && digitCode(s.charCodeAt(at + 3));
}
/** The value of the four digits at `at`. */
function yearAt(s: string, at: number): number {
  return (
    (s.charCodeAt(at) - 48) * 1000 + (s.charCodeAt(at + 1) - 48) * 100 + (s.charCodeAt(at + 2) - 48) * 10 + (s.charCodeAt(at + 3) - 48)
  );
}
