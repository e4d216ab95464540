/**
 * Finds the figures in a Chinese report — statistical communiqués, 工业和信息化 reports, government work
 * reports, news on economic results — and proposes what each one means: a signed number with its unit and
 * qualifier, the subject it measures (label), its period, kind and status, each with its verbatim sentence
 * and offsets. Pure and linear in the text size: staff review every proposal before it becomes a stored figure.
 *
 * The rules live in small files named for what they decide: tokens (numbers, units, qualifiers, what is not
 * a figure), periods, kinds (kind and sign), status, labels (subjects), lists (分别 lists).
 */
import type { FigureKind } from '../types';
import { amongAfter, amongListedAfter } from './among';
import { bitTable, charBits, charTable, codeAt, codeWithin, endsWithAny, isIn, lastChars, lastCode, wordSet } from './chars';
import { FALL_FROM, PRODUCT_OUTPUT, directionOf, kindOf, readPredicate, saysFall, shortfallDirection, type Predicate } from './kinds';
import { PICKED_IN_BRACKETS, composeLabel, cleanSubject, nounAfter, subjectBefore } from './labels';
import { readAsSimplified } from './script';
import {
  ITEM_VERBS,
  distributedPhrase,
  earlierEnumeration,
  namesByClause,
  fusedPair,
  listPeriods,
  listRuns,
  ratioItems,
  monthSpanPeriods,
  sharedHead,
  splitItems,
  withoutListCount,
} from './lists';
import {
  CURRENT_MONTH,
  LAST_YEAR_SAME_TIME,
  PREVIOUS_MONTH,
  currentMonthOf,
  isYearOnly,
  lastYearOf,
  periodMentions,
  spanText,
  planEndYear,
  yearOf,
  type PeriodMention,
} from './periods';
import { monthOfFigure } from './monthly';
import { industryOpening, sectionOpening, topicOpening } from './openings';
import { reportPeriod, writtenYear } from './report-period';
import { SENTENCE_BITS, S_CHAN, S_MU, clauseEnd, clauseStart, isHeading, newParagraph, nextSentence, type Span } from './sentences';
import {
  TARGET_LIST,
  DOCUMENT_TARGETS,
  TARGETS_NAMED,
  markedEstimate,
  opensTargets,
  sentenceMarks,
  statusOf,
  bracketedTarget,
  type FigureStatus,
  type SentenceMarks,
} from './status';
import { PLACE_ITEM, countsPlaces, countsRisesFalls, placesCounted, scanTokens, type Token } from './tokens';
import { PERCENT_UNITS, POINT_UNITS, baseOf, isCountUnit } from './units';
import { joinWrapped, wrappedBreaks, type Break } from './wrapped-lines';

export { sentences } from './sentences';
export { reportPeriod } from './report-period';
export { BASE_UNITS as UNITS } from './units';
export { FIGURE_STATUSES, type FigureStatus } from './status';

export interface Extracted {
  label: string;
  /** The number as written ("2.45", "1/3", "翻了一番", "六" of 六成, "-3.2" when the report writes the sign). */
  value: string;
  /** Signed: a decline (下降4.1%) is negative. */
  number: number;
  unit: string;
  period: string;
  kind: FigureKind;
  status: FigureStatus;
  qualifier: string | null;
  quote: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

export interface ExtractOptions {
  /** The report's as-of period ("2019年", "2022年1-7月"): the period of figures whose text names none. */
  asOf?: string;
}

interface Found {
  t: Token;
  entity: string;
  /** The subject without a property added (比重, 贡献率): what a following property is of. */
  root: string;
  label: string;
  kind: FigureKind;
  number: number;
  pred: Predicate;
  period: string;
  status: FigureStatus;
  qualifier: string | null;
  /** Written alone in brackets ("高于全国(3.9%)"): an aside the figures after it read past. */
  aside: boolean;
}

const NO_MARKS: SentenceMarks = { estimate: -1, target: -1, plan: -1, targetEnd: -1, planEnd: -1, noted: -1 };
const NO_SUBJECT = Object.freeze({ subject: '', property: false });
/** What a pull or a contribution starts with after the firms counted (拉动, 带动, 贡献…, 对…的贡献). */
const PULL_FIRST = charTable('拉带贡');
/** Around the names of firms counted: 其中 before, 等 after. */
const NAMED_FIRMS_TRIM = /^(?:其中[，,：:]?)|等$/gu;
/** Between a target and the part of it done: "220亿元的81.9%", "(40.2亿元)的32.5%". */
const PART_OF_BEFORE = /^[)）]?的$/u;
/** A comparison with the same time a year before: 比上年同期, 较去年同期. */
const SAME_TIME_BEFORE = /[比较][上去]年同期/u;
/** A target of the whole year: 年度目标, 全年任务, 年任务. */
const YEAR_TARGET = /年度?(?:预期)?(?:目标|任务|计划)/u;
const RATE_CLAUSE = /年均|平均每年|每年平均|年平均|[两三四五六七八九十\d]年(?:来)?平均/u;
/** RATE_CLAUSE, asked only of a clause with 均 (every one of its words has it). */
const rateClause = (clause: string) => clause.includes('均') && RATE_CLAUSE.test(clause);
/** Labels that say nothing alone (a verb, 比上年): the subject before is put in front. */
const BARE = wordSet([
  '有',
  '达',
  '达到',
  '为',
  '是',
  '比上年',
  '比上年提高',
  '比上年增长',
  '增长',
  '下降',
  '提高',
  '实现',
  '完成',
  '共',
  '累计',
  '其中',
  '同比',
]);

/** ASCII , ; : between words, as saved web pages write them: read as their full-width forms (same offsets). */
const ASCII_PUNCT = /[,;:]/gu;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
const DIGIT = /\d/u;
/** Full-width digits, and a full-width or small point or dash between two of them: "４０２０３﹒５億元", "１－７月". */
const WIDE_NUMBER = /[０-９]|(?<=[0-9０-９])[．﹒－](?=[0-9０-９])/gu;
const WIDE_MARK: Record<string, string> = { '．': '.', '﹒': '.', '－': '-' };

function fullWidthPunctuation(text: string): string {
  // "2019 年,全区预计实现地区生产总值 369 亿元" (东宝区 2020 政府工作报告, a PDF's text): a year spaced from its 年 is
  // read as one, the space moved before it (the same length: every offset stays).
  if (text.includes(' 年')) text = text.replace(SPACED_YEAR, ' $1年');
  // "比全国高3.7个百分点. 各月累计平均增速保持在10%以上" (a city's 上半年 report typed with Latin stops): a point after a
  // Chinese word or a percent sign, then a space or a line's end, ends a sentence as 。 does.
  if (text.includes('. ') || text.includes('.\n')) text = text.replace(LATIN_STOP, '。');
  // "４０２０３﹒５" (a Hong Kong wire's digits) reads as 40203.5, one character for one; so does a full-width point or
  // dash between ASCII digits ("增长3．5%", "1－7月", as a full-width punctuation mode types them).
  if (/[０-９．﹒－]/u.test(text)) text = text.replace(WIDE_NUMBER, (c) => WIDE_MARK[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // "三次产业比重为21.5∶36.1∶42.4", "一、二、三次产业比例为14.1︰52.1︰33.8" (U+FE30, 安徽): the ratio sign reads as
  // the colon statistical tables write.
  if (text.includes('∶')) text = text.replaceAll('∶', ':');
  if (text.includes('︰')) text = text.replaceAll('︰', ':');
  // "生产总值(预计,下同)" (泉州, held-out set 14): a note in brackets after a noun is one word; its comma ends no clause.
  if (text.includes('下同')) text = text.replace(NOTE_COMMA, (note: string) => note.replace(/[,，]/gu, '·'));
  if (!text.includes(',') && !text.includes(';') && !text.includes(':')) return text;
  // 1,234.5 and 7.3:38.8 keep theirs: a mark between two digits is part of a number.
  return text.replace(ASCII_PUNCT, (c, at: number) =>
    DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '') ? c : FULL_WIDTH[c],
  );
}
/** After a place (第一): 的 and the name of the one that holds it ("排名第一的淮安市"). */
const RANKED_COMPARED_AFTER = /^[位名]?的[\u4e00-\u9fff]{2}/u;
/** Before a place: a comparison, then at most a few words ("低于排名第一的…", "高于居全省第二位的…"). */
const COMPARED_RANK_BEFORE = /(?:高于|低于|快于|慢于|超过|超出|高出|落后于|次于)[^，；,;（()）0-9]{0,6}$/u;
/**
 * "预计全年实现生 产总值 212.8 亿元", "金融机构各项存 贷款余额分别达到 134 亿元" (沂源 2013 政府工作报告, a document site's
 * PDF text): a text that sets its numbers off with spaces (at least SPACED_TEXT of them) is a PDF's, and a space between
 * two Chinese characters in it is a line's end inside a word, read past as a wrapped break is.
 */
function withWordSpaces(text: string, breaks: Break[]): Break[] {
  if (!text.includes(' ')) return breaks;
  SPACED_NUMBER.lastIndex = 0;
  let spaced = 0;
  while (spaced < SPACED_TEXT && SPACED_NUMBER.test(text)) spaced++;
  if (spaced < SPACED_TEXT) return breaks;
  const words: Break[] = [];
  for (const m of text.matchAll(WORD_SPACE)) words.push({ start: m.index, end: m.index + 1 });
  if (!words.length) return breaks;
  return [...breaks, ...words].sort((a, b) => a.start - b.start);
}
/**
 * "全國規(guī)模以上工業(yè)增加值同比下降1.3%,降幅比一季度收窄7.1個(gè)百分點(diǎn)" (a reprint site's 繁體 copy of 工信部's
 * 2020 上半年 news, http://zhenhuasy.com/zixun/202007/23/516638.shtml): a page that glosses characters with their
 * pinyin in brackets writes them inside words (增長(zhǎng), 個(gè)百分點(diǎn), 預(yù)期目標(biāo)). A gloss, a syllable with its
 * tone mark right after a Chinese character, is no part of the text: read past, as a wrapped line's break is.
 */
function withGlosses(text: string, breaks: Break[]): Break[] {
  if (!TONE_MARK.test(text)) return breaks;
  const glosses: Break[] = [];
  for (const m of text.matchAll(GLOSS)) glosses.push({ start: m.index, end: m.index + m[0].length });
  if (!glosses.length) return breaks;
  return [...breaks, ...glosses].sort((a, b) => a.start - b.start);
}
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
/**
 * A pinyin syllable with a tone mark, in brackets, after a Chinese character; or two, as a copy of such a page glosses
 * again ("規(guī)(guī)上工業(yè)(yè)", http://www.digitalgm.cn/News/Content/385.html).
 */
const GLOSS = /(?<=[\u4e00-\u9fff])(?:[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,4}[)）])+/gu;
const SPACED_TEXT = 5;
/** A number set off by spaces before its unit or percent sign ("212.8 亿元", "10.5 %"). */
const SPACED_NUMBER = /\d [\u4e00-\u9fff%]/gu;
/** One space between two Chinese characters. */
const WORD_SPACE = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/gu;

/** A Latin full stop after a Chinese word, a percent sign or a closing bracket, before a space or a line's end. */
const LATIN_STOP = /(?<=[\u4e00-\u9fff%）)])\.(?=[ \n])/gu;
/**
 * A year and its 年 with a space between ("2019 年"); not a newspaper page's header, its date's parts between
 * slashes ("吉林日报/2025 年/8 月/6 日/第 006 版", jilinshi-2025-h1-economy): a date, no period of its figures.
 */
const SPACED_YEAR = /(?<![\d.])((?:19|20)\d{2}) 年(?![/／])/gu;
/** A short note in brackets that says the same holds below: "(预计,下同)", "（预计数，下同）", "(现价,下同)". */
const NOTE_COMMA = /[（(][^（()）\d]{1,8}[,，]下同[)）]/gu;
/** A figure's note "(预计数,下同)" (its comma read as NOTE_COMMA leaves it): the figures after it are estimates too. */
const ESTIMATE_ONWARD = /^[（(](?:预计|预测|估计|初步估算)(?:数|值|数据)?[·,，]下同[)）]/u;
/** A noun and its note "(预计…)" in brackets: the figures of that noun are estimates, the sentence's others are not. */
const NOTED_ESTIMATE = /([\u4e00-\u9fff]{2,12})[（(](?:预计|初步估算|初步测算)[^（()）]{0,6}[)）]/u;

/**
 * What reading a report carries from one sentence to the next, and the sentence being read: one object per
 * call, its fields all set when it is made (one shape). The reading is split into functions (a report, a
 * sentence, a figure) so that the optimising compiler compiles each once, at its own size: one function
 * holding the whole loop was compiled on stack replacement, again whole, and again after a deopt — up to
 * 0.9 s of compiling each, more CPU than reading 5 MB once compiled.
 */
interface Reading {
  readonly text: string;
  readonly original: string;
  /** What the extractor wrote, in the report's own characters (script.ts). */
  readonly back: (s: string) => string;
  /** Offsets in `text` as offsets in `original`: they differ where a hard-wrapped text's breaks are read past. */
  readonly startOf: (at: number) => number;
  readonly endOf: (at: number) => number;
  readonly out: Extracted[];
  /** The report's plan period (report.plan): a yearly rate's span when the text names none. */
  readonly plan: string;
  /** The report names a plan's document (PLAN_DOCUMENT): it speaks of that plan. */
  readonly planDocument: boolean;
  readonly docPeriod: string;
  readonly refYear: number | undefined;
  /** The year of the caller's as-of (undefined without one): a figure of a later year cannot be a result. */
  readonly asOfYear: number | undefined;
  readonly thisYear: number | undefined;
  paragraphPeriod: string;
  paragraphSpan: string;
  docSpan: string;
  paragraphEntity: string;
  /** The subject of the paragraph's latest rate in %, when that was a growth rate ('' otherwise). */
  paragraphGrowth: string;
  /**
   * The one month or quarter every figure of the sentence just read was of, when the paragraph's period is another
   * ("全区1112家规上企业10月当月完成产值126.41亿元,同比增长-0.44%。"), '' otherwise: what a 其中 sentence next is part of.
   */
  partPeriod: string;
  /** The year of the paragraph before, in a paragraph opening with 其中 (a part of it): what its 全年 names. */
  partYear: number | undefined;
  /** The subjects of the last sentence with figures in the paragraph: what a 其中 sentence's bare measure is of. */
  readonly partWholes: string[];
  /** The industry a sentence without figures is about ("电子信息行业受…拉动，持续快速增长"): what 行业 names after it. */
  topic: string;
  /**
   * The industry the latest sentence of the paragraph opened with ("汽车产业省政府专门设立40亿元专项资金，…"): whose
   * bare measure a later sentence names with no owner ("2019年，完成产值1834.43亿元").
   */
  industry: string;
  /**
   * The group a section's opening line without figures names ("1、装备制造行业整体增速较慢。", "——机械制造企业增速呈
   * 下降态势。"): whose measures its next sentences give bare ("累计实现工业增加值10.29亿元", "实现税金1.29亿元").
   */
  section: string;
  heading: string;
  /**
   * The year the latest heading naming one speaks of ("二、2025年主要目标任务"): the time of the lines under it,
   * each a paragraph of its own, until a heading names another.
   */
  headingPeriod: string;
  targetSection: boolean;
  /** The paragraph speaks of products' output ("分产品看，…"): its figures in 套/只/件 are outputs (levels). */
  products: boolean;
  /** A paragraph's list of targets ("主要预期目标是：…") goes on into its next sentences until one names its time. */
  paragraphTargets: boolean;
  /** The paragraph's targets come from a sentence of what will be done, not a list: they go on only as PLAN_OPENING. */
  planRun: boolean;
  /** The paragraph's targets come from a sentence a target year opens: they end at a comparison with the past. */
  yearRun: boolean;
  /** A figure read as a result has been read in the paragraph. */
  paragraphResults: boolean;
  /**
   * "预计全年地区生产总值2.15万亿元…。完成固定资产投资6000亿元": a sentence that says 预计 before all its figures makes the
   * figures of its paragraph's next sentences estimates too, until one names its own time or holds no figure.
   */
  paragraphEstimates: boolean;
  /** The figure before in the sentence was given a new label by the one just read (产销 → 产量, 销量). */
  relabelled: boolean;
  /**
   * The period of the first figure of the sentence that opened paragraphEstimates ("预计全年…" of 2022: 2022年): a
   * sentence naming that same time again ("全年新引进亿元以上项目1403个") names no time of its own.
   */
  estimatePeriod: string;
  /** The growth rate in % read last in the report (its value as written, unit, subject): what a rate said again is. */
  readonly lastRate: { value: string; unit: string; entity: string };
  // Per-sentence tables, emptied for each sentence rather than allocated (5 MB reports have 10^5 sentences).
  readonly runOf: Map<number, number[]>;
  readonly distributed: Map<number, string[]>;
  readonly listPeriodOf: Map<number, string[]>;
  /** The report's targets so far (label, value, unit, period): one said again is still a target. */
  readonly targets: Set<string>;
  /** What a sentence's figures are read into: objects that live only while their sentence is read, made once each. */
  readonly foundPool: Found[];
  // The sentence being read: its text and offsets, period mentions, tokens, status marks, the figures read so
  // far (found[i] is tokens[i]'s).
  sentence: string;
  start: number;
  end: number;
  mentions: PeriodMention[];
  tokens: Token[];
  marks: SentenceMarks;
  found: Found[];
}

