/**
 * Comparable figures grouped for charts: a 分别 list (one sentence, adjacent values, one unit) becomes one
 * bar chart, or a doughnut when its values are parts of one whole (shares adding up to at most 100%); a ratio
 * ("三次产业结构为17.8:42.8:39.4") one bar chart of its parts;
 * other figures of a section with the same unit, kind, period and status, three or more, one bar chart.
 */
import type { Extracted } from '../../../shared/extract';
import { OWN_PLACE, statusOf } from './captions';
import { breakdownOf, turnBetween, unwrapped } from './messages';
import { simplifiedChars } from '../../../shared/extract/script';
import { AVERAGED, basisOf } from './distinct';

export interface DraftFigure {
  key: string;
  x: Extracted;
  caption: string;
  status: ReturnType<typeof statusOf>;
}

export interface ChartGroup {
  type: 'bar' | 'hbar' | 'doughnut';
  members: DraftFigure[];
  labels: string[];
  unit: string;
  /** The words the report introduces the list with ("新材料、电子信息行业投资分别增长"), or ''. */
  intro: string;
  /** The intro with its list named by what groups it, or its first item and 等 ("全市七大主要产业增加值分别同比增长"), or ''. */
  headline: string;
  list: boolean;
  /** A list whose items are set apart by commas before the clause of its 分别 (listIntro): that clause names one item. */
  spread?: boolean;
  /**
   * A breakdown (breakdowns): the parts' topic as the report turns to them ("分门类", "分行业", or '' after a bare
   * 其中) and the whole they are of, the figure before the 其中 in their sentence ("39个行业大类中20个行业增长，其中…").
   */
  parts?: { topic: string; whole: DraftFigure | null };
  /**
   * Names a sentence picked out with their rates in brackets (picked): the chart is of them, so its slide is titled by
   * what they are and measure ("各縣（市、區）工業投資增速"), not by their whole's clause ("全市完成工業投資87.14億元…", a
   * figure the chart does not show).
   */
  picked?: boolean;
  /** The measure bars named alone are of, when known from their own captions (tiers.ts): "地区生产总值". */
  named?: string;
}

const SEPARATOR = /^[\s、，,和及与以]*$/u;
const LIST_WORD = /分别|依次|各为|各达/u;

/** The 分别 lists among a section's figures (in text order). */
export function lists(text: string, figs: readonly DraftFigure[]): DraftFigure[][] {
  const out: DraftFigure[][] = [];
  let run: DraftFigure[] = [];
  const flush = () => {
    if (run.length >= 2 && LIST_WORD.test(run[0].x.quote) && !run.some(bounded)) out.push(run);
    run = [];
  };
  for (const f of figs) {
    const prev = run[run.length - 1];
    if (prev && prev.x.start === f.x.start && prev.x.unit === f.x.unit && prev.x.kind === f.x.kind && prev.status === f.status) {
      const gap = text.slice(prev.x.valueEnd, f.x.valueStart);
      const rest = gap.startsWith(prev.x.unit) ? gap.slice(prev.x.unit.length) : gap;
      if (SEPARATOR.test(rest)) {
        run.push(f);
        continue;
      }
    }
    flush();
    run = [f];
  }
  flush();
  return out;
}

/**
 * The words of the first value's clause before it, and where they start: a list's or a ratio's intro. (A page wrapped at a fixed width breaks
 * words: "借贷户数和借贷余\n额分别下降" (正蓝旗's 2019 政府工作报告) is one line.)
 */
function introOf(text: string, first: Extracted): { at: number; intro: string } {
  let at = first.valueStart;
  while (at > first.start && !/[，。；：,;:]/u.test(text[at - 1])) at--;
  return { at, intro: unwrapped(text.slice(at, first.valueStart).trim()) };
}

