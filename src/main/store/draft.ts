/**
 * A new report from pasted or opened text: the figures staff accepted (from the extractor, corrected as
 * needed) become a report bundle with a drafted deck worth presenting — a title slide, an agenda (目录)
 * from the report's own sections, numbered section dividers, per section message titles and key messages
 * in the report's words, 分别 lists, ratios (三次产业结构) and comparable figures as charts, KPI slides of at
 * most six cards that name their subjects, targets and estimates apart from results, a summary from the
 * report's concluding paragraph and every figure on a slide or in the appendix (附：数据一览). The bundle
 * then goes through the same validation and insert as the bundled report.
 */
import type { Extracted } from '../../shared/extract';
import type { Bundle, BundleFigure, BundleSlide } from './bundle';
import { captionOf, countsRanked, markStatus, statusOf, subjectOf } from './draft/captions';
import { distinctBarNames, distinctCaptions, samePeriod } from './draft/distinct';
import {
  averagedOver,
  breakdowns,
  comparable,
  listChart,
  lists,
  ownPlace,
  picked,
  ratioChart,
  ratios,
  type ChartGroup,
  type DraftFigure,
} from './draft/groups';
import { firstReadingAlone, leading, opensWithPredicate, readsAlone, standouts, takeawayOf, titleOf } from './draft/messages';
import { measureHeading, measureTitle, sentenceMeasure, turnTopic } from './draft/chart-titles';
import { tiered } from './draft/tiers';
import { quoteWithRefs, sentenceSpans } from './draft/quote';
import { outline, type DraftSection } from './draft/sections';
import { SAME_SCRIPT, inReportWords, reportScript } from './draft/script';
import { simplifiedChars } from '../../shared/extract/script';
import { fullWidthPunctuation } from '../../shared/cjk-punctuation';
import { withoutAsides } from '../../shared/wording';

export interface ImportMeta {
  key: string;
  title: string;
  organisation: string;
  published: string;
  asOf: string;
  region?: string;
}

/** The report's sections, for a text whose figures are not known yet (every span counts as holding some). */
export function draftSections(text: string): DraftSection[] {
  return outline(text).sections;
}

const KPI_PER_SLIDE = 6;
/** A deck longer than this sends its least telling KPI slides to the appendix. */
const MAX_SLIDES = 20;
const APPENDIX_ROWS = 7;

interface Planned {
  slide: BundleSlide;
  /** Higher stays when the deck is too long; Infinity never goes. */
  keep: number;
  figures: string[];
}

/**
 * A drafted slide. What it shows in the report's words is set with full-width punctuation (cjk-punctuation.ts:
 * "增长6.6%,增速…" → "增长6.6%，增速…") and without what the report says aside (wording.ts withoutAsides: "同比（下同）增长",
 * a page's pinyin glosses); its notes quote the report as written.
 */
const shown = (s: string) => fullWidthPunctuation(withoutAsides(s));
const slide = (s: Partial<BundleSlide> & Pick<BundleSlide, 'layout' | 'title' | 'notes'>): BundleSlide => ({
  titleEn: '',
  section: null,
  body: {},
  chart: null,
  noteFigures: [],
  ...s,
  title: shown(s.title),
  ...(s.body
    ? {
        body: {
          ...s.body,
          ...(s.body.subtitle ? { subtitle: shown(s.body.subtitle) } : {}),
          ...(s.body.paragraphs ? { paragraphs: s.body.paragraphs.map(shown) } : {}),
          // (A card's caption is drawn from the clause too: "從工業（yè）看…貢獻率", 河北 2018.)
          ...(s.body.kpis ? { kpis: s.body.kpis.map((k) => ({ ...k, caption: withoutAsides(k.caption) })) } : {}),
        },
      }
    : {}),
  ...(s.chart
    ? {
        chart: {
          ...s.chart,
          title: shown(s.chart.title),
          series: s.chart.series.map((p) => ({ ...p, label: withoutAsides(p.label) })),
          ...(s.chart.takeaway ? { takeaway: shown(s.chart.takeaway) } : {}),
        },
      }
    : {}),
});