export function extractFigures(original: string, opts: ExtractOptions = {}): Extracted[] {
  // Every rule reads full-width punctuation; quotes are cut from the original text at the same offsets.
  // A report in traditional characters is read in simplified ones, offset for offset (script.ts); a hard-wrapped
  // one without the breaks inside its sentences, its offsets mapped back (wrapped-lines.ts).
  const reading = readAsSimplified(fullWidthPunctuation(original));
  const joined = joinWrapped(reading.text, withGlosses(reading.text, withWordSpaces(reading.text, wrappedBreaks(reading.text))));
  const text = joined.text;
  const report = reportPeriod(text);
  const asOf = opts.asOf?.trim() ?? '';
  const docPeriod = asOf || report.period || (report.year ? `${report.year}年` : '');
  const refYear = yearOf(asOf) ?? report.year;
  const r: Reading = {
    text,
    original,
    back: reading.back,
    startOf: joined.startOf,
    endOf: joined.endOf,
    out: [],
    plan: report.plan,
    planDocument: report.plan !== '' && PLAN_DOCUMENT.test(text),
    docPeriod,
    refYear,
    asOfYear: yearOf(asOf),
    thisYear: writtenYear(text, docPeriod, refYear),
    paragraphPeriod: '',
    paragraphSpan: '',
    docSpan: '',
    paragraphEntity: '',
    paragraphGrowth: '',
    partPeriod: '',
    partYear: undefined,
    partWholes: [],
    topic: '',
    industry: '',
    section: '',
    heading: '',
    headingPeriod: '',
    targetSection: false,
    products: false,
    paragraphTargets: false,
    paragraphEstimates: false,
    relabelled: false,
    estimatePeriod: '',
    lastRate: { value: '', unit: '', entity: '' },
    planRun: false,
    yearRun: false,
    paragraphResults: false,
    runOf: new Map(),
    distributed: new Map(),
    listPeriodOf: new Map(),
    targets: new Set(),
    foundPool: [],
    sentence: '',
    start: 0,
    end: 0,
    mentions: [],
    tokens: [],
    marks: NO_MARKS,
    found: [],
  };
  let lastEnd = 0;
  // One span, filled with each sentence in turn (a list of all of them would live through the whole run).
  const s: Span = { start: 0, end: 0 };
  for (let from = 0; (from = nextSentence(text, from, s)) >= 0;) {
    if (newParagraph(text, lastEnd, s.start)) {
      // "…2010年桂林工业主要经济指标增幅十分给力,…。\n  其中,工业技改投入和技改项目实现迅猛增长。全年技改项目1400多项"
      // (桂林 2011, held-out set 33): a paragraph opening with 其中 is a part of the one before: its 全年 is that one's
      // year (not a span of years': "创近十年新高。\n其中,…" (遵义 2021)). Its other times stay its own.
      r.partYear =
        PART_OPENS.test(text.slice(s.start, s.start + 8)) && !YEARS_SPAN_OR_PLAN.test(r.paragraphPeriod)
          ? (yearOf(r.paragraphPeriod) ?? r.partYear)
          : undefined;
      r.paragraphPeriod = '';
      r.partWholes.length = 0;
      r.paragraphSpan = '';
      r.paragraphEntity = '';
      r.paragraphGrowth = '';
      r.partPeriod = '';
      r.topic = '';
      r.paragraphTargets = false;
      r.paragraphEstimates = false;
      r.planRun = false;
      r.yearRun = false;
      r.paragraphResults = false;
      r.industry = '';
      r.products = false;
      r.section = '';
    }
    lastEnd = s.end;
    readSentence(r, s);
  }
  return r.out;
}

/**
 * One sentence: its heading role, its figures, then the periods it leaves for the sentences after it.
 * Loops over arrays in the hot path index them (`for (let mAt = 0, m = a[0]; …; m = a[++mAt])`): a for-of makes
 * an iterator and a result object per step where the optimiser does not remove them.
 */
function readSentence(r: Reading, s: Span): void {
  const sentence = r.text.slice(s.start, s.end);
  // The characters its rules ask it about, in one pass (SENTENCE_BITS).
  const bits = charBits(sentence, SENTENCE_BITS);
  const mentions = periodMentions(sentence, r.refYear, r.thisYear, bits, yearOf(r.paragraphPeriod) ?? r.partYear ?? r.refYear);
  // "按照国际经验,人均GDP超过3000美元,标志着一个国家或地区处于消费加快升级换代时期" (海南 2010, held-out set 27): a
  // sentence that tells what international experience holds gives thresholds in general, no figure of the report.
  // (Its 国 stands at one of the first three places: the regex is run only then.)
  const tokens = codeWithin(sentence, 0x56fd /* 国 */, 0, 2) && GENERAL_EXPERIENCE.test(sentence) ? [] : scanTokens(sentence, bits);
  if (mentions.length && tokens.length) {
    countMonths(sentence, mentions, tokens);
    evaluationFrames(sentence, mentions);
    bracketAsides(sentence, mentions);
  }
  if (isHeading(r.text, s)) {
    r.heading = cleanSubject(sentence);
    r.targetSection = opensTargets(sentence);
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
  }
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
  } else {
    r.partPeriod = '';
    const topic = topicOpening(sentence);
    if (topic && !GENERIC_TOPIC.test(topic[1])) r.topic = topic[1];
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
    if (m.part || (part && !/[，；]/u.test(sentence.slice(part.end, m.start)))) {
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
    r.paragraphPeriod = m.text;
    if (m.span) r.paragraphSpan = r.docSpan = m.text;
    // "2025年是全力打好“十四五”收官攻坚战、奋力打造…“滨城”样板的重要一年" (滨海新区 2025, held-out set 34): a sentence
    // holding no figure that says what a year is names, after its 是, the plan or stage that year belongs to, not
    // the time of the figures after it.
    if (!tokens.length && m.year !== undefined && YEAR_IS.test(sentence.slice(m.end))) break;
  }
}

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
/** One month, its year kept: "2019年5月" → ["2019年", "5"]. */
const ONE_MONTH_OF = /^((?:19|20)\d{2}年)?(\d{1,2})月$/u;
/** A CJK character (a noun after a month, not a comma or a digit). */
const HAN = charTable(Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, k) => String.fromCharCode(0x4e00 + k)));

/**
 * The characters readFigure asks a figure's clause about (charBits): 累 (累计), 约, 差 (差距), 降 (降幅), brackets, 由 and
 * 从 (a move from).
 */
const CLAUSE_BITS = bitTable({ 累: 1, 约: 2, 差: 4, 降: 8, '（(': 16, 由从: 32 });
const C_LEI = 1;
const C_YUE = 2;
const C_CHA = 4;
const C_JIANG = 8;
const C_PAREN = 16;
const C_YOU = 32;
/** A sentence opening a breakdown by month: "分月度看", "从月度增速看", "分月份看" (its first character asked first). */
const MONTHLY_VIEW = /^(?:分|从)月(?:度|份)?(?:增速|走势|情况)?看/u;
const FEN_CONG = charTable('分从');
/**
 * "全区1112家规上企业10月当月完成产值126.41亿元,同比增长-0.44%。其中奥克斯集团完成产值10.39亿元,同比增长-52.1%" (鄞州
 * 2020年1-10月, held-out set 30): a sentence opening with 其中 is a part of the one before; when every figure of that
 * one was of one month or quarter, not the paragraph's period, the part's figures naming no time are of it too.
 */
/** A paragraph's opening 其中 (after the spaces a page indents it with): a part of the paragraph before. */
const PART_OPENS = /^[\s\u3000]*其中[，,]/u;
/** A span of years or a plan's (2012-2021年, “十三五”时期): no time a paragraph's part goes on with. */
const YEARS_SPAN_OR_PLAN = /\d{4}-\d{4}年|时期|期间/u;
function opensWithPart(sentence: string): boolean {
  return codeAt(sentence, 0) === 0x5176 /* 其 */ && sentence.startsWith('其中');
}
/** The one month or quarter (ONE_MONTH_OR_QUARTER) all of `found` are of, other than `paragraph`'s; else ''. */
function onePartPeriod(found: Found[], paragraph: string): string {
  if (!found.length) return '';
  const period = found[found.length - 1].period;
  const own = withoutYear(period);
  if (!ONE_MONTH_OR_QUARTER.test(period) || own === withoutYear(paragraph)) return '';
  for (let k = 0; k < found.length - 1; k++) if (withoutYear(found[k].period) !== own) return '';
  return period;
}
const withoutYear = (p: string) => (YEAR_PREFIX.test(p) ? p.slice(5) : p);
const YEAR_PREFIX = /^(?:19|20)\d{2}年/u;
/** The sentence opens with 当前, 目前, 现在 or 截至目前 (as things stand now). */
/** A target year (到2025年) named before `at`. */
function targetYearBefore(mentions: PeriodMention[], at: number): boolean {
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'target' && m.year !== undefined && m.start < at) return true;
  return false;
}

function opensWithNow(sentence: string): boolean {
  const c = codeAt(sentence, 0);
  return (c === 0x5f53 /* 当 */ || c === 0x76ee /* 目 */ || c === 0x73b0 /* 现 */ || c === 0x622a) /* 截 */ && NOW_OPENING.test(sentence);
}
const NOW_OPENING = /^(?:当前|目前|现在|截[至止]目前)(?:为止)?[，,：:]/u;
/** "…亏损", "…亏损额" (its last code looked at first). */
function endsWithLoss(pre: string): boolean {
  const last = lastCode(pre);
  return (last === 0x635f /* 损 */ && pre.endsWith('亏损')) || (last === 0x989d /* 额 */ && pre.endsWith('亏损额'));
}

/** Whether a time is named between `from` and `to`. */
function namesTime(mentions: PeriodMention[], from: number, to: number): boolean {
  for (let k = 0; k < mentions.length; k++)
    if (mentions[k].role === 'time' && mentions[k].start >= from && mentions[k].start < to) return true;
  return false;
}
/** "累计降幅分别为…": rates over the months from January. */
const ACCUMULATED = /累计/u;
/** The clause before `cs` is 其中 alone ("…，其中，技术改造投资完成7614亿元"). */
function partClauseBefore(sentence: string, cs: number): boolean {
  return cs >= 3 && sentence.startsWith('其中', cs - 3) && (cs === 3 || isIn(CLAUSE_MARKS, sentence, cs - 4));
}

/** Whether a span of years is named before `at` ("2012年到2021年,…从3500多亿元增长到…": the first value is of its first year). */
/** The first year of a span of years written "2011-2016年", or undefined. */
function firstYearOf(span: string): number | undefined {
  const m = /^((?:19|20)\d{2})-(?:19|20)\d{2}年$/u.exec(span);
  return m ? Number(m[1]) : undefined;
}

/** The first year of the latest span of years named before `at`, or undefined. */
function spanFromBefore(mentions: PeriodMention[], at: number): number | undefined {
  let from: number | undefined;
  for (let k = 0; k < mentions.length && mentions[k].start < at; k++)
    if (mentions[k].span && mentions[k].from !== undefined) from = mentions[k].from;
  return from;
}

function spanBefore(mentions: PeriodMention[], at: number): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].span && mentions[k].start < at) return true;
  return false;
}

/** Whether a sentence names a time of its own (not a base, a target or a part). */
function hasTime(mentions: PeriodMention[]): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].role === 'time' && !mentions[k].part) return true;
  return false;
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

/**
 * Whether the sentence names a time of its own (not a part) before `at`, other than `same` (the time a paragraph's
 * estimates are of) written as 全年 or as that year. (Not 今年: a review written early in the next year may call that
 * year 今年, "年产90万吨的金黄庄煤矿今年可望投产" (萧县, of 2011, held-out set 16), while its 全年 is the year reviewed.)
 */
function otherTimeBefore(sentence: string, mentions: PeriodMention[], at: number, same: string): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.role === 'time' && !m.part && m.start < at && !(m.text === same && SAME_YEAR_WORD.test(sentence.slice(m.start, m.end))))
      return true;
  }
  return false;
}
/** The words a sentence may name the year of a paragraph's estimates with again: 全年, or the year itself. */
const SAME_YEAR_WORD = /^(?:全年|(?:19|20)\d{2}年)$/u;

