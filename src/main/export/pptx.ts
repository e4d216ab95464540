/**
 * PowerPoint export: one slide per slide of the deck, 16:9, laid out as the screen lays it out
 * (renderer/slides/*.svelte; 1920 px = 13.33 in, so 144 px an inch and 1 px = 0.5 pt). Every text is real
 * text in Noto Sans SC (fallback: fonts.ts); charts are native PowerPoint charts holding the plotted numbers,
 * with units and value labels, a derived (推算) bar hatched and labelled as such; the notes end with
 * 数据来源 and the verbatim sentence of every figure the slide shows. Pure Node: no browser.
 */
import PptxGenJS from 'pptxgenjs';
import { figureParts, formatFigureFull } from '../../shared/format';
import { drawnLayout } from '../../shared/slide-layouts';
import { slideHeadings } from '../../shared/slide-headings';
import type { Figure, KpiItem, Slide } from '../../shared/types';
import { centreText, chartData, derivedNote, isPartOfWhole, type ChartData } from './chart-data';
import type { ExportData } from './data';
import { SLIDE_FONT, SLIDE_FONT_FALLBACK } from './fonts';
import {
  bylineOf,
  chineseNumeral,
  footerWhere,
  notesWithSources,
  deckWords,
  paragraphBlock,
  sectionOf,
  sourceLine,
  titleLines,
  type TextRun,
} from './text';
import { labelFormatSentinel, perPointLabelFormats } from './pptx-label-formats';
import { unzipParts, zipParts } from './zip';

type Pres = InstanceType<typeof PptxGenJS>;
type PSlide = ReturnType<Pres['addSlide']>;
type TextItem = { text: string; options?: PptxGenJS.TextPropsOptions };

/** The paper theme (app.css [data-theme='paper']). */
const C = {
  fg: '15191F',
  muted: '46505E',
  faint: '66707E',
  rule: 'D9DDE3',
  accent: 'B4232A',
  accent2: '1D5FA8',
  card: 'FFFFFF',
  cardBorder: 'DDE1E7',
  bg: 'FFFFFF',
  bar: '1D5FA8',
  slices: ['B4232A', '1D5FA8', '2F8F6F', 'C2741B', '6B4FA8', '6B7A90'],
  remainder: 'DFE3E9',
} as const;

/** A colour no theme uses: derived bars are written with it, then given their hatching (see hatchDerived). */
const DERIVED_SENTINEL = 'A1B2C3';
const HATCH = `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${C.bar}"/></a:fgClr><a:bgClr><a:srgbClr val="E8EEF6"/></a:bgClr></a:pattFill>`;

const W = 13.333;
const H = 7.5;
const px = (n: number) => n / 144;
const PAD_X = px(120);
const FOOT_H = px(88);
const BODY_W = W - 2 * PAD_X;

const FONT = { fontFace: SLIDE_FONT, lang: 'zh-CN' } as const;

function text(slide: PSlide, items: TextItem[] | string, o: PptxGenJS.TextPropsOptions): void {
  slide.addText(items, { ...FONT, margin: 0, valign: 'top', color: C.fg, ...o });
}

function header(slide: PSlide, s: Slide, eyebrow: string): number {
  // The title as every output draws it under its eyebrow (shared/slide-headings.ts).
  const title = slideHeadings(eyebrow, s.title, '', s.stored?.title.includes('{{')).title;
  let y = px(64);
  if (eyebrow) {
    text(slide, eyebrow, { x: PAD_X, y, w: BODY_W, h: 0.3, fontSize: 14, bold: true, color: C.accent, charSpacing: 1.5 });
    y += 0.36;
  }
  text(slide, title, { x: PAD_X, y, w: BODY_W, h: 0.62, fontSize: 32, bold: true, valign: 'middle', fit: 'shrink' });
  y += 0.72;
  slide.addShape('line', { x: PAD_X, y, w: BODY_W, h: 0, line: { color: C.rule, width: 1 } });
  return y + 0.12;
}

function footer(slide: PSlide, where: string, n: number, total: number): void {
  const y = H - FOOT_H;
  if (where) text(slide, where, { x: PAD_X, y, w: BODY_W - 1.2, h: FOOT_H, fontSize: 11, color: C.faint, valign: 'middle' });
  text(slide, `${n} / ${total}`, {
    x: W - PAD_X - 1.2,
    y,
    w: 1.2,
    h: FOOT_H,
    fontSize: 11,
    color: C.faint,
    align: 'right',
    valign: 'middle',
  });
}

