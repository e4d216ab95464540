/**
 * Message titles and key messages drawn from the figures, in the report's own words: the clause that
 * holds the figure, shortened (never reworded) — a slide may shorten the report, never reword it.
 */
import type { Extracted } from '../../../shared/extract';
import { simplifiedChars } from '../../../shared/extract/script';
import { OWN_PLACE, statusOf } from './captions';

/** A clause ends at punctuation; a line break inside a sentence (a page wrapped it) does not end one. */
const CLAUSE_END = /[，。；！？：,;!?:]/u;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/**
 * Whether the character at `i` ends a clause: the colon of a ratio ("17.8:42.8:39.4") does not, nor a comma in a
 * short note in brackets ("生产总值(预计,下同)、财政总收入…", 泉州, held-out set 14).
 */
const endsClause = (text: string, i: number) =>
  CLAUSE_END.test(text[i]) && !(text[i] === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) && !inShortNote(text, i);
const OPEN = /[（(]/u;
const CLOSE = /[)）]/u;
/** Whether `i` is inside brackets that open and close within 10 characters of it. */
function inShortNote(text: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && i - a <= 10 && !OPEN.test(text[a]) && !CLOSE.test(text[a])) a--;
  if (a < 0 || i - a > 10 || !OPEN.test(text[a])) return false;
  let b = i + 1;
  while (b < text.length && b - i <= 10 && !CLOSE.test(text[b]) && !OPEN.test(text[b])) b++;
  return b < text.length && b - i <= 10 && CLOSE.test(text[b]);
}
/** Words a title can drop from a clause's start: time and place are in the section and the period. */
const OPENING =
  /^(?:[“"■□●○◆◇▲△★☆•▪►◎]\s*|[一二三四五六七八九十]是|今年|去年|同时|其中|此外|另外|目前|上半年|全年|\d{4}年|前?\d{1,2}(?:[~～至-]\d{1,2})?个?月份?|前[二三四五六七八九十]{1,2}个月|元至\d{1,2}月|在[^，,]{0,20}下|但是?|而且|并且|不[仅僅])+/u;

/** The clause of the report holding the figure: from the punctuation before it to the one after. */
export function clauseOf(text: string, x: Extracted): string {
  return unwrapped(text.slice(clauseStart(text, x), clauseEnd(text, x)).trim());
}

function clauseStart(text: string, x: Extracted): number {
  let a = x.valueStart;
  while (a > x.start && !endsClause(text, a - 1)) a--;
  return a;
}

function clauseEnd(text: string, x: Extracted): number {
  let b = x.valueEnd;
  while (b < x.end && !endsClause(text, b)) b++;
  return b;
}

/**
 * A line break a page left inside a figure ("下降3.\n9个百分点") or a word ("借贷余\n额", a page wrapped at a fixed
 * width): a slide's line is the report's words run on, so the break goes (the check that a slide never rewords the
 * report reads past white space as well).
 */
export const unwrapped = (s: string) => s.replace(/[ \t\u3000]*\n[ \t\u3000]*/gu, '');

const TITLE_MAX = 26;
/** A title without a pause to begin at may run this long (two balanced lines) rather than begin inside a word. */
const TITLE_SOFT = 36;

/** A message title: the figure's clause, without its opening time words, cut after the figure if long. */
export function titleOf(text: string, x: Extracted): string {
  return titleParts(text, x).title;
}

/**
 * The title, whether it is its clause whole (not cut after the figure, nor to its last characters), and whether
 * it had to be cut inside a word (no pause to begin at, too long to keep whole).
 */
function titleParts(text: string, x: Extracted): { title: string; whole: boolean; midWord?: boolean } {
  let c = framed(text, x);
  if (c) return { title: c, whole: true };
  c = clauseOf(text, x);
  // A frame that could not take the clause it frames ("在全市35个工业行业大类中", 濮阳) says nothing alone.
  if (FRAME_END.test(c) && x.valueEnd < clauseEnd(text, x)) return { title: c, whole: true, midWord: true };
  const stripped = c.replace(OPENING, '');
  // Not the first item of a list ("10月、11月、12月增加值增速分别为…" keeps its 10月).
  if (stripped.length >= 6 && !/^[、和及与]/u.test(stripped)) c = stripped;
  c = c.replace(/^[“”"]+|[“”"]+$/gu, '');
  // "累计降幅分别为7.5%,7.8%,…" (云南, held-out set 15): the list goes on past a comma, so the clause is one value cut
  // from the rest.
  if (LIST_WORD.test(c) && LIST_GOES_ON.test(text.slice(clauseEnd(text, x), clauseEnd(text, x) + 2))) return { title: c, whole: false };
  if (Array.from(c).length <= TITLE_MAX) return { title: c, whole: true };
  // A 分别 list stays whole on two lines rather than show its first value alone.
  if (LIST_WORD.test(c) && Array.from(c).length <= TITLE_SOFT) return { title: c, whole: true };
  // Keep the words up to the figure and its unit, from the start of its subject.
  const endOfFigure = text.indexOf(x.unit, x.valueEnd) === x.valueEnd ? x.valueEnd + x.unit.length : x.valueEnd;
  const at = c.indexOf(unwrapped(text.slice(x.valueStart, endOfFigure)));
  const head = at >= 0 ? c.slice(0, at + (endOfFigure - x.valueStart)) : c;
  // "在统计的40个大类行业中有24个行业…" cut after "40个" leaves a count without what it counts: the clause stays whole on two
  // lines, or does not read alone.
  if (COUNTER_END.test(simplifiedChars(head)))
    return { title: c, whole: Array.from(c).length <= TITLE_SOFT, midWord: Array.from(c).length > TITLE_SOFT };
  const title = shortened(head);
  return { title, whole: false, midWord: Array.from(title).length < Array.from(head).length && !startsClean(head, title) };
}

/** A measure word that needs the noun after it: "40个", "406种". */
const COUNTER_END = /\d(?:个|种|家|项|户|座|所|类|条|批)$/u;

/** A clause that only sets the frame of the next one: "规模以上工业在目录的412种产品中". */
const FRAME_END = /(?:之?中|里)$/u;

/**
 * A figure's clause joined with the clauses it needs to be a statement, when together they are short enough for a
 * title: the frame before or after it ("规模以上工业在目录的412种产品中，221种产量增长", 天津: not the frame alone, nor
 * "221种产量增长", of what?) and the subject's clause before a clause that opens with its predicate
 * ("…221种产量增长，占目录产品的53.6%"; "规模以上工业增加值增长3.4%，比上年加快1.0个百分点"). '' when it needs none, or
 * they do not fit.
 */
function framed(text: string, x: Extracted): string {
  let a = clauseStart(text, x);
  const b = clauseEnd(text, x);
  const own = unwrapped(text.slice(a, b).trim());
  const parts = [own];
  const fits = () => Array.from(parts.join('，').replace(OPENING, '')).length <= TITLE_SOFT;
  for (;;) {
    if (a <= x.start) break;
    let s = a - 1;
    while (s > x.start && !endsClause(text, s - 1)) s--;
    const prev = unwrapped(text.slice(s, a - 1).trim());
    const needs = PREDICATE_FIRST.test(parts[0].replace(OPENING, '')) ? namesSubject(prev) : FRAME_END.test(prev) && /\d/u.test(prev);
    if (!needs) break;
    parts.unshift(prev);
    if (!fits()) return '';
    a = s;
  }
  if (FRAME_END.test(own) && b + 1 < x.end) {
    let e = b + 1;
    while (e < x.end && !endsClause(text, e)) e++;
    parts.push(unwrapped(text.slice(b + 1, e).trim()));
  }
  if (parts.length < 2 || PREDICATE_FIRST.test(parts[0].replace(OPENING, ''))) return '';
  const title = parts
    .join('，')
    .replace(OPENING, '')
    .replace(/^[“”"]+|[“”"]+$/gu, '');
  return Array.from(title).length <= TITLE_SOFT && !LIST_WORD.test(title) ? title : '';
}

/**
 * Whether a clause before a predicate's can be its subject: one with a figure of its own that opens with what it
 * measures ("规模以上工业增加值增长3.4%"), not a method ("按可比价格计算"), a remark ("创今年最大降幅") or a rank or
 * comparison that names nothing ("在中部排第3位", "比上年提高…").
 */
const namesSubject = (clause: string) => {
  const c = clause.replace(OPENING, '');
  return /\d/u.test(c) && !PREDICATE_FIRST.test(c) && !/^(?:在|居|排|位列|列|按|以|从|其中)/u.test(c) && !VALUE_FIRST.test(c);
};

/** Whether a title cut from the end of `head` begins after a pause. */
const startsClean = (head: string, title: string) => PAUSE.test(Array.from(head).at(-Array.from(title).length - 1) ?? '');

const LEADING_PLACE = new RegExp(`^${OWN_PLACE}`, 'u');

/** Where a title may begin inside a clause: after a pause (、，；：), never inside brackets. */
const PAUSE = /[、，,；;：:]/u;
/** …and begin with a word: not a value of a list ("18.5%、12.2%"). */
const HAN = /\p{Script=Han}/u;

/**
 * A head too long for a title keeps its end (the figure) and begins where a careful editor would: after the
 * last pause that leaves it within TITLE_MAX; with no such pause, whole (less a leading 全省/全市) up to TITLE_SOFT
 * (a title of two balanced lines) rather than cut inside a word ("新技术产业…" for 高新技术产业); only beyond that, its last
 * TITLE_MAX characters.
 */
function shortened(head: string): string {
  if (Array.from(head).length > TITLE_MAX) head = head.replace(LEADING_PLACE, '');
  const chars = Array.from(head);
  if (chars.length <= TITLE_MAX) return head;
  for (let i = chars.length - TITLE_MAX; i < chars.length - 4; i++)
    if (PAUSE.test(chars[i - 1]) && HAN.test(chars[i]) && !/[\d%％]/u.test(chars[i - 2] ?? '')) return chars.slice(i).join('');
  return chars.length <= TITLE_SOFT ? head : chars.slice(-TITLE_MAX).join('');
}

/**
 * Whether every bracket the title opens it also closes, and the other way round ("甘孜(21.5%" does not); and every
 * quotation or document name it opens, it closes (襄阳 2022: "加快構建“1個" was cut after its figure inside the
 * quotation "1個4000億級汽車産業、…"; a quotation's opening mark may have gone with the clause's start: "十四五”期间").
 */
function balanced(title: string): boolean {
  let depth = 0;
  for (const ch of title) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth < 0) return false;
  }
  const quote = title.lastIndexOf('“');
  const book = title.lastIndexOf('《');
  return depth === 0 && (quote < 0 || title.includes('”', quote)) && (book < 0 || title.includes('》', book));
}

