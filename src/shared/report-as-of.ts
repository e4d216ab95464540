/**
 * The as-of a new report is stored with ("数据截至2022年5月"), when the person importing it gives none: the
 * report's own period as its text says, read as the extractor reads it (report-reading.ts), with its year, when that period names
 * none, from the latest year a figure is about, else from the import date's year. `cli import` and the app's
 * 导入报告 dialog both use it, so the same text is stored with the same as-of either way. (The first year
 * written in the text was a dateline's or a comparison base's as often as the report's own.)
 */
import { ownPeriod } from './extract/report-reading';

const YEAR_PERIOD = /^\d{4}年$/u;
const STARTS_WITH_YEAR = /^\d{4}年/u;

/**
 * `figurePeriods`: the periods of the figures found in the text (none yet is fine); `fallbackYear`: the
 * import date's year ("2026年"), used only when neither the text nor its figures name one.
 */
export function reportAsOf(text: string, figurePeriods: readonly string[], fallbackYear: string): string {
  const own = ownPeriod(text);
  if (STARTS_WITH_YEAR.test(own.period)) return own.period;
  let latest = '';
  for (const p of figurePeriods) if (YEAR_PERIOD.test(p) && p > latest) latest = p;
  const year = own.year ? `${own.year}年` : latest || fallbackYear;
  // "全年" is the whole of the year: the year says it.
  return own.period === '全年' ? year : `${year}${own.period}`;
}