/** A figure as a big KPI value: qualifiers smaller and lighter than the number (FigureValue's .q rule). */
function figureItems(f: Figure, numberPt: number): TextItem[] {
  const p = figureParts(f);
  const q = { fontSize: Math.round(numberPt * 0.3), color: C.muted };
  const items: TextItem[] = [];
  if (p.prefix) items.push({ text: `${p.prefix} `, options: q });
  items.push({ text: p.number, options: { fontSize: numberPt, bold: true, color: C.fg } });
  if (p.inner) items.push({ text: p.inner, options: q });
  if (p.unit) items.push({ text: p.unit, options: { fontSize: Math.round(numberPt * 0.4), bold: true, color: C.fg } });
  if (p.suffix) items.push({ text: p.suffix, options: q });
  return items;
}

function growthLead(kpiLabel: string, growthLabel: string): string {
  const a = Array.from(kpiLabel);
  const b = Array.from(growthLabel);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = b.slice(i).join('');
  const lead = i >= 2 && rest ? rest : growthLabel;
  return lead.replace(/增长倍数$/, '').replace(/^比(?=(提高|降低|增加|减少|下降|上升)$)/, '');
}

function kpiCard(
  slide: PSlide,
  item: KpiItem,
  figures: ReadonlyMap<number, Figure>,
  box: { x: number; y: number; w: number; h: number },
  numberPt: number,
  accent: string,
  words: (s: string) => string,
  align: 'left' | 'center' = 'left',
): void {
  slide.addShape('roundRect', { ...box, rectRadius: 0.08, fill: { color: C.card }, line: { color: C.cardBorder, width: 0.75 } });
  slide.addShape('rect', { x: box.x, y: box.y, w: box.w, h: 0.04, fill: { color: accent }, line: { color: accent, width: 0 } });
  const pad = 0.22;
  const inner = { x: box.x + pad, w: box.w - 2 * pad, align };
  text(slide, item.caption, { ...inner, y: box.y + pad, h: 0.5, fontSize: 15, color: C.muted });
  const f = figures.get(item.figureId);
  const growth = item.growthFigureId === undefined ? undefined : figures.get(item.growthFigureId);
  const growthH = item.growthFigureId === undefined ? 0 : 0.42;
  const valueY = box.y + box.h - pad - growthH - numberPt / 72 - 0.05;
  if (f) text(slide, figureItems(f, numberPt), { ...inner, y: valueY, h: numberPt / 72 + 0.1, valign: 'bottom', fit: 'shrink' });
  else text(slide, `${words('数据缺失')}（${item.figureId}）`, { ...inner, y: valueY, h: 0.5, fontSize: 16, color: C.faint });
  if (growth) {
    const lead = f ? growthLead(f.label, growth.label) : growth.label;
    const value = formatFigureFull(growth);
    text(
      slide,
      [
        { text: lead, options: { color: accent } },
        { text: `${/^[0-9.]/.test(value) ? ' ' : ''}${value}`, options: { bold: true, color: accent } },
      ],
      { ...inner, y: box.y + box.h - pad - growthH, h: growthH, fontSize: 16, valign: 'bottom' },
    );
  }
}

function kpiSlide(slide: PSlide, s: Slide, d: ExportData, eyebrow: string): void {
  const top = header(slide, s, eyebrow);
  const items = s.body.kpis ?? [];
  const cols = items.length === 4 ? 2 : items.length > 6 ? 4 : Math.min(3, Math.max(1, items.length));
  const rows = Math.ceil(items.length / cols);
  const gap = px(32);
  const areaTop = top + 0.25;
  const areaH = H - FOOT_H - 0.15 - areaTop;
  // One card alone is a big-number slide, as on screen (KpiSlide.svelte): centred, 1040 px wide, its text centred and
  // its number larger.
  const solo = items.length === 1;
  const cardW = solo ? px(1040) : (BODY_W - (cols - 1) * gap) / cols;
  const cardH = Math.min(solo ? px(420) : rows === 1 ? px(360) : px(280), (areaH - (rows - 1) * gap) / rows);
  const y0 = areaTop + (areaH - (rows * cardH + (rows - 1) * gap)) / 2;
  items.forEach((item, i) => {
    const r = Math.floor(i / cols);
    const inRow = Math.min(cols, items.length - r * cols);
    const x0 = PAD_X + (BODY_W - (inRow * cardW + (inRow - 1) * gap)) / 2;
    const box = { x: x0 + (i % cols) * (cardW + gap), y: y0 + r * (cardH + gap), w: cardW, h: cardH };
    kpiCard(slide, item, d.byId, box, solo ? 70 : rows > 1 ? 40 : 54, C.accent, deckWords(d.report), solo ? 'center' : 'left');
  });
}