/** 分别 / 依次: a list of subjects whose values follow in order. */
const LIST_WORD = /分别|依次/u;
/** A comma and a digit: the next value of a list written with commas. */
const LIST_GOES_ON = /^[，,]\d/u;

/**
 * Whether the title drawn from a figure reads right on its own. A 分别 list cut after one of its values
 * does not: "新材料、电子信息行业投资分别增长118.1%" names two subjects and shows one value; nor does a
 * clause that opens with its predicate.
 */
export function readsAlone(text: string, x: Extracted): boolean {
  const parts = titleParts(text, x);
  const { whole, midWord } = parts;
  // (In a report's traditional characters too: "高於全國平均水準5.3個百分點", "增長8.4%", 辽宁 2019 and 国家统计局 2022.)
  const title = simplifiedChars(parts.title);
  return (
    (whole || !LIST_WORD.test(title)) &&
    !midWord &&
    !PREDICATE_FIRST.test(title) &&
    !VALUE_FIRST.test(title) &&
    !SOURCE_FIRST.test(title) &&
    !PRONOUN_FIRST.test(title) &&
    balanced(title)
  );
}

/**
 * A title that opens with a value ("18.5%、12.2%", ".5%"), not with a count of things that names them ("39个行业大类中20个行业
 * 增长", "221种产量增长" framed by its 412种产品中).
 */
