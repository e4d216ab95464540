/** Everything a print needs, fetched once: the report named in the URL (else the current one), its first deck and all its figures. */
import type { PrintOptions } from '../../shared/print';
import type { Deck, Figure, Report } from '../../shared/types';
import { api } from '../lib/api';

export interface PrintData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  figureById: ReadonlyMap<number, Figure>;
}

export async function loadPrintData(opts: Pick<PrintOptions, 'reportId' | 'reportKey'> = {}): Promise<PrintData> {
  const { reportId, reportKey } = opts;
  const { reports, report, deck, figures } = await api['briefing.open']({
    ...(reportId === undefined ? {} : { reportId }),
    ...(reportKey === undefined ? {} : { reportKey }),
  });
  // A named report that is gone is an error: printing another one in its place would be a wrong document.
  const named = reportId ?? reportKey;
  if (named !== undefined && report?.id !== reportId && report?.key !== reportKey)
    throw new Error(`没有报告“${named}”（现有：${reports.map((r) => r.key).join('、') || '无'}）`);
  if (!report) throw new Error('数据库中没有报告，无法打印');
  if (!deck) throw new Error(`报告“${report.title}”没有简报页，无法打印`);
  if (deck.slides.length === 0) throw new Error(`简报“${deck.title}”没有幻灯片，无法打印`);
  return { report, deck, figures, figureById: new Map(figures.map((f) => [f.id, f])) };
}
