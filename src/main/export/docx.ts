/**
 * Word export of the 简报, mirroring the PDF brief (renderer/print/BriefLayout.svelte): masthead (title,
 * issuing organisation, date, data period), the report as numbered sections (一、…) in Word's own
 * Heading 1 style (so the navigation pane lists them), the deck's charts inline as PNG at print resolution
 * with captions (图 1-1 …) and the source line, and the appendix table of every figure with its sentence.
 * Body in 仿宋, headings in 黑体, the title in 宋体 (fonts.ts); page numbers "— n —" at the foot.
 * Layout brief-gongwen sets it as a 公文 (docx-gongwen.ts): 红头 with 期号, 方正小标宋 title, 仿宋_GB2312 body on
 * GB/T 9704's 22 × 28 grid, 一、（一）1. headings, page numbers at the outer edge, mirrored margins (订口 inside).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { figuresInOrder, orderedSections, sectionParagraphs } from '../../shared/brief-text';
import { figureParts, formatDateZh } from '../../shared/format';
import { chartCaption } from '../../shared/slide-headings';
import type { ChartSpec, Figure } from '../../shared/types';
import { chartData, derivedNote } from './chart-data';
import { chartPngOnce } from './chart-png';
import type { ExportData } from './data';
import type { DocxOptions } from './docx-layouts';
import { MediaSwap, packDocx } from './docx-pack';
import {
  BRIEF_BODY_FONT,
  BRIEF_BODY_FONT_EA,
  BRIEF_HEADING_FONT,
  BRIEF_HEADING_FONT_EA,
  BRIEF_TITLE_FONT,
  BRIEF_TITLE_FONT_EA,
} from './fonts';
import {
  GW,
  GW_BLOCK,
  GW_CHAR_SPACE,
  GW_LINE,
  gongwenFontTable,
  gongwenFooters,
  gongwenMasthead,
  gongwenRuns,
  mirrorMargins,
  MM,
  RED,
  type RunFonts,
} from './docx-gongwen';
import { chineseNumeral, deckWords, sourceLine } from './text';

/** The faces of one layout: body, title, headings (一、), captions. */
interface Faces {
  body: RunFonts;
  title: RunFonts;
  head: RunFonts;
  caption: RunFonts;
}
const BRIEF_FACES: Faces = {
  body: { ascii: BRIEF_BODY_FONT, hAnsi: BRIEF_BODY_FONT, eastAsia: BRIEF_BODY_FONT_EA, cs: BRIEF_BODY_FONT },
  title: { ascii: BRIEF_TITLE_FONT, hAnsi: BRIEF_TITLE_FONT, eastAsia: BRIEF_TITLE_FONT_EA, cs: BRIEF_TITLE_FONT },
  head: { ascii: BRIEF_HEADING_FONT, hAnsi: BRIEF_HEADING_FONT, eastAsia: BRIEF_HEADING_FONT_EA, cs: BRIEF_HEADING_FONT },
  caption: { ascii: BRIEF_HEADING_FONT, hAnsi: BRIEF_HEADING_FONT, eastAsia: BRIEF_HEADING_FONT_EA, cs: BRIEF_HEADING_FONT },
};
const GONGWEN_FACES: Faces = { body: GW.body, title: GW.title, head: GW.hei, caption: GW.kai };
/** Half-points: 三号 16 pt body, 二号 22 pt title. */
const PT = (n: number) => n * 2;

/**
 * The value column: the number with its qualifier where a card puts it (format.ts figureParts), the unit in its own
 * column: before it (超过20, 低于10), inside it (300多) or after it (7左右, 5.5以上), and a fall said (下降4.1), as the PDF
 * appendix says it. (Every qualifier but 多 was put before the number: "左右7", "以上5.5"; a fall stored −4.1 read "4.1".)
 */
export const appendixValue = (f: Pick<Figure, 'valueText' | 'value' | 'unit' | 'kind' | 'qualifier'>) => {
  const p = figureParts(f);
  return p.prefix + p.number + p.inner + p.suffix;
};