const VALUE_FIRST = /^[.、%％\s]|^\d(?!\d*(?:个(?!百分点)|种|家|项|户|座|所|类|大|条|批)\p{Script=Han})/u;

/**
 * A clause whose subject is "its" (其总量, 其中 aside): "其总量由全省第八位跃升到第四位" (四平 2011) says nothing of whose; nor
 * does "该地区生产总值首次突破3000亿元" (贵州 2021, of 遵义, named in the sentence before).
 */
const PRONOUN_FIRST = /^(?:其(?!中|他|余|它)|[该該](?:地区|地區|市|县|縣|区|區|省|州|旗|企业|企業|行业|行業|产业|產業|公司|园区|園區))/u;

/** A clause that says where the numbers come from, not what they say: "根据国家统计局黑龙江调查总队在全省27个市县的…调查结果". */
const SOURCE_FIRST = /^(?:根据|依据|据|按照|经)/u;

/**
 * A clause that opens with its predicate, or a bare rate, names no subject: "增长11.7%" (of what?),
 * "增幅比上年回落1.1个百分点", also after an adverb ("但仍低于全省平均增速2.1个百分点", 岳阳 2018; "累计增长7.4%", 湖北 2018) or
 * a basis ("两年平均增长5.9%", 贵州 2021, which titled the chart of its three industries' levels; "可比增长3.4%").
 * As a title it does not read alone.
 */