export function draftBundle(meta: ImportMeta, text: string, accepted: Extracted[]): Bundle {
  const ordered = accepted.map((x, i) => ({ x, i })).sort((a, b) => a.x.valueStart - b.x.valueStart || a.i - b.i);
  const inSpan = (a: number, b: number) => ordered.some(({ x }) => x.valueStart >= a && x.valueStart < b);
  const { sections, conclusion } = outline(text, inSpan);
  const sectionOf = (pos: number) => sections.find((s) => pos >= s.start && pos < s.end) ?? sections[sections.length - 1];

  const keyOf = (i: number) => `f${String(i + 1).padStart(4, '0')}`;
  const figures: BundleFigure[] = accepted.map((x, i) => ({
    key: keyOf(i),
    section: sectionOf(x.valueStart).key,
    label: x.label,
    valueText: x.value,
    value: x.number,
    unit: x.unit,
    period: x.period || meta.asOf,
    kind: x.kind,
    status: x.status,
    qualifier: x.qualifier,
    scope: null,
    quote: x.quote,
    quoteStart: x.start,
    occurrence: countBefore(x.quote, x.value, x.valueStart - x.start),
  }));

  // A report in traditional characters gets the draft's own words in them too (总体情况 as 總體情況, 主要指标 as 主要指標):
  // captions at once, so that two told apart in simplified are not the same in the report's script.
  const script = reportScript(text);

  // Captions: a figure without its own subject borrows the one before it in its sentence.
  const drafted: DraftFigure[] = [];
  let lastSubject = { start: -1, subject: '' };
  for (const { x, i } of ordered) {
    const section = sectionOf(x.valueStart);
    const before = lastSubject.start === x.start ? lastSubject.subject : '';
    // A traditional report's label and sentence are read in simplified characters, as every caption rule is written
    // (辽宁 2019: "規上工業增加值高於全國平均水準" stayed whole where a simplified one is a 增速差); its script comes back after.
    const read = script === SAME_SCRIPT ? x : { ...x, label: simplifiedChars(x.label), quote: simplifiedChars(x.quote) };
    const sectionName = section.title.split('\u3000')[0];
    const words = captionOf(read, before, simplifiedChars(sectionName));
    const caption =
      read === x
        ? words
        : inReportWords(
            words,
            [
              [x.label, read.label],
              [x.quote, read.quote],
              [sectionName, simplifiedChars(sectionName)],
            ],
            script,
          );
    // A change's label names the change ("行业增加值正变化" for "比1-7月增加2个", 江门 2020-08), not a subject to lend; nor
    // does a share's ("221种产量增长,占目录产品的53.6%,增长面比上年扩大2.8个百分点", 天津 2019: the 增长面 is the products').
    const own = /\d/u.test(x.label) || x.kind === 'change' || x.kind === 'share' ? '' : subjectOf(read.label);
    if (own) lastSubject = { start: x.start, subject: own };
    else if (lastSubject.start !== x.start) lastSubject = { start: x.start, subject: '' };
    drafted.push({ key: keyOf(i), x, caption, status: statusOf(x) });
  }
  const sectionByKey = new Map(figures.map((f) => [f.key, f.section]));
  const xByKey = new Map(drafted.map((f) => [f.key, f.x]));
  const quoteOf = (fs: readonly DraftFigure[]) => [...new Set(fs.map((f) => f.x.quote.trim()))].join('');

  // The report's concluding paragraph, quoted (its figures as references), as 总体判断 / 下一步.
  const summary: BundleSlide[] = [];
  if (conclusion) {
    const paragraphs = sentenceSpans(text, conclusion.start, conclusion.end)
      .map(([a, b]) => quoteWithRefs(text, a, b, drafted))
      .filter((p): p is string => !!p && Array.from(p).length <= 120)
      .slice(0, 3);
    if (paragraphs.length)
      summary.push(
        slide({
          layout: 'text',
          title: conclusion.title,
          section: sectionOf(conclusion.start).key,
          notes: text.slice(conclusion.start, conclusion.end).trim(),
          body: { paragraphs },
        }),
      );
  }

  // The report's own place (全县, 全市…): a figure of a larger place it compares with is no bar among its own.
  const own = ownPlace(text);
  const plan = (fold: boolean) => {
    const planned: Planned[] = [];
    // Every content slide's title, so no two say the same (a chart's parts and a KPI slide may share a whole's clause).
    const titles = new Set<string>();
    const dividers: { section: DraftSection; n: number }[] = [];
    for (const section of sections) {
      const mine = drafted.filter((f) => sectionByKey.get(f.key) === section.key);
      if (!mine.length) continue;
      dividers.push({ section, n: dividers.length + 1 });
      // The subtitle: the first result's clause that reads right alone (never a 分别 list cut to one of its values),
      // leaving out parts and the country's figures (leading), else the most telling figure's, else any figure's;
      // with none, the divider has no subtitle.
      // A clause that only repeats the section's title ("二是七成行业实现增长" under 七成行业实现增长) says nothing more.
      const all = mine.map((f) => f.x);
      const xs = all.filter((x) => titleOf(text, x) !== section.title);
      const lead =
        firstReadingAlone(text, leading(xs, text)) ?? firstReadingAlone(text, standouts(xs, text)) ?? firstReadingAlone(text, xs);
      planned.push({
        slide: slide({
          layout: 'section',
          title: section.title,
          section: section.key,
          notes: `第${dividers.length}部分：${section.title}。${(lead ?? standouts(all)[0] ?? all[0]).quote.trim()}`,
          body: lead ? { subtitle: titleOf(text, lead) } : {},
        }),
        keep: Infinity,
        figures: [],
      });

      // Charts: the 分别 lists, then comparable figures of the same unit, kind, period and status.
      const listed = tiered(
        text,
        mine,
        lists(text, mine).map((run) => listChart(text, run)),
      );
      const ratioGroups = ratios(text, mine).map((run) => ratioChart(text, run));
      const charted = new Set([...listed, ...ratioGroups].flatMap((g) => g.members.map((m) => m.key)));
      // The parts a sentence turns to (分行业看, 其中) are charted apart from their whole; a turn of two stays cards.
      const taken = new Set(charted);
      // (The count closing a list of names picked out counts the names charted: no card of its own.)
      const pickedCounts = new Set<string>();
      const more = [
        ...picked(text, mine, taken, pickedCounts),
        ...breakdowns(text, mine, taken, own),
        ...comparable(text, mine, taken, own),
      ];
      for (const k of pickedCounts) charted.add(k);
      // (Nor does a count that only says among how many a rank was taken: the rank's caption says it, "…位次（22县区）".)
      for (const f of mine)
        if (
          countsRanked(
            f.x,
            mine.map((m) => m.x),
          )
        )
          charted.add(f.key);
      for (const g of more) for (const m of g.members) charted.add(m.key);
      // A deck too long (fold): a list of two results ("同比、环比分别回落0.3、0.4个百分点", 湖北 2018) is two cards on the
      // section's results slide when it has room, not a chart of two bars on a slide of its own.
      const cardsBefore = mine.filter((f) => f.status === 'actual' && !charted.has(f.key)).length;
      const thin = fold ? foldable(listed, cardsBefore) : new Set<ChartGroup>();
      for (const g of thin) for (const m of g.members) charted.delete(m.key);
      const groups = [...listed.filter((g) => !thin.has(g)), ...ratioGroups];
      const chartSlides = [...groups, ...more].map((g) => chartSlide(text, section, g, titles, meta.asOf));

      // KPI cards: results first, then targets and estimates on their own slides.
      // A known figure in brackets among estimates or targets is the base they are compared with ("排名第3位,较去年同期
      // (第15位)提高12位", 郑州 2015): its card goes with theirs, not alone on a slide of results.
      const aheadSentences = new Set(mine.filter((f) => f.status !== 'actual').map((f) => f.x.start));
      const baseOfAhead = (f: DraftFigure) =>
        f.status === 'actual' &&
        aheadSentences.has(f.x.start) &&
        (BRACKETED_BASE.test(text.slice(Math.max(0, f.x.valueStart - 4), f.x.valueStart)) ||
          FROM_BASE.test(text.slice(Math.max(0, f.x.valueStart - 8), f.x.valueStart)));
      // (A folded list's cards are told apart by its items, "（同比）", "（环比）", as its bars were.)
      const itemOf = new Map([...thin].flatMap((g) => g.members.map((m, i) => [m.key, g.labels[i]] as const)));
      const results = mine
        .filter((f) => f.status === 'actual' && !charted.has(f.key) && !baseOfAhead(f))
        .map((f) => {
          const item = itemOf.get(f.key);
          return item && item !== f.caption && !f.caption.includes(item) ? { ...f, caption: `${f.caption}（${item}）` } : f;
        });
      const ahead = mine.filter((f) => (f.status !== 'actual' || baseOfAhead(f)) && !charted.has(f.key));
      const onCharts = mine.filter((f) => charted.has(f.key));
      const kpiSlides = kpiPages(text, section, results, false, quoteOf, meta.asOf, titles, onCharts);
      const aheadSlides = kpiPages(text, section, ahead, true, quoteOf, meta.asOf, titles, onCharts);
      giveBackTitles(text, section, kpiSlides, chartSlides, titles, xByKey);
      kpiSlides.forEach((p, i) => planned.push({ ...p, keep: i === 0 ? 9 : 5 - i }));
      chartSlides.forEach((p, i) => planned.push({ ...p, keep: groups[i] ? 10 : 6 }));
      aheadSlides.forEach((p, i) => planned.push({ ...p, keep: i === 0 ? 8 : 4 - i }));
    }

    return { planned, dividers };
  };
  // Too long: first fold lists of two into their sections' cards (plan(true)), then drop the least telling content
  // slides; their figures go to the appendix.
  // A report of one section (武汉 2016's 统计公报 excerpt) has no agenda: a 目录 of one line said nothing (its divider stays,
  // with the section's lead message).
  const fixedFor = (r: ReturnType<typeof plan>) => (r.dividers.length < 2 ? 1 : 2) + summary.length + 1;
  let drafting = plan(false);
  if (drafting.planned.length + fixedFor(drafting) > MAX_SLIDES) drafting = plan(true);
  const { dividers } = drafting;
  const oneSection = dividers.length < 2;
  const fixed = fixedFor(drafting);
  const content = [...drafting.planned];
  const appendixPages = (n: number) => Math.ceil(n / APPENDIX_ROWS);
  const times = new Map<string, number>();
  for (const p of content) for (const k of p.figures) times.set(k, (times.get(k) ?? 0) + 1);
  let missing = drafted.filter((f) => !times.has(f.key)).length;
  // A slide dropped may add an appendix page as long as itself (湖北 2018 came to 21 slides, three of them appendix,
  // where one KPI slide more and two appendix pages were 20): the deck kept is the shortest seen, its slides the most.
  let kept = { slides: [...content], total: content.length + fixed + appendixPages(missing) };
  while (content.length + fixed + appendixPages(missing) > MAX_SLIDES) {
    // The slide with the fewest figures goes first (among equals, the least telling): the appendix grows least.
    let worst = -1;
    const cost = (p: Planned) => p.figures.length * 100 + p.keep;
    for (let i = 0; i < content.length; i++) if (content[i].keep < 9 && (worst < 0 || cost(content[i]) < cost(content[worst]))) worst = i;
    if (worst < 0) break;
    for (const k of content[worst].figures) {
      const n = (times.get(k) ?? 1) - 1;
      if (n) times.set(k, n);
      else {
        times.delete(k);
        missing++;
      }
    }
    content.splice(worst, 1);
    const total = content.length + fixed + appendixPages(missing);
    if (total < kept.total) kept = { slides: [...content], total };
  }
  const shown = new Set(kept.slides.flatMap((p) => p.figures));
  const appendix = drafted.filter((f) => !shown.has(f.key));

  const agenda = dividers.map((d) => `**${String(d.n).padStart(2, '0')}**\u3000${d.section.title}`);
  const slides: BundleSlide[] = [
    slide({
      layout: 'title',
      title: meta.title,
      notes: `本简报根据${meta.organisation}发布的《${meta.title}》自动起草，共 ${figures.length} 项数据，请逐页核对后再使用。`,
      body: meta.title.includes(meta.asOf) || !text.includes(meta.asOf) ? {} : { subtitle: meta.asOf },
    }),
    ...(oneSection
      ? []
      : [
          slide({
            layout: 'text',
            title: '目录',
            notes: `本简报分${dividers.length}部分：${dividers.map((d) => d.section.title).join('；')}。`,
            body: { paragraphs: agenda, paraphrased: ['paragraphs'] },
          }),
        ]),
    ...kept.slides.map((p) => p.slide),
    ...summary,
  ];
  for (let i = 0; i < appendix.length; i += APPENDIX_ROWS) {
    const rows = appendix.slice(i, i + APPENDIX_ROWS);
    slides.push(
      slide({
        layout: 'text',
        title: i > 0 ? '附：数据一览（续）' : '附：数据一览',
        notes: quoteOf(rows),
        // A list of figures by name, not a claim in the report's words.
        body: { paragraphs: rows.map((f) => `**${markStatus(f.caption, f.status)}**\u3000{{${f.key}}}`), paraphrased: ['paragraphs'] },
      }),
    );
  }
  slides.push(
    slide({
      layout: 'closing',
      title: '谢谢',
      titleEn: 'Thank you',
      section: sections[sections.length - 1].key,
      notes: `以上是《${meta.title}》的主要数据。`,
      body: { subtitle: meta.organisation },
    }),
  );

  return {
    formatVersion: 1,
    report: { ...meta, titleEn: '', organisationEn: '', publishedNote: '', region: meta.region ?? '', textFile: 'report.txt' },
    sections: sections.map((s) => ({ ...s, title: script(withoutAsides(s.title)) })),
    figures,
    relations: [],
    deck: { key: 'main', title: meta.title, slides: slides.map((s) => inScript(s, script)) },
  };
}

