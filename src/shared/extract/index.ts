/**
 * Finds the figures in a Chinese report — statistical communiqués, 工业和信息化 reports, government work
 * reports, news on economic results — and proposes what each one means: a signed number with its unit and
 * qualifier, the subject it measures (label), its period, kind and status, each with its verbatim sentence
 * and offsets. Pure and linear in the text size: staff review every proposal before it becomes a stored figure.
 *
 * The rules live in small files named for what they decide: tokens (numbers, units, qualifiers, what is not
 * a figure), periods, kinds (kind and sign), status, labels (subjects), lists (分别 lists). The reading itself: this
 * file reads a report sentence by sentence (read-sentence.ts), each figure in phases (read-figure.ts: figure-subject,
 * figure-kind, figure-label, figure-time).
 */
import { codeWithin } from './chars';
import { isYearOnly, yearOf } from './periods';
import { reportPeriod, writtenYear } from './report-period';
import { newParagraph, nextSentence, type SentenceSpan } from './sentences';
import type { SentenceMarks } from './status';
import { readSentence } from './read-sentence';
import { partOfYear } from './figure-time';
import { withoutYear } from './figure-words';
import type { Extracted, Reading } from './reading';
import { readReport } from './report-reading';

export { sentences } from './sentences';
export { reportPeriod } from './report-period';
export { BASE_UNITS as UNITS } from './units';
export { FIGURE_STATUSES, type FigureStatus } from './status';
export type { Extracted } from './reading';

export interface ExtractOptions {
  /** The report's as-of period ("2019年", "2022年1-7月"): the period of figures whose text names none. */
  asOf?: string;
}

const NO_MARKS: SentenceMarks = { estimate: -1, estimateEnd: -1, target: -1, plan: -1, targetEnd: -1, planEnd: -1, noted: -1 };

