/**
 * A KPI's big number always fits its card: "11017.39亿元" in a card of a three-up row would run past the
 * edge and lose its unit. Each card's sizes are set here (one place): the number, unit and qualifier at
 * their full size, scaled down together when the number's written width at full size is wider than the
 * card. Slides are laid out at a fixed 1920×1080, so the layout that places a card knows its width; no
 * container query (which cost a whole print of the three layouts about 5%).
 */
import type { FigureParts } from '../../shared/format';

export type KpiSize = 'solo' | 'hero' | 'regular' | 'small';

/** Full sizes in px: the number, its unit, and a qualifier beside it (超过, 多, 左右). */
const SIZES: Record<KpiSize, { number: number; unit: number; prefix: number; padding: number }> = {
  solo: { number: 176, unit: 64, prefix: 44, padding: 64 },
  hero: { number: 132, unit: 52, prefix: 36, padding: 44 },
  regular: { number: 108, unit: 48, prefix: 36, padding: 40 },
  small: { number: 84, unit: 40, prefix: 32, padding: 32 },
};

/** The slide's content width at 1920×1080 (its side padding is 120 px each side). */
export const SLIDE_CONTENT_WIDTH = 1680;

/** The one card of a KPI slide that has one: centred, this wide, its number set larger (a big-number slide). */
export const SOLO_CARD_WIDTH = 1040;

/** The gaps between cards: a KPI slide's grid, a comparison's columns, and a column's smaller cards. */
export const GAPS = { grid: 32, columns: 72, row: 24 } as const;

/** Each of `n` equal columns across `width`, `gap` apart. */
export const columnWidth = (width: number, n: number, gap: number) => (width - (n - 1) * gap) / Math.max(1, n);

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
function naturalWidth(p: FigureParts, size: KpiSize): number {
  const z = SIZES[size];
  let w = ems(p.number) * z.number;
  if (p.prefix) w += ems(p.prefix) * z.prefix * 1.25;
  if (p.inner) w += ems(p.inner) * z.prefix * 1.12;
  if (p.unit) w += ems(p.unit) * z.unit + 8;
  if (p.suffix) w += ems(p.suffix) * z.prefix * 1.12;
  // Room for what the estimate misses (kerning, a wider fallback face): better a little small than cut.
  return w * 1.06;
}

/** The card's style: each size at most its full size, and at most what lets the value fit a card `width` px wide. */
export function kpiSizes(p: FigureParts | undefined, size: KpiSize, width: number | undefined): string {
  const z = SIZES[size];
  // The card's border is 1 px each side.
  const room = width === undefined ? Infinity : width - 2 * z.padding - 2;
  const natural = p ? naturalWidth(p, size) : 0;
  const scale = natural > room ? room / natural : 1;
  const px = (n: number) => `${Math.floor(n * scale * 10) / 10}px`;
  // The side padding too: the card's CSS reads it from here, so the room computed is the room there is.
  return `--fig-number: ${px(z.number)}; --fig-unit: ${px(z.unit)}; --fig-prefix: ${px(z.prefix)}; --kpi-pad-x: ${z.padding}px`;
}
