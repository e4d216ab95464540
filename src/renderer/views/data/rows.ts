/** The data table's layout: which rows are in the DOM (only those in view, and a few either side), and column widths. */
import type { FigureRow } from '../../state/figure-rows';

export type { FigureRow };

/** The rows a scrolled window of `height` px shows, with `overscan` rows either side. */
export function windowOf(count: number, scrollTop: number, height: number, rowHeight: number, overscan = 8) {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + Math.max(height, rowHeight)) / rowHeight) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** Width of a string in em, as the table's font sets it: a CJK character 1 em, ASCII about 0.6 em. */
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.6 : 1;
  return w;
}

export interface ColumnWidths {
  /** Widths in em of the columns that must never be cut: the value, its unit, the period and the kind. */
  value: number;
  unit: number;
  period: number;
  kind: number;
}

/**
 * The table's fixed columns, sized to their longest cell and header: a number and its unit are never cut
 * or wrapped. The label, section and source sentence share what is left and wrap to two lines instead.
 * A period is capped at 7 em and wraps ("“十二五”末比“十一五”末"); a value is never capped.
 */
export function columnWidths(
  rows: readonly FigureRow[],
  headers: Record<keyof ColumnWidths, string>,
  kindNames: readonly string[],
): ColumnWidths {
  const widest = (cells: Iterable<string>, header: string) => {
    let w = textEm(header);
    for (const c of cells) w = Math.max(w, textEm(c));
    return w;
  };
  return {
    value: widest(
      rows.map((r) => r.value),
      headers.value,
    ),
    unit: widest(new Set(rows.map((r) => r.figure.unit)), headers.unit),
    period: Math.min(widest(new Set(rows.map((r) => r.figure.period)), headers.period), 7),
    kind: widest(kindNames, headers.kind),
  };
}
