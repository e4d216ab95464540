/**
 * KPI cards on one slide that would carry the same caption ("规模以上工业增加值增速" for 比上年增长12.8%,
 * 较2019年增长19.7% and 两年平均增长9.4%) are told apart by what differs between them in the report's own
 * words: the comparison each is made against, else the period each is about. A room reading three equal
 * captions over three different numbers cannot know which is which.
 */
import type { Extracted } from '../../../shared/extract';
import { KIND_WORD } from './captions';
import { simplifiedChars } from '../../../shared/extract/script';

const CLAUSE_END = /[，,；;。：:！!？?\n]/u;
const PLACE = '(?:全国|全省|全市|全州|全县|全区|全盟|全球|全世界|西部|东部|中部|东北|全行业)';
const AGAINST =
  '(?:上年同期|去年同期|上年|去年|上月|上季度?|年初|同期|' +
  '(?:[一二三四]|第[一二三四])季度|前三季度|上半年|下半年|' +
  '\\d{1,2}[-—–~～至]\\d{1,2}月份?|\\d{1,2}月份?|20\\d\\d年(?:同期|末|底)?(?:\\d{1,2}[-—–~～至]\\d{1,2}月份?)?|' +
  `${PLACE}(?:平均水平|平均|水平)?)`;
/** A rate averaged over years: "两年平均", "年均". */
export const AVERAGED = /(?:两|三|四|五|十)年平均|年均/u;
/** What the figure is measured against, as the report writes it, nearest the number first. */
const BASES: RegExp[] = [
  AVERAGED,
  new RegExp(`(?:比|较|与|同比|环比)${AGAINST}`, 'u'),
  new RegExp(`(?:高于|低于|超过|快于|慢于|超出)${PLACE}`, 'u'),
  /同比|环比|当月|累计/u,
  // ("列全国10位、西部地区5位", 重庆 2024: two ranks in one clause, each after its place.)
  new RegExp(`${PLACE}(?:地区)?(?=第$|排名|排位|位次|$)`, 'u'),
];

/** The words of the figure's own clause before its number. */
function clauseBefore(x: Extracted): string {
  const before = x.quote.slice(0, Math.max(0, x.valueStart - x.start));
  const parts = before.split(CLAUSE_END);
  return parts[parts.length - 1] ?? '';
}

/** The comparison a figure is made against ("较2019年", "两年平均", "高于全国"), or '' when its clause names none. */
export function basisOf(x: Extracted): string {
  const clause = clauseBefore(x);
  // Read in simplified characters, told in the report's ("較7月" and "比1-7月", 北京 2022, traditional).
  const read = simplifiedChars(clause);
  for (const re of BASES) {
    const m = re.exec(read);
    if (m) return clause.slice(m.index, m.index + m[0].length).replace(/^[与與]/u, '');
  }
  return '';
}

const YEAR = /^(?:19|20)\d{2}年/u;

/** A basis in one word for the ways a report says "against the year before". */
const sameBasis = (basis: string) => basis.replace(/^(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)$/u, '同比');

const allDistinct = (xs: readonly string[]) => xs.every((t) => t) && new Set(xs).size === xs.length;
const someDiffer = (xs: readonly string[]) => new Set(xs).size > 1;

/** The kind's word, unless the caption already ends in it ("…增速" needs no "（增速）"). */
function kindTag(caption: string, kind: string): string {
  const tag = KIND_WORD[kind] ?? '';
  return tag && !caption.endsWith(tag) ? tag : '';
}

/** Between the two ends of a range (after the first end's unit): "6%-6.5%", "6.5%—7%", "8至9%", "12%到39%". */
const RANGE_MARK = /^\s*[-—–~～至到]\s*$/u;

/**
 * Which end of a range written in one clause a figure is: "全市生产总值增长6%-6.5%" (上海 2019's target, two bars 生产总值增速
 * and 生产总值增速（2）), "国内生产总值增长6.5%-7%" (国务院 2016) are its 下限 and 上限; '' for a figure of no range.
 */
