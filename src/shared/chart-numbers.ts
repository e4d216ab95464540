/** Number and label shaping every chart shares: the screen's (renderer/charts), PowerPoint's and Word's (main/export). */
import { figureParts, formatValue } from './format';
import type { Figure } from './types';

/**
 * A bar's printed value: as the report wrote it when that is the value plotted ("增长3.0%" prints 3.0%, not 3%,
 * beside 3.3%: a statistics office writes one decimal throughout, and a dropped zero reads as a rounder number;
 * "6668亿元" prints 6668 beside 794.3, never padded to its neighbours' decimals); else (a unit converted, a derived
 * value, a remainder) with at most the chart's decimals (decimalsFor), trailing zeros dropped. Each label is its own:
 * PowerPoint gives each point the decimals printed here (main/export/pptx-label-formats.ts). `written` is the
 * figure's value as written.
 *
 * With the figure's qualifier, in a card's word order (format.ts formatFigureFull): "7%左右", "约3.5万亿元",
 * "超过1000亿元", "300多个". Every number shown carries its qualifier: a bar of a target "7%左右" printed "7%" states
 * an exact number the report never gave. A decline keeps its sign (the bar goes below zero), never 下降.
 */
export function barValue(value: number, unit: string, digits: number, written?: string | null, qualifier?: BarQualifier | null): string {
  const m = written ? /^[-−]?\d+\.(\d+)$/u.exec(written.trim()) : null;
  const asWritten = m !== null && Math.abs(Number(written!.trim().replace('−', '-'))) === Math.abs(value);
  const q = qualifier ? barQualifier(qualifier) : { before: '', inner: '', after: '' };
  const number = asWritten ? value.toFixed(Math.min(m[1]!.length, 4)) : formatValue(value, '', digits);
  return q.before + number + q.inner + unit + q.after;
}

/** What a bar's label needs of its figure to say its qualifier. */
export type BarQualifier = Pick<Figure, 'valueText' | 'unit' | 'kind' | 'qualifier'>;

/**
 * The qualifier's words around a bar's number, as a card places them (format.ts figureParts): before it (约, 超过,
 * 近), between the number and its unit (多, 余: "300多个") or after (左右, 以上). The unit itself is the chart's.
 */
export function barQualifier(f: BarQualifier): { before: string; inner: string; after: string } {
  if (!f.qualifier) return { before: '', inner: '', after: '' };
  // Without the value, figureParts never adds a fall word (下降): the bar's sign says it.
  const p = figureParts({ valueText: f.valueText, unit: f.unit, kind: f.kind, qualifier: f.qualifier });
  return { before: p.prefix, inner: p.inner, after: p.suffix };
}

/** Decimals needed to print every value faithfully (1380亿元 as 0.138万亿元, not 0.14), at most 4. */
export function decimalsFor(values: number[]): number {
  let d = 0;
  for (const v of values) {
    const s = String(Number(v.toPrecision(12)));
    const dot = s.indexOf('.');
    if (dot >= 0 && !s.includes('e')) d = Math.max(d, s.length - dot - 1);
  }
  return Math.min(d, 4);
}

/** Split a long category label into roughly equal lines of at most `max` characters. */
export function wrapLabel(label: string, max: number): string[] {
  const chars = Array.from(label);
  if (chars.length <= max) return [label];
  const lines = Math.ceil(chars.length / max);
  const per = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += per) out.push(chars.slice(i, i + per).join(''));
  return out;
}

/**
 * A figure read on an index's scale (its axis says 指数): one stored as kind index, or a unitless level named
 * …指数 ("居民消费价格指数为102.7"), as the extractor now files an index's value.
 */
export function onIndexScale(f: { kind: string; unit: string; label: string }): boolean {
  return f.kind === 'index' || (f.unit === '' && f.kind === 'level' && f.label.includes('指数'));
}