/** "新材料、电子信息行业投资分别增长" → the words before 分别 in the first value's clause, and its subjects. */
function listIntro(text: string, first: Extracted, n: number): { intro: string; subjects: string[]; headline: string; spread: boolean } {
  const { at: a, intro } = introOf(text, first);
  const m = LIST_WORD.exec(intro);
  const head = m ? intro.slice(0, m.index) : '';
  // (The last item may hold 和 or 、 in its own name: "汽车制造业,计算机、通信和其他电子设备制造业,有色金属冶炼和压延加工业增加值
  // 分别增长…" (江西 2025) when every other item stands alone before it, set apart by commas.)
  const spread = m && n > 1 && (!/、|和|及|与/u.test(head) || n >= 3) ? itemsBefore(text, first.start, a, n - 1) : null;
  const last = withoutMeasure(head.trim());
  if (m && spread && INDUSTRY.test(last)) {
    // "农副食品加工业,金属制品业,计算机、通信和其他电子设备制造业,…,专用设备制造业增加值分别同比增长10.2%、11.4%…" (邵阳
    // 2023): industries whose names hold 、 are set apart by commas; the clause of 分别 holds only the last.
    const measure = head.trim().slice(last.length);
    const named = `${spread[0]}等${measure}${intro.slice(m.index)}`.replace(/[，,：:]$/u, '');
    return { intro: named, subjects: [...spread, last], headline: named, spread: true };
  }
  const subjects = head
    .split(/、|和|及|与/u)
    .map((s) => s.trim())
    .filter(Boolean);
  let headline = '';
  if (subjects.length > 1 && m) {
    const first = subjects[0];
    const last = subjects[subjects.length - 1];
    subjects[0] = withoutClass(first);
    // The last item's measure is the list's only when the others name none of their own: "工业应税销售、工业用电量同比分别
    // 增长" (南通 2019) is two measures, and its second bar read 工业.
    const own = subjects.slice(0, -1).some((x) => ITEM_MEASURE.test(x));
    subjects[subjects.length - 1] = own ? last.replace(/(?:同比|环比|累计|比上年|较上年)+$/u, '') || last : withoutMeasure(last);
    // A list of what one rate is compared with: its first item begins at its base ("但增幅同比、环比分别下滑", 湖北 2018,
    // had a bar 但增幅同比 beside 环比).
    const base = /(?:同比|环比|比|较)/u;
    const at = base.exec(subjects[0])?.index ?? 0;
    if (at > 0 && subjects.slice(1).every((x) => /^(?:同比|环比|比|较)/u.test(x))) subjects[0] = subjects[0].slice(at);
    const named = first.slice(0, first.length - subjects[0].length);
    const group = /大|个/u.test(named) ? named : `${first}等`;
    const measure = last.slice(subjects[subjects.length - 1].length);
    // Only a list whose measure or class the report names gets one; never with a number of its own.
    if (measure || group === named) headline = `${group}${measure}${intro.slice(m.index)}`.replace(/[，,：:]$/u, '');
    if (/\d/u.test(headline)) headline = '';
  }
  return {
    intro,
    headline,
    subjects: subjects.length > 1 || !m ? subjects : basesAfter(intro.slice(m.index + m[0].length)),
    spread: false,
  };
}

/** An industry's name: an item of a list set apart by commas (itemsBefore) ends so. */
const INDUSTRY = /\p{Script=Han}{2}业$/u;

/** The `count` clauses right before `end` in its sentence, when each is an item (a name, no number): else null. */
function itemsBefore(text: string, start: number, end: number, count: number): string[] | null {
  const items: string[] = [];
  let b = end - 1;
  while (items.length < count && b > start && /[，,]/u.test(text[b])) {
    let a = b;
    while (a > start && !/[，。；：,;:\n]/u.test(text[a - 1])) a--;
    const item = text.slice(a, b).trim();
    if (!/^\p{Script=Han}[\p{Script=Han}、]{1,23}$/u.test(item) || !INDUSTRY.test(item)) return null;
    items.unshift(item);
    b = a - 1;
  }
  return items.length === count ? items : null;
}

/** What every item of the list is measured by sits after its last item ("…、专用设备制造业增加值同比"): not its name. */
const MEASURE =
  /(?:(?:[两三四五六七八九十]|\d+)(?:个|大)?(?:市|州|县|区|省|主要行业|支柱行业|行业|支柱产业|产业|领域))?(?:规上工业|规模以上工业|规模工业)?(?:增加值|总产值|产值|产量|(?<!固定资产)投资|营业收入|主营业务收入|利润总额|利润|出口交货值|出口|用电量)?(?:增速|增幅|占比|比重)?(?:同比|环比|累计|比上年|较上年)*$/u;
/** …and what names the whole list may open its first item ("全市七大主要产业装备制造业"). */
const CLASS = new RegExp(
  `^(?:20\\d\\d年|今年|去年|上半年|全年)?(?:\\d{1,2}(?:[-—–~至]\\d{1,2})?月份?|[一二三四]季度|前三季度)?${OWN_PLACE}?(?:(?:[一二三四五六七八九十两]+大|\\d+个)(?:主要|重点|支柱|传统|新兴)*(?:产业|行业|领域)(?:中|里|之中)?)?`,
  'u',
);
function withoutClass(first: string): string {
  const name = first.replace(CLASS, '');
  return Array.from(name).length >= 2 ? name : first;
}

