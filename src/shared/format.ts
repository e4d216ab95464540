/**
 * Numbers the way Chinese officials read them: 2.45万亿元, 1380亿元, 18.6%, 6个百分点, 1/3, 翻了一番多.
 * Every function returns the unit with the number; nothing here prints a bare number.
 *
 * The same in the English UI: a figure, its unit (亿元, 万亿元, 个百分点) and its qualifier (约, 超过, 多)
 * are the report's content, as the source states them, not UI text to translate — only the words around
 * them ("Unit:", "Source:") follow the UI language (src/renderer/lib/i18n/).
 */
import { convert, convertible, simplifiedUnit } from './units';
import type { Figure, FigureKind } from './types';

/**
 * Qualifiers written before the number (超过20%, 低于10%) — the rest (多, 左右, 以上) follow it (300多个, 7%左右). A bound
 * that compares is one too, with its 不: "增速连续七个月低于10%" shows "低于10%", never a bare "10%" stated as the figure.
 */
const PREFIX_QUALIFIERS = [
  '不低于',
  '不高于',
  '不超过',
  '低于',
  '高于',
  '超过',
  '突破',
  '将近',
  '接近',
  '不到',
  '不足',
  '大约',
  '高达',
  '逾',
  '近',
  '约',
  '超',
  '预计',
  '缩短至',
  '迈上',
  '达',
];

/** How a fall is said: "下降4.1%", "下降1.4个百分点", "减少1289万人". */
function declineWord(kind: FigureKind, written: string): string {
  const unit = simplifiedUnit(written);
  if (unit === '%' || unit === '个百分点' || unit === '百分点' || unit === '个点') return '下降';
  // (In the report's own script: a unit in traditional characters is followed by 減少.)
  return kind === 'change' || kind === 'count' || kind === 'level' ? (unit === written ? '减少' : '減少') : '下降';
}

/**
 * A 繁體 report's qualifier (超過, 約, 餘: the extractor writes it back in the report's characters) in simplified
 * characters, one for one, to be looked up in PREFIX_QUALIFIERS and INNER_QUALIFIERS: "超過20%" was shown "超20%過",
 * "約40%" "40%約" and "2000餘家" "2000家餘".
 */
const TRADITIONAL_Q: Record<string, string> = {
  過: '过',
  約: '约',
  於: '于',
  將: '将',
  達: '达',
  預: '预',
  計: '计',
  縮: '缩',
  邁: '迈',
  餘: '余',
};
const simplifiedQ = (q: string) => q.replace(/[過約於將達預計縮邁餘]/gu, (c) => TRADITIONAL_Q[c]!);

/** Qualifiers that sit between the number and its measure word: 300多个, 2000余家. */
const INNER_QUALIFIERS = new Set(['多', '余']);

/**
 * The figure split for display: prefix (超过), number (300), inner (多), unit (个), suffix (左右).
 * Every qualifier — prefix, inner or suffix — is a qualifier: the slides set all three by one rule
 * (FigureValue's .q), never at the number's size.
 */
export interface FigureParts {
  /** "下降" / "减少" for a decline written without its sign (stored −4.1, written "4.1"), else "". Starts `prefix`. */
  fall: string;
  /** "第" for a rank written without it ("居全省第一" stored 一, unit 位: shown 第一位, not 一位), else "". Ends `prefix`. */
  ordinal: string;
  prefix: string;
  number: string;
  inner: string;
  unit: string;
  suffix: string;
}

type Shown = Pick<Figure, 'valueText' | 'unit' | 'kind' | 'qualifier'> & { value?: number };

/**
 * A decline ("下降4.1%", stored −4.1 with valueText "4.1") says so before its number: "下降4.1%". So does a rate or a
 * change written with its sign ("降幅比1-7月(-7.0%)收窄", 江门 2020-08): a fall is shown one way on every card.
 */