function comparisonSlide(slide: PSlide, s: Slide, d: ExportData, eyebrow: string): void {
  const top = header(slide, s, eyebrow);
  const columns = s.body.columns ?? [];
  const gap = px(72);
  const colW = (BODY_W - (columns.length - 1) * gap) / Math.max(1, columns.length);
  const bottom = H - FOOT_H - 0.1;
  columns.forEach((col, i) => {
    const x = PAD_X + i * (colW + gap);
    const accent = i % 2 ? C.accent2 : C.accent;
    let y = top + 0.25;
    slide.addShape('rect', { x, y, w: 0.055, h: 0.42, fill: { color: accent }, line: { color: accent, width: 0 } });
    text(slide, col.heading, { x: x + 0.16, y, w: colW - 0.16, h: 0.42, fontSize: 22, bold: true, valign: 'middle' });
    y += 0.6;
    const rest = col.kpis.slice(1);
    const smallH = rest.length ? 1.45 : 0;
    const heroH = bottom - y - (rest.length ? smallH + 0.17 : 0);
    if (col.kpis[0]) kpiCard(slide, col.kpis[0], d.byId, { x, y, w: colW, h: heroH }, 54, accent, deckWords(d.report));
    const sw = (colW - (rest.length - 1) * 0.17) / Math.max(1, rest.length);
    rest.forEach((item, j) =>
      kpiCard(slide, item, d.byId, { x: x + j * (sw + 0.17), y: bottom - smallH, w: sw, h: smallH }, 30, accent, deckWords(d.report)),
    );
  });
}

function runsItems(runs: TextRun[], o: PptxGenJS.TextPropsOptions = {}): TextItem[] {
  return runs.map((r) => ({
    text: r.text,
    options: {
      ...o,
      ...(r.kind === 'bold' ? { bold: true } : {}),
      ...(r.kind === 'figure' ? { bold: true, color: C.accent } : {}),
      ...(r.kind === 'missing' ? { color: C.faint } : {}),
    },
  }));
}

function textSlide(slide: PSlide, s: Slide, d: ExportData, eyebrow: string): void {
  let y = header(slide, s, eyebrow);
  if (s.body.subtitle) {
    text(slide, s.body.subtitle, { x: PAD_X, y: y + 0.1, w: BODY_W, h: 0.45, fontSize: 20, color: C.muted });
    y += 0.6;
  }
  const blocks = (s.body.paragraphs ?? []).map((p) => paragraphBlock(p, d.byId, deckWords(d.report)));
  const areaH = H - FOOT_H - 0.15 - y;
  const rowH = Math.min(1.4, areaH / Math.max(1, blocks.length));
  const y0 = y + (areaH - rowH * blocks.length) / 2;
  blocks.forEach((b, i) => {
    const by = y0 + i * rowH;
    if (b.lead !== null) {
      text(slide, b.lead, { x: PAD_X, y: by, w: px(460), h: rowH, fontSize: 18, bold: true, color: C.accent, valign: 'middle' });
      text(slide, runsItems(b.runs), {
        x: PAD_X + px(516),
        y: by,
        w: BODY_W - px(516),
        h: rowH,
        fontSize: 18,
        valign: 'middle',
        lineSpacingMultiple: 1.2,
        fit: 'shrink',
      });
      if (i < blocks.length - 1) slide.addShape('line', { x: PAD_X, y: by + rowH, w: BODY_W, h: 0, line: { color: C.rule, width: 0.5 } });
    } else if (b.attribution !== null) {
      slide.addShape('rect', {
        x: PAD_X,
        y: by + 0.1,
        w: 0.04,
        h: rowH - 0.2,
        fill: { color: C.accent },
        line: { color: C.accent, width: 0 },
      });
      text(
        slide,
        [
          ...runsItems(b.runs, { fontSize: 21 }),
          { text: `—— ${b.attribution}`, options: { breakLine: false, fontSize: 15, color: C.muted } },
        ].map((it, k, all) => (k === all.length - 2 ? { ...it, options: { ...it.options, breakLine: true } } : it)),
        {
          x: PAD_X + 0.3,
          y: by,
          w: BODY_W - 0.3,
          h: rowH,
          valign: 'middle',
          lineSpacingMultiple: 1.2,
          fit: 'shrink',
        },
      );
    } else {
      text(slide, runsItems(b.runs), {
        x: PAD_X,
        y: by,
        w: BODY_W,
        h: rowH,
        fontSize: 26,
        bold: true,
        valign: 'middle',
        lineSpacingMultiple: 1.2,
        fit: 'shrink',
      });
    }
  });
}