/** An item that names its own measure after its subject ("工业应税销售", "规模工业增加值"; not a bare "增加值"). */
const ITEM_MEASURE =
  /^\p{Script=Han}{2,}(?:增加值|总产值|产值|产量|投资|营业收入|主营业务收入|利润总额|利润|出口交货值|出口|用电量|销售|销售额|收入)$/u;

function withoutMeasure(last: string): string {
  const name = last.replace(MEASURE, '');
  return Array.from(name).length >= 2 ? name : last;
}

/** "分别较1—9月份和上年同期提高": the list is of what one subject is compared with ("较1—9月份", "较上年同期"). */
const BASE_LIST = /^(比|较|同比|环比)(.+?)(?:提高|提升|增长|下降|降低|回落|回升|加快|放缓|减少|增加|扩大|收窄|上升|高|低)/u;
function basesAfter(words: string): string[] {
  const m = BASE_LIST.exec(words);
  if (!m) return [];
  const items = m[2].split(/、|和|及|与/u).map((s) => s.trim());
  return items.length > 1 && items.every(Boolean) ? items.map((b) => `${m[1]}${b}`) : [];
}

const sumOf = (xs: readonly DraftFigure[]) => xs.reduce((a, f) => a + (f.x.unit === '%' ? f.x.number : f.x.number * 100), 0);

export function listChart(text: string, run: DraftFigure[]): ChartGroup {
  const { intro, subjects, headline, spread } = listIntro(text, run[0].x, run.length);
  // A list of the three industries' values ("三次产业增加值分别增长9%、30%和37%", 四平 2011) names them as a ratio of them does:
  // its bars read 三次产业增加值增速, （2）, （3）.
  const three = run.length === 3 && subjects.length < 3 && THREE_INDUSTRIES.test(simplifiedChars(intro.split(LIST_WORD)[0]));
  const labels = three ? ['第一产业', '第二产业', '第三产业'] : subjects.length === run.length ? subjects : run.map((f) => f.caption);
  const isShare = run.every((f) => f.x.kind === 'share' && (f.x.unit === '%' || f.x.unit === '')) && sumOf(run) <= 100;
  return {
    type: isShare ? 'doughnut' : chartType(labels),
    members: run,
    labels,
    unit: run[0].x.unit,
    intro,
    headline,
    list: true,
    ...(spread ? { spread } : {}),
  };
}

export function chartType(labels: readonly string[]): 'bar' | 'hbar' {
  return labels.length > 6 || labels.some((l) => Array.from(l).length > 8) ? 'hbar' : 'bar';
}

/** The mark between the parts of a ratio ("17.8:42.8:39.4", "9.1∶44.6∶46.3"). */
const RATIO_MARK = /^[:：∶︰]$/u;
/** The three industries a 三次产业结构 names, in order. */
const THREE_INDUSTRIES = /三次产业|三大产业|一二三产业|三产/u;

/**
 * The ratios among a section's figures ("三次产业结构为17.8:42.8:39.4"): parts of one sentence joined by a ratio
 * mark, each a bare number. On KPI cards they read as three unrelated numbers; together they are a structure.
 */