/** A slide's words through `own` (reportScript): every line it shows and its notes. */
function inScript(s: BundleSlide, own: (s: string) => string): BundleSlide {
  const { body, chart } = s;
  return {
    ...s,
    title: own(s.title),
    notes: own(s.notes),
    body: {
      ...body,
      ...(body.subtitle ? { subtitle: own(body.subtitle) } : {}),
      ...(body.paragraphs ? { paragraphs: body.paragraphs.map(own) } : {}),
      ...(body.kpis ? { kpis: body.kpis.map((k) => ({ ...k, caption: own(k.caption) })) } : {}),
    },
    chart: chart && {
      ...chart,
      title: own(chart.title),
      series: chart.series.map((p) => ({ ...p, label: own(p.label) })),
      ...(chart.takeaway ? { takeaway: own(chart.takeaway) } : {}),
      ...(chart.remainderLabel ? { remainderLabel: own(chart.remainderLabel) } : {}),
    },
  };
}

const DATE = /[0-9０-９]+\s*(?:[-—–~至]\s*[0-9０-９]+\s*)?(?:年|月|日|季度)/gu;

/**
 * The lists of two results that fit, as cards, beside the section's other `cards` on one KPI slide: folded into it when
 * the deck is too long. Not a doughnut (parts of a whole) nor a list of targets or estimates (their slide is apart).
 */
