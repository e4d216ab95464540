/**
 * What a written value means as a number: "2.45" → 2.45, "1/3" → 0.333…, "翻了一番" → 2, "千亿" → 1e11,
 * "三" → 3. Used to validate edits (a value that cannot be read is refused, never guessed). A value as a
 * report wrote it in full-width digits ("４０２０３﹒５") or traditional characters ("翻了兩番", "千億") reads
 * as its usual form does: a staff member correcting such a figure keeps the report's own writing.
 */
import { simplifiedUnit } from './units';

const MULTIPLES: Record<string, number> = { 翻了一番: 2, 翻一番: 2, 翻了两番: 4, 翻两番: 4, 翻了三番: 8, 翻三番: 8, 翻了四番: 16 };
const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function parseWrittenValue(text: string, unit: string): number | undefined {
  // NFKC: full-width digits, ．﹒ and ／ as their ASCII forms; －, already read below, stays. The traditional
  // characters a value may hold (億, 萬, 兩) are units' characters too: simplifiedUnit knows them.
  const t = simplifiedUnit(text.normalize('NFKC')).trim();
  if (/^[-−－]?\d+(?:\.\d+)?$/.test(t)) return Number(t.replace(/^[−－]/u, '-'));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const frac = /^(\d+)\/(\d+)$/.exec(t);
  if (frac) return Number(frac[2]) === 0 ? undefined : Number(frac[1]) / Number(frac[2]);
  if (t in MULTIPLES) return MULTIPLES[t];
  if (t === '千亿' && unit === '元') return 1e11;
  if (t === '万亿' && unit === '元') return 1e12;
  if (t in CN) return CN[t];
  // 第十四位, 近六成: Chinese numerals up to 99.
  const cn = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(t);
  if (cn) return (cn[1] ? CN[cn[1]] : 1) * 10 + (cn[2] ? CN[cn[2]] : 0);
  return undefined;
}