export function ratios(text: string, figs: readonly DraftFigure[]): DraftFigure[][] {
  const out: DraftFigure[][] = [];
  let run: DraftFigure[] = [];
  for (const f of figs) {
    const prev = run[run.length - 1];
    if (prev && prev.x.start === f.x.start && !f.x.unit && !prev.x.unit && RATIO_MARK.test(text.slice(prev.x.valueEnd, f.x.valueStart))) {
      run.push(f);
      continue;
    }
    if (run.length >= 2) out.push(run);
    run = f.x.unit ? [] : [f];
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/**
 * A ratio as a chart of its parts, in the report's unit (none: a ratio claims none), titled by the clause that
 * states it; the parts are named by the industries when the ratio is of the three (第一产业…), else by order.
 */
export function ratioChart(text: string, run: DraftFigure[]): ChartGroup {
  const first = run[0].x;
  const { intro } = introOf(text, first);
  const whole = intro.replace(/(?:调整)?(?:为|是|达到?)$/u, '');
  // (Read in simplified characters; the deck's script comes back after, draft/script.ts. "輕重工業結構由2007年的28.0∶72.0
  // 變為29.0∶71.0", 湖北 2008, had bars 輕重工業結構（1） and （2）.)
  const read = simplifiedChars(intro);
  const labels =
    run.length === 3 && THREE_INDUSTRIES.test(read)
      ? ['第一产业', '第二产业', '第三产业']
      : run.length === 2 && LIGHT_HEAVY.test(read)
        ? ['轻工业', '重工业']
        : run.map((f, i) => `${f.caption || whole}（${i + 1}）`);
  return { type: 'bar', members: run, labels, unit: '', intro: whole, headline: '', list: false };
}

/** A ratio of light to heavy industry: "轻重工业结构", "轻、重工业比例". */
const LIGHT_HEAVY = /轻[、]?重工业/u;

const MAX_SERIES = 8;

/**
 * A bound ("10%以上", "超过20%", "突破3000亿元", "近八成") is charted only as a target's own form: "地区生产总值增长5.5%以上"
 * beside "固定资产投资增长5%左右" (安徽 2025) is the target itself, drawn at its number and labelled with its words
 * ("5.5%以上": shared/chart-numbers.ts barValue). A bound in an account of the year stays a card: there it is most often a
 * group's floor or a milestone beside the exact figure ("7個市增速達10%以上" beside the province's 9.0%, 辽宁 2019; "突破5000
 * 亿元" beside "5459.58亿元", 陕西 2011), one thing charted twice or a group's bar among single ones. A falling bound
 * ("万元GDP能耗下降4.1%以上", 杭州 2011) is never a bar: its bar goes below zero, where "-4.1%以上" would read as a floor
 * above −4.1%. A bound that compares ("增速连续七个月低于10%", 工信部 2012) is never a bar either: its bar would chart the
 * months as 10%.
 */
const BOUND = /以上|以内|以下|突破|超过|超|近|多|余|逾|不足|跨越|[低高][于於]/u;
/**
 * A step crossed ("预计地区生产总值迈上5000亿元台阶", 淄博 2018) is a bound the report writes with no qualifier: a bar of
 * 5000亿元 would say the economy was 5000亿元.
 */
const STEP_BEFORE = /(?:迈上|跨上|登上|站上|跨越|跨过|迈过|迈入|跨入|突破|越过)$/u;
const STEP_AFTER = /^[^，,；;。\d]{0,4}?(?:台阶|大关|关口)/u;
function stepCrossed(x: Extracted): boolean {
  const at = x.valueStart - x.start;
  const end = x.valueEnd - x.start;
  if (at < 0 || end > x.quote.length) return false;
  return STEP_BEFORE.test(x.quote.slice(Math.max(0, at - 3), at)) && STEP_AFTER.test(x.quote.slice(end));
}
/**
 * An end of a span a group lies in ("黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间", 贵州 2021 by 市州): two bars of
 * 1000 and 1500亿元 would chart the four places as those amounts. Its clause says 之间 after it.
 */
const SPAN_END = /^[^，,；;。]{0,16}之间/u;
const spanEnd = (x: Extracted) => x.valueEnd - x.start <= x.quote.length && SPAN_END.test(x.quote.slice(x.valueEnd - x.start));
const bounded = (f: DraftFigure) =>
  (!!f.x.qualifier && BOUND.test(f.x.qualifier) && (f.status !== 'target' || f.x.number < 0)) || stepCrossed(f.x) || spanEnd(f.x);

export const chartable = (f: DraftFigure) =>
  ['growth', 'level', 'share'].includes(f.x.kind) && (f.x.kind !== 'share' || f.x.unit === '%') && !bounded(f);

/** A clause that picks names out ("正增长的有", "负增长的是"), simplified: each name's rate follows it in brackets. */
/** Between a picked name's rate and the count of the names: "%)等". */
const CLOSES_PICKS = /^\s*%?\s*[)）]\s*等$/u;
/** The count of the names picked and what they are: "等6个县(市、区)", "等3个产业" (simplified). */
const PICKED_NOUN = /等(\d+个)(县\(市、区\)|县（市、区）|县\(市\)|县\(区\)|县|市|区|产业|行业|企业)/u;
const PICKS = /(?:增长|下降|增速)[^，,；;。]{0,4}的(?:有|是|为|包括)/u;

/**
 * The name a rate in brackets is of, when its clause picks names out: "正增长的有大埔县(233.1%)、五华县(76.2%)" gives
 * 大埔县 and 五华县; "电子信息(13.0%)和机电制造(7.6%)" gives 机电制造. '' for any other figure.
 */
function pickedName(text: string, x: Extracted): string {
  let a = x.valueStart;
  if (a > x.start && /[-－−]/u.test(text[a - 1])) a--;
  if (a <= x.start || !/[（(]/u.test(text[a - 1])) return '';
  const before = text.slice(x.start, a - 1);
  const clause = before.slice(Math.max(...[...'，,；;。'].map((c) => before.lastIndexOf(c))) + 1);
  const pick = PICKS.exec(simplifiedChars(clause));
  if (!pick) return '';
  const from = Math.max(clause.lastIndexOf(')'), clause.lastIndexOf('）'), pick.index + pick[0].length - 1) + 1;
  const name = clause.slice(from).replace(/^[、和及与與]/u, '');
  return /^\p{Script=Han}{1,14}$/u.test(name) ? name : '';
}

/**
 * The names a sentence picks out, each with its rate in brackets ("1-8月,全市完成工业投资87.14亿元,同比增长13.4%。正增长的有
 * 大埔县(233.1%)、五华县(76.2%)…等5个县;负增长的有丰顺县(-20.4%)…", 梅州 2023): one chart of them, the bars named by the
 * names alone, whole of the rate the paragraph gave before (their measure). Among the section's other rates they stood
 * beside 重点骨干企业增加值 and 工业投资 themselves, and two such lists of the same counties read alike. Their keys go in
 * `taken`; the count closing a list ("…梅江区(3.7%)等5个县") counts the names charted, and goes in `counts` (a card of it
 * read "大埔县工业投资增速县 5个").
 */
export function picked(text: string, figs: readonly DraftFigure[], taken: Set<string>, counts = new Set<string>()): ChartGroup[] {
  const runs = new Map<string, { members: DraftFigure[]; names: string[] }>();
  for (const f of figs) {
    if (taken.has(f.key) || !chartable(f)) continue;
    const name = pickedName(text, f.x);
    if (!name) continue;
    const id = [f.x.start, f.x.unit, f.x.kind, f.x.period, f.status].join('|');
    const run = runs.get(id) ?? { members: [], names: [] };
    run.members.push(f);
    run.names.push(name);
    runs.set(id, run);
  }
  const out: ChartGroup[] = [];
  for (const { members, names } of runs.values()) {
    if (members.length < 3) continue;
    for (const m of members) taken.add(m.key);
    for (const f of figs)
      if (
        f.x.kind === 'count' &&
        members.some(
          (m) => m.x.start === f.x.start && m.x.valueEnd < f.x.valueStart && CLOSES_PICKS.test(text.slice(m.x.valueEnd, f.x.valueStart)),
        )
      )
        counts.add(f.key);
    const first = members[0].x;
    // The measure: the rate of the same kind the paragraph gave before the names, not one of another list's names.
    const paragraph = text.lastIndexOf('\n', first.start) + 1;
    const whole =
      figs
        .filter(
          (f) =>
            f.x.valueEnd <= first.valueStart &&
            f.x.start >= paragraph &&
            f.x.kind === first.kind &&
            f.x.unit === first.unit &&
            f.status === members[0].status &&
            !pickedName(text, f.x),
        )
        .at(-1) ?? null;
    // The names' own word ("等6个县(市、区)", the fullest of the list's: "等5个县;…等3个县(市、区)") says what they are, each
    // of the rate before ("各县（市、区）工业投资增速", 梅州 2023), or alone with none.
    const span = text.slice(first.valueEnd, members.at(-1)!.x.end);
    const noun = [...simplifiedChars(span).matchAll(new RegExp(PICKED_NOUN, 'gu'))].sort((a, b) => b[2].length - a[2].length)[0];
    // (simplifiedChars keeps every character's place: the report's own characters are read at the same offsets.)
    const each = noun ? `各${span.slice(noun.index + 1 + noun[1].length, noun.index + noun[0].length)}` : '';
    // (Not when the rate's own name says them: "五大支柱产业增加值" over 电力, 电子信息….)
    const named = !!noun && simplifiedChars(whole?.caption ?? '').includes(noun[2]);
    const kindOf = whole
      ? each && !named
        ? `${each}${whole.caption}`
        : whole.caption
      : each && first.kind === 'growth'
        ? `${each}增速`
        : '';
    for (let i = 0; i < members.length; i += MAX_SERIES) {
      const chunk = members.slice(i, i + MAX_SERIES);
      if (chunk.length < 3) break;
      const labels = names.slice(i, i + MAX_SERIES);
      out.push({
        type: chartType(labels),
        members: chunk,
        labels,
        unit: first.unit,
        intro: kindOf,
        headline: '',
        list: false,
        picked: true,
        parts: { topic: '', whole },
      });
    }
  }
  return out;
}

/**
 * The parts a sentence turns to ("分门类看，采矿业增长3.0%，制造业增长3.3%…", "其中汽车制造业增长13.7%，医药制造业…"): the
 * figures after one turn (breakdownOf) of one unit, kind, period and status, three or more, one bar chart each; two
 * stay cards. Their keys go in `taken` either way: a part is never charted against its whole or another turn's parts.
 */
export function breakdowns(text: string, figs: readonly DraftFigure[], taken: Set<string>, own = ''): ChartGroup[] {
  const runs = new Map<string, { at: number; words: string; members: DraftFigure[] }>();
  for (const f of figs) {
    // A comparison place's figure is no part ("其中:制造业增加值同比增长26.1%,比全市制造业增加值平均增速(14.4%)高…", 化隆 2025).
    if (taken.has(f.key) || !chartable(f) || comparisonPlace(f, own)) continue;
    const b = breakdownOf(text, f.x);
    if (!b) continue;
    const id = [b.at, f.x.unit, f.x.kind, f.x.period, f.status].join('|');
    const run = runs.get(id) ?? { ...b, members: [] };
    run.members.push(f);
    runs.set(id, run);
  }
  const out: ChartGroup[] = [];
  for (const run of runs.values())
    for (const members of splitAveraged(run.members)) out.push(...breakdownCharts(text, figs, taken, run.at, run.words, members));
  return out;
}

/** One turn's parts as charts of up to MAX_SERIES bars, titled by the turn (parts.topic) and their whole. */
function breakdownCharts(
  text: string,
  figs: readonly DraftFigure[],
  taken: Set<string>,
  at: number,
  words: string,
  members: DraftFigure[],
): ChartGroup[] {
  const out: ChartGroup[] = [];
  {
    for (const m of members) taken.add(m.key);
    if (members.length < 3) return out;
    const first = members[0].x;
    // "分行业看，39个行业大类中20个行业增长，其中…": the 其中's parts are of the 行业 the sentence turned to, and its whole
    // is among the figures since that turn.
    const named = (w: string) => /^[分从按]/u.test(w);
    const prior = named(words) ? null : turnBetween(text, first.start, at);
    const turn = [words, prior?.words ?? ''].find(named) ?? '';
    const before = figs.filter((f) => f.x.start === first.start && f.x.valueEnd <= at && f.x.valueStart > (prior?.at ?? -1));
    const topic = turn.replace(/^[从按]/u, '分').replace(/(?:来)?[看分]$/u, '');
    // The whole is the figure the 其中 follows, of the parts' own measure if the sentence has one
    // ("增长5.1%，增速比前三季度提升2.5个百分点，其中…": 5.1%, not the change of its rate).
    const like = before.filter((f) => f.x.kind === first.kind && f.x.unit === first.unit);
    // A sentence that opens with 其中 is of the sentence before: "…有24个行业增加值保持同比增长。其中,金属制品业…".
    const opens = !before.length && !text.slice(first.start, at).trim();
    const previous = opens ? figs.filter((f) => f.x.end <= first.start && !text.slice(f.x.end, first.start).trim()).at(-1) : undefined;
    const whole = words === '其中' ? (like.at(-1) ?? before.at(-1) ?? previous ?? null) : null;
    for (let i = 0; i < members.length; i += MAX_SERIES) {
      const chunk = members.slice(i, i + MAX_SERIES);
      if (chunk.length < 3) break;
      const labels = chunk.map((f) => f.caption);
      out.push({
        type: chartType(labels),
        members: chunk,
        labels,
        unit: chunk[0].x.unit,
        intro: '',
        headline: '',
        list: false,
        parts: { topic, whole },
      });
    }
  }
  return out;
}

/** The words of a rate averaged over years ("两年平均"), or '' (a 年均 over a plan's years is the rate itself). */
export function averagedOver(x: Extracted): string {
  if (x.kind !== 'growth') return '';
  const basis = basisOf(x);
  const read = simplifiedChars(basis);
  return /^[两三四五]年平均$/u.test(read) && AVERAGED.exec(read)?.[0] === read ? basis : '';
}

/**
 * Rates of several parts each over the year and averaged over years ("第一产业增加值增长7.7%,两年平均增长6.9%;第二产业…",
 * 贵州 2021; 福建 2021 by 门类): two charts, not six bars side by side where a year's rate stands beside an average; one
 * average among a measure's other bases (鄂尔多斯 2021: 同比, 较2019年同期, 两年平均) stays with them.
 */
function splitAveraged(members: DraftFigure[]): DraftFigure[][] {
  const over = members.filter((m) => averagedOver(m.x));
  if (over.length < 3 || members.length - over.length < 3) return [members];
  return [members.filter((m) => !averagedOver(m.x)), over];
}

/**
 * What a rate measures, where one kind holds several that a chart must not set side by side (甘肃 2015: the growth of
 * output beside the rise of prices, 城镇登记失业率 among the industries' shares of GDP): prices, a rate of its own, or
 * the rest.
 */
function familyOf(f: DraftFigure): string {
  const c = simplifiedChars(f.caption);
  if (/涨幅$|价格/u.test(c)) return 'price';
  // A rate is comparable only with rates of its own name: 营业收入利润率, 资产负债率 and 产能利用率 (国家统计局 2022) were one
  // chart titled 分经济类型占比, three measures on one axis; 城镇登记失业率 beside another place's 失业率 stays one.
  const rate = /(?<!增长|贡献|增加值)(\p{Script=Han}{2}率)$/u.exec(c);
  if (rate) return `rate:${rate[1]}`;
  // Amounts of different measures are no bars on one axis: 天津 2012's 工业总产值 17332.3亿元 beside a 总投资 and 平均每个项目投资
  // (one chart, 前三季度工业总产值等3项指标); 安源 2010's 生产总值 beside 财政总收入 and 地方财政支出.
  // (Money only: output in 万吨 of grain, vegetables and fruit is one axis, 甘肃 2021.)
  if (f.x.kind === 'level' && /元$/u.test(f.x.unit)) return `level:${levelMeasure(c)}`;
  return '';
}

/** What an amount measures, at the end of its caption (simplified, its bracket aside): 增加值, 产值, 投资, 支出… */
const LEVEL_MEASURE =
  /(?:生产总值|GDP|增加值|总产值|产值|营业收入|主营业务收入|主营收入|利润总额|利润|税金|税收|税|投资|投入|固投|支出|收入|产量|出口交货值|进出口总额|出口额|进口额|用电量|余额|销售额|零售总额|零售额|资产|面积)$/u;

/** Measures of one kind under two names: a total and its parts ("社会消费品零售总额" and "城镇消费品零售额", 雅安 2024). */
const SAME_MEASURE: Record<string, string> = {
  GDP: '生产总值',
  总产值: '产值',
  零售总额: '零售额',
  利润总额: '利润',
  主营收入: '主营业务收入',
  税金: '税',
  税收: '税',
  投入: '投资',
  固投: '投资',
};

/** '' when the caption names no measure it ends in (a place's name alone, "毕节", "香洲"). */
function levelMeasure(caption: string): string {
  const m = LEVEL_MEASURE.exec(caption.replace(/（[^（）]*）$/u, ''))?.[0] ?? '';
  return SAME_MEASURE[m] ?? m;
}

/** A whole place ("全县", "我市" = 全市): the country, a province, a prefecture, a county or district. */
const WHOLE_PLACE = /^(?:全|我)([国省市州县区盟])/u;

/**
 * The report's own place ("全县" in 姚安's report, "全区" in 化隆's, "全市" in 银川's): of the whole places that open
 * a clause ("1-9月,全县规模以上工业增加值…", "今年前三季度，我市…"), the one most often. Not those after 比, 高于 or 居
 * ("比全州增速(5.3%)高", "位居全省第3位"): a comparison names them there. '' when none leads or two tie.
 */
export function ownPlace(text: string): string {
  const counts = new Map<string, number>();
  for (const m of simplifiedChars(text).matchAll(/(?<=^|[，。；：,;:\n])(?:全|我)([国省市州县区盟])/gmu))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? `全${ranked[0][0]}` : '';
}

/**
 * A figure of a place the report compares its own with ("全州增速", "全省平均水平增速", "全国增速" in a county's or a
 * city's report): the whole place its caption opens with is not the report's own (ownPlace).
 */
function comparisonPlace(f: DraftFigure, own: string): boolean {
  const m = WHOLE_PLACE.exec(simplifiedChars(f.caption));
  return !!own && !!m && `全${m[1]}` !== own;
}

/**
 * A group of figures split by place: the report's own, and the comparison places' (comparisonPlace). When every
 * comparison is made of one own figure of the group, in its sentence ("全区规模以上工业增加值同比下降0.3%,增速比全市平均增速
 * (8.1%)低8.4个百分点,比全省平均增速(8.4%)低8.7个百分点", 化隆 2025), that figure and its comparisons are a chart of places.
 */
function byPlace(members: readonly DraftFigure[], own: string): DraftFigure[][] {
  const theirs = members.filter((f) => comparisonPlace(f, own));
  if (!theirs.length) return [[...members]];
  const mine = members.filter((f) => !theirs.includes(f));
  const compared = new Set(theirs.map((c) => mine.filter((o) => o.x.start === c.x.start && o.x.valueStart < c.x.valueStart).at(-1)));
  const [one] = compared;
  if (compared.size === 1 && one && theirs.length >= 2)
    return [mine.filter((f) => f !== one), members.filter((f) => f === one || theirs.includes(f))];
  return [mine, theirs];
}

/** A caption that is an industry's name alone, its measure the sentence's ("汽车制造业", "化工医药行业", "能源工业"). */
const INDUSTRY_ALONE = /^[^、，,]{1,16}(?:业|产业|行业)(?:增速|增幅|降幅)?$/u;
/** A caption of the whole economy's or industry's measure ("规模以上工业企业出口交货值", "全市工业投资"). */
const WHOLE_MEASURE = new RegExp(`^(?:${OWN_PLACE})?(?:规模以上|规上|规模)工业|^${OWN_PLACE}`, 'u');

/**
 * Rates gathered from several sentences where most are industries' (汽车制造业, 电子制造业, …) and one is the whole's own
 * measure: "规模以上工业企业实现出口交货值1896.17亿元，同比名义增长24.5%" (重庆 2017 1-7月, a paragraph after the "6+1"
 * industries') was a ninth bar of the industries' chart, titled 分行业增速. A chart sets like beside like: the whole's
 * measure stays a card.
 */
function withoutWholes(text: string, group: readonly DraftFigure[]): DraftFigure[] {
  const industries = group.filter((f) => INDUSTRY_ALONE.test(simplifiedChars(f.caption)));
  if (industries.length < 3 || industries.length * 2 < group.length) return [...group];
  const paragraphOf = (f: DraftFigure) => text.lastIndexOf('\n', f.x.start);
  const theirs = new Set(industries.map(paragraphOf));
  return group.filter((f) => industries.includes(f) || theirs.has(paragraphOf(f)) || !WHOLE_MEASURE.test(simplifiedChars(f.caption)));
}

/**
 * Growth rates gathered from several sentences, less one that dwarfs the rest: "进出口总额比上年增长126.8%" among rates of
 * 1.9 to 8.3% (拉萨 2021) drew five bars each under a fifteenth of the axis, unreadable on a projector. It stays a card (more
 * than five times the largest of the others: the others' bars under a fifth of the axis; "24.8" beside "5.6", 江西 2025, stays
 * a bar). A list the report gives itself is charted whole, as written (listChart).
 */
function withoutOutlier(group: readonly DraftFigure[]): DraftFigure[] {
  if (group.length < 4 || group[0].x.kind !== 'growth') return [...group];
  const size = (f: DraftFigure) => Math.abs(f.x.number);
  const sorted = [...group].sort((a, b) => size(b) - size(a));
  const [top, second] = sorted;
  return size(second) > 0 && size(top) > 5 * size(second) ? group.filter((f) => f !== top) : [...group];
}

/**
 * Three or more figures of one unit, kind, period, status and family (familyOf) not yet charted: one bar chart each.
 * A comparison place's figure (comparisonPlace) is never a bar among the place's own: "比全州增速(5.3%)高1.8个百分点"
 * (姚安 2023) charted 全州增速 5.3% beside the county's industries; the comparison is the key message's, or a card's.
 * Figures of comparison places alone, three or more, still make a chart of places.
 */
export function comparable(text: string, figs: readonly DraftFigure[], charted: ReadonlySet<string>, own = ''): ChartGroup[] {
  const groups = new Map<string, DraftFigure[]>();
  for (const f of figs) {
    if (charted.has(f.key) || !chartable(f)) continue;
    const id = [f.x.unit, f.x.kind, f.x.period, f.status, familyOf(f)].join('|');
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  // Amounts named by a place alone, too few for a chart of their own, are of the one measure their neighbours name: "遵义地区
  // 生产总值3037.87亿元;毕节达到1585.86亿元" (贵州 2021).
  for (const [id, few] of groups) {
    if (!id.endsWith('|level:') || few.length >= 3) continue;
    const named = [...groups.keys()].filter((k) => k !== id && k.startsWith(id));
    if (named.length !== 1) continue;
    groups.set(
      named[0],
      [...groups.get(named[0])!, ...few].sort((a, b) => a.x.valueStart - b.x.valueStart),
    );
    groups.delete(id);
  }
  const out: ChartGroup[] = [];
  for (const group of groups.values())
    for (const members of splitAveraged(group).flatMap((g) => byPlace(withoutWholes(text, withoutOutlier(g)), own))) {
      if (members.length < 3) continue;
      for (let i = 0; i < members.length; i += MAX_SERIES) {
        const chunk = members.slice(i, i + MAX_SERIES);
        if (chunk.length < 3) break;
        const labels = chunk.map((f) => f.caption);
        out.push({ type: chartType(labels), members: chunk, labels, unit: chunk[0].x.unit, intro: '', headline: '', list: false });
      }
    }
  return out;
}
