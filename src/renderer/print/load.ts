/** Everything a print needs, fetched once per page (early-data.ts): the report named in the URL (else the current one), its first deck and all its figures. */
import type { PrintOptions } from '../../shared/print';
import type { Deck, Figure, Report } from '../../shared/types';
import { withResolvedTexts } from '../../shared/figure-refs';
import { openForPrint } from './early-data';
import { t, type Lang } from '../lib/i18n';

export interface PrintData {
  report: Report;
  deck: Deck;
  figures: Figure[];
  figureById: ReadonlyMap<number, Figure>;
}

export async function loadPrintData(opts: Pick<PrintOptions, 'reportId' | 'reportKey'> = {}, lang: Lang = 'zh'): Promise<PrintData> {
  const { reportId, reportKey } = opts;
  const { reports, report, deck, figures } = await openForPrint({ reportId, reportKey });
  // A named report that is gone is an error: printing another one in its place would be a wrong document.
  const named = reportId ?? reportKey;
  if (named !== undefined && report?.id !== reportId && report?.key !== reportKey)
    throw new Error(
      t(lang, 'printUnknownReport', { named: String(named), keys: reports.map((r) => r.key).join(lang === 'en' ? ', ' : '、') || '—' }),
    );
  if (!report) throw new Error(t(lang, 'printNoReport'));
  if (!deck) throw new Error(t(lang, 'printNoDeck', { title: report.title }));
  if (deck.slides.length === 0) throw new Error(t(lang, 'printNoSlides', { title: deck.title }));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  // Figure references in the slides' own texts print as the figures' values.
  return { report, deck: { ...deck, slides: deck.slides.map((s) => withResolvedTexts(s, figureById)) }, figures, figureById };
}
