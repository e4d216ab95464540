/**
 * Character tables read by code: `isIn(table, s, i)`. Reading a CJK character as `s[i]` makes a new
 * one-character string each time (and a Set lookup hashes it); the extractor does this for every figure, so its
 * one-character checks read codes instead. A table is a bit set of the 2^16 UTF-16 codes (8 KB); a code past
 * either end of a string (NaN) is in none.
 */
export type CharTable = Uint32Array;

/**
 * String.prototype.charCodeAt, called on a string given (`charCodeOf.call(s, at)`). Where one function reads strings
 * of many kinds (a sliced sentence, a joined label, a literal, a regex's match), `s.charCodeAt` is a megamorphic
 * property load, then a call of the builtin; called through the function itself, the optimiser checks that `s` is a
 * string and reads the code inline, whatever kind of string it is.
 */
const charCodeOf = String.prototype.charCodeAt;

export function charTable(chars: Iterable<string>): CharTable {
  const table = new Uint32Array(0x10000 >>> 5);
  for (const c of chars) {
    const code = c.charCodeAt(0);
    table[code >>> 5] |= 1 << (code & 31);
  }
  return table;
}

/** The code is in the table (NaN reads as code 0, which no table holds). */
export function hasCode(table: CharTable, code: number): boolean {
  return ((table[code >>> 5] >>> (code & 31)) & 1) === 1 && code === code;
}

/**
 * The character at `at` is in the table (false past either end). (The ends are checked here, as codeAt does: a
 * charCodeAt that has read past an end is compiled to a call of the builtin, at every place isIn is inlined.)
 * Read through charCodeOf: isIn is asked of strings of every kind (sliced sentences, units and periods from literals,
 * joined labels), and one `s.charCodeAt` load in it that had seen them all was megamorphic, at every place it is
 * inlined: a guard added on a unit or a period made the extractor slower, not faster.
 */
export function isIn(table: CharTable, s: string, at: number): boolean {
  return at >= 0 && at < s.length && hasCode(table, charCodeOf.call(s, at));
}

/**
 * Bits for some characters (0 for every other code): `charBits` ORs the bits of a string's characters in one pass,
 * where a row of includes() would each search the string again (a call each, on strings of a few characters).
 * A bit says a character is there; what needs a word still asks for the word.
 */
export type BitTable = Uint16Array;

/**
 * The bits of each code (2^16 entries, `table[code]`), then a bit set of the codes that have any (BIT_SET: 4096
 * entries of 16 bits, 8 KB): charBits looks each character up in the set first, as few have bits. Read for every
 * character of a clause, the entries of Chinese characters alone span 40 KB, which kept the reads in the farther
 * caches; the set's span 2.5 KB.
 */
const BIT_SET = 0x10000;

export function bitTable(bits: Record<string, number>): BitTable {
  const table = new Uint16Array(BIT_SET + (0x10000 >>> 4));
  for (const [chars, bit] of Object.entries(bits))
    for (const c of chars) {
      const code = c.charCodeAt(0);
      table[code] |= bit;
      table[BIT_SET + (code >>> 4)] |= 1 << (code & 15);
    }
  return table;
}

export function charBits(s: string, table: BitTable): number {
  let bits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (((table[BIT_SET + (c >>> 4)] >>> (c & 15)) & 1) !== 0) bits |= table[c];
  }
  return bits;
}

/**
 * The code at `at`, or NaN past either end, as charCodeAt gives it, without reading there: a read past the end in
 * optimised code deoptimises the function that makes it, and the extractor's big functions then compile again
 * (0.2-0.6 s of compiling each). NaN is in no table (hasCode) and equal to no code.
 */
export function codeAt(s: string, at: number): number {
  return at >= 0 && at < s.length ? s.charCodeAt(at) : NaN;
}

/**
 * The code of the last character, or NaN for ''. (Asked of nearly every string the extractor makes: through
 * charCodeOf, as its strings are of every kind.)
 */
export function lastCode(s: string): number {
  const n = s.length;
  return n > 0 ? charCodeOf.call(s, n - 1) : NaN;
}

