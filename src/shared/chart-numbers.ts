/** Number and label shaping every chart shares: the screen's (renderer/charts), PowerPoint's and Word's (main/export). */
import { formatValue } from './format';

/**
 * A bar's printed value: as the report wrote it when that is the value plotted ("增长3.0%" prints 3.0%, not 3%,
 * beside 3.3%: a statistics office writes one decimal throughout, and a dropped zero reads as a rounder number;
 * "6668亿元" prints 6668 beside 794.3, never padded to its neighbours' decimals); else (a unit converted, a derived
 * value, a remainder) with at most the chart's decimals (decimalsFor), trailing zeros dropped. Each label is its own:
 * PowerPoint gives each point the decimals printed here (main/export/pptx-label-formats.ts). `written` is the
 * figure's value as written.
 */
export function barValue(value: number, unit: string, digits: number, written?: string | null): string {
  const m = written ? /^[-−]?\d+\.(\d+)$/u.exec(written.trim()) : null;
  const asWritten = m !== null && Math.abs(Number(written!.trim().replace('−', '-'))) === Math.abs(value);
  return asWritten ? value.toFixed(Math.min(m[1]!.length, 4)) + unit : formatValue(value, unit, digits);
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
