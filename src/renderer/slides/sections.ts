/** Section and title helpers for slides. Pure: no DOM, no Svelte. */
import type { Report, Section } from '../../shared/types';
import { chineseNumeral, t, type Lang } from '../lib/i18n';
import { formatDateZh } from '../../shared/format';

export { chineseNumeral };
// Shared with the main process (main/charts/chart-slide-texts.ts).
export { sectionName, slideTitle } from '../../shared/slide-titles';

/** The report's sections in reading order (by `ord`, then by position in the text). */
export function orderedSections(report: Pick<Report, 'sections'>): Section[] {
  return [...report.sections].sort((a, b) => a.ord - b.ord || a.start - b.start);
}

/** The section's 1-based number in the report, or 0 when the slide belongs to none. */
export function sectionNumber(report: Pick<Report, 'sections'>, sectionId: number | null): number {
  if (sectionId === null) return 0;
  return orderedSections(report).findIndex((s) => s.id === sectionId) + 1;
}

/** "第二部分" / "Part 2"; empty for 0. */
export function partLabel(n: number, lang: Lang): string {
  if (n <= 0) return '';
  return t(lang, 'partLabel', { n: lang === 'zh' ? chineseNumeral(n) : n });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-02-04" → "4 February 2016". */
/** A date in the print's language: 2016年2月4日 / 4 February 2016. */
export const printDate = (iso: string, lang: Lang): string => (lang === 'en' ? formatDateEn(iso) : formatDateZh(iso));

export function formatDateEn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