/** The figure of the sentence's i-th token, pushed to the report's figures (and to the sentence's found). */
function readFigure(r: Reading, i: number): void {
  const { sentence, tokens, found, mentions, marks } = r;
  const t = tokens[i];
  const cs = clauseStart(sentence, t.outerStart);
  // "累计增速高于全国(3.9%)3.6个百分点": a figure in brackets is an aside; what follows reads on from the one before it.
  let k = i - 1;
  while (k >= 0 && found[k].aside) k--;
  const prevInClause = k >= 0 && tokens[k].outerEnd > cs ? found[k] : undefined;
  let clausePre = sentence.slice(cs, t.outerStart);
  let pre = prevInClause ? sentence.slice(prevInClause.t.outerEnd, t.outerStart) : clausePre;
  if (k < i - 1) {
    clausePre = clausePre.replace(BRACKETED, '');
    pre = pre.replace(BRACKETED, '');
  }
  // The characters the rules below ask the clause about (CLAUSE_BITS), in one pass, and its first and last.
  const cb = charBits(clausePre, CLAUSE_BITS);
  const cpFirst = codeAt(clausePre, 0);
  const cpLast = lastCode(clausePre);
  const run = r.runOf.get(i);
  const leadIndex = run ? run[0] : i;
  // A run holds consecutive token indices (listRuns): this figure is its (i - first)-th item.
  const item = i - leadIndex;
  const lead = leadIndex < i ? found[leadIndex] : undefined;
  // "增长6%-6.5%": the second end of a range; "减少815千公顷（1222万亩）": the same figure in another unit.
  const range =
    prevInClause && (RANGE_DASH.test(pre) || (OPENING.test(pre) && isIn(CLOSING, sentence, t.outerEnd))) ? prevInClause : undefined;
  // An item with its own verb ("、下降11.8%") keeps it: the list's first verb is not every item's; so does one whose
  // verb a page spaced from its number ("山陽縣完成產值13.62億元、增長 25.3%": 商洛 2009, held-out set 32).
  let pred = lead && !ITEM_VERBS.has(pre.slice(1).trimEnd()) ? lead.pred : range ? range.pred : readPredicate(pre);

  // The subject: from a 分别 list, the clause, the counted noun, or the figure before.
  let entity = '';
  let property = false;
  /** The figure is a pull (拉动, 上拉, 影响…) on another measure, of the subject before. */
  let pull = false;
  if (run && leadIndex === i) {
    r.distributed.set(i, listSubjects(sentence, cs, clausePre, run.length, found, i, r.distributed));
    const d = /分别|依次/u.exec(clausePre);
    // A span of months is handed out only to the values of one subject ("石化、食品、电力分别增长…" after 1—3月 are
    // three subjects of the same months).
    const periods = d
      ? (listPeriods(mentions, cs, cs + d.index, run.length) ??
        (new Set(r.distributed.get(i)).size > 1
          ? undefined
          : monthSpanPeriods(sentence, mentions, cs, cs + d.index, run.length, ACCUMULATED.test(clausePre))))
      : undefined;
    if (periods) r.listPeriodOf.set(i, periods);
  }
  if (run) entity = itemOf(r.distributed.get(leadIndex), item) ?? '';
  // An item of a list that names no subjects is the lead's measure again ("同比、环比分别回落0.3、0.4个百分点").
  const asLead = !entity && lead !== undefined;
  if (asLead) entity = lead.entity;
  if (!entity && range) entity = range.entity;
  if (!entity) {
    // "5个国家级企业技术中心、2个国家级重点实验室": a noun followed by 、 belongs to the number before it.
    // "比全国高11.4个百分点、比全省高高8.1个百分点" (遵义 2021, held-out set 29): the next item, against another comparand, is of the
    // same figure.
    const sb =
      prevInClause && (/[、和及与]$/u.test(pre) || (prevInClause.pred.comparison && COMPARED_NEXT.test(pre)))
        ? NO_SUBJECT
        : subjectBefore(pre);
    entity = sb.subject;
    property = sb.property;
    const endsInVerb = endsWithAny(entity, VERB_END, VERB_END_LAST);
    const count = isCountUnit(t.unit) || countsPlaces(sentence, t);
    // Whether the subject is too weak to keep: asked only of figures that may name their noun after them.
    // (A count in numerals after the names it counts, "建材和电子信息两个2000亿元产业", counts the noun after it: tokens.ts.)
    const weak =
      (count || t.form === 'chinese' || endsInVerb || t.unit === '%') &&
      ((count && t.form === 'chinese') ||
        weakSubject(entity, pre, endsInVerb, count) ||
        (count && placeOnly(entity, pre, sentence, t.outerEnd)) ||
        // "推動5個方面18項重點工作項目化" (襄阳 2022, held-out set 29): a count right after another count and its noun
        // counts the noun after it.
        (count && prevInClause?.kind === 'count' && pre === entity && COUNT_NOUN_ONLY.test(pre)));
    // "41个大类行业中有34个": the noun counted before 中 is the subject, whatever stands before the number.
    const among = count && amongAfter(sentence, t.outerEnd);
    let noun = (count || t.form === 'chinese' || endsInVerb) && (weak || among) ? counted(sentence, t, tokens[i + 1]) : '';
    // "工业23个行业大类中食品制造业、…、金属制品业等15个行业保持增长" (郾城区, held-out set 11): the noun before 中
    // is what is counted, the names after it the members of the count that follows.
    const listed = count && !among ? amongListedAfter(sentence, t.outerEnd) : null;
    if (listed) noun = listed[1];
    // "全省59.1%的规上工业企业产值同比增长": a share of the noun after 的.
    // "，71.2%工业品产量实现增长": a share opening its clause is of the noun after it, 的 or not.
    // ("增长5.7%的止跌企稳,再到1至6月份10.1%的提速增长" (哈尔滨 2009, held-out set 31): a move described after 的, closing
    // its clause, is how the rate went, no noun the rate is a share of.)
    const de = sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ && !MOVE_DESCRIBED.test(sentence.slice(t.outerEnd, t.outerEnd + 8));
    if (!noun && weak && t.unit === '%' && (de || !clausePre.trim())) noun = nounAfter(sentence.slice(de ? t.outerEnd + 1 : t.outerEnd));
    // "农产品产销两旺,540吨“弥你红”红心猕猴桃远销俄罗斯" (六盘水, held-out set 17): a weight opening its clause with no
    // subject before it is of the produce named after it.
    if (!noun && !entity && WEIGHT_BASES.has(baseOf(t.unit)) && !clausePre.trim()) noun = nounAfter(sentence.slice(t.outerEnd));
    if (noun) entity = (entity.endsWith('新增') ? '新增' : '') + noun;
    // "为全省规上工业增长贡献67.1%", "对…增长的贡献达31.8%", "拉动全省规上工业增长3个百分点", "拉高规上工业0.9个
    // 百分点": of the subject before.
    let p0 = 0;
    while (p0 < pre.length && isIn(LEAD_MARKS, pre, p0)) p0++;
    const contribution = isIn(CONTRIBUTION_FIRST, pre, p0) ? CONTRIBUTION.exec(p0 ? pre.slice(p0) : pre) : null;
    // "电子信息、医药、食品行业较快增长，合计拉动全省规上工业3个百分点": the sum of the items named before.
    const group = contribution?.[1] ? groupBefore(r, i, cs) : '';
    // ("榆陽區、神木市、府谷縣工業投資均為負增長,…,共下拉全市工業投資增速16.3個百分點" (榆林 2021 1-11月, held-out set
    // 26): a pull down is named so, not as a 拉动.)
    if (group)
      entity = group + '合计' + (contribution![2] === '影响' ? '拉动' : contribution![2]) + cleanSubject(contribution![3]) + '增长';
    // "大中型工业企业利润增长最快,对全省规模以上工业利润增长贡献率达到85%" (山东 2018), "其中汽车和电子制造两大支柱产业,
    // 对全市工业增长的贡献率保持在65%左右" (重庆 2014): with no figure before, a contribution is of what the clause
    // before names, when it names one.
    else if (contribution && (found.length > 0 || (!contribution[2] && subjectBetween(sentence, 0, cs) !== ''))) {
      entity = contribution[2] ? (contribution[2] === '影响' ? '影响' : '拉动') + cleanSubject(contribution[3]) + '增长' : '贡献率';
      property = true;
      pull = !!contribution[2];
    }
  }
  // "年产90万吨的金黄庄煤矿今年可望投产" (萧县, held-out set 16): a capacity written before what has it, after 的.
  if (CAPACITY.has(entity) && sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */) {
    const owner = nounAfter(sentence.slice(t.outerEnd + 1));
    if (owner.length >= 2) entity = owner + entity;
  }
  // "电子信息行业受…拉动，持续快速增长。上半年，行业增加值同比增长21.2%": 行业 is the industry named before.
  // ("24个行业增加值实现增长": industries counted are not that one.)
  if (r.topic && entity.length > 2 && !isCountUnit(t.unit) && ANAPHOR.test(entity))
    entity = r.topic + entity.slice(entity.indexOf('业') + 1);
  // "保持全国第一", "居全国第5位": the scope of a rank is not its subject.
  // ("制造业规模有望连续16年保持全球第一": what stood before the scope, 有望连续16年, is no part of the subject either.)
  if (t.form === 'ordinal' && entity) {
    const scoped = LEADING_RANK.test(entity) ? '' : entity.replace(RANK_SCOPE, '').replace(COUNTED_SCOPE_END, '');
    entity = scoped.length < entity.length && scoped ? cleanSubject(scoped) : scoped;
    // "信义集团成为全球第一光伏玻璃巨头" (芜湖经开区 2022): what 成为 a scope's first is named before the verb.
    const became = BECAME_SCOPE.exec(pre);
    if (became) entity = cleanSubject(became[1]);
  }
  // "与居全球经济总量第18位的土耳其大体相当" (浙江 2016): a place written before 的 and a name is that name's.
  const holder =
    t.form === 'ordinal' && sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */
      ? HOLDER.exec(sentence.slice(t.outerEnd + 1, t.outerEnd + 12))
      : null;
  if (holder) entity = holder[1] + (RANKED_MEASURE.exec(clausePre)?.[1] ?? '');
  // "富磷矿保有储量略少于云南，居全国第二位": the clause before names what holds the place, then whom it trails.
  if (t.form === 'ordinal' && !entity && !prevInClause && cs > 1) {
    const clause = sentence.slice(clauseStart(sentence, cs - 1), cs - 1);
    const trails = DIGIT.test(clause) ? null : TRAILS.exec(clause);
    if (trails) entity = cleanSubject(trails[1]);
  }
  // "累计增速居全国第12位,环比持平;在中部排第3位" (湖北): a place named by its scope only is of the figure whose
  // place the sentence gave before.
  // "增速在22县区排第14名,在7个沿黄市辖区排第4名" (大武口区, held-out set 19): a scope counted after 在 is a scope too.
  if (
    t.form === 'ordinal' &&
    entity &&
    ((isIn(SCOPE_RANK_FIRST, entity, 0) && SCOPE_RANK.test(entity)) ||
      // "全省增速排名第15,第二平台市县增速排名第6" (琼中 2024 1-7月, held-out set 33): a group of peer places is where
      // the place is held too.
      PEER_PLACES.test(entity) ||
      (prevInClause !== undefined &&
        (isCountUnit(prevInClause.t.unit) || countsPlaces(sentence, prevInClause.t)) &&
        prevInClause.t.outerStart > 0 &&
        ((sentence.charCodeAt(prevInClause.t.outerStart - 1) === 0x5728 /* 在 */ && COUNTED_SCOPE_RANK.test(entity)) ||
          (SCOPE_BEFORE_COUNT.test(sentence.slice(Math.max(0, prevInClause.t.outerStart - 3), prevInClause.t.outerStart)) &&
            COUNTED_SCOPE_AMONG.test(sentence.slice(prevInClause.t.outerEnd, t.outerStart))))))
  ) {
    let placed: Found | undefined;
    for (let k2 = found.length - 1; k2 >= 0 && !placed; k2--) if (found[k2].t.form === 'ordinal') placed = found[k2];
    if (placed) entity = placed.entity;
    // "我市规模以上工业销售产值在全国15个副省级城市中位居第四" (杭州 2011, held-out set 20): the first place among a
    // counted scope is of what stands before 在.
    else if (prevInClause !== undefined && (isCountUnit(prevInClause.t.unit) || countsPlaces(sentence, prevInClause.t))) {
      const at = sentence.lastIndexOf('在', prevInClause.t.outerStart - 1);
      const owner = at > 0 ? subjectBefore(sentence.slice(clauseStart(sentence, at), at)) : NO_SUBJECT;
      // ("增速在22县区排第14名": a bare rate, of the subject before, as a bare property is.)
      if (owner.subject) {
        entity = owner.subject;
        property = owner.property;
      }
    }
  }
  // "居全国第10位、东部地区第6位": a second place of the same figure, named by its scope only.
  // ("主营业务收入和利润总额分居全省第3位、第2位" (许昌): each place of a list of names is its own name's.)
  if (
    t.form === 'ordinal' &&
    prevInClause?.t.form === 'ordinal' &&
    isIn(LIST_JOINT, pre, 0) &&
    !(run && itemOf(r.distributed.get(leadIndex), item))
  )
    entity = prevInClause.entity;
  // "总量由全省第7进到第6位": the place moved to is of what held the first; "由" opens the move, not the subject.
  else if (t.form === 'ordinal' && prevInClause?.t.form === 'ordinal' && RANK_MOVE.test(pre)) entity = prevInClause.entity;
  // "同比增长7.9%,居全省第9位,皖北六市第1位" (宿州 2022, held-out set 30): after a comma, a place named by a group of
  // places or a region only is the same figure's place again, as after 、.
  else if (
    t.form === 'ordinal' &&
    !prevInClause &&
    found.length > 0 &&
    found[found.length - 1].t.form === 'ordinal' &&
    GROUP_SCOPE.test(entity) &&
    SCOPE_AFTER_COMMA.test(sentence.slice(found[found.length - 1].t.outerEnd, t.outerStart))
  )
    entity = found[found.length - 1].entity;
  // ("…1200亿元,由全省第7进到第6位": 由 alone is no subject; the figure before's is inherited.)
  else if (t.form === 'ordinal' && /[由从]$/u.test(entity)) entity = entity.slice(0, -1);
  // "远高于全省规模以上工业增加值8.9%的增速": the rate of the figure compared with, named after the verb.
  const rateOf =
    t.unit === '%' && sentence.charCodeAt(t.outerEnd) === 0x7684 /* 的 */ && RATE_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 6));
  if (rateOf && pred.comparison) {
    const cmp = COMPARED.exec(pre);
    const named = cmp ? pre.slice(cmp.index + cmp[0].length) : '';
    const other = cleanSubject(named);
    // "高于全国6.7%的增速": a place alone is the place's rate of the measure before, not the report's own rate.
    const place = other ? null : PLACE_ONLY.exec(named);
    const measure = k >= 0 ? found[k].root.replace(LEADING_PLACE, '') : '';
    if (other.length >= 2) {
      entity = other;
      property = false;
    } else if (place && measure) {
      entity = place[1] + measure;
      property = false;
    }
  }
  // "人均GDP为83538元，…是全国(53980元)的1.5倍": a figure in brackets right after a place is that place's value of the
  // measure before it, not the report's own.
  // "同比增长16.5%(全国增长4.4%)" (海南 2023, held-out set 18): so is one whose bracket opens with a place and its verb
  // (an aside too: the figures after it read past it).
  const placeInBracket =
    !isIn(OPEN_BRACKET, sentence, t.outerStart - 1) && sentence.includes('全', t.outerStart - 10) && isIn(CLOSING, sentence, t.outerEnd)
      ? PLACE_IN_BRACKET.exec(sentence.slice(Math.max(0, t.outerStart - 12), t.outerStart))
      : null;
  const placeAside = isIn(OPEN_BRACKET, sentence, t.outerStart - 1)
    ? ASIDE_PLACE.exec(sentence.slice(Math.max(0, t.outerStart - 8), t.outerStart - 1))
    : placeInBracket;
  let measureBefore: Found | undefined;
  for (let j = found.length - 1; placeAside && j >= 0 && j >= found.length - 6 && !measureBefore; j--)
    if (found[j].t.unit === t.unit && !found[j].aside) measureBefore = found[j];
  if (placeAside && measureBefore?.root && !entity.startsWith(placeAside[1])) {
    entity = placeAside[1] + measureBefore.root.replace(NAMED_LEADING_PLACE, '');
    property = false;
  }
  // "市本级地方级财政收入完成17.5亿元,…,其总量由全省第八位跃升到第四位" (四平 2011, held-out set 24): 其 (its) before a
  // bare measure names the subject before, as the bare measure alone does.
  if (entity.charCodeAt(0) === 0x5176 /* 其 */ && BARE_MEASURE.has(entity.slice(1))) entity = entity.slice(1);
  // "全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%" (陵川 2025), "…财政收入完成17.5亿元,增长44.6%,
  // 实现两年翻番" (四平 2011, held-out set 24): a span of years alone is when, not what: the subject is the one before.
  // A count there is labelled by the noun after it too, when it names one ("3个十亿级台阶": 地区生产总值十亿级台阶, not
  // 地区生产总值 alone); what follows still reads the subject before (年均增速 is 地区生产总值's).
  let yearsCounted = '';
  if (lastCode(entity) === 0x5e74 /* 年 */ && YEARS_ALONE.test(entity)) {
    entity = '';
    if (isCountUnit(t.unit)) yearsCounted = counted(sentence, t, tokens[i + 1]);
  }
  // "石油石化行业增长11.9%，贡献率达11.5%": a bare property is of the subject before.
  if (!property && BARE_PROPERTY.has(entity)) property = true;
  const ownSubject = !!entity && !property;
  // (found[-1] is not read: a negative index is looked up as a property name, the slow way, for every first figure.)
  const before = prevInClause ?? (k >= 0 ? found[k] : undefined);
  // A clause between the figure before and this one may name the subject: read only when needed.
  // "其中汽车制造业增幅一路走高,全年实现工业总产值153.62亿元" (温州, held-out set 16): 工业总产值 alone is the measure
  // of an industry the clause before names, or of the firms the figure before counted.
  const ownerless = lastCode(entity) === 0x503c /* 值 */ && INDUSTRY_MEASURE.test(entity);
  // "煤化工、风力发电等战略性新兴产业快速发展,产值已占规模以上工业的11.7%" (包头 2012, held-out set 21): a measure's
  // share written without its owner is the share of the industry the clause before names.
  const needInherited =
    property || !entity || ownerless || BARE_MEASURE.has(entity) || (entity.includes('占') && MEASURE_SHARE.test(entity));
  // ("分产品看,…城市轨道车辆从无到有,产量为174辆" (河北 2017): in a paragraph on products, any product named is whose 产量.)
  const between =
    needInherited && !prevInClause ? subjectBetween(sentence, before ? before.t.outerEnd : 0, cs, r.products && entity === '产量') : '';
  // A property (比重, 贡献率) is of the subject before; a figure with no subject is the same measure again.
  // "完成增加值683.42亿元，占全市比重的91.3%，同比增长13.5%": what grows after a share is what the share was of.
  const ofShare =
    !property && !pred.reached && before !== undefined && before.kind === 'share' && before.root !== before.entity && !!before.root;
  // "制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点,其中8月增长8.5%" (江门 2020-08): a rate with no subject after
  // the change of a rate (降幅, 增速) is of that rate's subject, not of its measure word: 8.5% is 制造业's 增速, not a 降幅.
  const ofRate =
    !entity &&
    !property &&
    !between &&
    before?.kind === 'change' &&
    PERCENT_UNITS.has(t.unit) &&
    before.root !== before.entity &&
    RATE_WORD_END.test(before.entity) &&
    before.entity.startsWith(before.root);
  let inherited = between || (property || ofShare || ofRate ? before?.root : before?.entity) || r.paragraphEntity || '';
  // "GDP占全国的6.2%，…，连续21年居全国第4位，约合7000亿美元": a place or an amount after a share is of what the
  // share was of (GDP), not of the share; a rate or points after it stay the share's.
  const shareOf = !entity && !between && before?.kind === 'share' ? before.entity.indexOf('占') : -1;
  if (shareOf >= 2 && !PERCENT_UNITS.has(t.unit) && !POINT_UNITS.has(t.unit) && t.unit !== '' && t.unit !== '倍')
    inherited = before!.entity.slice(0, shareOf);
  // "“五群”产业累计产值占规上工业总产值的比重为57.4%,拉动全市规上工业总产值增长2.3个百分点" (淮北, held-out set 20): a
  // pull after a share is pulled by what the share was of, not by the share.
  else if (pull && !between && before?.kind === 'share') {
    const at = before.entity.indexOf('占');
    if (at >= 2) inherited = before.entity.slice(0, at);
  }
  // "低于全国3.8个百分点,与全国平均水平差距同比缩小0.6个百分点" (黑龙江, held-out set 15): the gap of the subject before
  // behind the one named.
  if (entity && inherited && !property && isIn(GAP_FIRST, clausePre, 0) && GAP_OPEN.test(clausePre))
    entity = inherited.replace(RATE_TAIL, '') + '与' + entity;
  // "增加值占全省规上工业的比重…": a bare measure sharing a total is the measure of the subject before.
  const measureShare = !property && inherited && entity.includes('占') ? MEASURE_SHARE.exec(entity) : null;
  // "采矿业增加值同比增长14.4%，总量占全市规上工业增加值的比重为75.9%": 总量 is that measure itself, as 绝对值 is
  // ("先进制造业增加值增长5.9%，绝对值占广东省规模以上工业比重达54.3%"). "民营企业增加值增长6.3%，增速比1-9月加快0.1个
  // 百分点，增加值占规模以上工业比重70.0%": the share is of the measure whose rate came before, not of its rate.
  if (measureShare) {
    const owner = inherited.replace(RATE_TAIL, '');
    entity =
      (owner.endsWith(measureShare[1]) || measureShare[1] === '总量' || measureShare[1] === '绝对值'
        ? owner
        : owner.replace(MEASURE_TAIL, '') + measureShare[1]) + entity.slice(measureShare[1].length);
  }
  // "…占固定资产投资比重48.7%，比重同比提高6.6个百分点": the same property of the figure before.
  // "…的比重为24.5%，占比分别较1—9月份和上年同期提高0.1和1.2个百分点": 占比 is that 比重 again.
  else if (property && !between && before && propertyEnd(before.entity) && sameProperty(before.entity, entity)) entity = before.entity;
  else if (property && inherited && !entity.startsWith(inherited))
    entity = propertyEnd(inherited) && inherited.endsWith(entity) ? inherited : inherited + entity;
  else if (!entity) entity = inherited;
  // "汽车产业生产明显恢复，第三季度增加值同比增长32.5%": the measure of the industry the clause before names.
  else if (between && BARE_MEASURE.has(entity) && !between.endsWith(entity)) entity = between.replace(MEASURE_TAIL, '') + entity;
  // "大力发展农副产品加工业,2011年可实现工业产值138.3亿元" (萧县): the industry of the clause before.
  else if (ownerless && between && INDUSTRY_END.test(between)) entity = between + entity;
  // "全市新增规上工业企业127家,实现总产值174.0亿元" (荆门): the firms just counted.
  else if (ownerless && !between && !prevInClause && before?.kind === 'count' && FIRMS_END.test(before.entity))
    entity = before.entity + entity;
  else if (needInherited && !between && BARE_MEASURE.has(entity)) {
    // "智能终端年产量达2.7亿台件，…，全行业年产值5700亿元": a bare measure is of the entity named before.
    // "实现主营业务收入9233.16亿元，…；实现利税721.57亿元，…；实现利润443.11亿元": an owner that is a bare measure
    // itself names no one: the one before it does (规模以上工业企业利税, …利润).
    // (A section's group, when the sentence's first figure was read as its: "——机械制造企业…。累计实现工业增加值2.68亿元,
    // …;盈亏相抵后亏损481万元,上年完成利润总额827万元;实现税金1980万元": 税金 is the group's, not 上年's.)
    let root = r.section && found.length > 0 && found[0].entity.startsWith(r.section) ? r.section : '';
    // "石油和天然气开采业占比36.3%,增加值同比增长6.4%" (华龙区, held-out set 15): the rate of the measure of what the
    // share just before was of. (An amount after it may be the whole's: "笔电产量占全球的1/3，全行业年产值5700亿元".)
    const shareAt = before?.kind === 'share' && PERCENT_UNITS.has(t.unit) ? before.entity.indexOf('占') : -1;
    if (shareAt >= 2) root = before!.entity.slice(0, shareAt).replace(MEASURE_TAIL, '');
    // "商品房销售面积和销售额分别下降18.6%和16.9%" (浙江, held-out set 22): a measure alone after another item of its clause
    // is of the owner that item names with its own measure (商品房销售额), not of the amount before the clause (固定资产投资).
    else if (prevInClause && prevInClause.kind !== 'share') {
      const own = prevInClause.entity.replace(RATE_TAIL, '');
      const m = ITEM_MEASURE.exec(own);
      if (m && m.index >= 2 && m[0] !== entity) root = own.slice(0, m.index);
    }
    // "我区早稻面积、产量增幅均排全国第3位,单产增幅排全国第5位" (广西 2020): an owner written once before a list of its
    // measures owns a measure named alone in the next clause too (早稻单产). (Each item after the first is a measure
    // alone: "固定资产投资和社会消费品零售总额" lists two owners' measures.)
    else if (!prevInClause && before !== undefined && before.kind !== 'share' && NAMES_JOINED.test(before.entity)) {
      const items = before.entity.split(NAMES_JOINED);
      const m = ITEM_MEASURE.exec(items[0]);
      if (m && m.index >= 2 && m[0] !== entity && items.every((x, j) => j === 0 || BARE_MEASURE.has(x))) root = items[0].slice(0, m.index);
    }
    // ("全市完成规上工业总产值27581亿元,…,其中,10月完成产值3210亿元": the same measure again keeps its name, 总产值.)
    // "规模以上工业企业增加值完成1201亿元,总量居全省第3位,增速达11.9%" (许昌, held-out set 17): 总量 is that measure itself.
    let whole = '';
    // ("全年實現 GDP762 億元,同比增長 1.2%;營業收入 2124.3 億元" (a 高新区's 2017 review): the economy's output is
    // a measure of a place, no owner of the measures after it; its 总量 is itself. So is an index: "全年规模以上工业经济
    // 效益综合指数达到195.2%,…;实现利税总额512.20亿元,…;实现利润259.36亿元" (重庆 2008 公报).)
    for (let k = found.length - 1; k >= 0 && !root; k--)
      if (
        (found[k].kind === 'level' || found[k].kind === 'count') &&
        !found[k].entity.includes('占') &&
        (entity === '总量' || !WHOLE_ECONOMY.test(found[k].entity)) &&
        // "园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%;实现税金6925万元" (a county park's 2016 一季度,
        // http://m.news.wmxa.cn/n/201604/315237.html): a task's amount owns no measure after it.
        !TASK_ONLY.test(found[k].entity)
      ) {
        const owner = found[k].entity;
        root = owner.length > entity.length && owner.endsWith(entity) ? owner.slice(0, -entity.length) : owner.replace(MEASURE_TAIL, '');
        whole = owner;
      }
    if (root) entity = entity === '总量' && whole ? whole : root + entity;
    // "规模以上工业增加值同比增长3.4%，…，其中10月份增加值同比增长7.3%", "高新技术产业增加值占…的比重为24.5%，…；
    // 增加值同比增长8.5%": the same measure, of the subject a figure before named it with.
    // "汽车产业省政府专门设立…。2019年，完成产值1834.43亿元": else of the industry a sentence before opened with.
    // "…实现规上工业增加值189.77亿元,同比增长6.8%。其中,8月当月实现增加值25.19亿元" (梅州 2023 1-8月, held-out set 33): in
    // a sentence opening with 其中, of the subject the sentence before named the measure with.
    else
      entity =
        sameMeasureBefore(found, entity) ||
        (r.partWholes.length > 0 && opensWithPart(sentence) ? sameMeasureOf(r.partWholes, entity) : '') ||
        (r.industry ? r.industry + entity : entity);
  }

  // "——机械制造企业增速呈下降态势。累计实现工业增加值2.68亿元,…;实现税金1980万元" (天水, held-out set 14).
  // ("盈亏相抵后亏损481万元": a loss is the group's as its profit is.)
  if (r.section && (SECTION_MEASURE.has(entity) || LOSS.test(entity))) entity = r.section + entity;
  // "制造业、电热气水的供应业、采矿业增加值总量在全区规上工业增加值的占比为:6.4:5.8:87.8" (华龙区, held-out set 15): each part
  // of a ratio is of the item named in its place.
  if (t.form === 'ratio') entity = ratioPart(r, i, entity);
  // "全年居民消费价格总水平比上年上涨1.6%,其中城市上涨1.4%,农村上涨1.8%" (甘肃 2015): a town or the countryside alone is
  // a part of the measure before, not a measure (城市居民消费价格涨幅, not 城市涨幅).
  // ("…,农村上涨1.8%": after 城市's, the measure without its 城市.)
  if (isIn(GROUP_FIRST, entity, 0) && URBAN_RURAL.test(entity) && before) {
    // (Without the place the whole is of: "中国居民消费价格总水平…,其中城市上涨1.4%" is 城市居民消费价格's.)
    const measure = before.root
      .replace(NAMED_LEADING_PLACE, '')
      .replace(/^(?:中国|我国|全国)/u, '')
      .replace(URBAN_RURAL_OPEN, '')
      .replace(/总水平$/u, '');
    if (measure.length >= 2 && !/^\d/u.test(measure)) entity += measure;
  }

  // "其中宜春时代1户企业拉动全市规上工业增加值增长3.9个百分点" (宜春 2024 上半年, held-out set 18): the firms counted
  // just before are the ones named before their count.
  if (
    prevInClause !== undefined &&
    prevInClause.kind === 'count' &&
    prevInClause.t.outerStart > cs &&
    pre.startsWith('企业') &&
    (isIn(PULL_FIRST, pre, 2) || pre.startsWith('对', 2))
  ) {
    const named = cleanSubject(sentence.slice(cs, prevInClause.t.outerStart).replace(NAMED_FIRMS_TRIM, ''));
    if (named.length >= 2 && !DIGIT.test(named) && !entity.startsWith(named)) entity = named + entity;
  }
  // "2010年全省人均生产总值23644元,按现行汇率折算为3505美元" (海南 2010, held-out set 27), "人均地区生产总值38214元,按2019年
  // 平均汇率计算为5686美元" (交城 2019, held-out set 34): an amount converted is the figure before's, in another unit.
  // (CONVERTED opens with 按 or 折: the regex is run only then.)
  if (before !== undefined && (cpFirst === 0x6309 /* 按 */ || cpFirst === 0x6298) /* 折 */ && CONVERTED.test(clausePre))
    entity = before.entity;
  // "新建投产上规入统工业企业数前三的市州分别为安顺市38家、遵义市17家、黔南州12家" (贵州 2021, held-out set 27): the
  // first item of a 分别为 list of names each with its number is the name right after 分别为, as the next ones are.
  if (entity && sentence.charCodeAt(t.outerEnd) === 0x3001 /* 、 */) {
    const first = LISTED_FIRST.exec(clausePre);
    if (first && NAMED_ITEM_NEXT.test(sentence.slice(t.outerEnd + 1, t.outerEnd + 14))) entity = first[1];
  }
  // "增速在22县区排第14名" (大武口 2022): places counted without a counter are a count of the group named after the
  // number, its label; the subject before stays the sentence's (what the places after rank).
  const places = t.unit === '' ? placesCounted(sentence, t) : '';
  // "一般公共预算收入增长6.3%,占全市16个区总量的45%" (滨海新区 2025, held-out set 34): a count in the whole a share is
  // of counts the places named after it; the share after it reads past it.
  const wholeParts = isCountUnit(t.unit) && WHOLE_BEFORE.test(clausePre) ? WHOLE_PARTS.exec(sentence.slice(t.outerEnd)) : null;
  if (wholeParts) entity = wholeParts[1];
  // ("“40升15降”": rises and falls counted without a counter, tokens.ts.)
  let kind =
    places || (t.unit === '' && countsRisesFalls(sentence, t))
      ? 'count'
      : rateOf
        ? 'growth'
        : kindOf(t, pred, clausePre, entity, r.products);
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
  // change against it, not a share.
  if (kind === 'share' && t.unit === '%' && clausePre.includes('超') && OVER_TASK.test(clausePre)) kind = 'change';
  // "由一季度的7.9%、8.5%回升至8.1%、9.3%": the rates a growth rate moved from are growth rates too.
  if (kind === 'share' && pred.direction === 'none' && t.unit === '%' && /[由从]/u.test(clausePre) && !SHARE_BEFORE.test(clausePre)) {
    // (MOVED_TO's verbs are the rate verbs: 回升, 回落, 加快, 放缓.)
    if (MOVED_TO.test(sentence.slice(t.outerEnd, clauseEnd(sentence, t.outerEnd)))) kind = 'growth';
  }
  // "汽车产量继续保持40%以上增长", "实现8%的增长", "实现两成增长": a rate written before the growth it measures (not a
  // share's: "占比30%增长较快").
  if (
    kind === 'share' &&
    pred.direction === 'none' &&
    (t.unit === '%' || t.unit === '成') &&
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
  if (rateOf && pred.comparison) pred = NO_PREDICATE;
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
      /增速|增幅|增长/u.test(sentence.slice(0, cs + open)) &&
      !shareAtBase(mentions, t, before)
    )
      kind = 'growth';
  }
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
    wholeParts !== null ||
    placeInBracket !== null ||
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

  let label: string;
  // "全市生产总值增长6%-6.5%" (上海, 2019): the second end of a range measures what the first does.
  if (range && kind === range.kind && RANGE_DASH.test(pre)) label = range.label;
  // "较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点": an item of a list with the lead's own subject
  // and kind is labelled as the lead is (淮北 2023).
  else if (
    (asLead && lead.kind === kind && lead.entity === entity) ||
    (lead && entity === lead.entity && kind === lead.kind && t.unit === lead.t.unit && !r.distributed.get(leadIndex)?.length)
  ) {
    const own =
      kind === 'change' && pred.comparison && run
        ? comparedItem(comparedWith(leadClausePre(sentence, lead), pred.verb), run.length, item, '')
        : '';
    label = own ? entity + own : lead.label;
  } else if (
    !ownSubject &&
    !property &&
    kind === 'change' &&
    POINT_UNITS.has(t.unit) &&
    before &&
    (before.kind === 'growth' || before.kind === 'share') &&
    !pred.comparison
  )
    label = before.label + '变化';
  // "同比增长22.2%，较上年同期提升15.6个百分点，较2017年底提升23.1个百分点" (岳阳, held-out set 11): a second
  // change in points against another base is the same rate's change again.
  else if (
    !ownSubject &&
    !property &&
    kind === 'change' &&
    POINT_UNITS.has(t.unit) &&
    before?.kind === 'change' &&
    POINT_UNITS.has(before.t.unit) &&
    before.label.endsWith('增速变化') &&
    !pred.comparison
  )
    label = before.label;
  else if (kind === 'change' && pred.comparison) {
    const against = comparedWith(lead ? leadClausePre(sentence, lead) : clausePre, pred.verb);
    label = entity + (run ? comparedItem(against, run.length, item, against) : against);
  } else if (placeItem) label = prevInClause!.entity + prevInClause!.pred.verb + pre.slice(1);
  // "排名上升3位": places gained, the change of a rank (综合实力位次变化).
  else if (kind === 'change' && t.unit === '位') label = composeLabel(entity || r.heading || '数据', 'rank', pred, clausePre) + '变化';
  else label = composeLabel(entity || r.heading || '数据', kind, pred, clausePre, t.form === 'multiple');
  // "分产品看,…饮料酒96460千升,同比增长24.9%,纱40567吨,同比下降8.5%,布725万米" (新乡 2017年8月, held-out set 30): in a
  // paragraph on products' output, a product's name of one character is its whole name (纱, 布, 盐), not a word left
  // of a longer subject to be put after the figure before's ("饮料酒增速纱").
  if (!(r.products && kind === 'level' && label.length === 1 && entity === label && isIn(HAN, label, 0)))
    label = finishLabel(label, before?.label ?? r.paragraphEntity ?? r.heading);
  if (places) label = places;
  else if (wholeParts) label = wholeParts[1];
  else if (yearsCounted) label = entity && !yearsCounted.startsWith(entity) ? entity + yearsCounted : yearsCounted;
  // "江汽股份累计产销50.97万辆和50.65万辆,同比增长9.2%和6.2%" (安徽's 2013 car industry,
  // http://chongdian360.cn/pingdaoxinwen/show.php?itemid=19447): 产销 and two figures is what was made, then what was sold.
  else if (
    prevInClause !== undefined &&
    prevInClause.label === label &&
    prevInClause.t.unit === t.unit &&
    isIn(SOLD_LAST, label, label.length - 1) &&
    PRODUCED_SOLD.test(label) &&
    PAIR_JOINT.test(sentence.slice(prevInClause.t.outerEnd, t.outerStart))
  ) {
    prevInClause.label = label.replace(PRODUCED_SOLD, '产量$1');
    label = label.replace(PRODUCED_SOLD, '销量$1');
    r.relabelled = prevInClause === r.found[i - 1];
  }

  let targetYear = false;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'target' && m.start < t.outerStart) targetYear = true;
  let status = statusOf(
    marks,
    t.outerStart,
    clausePre,
    targetYear,
    r.targetSection || r.paragraphTargets,
    sentence.slice(t.outerEnd, t.outerEnd + 1),
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
  // "其总量由全省第八位跃升到第四位" (四平 2011, held-out set 24): where a move starts is where things stood before it,
  // known: a result, also among the year's estimates (as "三次产业结构由19.8︰41︰39.2优化为…" is, 贵港 2017).
  if (status === 'estimate' && MOVE_FROM.test(clausePre) && MOVE_TO.test(sentence.slice(t.outerEnd, t.outerEnd + 12))) status = 'actual';
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
      r.paragraphSpan || r.docSpan || r.plan,
    ) ||
    // "1到11月,…。当前,全省重点企业装备数控化率达到35.7%" (浙江 2013, held-out set 23): a sentence opened by 当前 or 目前
    // tells how things stand as the report is written, not in the months the paragraph named before.
    ofMonth(
      r,
      t,
      entity,
      (opensWithNow(sentence) ? '' : (r.partPeriod && opensWithPart(sentence) ? r.partPeriod : '') || r.paragraphPeriod) ||
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
  else if (period === CURRENT_MONTH) period = currentMonthOf(r.docPeriod, r.refYear);
  else if (period === PREVIOUS_MONTH) period = currentMonthOf(r.docPeriod, r.refYear, 1);
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
      (REACHED.test(reachedBy) ||
        HELD.test(reachedBy) ||
        comparedWithYear(sentence.slice(t.outerEnd), Number(years[1]) - 1) ||
        YEARS_RUNNING.test(sentence.slice(t.outerEnd, t.outerEnd + 12))) &&
      !SUMMED.test(sentence.slice(0, t.outerStart))
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
  // 上年同期's ("由上年同期的12.8%、13.1%回落至…": both of the same months a year before).
  if (prevInClause && pre === '、' && prevInClause.t.unit === t.unit)
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
    SUB_YEAR.test(r.docPeriod) &&
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
    SUB_YEAR.test(r.docPeriod) &&
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
  // "预计整个2014年重庆手机产量将实现翻番,由3500台上升至7000万台" (重庆 2014-05): what a year's figure moves from, its
  // sentence naming no time of its own for it, is the year before's, and was (a result, whatever the move is).
  // "三次产业结构由19.8:41:39.2优化为17.9:43:39.1" (贵港, held-out set 22): every part of a ratio moved from.
  const ratio = t.form === 'ratio' ? ratioRun(r, i) : undefined;
  const fromCode = ratio ? sentence.charCodeAt(tokens[ratio[0]].outerStart - 1) : cpLast;
  const fromEnd = ratio ? tokens[ratio[1]].outerEnd : t.outerEnd;
  const movedFrom =
    isYearOnly(period) &&
    (fromCode === 0x7531 /* 由 */ || fromCode === 0x4ece) /* 从 */ &&
    MOVES_TO.test(sentence.slice(fromEnd, fromEnd + 12)) &&
    !namesTime(mentions, cs, t.outerStart) &&
    !spanBefore(mentions, t.outerStart);
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
    period = head ? head.period : `${Number(period.slice(0, 4)) - 1}年`;
    status = 'actual';
  } else if (cb & C_YOU) {
    // "三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9" (瓜州 2023, held-out set 31), "同比速度由上月下降8.1%轉為增長
    // 3%" (北京 2011, held-out set 28): what moves from 上年 (上月) named right before it is of the year (the month) before
    // the figure's own; the parts of a ratio after its first take the first's.
    const fromStart = ratio ? tokens[ratio[0]].outerStart : t.outerStart;
    const word = FROM_PREVIOUS.exec(sentence.slice(Math.max(0, fromStart - 8), fromStart));
    if (word && MOVES_TO.test(sentence.slice(fromEnd, fromEnd + 12)) && !namesTime(mentions, cs, fromStart - word[0].length)) {
      const head = ratio !== undefined && ratio[0] !== i ? found.find((f) => f.t === tokens[ratio[0]]) : undefined;
      const earlier = head ? head.period : previousOf(period, word[1] === '上月');
      if (earlier) {
        period = earlier;
        status = 'actual';
      }
    }
  }
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
  const pulls = kind === 'change' && POINT_UNITS.has(t.unit) && monthEnd(period) && !!CONTRIBUTION.exec(clausePre)?.[2];
  if (
    asOfEnd &&
    (kind === 'growth' ||
      (kind === 'change' && POINT_UNITS.has(t.unit) && (before?.kind === 'growth' || before?.kind === 'change')) ||
      (kind === 'level' && sentence.slice(asOfEnd.index, t.outerStart).includes('累计'))) &&
    FLOW_END.test(kind === 'change' ? entity.replace(RATE_OF, '') : entity)
  )
    period = period.replace(MONTH_END, '1-$1月');
  // "一季度末實現止跌回升,同比增長1.2%" (商洛 2009, of 規模以上工業產值; held-out set 32): a flow's growth at a quarter's
  // end is over the quarters since the year began, as at a month's end; a stock's ("二季度末,生猪存栏…增长") stays of the day.
  else if (kind === 'growth' && QUARTER_END.test(period) && FLOW_END.test(entity))
    period = period.replace(QUARTER_END, (_q, n: string) => QUARTERS_TO[n]);
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
  if (t.suffix || t.prefix) {
    const key = `${label}|${t.prefix}${t.value}${t.unit}${t.suffix}|${period}`;
    if (status === 'target') r.targets.add(key);
    else if (status === 'actual' && r.targets.has(key)) status = 'target';
  }
  // "采矿业增加值占比达96.05%，同比下降15.6%" (柳林县, held-out set 11): a share named by its owner and 占比 is of that
  // owner too, as one written 占…比重 is; so is the share's change ("采矿业增加值占比提高1.5个百分点，贡献率为30%": the
  // contribution is 采矿业增加值's, not its share's).
  const root =
    measureShare || property
      ? inherited || entity
      : (kind === 'share' || kind === 'change') && t.form !== 'ratio' && OWN_SHARE.test(entity)
        ? entity.replace(SHARE_TAIL, '')
        : // "完成工业投资180亿元,占年度目标220亿元的81.9%,同比增长14.9%" (广元, 1-10月): the part of a target done
          // is of the measure, and so is the rate after it.
          kind === 'share' && TARGET_DONE.test(entity)
          ? entity.replace(TARGET_DONE, '')
          : entity;
  // "2016年实现地区生产总值99.3亿元(预计数,下同),年均增长8.5%;…" (芷江 2016 政府工作报告, a 繁體 copy,
  // http://www.ilynn.cn/document_detail/12174.html): a figure's note that says the same holds below makes the figures
  // after it estimates too, in its sentence and its paragraph's next ones, as 预计 before them does.
  if (
    status === 'estimate' &&
    isIn(OPEN_BRACKET, sentence, t.outerEnd) &&
    ESTIMATE_ONWARD.test(sentence.slice(t.outerEnd, t.outerEnd + 12))
  ) {
    r.paragraphEstimates = true;
    r.estimatePeriod = period;
  }
  let f = r.foundPool[i];
  if (f === undefined) r.foundPool.push((f = { t, entity, root, label, kind, number, pred, period, status, qualifier: null, aside }));
  else {
    f.t = t;
    f.entity = entity;
    f.root = root;
    f.label = label;
    f.kind = kind;
    f.number = number;
    f.pred = pred;
    f.period = period;
    f.aside = aside;
  }
  found.push(f);
  // (跨越 before the count of the steps crossed is the verb, not a bound of the count.)
  const prefix = t.prefix === '跨越' && stepsCrossed(r.sentence, t) ? '' : t.prefix;
  const suffix = t.suffix;
  f.status = status;
  // "销售收入将突破1300亿元以上" (南充, held-out set 14): a word before the number and one after it say the same
  // bound twice; the one after is kept (one word, as the review shows it: not "突破以上"). "对规模以上工业增长的贡献率
  // 近四成以上" (鄂尔多斯 2021, held-out set 24): 近 (not yet reached) and 以上 (exceeded) say opposite things, and the
  // word read with the number is the one before it, "近四成".
  f.qualifier =
    (prefix && suffix && NEARLY_THEN_OVER.test(prefix + suffix) ? prefix : suffix) ||
    prefix ||
    (cb & C_YUE && /(?:约占|约为|大约占)[^，；]{0,12}$/u.test(clausePre) ? '约' : null) ||
    // "九成企业生产水平超过正常水平的80%" (九江 2020, held-out set 18): a bound said before what the share is of.
    (cpLast === 0x7684 /* 的 */ ? (BOUND_OF.exec(clausePre)?.[1] ?? null) : null);
}

