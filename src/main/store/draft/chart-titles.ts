/**
 * A drafted chart's own title: what it measures, over what period, in what unit ("2025年地区生产总值等5项指标增速
 * （目标，%）"). The slide's title over it is its message, or the section's name for the chart when there is none, and
 * the eyebrow over that is the section (shared/slide-headings.ts): the chart's title says neither again. Before, a
 * chart with no words of its own was titled as its slide ("2025年主要目标任务：主要指标增速（目标）", 安徽 2025), so
 * the section's name was on the slide three times.
 */
import { simplifiedChars } from '../../../shared/extract/script';
import type { ChartGroup } from './groups';

/** A bar's words for its kind of figure, at its end: "地区生产总值增速" is 地区生产总值's. */
const KIND_WORD = /(?:增速|增幅|[涨漲]幅|增[长長]率|[占佔]比|比重|[规規]模|[数數]量|位次|[变變]化)$/u;

/**
 * A list's introduction as the measure it reports: "汽车、石化、医药、电气机械等规模以上工业增加值分别增长" (广东 2022)
 * reports their 增加值增速; "…产品产量分别增长" their 产量增速; words that end in no verb ("三次产业结构") are the measure.
 * '' when they end in another predicate.
 */
export function measureOfIntro(intro: string, kindWord: string): string {
  // (Read in simplified characters, which keep every character's place: the report's own are returned.)
  const read = simplifiedChars(intro);
  // A change from one year to another ("三次产业结构由上年…") names no measure alone.
  if (/由|从/u.test(read)) return '';
  const lead = /^其中[，,：:]?/u.exec(read)?.[0].length ?? 0;
  const m = /^(.+?)(?:分别|均|累计|同比|比上年|比去年同期|当月|[，,])*(?:增长|增加|下降|减少|回升|回落|上升|提高|上涨|下滑)$/u.exec(read);
  if (m) return kindWord && m[1].length > lead ? `${intro.slice(lead, m[1].length)}${kindWord}` : '';
  // Words that name the measure themselves ("三次产业结构为" as 三次产业结构, "…占比分别为" as …占比) are it.
  const named = /(?:分别|均)?(?:为|是)$/u.exec(read);
  const end = named ? named.index : read.length;
  return end <= lead || /(?:分别|均|累计|完成|实现|达到?|为|是|[，,：:])$/u.test(read.slice(0, end)) ? '' : intro.slice(lead, end);
}

/** What a report's turn to its parts names them by: 行业, 三大门类, 经济类型… ("从总量上看" names none). */
const DIMENSION = /(?:门类|行业|经济类型|企业规模|地区|区域|市州|市（州）|县区|产品|产品产量|板块|产业|领域|月度)$/u;

/**
 * A turn to parts as a topic: "分三大门类看" as 分三大门类, "按企业规模分" as 分企业规模, "从不同的产业来看" as 分产业; ''
 * when it names no dimension ("从总量上看", "从企业归属看").
 */
export function turnTopic(turn: string): string {
  const read = simplifiedChars(turn.trim());
  let t = read.replace(/^[从按分]/u, '').replace(/(?:来)?(?:看|划分|分)$/u, '');
  t = t.slice(t.lastIndexOf('的') + 1);
  if (!t || !DIMENSION.test(t)) return '';
  const at = read.indexOf(t);
  return `分${turn.trim().slice(at, at + t.length)}`;
}