export function extractFigures(original: string, opts: ExtractOptions = {}): Extracted[] {
  // Every rule reads full-width punctuation; quotes are cut from the original text at the same offsets.
  // A report in traditional characters is read in simplified ones, offset for offset (script.ts); a hard-wrapped
  // one without the breaks inside its sentences, its offsets mapped back (wrapped-lines.ts).
  const { reading, joined } = readReport(original);
  const text = joined.text;
  const report = reportPeriod(text);
  const asOf = opts.asOf?.trim() ?? '';
  const docPeriod = asOf || report.period || (report.year ? `${report.year}年` : '');
  const refYear = yearOf(asOf) ?? report.year;
  const thisYear = writtenYear(text, docPeriod, refYear);
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
    docPartOfYear: partOfYear(docPeriod),
    refYear,
    asOfYear: yearOf(asOf),
    thisYear,
    lastYear: thisYear === undefined ? undefined : thisYear !== refYear || partOfYear(docPeriod) ? thisYear - 1 : thisYear,
    paragraphPeriod: '',
    paragraphPlanPeriod: '',
    carriedPeriod: '',
    partCarried: false,
    openingPeriod: '',
    paragraphOpens: true,
    paragraphSpan: '',
    docSpan: '',
    paragraphEntity: '',
    paragraphGrowth: '',
    rateOwner: '',
    partPeriod: '',
    partYear: undefined,
    partWholes: [],
    topic: '',
    industry: '',
    section: '',
    heading: '',
    headingPeriod: '',
    afterHeading: false,
    subtitleTargets: false,
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
    draft: undefined,
    sentence: '',
    field: '',
    fieldEnd: 0,
    start: 0,
    end: 0,
    mentions: [],
    tokens: [],
    marks: NO_MARKS,
    found: [],
  };
  let lastEnd = 0;
  // One span, filled with each sentence in turn (a list of all of them would live through the whole run).
  const s: SentenceSpan = { start: 0, end: 0, bits: 0 };
  for (let from = 0; (from = nextSentence(text, from, s)) >= 0;) {
    if (newParagraph(text, lastEnd, s.start)) {
      // "…2010年桂林工业主要经济指标增幅十分给力,…。\n  其中,工业技改投入和技改项目实现迅猛增长。全年技改项目1400多项"
      // (桂林 2011, held-out set 33): a paragraph opening with 其中 is a part of the one before: its 全年 is that one's
      // year (not a span of years': "创近十年新高。\n其中,…" (遵义 2021)); its figures naming no time are of that one's
      // last time (below). The times it names stay its own.
      const part =
        codeWithin(text, 0x5176 /* 其 */, s.start, s.start + 5) &&
        PART_OPENS.test(text.slice(s.start, s.start + 8)) &&
        !YEARS_SPAN_OR_PLAN.test(r.paragraphPeriod);
      r.partYear = part ? (yearOf(r.paragraphPeriod) ?? r.partYear) : undefined;
      // "前三季度,全国规模以上工业增加值同比增长3.9%,比上半年加快0.5个百分点。\n其中,采矿业增加值同比增长8.5%,制造业增长3.2%"
      // (光明网 on 国家统计局's 2022 9月, http://tibet.cn/cn/Instant/culture/202210/t20221025_7294818.html): the part's
      // figures naming no time are of the time the paragraph before named last.
      const carried = r.openingPeriod || (r.paragraphPeriod ? '' : r.carriedPeriod);
      const partGoesOn = part && partTime(r.paragraphPeriod, r.headingPeriod || r.docPeriod);
      const numbered = SECTION_NUMBER.test(text.slice(s.start, s.start + 8));
      // "其中,采矿业增加值同比增长8.5%,…。\n高技术制造业、装备制造业增加值同比分别增长8.5%、6.3%" (the same 光明网 page): the
      // paragraphs after such a part, naming no time, go on with its time too, up to one that names a time or a numbered section.
      const afterPart = !part && r.partCarried && !r.openingPeriod && !r.paragraphPeriod && !numbered;
      r.carriedPeriod = partGoesOn
        ? r.paragraphPeriod
        : afterPart
          ? r.carriedPeriod
          : carried && !numbered
            ? carriedPeriod(carried, r.docPeriod)
            : '';
      r.partCarried = partGoesOn || afterPart;
      r.openingPeriod = '';
      r.paragraphOpens = true;
      r.paragraphPeriod = '';
      r.paragraphPlanPeriod = '';
      r.partWholes.length = 0;
      r.paragraphSpan = '';
      r.paragraphEntity = '';
      r.paragraphGrowth = '';
      r.rateOwner = '';
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
 * "全区1112家规上企业10月当月完成产值126.41亿元,同比增长-0.44%。其中奥克斯集团完成产值10.39亿元,同比增长-52.1%" (鄞州
 * 2020年1-10月, held-out set 30): a sentence opening with 其中 is a part of the one before; when every figure of that
 * one was of one month or quarter, not the paragraph's period, the part's figures naming no time are of it too.
 */
/** A paragraph's opening 其中 (after the spaces a page indents it with): a part of the paragraph before. */
const PART_OPENS = /^[\s\u3000]*其中[，,]/u;
/** A span of years or a plan's (2012-2021年, “十三五”时期): no time a paragraph's part goes on with. */
const YEARS_SPAN_OR_PLAN = /\d{4}-\d{4}年|时期|期间/u;
/** A plan's document named in a report: "《扬州市“十四五”工业经济高质量发展规划》". */
const PLAN_DOCUMENT = /《[^》]{0,40}十[一二三四五]五[^》]{0,40}(?:规划|纲要)》/u;
/**
 * "前三季度,新疆工業生產保持平穩,…。\n在40個工業行業大類中,有26個行業增加值實現增長,占65%" (新疆 2014, its first line
 * on the year's projects, held-out set 45): in a report read as on a whole year, the months to date a paragraph opens on
 * go on in the next paragraphs that name no time of their own ("(二)产业技术创新取得新突破。…组织攻关项目400余项" after
 * a paragraph that gives 1—11月's rates among the year's results (北京 2024) is of the year, as is a numbered section);
 * '' when `period` is no months of `doc`'s year.
 */
/** A numbered section's opening ("二、", "(二)", "2."): a new part of the report, its time its own or the report's. */
const SECTION_NUMBER = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))/u;
function carriedPeriod(period: string, doc: string): string {
  if (!period || !isYearOnly(doc)) return '';
  const year = yearOf(period);
  return year === undefined || year === yearOf(doc) ? period : '';
}
/**
 * The time a paragraph before named last is one its part (a paragraph opening with 其中) goes on with: a time other than
 * a year or a span of years, and other than the one the paragraph falls back to anyway (`fallback`, the heading's or
 * the report's, written with its year).
 */
function partTime(period: string, fallback: string): boolean {
  return period !== '' && !period.endsWith('年') && withoutYear(period) !== withoutYear(fallback);
}
