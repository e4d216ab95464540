/**
 * A slide's title and its section's name in the UI language (English falls back to Chinese). Shared: the
 * window draws them (renderer/slides/sections.ts re-exports them) and the main process works out a chart
 * slide's chart box from them (main/charts/chart-slide-texts.ts).
 */
import type { Report, Slide } from './types';

/** The section's name in the UI language (English falls back to Chinese). */
export function sectionName(report: Pick<Report, 'sections'>, sectionId: number | null, lang: 'zh' | 'en'): string {
  const s = sectionId === null ? undefined : report.sections.find((x) => x.id === sectionId);
  if (!s) return '';
  return lang === 'en' ? s.titleEn || s.title : s.title;
}

/** The slide's title in the UI language (English falls back to Chinese). */
export function slideTitle(slide: Pick<Slide, 'title' | 'titleEn'>, lang: 'zh' | 'en'): string {
  return lang === 'en' ? slide.titleEn.trim() || slide.title : slide.title;
}
