/**
 * The as-of a new report is stored with ("数据截至2022年5月"), when the person importing it gives none: the report's own
 * period as its text says, read as the extractor reads it (report-reading.ts), with its year, when that period names
 * none, from the latest year a result of the same time is about (a whole year's, or those months' with a year), else
 * from the import date's year. `cli import` and the app's 导入报告 dialog both use it, so the same text is stored with
 * the same as-of either way. (The first year written in the text was a dateline's or a comparison base's as often as
 * the report's own.)
 */
import { ownPeriod } from './extract/report-reading';

const YEAR_PERIOD = /^\d{4}年$/u;
const STARTS_WITH_YEAR = /^\d{4}年/u;

/** What the as-of asks of a figure found: its period, and whether it is a target. */
export interface AsOfFigure {
  period: string;
  status: string;
}

/**
 * `figures`: the figures found in the text (none yet is fine); `fallbackYear`: the import date's year ("2026年"), used
 * only when neither the text nor its figures name one. A target's year is never the report's ("2025年" of 黔西南's
 * “十四五” targets, given in 2022).
 */
export function reportAsOf(text: string, figures: readonly AsOfFigure[], fallbackYear: string): string {
  const own = ownPeriod(text);
  if (STARTS_WITH_YEAR.test(own.period)) return own.period;
  let latest = '';
  for (const f of figures) {
    if (f.status === 'target') continue;
    const year = yearOfSameTime(f.period, own.period);
    if (year > latest) latest = year;
  }
  const year = own.year ? `${own.year}年` : latest || fallbackYear;
  // "全年" is the whole of the year: the year says it.
  return own.period === '全年' ? year : `${year}${own.period}`;
}

/**
 * The year ("2021年") of a figure's period when it is of the report's own kind of time: a year alone where the report is
 * on a whole year or names no period; those months with their year where it is on part of a year ("2021年上半年" for
 * 上半年), as a whole year's figure is then another year's ("2018年14户新增企业" in 汉阴's 2019 一季度, the firms new the
 * year before); else ''.
 */
function yearOfSameTime(period: string, own: string): string {
  if (own === '' || own === '全年') return YEAR_PERIOD.test(period) ? period : '';
  const year = period.slice(0, period.length - own.length);
  return period.endsWith(own) && YEAR_PERIOD.test(year) ? year : '';
}