/** The bars as a subject: "地区生产总值和规上工业增加值", "地区生产总值等5项指标". */
function subjectOfBars(labels: readonly string[], topic: string): string {
  // Bars that are comparisons ("较1-9月份", "高于全省") name no subject.
  if (labels.some((l) => /^[较較比与與]|[高低][于於]/u.test(l))) return '';
  // Nor do times ("其中7月", "10月", "一季度"): the bars are one measure's.
  if (labels.some((l) => /^(?:其中)?(?:\d{1,4}[年月]|[一二三四]季度|[上下]半年)/u.test(l))) return '';
  // (A share names its whole with it: "第一产业增加值占地区生产总值的比重" is 第一产业增加值's, not "…占地区生产总值的", 大同 2013.)
  const names = labels
    .map((l) =>
      l
        .replace(/（[^（）]*）$/u, '')
        .replace(/[占佔]\p{Script=Han}{2,16}?(?:的)?(?:比重|比例)$/u, '')
        .replace(KIND_WORD, ''),
    )
    .filter(Boolean);
  // (Only the names said must be short: the first, or both of two.)
  if (names.length !== labels.length || names.slice(0, names.length <= 2 ? 2 : 1).some((n) => Array.from(n).length > 16)) return '';
  // (One subject over several times: "烟草制品业增加值"累计 to 2, 3 … 7 months, 云南 2016, was "烟草制品业增加值等6项".)
  if (names.length > 1 && names.every((n) => n === names[0])) return names[0];
  if (names.length <= 2 && Array.from(names.join('和')).length <= 24) return names.join('和');
  // The three industries of one measure, once or over two bases each: "三次产业增加值", not "第一产业增加值等3项".
  const three = [...new Set(names.map(simplifiedChars))].map((n) => /^第([一二三])产业(.*)$/u.exec(n));
  if (three.length === 3 && three.every((m, i) => m && m[1] === '一二三'[i] && m[2] === three[0]![2]))
    return `三次产业${names[0].slice(4)}`;
  // Places of one rank are counted as such: "定州市等7市" (河北 2014's 用电量 by city), not "定州市等7项".
  const suffix = /[市县縣区區旗州]$/u.exec(names[0])?.[0];
  if (suffix && names.every((n) => n.endsWith(suffix) && Array.from(n).length <= 6)) return `${names[0]}等${names.length}${suffix}`;
  // …and places of several ranks as places: "徐水区等4地" (保定 2021: 徐水区, 莲池区, 涿州市, 顺平县).
  if (names.every((n) => /^\p{Script=Han}{1,5}[市县縣区區旗州]$/u.test(n)) && new Set(names.map((n) => n.slice(-1))).size > 1)
    return `${names[0]}等${names.length}地`;
  return `${names[0]}等${names.length}项${topic === '主要指标' ? '指标' : ''}`;
}

/**
 * The chart's title. `kindWord` is what its figures are ("增速", "涨幅", "占比"; '' for levels and counts, whose unit
 * says it), `topic` the turn the report makes to its parts ("分行业", "分三大门类", turnTopic) or '', `list` whether the bars
 * are the items of a list the report names (named by them before the turn), `status` the figures' status
 * (目标 / 预计 are said with the unit) and `period` theirs when they share one.
 */
export function measureTitle(g: MeasureGroup, o: MeasureOptions): string {
  const { what, notes } = measureParts(g, o);
  return `${what}${notes ? `（${notes}）` : ''}`;
}

/**
 * What a chart measures and over what period, as a slide's title when the report gives the chart no words of its own
 * ("1-8月各縣（市、區）增速（%）" over 梅州 2023's counties is titled "1-8月各縣（市、區）增速", not the bare "增速" its section's
 * turn left, nor "主要指标增速"); a target or an estimate says so ("（目标）"). The chart title under it, the same words and
 * its unit, is not drawn again (shared/slide-headings.ts): the axis states the unit.
 */
export function measureHeading(g: MeasureGroup, o: MeasureOptions): string {
  const { what } = measureParts(g, o);
  const mark = o.status === 'target' ? '（目标）' : o.status === 'estimate' ? '（预计）' : '';
  return `${what}${o.basis ? `（${o.basis}）` : ''}${mark}`;
}

type MeasureGroup = Pick<ChartGroup, 'labels' | 'unit' | 'intro' | 'headline'> & {
  /** The bars' figures' captions, when known: bars that are what one figure is compared with are that figure's. */
  captions?: readonly string[];
  /** The measure the sentence named before bars that are names alone (sentenceMeasure), or ''. */
  named?: string;
};

