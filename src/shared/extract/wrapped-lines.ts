/**
 * Hard-wrapped text: a page's text saved or pasted with a line break every so many characters (a PDF's lines,
 * a mail client's 38-character column, the 汉中 page). A sentence such a break falls in is one sentence, and a
 * word it falls in one word ("…绿色食药产\n业产值占…").
 *
 * Decided once per text, never per sentence: a text is wrapped when most of its longer lines are about one
 * length (in characters, or in display width where a Chinese character is two columns and a digit one, as a
 * page sets them) and most of those do not end a sentence. In a wrapped text a line of about that length that
 * does not end a sentence (。！？…, and a closing quote or bracket after one) runs on into the next line, unless
 * that line opens a paragraph of its own (indented, or a marker: 一、 （一） 1. 第一章 一是 —— ━━ 【 ●). A
 * shorter line, a heading line (a marker and no clause punctuation), a byline line (bylines.ts) and a blank
 * line still end where they do.
 *
 * The text itself is never changed: the extractor reads a copy without those breaks and maps every offset back
 * (joinWrapped), so quotes and offsets still point into the stored text; the draft reads its lines the same way.
 */

import { isByline } from '../bylines';

/** A range of the text to read past: a wrapped line's trailing white space and its line break. */
export interface Break {
  start: number;
  end: number;
}

/** How much of a text is looked at to tell whether it is wrapped (it is, or is not, throughout). */
const SAMPLE_LINES = 2000;
const SAMPLE_CHARS = 100_000;
/** A line within this share of the wrap length is a full line. */
const FULL = 0.85;
/** Shortest wrap length, in characters and in columns: a list of short lines is not a wrapped text. */
const MIN_CHARS = 16;
const MIN_COLUMNS = 30;
/** Lines longer than the wrap length by this much (a title, a table row) may be at most this share of the lines. */
const LONGER = 1.15;
const MAX_LONGER_SHARE = 0.1;
/** Full lines must be at least this share of the lines (and at least MIN_FULL_LINES of them). */
const MIN_FULL_SHARE = 0.4;
const MIN_FULL_LINES = 3;

/**
 * What closes a sentence at a line's end (。！？…, and a closing quote or bracket after one): the line ends there
 * even at full length. A closing quote or bracket after a word ("…“十二五”\n期间") does not, nor ；or ：, which a
 * page wraps after as often as after any other character (a paragraph rarely ends with them).
 */
const SENTENCE_CLOSE = /[。！？!?…][”’"』」）)]*$/u;
/** What opens a paragraph of its own: the line before it ends there even at full length. */
const OPENS_PARAGRAPH =
  /^(?:[ \t\u3000]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]+[章节部篇条]|[一二三四五六七八九十]是|——|━|【|[●■◆▲★※])/u;
/** A heading line: a marker, and no clause punctuation in it. */
const HEADING_MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]+[章节部篇条])/u;
const CLAUSE_MARK = /[，。；,;]/u;
/** A byline that is a line of its own opens with its field ("来源：", "日期：") or its date. */
const BYLINE_START = /^[（(]?\s*(?:来源|稿源|出处|作者|撰稿|责任编辑|责编|编辑|审核|校对|发布时间|发布日期|日期|(?:19|20)\d{2}[-年])/u;

interface Line {
  start: number;
  /** Offset after its last character other than white space. */
  end: number;
  /** Offset of the line break after it, or the text's length. */
  br: number;
  chars: number;
  columns: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
}

function readLines(text: string, maxLines: number, maxChars: number): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length && out.length < maxLines && start <= maxChars;) {
    let br = text.indexOf('\n', start);
    if (br < 0) br = text.length;
    let end = br;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    let columns = 0;
    for (let i = start; i < end; i++) columns += text.charCodeAt(i) < 0x1100 ? 1 : 2;
    out.push({ start, end, br, chars: end - start, columns });
    start = br + 1;
  }
  return out;
}

/** The wrap length under one measure, or 0: the length most lines sit just under. */
function wrapLength(values: number[], min: number): { length: number; full: number } {
  const sorted = values.filter((v) => v > 0).sort((a, b) => b - a);
  let best = 0;
  let bestCount = 0;
  // Each value taken as the wrap length in turn: how many lie between FULL of it and it (two pointers).
  for (let i = 0, j = 0; i < sorted.length; i++) {
    if (j < i) j = i;
    while (j < sorted.length && sorted[j] >= sorted[i] * FULL) j++;
    if (j - i > bestCount) [best, bestCount] = [sorted[i], j - i];
  }
  if (best < min || bestCount < MIN_FULL_LINES || bestCount < sorted.length * MIN_FULL_SHARE) return { length: 0, full: 0 };
  const longer = sorted.filter((v) => v > best * LONGER).length;
  if (longer > sorted.length * MAX_LONGER_SHARE) return { length: 0, full: 0 };
  return { length: best, full: bestCount };
}