function rangeEnd(x: Extracted, others: readonly Extracted[]): string {
  // ("位于 1000 亿元至 1500 亿元之间", 贵州 2021 by 市州: the first end's unit between them.)
  const gap = (a: Extracted, b: Extracted) =>
    a.start === b.start &&
    a.valueEnd <= b.valueStart &&
    RANGE_MARK.test(
      a.quote
        .slice(a.valueEnd - a.start, b.valueStart - a.start)
        .trimStart()
        .replace(a.unit === '%' ? /^[%％]/u : a.unit, ''),
    );
  if (others.some((o) => o !== x && gap(x, o))) return '下限';
  if (others.some((o) => o !== x && gap(o, x))) return '上限';
  return '';
}

/**
 * What was done with a count, when its clause says it after its subject: "2920个重点项目开工建设" and "1166个重点项目建成投产"
 * (福建 2022) are 重点项目 both, one started and one finished; or right after the count, its subject said before: "统计监测
 * 的23种工业产品,12种增长,11种下降" (杨凌 2023) are 工业产品 all three, the last two those that rose and fell. '' when the
 * clause goes on otherwise.
 */
function doneAfter(x: Extracted, caption: string): string {
  const after = x.quote.slice(x.valueEnd - x.start).split(CLAUSE_END)[0] ?? '';
  const rest = after.startsWith(x.unit) ? after.slice(x.unit.length) : after;
  if (!caption) return '';
  if (!rest.startsWith(caption)) return x.kind === 'count' && /^\p{Script=Han}{2,4}$/u.test(rest) ? rest : '';
  const done = rest.slice(caption.length).trim();
  return /^\p{Script=Han}{2,6}$/u.test(done) ? done : '';
}

/**
 * What a count's subject is said to be, right before it in its clause: "产值过100亿元的企业18户,过10亿元的企业134户" (武汉 2016)
 * are 企业 both, those of over 10 billion and over 1 billion; '' when the clause names the subject alone or says more.
 */
function describedBefore(x: Extracted, caption: string): string {
  const clause = clauseBefore(x);
  if (x.kind !== 'count' || !caption || !clause.endsWith(caption)) return '';
  const said = clause.slice(0, -caption.length).replace(/的$/u, '').trim();
  return said.length <= 12 && /^[\p{Script=Han}\d.]+$/u.test(said) ? said : '';
}

/**
 * What tells each of the cards shown together apart from the others that share its caption ('' for a card that
 * shares none, or differs in nothing): its basis if the bases alone tell them apart, else its period, else its
 * kind; failing each alone, all of those that differ.
 */
export function distinctTags(cards: readonly { caption: string; x: Extracted }[]): string[] {
  const out = cards.map(() => '');
  const byCaption = new Map<string, number[]>();
  cards.forEach((c, i) => byCaption.set(c.caption, [...(byCaption.get(c.caption) ?? []), i]));
  for (const [caption, at] of byCaption) {
    if (at.length < 2) continue;
    const ways = [
      at.map((i) => basisOf(cards[i].x)),
      at.map((i) => cards[i].x.period),
      at.map((i) => kindTag(caption, cards[i].x.kind)),
      at.map((i) =>
        rangeEnd(
          cards[i].x,
          at.map((j) => cards[j].x),
        ),
      ),
      at.map((i) => doneAfter(cards[i].x, caption)),
      at.map((i) => describedBefore(cards[i].x, caption)),
    ];
    // "同比" and "比上年" say one thing (against a year before): they tell a month's rate from the year's only in words.
    const alone = ways.find((w, n) => allDistinct(n === 0 ? w.map(sameBasis) : w));
    const differ = ways.filter(someDiffer);
    at.forEach((i, k) => {
      out[i] =
        alone?.[k] ??
        differ
          .map((w) => w[k])
          .filter(Boolean)
          .join('，');
    });
  }
  return out;
}

/**
 * A figure's period where it is not the report's own (the deck's as-of, which its title page states), as a card
 * names it: without the year the two share ("2023年12月" in a report on 2023 → "12月"), else whole ("2014年",
 * "“十二五”时期"); '' when it is the report's period or says none.
 */