export const PREDICATE_FIRST =
  /^(?:仍然?|依然|还|也|均|都|继续|累计|[两三四五]?年平均|平均|可比|按照?可比(?:价格|价|口径)(?:计算)?[，,]?)?(?:增幅|增速|降幅|涨幅|同比|环比|比|较|增长|增加|下降|减少|提高|提升|回落|上升|降低|(?:回升|上涨|收窄|扩大|缩小|加快|放缓|下滑)(?=[0-9０-９])|[占佔]|居|位居|远?高于|远?低于|高出|低出|快于|慢于|年均|分别|拉动|带动|上拉|下拉|达到?|为|是|(?:贡献率|比重|占比)(?:达到?|为|是|超过))/u;

/** The first of these figures whose title reads right alone (readsAlone), in the order given; null if none does. */
export function firstReadingAlone(text: string, xs: readonly Extracted[]): Extracted | null {
  return xs.find((x) => readsAlone(text, x)) ?? null;
}

/** How much a figure stands out, for picking the slide's message: a share above half, the fastest growth, the largest change. */
export function salience(x: Extracted): number {
  if (statusOf(x) !== 'actual') return 0;
  const share = x.kind === 'share' && ((x.unit === '%' && x.number > 50) || (x.unit === '' && x.number > 0.5 && x.number <= 1));
  if (share) return 3000 + x.number;
  if (x.kind === 'growth' && x.unit === '%') return 2000 + x.number;
  if (x.kind === 'multiple') return 2500 + x.number;
  if (x.kind === 'change') return 1000 + Math.abs(x.number);
  return 0;
}

/**
 * Whether x is one of the parts of y: "全省规模工业增加值比上年增长5.1%，增速比前三季度提升2.5个百分点，其中采矿业增长
 * 8.6%": in one sentence, 其中 between them, both of one kind and unit, and y the last figure before that 其中 but for
 * the changes that compare y ("提升2.5个百分点"). A part does not outrank its whole: 采矿业's 8.6% is not the message
 * of a slide about industry growing 5.1%. "39个行业大类中20个行业增长，其中汽车制造业增长13.7%" makes no part of an
 * earlier 采矿业增长3.0%: the 其中 is of the 20 industries.
 */
function isPartOf(text: string, x: Extracted, y: Extracted): boolean {
  if (y.start !== x.start || y.valueEnd > x.valueStart || y.kind !== x.kind || y.unit !== x.unit) return false;
  const between = text.slice(y.valueEnd, x.valueStart);
  const at = between.lastIndexOf('其中');
  return (
    at >= 0 &&
    between
      .slice(0, at)
      .split(/[，,；;]/u)
      .every((clause) => !/\d/u.test(clause) || clause.includes('百分点'))
  );
}

/**
 * The report turning from a whole to its parts inside a sentence: "分门类看，", "分行业看，", "从地区看，", "按经济类型分，",
 * "其中". The figures after it are the parts' (采矿业, 汽车制造业), not the message of their section.
 */
const BREAKDOWN =
  /(?:[分从按](?:三大)?(?:门类|行业|地区|区域|区县|县区|地域|产品|领域|经济类型|企业类型|登记注册类型|所有制|企业规模|规模|轻重工业|产业|板块|园区)(?:来)?(?:看|分)|其中)/gu;

/** The last turn to parts (BREAKDOWN) in x's sentence before its value: where it is and what it says; null if none. */
export function breakdownOf(text: string, x: Extracted): { at: number; words: string } | null {
  return turnBetween(text, x.start, x.valueStart);
}

