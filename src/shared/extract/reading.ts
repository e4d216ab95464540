/**
 * What reading a report carries (Reading), what a figure read leaves for the ones after it (Found), and what the phases of
 * reading one figure hand on (FigureDraft): types only.
 */
import { type FigureKind } from '../types';
import { type Predicate } from './kinds';
import { type PeriodMention } from './periods';
import { type FigureStatus, type SentenceMarks } from './status';
import { type Token } from './tokens';

/** A figure found: what extractFigures proposes for staff to review. */
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

export interface Found {
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
/**
 * What reading a report carries from one sentence to the next, and the sentence being read: one object per
 * call, its fields all set when it is made (one shape). The reading is split into functions (a report, a
 * sentence, a figure) so that the optimising compiler compiles each once, at its own size: one function
 * holding the whole loop was compiled on stack replacement, again whole, and again after a deopt — up to
 * 0.9 s of compiling each, more CPU than reading 5 MB once compiled.
 */
export interface Reading {
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
  /** docPeriod is part of a year (months, a quarter, a half: figure-time.ts partOfYear), asked once for the report. */
  readonly docPartOfYear: boolean;
  readonly refYear: number | undefined;
  /** The year of the caller's as-of (undefined without one): a figure of a later year cannot be a result. */
  readonly asOfYear: number | undefined;
  readonly thisYear: number | undefined;
  /**
   * The year 去年 names: the one before the year the report was written in (thisYear's, when the text tells it apart from
   * its own; else its own year's for a whole year reviewed, written once the year was over; the year before for a part).
   */
  readonly lastYear: number | undefined;
  paragraphPeriod: string;
  /**
   * The time a sentence of the paragraph holding no figure names for what is to be done ("在下半年工作中,将继续…"): the
   * time of the paragraph's targets, not of its results ('' otherwise).
   */
  paragraphPlanPeriod: string;
  /**
   * The months to date (1-9月, 前三季度) a paragraph before opened on, of the year a report read as on a whole year is
   * about, the paragraphs since naming no time: the time of a paragraph that names none of its own ('' otherwise).
   */
  carriedPeriod: string;
  /** carriedPeriod is the time a part (a paragraph opening with 其中) went on with from the paragraph before it. */
  partCarried: boolean;
  /** The months to date (TO_DATE) the paragraph opens on ('' when it opens on none). */
  openingPeriod: string;
  /** The sentence to read is the first of its paragraph. */
  paragraphOpens: boolean;
  paragraphSpan: string;
  docSpan: string;
  paragraphEntity: string;
  /** The subject of the paragraph's latest rate in %, when that was a growth rate ('' otherwise). */
  paragraphGrowth: string;
  /**
   * Whose 增速 the sentence just read said moved, when it held no figure ("柳州工业经济增速逐月回升"), '' otherwise: the
   * owner of the bare rates the next sentence lists ("1-6月累计增速分别为-4.6%、4.6%…").
   */
  rateOwner: string;
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
  /** The sentence before was a heading (a title's subtitles follow it, headings too). */
  afterHeading: boolean;
  /** targetSection is kept from the title of targets above only for its subtitles: the lines after them are their own. */
  subtitleTargets: boolean;
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
  /** The one draft each figure is read into in turn (readFigure), made with the first. */
  draft: FigureDraft | undefined;
  // The sentence being read: its text and offsets, period mentions, tokens, status marks, the figures read so
  // far (found[i] is tokens[i]'s).
  sentence: string;
  /**
   * The field a sentence opens with ("在信息产品制造业领域,…", "在X方面,"): whose bare measures its clauses after it
   * name when they name only a place ('' when none), and where that opening clause ends.
   */
  field: string;
  fieldEnd: number;
  start: number;
  end: number;
  mentions: PeriodMention[];
  tokens: Token[];
  marks: SentenceMarks;
  found: Found[];
}
/** One figure being read, phase by phase (readFigure): what each phase leaves for the next. */
export interface FigureDraft {
  i: number;
  t: Token;
  cs: number;
  k: number;
  prevInClause: Found | undefined;
  clausePre: string;
  pre: string;
  cb: number;
  cpFirst: number;
  cpLast: number;
  run: number[] | undefined;
  leadIndex: number;
  item: number;
  lead: Found | undefined;
  range: Found | undefined;
  pred: Predicate;
  entity: string;
  property: boolean;
  rateOf: boolean;
  /** The rate of the one compared with, between the comparison and its gap ("低于全省8.2%的增幅0.9个百分点"): an aside. */
  comparand: boolean;
  placeInBracket: RegExpExecArray | null;
  yearsCounted: string;
  ownSubject: boolean;
  before: Found | undefined;
  between: string;
  inherited: string;
  measureShare: RegExpExecArray | null;
  places: string;
  wholeParts: RegExpExecArray | null;
  asLead: boolean;
  kind: FigureKind;
  taskAmount: boolean;
  number: number;
  aside: boolean;
  placeItem: boolean;
  label: string;
  status: FigureStatus;
  period: string;
}
