/**
 * Anchors, bookmarks and running heads of the three print layouts. Pure: no DOM, no Svelte.
 * Every bookmark names the id of an element some link in the page points at, so Chromium writes a
 * named destination for it and the PDF step can turn the outline into page references.
 */
import { formatDateZh } from '../../shared/format';
import type { OutlineEntry, PrintLayout, PrintManifest } from '../../shared/print';
import type { Deck, Report, Slide } from '../../shared/types';
import { chineseNumeral, orderedSections } from '../slides/sections';

export const slideAnchor = (i: number): string => `slide-${i + 1}`;
export const sectionAnchor = (key: string): string => `section-${key}`;
export const APPENDIX_ANCHOR = 'appendix';

export const LAYOUT_SUBJECT: Record<PrintLayout, string> = {
  slides: '幻灯片',
  handout: '讲义',
  brief: '简报',
};

/** "一、五大功能区域协调发展". */
export const numberedTitle = (n: number, title: string): string => `${chineseNumeral(n)}、${title}`;

/** Slides grouped under their report section, in deck order; slides without a section stand alone. */
export function slideOutline(deck: Deck, report: Report): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  let group: OutlineEntry | undefined;
  let groupId: number | null = null;
  deck.slides.forEach((slide: Slide, i) => {
    const entry = { title: `${i + 1}. ${slide.title}`, dest: slideAnchor(i) };
    const section = slide.sectionId === null ? undefined : report.sections.find((s) => s.id === slide.sectionId);
    if (!section) {
      out.push(entry);
      group = undefined;
      groupId = null;
      return;
    }
    if (!group || groupId !== section.id) {
      group = { title: section.title, dest: entry.dest, children: [] };
      groupId = section.id;
      out.push(group);
    }
    group.children?.push(entry);
  });
  return out;
}

export function briefOutline(report: Report): OutlineEntry[] {
  return [
    ...orderedSections(report).map((s, i) => ({ title: numberedTitle(i + 1, s.title), dest: sectionAnchor(s.key) })),
    { title: '附录　数据一览', dest: APPENDIX_ANCHOR },
  ];
}

export function buildManifest(layout: PrintLayout, deck: Deck, report: Report): PrintManifest {
  return {
    layout,
    title: deck.title,
    author: report.organisation,
    subject: `${report.title}（${LAYOUT_SUBJECT[layout]}，${formatDateZh(report.published)}）`,
    keywords: [report.region, `数据截至${report.asOf}`, ...orderedSections(report).map((s) => s.title)].filter(Boolean),
    expectedPages: layout === 'slides' ? deck.slides.length : null,
    outline: layout === 'brief' ? briefOutline(report) : slideOutline(deck, report),
  };
}

/** A CSS string literal: content: "…". */
const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

/** The text only CSS adds to a page (running heads, page numbers): its glyphs must be loaded too. */
export const PAGE_TEXT = '第页共内部资料数据截至0123456789/ ';

/**
 * @page rules. Slides: 16:9 (13.333 × 7.5 in, the widescreen slide size), no margins, the slide draws
 * its own footer. Handout and brief: A4 portrait with a running head (title, 内部资料) and foot
 * (as-of date, 第 n 页 / 共 N 页) in CSS page-margin boxes, set in the embedded Noto Sans SC.
 */
export function pageCss(layout: PrintLayout, opts: { title: string; asOf: string; internal: boolean }): string {
  if (layout === 'slides') return '@page { size: 338.667mm 190.5mm; margin: 0; }';
  const box = 'font-family: "Noto Sans SC", sans-serif; font-size: 8.5pt; color: #5b6473;';
  return `@page {
  size: A4 portrait;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(opts.title)}; ${box} }
  @top-right { content: ${cssString(opts.internal ? '内部资料' : '')}; ${box} font-weight: 700; color: #b3261e; }
  @bottom-left { content: ${cssString(`数据截至${opts.asOf}`)}; ${box} }
  @bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${box} }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }`;
}