function chart(pres: Pres, slide: PSlide, c: ChartData, box: { x: number; y: number; w: number; h: number }): void {
  // PowerPoint stacks a bar chart's categories from the bottom: reversed, the first reads at the top, as on screen.
  const rows = c.type === 'hbar' ? [...c.rows].reverse() : c.rows;
  const data = [{ name: c.title, labels: rows.map((r) => r.label), values: rows.map((r) => r.value) }];
  const common = {
    ...box,
    showTitle: false,
    dataLabelFontFace: SLIDE_FONT,
    dataLabelFontSize: 13,
    dataLabelColor: C.fg,
    // Each point's label as the screen prints it (its own decimals: 6668 beside 794.3, 78% beside 33.3%), made one
    // c:dLbl each by perPointLabelFormats once the package is written.
    dataLabelFormatCode: labelFormatSentinel(
      rows.map((r) => r.display),
      c.unit,
    ),
    showValue: true,
  } satisfies PptxGenJS.IChartOpts;
  if (isPartOfWhole(c.type)) {
    const colors = rows.map((r, i) =>
      r.figureId === null && r.formula === null ? C.remainder : (C.slices[i % C.slices.length] as string),
    );
    slide.addChart(c.type === 'pie' ? pres.ChartType.pie : pres.ChartType.doughnut, data, {
      ...common,
      chartColors: colors,
      holeSize: 64,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: SLIDE_FONT,
      legendFontSize: 14,
      legendColor: C.fg,
      showPercent: false,
      showLabel: false,
      dataLabelPosition: c.type === 'pie' ? 'bestFit' : undefined,
    });
    return;
  }
  const derived = rows.some((r) => r.formula !== null);
  slide.addChart(pres.ChartType.bar, data, {
    ...common,
    barDir: c.type === 'hbar' ? 'bar' : 'col',
    chartColors: derived ? rows.map((r) => (r.formula === null ? C.bar : DERIVED_SENTINEL)) : [C.bar],
    barGapWidthPct: 80,
    dataLabelPosition: 'outEnd',
    showLegend: false,
    catAxisLabelFontFace: SLIDE_FONT,
    catAxisLabelFontSize: 13,
    catAxisLabelColor: C.fg,
    valAxisLabelFontFace: SLIDE_FONT,
    valAxisLabelFontSize: 11,
    valAxisLabelColor: C.muted,
    valAxisLabelFormatCode: 'General',
    valAxisMinVal: Math.min(0, ...rows.map((r) => r.value)),
    valGridLine: { color: 'E5E7EB', size: 0.5 },
    catGridLine: { style: 'none' },
    showValAxisTitle: !!c.axisTitle,
    valAxisTitle: c.axisTitle || undefined,
    valAxisTitleFontFace: SLIDE_FONT,
    valAxisTitleFontSize: 12,
    valAxisTitleColor: C.muted,
  });
}