function masthead(d: ExportData, f: Faces): Paragraph[] {
  const r = d.report;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: d.deck.title, font: f.title, size: PT(22), bold: true, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: deckWords(d.report)('简\u3000报'), font: f.title, size: PT(16), color: RED, characterSpacing: 60 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: [r.organisation, formatDateZh(r.published), `${deckWords(r)('数据截至')}${r.asOf}`].filter(Boolean).join('\u3000\u3000'),
          font: f.body,
          size: PT(12),
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: r.title, font: f.title, size: PT(16), bold: true })],
    }),
  ];
}

async function figure(
  spec: ChartSpec,
  d: ExportData,
  section: { n: number; title: string },
  k: number,
  f: Faces,
  media: MediaSwap,
): Promise<Paragraph[]> {
  // Under its section's heading, the chart's title without the section it may open with (shared/slide-headings.ts).
  const caption = `${deckWords(d.report)('图')} ${section.n}-${k}\u3000${chartCaption(section.title, spec.title)}`;
  const out: Paragraph[] = [];
  try {
    const c = chartData(spec, d.byId, d.report.traditional === true);
    const img = await chartPngOnce(c);
    // 150 mm wide at most (the 156 mm text block), keeping the drawing's proportions.
    const w = Math.min(567, img.width * 0.5);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120 },
        children: [
          new ImageRun({
            type: 'png',
            // A stand-in the docx package hashes; the PNG takes its place when the package is zipped (docx-pack.ts).
            data: media.standIn(img.png),
            transformation: { width: w, height: Math.round((w * img.height) / img.width) },
            altText: { name: caption, title: caption, description: c.rows.map((r) => `${r.label}${r.display}`).join('，') },
          }),
        ],
      }),
    );
    const note = derivedNote(c);
    if (note)
      out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: note, font: f.body, size: PT(10.5) })] }));
  } catch (e) {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${deckWords(d.report)('（图表数据不全，未绘制：')}${(e as Error).message}）`, font: f.body, size: PT(12) }),
        ],
      }),
    );
  }
  out.push(
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      // A caption in the headings' 黑体 (the plain brief) is bold, as before the 公文 layout; a 楷体 one (公文) is not.
      // (By face name: the faces are separate objects, so comparing them was never true.)
      children: [new TextRun({ text: caption, font: f.caption, size: PT(12), bold: f.caption.eastAsia === f.head.eastAsia })],
    }),
  );
  if (spec.takeaway)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: spec.takeaway, font: f.body, size: PT(12), bold: true })],
      }),
    );
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: sourceLine(d.report), font: f.body, size: PT(10.5), color: '595959' })],
    }),
  );
  return out;
}

/** The text block: 210 − 28 − 26 mm. */
const BLOCK = GW_BLOCK;

function cell(text: string, f: Faces, o: { header?: boolean; width: number; run?: IRunOptions }): TableCell {
  return new TableCell({
    width: { size: Math.round((BLOCK * o.width) / 100), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({ children: [new TextRun({ text, font: o.header ? f.head : f.body, size: PT(10.5), bold: o.header, ...o.run })] }),
    ],
  });
}

/** Column widths in % of the text block: the unit and period columns wide enough not to break inside "万平方米". */
const COLUMNS: [string, number][] = [
  ['序号', 6],
  ['名称', 18],
  ['数值', 10],
  ['单位', 12],
  ['时期', 14],
  ['原文', 40],
];

function appendix(d: ExportData, f: Faces): (Paragraph | Table)[] {
  const figures = figuresInOrder(d.report, d.figures);
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: COLUMNS.map(([h, w]) => cell(deckWords(d.report)(h), f, { header: true, width: w })),
    }),
    ...figures.map(
      (fig, i) =>
        new TableRow({
          cantSplit: true,
          children: [String(i + 1), fig.label, appendixValue(fig), fig.unit || '—', fig.period, fig.quote].map((t, j) =>
            cell(t, f, { width: (COLUMNS[j] as [string, number])[1], run: j === 2 ? { bold: true } : undefined }),
          ),
        }),
    ),
  ];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(deckWords(d.report)('附录\u3000数据一览'))],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: deckWords(d.report)(`本简报引用的全部 ${figures.length} 项数据，按章节顺序列出，附报告原文语句，供核对。`),
          font: f.body,
          size: PT(12),
        }),
      ],
    }),
    new Table({ width: { size: BLOCK, type: WidthType.DXA }, columnWidths: COLUMNS.map(([, w]) => Math.round((BLOCK * w) / 100)), rows }),
  ];
}

export async function buildDocx(d: ExportData, o: DocxOptions = {}): Promise<Buffer> {
  const gongwen = o.layout === 'brief-gongwen';
  const f = gongwen ? GONGWEN_FACES : BRIEF_FACES;
  const sections = orderedSections(d.report);
  const media = new MediaSwap();
  // Every chart drawn at once: their PNGs encode in parallel.
  const figures = await Promise.all(
    sections.map((s, i) =>
      Promise.all(
        d.deck.slides
          .filter((sl) => sl.sectionId === s.id && sl.chart)
          .map((sl, k) => figure(sl.chart as ChartSpec, d, { n: i + 1, title: s.title }, k + 1, f, media)),
      ),
    ),
  );
  const children: (Paragraph | Table)[] = gongwen ? gongwenMasthead(d.report, d.report.title, o.issue ?? 1) : masthead(d, f);
  sections.forEach((s, i) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${chineseNumeral(i + 1)}、${s.title}`)] }));
    for (const p of sectionParagraphs(d.report, s))
      children.push(new Paragraph({ style: 'BriefBody', children: gongwen ? gongwenRuns(p) : [new TextRun(p)] }));
    for (const fig of figures[i] ?? []) children.push(...fig);
  });
  children.push(...appendix(d, f));
  // 公文: 28.9 pt lines on a 22 × 28 grid, headings indented two characters as the body; else 28 pt lines.
  const line = gongwen ? GW_LINE : 560;
  const heading = gongwen ? { indent: { firstLine: PT(16) * 20 } } : {};
  const doc = new Document({
    creator: d.report.organisation,
    title: d.deck.title,
    subject: `${d.report.title}（${[deckWords(d.report)('简报'), formatDateZh(d.report.published)].filter(Boolean).join('，')}）`,
    description: '简报台 Briefing Desk 导出',
    evenAndOddHeaderAndFooters: gongwen,
    styles: {
      default: {
        document: { run: { font: f.body, size: PT(16) } },
        heading1: {
          run: { font: f.head, size: PT(16), bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, ...heading },
        },
        heading2: {
          run: { font: f.head, size: PT(16), bold: false, color: '000000' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, ...heading },
        },
      },
      paragraphStyles: [
        {
          id: 'BriefBody',
          name: 'Brief Body',
          basedOn: 'Normal',
          quickFormat: true,
          // 公文: 28 characters to the 156 mm line, as the PDF (−0.25 pt each, docx-gongwen.ts); the grid does the 22 lines.
          run: { font: f.body, size: PT(16), ...(gongwen ? { characterSpacing: GW_CHAR_SPACE } : {}) },
          // Exact lines: 22 to the 225 mm text block, as GB/T 9704 sets a 公文 page.
          paragraph: { indent: { firstLine: PT(16) * 20 }, alignment: AlignmentType.JUSTIFIED, spacing: { line, lineRule: 'exact' } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: f.caption, size: PT(12) },
          paragraph: { spacing: { line: 360, lineRule: 'auto' } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: MM(210), height: MM(297) },
            margin: { top: MM(37), bottom: MM(35), left: MM(28), right: MM(26), footer: MM(gongwen ? 22 : 20) },
          },
          // A line grid only: a character grid would also spread the small type of captions and the table.
          ...(gongwen ? { grid: { type: DocumentGridType.LINES, linePitch: GW_LINE } } : {}),
        },
        footers: gongwen
          ? gongwenFooters()
          : {
              default: new Footer({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: f.body, size: PT(14) })],
                  }),
                ],
              }),
            },
        children,
      },
    ],
  });
  if (gongwen) mirrorMargins(doc);
  // The 公文's font table names each office face with the face to use where it is missing.
  return packDocx(doc, gongwen ? [{ path: 'word/fontTable.xml', data: gongwenFontTable() }] : [], media);
}