/** A span of years and nothing else: 五年, 两年, 10年. */
const YEARS_ALONE = /^(?:[两二三四五六七八九十]{1,2}|\d{1,2})年$/u;
/** The start of a move ("由全省第八位跃升到…", "由19.8︰41︰39.2优化为…") and where it goes. */
const MOVE_FROM = /[由从](?:全国|全省|全市|全区|全州|全县)?$/u;
const MOVE_TO = /^[^，；。]*?(?:到|至|为)/u;

/** "我市荣获全省“发展杯”竞赛活动第二名" (四平 2011, held-out set 24): a place won is a result, also among estimates. */
const HONOUR_WON = /(?:荣获|荣膺|获评|获得)/u;

/** A bound of "nearly" before the number and one of "over" after it (近四成以上, 接近千人以上, 近千余人). */
const NEARLY_THEN_OVER = /^(?:近|接近)(?:以上|多|余)$/u;

/** A period the figure's sentence does not name: its last month when the figure is of that month alone (monthly.ts). */
function ofMonth(r: Reading, t: Token, subject: string, inherited: string): string {
  return monthOfFigure(r.sentence, t.outerStart, r.mentions, subject, inherited) || inherited;
}

/** The subject of the latest rate in % read (the sentence's, else `paragraph`'s) when it was a growth rate, else ''. */
function growthBefore(found: Found[], paragraph: string): string {
  for (let k = found.length - 1; k >= 0; k--)
    if (PERCENT_UNITS.has(found[k].t.unit)) return found[k].kind === 'growth' ? found[k].entity : '';
  return paragraph;
}