function chartSlide(pres: Pres, slide: PSlide, s: Slide, d: ExportData, eyebrow: string): void {
  const spec = s.chart;
  if (!spec) return;
  let y = header(slide, s, eyebrow);
  // Its own title states what it measures; one that would repeat the slide title is not drawn (shared/slide-headings.ts).
  const { chartTitle } = slideHeadings(eyebrow, s.title, spec.title, s.stored?.title.includes('{{'));
  if (chartTitle) {
    text(slide, chartTitle, { x: PAD_X, y: y + 0.1, w: BODY_W, h: 0.38, fontSize: 16, color: C.muted });
    y += 0.55;
  }
  const c = chartData(spec, d.byId, d.report.traditional === true);
  const note = derivedNote(c);
  const bottomH = (spec.takeaway ? 0.62 : 0) + (note ? 0.3 : 0) + 0.32;
  const plotH = H - FOOT_H - bottomH - y - 0.05;
  const round = isPartOfWhole(c.type);
  // A ring is centred, its legend under it (as the screen centres it).
  const box = round ? { x: PAD_X + (BODY_W - plotH * 1.6) / 2, y, w: plotH * 1.6, h: plotH } : { x: PAD_X, y, w: BODY_W, h: plotH };
  chart(pres, slide, c, box);
  const centre = centreText(c);
  if (centre) {
    // The share as the source writes it ("1/3") in the ring's hole: the ring fills the box above its legend.
    const cy = box.y + (box.h - 0.45) / 2;
    text(slide, centre, {
      x: box.x + box.w / 2 - 0.8,
      y: cy - 0.3,
      w: 1.6,
      h: 0.6,
      fontSize: 26,
      bold: true,
      align: 'center',
      valign: 'middle',
      color: C.accent,
    });
  }
  let by = y + plotH + 0.05;
  if (note) {
    text(slide, note, { x: PAD_X, y: by, w: BODY_W, h: 0.28, fontSize: 12, color: C.muted });
    by += 0.3;
  }
  if (spec.takeaway) {
    slide.addShape('rect', { x: PAD_X, y: by + 0.06, w: 0.042, h: 0.46, fill: { color: C.accent }, line: { color: C.accent, width: 0 } });
    text(slide, spec.takeaway, {
      x: PAD_X + 0.2,
      y: by + 0.04,
      w: BODY_W - 0.2,
      h: 0.5,
      fontSize: 19,
      bold: true,
      valign: 'middle',
      fit: 'shrink',
    });
    by += 0.62;
  }
  text(slide, sourceLine(d.report), { x: PAD_X, y: by, w: BODY_W, h: 0.28, fontSize: 11, color: C.faint });
}

function titleSlide(slide: PSlide, s: Slide, d: ExportData): void {
  const x = px(160);
  const w = W - 2 * x;
  const lines = titleLines(s.title);
  text(slide, d.deck.title, { x, y: 1.2, w, h: 0.4, fontSize: 16, bold: true, color: C.accent, charSpacing: 1.3 });
  text(
    slide,
    lines.map((l, i) => ({ text: l, options: { breakLine: i < lines.length - 1 } })),
    { x, y: 1.75, w, h: 2.0, fontSize: 44, bold: true, valign: 'middle', lineSpacingMultiple: 1.1, fit: 'shrink' },
  );
  let y = 3.85;
  if (s.body.subtitle) {
    text(slide, s.body.subtitle, { x, y, w, h: 0.5, fontSize: 24, color: C.muted });
    y += 0.7;
  }
  slide.addShape('rect', { x, y: y + 0.2, w: px(160), h: px(6), fill: { color: C.accent }, line: { color: C.accent, width: 0 } });
  text(slide, bylineOf(d.report), { x, y: y + 0.5, w, h: 0.4, fontSize: 17, color: C.muted });
}

function sectionSlide(slide: PSlide, s: Slide, d: ExportData): void {
  const section = sectionOf(d.report, s);
  const x = px(160);
  if (section)
    text(slide, String(section.number).padStart(2, '0'), {
      x,
      y: 2.0,
      w: 3.0,
      h: 2.4,
      fontSize: 140,
      bold: true,
      color: C.accent,
      valign: 'middle',
    });
  const wx = x + 3.4;
  slide.addShape('line', { x: wx, y: 1.9, w: 0, h: 2.8, line: { color: C.rule, width: 1 } });
  const tx = wx + 0.45;
  const tw = W - tx - px(160);
  if (section)
    text(slide, `第${chineseNumeral(section.number)}部分`, {
      x: tx,
      y: 2.0,
      w: tw,
      h: 0.4,
      fontSize: 18,
      bold: true,
      color: C.accent,
      charSpacing: 3.5,
    });
  text(slide, s.title, { x: tx, y: 2.45, w: tw, h: 1.0, fontSize: 44, bold: true, valign: 'middle', fit: 'shrink' });
  slide.addShape('rect', { x: tx, y: 3.65, w: px(120), h: px(6), fill: { color: C.accent }, line: { color: C.accent, width: 0 } });
  if (s.body.subtitle)
    text(slide, s.body.subtitle, { x: tx, y: 3.9, w: tw, h: 0.8, fontSize: 21, color: C.muted, lineSpacingMultiple: 1.2 });
}