export function periodTag(period: string, asOf: string): string {
  if (!period || !asOf || samePeriod(period, asOf, asOf)) return '';
  const year = YEAR.exec(asOf)?.[0] ?? '';
  return year && period.startsWith(year) && period.length > year.length ? period.slice(year.length) : period;
}

/**
 * Two periods that are one in a report as of `asOf`: a period the text wrote without its year ("1-7月", "全年") is of the
 * report's year, so a headline's "2017年1-7月" and the lead's "1-7月" are one (2016年1-7月 is not), and 前三季度 is 1-9月.
 */
export function samePeriod(a: string, b: string, asOf: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const year = YEAR.exec(asOf)?.[0] ?? '';
  const own = (p: string) => (YEAR.test(p) ? p : year + p);
  return sameSpan(own(a), own(b));
}

/** The months a period of one year covers, as "1-9月" (前三季度, 1-9月, 9月底 when cumulative, 三季度末); the year for 全年. */
const SPANS: [RegExp, string][] = [
  [/全年$/u, ''],
  [/(?:第?一季度|1-3月)$/u, '1-3月'],
  [/(?:上半年|1-6月)$/u, '1-6月'],
  [/(?:前三季度|1-9月|三季度末)$/u, '1-9月'],
  [/(?:(\d{1,2})月(?:底|末))$/u, '1-$1月'],
];
function sameSpan(a: string, b: string): boolean {
  const norm = (p: string) => SPANS.reduce((acc, [re, to]) => acc.replace(re, to), p);
  return norm(a) === norm(b);
}

/** The years a rate is averaged over ("两年平均", "年均"), where its caption does not say it; else ''. */
function averagedOver(card: { caption: string; x: Extracted }): string {
  const basis = card.x.kind === 'growth' ? basisOf(card.x) : '';
  // (basisOf gives the words BASES matched: the first of them, AVERAGED, is this basis.)
  return basis && AVERAGED.exec(simplifiedChars(basis))?.[0] === simplifiedChars(basis) && !card.caption.includes(basis) ? basis : '';
}

/**
 * The captions for cards shown together, each with its tag (distinctTags) where it has one: "X增速（两年平均）"; with
 * the report's as-of, a card without one names its period where that is not the report's ("规模工业增加值增速（12月）"
 * beside the year's): the room reads a card without its sentence.
 */
export function distinctCaptions(cards: readonly { caption: string; x: Extracted }[], asOf = ''): string[] {
  const byTags = (tags: readonly string[]) => cards.map((c, i) => (tags[i] ? `${c.caption}（${tags[i]}）` : c.caption));
  // A rate averaged over years says so on its card even alone: "两年平均增长5.9%" beside "同比增长8.7%" shown under the
  // level's card (贵州 2021 前三季度) read 地区生产总值增速 5.9%, the period's growth as a room would take it.
  const told = distinctTags(cards).map((tag, i) => tag || averagedOver(cards[i]));
  const tags = told.map((tag, i) => {
    const own = periodTag(cards[i].x.period, asOf);
    // A period tag as the deck reads it: "12月" in a deck on 2021年, none for the report's own period.
    if (tag && tag === cards[i].x.period) return own;
    return tag || (own && !cards[i].caption.includes(own) ? own : '');
  });
  const shown = byTags(tags);
  // Unless that leaves two cards alike (全年 and 2021年 are both the report's period): then as told.
  return new Set(shown).size === new Set(byTags(told)).size ? shown : byTags(told);
}

/**
 * Names for the bars of one chart: where every bar would carry one caption and each has its own tag, the tags
 * alone ("2013年", "2014年"…; the chart's title says what is measured); else the captions made distinct.
 */
export function distinctBarNames(cards: readonly { caption: string; x: Extracted }[]): string[] {
  const tags = distinctTags(cards);
  const one = cards.every((c) => c.caption === cards[0].caption);
  return one && allDistinct(tags) ? tags : cards.map((c, i) => (tags[i] ? `${c.caption}（${tags[i]}）` : c.caption));
}
