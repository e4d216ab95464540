/**
 * Character tables read by code: `isIn(table, s, i)`. Reading a CJK character as `s[i]` makes a new
 * one-character string each time (and a Set lookup hashes it); the extractor does this for every figure, so its
 * one-character checks read codes instead. A table is a bit set of the 2^16 UTF-16 codes (8 KB); a code past
 * either end of a string (NaN) is in none.
 */
export type CharTable = Uint32Array;

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

/** The character at `at` is in the table (false past either end). */
export function isIn(table: CharTable, s: string, at: number): boolean {
  return hasCode(table, s.charCodeAt(at));
}

/** The last characters of some words: a string can end with one of the words only if its last code is here. */
export function lastChars(words: readonly string[]): CharTable {
  return charTable(words.map((w) => w[w.length - 1]));
}

/** Some word ends the string: `s.endsWith(w)` for one of `words`, tried only when its last code allows it. */
export function endsWithAny(s: string, words: readonly string[], last: CharTable): boolean {
  if (!isIn(last, s, s.length - 1)) return false;
  for (const w of words) if (s.endsWith(w)) return true;
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
