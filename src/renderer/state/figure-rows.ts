/**
 * The data view's table model (the DataStore filters it, the table draws it), pure so it can be measured:
 * each figure with its section title, display value and one lowercase search string, built once per
 * figure list; filtering is then a linear scan of precomputed strings: 2–11 ms for 20,000 rows on this
 * machine (building them: about 170 ms, once per load).
 */
import { formatFigureFull } from '../../shared/format';
import type { Figure, FigureKind, Section } from '../../shared/types';

export interface FigureRow {
  figure: Figure;
  section: string;
  /** formatFigureFull: 超过20%, 2.45万亿元. */
  value: string;
  /** label, value and quote, lowercased, for the search box. */
  haystack: string;
}

export interface RowFilter {
  query: string;
  /** A section id, or null for all. */
  sectionId: number | null;
  kind: FigureKind | null;
}

export function buildRows(figures: readonly Figure[], sections: readonly Section[]): FigureRow[] {
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  return figures.map((figure) => {
    const value = formatFigureFull(figure);
    return {
      figure,
      section: titles.get(figure.sectionId) ?? '',
      value,
      haystack: `${figure.label}\n${value}\n${figure.valueText}\n${figure.quote}`.toLowerCase(),
    };
  });
}

/** Rows matching every whitespace-separated term of the query, in the section and of the kind asked for. */
export function filterRows(rows: readonly FigureRow[], f: RowFilter): readonly FigureRow[] {
  const terms = f.query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (!terms.length && f.sectionId === null && f.kind === null) return rows;
  return rows.filter(
    (r) =>
      (f.sectionId === null || r.figure.sectionId === f.sectionId) &&
      (f.kind === null || r.figure.kind === f.kind) &&
      terms.every((t) => r.haystack.includes(t)),
  );
}