/** The subject of the i-th token, a part of a ratio: the item named in its place when the first part's names as many. */
function ratioPart(r: Reading, i: number, entity: string): string {
  const { sentence, tokens } = r;
  let first = i;
  while (first > 0 && tokens[first - 1].form === 'ratio' && ratioJoint(sentence, tokens[first - 1], tokens[first])) first--;
  if (first === i) {
    // "三次产业结构由19.8:41:39.2优化为17.9:43:39.1" (贵港, held-out set 22): a ratio a move leads to is of the parts of
    // the ratio it moves from, not of the move (优化).
    const prev = r.found.length > 0 ? r.found[r.found.length - 1] : undefined;
    if (
      prev !== undefined &&
      i > 0 &&
      prev.t === tokens[i - 1] &&
      prev.t.form === 'ratio' &&
      RATIO_MOVE.test(sentence.slice(prev.t.outerEnd, tokens[i].outerStart))
    ) {
      let from = i - 1;
      while (from > 0 && tokens[from - 1].form === 'ratio' && ratioJoint(sentence, tokens[from - 1], tokens[from])) from--;
      const items = r.distributed.get(from);
      if (items) r.distributed.set(i, items);
      return items ? items[0] : (r.found.find((f) => f.t === tokens[from])?.entity ?? entity);
    }
    let n = 1;
    while (i + n < tokens.length && tokens[i + n].form === 'ratio' && ratioJoint(sentence, tokens[i + n - 1], tokens[i + n])) n++;
    const items = n > 1 ? ratioItems(entity, n) : undefined;
    if (items) r.distributed.set(i, items);
    return items ? items[0] : entity;
  }
  return itemOf(r.distributed.get(first), i - first) ?? entity;
}
/** What stands between a ratio and the one it moved to: "优化为", "调整为", "转为", "变为", "提高到". */
const RATIO_MOVE = /^(?:优化|调整|转变?|变化?|改变|演变|提升|提高|改善|升级)?(?:为|到|至)$/u;
/** The first and last token of the ratio token i is a part of. */
function ratioRun(r: Reading, i: number): [number, number] {
  const { sentence, tokens } = r;
  let first = i;
  let last = i;
  while (first > 0 && tokens[first - 1].form === 'ratio' && ratioJoint(sentence, tokens[first - 1], tokens[first])) first--;
  while (last + 1 < tokens.length && tokens[last + 1].form === 'ratio' && ratioJoint(sentence, tokens[last], tokens[last + 1])) last++;
  return [first, last];
}
const ratioJoint = (s: string, a: Token, b: Token) => b.outerStart - a.outerEnd === 1 && (s[a.outerEnd] === ':' || s[a.outerEnd] === '：');

/** The latest growth rate read in the sentence is a fall. */
function lastGrowthFell(found: Found[]): boolean {
  for (let k = found.length - 1; k >= 0; k--) if (found[k].kind === 'growth') return found[k].number < 0;
  return false;
}

/**
 * The item-th of a list, read only when the list has it: an empty list (no subjects found) is an array of
 * another kind, whose read deoptimised the figure's reading on a report's first run.
 */
function itemOf(list: string[] | undefined, item: number): string | undefined {
  return list !== undefined && item < list.length ? list[item] : undefined;
}

/** The subjects of a 分别 list of n values whose first value is in the clause starting at `cs`. */
function listSubjects(
  sentence: string,
  cs: number,
  clausePre: string,
  n: number,
  found: Found[],
  at: number,
  lists: Map<number, string[]>,
): string[] {
  // "同比、环比分别回落0.3、0.4个百分点" (湖北): the items are two comparisons of one figure, not two subjects.
  if (clausePre.includes('比') && BASES_LISTED.test(clausePre)) return [];
  const said = distributedPhrase(clausePre);
  const phrase = said ? withoutListCount(said, n) : said;
  if (phrase === undefined) {
    // "黑色金属…、煤炭开采和洗选、化学原料…，利润同比增幅达到120%、48%和24.1%": no 分别, but n values for n names.
    const earlier = earlierEnumeration(sentence, cs, n);
    // "…存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元": a count of years is no subject.
    const said = subjectBefore(clausePre).subject;
    const head = YEARS_COUNT.test(said) ? '' : said;
    if (earlier) return earlier.map((x) => cleanSubject(x + (head && !x.endsWith(head) ? head : '')));
    // "2011年杭州市规模以上工业总产值和销售产值同比增长20.5%和20.2%": no 分别, but n values for the n names the clause
    // opens with (held-out set 20).
    if (head && NAMES_JOINED.test(head) && !PERIOD_PAIR.test(clausePre)) {
      // ("主营业务收入和利润总额分居全省第3位、第2位": 分 of 分居 is 分别's.)
      const items = splitItems((head.endsWith('分') ? head.slice(0, -1) : head).replace(MOVED_FROM_TAIL, ''), n);
      if (items) return items.map(cleanSubject);
    }
    // "A和B…分别达到12488和10163亿元，年均增长13.3%和16.9%": the subjects of the list before.
    let before: string[] | undefined;
    if (!head) for (const list of lists.values()) if (list.length === n && list.every(Boolean)) before = list;
    return before ?? [];
  }
  const items = phrase ? splitItems(phrase, n) : undefined;
  if (items) return items.map(cleanSubject);
  // (Not when the clause lists two periods or names more than the word: "1-7月和7月份进出口总额分别增长…".)
  const pair = phrase && n === 2 && !/[、和及与]/u.test(phrase) && !PERIOD_PAIR.test(clausePre) ? fusedPair(phrase) : undefined;
  if (pair) return pair.map(cleanSubject);
  // "有色金属冶炼和压延加工业，计算机、通信和其他电子设备制造业，电气机械和器材制造业同比分别增长22.1%、17.5%和15.8%":
  // names that hold 、 themselves are set apart by commas; the n-1 clauses before, names of the same kind, are the others.
  const apart = phrase ? commaItems(sentence, cs, phrase, n) : undefined;
  if (apart) return apart;
  // "尤其是儋州和三亚，分别增长15.5%、1.5倍": the clause just before, without a number, names the n items; so it does
  // before a bare rate: "新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%" (天津 2025-07).
  const bareRate = !!phrase && BARE_RATE.test(phrase);
  if (phrase === '' || bareRate) {
    const end = cs - 1;
    const from = clauseStart(sentence, end);
    const named = sentence.slice(from, end);
    // ("增速与上月持平，分别较去年同期和全年分别回落4.5、4.2个百分点" (济源, 2012): a comparison names no items.)
    if (end > from && !/\d/u.test(named) && !SAME_AS.test(named)) {
      // ("材料产业和电子产业实现两位数的较快增长，增速分别为…": the names the clause lists, without how they fared.)
      const listed = bareRate ? earlierEnumeration(sentence, cs, n) : undefined;
      if (listed) return listed.map((x) => cleanSubject(x + phrase));
      // "原煤、天然气、发电量增势良好,同比分别增长20.5%、8.6%和5.3%" (陕西, held-out set 16): how they fared is no item's.
      const names = subjectBefore(named).subject.replace(FARED_TAIL, '');
      const items = splitItems(names, n) ?? namesByClause(sentence, from, names, n);
      if (items) return items.map((x) => cleanSubject(bareRate ? x + phrase : x));
    }
    // "宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元" (湖北 2012, held-out set 29): the clause just before, with one figure, the
    // mark they passed together, names the n items before it.
    else if (phrase === '' && end > from && ONE_NUMBER.test(named)) {
      const passed = PASSED_MARK.exec(named.slice(0, named.search(DIGIT)));
      const names = passed ? cleanSubject(passed[1]) : '';
      const items = NAMES_JOINED.test(names) ? splitItems(names, n) : undefined;
      if (items) return items.map(cleanSubject);
    }
  }
  // "全县完成工业总产值60.54亿元,增加值16.03亿元,同比分别增长53.7%和25.1%;其中规模以上工业实现产值22.09亿元,增加值
  // 6.93亿元,同比分别增长106.1%和42%" (a county's 2011 report): with no word of their own, the rates of the n amounts
  // just before, when they come after the list before.
  if (phrase === '' && at >= n) {
    let after = 0;
    for (const [lead, list] of lists) after = Math.max(after, lead + list.length);
    const previous = found.slice(at - n, at);
    if (
      at - n >= after &&
      previous.length === n &&
      previous.every((f) => f.kind === 'level' && f.t.outerEnd <= cs) &&
      new Set(previous.map((f) => f.entity)).size === n
    )
      return previous.map((f) => f.entity);
  }
  // "A、B增加值分别增长38.2%、18.8%，…，占…的比重分别达到了6.1%和10.4%": the subjects of the list before.
  if (!phrase || /^(?:占|比重|占比|增速|增幅)/u.test(phrase)) {
    let earlierList: string[] | undefined;
    for (const list of lists.values()) if (list.length === n && list.every(Boolean)) earlierList = list;
    if (earlierList) return earlierList.map((x) => (phrase && phrase.startsWith('占') ? x.replace(/(?:增速|增幅)$/u, '') + phrase : x));
  }
  // "A和B增加值分别增长…，…，对全市工业经济增长的贡献率分别为34.8%和42.1%": the contribution of the items the
  // sentence's first list named, not of the figures just before (their shares).
  if (phrase && CONTRIBUTION_PHRASE.test(phrase)) {
    for (const list of lists.values())
      if (list.length === n && list.every(Boolean)) return list.map((x) => x.replace(MEASURE_TAIL, '') + '贡献率');
  }
  // "…分别增长8.4%、5.9%，分别比…快4.6个百分点、2.1个百分点": the n figures just before.
  const previous = found.slice(Math.max(0, at - n), at);
  if (previous.length === n && new Set(previous.map((f) => f.entity)).size === n && previous.every((f) => f.t.outerEnd <= cs))
    return previous.map((f) => (phrase && !f.entity.endsWith(phrase) ? withMeasure(f.entity, phrase) : f.entity));
  const earlier = earlierEnumeration(sentence, cs, n);
  if (earlier) return earlier.map((x) => cleanSubject(x + (phrase ?? '')));
  return [];
}

/** "重庆高技术制造业增加值" + "增加值占全市规上工业的比重": the measure written once. */
function withMeasure(subject: string, phrase: string): string {
  const m = MEASURE_SHARE.exec(phrase);
  return m && subject.endsWith(m[1]) ? subject + phrase.slice(m[1].length) : subject + phrase;
}
const CONTRIBUTION_PHRASE = /^[^、和及与]{0,24}贡献(?:率|度)?$/u;
const BASES_LISTED = /(?:同比|环比)[、和及与](?:同比|环比)(?:分别|依次|均)/u;

/**
 * The n-1 clauses before `cs`, each a name without a figure ending as `last` does, then `last`; or undefined.
 * "…，汽车制造业，专用设备制造业增加值分别同比增长": a measure after the last name is every item's.
 */
function commaItems(sentence: string, cs: number, last: string, n: number): string[] | undefined {
  const plain = commaNames(sentence, cs, last, n, '');
  if (plain) return plain;
  const head = sharedHead(last);
  if (!head) return undefined;
  // "五金、電料類,通訊器材類,機電產品及設備類,化工材料及制品類商品銷售額分別增長51.9%、32.3%、9.6%、9.3%" (a district's
  // 1-2月 release): the measure written once may hold a word before it (商品銷售額) that no name ends with.
  for (let k = head.length; k <= head.length + 2 && k < last.length - 1; k++) {
    const names = commaNames(sentence, cs, last, n, last.slice(-k));
    if (names) return names;
  }
  return commaProducts(sentence, cs, last, n, head);
}

/**
 * "从产品产量看,光缆,挖掘、铲土运输机械,集成电路,工业机器人,微型计算机设备产量同比分别增长43.8%、40.8%、…" (国家统计局
 * 2020年4月): products, which end in no common word, named one to a clause before the last and its measure: the n-1
 * clauses before are names (no figure, short) and the one before them none (看, a figure, or the sentence's start).
 */
function commaProducts(sentence: string, cs: number, last: string, n: number, head: string): string[] | undefined {
  if (n < 3 || head.length >= last.length - 1) return undefined;
  const out = [last];
  let end = cs - 1;
  while (out.length < n) {
    const comma = sentence.charCodeAt(end);
    if (end <= 0 || !(comma === 0xff0c || comma === 0x2c)) return undefined;
    const from = clauseStart(sentence, end);
    const raw = sentence.slice(from, end);
    const name = cleanSubject(raw);
    if (!name || name !== raw.trim() || name.length > 16 || DIGIT.test(name) || MARKER_WORD.test(name)) return undefined;
    out.unshift(name + head);
    end = from - 1;
  }
  // (The clause before the first name is no name: "从产品产量看", a figure's, or none.)
  if (end > 0 && (sentence.charCodeAt(end) === 0xff0c || sentence.charCodeAt(end) === 0x2c)) {
    const before = sentence.slice(clauseStart(sentence, end), end);
    if (!/看$|\d|%/u.test(before)) return undefined;
  }
  return out;
}
/** Words that make a clause a statement, not a name ("增长较快", "其中"). */
const MARKER_WORD = /增|降|长|其中|看|为|是|占|达|实现|完成/u;

function commaNames(sentence: string, cs: number, last: string, n: number, head: string): string[] | undefined {
  const tail = last.charCodeAt(last.length - 1 - head.length);
  const out = [last];
  let end = cs - 1;
  while (out.length < n) {
    // (A page's Latin comma too, between names: no digit on either side.)
    const comma = sentence.charCodeAt(end);
    if (end <= 0 || !(comma === 0xff0c /* ， */ || (comma === 0x2c && !DIGIT.test(sentence[end - 1]) && !DIGIT.test(sentence[end + 1]))))
      return undefined;
    const from = clauseStart(sentence, end);
    const name = cleanSubject(sentence.slice(from, end));
    if (!name || name.length > 30 || DIGIT.test(name) || name.charCodeAt(name.length - 1) !== tail) return undefined;
    out.unshift(name + head);
    end = from - 1;
  }
  return out;
}

const ENUMERATION = /、[^、]+、/u;
/** A sentence that opens with what is to be done, as a plan's next sentences do. */
const PLAN_OPENING = /^\s*(?:实施|推进|完成|新增|培育|建成|创建|启动|打造|力争|确保|争取|加快|建设|开工|引进|开展)/u;
/** A result compared with the year or months before, or of last year (去年 is no period mention): no target. */
const PAST_COMPARED = /同比|比上年|较上年|上年同期|去年/u;
/** "与上月持平", "和上年相当": X与Y compared, not a list of X and Y. */
/** A rate with no owner of its own: "增速分别为…" after the clause that names the owners. */
const BARE_RATE = /^(?:增速|增幅|涨幅|降幅|增长率|增长速度)$/u;
const SAME_AS = /[与和同跟][^，；]{0,8}(?:持平|相比|相当|一致|同步)/u;
/** "武汉、襄阳由一季度(的7.9%、8.5%回升至…)": where the names' values move from is no part of the last name. */
const MOVED_FROM_TAIL = /[由从][^、和及与]{0,10}$/u;
const NAMES_JOINED = /[、和及与]/u;
/** A clause holding one number ("宜昌、襄阳双双突破3000亿元"). */
const ONE_NUMBER = /^[^\d]+\d+(?:\.\d+)?[^\d]*$/u;
/** Names, what they did together (双双, 均, 都…) and the verb of a mark passed (突破, 超过…), before the mark's number. */
const PASSED_MARK = /^(.+?)(?:双双|均|都|同时|一起|共同)?(?:突破|超过|跨越|迈上|迈过|越过|跨过|跨上)$/u;
const PERIOD_PAIR = /(?:月份?|季度|半年|年)[、和及与]/u;
const YEARS_COUNT = /^(?:[两三四五六七八九十]|\d{1,2})年(?:来|间)?$/u;
/** A heading's own time: a year or a part of one ("2025年", "2024年1-7月"), not "2012年以来". */
const HEADING_TIME = /^(?:19|20)\d{2}年(?:\d{1,2}-\d{1,2}月|\d{1,2}月|[上下]半年|前三季度|[一二三四]季度)?$/u;
/** The measures a section gives bare, of the group its opening line names. */
/**
 * A result said between a target and the next figure ("力争…100亿元,实际完成…", "…,已达…", "…,截至11月末…"), or a note
 * in brackets that marked the figure before alone ("1200万吨（预计），增长2%").
 */
const RESULT_BETWEEN = /实际|已|截至|截止|[)）]/u;
/** What a value moves from to the next: "上升至7000万台", "提高到48%". */
/** 由 or 从 and the year (month) before, right before a value moved from: "由上年18.4:45.9:35.7", "由上月下降8.1%". */
const FROM_PREVIOUS = /[由从](上年|去年|上月)(?:的)?(?:增长|下降)?$/u;
/** The year before a year ("2023年" → "2022年"), or with `month` the month before a month; '' for any other period. */
function previousOf(period: string, month: boolean): string {
  if (!month) return isYearOnly(period) ? `${Number(period.slice(0, 4)) - 1}年` : '';
  const m = /^(?:((?:19|20)\d{2})年)?(\d{1,2})月$/u.exec(period);
  if (!m) return '';
  const n = Number(m[2]);
  if (n > 1) return `${m[1] ? m[1] + '年' : ''}${n - 1}月`;
  return m[1] ? `${Number(m[1]) - 1}年12月` : '';
}
const MOVES_TO =
  /^(?:[^，；。\d]{0,6}?(?:上升|提高|增加|增长|下降|降低|减少|回落|回升|扩大|缩小)(?:至|到)|(?:优化|调整|转变?|变化?|改变|演变)为)/u;
