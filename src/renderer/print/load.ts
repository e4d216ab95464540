/** Everything a print needs, fetched once: the first report, its first deck and all its figures. */
import type { Deck, Figure, Report } from '../../shared/types';
import { api } from '../lib/api';

export interface PrintData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  figureById: ReadonlyMap<number, Figure>;
}

export async function loadPrintData(): Promise<PrintData> {
  const [first] = await api['report.list']({});
  if (!first) throw new Error('数据库中没有报告，无法打印');
  const [report, decks, figures] = await Promise.all([
    api['report.get']({ reportId: first.id }),
    api['deck.list']({ reportId: first.id }),
    api['figure.list']({ reportId: first.id }),
  ]);
  const [deckRef] = decks;
  if (!deckRef) throw new Error(`报告“${report.title}”没有简报页，无法打印`);
  const deck = await api['deck.get']({ deckId: deckRef.id });
  if (deck.slides.length === 0) throw new Error(`简报“${deck.title}”没有幻灯片，无法打印`);
  return { report, deck, figures, figureById: new Map(figures.map((f) => [f.id, f])) };
}