const lineText = (text: string, l: Line) => text.slice(l.start, l.end);

/**
 * A number's sign on the next line: "住宿業下降19.2\n%,餐飲業下降12.8%" (绵阳 2020, held-out set 31: a page whose
 * source breaks its lines anywhere, in a text that is not wrapped). No line opens with a % or ‰ of its own, so a
 * break between a number and its sign is read past in any text, with the white space on either side of it.
 */
const SIGN_ON_NEXT_LINE = /(?<=\d)[ \t\r\u3000]*\n[ \t\u3000]*(?=[%‰])/gu;

/**
 * The breaks to read past, in order: a hard-wrapped text's (none when the text is not wrapped), and in any text
 * those between a number and its % on the next line.
 */
export function wrappedBreaks(text: string): Break[] {
  const wrapped = wrapBreaks(text);
  if (!/\n[ \t\u3000]*[%‰]/u.test(text)) return wrapped;
  const signs: Break[] = [];
  for (const m of text.matchAll(SIGN_ON_NEXT_LINE)) signs.push({ start: m.index, end: m.index + m[0].length });
  if (!signs.length) return wrapped;
  if (!wrapped.length) return signs;
  // A wrapped break and a sign's break at the same line end are one break (the sign's reaches past the spaces).
  const out = [...wrapped.filter((b) => !signs.some((s) => s.start <= b.start && b.start < s.end)), ...signs];
  return out.sort((a, b) => a.start - b.start);
}

/** The breaks of a hard-wrapped text to read past, in order; none when the text is not wrapped. */
function wrapBreaks(text: string): Break[] {
  const sample = readLines(text, SAMPLE_LINES, SAMPLE_CHARS);
  if (sample.length < MIN_FULL_LINES + 1) return [];
  const byChars = wrapLength(
    sample.map((l) => l.chars),
    MIN_CHARS,
  );
  const byColumns = wrapLength(
    sample.map((l) => l.columns),
    MIN_COLUMNS,
  );
  const columns = byColumns.full > byChars.full;
  const length = columns ? byColumns.length : byChars.length;
  if (!length) return [];
  const measure = (l: Line) => (columns ? l.columns : l.chars);
  const isFull = (l: Line) => measure(l) >= length * FULL && measure(l) <= length * LONGER;
  // Most full lines of a wrapped text stop mid-sentence; lines of about one length that each end a sentence are
  // a text written a sentence a line.
  const full = sample.filter(isFull);
  const open = full.filter((l) => !SENTENCE_CLOSE.test(lineText(text, l))).length;
  if (open * 2 < full.length) return [];

  const last = sample[sample.length - 1];
  const lines = last.br >= text.length ? sample : readLines(text, Infinity, Infinity);
  const out: Break[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k];
    const next = lines[k + 1];
    if (!isFull(l) || next.end === next.start) continue;
    const own = lineText(text, l);
    if (
      SENTENCE_CLOSE.test(own) ||
      (HEADING_MARKER.test(own) && !CLAUSE_MARK.test(own)) ||
      (BYLINE_START.test(own) && isByline(own.trim()))
    )
      continue;
    if (OPENS_PARAGRAPH.test(text.slice(next.start, next.start + 8))) continue;
    out.push({ start: l.end, end: l.br + 1 });
  }
  return out;
}

/** A text with its wrapped breaks read past, and offsets into it mapped back to the text as written. */
export interface Joined {
  text: string;
  /** The offset in the text as written of the character at `at` in the joined text. */
  startOf(at: number): number;
  /** The offset in the text as written just after the character before `at` (an exclusive end). */
  endOf(at: number): number;
}

const SAME: Joined = { text: '', startOf: (at) => at, endOf: (at) => at };

/** The text without its wrapped breaks (the text itself, with identity offsets, when it has none). */
export function joinWrapped(text: string, breaks: readonly Break[] = wrappedBreaks(text)): Joined {
  if (!breaks.length) return { ...SAME, text };
  // joinedAt[k]: where the text after break k starts in the joined text; shift[k]: characters dropped up to it.
  const joinedAt = new Array<number>(breaks.length);
  const shift = new Array<number>(breaks.length);
  let out = '';
  let from = 0;
  let dropped = 0;
  for (let k = 0; k < breaks.length; k++) {
    const b = breaks[k];
    out += text.slice(from, b.start);
    dropped += b.end - b.start;
    joinedAt[k] = out.length;
    shift[k] = dropped;
    from = b.end;
  }
  out += text.slice(from);
  // The number of breaks whose joined offset is at most `at` (or below it), by bisection.
  const count = (at: number, inclusive: boolean) => {
    let lo = 0;
    let hi = joinedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (joinedAt[mid] < at || (inclusive && joinedAt[mid] === at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const shifted = (n: number) => (n ? shift[n - 1] : 0);
  return {
    text: out,
    startOf: (at) => at + shifted(count(at, true)),
    endOf: (at) => at + shifted(count(at, false)),
  };
}