/** A clause opening with 上年 (not 上年同期, 上年末) and what was done then: "上年完成利润总额". */
const LAST_YEAR_DONE = /^上年(?:全年)?(?:完成|实现|共|累计)/u;
/** A loss named as a measure: "亏损", "盈亏相抵后亏损", "净亏损额". */
const LOSS = /^(?:盈亏相抵后)?净?亏损额?$/u;
const SECTION_MEASURE = wordSet([
  '工业增加值',
  '工业总产值',
  '增加值',
  '产值',
  '出口交货值',
  '税金',
  '利税',
  '利润',
  '利润总额',
  '主营业务收入',
  '营业收入',
]);
/** Industries in general (重点行业, 主要行业, 工业行业): not one that 行业 can name. */
const GENERIC_TOPIC = /^(?:重点|主要|多数|大部分|部分|各|全部|其他|工业|传统|新兴|优势|支柱)/u;
/** A measure of "the industry" (行业增加值, 该产业产值): of the one the sentence before was about. */
const ANAPHOR = /^(?:该|本)?(?:行业|产业)(?=增加值|产值|营业收入|主营业务收入|利润|投资|出口|销售)/u;
const OPENING = /^[（(]$/u;
const CLOSING = charTable('）)');
const OPEN_BRACKET = charTable('（(');
/** A place a figure in brackets belongs to ("是全国(53980元)的1.5倍"), written right before the bracket. */
const ASIDE_PLACE = /(全国|全省|全市|全区|全州|全县|全球|世界|东部地区|西部地区|中部地区|东北地区)(?:平均水?平?)?$/u;
/** The report's own place opening a measure, its name before it too ("海南全省规模以上工业增加值"). */
const NAMED_LEADING_PLACE = /^(?:[\u4e00-\u9fff]{2,3}?(?=全[省市区州县]))?(?:全省|全市|全区|全州|全县|我省|我市|我区|本省|本市)/u;
/** A bracket opening with a place and its verb, the number next: "(全国增长4.4%)", "（全省平均为5.1%）", "(全国增长率为4.4%)". */
const PLACE_IN_BRACKET = /[（(](全国|全省|全市|全区|全州|全县)(?:平均水?平?)?(?:同比)?(?:增长(?:率|了)?为?|增速为?|为|是)$/u;
/** A place alone, the other side of a comparison ("高于全国", "快于全省平均", "高于全国的6.7%的增速"). */
const PLACE_ONLY = /^(全国|全省|全市|全区|全州|全县|全球|世界|东部地区|西部地区|中部地区|东北地区)(?:平均水?平?)?的?$/u;
/** The report's own place opening a measure ("全省人均GDP"), dropped when the measure is named for another place. */
const LEADING_PLACE = /^(?:全省|全市|全区|全州|全县|我省|我市|我区|本省|本市)/u;
const BRACKETED = /[（(][^（()）]*[)）]/gu;
/** A bracket opening with a share's name, the number next: "(占比75.9%)", "（比重为20.1%）". */
const BRACKETED_SHARE = /[（(](?:占比|比重)为?$/u;
/** The characters BRACKETED_SHARE ends with: it is run only where one stands. */
const SHARE_LAST = charTable('比重为');
const RANGE_DASH = /^(?:[-—–~～]|至|到)$/u;
const MONTH_END = /(\d{1,2})月[末底]$/u;
/** A period MONTH_END reads (asked of every figure's period): run only on one ending in 末 or 底. */
const monthEnd = (period: string) =>
  (lastCode(period) === 0x672b /* 末 */ || lastCode(period) === 0x5e95) /* 底 */ && MONTH_END.test(period);
/** A measure summed over a span of time (not a stock held on a day: 余额, 存款). */
const FLOW_END =
  /(?:增加值|产值|总产值|营业收入|主营业务收入|销售收入|利润|利税|税收|投资|销售额|零售总额|出口额?|进口额?|交易额|产量|用电量|发电量)$/u;
const YEAR_FIRST = /^(?:19|20)\d{2}年/u;
const AS_OF_MONTH_END = /(?:截至|截止)到?(?:(?:19|20)\d{2}年)?\d{1,2}月[末底]/u;
/** A quarter's end ("一季度末", "2009年三季度底") and the quarters from January it closes. */
const QUARTER_END = /第?([一二三四])季度[末底]$/u;
const QUARTERS_TO: Record<string, string> = { 一: '一季度', 二: '上半年', 三: '前三季度', 四: '全年' };
/** A flow's growth rate by its name: "工业增加值增速" is 工业增加值's. */
const RATE_OF = /(?:增速|增幅|增长率)$/u;
const BARE_PROPERTY = wordSet(['贡献率', '贡献', '比重', '占比'].flatMap((p) => [p, '增长' + p]));
const QUALIFIER_LAST = charTable('过近约逾');
const OPEN_END = charTable('等的有和及与、');
const SUM_LAST = charTable('共计');
// (、: "设备工器具购置投资占比52.3%、拉动制造业技改投资增速5.7个百分点", 黑龙江 2024, held-out set 26.)
const LEAD_MARKS = charTable('，；,; 、');
const CONTRIBUTION_FIRST = charTable('为对拉合共上下影强有直明');
const YEARS_AVERAGE = /[两三四五六七八九十\d]年平均/u;
const SUB_YEAR = /月|季|半年/u;
/** One month or one quarter ("10月", "2020年一季度", "第三季度"): a part of a report's months. */
const ONE_MONTH_OR_QUARTER = /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月份?|第?[一二三四]季度)$/u;
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
/** What moves a rank from one place to the next between them: "第7进到第6位", "第12位上升到第9位". */
const RANK_MOVE = /^(?:位|名)?(?:进|升|跃|退|降|上升|下降|前移|后移)[到至居为]?$/u;
/** Made and sold (产销, 产销量), its rate's word after it. */
const PRODUCED_SOLD = /产销量?((?:增速|增幅)?)$/u;
const SOLD_LAST = charTable('销量速幅');
/** What joins the two items of a pair. */
const PAIR_JOINT = /^\s*(?:和|与|、)\s*$/u;
/** A task or target named alone: 年任务, 年度目标, 任务数, 全年计划. */
const TASK_ONLY = /^(?:年度?|全年)?(?:目标)?(?:任务|目标|计划)(?:数|额)?$/u;
/** "是2010年的": a multiple of a year's figure. */
const MULTIPLE_OF_YEAR = /是(?:19|20)\d{2}年(?:末|底)?的$/u;
/** "较“十二五”末增长": a growth over a plan's end (its number in group 1). */
const PLAN_END_BASE = /(?:较|比)[“"]?十([一二三四五])五[”"]?末(?:增长|提高|上升)(?:了)?$/u;
/** The clause before a growth compares with the end of the plan before `plan` ("较“十二五”末增长" in “十三五”时期). */
function overPlanBefore(clausePre: string, plan: string): boolean {
  const m = PLAN_END_BASE.exec(clausePre);
  return m !== null && '一二三四五'.indexOf(m[1]) + 1 === '一二三四五'.indexOf(plan[2]);
}
/** A sum's own word in a clause ("工业累计投资"). */
const SUM_WORD = /累计|合计|共计|总计/u;
/** What is added or summed over a span, before its number: "新增…企业", "累计完成". */
const ADDED_OVER = /新增|净增|累计|合计|共计|总计/u;
/** A plan's document named in a report: "《扬州市“十四五”工业经济高质量发展规划》". */
const PLAN_DOCUMENT = /《[^》]{0,40}十[一二三四五]五[^》]{0,40}(?:规划|纲要)》/u;
/** "均比2006年", "分别比2006年": a span's base year, right before a multiple (翻一番). */
const SPAN_BASE = /比(?:19|20)\d{2}年(?:末|底)?$/u;
/** "5个县(市)连续多年入围全国县域经济基本竞争力百强" (泉州): what has held for years running holds at the span's end. */
const YEARS_RUNNING = /^[^，；。]{0,6}?连续多年/u;
/** "比2006年增加", "分别比2006年提高", "分别较2006年增加", "比2005年净增": a change since a year, right before its number. */
const CHANGE_SINCE = /[比较](?:19|20)\d{2}年(?:末|底)?(?:分别|均)?(?:增加|净增|提高|上升|增长|下降|减少|扩大|缩小)了?$/u;
/** The rest of the sentence, up to its next ；, compares (分别比2006年…) with `year`. */
function comparedWithYear(after: string, year: number): boolean {
  const m = COMPARED_LATER.exec(after);
  return m !== null && Number(m[1]) === year;
}
const COMPARED_LATER = /^[^；。]*?(?:比|较)((?:19|20)\d{2})年/u;
/** What a span ends holding: "形成3个…产业集群", "拥有…企业1470家", the report’s own place before it or not ("全市形成"). */
const HELD = /^(?:全市|全省|全区|全州|全县|我市|我省|我区|我县)?(?:形成|拥有)/u;
/** "“十二五”时期": a plan period by its name. */
const isPlanPeriod = (p: string) => p.charCodeAt(1) === 0x5341 /* 十 */ && p.endsWith('五”时期');
/** The last year of a plan period: “十一五”时期 → 2010年, “十二五” → 2015年. */
/** A five-year plan's period as a figure's: "“十五五”时期", "“十四五”期间", "“十三五”末". */
const PLAN_PERIOD = /^["“]?十[一二三四五]五["”]?(?:时期|期间|末)?$/u;
const PLAN_FIRST = charTable('"“十');
const TASK_AFTER = /^(?:目标)?任务|^目标(?!值)/u;
/** ("完成市政府下达全年目标的59.2%", a city's half-year report read for a sweep: the body that set the target, named.) */
/**
 * ("利润总额完成了年计划的57%" (甘肃's defence industry, 2012 上半年, https://gstzyz.com/html/.xxgkdttjxx.201210t20121015_244932.html):
 * 完成了, its 了 no part of the label.)
 */
const PROGRESS = /完成了?((?:[^，；。完]{1,8}?下达的?)?(?:全年|年度|今年|年)?(?:目标|计划|任务)(?:任务)?)的?$/u;
const OVER_TASK = /超(?:过|额)?[^，；]{0,8}(?:任务|目标|计划)$/u;
const PLAN_SINCE = /十[一二三四五]五["”]?(?:以来|来)/u;
function planEnd(plan: string): string {
  return `${planEndYear(plan)}年`;
}

/** A town or the countryside alone, as the part of a measure (城市, 农村): see its use. */
const URBAN_RURAL = /^(?:城市|农村|城镇|乡村)$/u;
const URBAN_RURAL_OPEN = /^(?:城市|农村|城镇|乡村|城乡)/u;
const GROUP_FIRST = charTable('城农乡');

/** "居长三角第1位": a subject that is only where the place is held is no subject (the figure before's is). */
const LIST_JOINT = charTable('、和及');
/** "居全国第5位", "前移6位至全省并列第六": a place reached (至, 到) or shared (并列) is of the figure before. */
const LEADING_RANK = /^(?:位居|居于?|位列|名列|排名?|列|并列|至|到)/u;
/** A group of peer places a rank is held among ("第二平台市县", "山区五市"), named alone as the subject. */
const PEER_PLACES =
  /^[\u4e00-\u9fff]{1,6}?(?:市县|县市|县区|区县|市州|州市|地市|盟市|县市区|[两三四五六七八九十]市)(?:增速|增幅)?(?:排名?|排位|居|列|位居|位列)?$/u;
/** "在中部排", "在西部地区居": only where a place is held, then the verb that holds it. */
const SCOPE_RANK =
  /^在(?:全国|全省|全市|全区|中部|西部|东部|东北|中西部|[\u4e00-\u9fff]{1,4}(?:地区|省份|城市))(?:地区)?(?:排名?|排位|居|列|位居|位列)?$/u;
const SCOPE_RANK_FIRST = charTable('在');
/** "增速在22县区排" → 增速: a scope with its count, after the subject of the place. */
const COUNTED_SCOPE_END = /(?<=[\u4e00-\u9fff])在\d{1,3}个?[\u4e00-\u9fff]{1,8}?(?:排名?|排位|居|列|位居|位列)$/u;
/** A scope after its count, then the verb of a place: "沿黄市辖区排" of "在7个沿黄市辖区排第4名". */
/** 在 and a whole scope right before a count: "在全国" of "在全国15个副省级城市中位居第四". */
const SCOPE_BEFORE_COUNT = /在(?:全国|全省|全市|全区|全州|全县)$/u;
/** Between a count after 在全国 and a place: what it counts, 中 and the verb of a place ("副省级城市中位居第"). */
const COUNTED_SCOPE_AMONG = /^[\u4e00-\u9fff]{1,8}?(?:中|之中)(?:排名?|排位|居|列|位居|位列)第?$/u;
const COUNTED_SCOPE_RANK = /^[\u4e00-\u9fff]{1,8}?(?:排名?|排位|居|列|位居|位列)$/u;
const TRAILS = /^([\u4e00-\u9fff]{2,16}?)(?:仅次于|次于|略少于|仅少于|少于|略低于|低于|仅低于)/u;
/** The name after a place and 的, up to a comparison or a stop: "土耳其" of "第18位的土耳其大体相当". */
// ("我市荣获全省“发展杯”竞赛活动第二名的业绩" (四平 2011, held-out set 24), "取得第一名的好成绩": a result's praise after
// 的 holds no place; what won it is named before.)
// ("低于排名第一的淮安市8.1个百分点" (宿迁 2021): the name, then the gap to it.)
const HOLDER =
  /^(?!(?:好|优异|优秀|良好|骄人)?(?:成绩|佳绩|业绩|成果)(?=[，。；、]|$))([\u4e00-\u9fff]{2,6}?)(?=大体|基本|相当|持平|接近|[，。；、]|\d|$)/u;
/** What a place is held in, after the verb and its scope: "居全球经济总量" → 经济总量. */
const RANKED_MEASURE = /(?:位居|居|排名?|位列|列)(?:全国|全省|全市|全区|全球|世界)?([\u4e00-\u9fff]{0,8})$/u;
/** A subject, then 成为/是 and the scope of the rank after it: "信义集团成为全球" (第一光伏玻璃巨头). */
/**
 * Places named by their group or region only: "皖北六市", "16个地市", "长三角", "中西部地区", "苏南" (a province's short
 * name and a quarter of it).
 */
const GROUP_SCOPE =
  /^(?:[\u4e00-\u9fff]{0,4}?[\d两二三四五六七八九十]{1,3}个?(?:市|省|县|区|市州|县区|县市|地市|城市|省份|省区|省市|区县)|(?:长三角|珠三角|中部|西部|东部|东北|华东|华北|华中|华南|西南|西北|中西部|[苏浙皖赣闽粤湘鄂豫鲁冀晋陕甘川黔滇桂辽吉黑蒙宁青新藏][东南西北中])(?:地区|省份|城市)?)$/u;
/** Between a place and the next named by its scope: the comma, the scope and the verb of a place ("，皖北六市第"). */
const SCOPE_AFTER_COMMA = /^[，,][\u4e00-\u9fff\d]{2,10}?(?:居|排名?|位列|列)?第?$/u;
const BECAME_SCOPE = /^([^，；。、]{2,16}?)(?:成为|是)(?:全国|全省|全市|全区|全球|世界|中国|亚洲)$/u;
const RANK_SCOPE = /(?:保持|位居|居于?|位列|列|排名?)?(?:全国|全省|全市|全区|全球|世界|西部|中部|东部)$/u;
const RATE_AFTER = /^的(?:平均)?(?:增速|增幅|涨幅|增长率|年均增幅)/u;
const MOVED_TO = /^[^，；。]*?(?:回升|回落|加快|放缓)(?:到|至)/u;
const GROWTH_FIRST = charTable('的增高快较稳');
/** A move described after a rate and 的, closing the clause: "的大幅下滑", "的止跌企稳", "的提速增长". */
const MOVE_DESCRIBED = /^的[\u4e00-\u9fff]{0,3}?(?:增长|下滑|下降|回升|回落|企稳|提速|放缓|反弹)(?=[，。；,;]|$)/u;
/**
 * A growth written after the rate it measures: "实现8%的增长", "8%的较快增长", "8%的同比增长", "再到1至6月份10.1%的提速
 * 增长" (哈尔滨 2009, held-out set 31), "8.2%的恢复性增长".
 */
const GROWTH_AFTER = /^的?(?:同比|环比)?(?:高速|快速|较快|稳定|稳步|提速|平稳|强劲|持续|逆势|恢复性)?增长(?![率面点])/u;
const SHARE_BEFORE = /占|比重|比例|份额|率/u;
/** "按照国际经验,", "国际经验表明,": a sentence opening so tells a general rule (GENERAL_EXPERIENCE). */
const GENERAL_EXPERIENCE = /^(?:按照|根据|依据|从)?国际(?:通行)?经验(?:来看|看|表明|显示)?[,，]/u;
/** After 保 N: 力争/争 and the reach ("保9000亿元力争超万亿元", "保8%争9%"). */
const FLOOR_THEN_REACH = /^[^，；,;。]{0,6}?(?:力争|争取|争)/u;
/** "占全市…": the whole a share is of, about to be counted. */
const WHOLE_BEFORE = /占(?:全[市省区县州盟旗国])?$/u;
/** The places a whole is counted in, after their count ("16个区总量的"), before the 的 of the whole. */
const WHOLE_PARTS = /^(县(?:市)?区|县市区|市县区|旗县区?|盟市|地市|市州|区县|县|市|区|省|州|盟|旗)[^，；。\d]{0,8}?的/u;

/** "按现行汇率折算为", "折合", "按2019年平均汇率计算为": the clause before an amount is only its conversion. */
const CONVERTED = /^(?:(?:按[\u4e00-\u9fff]{1,10})?(?:折算|折合)|按[\u4e00-\u9fff\d]{0,12}汇率计算)(?:为|成)?(?:约)?$/u;
/** "分别为安顺市": a name right after 分别为/分别是, the first item of a list of names with numbers. */
const LISTED_FIRST = /分别[为是]([\u4e00-\u9fff]{2,10}?(?:市|州|县|区|省|盟|旗|业|行业))$/u;
/** "遵义市17家": the next item of such a list, a name then its number. */
const NAMED_ITEM_NEXT = /^[\u4e00-\u9fff]{2,10}?(?:市|州|县|区|省|盟|旗|业|行业)\d/u;
/** "以年均", "年平均": a yearly average rate follows. */
const AVERAGE_RATE_BEFORE = /(?:年均|年平均)$/u;
/** "的能源消费增长", "的经济增长": the measure whose growth the rate before is (a few characters, no punctuation). */
const MEASURE_GROWTH_AFTER = /^的([\u4e00-\u9fff]{1,8}?)增长(?![率面点])/u;
/** A place, an industry or a month, then 为: "，白银市为", "临夏州为", "制造业为", "8月份为". */
/** The noun of a count, alone between it and the next count ("方面"). */
const COUNT_NOUN_ONLY = /^[\u4e00-\u9fff]{1,4}$/u;
/** Before a rate said again: a word or two on it and 的 ("小小的"), nothing else. */
const CALLED_BACK = /^\s*[\u4e00-\u9fff]{1,4}的$/u;
/** 分别为, then names each with its rate in % ("分别为徐水区51.5%、莲池区"), up to this rate's name. */
const NAMED_RATES_LISTED = /^分别(?:为|是)(?:[\u4e00-\u9fff]{1,12}\d+(?:\.\d+)?%、)*[\u4e00-\u9fff]{1,12}$/u;
const NAMED_AS = /^(?:[\u4e00-\u9fff]{1,10}?(?:市|州|县|区|省|盟|旗|业)|\d{1,2}月份?)(?:为|是)$/u;
const COMPARED = /高于|低于|快于|慢于|超过|超出|高出/u;
/** "与全国平均水平差距", "同全省的差距": a gap behind what is named after 与/同/和/跟. */
const GAP_WITH = /[与同和跟][^，；]{1,14}?的?差距/u;
/** GAP_WITH opening the clause: the gap names no owner of its own. */
const GAP_OPEN = /^[与同和跟][^，；]{1,14}?的?差距/u;
const GAP_FIRST = charTable('与同和跟');
const NO_PREDICATE: Predicate = { verb: '', direction: 'none', reached: false, comparison: false };

/** A subject that is only a verb: the number counts the noun after it ("新增5个国家级企业技术中心"). */
/** "其余", "其他": the rest of a group, no subject of its own. */
const REST_ONLY = new Set(['其余', '其他', '另有', '另外', '余下', '剩余', '剩下']);
const VERBISH = new Set(
  '新增|建成|新建|获得|实施|推进|出台|开通|培育|引进|创建|发布|认定|优选|遴选|评选|组建|设立|推出|拥有|共有|有|形成|打造|涌现|集聚|带动|吸引|减少|增加|净增|脱贫|减贫|主导制定|制定|完成|实现|建设|投产|开工|签约|落地|推动|支持|扶持|帮助'.split(
    '|',
  ),
);
const VERB_END =
  // (关注, 走访, 包抓…: "密切关注40户重点企业" (银川 2023 1-2月, held-out set 28) counts the firms watched.)
  '设立|安排|投入|新增|建成|新建|培育|引进|创建|认定|组建|实施|推进|出台|推出|开通|打造|争取|获得|下达|拨付|筹集|发放|共建|新开工|签约|入驻|围绕|解决|帮助|带动|吸纳|安置|转移|惠及|覆盖|救助|资助|关注|走访|包抓|帮扶|调度|监测|抓好'.split(
    '|',
  );
const VERB_END_LAST = lastChars(VERB_END);
/** A subject that is only a scope or a source ("根据…在全省"): the counted noun after the number says more. */
const SCOPE_ONLY = /^(?:根据|在|据|从(?!业))|(?:全省|全市|全区|全国|全县|全旗|全盟|全州)$|^[\u4e00-\u9fff]{2,5}(?:省|市|县|自治区)$/u;
/** A province, a municipality or an autonomous region by its short name, as reports write it before a figure. */
const PROVINCE = wordSet(
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆'.split(
    '|',
  ),
);
/** The first and last characters SCOPE_ONLY can match: it is tried only then. */
const SCOPE_FIRST = charTable('根在据从');
// (全旗, 全盟, 全州: a banner or league of 内蒙古, a prefecture; 乌拉特后旗 2023, held-out set 26.)
const SCOPE_LAST = charTable('省市区国县旗盟州');

/** Too weak a subject to keep when the number names its noun after it ("新增|5个国家级企业技术中心"). */
function weakSubject(entity: string, pre: string, endsInVerb: boolean, count: boolean): boolean {
  if (!entity || entity.length < 2) return true;
  // "华微电子等 20 户重点增量企业" (吉林市, held-out set 21): a space before the number is no part of what ends the clause.
  if (lastCode(pre) === 32 /* space */ || lastCode(pre) === 0x3000) pre = pre.trimEnd();
  let bare = isIn(QUALIFIER_LAST, pre, pre.length - 1) ? pre.replace(/(?:超过|近|约|逾)$/u, '') : pre;
  // "尚科光伏太阳能电池生产线(二期)等共354个投资项目" (桂林 2011, held-out set 33): 共 (合计, 共计) after 等 sums the list.
  if (isIn(SUM_LAST, bare, bare.length - 1)) bare = bare.replace(/(?:共计|合计|总计|共)$/u, '');
  return (
    isIn(OPEN_END, bare, bare.length - 1) ||
    VERBISH.has(entity) ||
    // "其余6个市州分别为黔西南州11家、…" (贵州 2021, held-out set 27): "the others" names no subject; the noun after does.
    (count && REST_ONLY.has(entity)) ||
    endsInVerb ||
    ((isIn(SCOPE_FIRST, entity, 0) || isIn(SCOPE_LAST, entity, entity.length - 1)) && SCOPE_ONLY.test(entity)) ||
    // "前5个月,江苏47401家规模以上工业企业合计实现利润3702亿元" (held-out set 16): a province named alone is the scope.
    PROVINCE.has(entity) ||
    // "汽车制造业、医药制造业、电力热力生产和供应业4个行业": a list before a count names its members.
    (count && ENUMERATION.test(entity)) ||
    // "出台商业航天、医疗器械等领域40项产业政策" (北京 2024, held-out set 32): the fields are where, the noun after
    // the count is what is counted.
    (count && FIELDS_SCOPE.test(entity))
  );
}
const FIELDS_SCOPE = /等(?:领域|方面)$/u;
/**
 * "历时八年完成沿江134家化工企业“关改搬转”" (宜昌 2025, held-out set 25): between a verb of what was done (完成, 推动…)
 * and a count of firms, projects or parks named right after it, words that name no body and no measure (沿江) say
 * where, not what is counted. ("其中宜春时代1户企业拉动…" (宜春 2024): a firm's name with no verb before it is the
 * firm counted.)
 */
function placeOnly(entity: string, pre: string, sentence: string, at: number): boolean {
  return !BODY_OR_MEASURE.test(entity) && DONE_BEFORE.test(pre) && BODY_AFTER.test(sentence.slice(at, at + 12));
}
/** A verb of what was done, then at most four characters (沿江), at the end of the clause before the count. */
const DONE_BEFORE = /(?:完成|实现|推动|推进|关停|关闭|搬迁|淘汰|培育|引进|建成|改造|整治|新建|开工)[\u4e00-\u9fff]{1,4}$/u;
const BODY_OR_MEASURE = /行业|产业|企业|项目|园区?|基地|集群|[个家户]|增加值|产值|投资|收入|利润|总额|产量|工业|[业额量值率数]$/u;
const BODY_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:企业|项目|园区|化工园|工业园|产业园|基地|集群|开发区)/u;

// ("對全區規上工業增長的貢獻從去年同期的第三位躍居首位" (广西 2016 1至2月, held-out set 25): the place a contribution
// held a year before, 从 the time of it.)
// ("共拉動當月工業增加值增長5.5個百分點" (北京 2011-05, held-out set 28): 共 sums as 合计 does; "强力拉动遵义市规模以上工业增加值增长30.5个
// 百分点" (遵义 2021, held-out set 29): how strongly it pulls is no subject.)
const CONTRIBUTION =
  /^(?:(合计|共同|共)?(?:强力|有力|有效|直接|明显)?(拉动|拉高|上拉|下拉|拉低|影响)(.{0,16}?)(?:增长|增速)?|[为对](?:.{1,16}?)(?:增长)?的?贡献率?)(?:达到?|为|是|保持在|稳定在|维持在|[由从](?:去年同期|上年同期|年初|上月)的)?$/u;

/**
 * What a 合计拉动 sums: the items of the 分别 list just before ("A，B，C同比分别增长…，合计拉动…"), else the
 * subject the clauses before name ("其中，电子信息、医药、食品行业较快增长，合计拉动…"); '' when neither.
 */
function groupBefore(r: Reading, i: number, cs: number): string {
  const run = i > 0 ? r.runOf.get(i - 1) : undefined;
  if (run && run.length > 1) {
    // ("三大行业分别增长12%、10%和9%": items that inherit one name are that name once.)
    const names = [...new Set(run.map((k) => r.found[k].entity))];
    if (names.some((n) => !n)) return '';
    const all = names.join('、');
    return all.length <= 14 ? all : names[0] + '等';
  }
  const named = subjectBetween(r.sentence, i > 0 ? r.found[i - 1].t.outerEnd : 0, cs);
  return named.includes('、') || /等$/u.test(named) ? named : '';
}
/** A rate named after its measure (增加值增速): what a share of that measure is not of. */
const RATE_TAIL = /(?:增速|增幅)$/u;
/** A rate's measure word ending a subject (制造业降幅), the rate itself not its owner. */
const RATE_WORD_END = /(?:增速|增幅|降幅|涨幅)$/u;
/** The measure an item of a list ends with (商品房销售面积), what a bare measure after it replaces. */
const ITEM_MEASURE =
  /(?:销售面积|施工面积|竣工面积|面积|总产量|产量|总产值|产值|增加值|投资额?|营业收入|主营业务收入|利润总额|利润|销售额|零售额|出口额|进口额|总额|总值)$/u;
/** (累计 between: "增加值累计占比11.2%", 荆门, held-out set 16.) */
const MEASURE_SHARE = /^(增加值|产值|营业收入|主营业务收入|利润|利润总额|销售收入|出口额?|投资|总量|绝对值|产量)(?:累计|已)?占/u;
/**
 * The output of a whole economy (地区生产总值, GDP), a measure of a place, and an index (经济效益综合指数): never an
 * owner of other measures.
 */
const WHOLE_ECONOMY = /(?:生产总值|生產總值|GDP|指数|指數)$/u;
const MEASURE_TAIL =
  /(?:全?年?)(?:产量|总产量|亩产|单产|播种面积|种植面积|销售面积|总产值|产值|增加值|营业收入|主营业务收入|利润|利润总额|利税|利税总额|销售收入|销售额|出口额|进口额|出口|投资|税收|税金|规模)$/u;
/**
 * A measure alone (产值, 全年增加值): MEASURE_TAIL's words, with 全, 年 or 全年 before them or not. "春收粮食播种面积
 * 170.4万亩，…；亩产增长19.4%；总产量26.0万吨": a crop's 亩产 and 总产量 after its 播种面积.
 */
const BARE_MEASURE = wordSet(
  '产量|总产量|总量|亩产|单产|播种面积|种植面积|产值|增加值|营业收入|主营业务收入|利润|利润总额|利税|销售收入|销售额|出口额|进口额|出口|投资|税收|税金|规模'
    .split('|')
    .flatMap((m) => [m, '全' + m, '年' + m, '全年' + m]),
);
const PROPERTY_END = /(?:比重|占比|增速|增幅|涨幅|降幅|份额|贡献率?)$/u;
/**
 * A share's own name ending in its property, with an owner of two characters or more and no 占 before it:
 * 采矿业增加值占比 (not …占规上工业增加值的比重, whose owner is read as a property's).
 */
const OWN_SHARE = /^[^占]{2,}(?:占比|比重)$/u;
const TARGET_DONE = /(?<=[\u4e00-\u9fff]{2})(?:占|完成)(?:年度|全年|年)?(?:目标|任务|计划)$/u;
const SHARE_TAIL = /(?:占比|比重)$/u;
const PROPERTY_LAST = charTable('重比速幅额率献');
const propertyEnd = (s: string) => isIn(PROPERTY_LAST, s, s.length - 1) && PROPERTY_END.test(s);
/** Whether `property` names again the property `entity` ends with (比重 and 占比 are one). */
const sameProperty = (entity: string, property: string) =>
  entity.endsWith(property) || (property === '占比' && /(?:比重|比例|份额)$/u.test(entity));

/** The subject of the latest figure of the sentence measuring `measure` (增加值) of a named subject, or ''. */
/** sameMeasureBefore over the subjects of a sentence before (Reading.partWholes). */
function sameMeasureOf(entities: string[], measure: string): string {
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k];
    const share = e.indexOf('占');
    const own = share >= 0 ? e.slice(0, share) : e;
    if (own.length > measure.length && own.endsWith(measure)) return own;
  }
  return '';
}

