/** Everything a print needs, fetched once: the first report, its first deck and all its figures. */
import type { Deck, Figure, Report } from '../../shared/types';
import { api } from '../lib/api';
import { t, type Lang } from '../lib/i18n';

export interface PrintData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  figureById: ReadonlyMap<number, Figure>;
}

export async function loadPrintData(lang: Lang = 'zh'): Promise<PrintData> {
  const { report, deck, figures } = await api['briefing.open']({});
  if (!report) throw new Error(t(lang, 'printNoReport'));
  if (!deck) throw new Error(t(lang, 'printNoDeck', { title: report.title }));
  if (deck.slides.length === 0) throw new Error(t(lang, 'printNoSlides', { title: deck.title }));
  return { report, deck, figures, figureById: new Map(figures.map((f) => [f.id, f])) };
}