/** A measure a report names places or industries by: the longest first. */
const MEASURE_NAMED =
  /(?:地区生产总值|国内生产总值|生产总值|GDP|(?:规模以上|规上)?工业(?:增加值|总产值|投资)|增加值|总产值|产值|营业收入|(?:工业)?主营(?:业务)?收入|利润总额|利润|固定资产投资|社会消费品零售总额|一般公共预算收入|出口交货值|用电量)/gu;
/** A bar's name that measures nothing itself: a place's alone ("黔南", "铜仁", "辛集市"), its kind word aside… */
const NAME_ALONE = /^\p{Script=Han}{1,6}$/u;
/** …and not a measure, an industry, a part of the economy, a comparison or a time ("进口", "一产", "较去年同期", "全年"). */
const MEASURE_WORD = /收入|支出|出口|进口|总额|投资|投入|固投|税|拉动|消费|情况|同期|全年|上年|去年|[产业品价额率量值]$/u;

/**
 * What bars named by places or industries alone measure, as their sentence named it before them: "贵阳地区生产总值为
 * 3102.44亿元…;黔南、铜仁、六盘水、黔西南位于…之间,分别为1310.35、1098.90、1081.33、1050.40亿元" (贵州 2021 by 市州): the
 * chart of the four was titled 前三季度黔南等4项. '' when a bar names a measure, or the sentence names none before them.
 */
export function sentenceMeasure(sentenceBefore: string, labels: readonly string[]): string {
  const names = labels.map((l) => simplifiedChars(l).replace(KIND_WORD, ''));
  if (!names.every((n) => NAME_ALONE.test(n) && !MEASURE_WORD.test(n))) return '';
  const read = simplifiedChars(sentenceBefore);
  let last: RegExpExecArray | null = null;
  for (const m of read.matchAll(MEASURE_NAMED)) last = m;
  return last ? sentenceBefore.slice(last.index, last.index + last[0].length) : '';
}

/**
 * A caption as a name and the measure it ends in: "遵义地区生产总值增速" as 遵义 and 地区生产总值, "铜仁增速" as 铜仁 and ''
 * (its kind word aside); null when what is left is no name alone (a measure, an industry's output, a comparison).
 */
export function nameAndMeasure(caption: string): { name: string; measure: string } | null {
  const read = simplifiedChars(caption)
    .replace(/（[^（）]*）$/u, '')
    .replace(KIND_WORD, '');
  let measure = '';
  for (const m of read.matchAll(MEASURE_NAMED)) if (m.index + m[0].length === read.length && m.index > 0) measure = m[0];
  const name = read.slice(0, read.length - measure.length);
  if (!NAME_ALONE.test(name) || MEASURE_WORD.test(name)) return null;
  return { name: caption.slice(0, name.length), measure: caption.slice(name.length, name.length + measure.length) };
}

/** A bar that is what a rate is compared with: "比去年同期", "同比", "环比", "较1—9月份" (after a stray "但增幅"). */
const BASE_BAR = /^(?:但|而)?(?:增幅|增速)?(?:同比|环比|比|较|與|与)/u;

/**
 * The one measure bars compared against several bases are of: "全市规模以上工业增加值同比增长8.7%，增速分别比去年同期、去年
 * 全年加快2.2、2.1个百分点" (重庆 2024) charts 规模以上工业增加值增速变化, not 主要指标变化; '' when the bars are not bases or
 * their captions differ.
 */
function comparedMeasure(g: MeasureGroup, kindWord: string): string {
  const c = g.captions ?? [];
  if (!c.length || c.length !== g.labels.length || !g.labels.every((l) => BASE_BAR.test(simplifiedChars(l)))) return '';
  if (c.some((x) => x !== c[0]) || /^主要指[标標]/u.test(c[0])) return '';
  return KIND_WORD.test(simplifiedChars(c[0])) ? c[0] : `${c[0]}${kindWord}`;
}
/** What a level measures, at the end of its bar's name: "國有控股企業利潤" is a 利潤. */
const LEVEL_NOUN = /(?:利润总额|利润|增加值|总产值|产值|产量|营业收入|主营业务收入|固定资产投资|投资|出口交货值|出口额|用电量)$/u;