function sameMeasureBefore(found: Found[], measure: string): string {
  for (let k = found.length - 1; k >= 0; k--) {
    const e = found[k].entity;
    const share = e.indexOf('占');
    const own = share >= 0 ? e.slice(0, share) : e;
    if (own.length > measure.length && own.endsWith(measure)) return own;
  }
  return '';
}

function leadClausePre(sentence: string, lead: Found): string {
  return sentence.slice(clauseStart(sentence, lead.t.outerStart), lead.t.outerStart);
}

// ("食品制造业也表现出了良好的发展态势,上半年完成工业增加值1200万元" (西藏 2012, held-out set 19): 也 and 表现 before how
// it fared.)
// ("食品工业继续保持良好增长势头" (齐齐哈尔 2013, held-out set 21): an industry that keeps up its growth; "煤化工、风力发电等
// 战略性新兴产业快速发展" (包头 2012): the industry named after the examples and 等.)
// ("四大支柱产业则扭转了自去年以来增速低于平均水平的局面,实现增加值108.62亿元" (芜湖 2013, held-out set 22): a trend it turned;
// "新興產業加速成長,產值增長145%" (贵港 2017, held-out set 22): how fast it grew.)
// ("全區汽車製造業逆勢發展,實現工業增加值同比增長13.9%", "廣西汽車製造業也有不凡表現,不僅增速高於…6.9個百分點" (广西 2016
// 1至2月, held-out set 25): grown against the trend; 也有 before how it fared.)
// ("全省粮食生产取得好收成,连续八年稳定在1000万吨以上,2011年达到1194.7万吨" (陕西 2011, held-out set 24): grain is
// farming's industry, its 生产 how it fared.)
// ("五大产业中新能源产业增长势头迅猛,当月完成产值33.8亿元" (常州 2011 前11个月): its growth's momentum, and the group
// it is one of before 中.)
const FARED =
  /^(?:[\u4e00-\u9fff、]{2,80}?等|(?:\d{1,2}|[两二三四五六七八九十]{1,2})[大个类][\u4e00-\u9fff]{0,6}?中|[\u4e00-\u9fff]{2,8}的)?([\u4e00-\u9fff]{2,16}?(?:产业|行业|工业|制造业|企业|业|经济)|[\u4e00-\u9fff]{0,4}?粮食)(?:(?:继续|持续|总体|整体)?(?:稳中向好|稳中有进|稳中有升|稳步向好|企稳回升|回暖|好转|向好)[^，；\d]{0,6}|(?:也|亦|均|都|仍)(?:有[^，；\d]{0,4}?)?(?:表现|呈现?)[^，；\d]{0,10}|(?:继续|持续|仍然|依然|仍)?保持[^，；\d]{0,8}(?:势头|态势|增长)|(?:则|却|也|亦|均|都)?(?:扭转|摆脱|走出|改变|止住)了?[^，；\d]{0,24}|(?:加速|加快|快速|稳步|持续|不断)(?:成长|增长|壮大|提升|回升)[^，；\d]{0,8}|增长(?:势头|态势)[^，；\d]{0,6}|(?:快速|加快|稳步|较快|持续|蓬勃|逆势)?(?:作用|生产|发展|运行|增势|势头|表现|效益|支撑|拉动|基本面|形势|态势|走势|整体|总体|处于|呈现?|增幅|增速)[^，；\d]{0,8})$/u;
const MEASURE_NOUN = /增加值|产值|投资|收入|利润|总额|产量|消费|出口|进口|指数|价格|工业|产业|[业额量值率]$|资金/u;

/** A clause without a number that names the subject of the next one: "规模以上工业增加值按可比价格计算，同比下降21.8%". */
/** Several steps named after an amount, in its clause: "…和三千亿元两个台阶", "三个千亿级台阶". */
const STEPS = /^[^，；。,;]{0,12}?[两二三四五六七八九十]个[^，；。,;\d]{0,4}台阶/u;
function stepsAfter(sentence: string, at: number): boolean {
  return sentence.includes('台阶', at) && STEPS.test(sentence.slice(at, at + 24));
}
/** The count of the steps crossed: "五年跨越3个十亿级台阶", "连续跨越两个百亿台阶". */
const STEPS_COUNTED = /^[^，；。,;\d]{0,6}台阶/u;
function stepsCrossed(sentence: string, t: Token): boolean {
  return t.prefix === '跨越' && t.unit === '个' && STEPS_COUNTED.test(sentence.slice(t.outerEnd, t.outerEnd + 10));
}

/** A list or a league entered, named at the end of its clause (in quotes or not). */
// ("連續九屆躋身全國縣域經濟基本競爭力百強縣(市)行列,排名升至第47位" (泰兴 2009, held-out set 30): the league's name may
// close with what else it takes in brackets, (市), and the clause with 行列 or 之列.)
const ENTERED =
  /(?:入选|跻身|进入|荣登|列入|获评|被评为)了?(?:全国|全省)?“?([\u4e00-\u9fff]{2,16}?(?:强县|强市|百强|强|榜|名单|城市|县|市))(?:[（(][\u4e00-\u9fff]{1,3}[）)])?”?(?:行列|之列)?$/u;
const ENTERED_LAST = charTable('”强榜单市县列');