/** Some character from `from` to `to` (both included) is `code`: a window looked at before a regex that needs it there. */
export function codeWithin(s: string, code: number, from: number, to: number): boolean {
  for (let k = from; k <= to && k < s.length; k++) if (s.charCodeAt(k) === code) return true;
  return false;
}

/** The last characters of some words: a string can end with one of the words only if its last code is here. */
export function lastChars(words: readonly string[]): CharTable {
  return charTable(words.map((w) => w[w.length - 1]));
}

/** Some word ends the string: `s.endsWith(w)` for one of `words`, tried only when its last code allows it. */
export function endsWithAny(s: string, words: readonly string[], last: CharTable): boolean {
  if (!isIn(last, s, s.length - 1)) return false;
  for (let wAt = 0, w = words[0]; wAt < words.length; w = words[++wAt]) if (s.endsWith(w)) return true;
  return false;
}

/** A set of words asked about many strings that are mostly not in it: the length and last code are looked at first. */
export interface WordSet {
  has(s: string): boolean;
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  const last = lastChars([...set].filter(Boolean));
  let longest = 0;
  for (const w of set) longest = Math.max(longest, w.length);
  return { has: (s) => s.length <= longest && (s === '' ? set.has(s) : isIn(last, s, s.length - 1) && set.has(s)) };
}

const DIGITS = '0123456789';

/**
 * The characters a match of `^(?:alternatives)` can start with, read from the regex source of each alternative.
 * Only the syntax the extractor's word lists use at a word's start is read: a literal character, `\d`, a class
 * `[…]` (no ranges), a group `(?:a|b)`, each optionally followed by `?`, `*` or a count; anything else throws, so a
 * word added in another syntax cannot be missed silently.
 */
export function firstCharsOf(alternatives: readonly string[]): CharTable {
  const chars = new Set<string>();
  for (const alt of alternatives) firstOf(`(?:${alt})`, 0, chars);
  return charTable(chars);
}

/**
 * Sticky regexes of some alternatives, one for each character they may start with: at an offset, only the
 * alternatives that may match there are tried, in their order, where one regex of them all tries each in turn. The
 * first that matches is the one the regex of them all would take (those left out cannot match there), and its match
 * the same. `group[code]` is 0 where no alternative starts, else 1 + the index of that character's regex in `regexes`.
 * Alternatives are read as firstCharsOf reads them; one that may match empty throws (it may match anywhere).
 */
export interface AlternativesByFirst {
  group: Uint8Array;
  regexes: RegExp[];
}

export function alternativesByFirst(alternatives: readonly string[], flags: string): AlternativesByFirst {
  const byCode = new Map<number, number[]>();
  alternatives.forEach((alt, k) => {
    const chars = new Set<string>();
    if (firstOf(`(?:${alt})`, 0, chars)) throw new Error(`alternativesByFirst: ${alt} may match empty`);
    for (const ch of chars) byCode.set(ch.charCodeAt(0), [...(byCode.get(ch.charCodeAt(0)) ?? []), k]);
  });
  const group = new Uint8Array(0x10000);
  const regexes: RegExp[] = [];
  const indexOf = new Map<string, number>();
  for (const [code, ks] of byCode) {
    const key = ks.join(',');
    let at = indexOf.get(key);
    if (at === undefined) {
      at = regexes.length;
      if (at >= 255) throw new Error('alternativesByFirst: too many groups');
      indexOf.set(key, at);
      regexes.push(new RegExp('(?:' + ks.map((k) => alternatives[k]).join('|') + ')', flags));
    }
    group[code] = at + 1;
  }
  return { group, regexes };
}

/**
 * Where the first match of some alternatives starts, as `text.search` of their one regex gives it (-1 where none
 * does): at each offset only the sticky regex of the words that may start with its character is tried, and most
 * characters start none. (Built with the flags 'uy'; for the index only: which word matched is not told.)
 */
export function wordsIn(at: AlternativesByFirst, text: string): number {
  for (let p = 0; p < text.length; p++) {
    const g = at.group[text.charCodeAt(p)];
    if (g === 0) continue;
    const words = at.regexes[g - 1];
    words.lastIndex = p;
    if (words.test(text)) return p;
  }
  return -1;
}

