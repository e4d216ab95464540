/**
 * Word export of the 简报, mirroring the PDF brief (renderer/print/BriefLayout.svelte): masthead (title,
 * issuing organisation, date, data period), the report as numbered sections (一、…) in Word's own
 * Heading 1 style (so the navigation pane lists them), the deck's charts inline as PNG at print resolution
 * with captions (图 1-1 …) and the source line, and the appendix table of every figure with its sentence.
 * Body in 仿宋, headings in 黑体, the title in 宋体 (fonts.ts); page numbers "— n —" at the foot.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
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
import { formatDateZh } from '../../shared/format';
import type { ChartSpec, Figure } from '../../shared/types';
import { chartData, derivedNote } from './chart-data';
import { chartPng } from './chart-png';
import type { ExportData } from './data';
import {
  BRIEF_BODY_FONT,
  BRIEF_BODY_FONT_EA,
  BRIEF_HEADING_FONT,
  BRIEF_HEADING_FONT_EA,
  BRIEF_TITLE_FONT,
  BRIEF_TITLE_FONT_EA,
} from './fonts';
import { chineseNumeral, sourceLine } from './text';

const RED = 'C00000';
const BODY = { ascii: BRIEF_BODY_FONT, hAnsi: BRIEF_BODY_FONT, eastAsia: BRIEF_BODY_FONT_EA, cs: BRIEF_BODY_FONT };
const TITLE = { ascii: BRIEF_TITLE_FONT, hAnsi: BRIEF_TITLE_FONT, eastAsia: BRIEF_TITLE_FONT_EA, cs: BRIEF_TITLE_FONT };
const HEAD = { ascii: BRIEF_HEADING_FONT, hAnsi: BRIEF_HEADING_FONT, eastAsia: BRIEF_HEADING_FONT_EA, cs: BRIEF_HEADING_FONT };
/** Half-points: 三号 16 pt body, 二号 22 pt title. */
const PT = (n: number) => n * 2;
/** Twips: 1 mm = 56.7. */
const MM = (n: number) => Math.round(n * 56.7);

/** The value column as the PDF appendix prints it: qualifier before (超过20) or 多 after (300多). */
const valueCell = (f: Figure) =>
  `${f.qualifier && f.qualifier !== '多' ? f.qualifier : ''}${f.valueText}${f.qualifier === '多' ? '多' : ''}`;

function masthead(d: ExportData): Paragraph[] {
  const r = d.report;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: d.deck.title, font: TITLE, size: PT(22), bold: true, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: '简\u3000报', font: TITLE, size: PT(16), color: RED, characterSpacing: 60 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: `${r.organisation}\u3000\u3000${formatDateZh(r.published)}\u3000\u3000数据截至${r.asOf}`,
          font: BODY,
          size: PT(12),
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: r.title, font: TITLE, size: PT(16), bold: true })],
    }),
  ];
}

async function figure(spec: ChartSpec, d: ExportData, section: number, k: number): Promise<Paragraph[]> {
  const caption = `图 ${section}-${k}\u3000${spec.title}`;
  const out: Paragraph[] = [];
  try {
    const c = chartData(spec, d.byId);
    const img = await chartPng(c);
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
            data: img.png,
            transformation: { width: w, height: Math.round((w * img.height) / img.width) },
            altText: { name: caption, title: caption, description: c.rows.map((r) => `${r.label}${r.display}`).join('，') },
          }),
        ],
      }),
    );
    const note = derivedNote(c);
    if (note)
      out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: note, font: BODY, size: PT(10.5) })] }));
  } catch (e) {
    out.push(
      new Paragraph({ children: [new TextRun({ text: `（图表数据不全，未绘制：${(e as Error).message}）`, font: BODY, size: PT(12) })] }),
    );
  }
  out.push(
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: caption, font: HEAD, size: PT(12), bold: true })],
    }),
  );
  if (spec.takeaway)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: spec.takeaway, font: BODY, size: PT(12), bold: true })],
      }),
    );
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: sourceLine(d.report), font: BODY, size: PT(10.5), color: '595959' })],
    }),
  );
  return out;
}

/** The text block: 210 − 28 − 26 mm. */
const BLOCK = MM(156);

function cell(text: string, o: { header?: boolean; width: number; run?: IRunOptions }): TableCell {
  return new TableCell({
    width: { size: Math.round((BLOCK * o.width) / 100), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({ children: [new TextRun({ text, font: o.header ? HEAD : BODY, size: PT(10.5), bold: o.header, ...o.run })] }),
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

function appendix(d: ExportData): (Paragraph | Table)[] {
  const figures = figuresInOrder(d.report, d.figures);
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: COLUMNS.map(([h, w]) => cell(h, { header: true, width: w })) }),
    ...figures.map(
      (f, i) =>
        new TableRow({
          cantSplit: true,
          children: [String(i + 1), f.label, valueCell(f), f.unit || '—', f.period, f.quote].map((t, j) =>
            cell(t, { width: (COLUMNS[j] as [string, number])[1], run: j === 2 ? { bold: true } : undefined }),
          ),
        }),
    ),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('附录\u3000数据一览')] }),
    new Paragraph({
      children: [
        new TextRun({
          text: `本简报引用的全部 ${figures.length} 项数据，按章节顺序列出，附报告原文语句，供核对。`,
          font: BODY,
          size: PT(12),
        }),
      ],
    }),
    new Table({ width: { size: BLOCK, type: WidthType.DXA }, columnWidths: COLUMNS.map(([, w]) => Math.round((BLOCK * w) / 100)), rows }),
  ];
}

export async function buildDocx(d: ExportData): Promise<Buffer> {
  const sections = orderedSections(d.report);
  // Every chart drawn at once: their PNGs encode in parallel.
  const figures = await Promise.all(
    sections.map((s, i) =>
      Promise.all(
        d.deck.slides.filter((sl) => sl.sectionId === s.id && sl.chart).map((sl, k) => figure(sl.chart as ChartSpec, d, i + 1, k + 1)),
      ),
    ),
  );
  const children: (Paragraph | Table)[] = [...masthead(d)];
  sections.forEach((s, i) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${chineseNumeral(i + 1)}、${s.title}`)] }));
    for (const p of sectionParagraphs(d.report, s)) children.push(new Paragraph({ style: 'BriefBody', children: [new TextRun(p)] }));
    for (const f of figures[i] ?? []) children.push(...f);
  });
  children.push(...appendix(d));
  const doc = new Document({
    creator: d.report.organisation,
    title: d.deck.title,
    subject: `${d.report.title}（简报，${formatDateZh(d.report.published)}）`,
    description: '简报台 Briefing Desk 导出',
    styles: {
      default: {
        document: { run: { font: BODY, size: PT(16) } },
        heading1: {
          run: { font: HEAD, size: PT(16), bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: HEAD, size: PT(16), bold: false, color: '000000' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'BriefBody',
          name: 'Brief Body',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: BODY, size: PT(16) },
          // 28 pt exact: 22 lines to the 225 mm text block, as GB/T 9704 sets a 公文 page.
          paragraph: { indent: { firstLine: PT(16) * 20 }, alignment: AlignmentType.JUSTIFIED, spacing: { line: 560, lineRule: 'exact' } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: HEAD, size: PT(12) },
          paragraph: { spacing: { line: 360, lineRule: 'auto' } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: MM(210), height: MM(297) },
            margin: { top: MM(37), bottom: MM(35), left: MM(28), right: MM(26), footer: MM(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: BODY, size: PT(14) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
