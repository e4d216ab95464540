/**
 * A KPI's big number always fits its card: "11017.39亿元" in a card of a three-up row would run past the
 * edge and lose its unit. Each card's sizes are set here (one place): the number, unit and qualifier at
 * their full size, scaled down together — by CSS, against the card's own width (100cqi) — when the
 * number's written width at full size is wider than the card.
 */
import type { FigureParts } from '../../shared/format';

export type KpiSize = 'hero' | 'regular' | 'small';

/** Full sizes in px: the number, its unit, and a qualifier beside it (超过, 多, 左右). */
const SIZES: Record<KpiSize, { number: number; unit: number; prefix: number }> = {
  hero: { number: 132, unit: 52, prefix: 36 },
  regular: { number: 108, unit: 48, prefix: 36 },
  small: { number: 84, unit: 40, prefix: 32 },
};

/** Advance of a character in em of its font, bold Noto Sans SC, a little generous (letter-spacing −0.02em aside). */
function ems(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') w += 0.58;
    else if (ch === '.' || ch === ',' || ch === '﹒' || ch === '．') w += 0.3;
    else if (ch === '%') w += 0.88;
    else if (ch.charCodeAt(0) < 0x80) w += 0.62;
    else w += 1;
  }
  return w;
}

/** The value's width in px at the card's full sizes (FigureValue's margins included). */
export function naturalWidth(p: FigureParts, size: KpiSize): number {
  const z = SIZES[size];
  let w = ems(p.number) * z.number;
  if (p.prefix) w += ems(p.prefix) * z.prefix * 1.25;
  if (p.inner) w += ems(p.inner) * z.prefix * 1.12;
  if (p.unit) w += ems(p.unit) * z.unit + 8;
  if (p.suffix) w += ems(p.suffix) * z.prefix * 1.12;
  // Room for what the estimate misses (kerning, a wider fallback face): better a little small than cut.
  return w * 1.06;
}

/** The card's style: each size at most its full size, and at most what lets `width` px fit the card's width. */
export function kpiSizes(p: FigureParts | undefined, size: KpiSize): string {
  const z = SIZES[size];
  const width = p ? naturalWidth(p, size) : 0;
  const fit = (px: number) => (width > 0 ? `min(${px}px, calc(100cqi * ${(px / width).toFixed(5)}))` : `${px}px`);
  return `--fig-number: ${fit(z.number)}; --fig-unit: ${fit(z.unit)}; --fig-prefix: ${fit(z.prefix)}`;
}