export function figureParts(f: Shown): FigureParts {
  const q = f.qualifier ?? '';
  const key = simplifiedQ(q);
  const lead = q.slice(0, PREFIX_QUALIFIERS.find((p) => key.startsWith(p))?.length ?? 0);
  const trailing = q.slice(lead.length);
  const signed = /^[-−－]/u.test(f.valueText);
  const rateSigned = signed && (f.value ?? 0) < 0 && (f.kind === 'growth' || f.kind === 'change') && declineWord(f.kind, f.unit) === '下降';
  const fall = (f.value ?? 0) < 0 && (!signed || rateSigned) ? declineWord(f.kind, f.unit) : '';
  const ordinal = f.kind === 'rank' && !f.valueText.startsWith('第') ? '第' : '';
  const prefix = fall + lead + ordinal;
  // A line break a page left inside the number ("3.\n9") is not shown: the number is one word; nor is a point
  // typed twice ("14..3").
  const written = f.valueText.replace(/\s+/gu, '').replace(/\.{2,}/gu, '.');
  const number = rateSigned ? written.slice(1) : written;
  // "翻了一番" says its unit; "增长1.6倍" does not.
  if (f.kind === 'multiple' && /^翻/u.test(f.valueText)) return { fall, ordinal, prefix, number, inner: '', unit: '', suffix: trailing };
  if (INNER_QUALIFIERS.has(simplifiedQ(trailing))) return { fall, ordinal, prefix, number, inner: trailing, unit: f.unit, suffix: '' };
  return { fall, ordinal, prefix, number, inner: '', unit: f.unit, suffix: trailing };
}

/** The figure as the source states it, with its unit: "2.45万亿元", "翻了一番多", "1/3", "下降4.1%". No qualifier prefix. */
export function formatFigure(f: Shown): string {
  const p = figureParts(f);
  return p.fall + p.ordinal + p.number + p.inner + p.unit + p.suffix;
}

/** With its qualifier: "超过20%", "突破300万辆", "300多个". */
export function formatFigureFull(f: Shown): string {
  const p = figureParts(f);
  return p.prefix + p.number + p.inner + p.unit + p.suffix;
}

/**
 * The parts in the report's own words, for a figure inside running text: the unit only where the source
 * writes it after the number ("迈上千亿台阶", not "千亿元台阶"). A slide may shorten, never reword.
 */
export function figurePartsAsWritten(
  f: Pick<Figure, 'valueText' | 'unit' | 'kind' | 'qualifier' | 'quote' | 'quoteStart' | 'valueEnd'>,
): FigureParts {
  const p = figureParts(f);
  const after = f.quote.slice(f.valueEnd - f.quoteStart).slice(p.inner.length);
  // A sign the report writes stays its sign in its words ("(-7.0%)"), not 下降.
  const signed =
    /^[-−－]/u.test(f.valueText) && p.fall
      ? { ...p, fall: '', prefix: p.prefix.slice(p.fall.length), number: f.valueText.replace(/\s+/gu, '') }
      : p;
  return signed.unit && !after.startsWith(signed.unit) ? { ...signed, unit: '' } : signed;
}

/** A plain decimal: at most `digits` decimals, trailing zeros dropped, no grouping (officials write 6023个). */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A value with its unit, for chart labels: 2.45万亿元, 25%, 6个百分点. */
export function formatValue(value: number, unit: string, digits = 2): string {
  return formatNumber(value, digits) + unit;
}

/** A figure's value expressed in another unit of its family, for charts that share one axis. */
export function valueIn(f: Pick<Figure, 'value' | 'unit'>, unit: string): number {
  if (!convertible(f.unit, unit)) throw new Error(`figure in ${f.unit || '(no unit)'} cannot be shown in ${unit || '(no unit)'}`);
  return convert(f.value, f.unit, unit);
}

/** A share as a percentage number (1/3 → 33.33, 78 % → 78) for part-of-whole charts. */
export function shareAsPercent(f: Pick<Figure, 'value' | 'unit' | 'kind'>): number {
  if (f.unit === '%') return f.value;
  if (f.unit === '成') return Number((f.value * 10).toPrecision(12));
  if (f.unit === '') return Number((f.value * 100).toPrecision(12));
  throw new Error(`a share must be in % or a fraction, not ${f.unit}`);
}

/** "2016-02-04" → "2016年2月4日". */
export function formatDateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
