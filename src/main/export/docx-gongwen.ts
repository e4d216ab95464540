/**
 * The 公文 parts of the Word 简报 (layout brief-gongwen, GB/T 9704-2012), as the PDF sets them
 * (renderer/print/gongwen.css, GongwenMasthead.svelte): the 红头 (简报 in red Song type, 第 N 期, issuing unit
 * and date, a red rule), 一、/（一）/1. headings in 黑体/楷体/仿宋 bold, page numbers "— n —" 4号 at the outer
 * edge one character in (odd pages right, even pages left), and a font table naming the office faces with
 * the face Word/WPS substitutes where one is missing; mirrored margins, the 订口 on the binding side.
 */
import { AlignmentType, BorderStyle, Footer, OnOffElement, PageNumber, Paragraph, Tab, TabStopType, TextRun, type Document } from 'docx';
import { leadHeading } from '../../shared/gongwen';
import { formatDateZh } from '../../shared/format';
import type { Report } from '../../shared/types';
import { GONGWEN_FACES, type OfficeFace } from './fonts';
import { deckWords } from './text';

export const RED = 'C00000';
/** Half-points. */
const PT = (n: number) => n * 2;
/** Twips: 1 mm = 56.7. */
export const MM = (n: number) => Math.round(n * 56.7);

export type RunFonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string };
const fonts = (f: OfficeFace): RunFonts => ({ ascii: f.name, hAnsi: f.name, eastAsia: f.name, cs: f.name });
export const GW = {
  title: fonts(GONGWEN_FACES.title),
  body: fonts(GONGWEN_FACES.body),
  kai: fonts(GONGWEN_FACES.kai),
  hei: fonts(GONGWEN_FACES.hei),
  song: fonts(GONGWEN_FACES.song),
};

/** The text block, 156 mm, and the line: 22 lines to the 225 mm block (28.9 pt, exact). */
export const GW_BLOCK = MM(156);
export const GW_LINE = 579;
/**
 * 28 characters of 16 pt to the 156 mm line: the spacing each character gives up, in whole twips. 8845 ÷ 28 − 320
 * is −4.1, so −5 (−0.25 pt): with −4 the 28th character would not fit (test/docx-parts.test.ts).
 */
export const GW_CHAR_SPACE = Math.floor(GW_BLOCK / 28 - 320);

export function gongwenMasthead(report: Report, title: string, issue: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 0, line: 1300, lineRule: 'exact' },
      // 0.6 em between the two characters, as the PDF's masthead.
      children: [new TextRun({ text: deckWords(report)('简报'), font: GW.title, size: PT(48), color: RED, characterSpacing: 576 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120 },
      children: [new TextRun({ text: `第${issue}期`, font: GW.body, size: PT(16) })],
    }),
    new Paragraph({
      // The issuing unit at the left, the date at the right, one character in; the red rule under both.
      tabStops: [{ type: TabStopType.RIGHT, position: GW_BLOCK - PT(16) * 10 }],
      indent: { left: PT(16) * 10 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: RED, space: 4 } },
      spacing: { after: GW_LINE },
      children: [new TextRun({ children: [report.organisation, new Tab(), formatDateZh(report.published)], font: GW.body, size: PT(16) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: GW_LINE, line: 800, lineRule: 'atLeast' },
      children: [new TextRun({ text: title, font: GW.title, size: PT(22) })],
    }),
  ];
}

/**
 * A body paragraph: a leading 一、 (黑体), （一） (楷体) or 1. (仿宋 bold) heading sentence in its own face, the rest
 * as body text (shared/gongwen.ts decides, as for the PDF).
 */
export function gongwenRuns(paragraph: string): TextRun[] {
  const lead = leadHeading(paragraph);
  const rest = lead.rest ? [new TextRun({ text: lead.rest })] : [];
  if (lead.level === 1) return [new TextRun({ text: lead.head, font: GW.hei }), ...rest];
  if (lead.level === 2) return [new TextRun({ text: lead.head, font: GW.kai }), ...rest];
  if (lead.level === 3) return [new TextRun({ text: lead.head, bold: true }), ...rest];
  return rest;
}

const pageNumber = (alignment: 'left' | 'right') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One character (14 pt) in from the outer edge of the text block.
        indent: alignment === 'right' ? { right: PT(14) * 10 } : { left: PT(14) * 10 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: GW.song, size: PT(14) })],
      }),
    ],
  });

/** Odd pages (Word's default footer) number at the right, even pages at the left. */
export const gongwenFooters = () => ({ default: pageNumber('right'), even: pageNumber('left') });

/** Settings that CT_Settings orders after w:mirrorMargins; the docx package writes w:defaultTabStop always. */
const AFTER_MIRROR_MARGINS = ['w:trackRevisions', 'w:documentProtection', 'w:defaultTabStop'];

/**
 * Mirror margins (w:mirrorMargins in word/settings.xml): the 28 mm 订口 (binding margin) is the inside of every
 * page, at the left of odd pages and the right of even ones, as a 公文 printed on both sides is bound; the 26 mm
 * is the outside, where the page numbers go. The docx package has no option for it: the element goes into its
 * settings part where CT_Settings orders it (before w:defaultTabStop), so nothing is re-zipped for it.
 */
export function mirrorMargins(doc: Document): void {
  const root = (doc.Settings as unknown as { root: unknown[] }).root;
  const at = root.findIndex((c) => AFTER_MIRROR_MARGINS.includes((c as { rootKey?: string }).rootKey ?? ''));
  if (at < 0) throw new Error('docx: no w:defaultTabStop in the settings part to put w:mirrorMargins before');
  root.splice(at, 0, new OnOffElement('w:mirrorMargins', true));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * word/fontTable.xml naming each face with its substitute (w:altName), the GB2312 charset and its family:
 * Word and WPS use 方正小标宋简体/仿宋_GB2312/楷体_GB2312 where installed, else 宋体/仿宋/楷体.
 */
export function gongwenFontTable(): string {
  const font = (f: OfficeFace) =>
    `<w:font w:name="${xmlEscape(f.name)}"><w:altName w:val="${xmlEscape(f.altName)}"/><w:charset w:val="86"/>` +
    `<w:family w:val="${f.family}"/><w:pitch w:val="${f.family === 'modern' ? 'fixed' : 'variable'}"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    Object.values(GONGWEN_FACES).map(font).join('') +
    '</w:fonts>'
  );
}