/** A clause opening with 对 on what an industry does to another: its pull, contribution, drive or support. */
const EFFECT_ON = /^对[^，；。]{1,16}?(?:拉动|贡献|带动|影响|支撑|推动)/u;
function subjectBetween(sentence: string, from: number, to: number, product = false): string {
  // The clauses from the last back, each cut only when reached (most figures stop at the first), blank ones skipped.
  for (let end = to, k = to - 1; k >= from - 1; k--) {
    if (k >= from && !isIn(CLAUSE_MARKS, sentence, k)) continue;
    const clause = sentence.slice(k + 1, end);
    end = k;
    if (!clause.trim()) continue;
    // "食品工业继续保持良好增长势头,对全市工业增长拉动作用比较突出,共实现工业增加值17.3亿元" (齐齐哈尔 2013, held-out set
    // 21): a clause on what the industry does to another names what it acts on, not whose the measure is.
    if (clause.charCodeAt(0) === 0x5bf9 /* 对 */ && EFFECT_ON.test(clause)) continue;
    // "我县连续两年入选“全国县域经济强县”,列全省第8位" (进贤县 2018, held-out set 25): the list the place entered is what
    // its place after is in.
    const entered = isIn(ENTERED_LAST, clause, clause.length - 1) ? ENTERED.exec(clause) : null;
    if (entered) return cleanSubject(entered[1]);
    // "装备制造业作用突出，比上年增长8.9%", "汽车产业生产明显恢复，…": an industry and how it fared.
    // "重點培育的醫藥制造業穩中向好,1—10月產值同比增長16.3%" (通州 2021 1-10月, a 繁體 copy,
    // http://www.dvtln.cn/zx/2021/1126/21604.html): 稳中向好, 回暖 are how it fared too; what it is picked out as (…的) goes.
    const fared = FARED.exec(clause);
    if (fared) return cleanSubject(fared[1]);
    const promoted = clause.includes('业') ? PROMOTED.exec(clause) : null;
    if (promoted) return promoted[1];
    // "地区生产总值方面,降幅较年初收窄24个百分点" (盘山县 2022, held-out set 26): the measure an aspect clause names.
    const n = clause.length;
    const aspect = n > 4 && clause.charCodeAt(n - 1) === 0x9762 /* 面 */ && clause.charCodeAt(n - 2) === 0x65b9; /* 方 */
    // "上半年全省新增规模以上企业数量创历史新高,2006年增加757家" (安徽 2009 上半年): a measure and the record it set.
    const record = clause.includes('创') ? RECORD_SET.exec(clause) : null;
    const sb = subjectBefore(aspect ? clause.slice(0, -2) : record ? clause.slice(0, record.index) : clause);
    if (
      sb.subject.length >= 2 &&
      !sb.property &&
      (MEASURE_NOUN.test(sb.subject) || product) &&
      // "全市工業系統按照市委市政府的工作要求,一企一策抓復產,…一季度末實現止跌回升,同比增長1.2%" (商洛 2009, held-out
      // set 32): the industry's offices (工业系统, 工信系统) act; what grew is the measure named before them.
      !sb.subject.includes('系统') &&
      !/看$/u.test(clause) &&
      !/^(?:初步核算|按可比价格计算|扣除价格因素)/u.test(clause)
    )
      return sb.subject;
  }
  return '';
}
const CLAUSE_MARKS = charTable('，；：,;:');
/** A record a measure set, at the end of its clause: 创历史新高, 再创新高, 创同期最好水平. */
const RECORD_SET = /再?创(?:历史|歷史|同期|年内|今年以来)?(?:新高|最高水平|最好水平|新低)$/u;
/** How the items of a list fared, after the last one: "增势良好", "走势平稳". */
const FARED_TAIL = /(?:增势|势头|走势|态势|运行|表现)[^、，；和]{0,6}$/u;
/** A capacity named before the plant or project that has it ("年产90万吨的金黄庄煤矿"). */
const CAPACITY = wordSet(['年产', '年产能', '设计年产', '年生产', '年处理', '日产']);
/** A measure of industry named without its owner: 工业总产值, 工业产值, 总产值, 工业增加值. */
const INDUSTRY_MEASURE = /^(?:工业)?总?(?:产值|增加值)$|^总产值$/u;
/** An industry's name (not a measure): 农副产品加工业, 汽车制造业, 建材工业. */
/** Units of weight: an amount of produce. */
const WEIGHT_BASES = new Set(['吨', '公斤', '千克', '斤']);
const INDUSTRY_END = /(?:业|产业)$/u;
/** Firms counted: 新增规上工业企业, 规模以上工业企业. */
const FIRMS_END = /企业$/u;
/** An industry named as what is built up: "大力发展农副产品加工业", "同时主攻建材工业". */
const PROMOTED =
  /^(?:同时|并|还)?(?:大力|积极|加快|着力|重点|全力)?(?:发展|主攻|壮大|培育|做强|做大|做优)([\u4e00-\u9fff]{2,12}?(?:产业|工业|制造业|业))$/u;

/** The noun a number counts, when it is written after it ("190.6万农村贫困人口"); "三批共110项减负目录" skips 共110项. */
function counted(sentence: string, t: Token, next: Token | undefined): string {
  // (Read past the length a label is cut to, so that a measure at its end is found before the cut.)
  // "形成3个产值超千亿元、2个产值500亿元的产业集群" (泉州, held-out set 14): what each counted thing passes is its class;
  // the noun after it (and after the other counts of the list) is what is counted.
  // ("两个2000亿元产业": an amount right after the count names their class too.)
  // ("2户8月份新纳规企业": the month says which things are counted; the noun is after it.)
  // ("34个“十三五”重点专项规划正加快编制" (成都 2016): a name in quotes opens the noun.)
  if (sentence.charCodeAt(t.outerEnd) === 0x201c /* “ */) {
    const quoted = QUOTED_NAME.exec(sentence.slice(t.outerEnd, t.outerEnd + 10));
    if (quoted) {
      const rest = nounAfter(sentence.slice(t.outerEnd + quoted[0].length), 24);
      return (rest ? quoted[0] + rest : quoted[0].slice(1, -1)).slice(0, 14);
    }
  }
  const month = isDigitAt(sentence, t.outerEnd) ? MONTH_THEN.exec(sentence.slice(t.outerEnd, t.outerEnd + 4)) : null;
  if (month) return nounAfter(sentence.slice(t.outerEnd + month[0].length), 24).slice(0, 14);
  const classes = isIn(CLASS_FIRST, sentence, t.outerEnd)
    ? COUNTED_CLASSES.exec(sentence.slice(t.outerEnd, t.outerEnd + 60))
    : isIn(CLASS_AMOUNT_FIRST, sentence, t.outerEnd)
      ? CLASS_AMOUNT_AFTER.exec(sentence.slice(t.outerEnd, t.outerEnd + 18))
      : null;
  const noun = classes
    ? nounAfter(sentence.slice(t.outerEnd + classes[0].length), 24)
    : next && countJoint(sentence, t.outerEnd, next.outerStart)
      ? nounAfter(sentence.slice(next.outerEnd), 24)
      : nounAfter(sentence.slice(t.outerEnd), 24);
  // "484家规上工业企业增加值同比增长8.1%": the enterprises are counted, their 增加值 is the next figure's measure;
  // "75家县级以上农业龙头企业年销售收入18.4亿元" (闽清县, held-out set 11): their 年销售收入 is.
  // "63户新建投产企业中有18户产值超亿元" (宜春 2024, held-out set 18): a measure right after the count says what the
  // things counted pass, not what they are: the noun is before (中有).
  if (MEASURE_FIRST.test(noun)) return '';
  // "三个工业集中区产值过50亿元" (安康, held-out set 17): the parks are counted; what each passes is their class.
  // "在全国15个副省级城市中位居第四" (杭州 2011): the cities are counted; the place held among them is another figure's.
  const measure = COUNTED_MEASURE.exec(noun) ?? PASSED_MEASURE.exec(noun) ?? RANKED_AMONG.exec(noun);
  return (measure ? noun.slice(0, measure.index) : noun).slice(0, 14);
}
const RANKED_AMONG = /(?<=[\u4e00-\u9fff]{2})中(?:位居|位列|居于?|列|排名|排在?|名列)/u;
const PASSED_MEASURE = /(?:产值|销售收入|营业收入|主营业务收入|税收|利税)(?:超过|超|过|突破)$/u;
/** A measure and the amount each thing counted passes, and more counts of the same after 、 or 和, then 的. */
const CLASS_OF =
  '(?:产值|销售收入|营业收入|主营业务收入|税收|利税|规模)(?:超过|超|过|突破|达到|达)?(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千]+)(?:万亿|亿|万)?元(?:及?以上)?';
const COUNTED_CLASSES = new RegExp(`^${CLASS_OF}(?:[、和](?:\\d+|[两二三四五六七八九十]{1,3})[个家户]${CLASS_OF})*的?`, 'u');
const CLASS_FIRST = charTable('产销营主税利规');
/** ("16户“亿元企业”,1-3月,累计完成工业产值16.9亿元" (当涂 2008): the name in quotes may be the whole noun.) */
const QUOTED_NAME = /^“[^“”，。；]{1,8}”(?=[\u4e00-\u9fff，,；;。])/u;
const MONTH_THEN = /^\d{1,2}月份?(?=[\u4e00-\u9fff])/u;
/**
 * An amount naming the class of the things counted before it: "两个2000亿元产业", "4个超200亿元产业集群", "3个1000亿元级
 * 产业集群", "两个千亿产业".
 */
const CLASS_AMOUNT_AFTER =
  /^(?:超过|超|过|逾|突破)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)(?:(?:万亿|亿|万)元?|元)(?:级|及?以上)?的?(?=[\u4e00-\u9fff]{0,4}?(?:产业|企业))/u;
const CLASS_AMOUNT_FIRST = charTable('0123456789超过逾突一二三四五六七八九十百千');
const isDigitAt = (s: string, at: number) => {
  const c = codeAt(s, at);
  return c >= 48 && c <= 57;
};
/** A bound, then what a share is of, then 的: "超过正常水平的", "不足全国平均水平的". */
const BOUND_OF = /(超过|不足|接近)[^，；、。\d]{1,10}的$/u;
const MEASURE_FIRST = /^(?:增加值|总产值|产值|营业收入|主营业务收入|年?销售收入|利润总额|利润|税收)(?:超|过|达|突破|在)/u;
// ("全市10个省级及以上工业园区规模工业增加值占…比重达到68.6%" (岳阳 2017, held-out set 22): parks and places too, and the
// scope of the measure before it.)
const COUNTED_MEASURE =
  /(?<=企业|行业|单位|项目|产品|园区|开发区|集中区|市县|县区|区县|市州|县市|城市|乡镇)(?:规模以上|规上|规模)?(?:工业)?(?:增加值|产值|营业收入|主营业务收入|年?销售收入|利润总额|利润|投资|产量)$/u;

/** The text between two numbers is nothing, 共, 合计 or 计 (read in place, no string made). */
function countJoint(sentence: string, from: number, to: number): boolean {
  const n = to - from;
  // (A slice with its end before its start is empty, as before.)
  if (n <= 0) return true;
  if (n === 1) return sentence.charCodeAt(from) === 0x5171 /* 共 */ || sentence.charCodeAt(from) === 0x8ba1; /* 计 */
  return n === 2 && sentence.startsWith('合计', from);
}

/** "高于全国平均13个点" → "高于全国平均"; "比全国高0.5个百分点" → "比全国高". */
function comparedWith(written: string, verb: string): string {
  // "高出全国(5.9%)、全省(6.4%)平均水平": the rates in brackets are figures of their own, not words of the label.
  const clausePre = written.includes('(') || written.includes('（') ? written.replace(BRACKETED, '') : written;
  const by = clausePre.search(/比(?![重例率值])|较(?![快大高好多为])/u);
  const at = by >= 0 ? by : clausePre.lastIndexOf(verb);
  let phrase = at >= 0 ? clausePre.slice(at) : verb;
  // "高于全国0.4、全省0.1个百分点": the item before, figure and all, is no part of the last one's name.
  const item = phrase.lastIndexOf('、');
  if (item > 0 && DIGIT.test(phrase.charAt(item - 1)) && phrase.startsWith(verb)) phrase = verb + phrase.slice(item + 1);
  // ("比全国高11.4个百分点、比全省高": the last item names its own comparand.)
  else if (item > 0 && COMPARED_NEXT.test(phrase.slice(item))) phrase = phrase.slice(item + 1);
  return phrase
    .replace(/分别|了$/gu, '')
    .replace(/的(?:平均)?(?:增速|增幅|水平)?$/u, '')
    .slice(0, 16);
}

/**
 * "工业增加值分别高于全国、全省0.9和1.9个百分点" (a city's 2019 工信 meeting, traditional characters): each item of the
 * list is against its own comparand, when the comparands are as many as the items ("高于全国", "高于全省").
 */
function comparedItem(against: string, n: number, k: number, otherwise: string): string {
  if (n < 2 || !COMPARANDS_JOINED.test(against)) return otherwise;
  const m = COMPARANDS.exec(against);
  if (!m) return otherwise;
  const items = m[2].split(/、|和|及|与/u);
  // (Not periods compared with, "较一季度、上半年和前三季度分别提高…": the lead's label, each item its own period.)
  return items.length === n && items.every((x) => x.length >= 2 && !PERIOD_WORD.test(x)) ? m[1] + items[k] + m[3] : otherwise;
}
const PERIOD_WORD = /[年月季旬]|同期/u;
/** After a comparison's figure, the next item: 、, then 比 or 较, the comparand and its verb ("、比全省高"). */
const COMPARED_NEXT = /^、(?:比|较)[\u4e00-\u9fff]{1,10}$/u;
const COMPARANDS_JOINED = /[、和及与]/u;
/** A comparison's words around its comparands: 高于|全国、全省|, 比|全国、全省|高. */
const COMPARANDS = /^((?:比|较)|[\u4e00-\u9fff]{1,2}于|高出|快出|超出|多出)([\u4e00-\u9fff、]+?)((?:[高低快慢多少]|平均水平|水平)?)$/u;

const CLASS_AFTER_AMOUNT = /^的?[\u4e00-\u9fff]{0,4}?(?:企业|产业|项目)/u;
const PASSED_AMOUNT = /(?:超过?|过|逾)\d+(?:\.\d+)?(?:万亿|亿|万)?元/u;
/** No empty label, no bare verb, no other figure inside, at most 30 characters. */
function finishLabel(label: string, fallback: string): string {
  // One look at the label for a space, tab, ideographic space or line break (a sentence a page broke, sentences.ts),
  // and a digit (most labels have none of them).
  let space = false;
  let digit = false;
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a) space = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  let l = space ? label.replace(/\s+/gu, '') : label;
  // Another figure inside goes, with what precedes it; a threshold naming a class ("税收500万元以上企业") is no
  // figure and stays: cut, it left "以上企业".
  if (digit && /\d+(?:\.\d+)?(?:%|个百分点|万|亿|元)/u.test(l)) {
    const rest = l.replace(/^.*\d+(?:\.\d+)?(?:多|余)?(?:万亿|亿|万)?(?:元|%|个百分点|个|家|项|人|户|件)?/u, '');
    // ("新增产值超10亿元企业有6家": so is an amount passed, right before the firms or industries it names; "2000亿元
    // 产业有望达7个" is no threshold.)
    if (!/^及?以[上下]/u.test(rest) && !(CLASS_AFTER_AMOUNT.test(rest) && PASSED_AMOUNT.test(l))) l = rest;
  }
  if (!l || BARE.has(l) || l.length < 2) l = (fallback || '数据') + (l && !BARE.has(l) ? l : '');
  // Too long for a column head: first the short form officials write (规模以上 → 规上), then its last 30.
  if (l.length > 30) l = l.replaceAll('规模以上', '规上');
  if (l.length <= 30) return l;
  // "我县三大重点行业为橡胶和塑料制品业、文教、工美、体育和娱乐用品制造业和通用设备制造业,上半年共实现产值18.81亿元" (a
  // county's 2021 half-year analysis): cut at an item of a list, not in the middle of a name ("制品业、文教…").
  const last = l.slice(-30);
  const item = last.indexOf('、');
  return item >= 0 && item < 15 ? last.slice(item + 1) : last;
}

/** A number with its unit, then 和/、/及: the item before the next one of a list ("507.2亿元和"). */
const OWN_ITEM_NEXT = /^[-−－]?\d+(?:\.\d+)?[^\d，；。、和及由从到至]{0,4}[和、及]$/u;

function periodFor(
  t: Token,
  mentions: PeriodMention[],
  sentence: string,
  cs: number,
  clausePre: string,
  afterAnother: boolean,
  pred: Predicate,
  target: boolean,
  rate: boolean,
  spanBefore: string,
): string {
  // Loops rather than find/filter with a closure: periodFor runs once per figure.
  // "分别由2005年的507.2亿元和179.99亿元提高到2010年的1260亿元和420亿元" (桂林 2011, held-out set 33, of “十五”期末):
  // the next item of a list after a time's own number is that time's too.
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (
      m.role === 'own' &&
      m.text !== LAST_YEAR_SAME_TIME &&
      (m.ownAt === t.outerStart || (m.ownAt! < t.outerStart && OWN_ITEM_NEXT.test(sentence.slice(m.ownAt, t.outerStart))))
    )
      return m.text;
  let span: PeriodMention | undefined;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (m.role === 'time' && m.span && m.start < t.outerStart) {
      span = m;
      break;
    }
  // "2016年到2019年，…由24.54万亿元增至31.71万亿元": the first value is of the first year, the second of the last.
  if (span?.from !== undefined && /[由从]/u.test(clausePre)) {
    if (/[由从]$/u.test(clausePre)) return `${span.from}年`;
    if (afterAnother && pred.reached) return `${span.to}年`;
  }
  // A yearly rate (年均增长) is over a span: the sentence's, else the last one named, else the plan period.
  if (rate) {
    // "从2011年的32363亿元跃升至2016年的46485亿元，…年均增长7.9%": the years after the first one.
    if (!span) {
      let first: number | undefined;
      let last: number | undefined;
      let owns = 0;
      for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
        if (m.role === 'own' && m.year !== undefined && m.start < t.outerStart) {
          if (owns++ === 0) first = m.year;
          last = m.year;
        }
      if (owns >= 2 && first! < last!) return spanText(first! + 1, last!);
    }
    // "2016年，…比2011年增长43.1%，年均增长7.4%": a yearly rate since a base year is over the years after it.
    if (!span) {
      let to: number | undefined;
      let base: number | undefined;
      for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt]) {
        if (m.start >= t.outerStart) break;
        if (m.role === 'time' && m.year !== undefined && !m.span) to = m.year;
        if (m.role === 'base' && m.year !== undefined && isYearOnly(m.text)) base = m.year;
      }
      if (to !== undefined && base !== undefined && base < to) return spanText(base + 1, to);
    }
    return span?.text || spanBefore || '';
  }
  let prior: PeriodMention | undefined;
  // (Asked only of a sentence naming a part of its period before the figure.)
  let cumulative: boolean | undefined;
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt]) {
    if (m.start >= t.outerStart) break;
    // "8月当月增长8.9%，…，累计增幅位次较一季度前移6位": a cumulative figure is not of the month alone.
    if (m.part && (cumulative ??= clausePre.includes('累计'))) continue;
    // "上半年,…增长13%,…,其中当月工业增加值增长12%,高于全省平均水平3.3个百分点;工业投资216.5亿元" (a city's half-year
    // report, read for a sweep): the one month of a cumulative period holds to the end of its part (；), not after.
    if ((m.part || m.toPartEnd) && codeWithin(sentence, 0xff1b /* ； */, m.end, t.outerStart)) continue;
    // "增速连续四年位居全省第一" (安康, 2019): a place held for years is the report's own place, as "连续21年居全国第4位";
    // "连续9年保持在1100万吨以上" is a level over the years.
    if (
      (m.role === 'time' &&
        !m.rateOnly &&
        !(m.local && (m.start < cs || t.form === 'ordinal')) &&
        (m.until === undefined || t.outerStart < m.until)) ||
      (target && m.role === 'target')
    )
      prior = m;
  }
  if (prior) return prior.text;
  const end = clauseEnd(sentence, t.outerEnd);
  // ("同比增长6.5%左右2019年全市经济社会发展预期目标…" (淄博, a page that lost a stop): a year right after the figure
  // opens what follows.)
  for (let mAt = 0, m = mentions[0]; mAt < mentions.length; m = mentions[++mAt])
    if (
      m.start >= t.outerEnd &&
      m.end <= end &&
      m.role === 'time' &&
      // ("增长8.3% 五年年均增长6.5%": the years of a yearly rate after the figure are that rate's only; "同比增长8.1%
      // (1-5月为下降6.3%)": a time in a bracketed aside is its own figure's only, bracketAsides.)
      !m.rateOnly &&
      m.until === undefined &&
      // ("制造业高质量发展指数91.9、连续三年全国第一" (江苏 2023, held-out set 35): a streak after the figure is of the place
      // it held, not the index's year; "2户8月份新纳规企业": a count's own month after it still is its.)
      !(m.local && m.span) &&
      m.start >= cs &&
      !(m.start === t.outerEnd && m.year !== undefined)
    )
      return m.text;
  return '';
}