/** Adds the first characters of `src` from `at`; returns whether everything from `at` may match empty. */
function firstOf(src: string, at: number, into: Set<string>): boolean {
  if (at >= src.length || src[at] === '|' || src[at] === ')') return true;
  let end: number;
  const c = src[at];
  if (c === '\\') {
    if (src[at + 1] !== 'd') throw new Error(`firstCharsOf: unknown escape in ${src}`);
    for (const d of DIGITS) into.add(d);
    end = at + 2;
  } else if (c === '[') {
    end = src.indexOf(']', at);
    const body = src.slice(at + 1, end);
    const plain = body.replace(/\\d/gu, '');
    if (body.startsWith('^') || plain.includes('\\') || /.-./u.test(plain)) throw new Error(`firstCharsOf: unknown class in ${src}`);
    if (body.includes('\\d')) for (const d of DIGITS) into.add(d);
    for (const ch of plain) into.add(ch);
    end += 1;
  } else if (c === '(' && src[at + 1] === '?' && (src[at + 2] === '=' || src[at + 2] === '!' || src[at + 2] === '<')) {
    // A lookahead or lookbehind reads no character: the first is the one after it. (The characters a lookahead
    // allows there are not read: what follows it may start with more of them, never fewer.)
    if (src[at + 2] === '<' && src[at + 3] !== '=' && src[at + 3] !== '!') throw new Error(`firstCharsOf: unknown group in ${src}`);
    return firstOf(src, groupEnd(src, at) + 1, into);
  } else if (c === '(') {
    if (src[at + 1] !== '?' || src[at + 2] !== ':') throw new Error(`firstCharsOf: unknown group in ${src}`);
    let depth = 0;
    let branchStart = at + 3;
    let empty = false;
    for (end = at; end < src.length; end++) {
      if (src[end] === '\\') end++;
      else if (src[end] === '[') end = src.indexOf(']', end);
      else if (src[end] === '(') depth++;
      else if (src[end] === ')' && --depth === 0) break;
      else if (src[end] === '|' && depth === 1) {
        empty = firstOf(src.slice(branchStart, end), 0, into) || empty;
        branchStart = end + 1;
      }
    }
    empty = firstOf(src.slice(branchStart, end), 0, into) || empty;
    end += 1;
    if (empty) return firstOf(src, skipCount(src, end), into);
  } else if ('^$.*+?{'.includes(c)) {
    throw new Error(`firstCharsOf: unknown syntax in ${src}`);
  } else {
    into.add(c);
    end = at + 1;
  }
  const q = src[end];
  const optional = q === '?' || q === '*' || (q === '{' && src[end + 1] === '0');
  return optional ? firstOf(src, skipCount(src, end), into) : false;
}

/** The offset of the `)` closing the group opened at `at`. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let end = at; end < src.length; end++) {
    if (src[end] === '\\') end++;
    else if (src[end] === '[') end = src.indexOf(']', end);
    else if (src[end] === '(') depth++;
    else if (src[end] === ')' && --depth === 0) return end;
  }
  throw new Error(`firstCharsOf: unclosed group in ${src}`);
}

/** Past a quantifier at `at` (?, *, +, {m,n}, and a lazy ? after it), if any. */
function skipCount(src: string, at: number): number {
  let p = at;
  if (src[p] === '?' || src[p] === '*' || src[p] === '+') p++;
  else if (src[p] === '{') p = src.indexOf('}', p) + 1;
  if (src[p] === '?' && p > at) p++;
  return p;
}

/**
 * A decimal point at `p` between a digit and one space or newline then a digit ("下降3.\n9个百分点" where a page
 * wrapped its line, "385. 23亿元"), or a second point (the typo "同比下降14..3%", 柳林县, held-out set 11): one
 * number broken after its point.
 */
export function brokenDecimal(s: string, p: number): boolean {
  const gap = s.charCodeAt(p + 1);
  const next = s.charCodeAt(p + 2);
  const prev = s.charCodeAt(p - 1);
  return (gap === 10 || gap === 32 || gap === 46) && next >= 48 && next <= 57 && prev >= 48 && prev <= 57;
}