/** The last turn to parts (BREAKDOWN) in text[from, to): where it is and what it says; null if none. */
export function turnBetween(text: string, from: number, to: number): { at: number; words: string } | null {
  let found: { at: number; words: string } | null = null;
  for (const m of text.slice(from, to).matchAll(BREAKDOWN)) found = { at: from + m.index, words: m[0] };
  return found;
}

/** A figure of the whole country ("全国规上工业增速") in a report whose other figures are of its own place: a comparison. */
const COUNTRY = /^全国/u;

/**
 * The figures in order of how much they stand out, most first (only those that do). With the text, a part of a
 * whole among them (isPartOf), or a figure after its sentence turns to parts ("分行业看，", "其中": breakdownOf) while a
 * whole is among them, is left out: the whole speaks for it (天津's 3.4% is the message, not 黑色金属冶炼's 18.6%);
 * and so is the country's figure among a place's own ("从横向看，全国规上工业增长1.8%" is not the message of 上海's report).
 */
export function standouts(xs: readonly Extracted[], text?: string): Extracted[] {
  const aside = text === undefined ? () => false : asideOf(xs, text);
  return xs
    .map((x, i) => ({ x, i, s: aside(x) ? 0 : salience(x) }))
    .filter((e) => e.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((e) => e.x);
}

/**
 * Which of these figures stand aside from their message: a part of a whole among them (isPartOf), a figure after its
 * sentence turns to parts ("分行业看，", "其中": breakdownOf) while a whole is among them, the country's figure among a
 * place's own.
 */
function asideOf(xs: readonly Extracted[], text: string): (x: Extracted) => boolean {
  const ownPlace = xs.some((x) => !COUNTRY.test(x.label));
  // A count after the turn counts the parts ("分行业看，39个行业大类中20个行业增长"): it is no part itself.
  const isPart = (x: Extracted) => x.kind !== 'count' && breakdownOf(text, x) !== null;
  // Parts stand aside only when a whole is among the figures: a section of parts alone still has its message.
  const wholes = xs.some((x) => !isPart(x));
  return (x) => (ownPlace && COUNTRY.test(x.label)) || (wholes && isPart(x)) || xs.some((y) => y !== x && isPartOf(text, x, y));
}

/**
 * The figures that carry a section's message, in the report's order: all but those standing aside (asideOf). A
 * section opens with its headline ("全省实现生产总值6790.32亿元，比上年增长8.1%"), and its level counts as much as its
 * growth: the fastest growth of the section is one of its parts more often than not.
 */
export function leading(xs: readonly Extracted[], text: string): Extracted[] {
  const aside = asideOf(xs, text);
  return xs.filter((x) => !aside(x) && statusOf(x) === 'actual');
}

/**
 * A key message: the clause holding the figure and the one before it when that one names the subject; when that
 * still opens with its predicate ("比上年增長48.6%", the clause before holding a figure of its own), the figure's
 * title if it reads alone ("采礦業利潤15574億元，比上年增長48.6%", 国家统计局 2022).
 */
export function takeawayOf(text: string, x: Extracted): string {
  const said = keyMessageOf(text, x);
  // No key message is a bare value ("10.0%" of "累计增幅分别为7.3%,10.0%,9.3%…", 云南 2016, its values set apart by commas),
  // nor one value of a list cut from the rest ("烟草制品业增加值累计降幅分别为7.5%").
  const plain = simplifiedChars(said);
  const values = plain.match(/\d+(?:\.\d+)?/gu) ?? [];
  if ((plain.match(/\p{Script=Han}/gu) ?? []).length < 2) return '';
  if (LIST_WORD.test(plain) && values.length === 1 && !LIST_OF_BASES.test(plain)) return '';
  // (Under a chart of the parts, the 其中 that turns to them says nothing: "其中，铁矿石成品矿125.6万吨", 巴彦淖尔 2022.)
  return said.replace(/^其中[，,：:]?\s*(?=\S{4})/u, '');
}

function keyMessageOf(text: string, x: Extracted): string {
  const c = clauseOf(text, x);
  const prevEnd = clauseStart(text, x) - 1;
  let prevStart = prevEnd;
  while (prevStart > x.start && !endsClause(text, prevStart - 1)) prevStart--;
  const prev = prevEnd > x.start ? text.slice(prevStart, prevEnd).trim() : '';
  // A clause that opens with its predicate ("分别增长18.6%和10.3%") says nothing alone: it takes its subject's clause
  // even when that is longer ("采矿业和电力、热力、燃气及水生产和供应业增加值同比保持两位数增长", 江门 2020).
  const headless = opensWithPredicate(c);
  const [prevMax, max] = headless ? [40, TAKEAWAY_MAX] : [20, 48];
  const joined = prev && !/\d/u.test(prev) && prev.length <= prevMax && Array.from(prev + c).length <= max ? `${prev}，${c}` : c;
  const said = joined.replace(/^[“”"]+|[“”"]+$/gu, '');
  // A clause longer than two lines (six industries and their rates joined by 、, 大武口 2022: 107 characters on three
  // lines over the source line) is no key message: the bars say it.
  if (!opensWithPredicate(said)) return Array.from(said).length <= TAKEAWAY_MAX ? said : '';
  if (readsAlone(text, x)) return titleOf(text, x);
  // Else the nearest clause before it in its sentence that names the subject, with a figure of its own ("城乡居民人均可
  // 支配收入分别为3.6万元、2.1万元，增长9.4%、10.2%", 长沙 2014; "全市规模以上工业增加值同比增长8.7%，高于全国1.7个百分点，
  // 增速分别比去年同期、去年全年加快2.2、2.1个百分点", 重庆 2024, leaving out the clauses between that name none), when
  // the two fit; else no key message at all: a line that names no one is worse than none.
  const subject = subjectClauseBefore(text, x, clauseStart(text, x));
  // A list of values ("分别是2012年的1.95倍、2.28倍…", 甘肃 2021) is of as many subjects: a clause naming one of them
  // ("中药材131.5万吨") is not its subject; a list of what one rate is compared with ("增速分别比去年同期、去年全年加快2.2、2.1
  // 个百分点") is of one.
  const plain = simplifiedChars(said);
  const ofSeveral = (LIST_WORD.test(plain) || SEVERAL_VALUES.test(plain)) && !LIST_OF_BASES.test(plain);
  const names = (clause: string) => /[、和及与]|分别|均|双双/u.test(simplifiedChars(clause).split(/\d/u)[0]);
  const both = subject && (!ofSeveral || names(subject)) ? `${subject.replace(OPENING, '')}，${said}`.replace(/^[“”"]+|[“”"]+$/gu, '') : '';
  return both && Array.from(both).length <= TAKEAWAY_MAX && !opensWithPredicate(both) ? both : '';
}

/** Two values in one clause: "增长9.4%、10.2%", "6.4和5.4个百分点". */
const SEVERAL_VALUES = /\d[^，,；;\d]{0,6}[、和及与]\d/u;
/** A list of what is compared with: "同比、环比分别回落", "分别比一季度、上半年提升", "较上半年、1-8月分别提高". */
const LIST_OF_BASES =
  /同比、环比|(?:比|较)[^，,\d]{0,12}[、和与及][^，,\d]{0,12}(?:分别)?(?:提高|提升|增长|下降|降低|回落|回升|加快|放缓|减少|增加|扩大|收窄|上升|高|低)/u;

/** A key message may run to two lines under its chart. */
const TAKEAWAY_MAX = 64;

/** A clause that opens with its predicate, in either script, its opening time words aside. */
export const opensWithPredicate = (clause: string) => PREDICATE_FIRST.test(simplifiedChars(clause).replace(OPENING, ''));

/**
 * The nearest clause of x's sentence before `before` (the start of the clause before x's) that names a subject
 * (namesSubject: one with a figure that opens with what it measures), or ''; never past a clause that turns to parts
 * ("其中"), whose subject is another.
 */
function subjectClauseBefore(text: string, x: Extracted, before: number): string {
  let end = before - 1;
  if (/[；;]/u.test(text[end] ?? '')) return '';
  while (end > x.start) {
    let start = end;
    while (start > x.start && !endsClause(text, start - 1)) start--;
    const clause = unwrapped(text.slice(start, end).trim());
    const plain = simplifiedChars(clause);
    if (namesSubject(plain)) return clause;
    if (/^其中/u.test(plain) || !opensWithPredicate(clause)) return '';
    end = start - 1;
    // Never past a semicolon: what comes before it is another statement (湖北 2018: "规上工业增加值当月增速由上月的8.1%下滑至
    // 3.7%;1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点" — the 回落 is the year-to-date rate's, not the month's).
    if (/[；;]/u.test(text[end] ?? '')) return '';
  }
  return '';
}
