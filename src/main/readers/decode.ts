/**
 * Bytes → characters for text files and saved web pages: a BOM wins, then an explicit encoding (the user's
 * --encoding, or a page's meta charset), then strict UTF-8, then GB18030 (which covers GBK and GB2312) or
 * Big5 (traditional characters), whichever reads as Chinese text. A guess that does not read as text is refused: a mis-decoded number is a
 * wrong number.
 */
import { ReadError } from './errors';

export interface Decoded {
  text: string;
  /** The encoding's canonical name, as shown to the reviewer: 'UTF-8', 'UTF-16LE', 'GB18030', … */
  encoding: string;
}

const NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gbk: 'GB18030',
  gb18030: 'GB18030',
  big5: 'Big5',
};
const displayName = (enc: string) => NAMES[enc] ?? enc.toUpperCase();

function strict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The decoder's canonical name for a label, or null when the label names no encoding TextDecoder knows. */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Share of characters a Chinese report is made of: CJK ideographs and punctuation, full-width forms, ASCII
 * printables and whitespace. Mis-decoded bytes land in rare blocks (PUA, Yi, Hangul, box drawing, …).
 */
export function plausibility(text: string): number {
  if (!text) return 1;
  let good = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    total++;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
      (c >= 0x2160 && c <= 0x217f) || // Roman numerals
      (c >= 0x2460 && c <= 0x24ff) || // circled numbers
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xf7 ||
      c === 0x2030 ||
      c === 0x2103 ||
      c === 0x3001
    )
      good++;
  }
  return good / total;
}

/** The commonest characters of reports, in both scripts: a right decoding is full of them, a wrong one is not. */
const COMMON = new Set([...'的一是在了有和中年月日比同增长長全省市国國业業工产產发發经經为為个個上大万萬亿億元人']);

/** Share of a text's ideographs that are among the commonest (0 when it has none). */
function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han ? common / han : 0;
}

/** At least this share of plausible characters for a GB18030 guess to be believed. */
const MIN_PLAUSIBLE = 0.97;

export function decodeText(bytes: Uint8Array, opts: { encoding?: string; declared?: string } = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom && !opts.encoding) {
    const text = strict(bytes, bom);
    if (text === null) throw new ReadError(`文件开头标明是 ${displayName(bom)} 编码，但内容有无法解码的字节：文件可能已损坏`);
    return { text, encoding: displayName(bom) };
  }
  const chosen = opts.encoding ?? opts.declared;
  if (chosen) {
    const enc = encodingOf(chosen);
    if (!enc) {
      if (opts.encoding) throw new ReadError(`不认识的编码“${opts.encoding}”：可用 UTF-8、GB18030（GBK）、UTF-16LE、UTF-16BE、Big5 等`);
    } else {
      const text = strict(bytes, enc);
      if (text !== null) return { text: text.replace(/^\uFEFF/u, ''), encoding: displayName(enc) };
      if (opts.encoding) throw new ReadError(`按 ${displayName(enc)} 编码解不开这个文件：请换一种编码（--encoding）或另存为 UTF-8`);
      // A page's meta charset that does not fit its bytes: detect instead.
    }
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  // Big5 bytes (a traditional-character page) often decode as GB18030 too, into rare characters: of the two
  // readings that hold, the one made of the characters reports are written in is the text.
  let best: Decoded | undefined;
  let bestScore = -1;
  for (const enc of ['gb18030', 'big5']) {
    const text = strict(bytes, enc);
    if (text === null || plausibility(text) < MIN_PLAUSIBLE) continue;
    const score = commonShare(text);
    if (score > bestScore) [best, bestScore] = [{ text, encoding: displayName(enc) }, score];
  }
  if (best) return best;
  throw new ReadError('无法识别文件的文字编码（既不是 UTF-8，也不像 GBK/GB18030 或 Big5 中文）：请另存为 UTF-8，或用 --encoding 指定编码');
}
