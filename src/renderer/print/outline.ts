/**
 * Anchors, bookmarks and running heads of the three print layouts. Pure: no DOM, no Svelte.
 * Every bookmark names the id of an element some link in the page points at, so Chromium writes a
 * named destination for it and the PDF step can turn the outline into page references.
 */
import { inDeckScript, inTraditional } from '../../shared/deck-script';
import { isBriefLayout, type OutlineEntry, type PrintLayout, type PrintManifest } from '../../shared/print';
import type { Deck, Report, Slide } from '../../shared/types';
import { ALL_STRINGS, chineseNumeral, PARTS, t, type Lang } from '../lib/i18n';
import { orderedSections, printDate, sectionName, slideTitle } from '../slides/sections';

export const slideAnchor = (i: number): string => `slide-${i + 1}`;
export const sectionAnchor = (key: string): string => `section-${key}`;
export const APPENDIX_ANCHOR = 'appendix';

/** The layout's name: 幻灯片 / 讲义 / 简报 (every handout is a 讲义, every brief a 简报). */
export const layoutName = (layout: PrintLayout, lang: Lang = 'zh'): string =>
  t(lang, layout === 'slides' ? 'layout_slides' : isBriefLayout(layout) ? 'layout_brief' : 'layout_handout');

/** Slide indexes 0…n-1 in sheets of `per`: [[0,1],[2,3],[4]]. */
export function sheetsOf(n: number, per: number): number[][] {
  if (!Number.isInteger(per) || per < 1) throw new Error(`slides per sheet must be a positive integer: ${per}`);
  const out: number[][] = [];
  for (let i = 0; i < n; i += per) out.push(Array.from({ length: Math.min(per, n - i) }, (_, k) => i + k));
  return out;
}

/** Pages an N-up handout prints: the contents page, then one sheet per `per` slides. */
export const sheetPages = (slides: number, per: number): number => 1 + Math.ceil(slides / per);

/** "一、五大功能区域协调发展" / "1. 五大功能区域协调发展": the brief's section headings. */
export const numberedTitle = (n: number, title: string, lang: Lang = 'zh'): string =>
  t(lang, 'sectionHeading', { n: lang === 'zh' ? chineseNumeral(n) : n, title });

/** The report's date in the print's language. */
export { printDate };

/** Slides grouped under their report section, in deck order; slides without a section stand alone. */
export function slideOutline(deck: Deck, report: Report, lang: Lang = 'zh'): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  let group: OutlineEntry | undefined;
  let groupId: number | null = null;
  deck.slides.forEach((slide: Slide, i) => {
    const entry = { title: `${i + 1}. ${slideTitle(slide, lang)}`, dest: slideAnchor(i) };
    const section = slide.sectionId === null ? undefined : report.sections.find((s) => s.id === slide.sectionId);
    if (!section) {
      out.push(entry);
      group = undefined;
      groupId = null;
      return;
    }
    if (!group || groupId !== section.id) {
      group = { title: sectionName(report, section.id, lang), dest: entry.dest, children: [] };
      groupId = section.id;
      out.push(group);
    }
    group.children?.push(entry);
  });
  return out;
}

export function briefOutline(report: Report, lang: Lang = 'zh'): OutlineEntry[] {
  return [
    ...orderedSections(report).map((s, i) => ({ title: numberedTitle(i + 1, s.title, lang), dest: sectionAnchor(s.key) })),
    { title: t(lang, 'appendixOutline'), dest: APPENDIX_ANCHOR },
  ];
}

export function buildManifest(layout: PrintLayout, deck: Deck, report: Report, lang: Lang = 'zh'): PrintManifest {
  return {
    layout,
    title: deck.title,
    author: report.organisation,
    subject: report.published
      ? t(lang, 'subject', { title: report.title, layout: layoutName(layout, lang), date: printDate(report.published, lang) })
      : t(lang, 'subjectUndated', { title: report.title, layout: layoutName(layout, lang) }),
    keywords: [report.region, t(lang, 'asOf', { asOf: report.asOf }), ...orderedSections(report).map((s) => s.title)].filter(Boolean),
    expectedPages: layout === 'slides' ? deck.slides.length : null,
    outline: isBriefLayout(layout) ? briefOutline(report, lang) : slideOutline(deck, report, lang),
    ...(isBriefLayout(layout) ? { contentsPages: true } : {}),
  };
}

/** A CSS string literal: content: "…". */
const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

/** The text only CSS adds to a page (running heads, page numbers), in both languages and scripts: its glyphs must be loaded too. */
export const PAGE_TEXT = `${[PARTS.print.internal, PARTS.print.asOf, PARTS.print.pageOf].map((e) => e.zh + inTraditional(e.zh) + e.en).join('')}0123456789/ —`;

/**
 * @page rules. Slides: 16:9 (13.333 × 7.5 in, the widescreen slide size), no margins, the slide draws
 * its own footer. Handout and brief: A4 portrait with a running head (title, 内部资料) and foot
 * (as-of date, 第 n 页 / 共 N 页) in CSS page-margin boxes, set in the embedded Noto Sans SC.
 */
export function pageCss(layout: PrintLayout, opts: { title: string; asOf: string; internal: boolean; lang?: Lang }): string {
  const lang = opts.lang ?? 'zh';
  if (layout === 'slides') return '@page { size: 338.667mm 190.5mm; margin: 0; }';
  if (layout === 'brief-gongwen') return GONGWEN_PAGE_CSS;
  const box = 'font-family: "Noto Sans SC", sans-serif; font-size: 8.5pt; color: #5b6473;';
  return `@page {
  size: A4 portrait;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(opts.title)}; ${box} }
  @top-right { content: ${cssString(opts.internal ? t(lang, 'internal') : '')}; ${box} font-weight: 700; color: #b3261e; }
  @bottom-left { content: ${cssString(t(lang, 'asOf', { asOf: opts.asOf }))}; ${box} }
  @bottom-right { content: ${pageCounterCss(lang)}; ${box} }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }`;
}

/**
 * GB/T 9704: A4, text block 156 × 225 mm, top margin 37 mm, binding margin 28 mm (left on odd pages, right
 * on even ones); the page number 4号 (14 pt) as "— n —", 7 mm under the text block, one character in from
 * the outer edge. No running heads.
 */
const GONGWEN_NUMBER = `content: "— " counter(page) " —"; font-family: "GW Song", "Noto Serif SC", "Noto Sans SC", serif; font-weight: 400; font-size: 14pt; color: #000; vertical-align: top; padding-top: 7mm;`;
export const GONGWEN_PAGE_CSS = `@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
}
@page :right { @bottom-right { ${GONGWEN_NUMBER} text-align: right; padding-right: 14pt; } }
@page :left { margin: 37mm 28mm 35mm 26mm; @bottom-left { ${GONGWEN_NUMBER} text-align: left; padding-left: 14pt; } }`;

/** "第 n 页 / 共 N 页" as CSS content: the table's words around counter(page) and counter(pages). */
export function pageCounterCss(lang: Lang): string {
  return inDeckScript(ALL_STRINGS.pageOf[lang], lang)
    .split(/(\{n\}|\{total\})/)
    .filter(Boolean)
    .map((p) => (p === '{n}' ? 'counter(page)' : p === '{total}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
}
