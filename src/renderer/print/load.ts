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
  const { report, deck, figures } = await api['briefing.open']({});
  if (!report) throw new Error('数据库中没有报告，无法打印');
  if (!deck) throw new Error(`报告“${report.title}”没有简报页，无法打印`);
  if (deck.slides.length === 0) throw new Error(`简报“${deck.title}”没有幻灯片，无法打印`);
  return { report, deck, figures, figureById: new Map(figures.map((f) => [f.id, f])) };
}