/**
 * The measure of a chart of levels, which has no kind word: the noun its bars' names end in, when those that end in one
 * end in the same, two or more and a third of the bars at least ("2022年分經濟類型利潤" over 规模以上工业企业利润, 国有控股企业
 * 利润, 股份制企业…, 国家统计局 2022, which read "2022年分經濟類型": the others are the same sentence's, their noun said
 * once); '' else. (In the report's characters: simplified keeps every place.)
 */
function levelNoun(g: MeasureGroup, subject: string): string {
  const names = g.captions ?? g.labels;
  const nouns = names.map((n) => {
    const m = LEVEL_NOUN.exec(simplifiedChars(n));
    return m ? n.slice(m.index) : '';
  });
  const said = nouns.filter(Boolean);
  // Products in a unit of their own (万吨, 万辆: 重庆 2024's "从重点产品看" chart of 钢材, 铝材 and 水泥) are their output.
  if (!said.length && /^分.*产品$/u.test(simplifiedChars(subject)) && g.unit && !/元|%/u.test(g.unit)) return '产量';
  if (said.length < 2 || said.length * 3 < names.length || new Set(said.map(simplifiedChars)).size !== 1) return '';
  // (Only parts named by the report's turn: bars named by themselves, "第一产业增加值等3项指标", say it already.)
  return /^分/u.test(subject) && !simplifiedChars(subject).endsWith(simplifiedChars(said[0])) ? said[0] : '';
}

interface MeasureOptions {
  kindWord: string;
  topic: string;
  status: 'actual' | 'target' | 'estimate';
  period: string;
  list?: boolean;
  /** What every bar is averaged over ("两年平均"), said with the unit; '' or absent for a year's own rates. */
  basis?: string;
}

/** The chart's period and measure ("1-8月工业投资增速"), and its notes: status and unit ("目标，%"). */
function measureParts(g: MeasureGroup, o: MeasureOptions): { what: string; notes: string } {
  // A long list's introduction gives way to its headline ("全市七大主要产业增加值分别同比增长", "金属制品业等增加值…").
  const words = Array.from(g.intro).length <= 26 ? g.intro : g.headline;
  const intro = /\d/u.test(words) ? '' : measureOfIntro(words, o.kindWord);
  // Parts the report turns to are named by its turn ("分门类", "分三大门类"); a list's items and other bars by themselves.
  const subject = (o.list ? subjectOfBars(g.labels, '') || o.topic : o.topic || subjectOfBars(g.labels, '主要指标')) || '主要指标';
  // Bars named alone take the measure their sentence named ("分市州地区生产总值", "黔南等4项地区生产总值").
  const named = !intro && g.named ? `${o.topic || subjectOfBars(g.labels, '')}${g.named}${o.kindWord}` : '';
  // (A subject that is a rate or a pull already says what kind its figures are: "三次产业对生产总值增长的贡献率", not "…贡献率占比".)
  const kindSaid = /(?:率|比例|比重|[占佔]比|拉动|[拉帶带]動)$/u.test(subject);
  const measure = intro || comparedMeasure(g, o.kindWord) || named || `${subject}${kindSaid ? '' : o.kindWord || levelNoun(g, subject)}`;
  // (A period the measure already names, with any dash: "1—11月工业重点产业…" is of 1-11月.)
  const dashes = (x: string) => x.replace(/[—–－~～至]/gu, '-');
  const period = o.period && !dashes(measure).includes(dashes(o.period)) ? o.period : '';
  const mark = o.status === 'target' ? '目标' : o.status === 'estimate' ? '预计' : '';
  return { what: `${period}${measure}`, notes: [o.basis ?? '', mark, g.unit].filter(Boolean).join('，') };
}
