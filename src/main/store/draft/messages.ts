/**
 * Message titles and key messages drawn from the figures, in the report's own words: the clause that
 * holds the figure, shortened (never reworded) — a slide may shorten the report, never reword it.
 */
import type { Extracted } from '../../../shared/extract';
import { OWN_PLACE, statusOf } from './captions';

/** A clause ends at punctuation; a line break inside a sentence (a page wrapped it) does not end one. */
const CLAUSE_END = /[，。；！？：,;!?:]/u;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** Whether the character at `i` ends a clause: the colon of a ratio ("17.8:42.8:39.4") does not. */
const endsClause = (text: string, i: number) =>
  CLAUSE_END.test(text[i]) && !(text[i] === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1]));
/** Words a title can drop from a clause's start: time and place are in the section and the period. */
const OPENING =
  /^(?:[“"]|今年|去年|同时|其中|此外|另外|目前|上半年|全年|\d{4}年|前?\d{1,2}(?:[~～至-]\d{1,2})?个?月份?|元至\d{1,2}月|在[^，,]{0,20}下)+/u;

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
 * A line break a page left inside a figure ("下降3.\n9个百分点"): a slide's line is the report's words run on, so
 * the break goes (the check that a slide never rewords the report reads past white space as well).
 */
const unwrapped = (s: string) => s.replace(/[ \t\u3000]*\n[ \t\u3000]*/gu, '');

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
  let c = clauseOf(text, x);
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
  const title = shortened(head);
  return { title, whole: false, midWord: Array.from(title).length < Array.from(head).length && !startsClean(head, title) };
}

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

/** Whether every bracket the title opens it also closes, and the other way round ("甘孜(21.5%" does not). */
function balanced(title: string): boolean {
  let depth = 0;
  for (const ch of title) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
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
  const { title, whole, midWord } = titleParts(text, x);
  return (whole || !LIST_WORD.test(title)) && !midWord && !PREDICATE_FIRST.test(title) && !/^[\d.、%％\s]/u.test(title) && balanced(title);
}

/**
 * A clause that opens with its predicate, or a bare rate, names no subject: "增长11.7%" (of what?),
 * "增幅比上年回落1.1个百分点".
 * As a title it does not read alone.
 */
export const PREDICATE_FIRST =
  /^(?:增幅|增速|降幅|涨幅|同比|环比|比|较|增长|增加|下降|减少|提高|提升|回落|上升|降低|占|居|位居|远?高于|远?低于|快于|慢于|年均|分别|拉动|带动|上拉|下拉|达到?|为|(?:贡献率|比重|占比)(?:达到?|为|是|超过))/u;

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

/** A figure of the whole country ("全国规上工业增速") in a report whose other figures are of its own place: a comparison. */
const COUNTRY = /^全国/u;

/**
 * The figures in order of how much they stand out, most first (only those that do). With the text, a part of a
 * whole among them (isPartOf) is left out: the whole speaks for it; and so is the country's figure among a
 * place's own ("从横向看，全国规上工业增长1.8%" is not the message of 上海's report).
 */
export function standouts(xs: readonly Extracted[], text?: string): Extracted[] {
  const ownPlace = xs.some((x) => !COUNTRY.test(x.label));
  const aside = (x: Extracted) =>
    text !== undefined && ((ownPlace && COUNTRY.test(x.label)) || xs.some((y) => y !== x && isPartOf(text, x, y)));
  return xs
    .map((x, i) => ({ x, i, s: aside(x) ? 0 : salience(x) }))
    .filter((e) => e.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((e) => e.x);
}

/** A key message: the clause holding the figure and the one before it when that one names the subject. */
export function takeawayOf(text: string, x: Extracted): string {
  const c = clauseOf(text, x);
  const prevEnd = clauseStart(text, x) - 1;
  let prevStart = prevEnd;
  while (prevStart > x.start && !endsClause(text, prevStart - 1)) prevStart--;
  const prev = prevEnd > x.start ? text.slice(prevStart, prevEnd).trim() : '';
  const joined = prev && !/\d/u.test(prev) && prev.length <= 20 && Array.from(prev + c).length <= 48 ? `${prev}，${c}` : c;
  return joined.replace(/^[“”"]+|[“”"]+$/gu, '');
}