function closingSlide(slide: PSlide, s: Slide, d: ExportData): void {
  const x = px(160);
  const w = W - 2 * x;
  slide.addShape('rect', {
    x: W / 2 - px(60),
    y: 1.6,
    w: px(120),
    h: px(6),
    fill: { color: C.accent },
    line: { color: C.accent, width: 0 },
  });
  text(slide, s.title, { x, y: 2.0, w, h: 1.0, fontSize: 44, bold: true, align: 'center', valign: 'middle', fit: 'shrink' });
  const keywords = titleLines(s.body.subtitle ?? '');
  if (keywords.length > 1)
    text(slide, keywords.join('　|　'), {
      x,
      y: 3.3,
      w,
      h: 0.6,
      fontSize: 22,
      bold: true,
      color: C.accent,
      align: 'center',
      charSpacing: 1.7,
    });
  else if (s.body.subtitle) text(slide, s.body.subtitle, { x, y: 3.3, w, h: 0.6, fontSize: 22, color: C.muted, align: 'center' });
  text(slide, bylineOf(d.report), {
    x,
    y: 4.6,
    w,
    h: 0.4,
    fontSize: 16,
    color: C.muted,
    align: 'center',
  });
}

/**
 * Give derived bars their hatching (pptxgenjs writes a solid fill; the chart XML gets a pattern fill), each value label its
 * own number format (pptx-label-formats.ts) and fix the fonts of the theme.
 */
function hatchDerived(file: Buffer): Buffer {
  const parts = unzipParts(file);
  const solid = new RegExp(`<a:solidFill>\\s*<a:srgbClr val="${DERIVED_SENTINEL}"\\s*/>\\s*</a:solidFill>`, 'g');
  for (const [name, data] of parts) {
    if (!/^ppt\/charts\/chart\d+\.xml$/.test(name)) continue;
    // pptxgenjs also asks a ring for percentages of its own (a second label "33%"): the value label says it.
    const xml = perPointLabelFormats(data.toString('utf8'))
      .replace(solid, HATCH)
      .replace(/<c:showPercent val="1"\/>/g, '<c:showPercent val="0"/>');
    parts.set(name, Buffer.from(xml, 'utf8'));
  }
  // The theme's fonts: Noto Sans SC, with 微软雅黑 for Chinese where it is missing.
  const theme = parts.get('ppt/theme/theme1.xml')?.toString('utf8');
  if (theme)
    parts.set(
      'ppt/theme/theme1.xml',
      Buffer.from(
        theme
          .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${SLIDE_FONT}"/>`)
          .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${SLIDE_FONT_FALLBACK}"/>`),
        'utf8',
      ),
    );
  return zipParts(parts);
}

export async function buildPptx(d: ExportData): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = d.deck.title;
  pres.subject = d.report.title;
  pres.author = d.report.organisation;
  pres.company = d.report.organisation;
  pres.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  const total = d.deck.slides.length;
  d.deck.slides.forEach((s, i) => {
    const slide = pres.addSlide();
    slide.background = { color: C.bg };
    const eyebrow = sectionOf(d.report, s)?.title ?? '';
    // The layout a slide is drawn with, from the same table the screen reads (shared/slide-layouts.ts).
    const as = drawnLayout(s);
    if (as === 'title') titleSlide(slide, s, d);
    else if (as === 'section') sectionSlide(slide, s, d);
    else if (as === 'closing') closingSlide(slide, s, d);
    else if (as === 'chart') chartSlide(pres, slide, s, d, eyebrow);
    else if (as === 'comparison') comparisonSlide(slide, s, d, eyebrow);
    else if (as === 'kpi') kpiSlide(slide, s, d, eyebrow);
    else textSlide(slide, s, d, eyebrow);
    footer(slide, footerWhere(d.deck.title, d.report, s), i + 1, total);
    const notes = notesWithSources(s, d.byId, d.report);
    if (notes) slide.addNotes(notes);
  });
  // Stored, not deflated: hatchDerived reopens the package and deflates it once (Node's zlib), as it writes it.
  const out = (await pres.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  return hatchDerived(out);
}
