import type { DB } from './db';
import type { ChartSpec, Deck, Slide, SlideBody } from '../../shared/types';

export function listDecks(db: DB, reportId: number): { id: number; title: string; slideCount: number }[] {
  return db
    .prepare(
      `SELECT d.id, d.title, (SELECT count(*) FROM slides s WHERE s.deck_id = d.id) AS slideCount
       FROM decks d WHERE d.report_id = ? ORDER BY d.id`,
    )
    .all(reportId) as { id: number; title: string; slideCount: number }[];
}

interface SlideRow extends Omit<Slide, 'body' | 'chart' | 'figureIds' | 'hidden'> {
  hidden: number;
  body: string;
  chart: string | null;
  figureIds: string | null;
}

export function getDeck(db: DB, deckId: number): Deck | undefined {
  const deck = db.prepare('SELECT id, report_id AS reportId, title FROM decks WHERE id = ?').get(deckId) as
    Omit<Deck, 'slides'> | undefined;
  if (!deck) return undefined;
  const rows = db
    .prepare(
      `SELECT s.id, s.deck_id AS deckId, s.ord, s.layout, s.title, s.title_en AS titleEn, s.section_id AS sectionId,
         s.notes, s.body, s.chart, s.version, s.hidden,
         (SELECT json_group_array(figure_id) FROM (SELECT figure_id FROM slide_figures WHERE slide_id = s.id ORDER BY ord)) AS figureIds
       FROM slides s WHERE s.deck_id = ? ORDER BY s.ord`,
    )
    .all(deckId) as SlideRow[];
  const slides: Slide[] = rows.map((r) => ({
    ...r,
    hidden: r.hidden !== 0,
    body: JSON.parse(r.body) as SlideBody,
    chart: r.chart ? (JSON.parse(r.chart) as ChartSpec) : null,
    figureIds: r.figureIds ? (JSON.parse(r.figureIds) as number[]) : [],
  }));
  return { ...deck, slides };
}
