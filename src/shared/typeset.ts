/**
 * Chinese running text split for typesetting (DESIGN.md "Chinese typesetting in Chromium"). Pure.
 * - `keep`: a number with its unit ("2.45万亿元", "18.6%", "1.4个百分点", "1/3"): Chromium would break
 *   between a digit and the ideograph after it; the renderer sets it in a no-wrap span.
 * - `squeeze`: a pair of full-width marks one of which is a curly quote ("：“", "，‘", "”，", "’。"): the
 *   first mark's blank right half is taken out. Chromium's text-spacing-trim squeezes other pairs ("，（")
 *   itself, but not quotes in the bundled Noto Sans SC (the subsets lack their `halt` forms): "：“" kept
 *   a 1.5-em gap. The renderer turns text-spacing-trim off on the pair so a font that can squeeze
 *   quotes does not squeeze twice.
 */
import { BASE_UNITS } from './extract/units';
import { eitherScript } from './units';

export type RunKind = 'plain' | 'keep' | 'squeeze';

export interface TextRun {
  text: string;
  kind: RunKind;
}

/** A unit in either script: a report in traditional characters writes 億元, 萬人, 個百分點. */
const MAGNITUDE = ['万亿', '亿', '万'].map(eitherScript).join('|');
const UNIT = `(?:(?:${MAGNITUDE})?(?:${BASE_UNITS.map(eitherScript).join('|')})|${MAGNITUDE})`;
/** A number (digits, decimals, fractions, ranges 5-10) with an optional 多/余 and unit, or a time's 年/月/日 ("1-11月"). */
const NUMBER = `[-−]?\\d+(?:[.,]\\d+)*(?:[/／~～-]\\d+(?:\\.\\d+)?)?(?:[多余]?${UNIT}|月份|[年月日])?`;
/** Full-width marks whose glyph sits in the left half of the em: the right half is blank. */
export const CLOSING = '，。、：；！？”’）》」』】〉';
/** A closing mark before an opening quote, or a closing quote before a closing mark. */
const PAIR = `[${CLOSING}][“‘]|[”’][${CLOSING}]`;
const TOKEN = new RegExp(`(${NUMBER})|(${PAIR})`, 'gu');

export function typesetRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    // A lone digit has nothing to keep together.
    if (m[1] !== undefined && m[0].length < 2) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), kind: 'plain' });
    out.push({ text: m[0], kind: m[1] !== undefined ? 'keep' : 'squeeze' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: 'plain' });
  return out;
}