function foldable(listed: readonly ChartGroup[], cards: number): Set<ChartGroup> {
  const out = new Set<ChartGroup>();
  let n = cards;
  for (const g of listed)
    if (g.type !== 'doughnut' && g.members.length <= 2 && g.members[0].status === 'actual' && n + g.members.length <= KPI_PER_SLIDE) {
      out.add(g);
      n += g.members.length;
    }
  return out;
}

/** A share in brackets between a level and its rate: "159.61億元(占規上工業比重84.1%),同比增長6.7%" (梅州 2023). */
const ASIDE = /[（(]占[^（）()]{0,16}[）)]/gu;

/** The words between a level and its own rate: "，同比增长", ",比上年增長", "，增长". */
const RATE_OF_LEVEL =
  /^\s*[，,、]?\s*(?:同比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|較上年同期|較上年|較去年同期)?(?:实际|實際)?(?:增长|增長|下降|增加|减少|減少|提高|回落|上涨|上漲)$/u;

/** A value a change starts from: "由全省第八位跃升到第四位" (四平 2011, the 第四位 estimated): the base of what it became. */
const FROM_BASE = /由[^，,。；;\d]{0,6}$/u;

/** A value opening a bracket, a word at most before it: "(第15位)". */
const BRACKETED_BASE = /[（(][^（()）]{0,3}$/u;

/** KPI slides of at most six cards; a growth rate right after its level in one sentence sits under it. */
function kpiPages(
  text: string,
  section: DraftSection,
  figs: DraftFigure[],
  ahead: boolean,
  quoteOf: (fs: readonly DraftFigure[]) => string,
  asOf: string,
  titles: Set<string>,
  onCharts: readonly DraftFigure[] = [],
): Omit<Planned, 'keep'>[] {
  const cards: { main: DraftFigure; growth?: DraftFigure; same: DraftFigure[] }[] = [];
  // Its own rate follows a level with no other number between: "工业固定资产投资68.1亿元,同比增长91.9%,高于全省平均增速
  // (33.6%)" (嘉峪关 2023) is not 68.1亿元 up 33.6%, nor "工业用电625亿千瓦时,增长1.8%,其中10月份当月增长4.8%" (上海 2020)
  // up 4.8%, when the rate between is on a chart. A date between is no number ("比2006年下降3.66%").
  const rateOf = (level: DraftFigure, f: DraftFigure) =>
    f.x.kind === 'growth' &&
    level.x.kind === 'level' &&
    level.x.start === f.x.start &&
    level.status === f.status &&
    f.x.valueStart > level.x.valueEnd &&
    !/[0-9０-９]/u.test(text.slice(level.x.valueEnd, f.x.valueStart).replace(ASIDE, '').replace(DATE, ''));
  // A rate after a new subject is that subject's: "汽车产量…达357万辆，新能源汽车产量增长94.5%" (安徽 2025).
  const namesAnother = (level: DraftFigure, f: DraftFigure) => {
    const between = text.slice(level.x.valueEnd, f.x.valueStart).replace(ASIDE, '').replace(DATE, '');
    const words = between.startsWith(level.x.unit) ? between.slice(level.x.unit.length) : between;
    return /^\s*[，,、]\s*[^，,、；;。]*?(?:产量|产值|增加值|收入|投资|总额|利润)/u.test(simplifiedChars(words));
  };
  for (const f of figs) {
    const last = cards[cards.length - 1];
    if (last && !last.growth && rateOf(last.main, f) && !namesAnother(last.main, f)) {
      last.growth = f;
      continue;
    }
    // A figure said again, as a headline's is in the lead ("拉萨市2021年地区生产总值突破700亿元" / "2021年全市地区生产总值突破
    // 700亿元,达到741.84亿元", 拉萨 2021), is one card: two cards read "突破700亿元" side by side. It is on the slide all the
    // same, in its notes (noteFigures, so it is traced there), not sent to the appendix.
    const said = cards.find((c) => restates(c.main.x, f.x, asOf));
    if (said) said.same.push(f);
    else cards.push({ main: f, same: [] });
  }
  // (The comment's "no other number between" allows a share in brackets, ASIDE.)
  // A level's rate on a chart of rates is under its card too: "實現規上工業增加值189.77億元,同比增長6.8%" (梅州 2023) showed
  // 189.77億元 alone, its 6.8% only among 主要指标增速 two slides on.
  // Only a rate said of it in words that name nothing else ("…億元,同比增長"): not "汽车产量…达357万辆，新能源汽车产量增长94.5%"
  // (安徽 2025) nor "人均地区生产总值突破1万美元，城镇和农村居民人均可支配收入年均分别增长11.2%" (成都 2016).
  const saidOf = (level: DraftFigure, f: DraftFigure) => {
    const between = text.slice(level.x.valueEnd, f.x.valueStart).replace(ASIDE, '');
    return RATE_OF_LEVEL.test(between.startsWith(level.x.unit) ? between.slice(level.x.unit.length) : between);
  };
  for (const c of cards) if (!c.growth) c.growth = onCharts.find((f) => rateOf(c.main, f) && saidOf(c.main, f));
  const out: Omit<Planned, 'keep'>[] = [];
  const statuses = new Set(figs.map((f) => f.status).filter((st) => st !== 'actual'));
  const aheadTitle = statuses.size > 1 ? '目标与预计' : statuses.has('target') ? '主要目标' : '预计完成情况';
  for (const chunk of pagesOf(cards)) {
    const shown = chunk.flatMap((c) => [c.main, ...(c.growth ? [c.growth] : []), ...c.same]);
    const xs = shown.map((f) => f.x);
    const top = firstReadingAlone(text, standouts(xs, text)) ?? firstReadingAlone(text, xs) ?? standouts(xs, text)[0] ?? chunk[0].main.x;
    // No card's clause reads alone (each is one value of a 分别 list cut from the rest): the section names the slide.
    const plain = `${section.title.split('\u3000')[0]}：主要指标`;
    // A title another slide has gives way to another card's clause, then to the section's; only a title without a
    // number is told apart by （续） (a number's clause must stay the report's words).
    const own = ahead ? [] : [top, ...chunk.map((c) => c.main.x)].filter((x) => readsAlone(text, x)).map((x) => titleOf(text, x));
    const title = unused(own.find((t) => !said(t, titles)) ?? (ahead ? aheadTitle : plain), titles);
    const captions = distinctCaptions(
      chunk.map((c) => ({ caption: c.main.caption, x: c.main.x })),
      asOf,
    );
    out.push({
      slide: slide({
        layout: 'kpi',
        title,
        section: section.key,
        notes: quoteOf(shown),
        noteFigures: chunk.flatMap((c) => c.same.map((f) => f.key)),
        body: {
          kpis: chunk.map((c, j) => ({
            figure: c.main.key,
            caption: markStatus(captions[j], c.main.status),
            ...(c.growth ? { growth: c.growth.key } : {}),
          })),
        },
      }),
      figures: shown.map((f) => f.key),
    });
  }
  return out;
}

/**
 * The same number of the same thing said in another sentence: value, unit, qualifier, kind, status and period, one
 * label the other with a place or scope before it (拉萨市地区生产总值, 地区生产总值). Not a rank: "在全国27个省会城市中排名第3位…在全省18个省辖市中排名第3位"
 * (郑州 2015) are two places held among two groups.
 */
function restates(a: Extracted, b: Extracted, asOf: string): boolean {
  return (
    a.start !== b.start &&
    a.kind !== 'rank' &&
    a.value === b.value &&
    a.unit === b.unit &&
    a.qualifier === b.qualifier &&
    a.kind === b.kind &&
    a.status === b.status &&
    // (One period with and without the report's year: 重庆 2017's headline "2017年1-7月…10.3%" and lead "1-7月…10.3%".)
    samePeriod(a.period, b.period, asOf) &&
    (sameHead(a.label, b.label) || sameHead(b.label, a.label))
  );
}

/** `long` is `short` with at most a place or a scope before it (拉萨市, 规模以上, 淄博预计), not another thing counted: "新增…龙头企业" is not "企业". */
function sameHead(long: string, short: string): boolean {
  return short !== '' && long.endsWith(short) && Array.from(long).length - Array.from(short).length <= 4;
}

/**
 * Cards on as few slides as six a slide allows, full but for the last, which holds at least three (the slides before
 * it give it theirs): seven cards were six and one, the one a rate's pull alone on its slide under its sentence, its
 * rate on the slide before ("电子产业在低基数背景下同比增长9.3%，拉动全市增长1.5个百分点", 重庆 2024; 国家统计局 2022's
 * "國有控股企業 3922億元" alone). A page breaks between sentences where one within two cards does. (Full pages first: a
 * deck too long sends its later KPI slides to the appendix, and the first slide of a section stays.)
 */
function pagesOf<T extends { main: DraftFigure }>(cards: readonly T[]): T[][] {
  const n = cards.length;
  if (!n) return [];
  const pages = Math.ceil(n / KPI_PER_SLIDE);
  const sizes = Array.from({ length: pages }, (_, i) => (i < pages - 1 ? KPI_PER_SLIDE : n - KPI_PER_SLIDE * (pages - 1)));
  for (let i = pages - 2; i >= 0 && sizes[pages - 1] < MIN_LAST_PAGE;)
    if (sizes[i] > MIN_LAST_PAGE) {
      sizes[i]--;
      sizes[pages - 1]++;
    } else i--;
  const starts = [0];
  const opensSentence = (i: number) => cards[i].main.x.start !== cards[i - 1].main.x.start;
  for (let p = 1; p < pages; p++) {
    const from = starts[starts.length - 1];
    const aim = starts[0] + sizes.slice(0, p).reduce((a, b) => a + b, 0);
    const fits = (b: number) =>
      b - from >= MIN_LAST_PAGE && b < n && b - from <= KPI_PER_SLIDE && n - b <= (pages - p) * KPI_PER_SLIDE && n - b >= MIN_LAST_PAGE;
    const near = [0, -1, 1, -2, 2].map((d) => aim + d);
    starts.push(near.find((b) => fits(b) && opensSentence(b)) ?? near.find(fits) ?? aim);
  }
  return starts.map((a, i) => cards.slice(a, starts[i + 1] ?? n));
}
const MIN_LAST_PAGE = 3;

/** A section titled by the report's turn to parts: "分三大门类看", "从区域看", "按经济类型分". */
const TURN = /^[分从按].{1,8}(?:来)?[看分]$/u;

/**
 * A list's introduction as a title ends before the words its values complete: "分别回升至" (湖北 2018: "食品、冶金、机械、
 * 化工等传统行业分别回升至9.6%、…") as "分别回升"; "…占比分别为" as "…占比".
 */
const undangled = (intro: string) =>
  intro
    .replace(/[，,：:]$/u, '')
    .replace(/(?:分别|依次|均)(?:为|是|达到?)$/u, '')
    .replace(/(?<=回升|回落|上升|下降|提高|提升|增长|增加|扩大|收窄|降|升)[至到]$/u, '');

const KIND_TITLE: Record<string, string> = { growth: '增速', level: '规模', share: '占比', change: '变化', count: '数量' };

type ChartPlanned = Omit<Planned, 'keep'> & {
  /** What the chart measures (measureHeading), the title it takes when its clause goes back to a KPI slide. */
  generic: string;
};

/**
 * A KPI slide left with its section's bare name ("分行业看：主要指标") whose card's clause titles a chart of the section
 * takes it back, and the chart takes what it measures: "40个大类行业中有32个行业增加值保持同比增长" names the slide with
 * that count's card (河南 2018 5月), "5月分行业增速" the chart of the industries. A clause a KPI slide has already is
 * not taken: a chart's message stays where no card wants it.
 */
function giveBackTitles(
  text: string,
  section: DraftSection,
  kpis: Omit<Planned, 'keep'>[],
  charts: ChartPlanned[],
  titles: Set<string>,
  xByKey: ReadonlyMap<string, Extracted>,
): void {
  const plain = shown(`${section.title.split('\u3000')[0]}：主要指标`);
  for (const k of kpis) {
    if (!k.slide.title.startsWith(plain)) continue;
    const clauses = new Set(
      k.slide.body
        .kpis!.map((c) => c.figure)
        .flatMap((key) => {
          const x = xByKey.get(key);
          return x && readsAlone(text, x) ? [shown(titleOf(text, x))] : [];
        }),
    );
    const c = charts.find((p) => clauses.has(p.slide.title) && !p.slide.body.paraphrased);
    if (!c) continue;
    titles.delete(k.slide.title);
    k.slide = { ...k.slide, title: c.slide.title };
    c.slide = { ...c.slide, title: shown(c.generic), body: { ...c.slide.body, paraphrased: ['title'] } };
    // The charts of one measure are told apart in their order ("5月分行业增速", "（续）"), the one given back first.
    const alike = charts.filter((p) => p === c || (p.generic === c.generic && p.slide.body.paraphrased));
    for (const p of alike) titles.delete(p.slide.title);
    for (const p of alike) p.slide = { ...p.slide, title: shown(unused(c.generic, titles)) };
  }
}

function chartSlide(text: string, section: DraftSection, g: ChartGroup, titles: Set<string>, asOf: string): ChartPlanned {
  const top =
    standouts(
      g.members.map((m) => m.x),
      text,
    )[0] ?? g.members[0].x;
  const mark = g.members[0].status === 'actual' ? '' : `（${g.members[0].status === 'target' ? '目标' : '预计'}）`;
  // Prices rise, not grow (甘肃 2015's chart of 居民消费价格…涨幅 was titled 主要指标增速); a price that fell beside more that
  // rose is a 涨幅 too (大同 2013: "娱乐教育文化用品及服务类增速" −4.1% among eight prices' 涨幅, the chart titled 增速).
  const rise = g.members.map((m) => /[涨漲]幅$/u.exec(m.caption)?.[0] ?? '');
  const prices =
    rise.every(Boolean) ||
    (rise.filter(Boolean).length * 2 > rise.length && g.members.every((m, i) => rise[i] || (m.x.number < 0 && /增速$/u.test(m.caption))));
  const labels = prices ? g.labels.map((l) => l.replace(/增速$/u, rise.find(Boolean) ?? '涨幅')) : g.labels;
  const kind = prices ? '涨幅' : (KIND_TITLE[g.members[0].x.kind] ?? '');
  const sectionName = section.title.split('\u3000')[0];
  // A section the report titles by its turn ("分三大门类看") names its parts by it.
  const turned = TURN.test(sectionName);
  // The words that introduce a list name it only when they open with its subjects: not "同比、环比分别回落" (湖北 2018: the
  // list is of what one rate is compared with) nor "但增幅同比、环比分别下滑", "增速分别比去年同期、去年全年加快" (重庆 2024).
  const intro = opensWithPredicate(g.intro) ? '' : undangled(g.intro);
  const headline = opensWithPredicate(g.headline) ? '' : undangled(g.headline);
  // The chart's own title states what it measures, its period and unit; the slide's title and eyebrow say the rest.
  const periods = new Set(g.members.map((m) => m.x.period || asOf));
  const measured = {
    labels,
    captions: g.members.map((m) => m.caption),
    unit: g.unit,
    ...(g.labels.every((l, i) => l !== g.members[i].caption) ? { intro, headline } : { intro: '', headline: '' }),
    named: g.named ?? sentenceMeasure(text.slice(g.members[0].x.start, g.members[0].x.valueStart), labels),
  };
  const measure = {
    kindWord: kind === '增速' || kind === '涨幅' || kind === '占比' || kind === '变化' ? kind : '',
    // Parts are named by the report's turn to them, when it names a dimension ("分三大门类看"); a list by its items first.
    topic: turnTopic(turned ? sectionName : g.parts?.topic || ''),
    list: g.list,
    status: g.members[0].status,
    period: periods.size === 1 ? [...periods][0] : '',
    // (Rates averaged over years, each part's: "前三季度三次产业增加值增速（两年平均）", 贵州 2021.)
    basis: sameAverage(g.members),
  };
  const chartTitle = measureTitle(measured, measure);
  // What the chart is called when the report gives it no words of its own: what it measures, over what period
  // (measureHeading), never the section's bare kind ("分縣（市、區）看：增速", 梅州 2023; "…：主要指标增速").
  const generic = measureHeading(measured, measure);
  // Parts after "其中" are told by their whole's clause ("39个行业大类中20个行业增长"), not by the fastest of them.
  const whole = !g.picked && g.parts?.whole?.status === g.members[0].status ? g.parts.whole.x : undefined;
  // (Words that name the list's items, not only their class: "其中三次产业增加值分别增长" over 第一产业, 第二产业, 第三产业
  // (四平 2011) gives way to the clause that states every bar.)
  const named = g.list && g.labels.every((l, i) => l !== g.members[i].caption) && g.labels.some((l) => g.intro.includes(l));
  // A title never shows one value of the list cut from the rest ("纺织工业和石化工业增加值分别同比增长27.8%").
  const alone = readsAlone(text, top)
    ? top
    : firstReadingAlone(
        text,
        g.members.map((m) => m.x),
      );
  // Nor is a chart of several bars titled by one bar's clause ("采礦業增長7.3%" over eight bars, 国家统计局 2022; "新能源汽车
  // 产量增长94.5%、达168.4万辆" over five indicators, 安徽 2025): that clause is the chart's key message (its takeaway); a
  // clause that states every bar ("三次产业结构为17.8:42.8:39.4") titles it.
  const statesAll = (x: Extracted) => {
    const t = titleOf(text, x);
    return g.members.every((m) => t.includes(m.x.value));
  };
  const candidates = [
    named && intro && !/\d/u.test(intro) && Array.from(intro).length <= 26 ? intro + mark : '',
    whole && readsAlone(text, whole) ? titleOf(text, whole) : '',
    alone && statesAll(alone) ? titleOf(text, alone) : '',
    headline && Array.from(headline).length <= 36 ? headline + mark : '',
  ].filter(Boolean);
  // The first that no other slide has; else what the chart measures (measureHeading), told apart by （续） if need be.
  const own = candidates.find((t) => !said(t, titles));
  const title = unused(own ?? generic, titles);
  // (The clause of a list's 分别 names only its last item when its items are set apart by commas: no key message.)
  const takeaway = g.spread ? '' : takeawayOf(text, top);
  return {
    generic,
    slide: slide({
      layout: 'chart',
      title,
      section: section.key,
      // The measure's name is the draft's words, not a claim of the report's (its period's digits are no figure).
      ...(own ? {} : { body: { paraphrased: ['title' as const] } }),
      notes: [...new Set(g.members.map((m) => m.x.quote.trim()))].join(''),
      chart: {
        type: g.type,
        title: chartTitle,
        unit: g.unit,
        series: uniqueLabels(
          withoutMeasure(distinctBarNames(labels.map((caption, i) => ({ caption, x: g.members[i].x }))), chartTitle).map(chartLabel),
        ).map((label, i) => ({
          figure: g.members[i].key,
          label,
        })),
        ...(g.type === 'doughnut' ? { remainderLabel: '其他' } : {}),
        ...(title === titleOf(text, top) || !takeaway ? {} : { takeaway }),
      },
    }),
    figures: g.members.map((m) => m.key),
  };
}

/** The words every member is averaged over ("两年平均"), or '' when one is not or two differ. */
function sameAverage(members: readonly DraftFigure[]): string {
  const over = members.map((m) => averagedOver(m.x));
  return over.every(Boolean) && new Set(over.map(simplifiedChars)).size === 1 ? over[0] : '';
}

/**
 * Whether another slide's title says this one already: the same words, or words one holds whole ("全市完成工業投資87.14億元"
 * over 梅州 2023's cards, and "全市完成工業投資87.14億元，同比增長13.4%" over its counties' chart two slides on).
 */
function said(title: string, titles: ReadonlySet<string>): boolean {
  if (titles.has(title)) return true;
  const clauses = (t: string) => t.split(/[，,]/u);
  const mine = clauses(title);
  for (const t of titles) {
    const theirs = clauses(t);
    const [short, long] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    if (short.length < long.length && short.every((c, i) => c === long[i]) && /\d/u.test(short.join(''))) return true;
  }
  return false;
}

const ORDINALS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九'];
/** The title as given, or, when another slide has it, with （续）, （续二）… ; kept in `titles`. */
function unused(title: string, titles: Set<string>): string {
  let out = title;
  for (let n = 1; titles.has(out); n++) out = `${title}（续${ORDINALS[n] ?? n}）`;
  titles.add(out);
  return out;
}

function countBefore(quote: string, value: string, offset: number): number | undefined {
  let n = 0;
  for (let at = quote.indexOf(value); at >= 0 && at < offset; at = quote.indexOf(value, at + 1)) n++;
  return n || undefined;
}

/** What every bar of a chart may say that its title says already. */
const MEASURE_END = /(?:增速|增長速度|增长速度|涨幅|漲幅|占比|佔比|比重)$/u;

/**
 * Bars named without the measure every one of them ends with when the chart's title names it: "非金属矿物制品业增速",
 * "专用设备制造业增速"… under "1-4月…等8项指标增速（%）" (大武口 2022) wrapped onto two lines each and ran into each
 * other; the industries alone fit on one.
 */
function withoutMeasure(names: string[], chartTitle: string): string[] {
  const end = MEASURE_END.exec(names[0] ?? '')?.[0];
  if (!end || !chartTitle.replace(/（[^（）]*）$/u, '').endsWith(end)) return names;
  const bare = names.map((n) => (n.endsWith(end) ? n.slice(0, -end.length) : ''));
  return bare.every((n) => Array.from(n).length >= 2) && new Set(bare).size === bare.length ? bare : names;
}

/** A chart category's name: whole up to two lines of a bar chart's labels, else its start and an ellipsis. */
function chartLabel(l: string): string {
  const chars = Array.from(l);
  return !chars.length ? '（无名）' : chars.length <= 24 ? l : `${chars.slice(0, 23).join('')}…`;
}

/** Chart categories must be told apart: a repeated label gets its ordinal (“增长（2）”). */
export function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l}（${n}）`;
  });
}
