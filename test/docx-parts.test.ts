/**
 * The Word 简报 built in this process (export/docx.ts, docx-gongwen.ts, docx-pack.ts, so mutation testing sees them;
 * the CLI's own run is test/office-export.test.ts), unzipped with JSZip and read part by part: the masthead, the
 * sections as Word headings with the report's paragraphs, the charts as print-resolution PNGs with their captions,
 * notes and source, the appendix table of every figure, the fonts, the page; then the 公文 layout (红头, 期号, the
 * GB/T 9704 faces, grid and page numbers). A report edited for what the bundled one lacks: a chart whose figure is
 * gone, and paragraphs opening with 一、（一）1. headings.
 */
import { join } from 'node:path';
import type JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartData, type ChartData } from '../src/main/export/chart-data';
import { chartPngOnce } from '../src/main/export/chart-png';
import { loadExportData, type ExportData } from '../src/main/export/data';
import { appendixValue, buildDocx } from '../src/main/export/docx';
import { mirrorMargins } from '../src/main/export/docx-gongwen';
import { MediaSwap, packDocx } from '../src/main/export/docx-pack';
import { figuresInOrder, orderedSections, sectionParagraphs } from '../src/shared/brief-text';
import type { Figure, Slide } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { SEED, tempDir } from './helpers';
import { read, texts, unzip } from './office-read';

let t: ReturnType<typeof tempDir>;
let d: ExportData;
let docx: JSZip;
let gongwen: JSZip;
/** The edited report, as a plain brief and as a 公文. */
let edited: ExportData;
let editedDocx: JSZip;
let editedGongwen: JSZip;
/** The chart whose figure the edited report lost, and that figure. */
let lostChart: Slide;
let lostFigure: number;

const HEADS = [
  '一、总体平稳。全市工业平稳增长。',
  '（一）汽车产业。产量增长较快。',
  '1.新能源汽车。销量翻番。',
  '没有标记的段落。',
  '二、结构优化。',
];

/** The paragraphs of a part, each with its XML and its text. */
const paragraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .slice(0, -1)
    .map((p) => ({ xml: p.slice(p.lastIndexOf('<w:p>')), text: texts(p.slice(p.lastIndexOf('<w:p>')), 'w').join('') }));
const style = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
const media = (zip: JSZip) => Object.keys(zip.files).filter((n) => /^word\/media\/.+\.png$/.test(n));

beforeAll(async () => {
  t = tempDir();
  const store = openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED });
  d = loadExportData(store.db, 1);
  store.close();
  docx = await unzip(await buildDocx(d));
  gongwen = await unzip(await buildDocx(d, { layout: 'brief-gongwen', issue: 7 }));

  // The edited report: the first chart's first figure gone from the store; the last section ends with headed paragraphs.
  lostChart = d.deck.slides.find((s) => s.chart) as Slide;
  lostFigure = (lostChart.chart?.series.find((s) => 'figureId' in s) as { figureId: number }).figureId;
  const byId = new Map(d.byId);
  byId.delete(lostFigure);
  const last = orderedSections(d.report).at(-1) as (typeof d.report.sections)[number];
  const text = `${d.report.text.slice(0, last.end)}\n${HEADS.join('\n')}\n${d.report.text.slice(last.end)}`;
  const sections = d.report.sections.map((s) => (s.id === last.id ? { ...s, end: last.end + HEADS.join('\n').length + 2 } : s));
  // …and the last chart without its takeaway.
  const lastChart = d.deck.slides.findLastIndex((s) => s.chart);
  const slides = d.deck.slides.map((s, i) =>
    i === lastChart ? { ...s, chart: { ...(s.chart as NonNullable<Slide['chart']>), takeaway: undefined } } : s,
  );
  edited = {
    ...d,
    byId,
    figures: d.figures.filter((f) => f.id !== lostFigure),
    report: { ...d.report, text, sections },
    deck: { ...d.deck, slides },
  };
  editedDocx = await unzip(await buildDocx(edited));
  editedGongwen = await unzip(await buildDocx(edited, { layout: 'brief-gongwen' }));
}, 120_000);
afterAll(() => t.cleanup());

describe('the Word 简报', () => {
  it('opens with the masthead: the deck’s name in red, 简报, who and when over a red rule, the report’s title', async () => {
    const [name, brief, meta, title] = paragraphs(await read(docx, 'word/document.xml'));
    expect(name?.text).toBe(d.deck.title);
    expect(name?.xml).toMatch(/<w:b\/>[\s\S]*<w:color w:val="C00000"\/><w:sz w:val="44"\/>/);
    expect(name?.xml).toMatch(/w:eastAsia="宋体"/);
    expect(brief?.text).toBe('简\u3000报');
    expect(brief?.xml).toContain('<w:color w:val="C00000"/>');
    expect(meta?.text).toBe(`${d.report.organisation}\u3000\u30002016年2月4日\u3000\u3000数据截至${d.report.asOf}`);
    expect(meta?.xml).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    expect(title?.text).toBe(d.report.title);
    expect(title?.xml).toContain('<w:b/>');
    for (const p of [name, brief, meta, title]) expect(p?.xml).toContain('<w:jc w:val="center"/>');
  });

  it('spaces and sizes the masthead as the PDF brief: 22 pt name, 16 pt 简 报 spread, 12 pt who and when over a 1.5 pt rule, 16 pt bold title', async () => {
    const [name, brief, meta, title] = paragraphs(await read(docx, 'word/document.xml'));
    expect(name?.xml).toContain('<w:spacing w:after="120"/>');
    expect(brief?.xml).toContain('<w:spacing w:after="120"/>');
    expect(brief?.xml).toMatch(/<w:spacing w:val="60"\/><w:sz w:val="32"\/>/);
    expect(brief?.xml).toMatch(/w:eastAsia="宋体"/);
    expect(meta?.xml).toContain('<w:bottom w:val="single" w:color="C00000" w:sz="18" w:space="6"/>');
    expect(meta?.xml).toContain('<w:spacing w:after="240"/>');
    expect(meta?.xml).toContain('<w:sz w:val="24"/>');
    expect(meta?.xml).toMatch(/w:eastAsia="仿宋"/);
    expect(title?.xml).toContain('<w:spacing w:after="360"/>');
    expect(title?.xml).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="32"\/>/);
    expect(title?.xml).toMatch(/w:eastAsia="宋体"/);
  });

  it('keeps each chart on the page of its caption, the takeaway bold under it and the source line in grey after it', async () => {
    const ps = paragraphs(await read(docx, 'word/document.xml'));
    const charts = ps.filter((p) => p.xml.includes('<w:drawing>'));
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.xml).toContain('<w:keepNext/>');
      expect(c.xml).toContain('<w:spacing w:before="120"/>');
      expect(c.xml).toContain('<w:jc w:val="center"/>');
    }
    const sources = ps.filter((p) => p.text.startsWith('数据来源：'));
    expect(sources).toHaveLength(charts.length);
    for (const src of sources) {
      expect(src.xml).toMatch(/<w:color w:val="595959"\/><w:sz w:val="21"\/>/);
      expect(src.xml).toContain('<w:spacing w:after="240"/>');
      expect(src.xml).toContain('<w:jc w:val="center"/>');
      // Before it: the takeaway, bold and 12 pt (every chart of the bundled deck has one).
      const takeaway = ps[ps.indexOf(src) - 1];
      expect(takeaway?.xml).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
      expect(takeaway?.xml).toContain('<w:jc w:val="center"/>');
    }
    const notes = ps.filter((p) => p.text.startsWith('注：'));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n.xml).toContain('<w:jc w:val="left"/>');
      expect(n.xml).toContain('<w:sz w:val="21"/>');
    }
  });

  it('goes from a chart without a takeaway straight to its source line', async () => {
    const ps = paragraphs(await read(editedDocx, 'word/document.xml'));
    const last = d.deck.slides.findLast((s) => s.chart)?.chart as NonNullable<Slide['chart']>;
    const caption = ps.findIndex((p) => p.xml.includes('<w:pStyle w:val="Caption"/>') && p.text.endsWith(last.title));
    expect(caption).toBeGreaterThan(0);
    expect(ps[caption + 1]?.text).toMatch(/^数据来源：/);
  });

  it('pads the appendix’s cells (2 pt above and below, 4 pt at the sides) and gives each its column’s width', async () => {
    const xml = await read(docx, 'word/document.xml');
    const table = xml.slice(xml.indexOf('<w:tbl>'));
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => m[1]);
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    for (const r of rows.slice(0, 3)) {
      const cells = [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]);
      expect(cells.map((c) => /<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1])).toEqual(grid);
      for (const c of cells)
        expect(c).toContain(
          '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>',
        );
    }
  });

  it('offers Heading 2 in the headings’ 黑体 16 pt, not bold, black, kept with the next paragraph; captions on 1.5 lines', async () => {
    const styles = await read(docx, 'word/styles.xml');
    const h2 = style(styles, 'Heading2');
    expect(h2).toMatch(/w:eastAsia="黑体"/);
    expect(h2).toContain('<w:b w:val="false"/>');
    expect(h2).toContain('<w:color w:val="000000"/>');
    expect(h2).toContain('<w:sz w:val="32"/>');
    expect(h2).toContain('<w:keepNext/>');
    expect(h2).toContain('<w:spacing w:after="60" w:before="120"/>');
    const h1 = style(styles, 'Heading1');
    expect(h1).toContain('<w:spacing w:after="120" w:before="240"/>');
    expect(h1).toContain('<w:sz w:val="32"/>');
    const caption = style(styles, 'Caption');
    expect(caption).toContain('<w:spacing w:line="360" w:lineRule="auto"/>');
    expect(caption).toContain('<w:next w:val="Normal"/>');
    expect(caption).toContain('<w:basedOn w:val="Normal"/>');
    expect(caption).toContain('<w:sz w:val="24"/>');
    expect(caption).toContain('<w:name w:val="caption"/>');
    expect(style(styles, 'BriefBody')).toContain('<w:name w:val="Brief Body"/>');
    expect(style(styles, 'BriefBody')).toContain('<w:basedOn w:val="Normal"/>');
    expect(style(styles, 'BriefBody')).toContain('<w:qFormat/>');
  });

  it('sets the sections as Heading 1 with 一、二、… and the appendix, each followed by the report’s own paragraphs', async () => {
    const xml = await read(docx, 'word/document.xml');
    const ps = paragraphs(xml);
    const headings = ps.filter((p) => p.xml.includes('<w:pStyle w:val="Heading1"/>')).map((p) => p.text);
    const sections = orderedSections(d.report);
    expect(headings).toEqual([...sections.map((s, i) => `${'一二三四五六七八九'[i]}、${s.title}`), '附录\u3000数据一览']);
    // Between one heading and the next: that section's paragraphs, in the body style, in order.
    sections.forEach((s, i) => {
      const from = ps.findIndex((p) => p.text === headings[i]);
      const to = ps.findIndex((p) => p.text === headings[i + 1]);
      const body = ps.slice(from + 1, to).filter((p) => p.xml.includes('<w:pStyle w:val="BriefBody"/>'));
      expect(body.map((p) => p.text)).toEqual(sectionParagraphs(d.report, s));
    });
    expect(await read(docx, 'word/styles.xml')).toMatch(/w:styleId="Heading1"/);
  });

  it('places every chart as a print-resolution PNG, at most 150 mm wide in its own proportions, named and described', async () => {
    const xml = await read(docx, 'word/document.xml');
    const files = media(docx);
    expect(files).toHaveLength(d.deck.slides.filter((s) => s.chart).length);
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const names = [...xml.matchAll(/<wp:docPr id="\d+" name="([^"]*)" descr="([^"]*)" title="([^"]*)"\/>/g)];
    const rels = await read(docx, 'word/_rels/document.xml.rels');
    const embeds = [...xml.matchAll(/<a:blip r:embed="(rId\d+)"/g)].map(
      (m) =>
        new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels)?.[1],
    );
    const charts = d.deck.slides.filter((s) => s.chart).map((s) => s.chart as NonNullable<Slide['chart']>);
    // In document order: by section, then the deck's order.
    const inOrder = orderedSections(d.report).flatMap((s) =>
      d.deck.slides.filter((sl) => sl.sectionId === s.id && sl.chart).map((sl) => sl.chart as NonNullable<Slide['chart']>),
    );
    expect(inOrder).toHaveLength(charts.length);
    for (const [k, target] of embeds.entries()) {
      const png = await (docx.file(`word/${target}`) as JSZip.JSZipObject).async('nodebuffer');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(w, target).toBeGreaterThanOrEqual(1100); // ≥ 1100 px over ≤ 150 mm
      const [cx, cy] = extents[k] as number[];
      expect(cx).toBeLessThanOrEqual(Math.round((150 / 25.4) * 914400) + 1000);
      // A drawing of 1200 × 520 (a bar chart) or 760 × 400 (a ring) is placed at half that in 96-dpi pixels, a bar
      // chart capped at 567 px (150 mm); a ring then 100.5 mm wide.
      const drawing = await chartPngOnce(chartData(inOrder[k] as NonNullable<Slide['chart']>, d.byId));
      expect(cx).toBe(Math.round(Math.min(567, drawing.width * 0.5) * 9525));
      expect((cx as number) / (cy as number)).toBeCloseTo(w / h, 2);
      const c: ChartData = chartData(inOrder[k] as NonNullable<Slide['chart']>, d.byId);
      const [, name, descr, title] = names[k] as RegExpMatchArray;
      expect(name).toBe(title);
      expect(name).toMatch(new RegExp(`^图 \\d+-\\d+\u3000`));
      expect(texts(`<w:t>${descr}</w:t>`, 'w')[0]).toBe(c.rows.map((r) => `${r.label}${r.display}`).join('，'));
    }
  });

  it('captions each chart 图 section-k under it, with the takeaway in bold and the source line after, a derived value’s note above', async () => {
    const ps = paragraphs(await read(docx, 'word/document.xml'));
    const sections = orderedSections(d.report);
    const captions = ps.filter((p) => p.xml.includes('<w:pStyle w:val="Caption"/>'));
    const expected = sections.flatMap((s, i) =>
      d.deck.slides.filter((sl) => sl.sectionId === s.id && sl.chart).map((sl, k) => `图 ${i + 1}-${k + 1}\u3000${sl.chart?.title}`),
    );
    expect(captions.map((c) => c.text)).toEqual(expected);
    for (const c of captions) {
      expect(c.xml).toContain('<w:jc w:val="center"/>');
      // In bold 黑体, as the headings.
      expect(c.xml).toMatch(/w:eastAsia="黑体"[\s\S]*<w:b\/>/);
      const at = ps.indexOf(c);
      const spec = d.deck.slides.find((s) => s.chart && c.text.endsWith(s.chart.title))?.chart as NonNullable<Slide['chart']>;
      const derived = spec.series.some((s) => 'derived' in s);
      // Above: the picture, or the note under the picture for a derived value.
      const before = ps[at - 1] as { xml: string; text: string };
      if (derived) {
        expect(before.text).toMatch(/^注：.*（推算）= .*原文未直接给出$/);
        expect(ps[at - 2]?.xml).toContain('<w:drawing>');
      } else expect(before.xml).toContain('<w:drawing>');
      expect(ps[at + 1]?.text).toBe(spec.takeaway);
      expect(ps[at + 1]?.xml).toContain('<w:b/>');
      expect(ps[at + 2]?.text).toBe('数据来源：重庆市经济和信息化委员会，2016年2月4日');
      expect(ps[at + 2]?.xml).toContain('<w:color w:val="595959"/>');
    }
  });

  it('says in place of a chart whose figure is gone that it was not drawn and why, and keeps its caption', async () => {
    const ps = paragraphs(await read(editedDocx, 'word/document.xml'));
    const gap = ps.find((p) => p.text.startsWith('（图表数据不全'));
    const why = (() => {
      try {
        chartData(lostChart.chart as NonNullable<Slide['chart']>, edited.byId);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(why).toContain(`（编号 ${lostFigure}）不存在`);
    expect(gap?.text).toBe(`（图表数据不全，未绘制：${why}）`);
    expect(ps[ps.indexOf(gap as (typeof ps)[number]) + 1]?.text).toMatch(new RegExp(`^图 \\d+-1\u3000${lostChart.chart?.title}$`));
    expect(media(editedDocx)).toHaveLength(media(docx).length - 1);
  });

  it('writes an appendix value with its qualifier where a card puts it, and a fall said', () => {
    const v = (valueText: string, value: number, unit: string, kind: Figure['kind'], qualifier: string | null) =>
      appendixValue({ valueText, value, unit, kind, qualifier });
    // "生产总值增长7%左右" and "增长5.5%以上" (test/corpus/anhui-2025-government-work) were "左右7" and "以上5.5".
    expect(v('7', 7, '%', 'growth', '左右')).toBe('7左右');
    expect(v('5.5', 5.5, '%', 'growth', '以上')).toBe('5.5以上');
    // "从3月份起增速连续七个月低于10%" (工信部 2012).
    expect(v('10', 10, '%', 'growth', '低于')).toBe('低于10');
    expect(v('20', 20, '%', 'growth', '超过')).toBe('超过20');
    expect(v('300', 300, '个', 'count', '多')).toBe('300多');
    expect(v('2000', 2000, '家', 'count', '余')).toBe('2000余');
    // "能耗下降4.1%以上" (杭州 2011): stored −4.1, written 4.1.
    expect(v('4.1', -4.1, '%', 'growth', '以上')).toBe('下降4.1以上');
  });

  it('lists every figure in the appendix with its value (qualifier as written, bold), unit, period and verbatim sentence', async () => {
    const xml = await read(docx, 'word/document.xml');
    const table = xml.slice(xml.indexOf('<w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const cells = rows.map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]));
    const ordered = figuresInOrder(d.report, d.figures);
    expect(cells[0]?.map((c) => texts(c, 'w').join(''))).toEqual(['序号', '名称', '数值', '单位', '时期', '原文']);
    for (const c of cells[0] ?? []) expect(c).toMatch(/w:eastAsia="黑体"[\s\S]*<w:b\/>/);
    expect(cells.slice(1)).toHaveLength(ordered.length);
    ordered.forEach((f: Figure, i) => {
      const row = (cells[i + 1] as string[]).map((c) => texts(c, 'w').join(''));
      const q = f.qualifier;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(f.label);
      // (The bundled report's qualifiers all go before the number but 多; none falls.)
      expect(row[2]).toBe(q === '多' ? `${f.valueText}多` : `${q ?? ''}${f.valueText}`);
      expect(row[3]).toBe(f.unit || '—');
      expect(row[4]).toBe(f.period);
      expect(row[5]).toBe(f.quote);
      (cells[i + 1] as string[]).forEach((c, j) => expect(c.includes('<w:b/>'), `row ${i + 1}, column ${j + 1}`).toBe(j === 2));
    });
    // The head repeats on every page; no row splits across pages; the columns fill the 156 mm text block.
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual(rows.map((_, i) => i === 0));
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - 8845)).toBeLessThanOrEqual(3);
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
    // The widest column is the sentence's.
    expect(Math.max(...grid)).toBe(grid[5]);
    const ps = paragraphs(xml);
    const head = ps.find((p) => p.text === '附录\u3000数据一览');
    expect(head?.xml).toContain('<w:pageBreakBefore/>');
    expect(ps[ps.indexOf(head as (typeof ps)[number]) + 1]?.text).toBe(
      `本简报引用的全部 ${ordered.length} 项数据，按章节顺序列出，附报告原文语句，供核对。`,
    );
  });

  it('sets the body in 仿宋 16 pt, indented two characters, justified, on exact 28 pt lines; headings and captions in 黑体', async () => {
    const styles = await read(docx, 'word/styles.xml');
    const body = style(styles, 'BriefBody');
    expect(body).toMatch(/w:eastAsia="仿宋"/);
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:spacing w:line="560" w:lineRule="exact"/>');
    expect(body).toContain('<w:ind w:firstLine="640"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).not.toMatch(/<w:spacing w:val=/);
    const h1 = style(styles, 'Heading1');
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    expect(h1).toContain('<w:b w:val="false"/>');
    expect(h1).toContain('<w:color w:val="000000"/>');
    expect(h1).toContain('<w:keepNext/>');
    expect(h1).not.toContain('<w:ind');
    expect(style(styles, 'Caption')).toMatch(/w:eastAsia="黑体"/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<\/w:docDefaults>/);
  });

  it('prints on A4 with 37/35/28/26 mm margins and "— n —" centred at the foot; no mirrored margins', async () => {
    const xml = await read(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588" w:header="\d+" w:footer="1134"/);
    expect(xml).not.toContain('w:type="lines"');
    const footer = await read(docx, 'word/footer1.xml');
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(texts(footer, 'w').join('')).toBe('—  —');
    expect(footer).toContain('<w:sz w:val="28"/>');
    expect(await read(docx, 'word/settings.xml')).not.toContain('mirrorMargins');
    expect(await read(docx, 'word/settings.xml')).not.toContain('<w:evenAndOddHeaders/>');
  });

  it('names the document: the deck as title, the report and its date as subject, the organisation as author', async () => {
    const core = await read(docx, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${d.deck.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${d.report.title}（简报，2016年2月4日）</dc:subject>`);
    expect(core).toContain(`<dc:creator>${d.report.organisation}</dc:creator>`);
    expect(core).toContain('<dc:description>简报台 Briefing Desk 导出</dc:description>');
  });
});

describe('the Word 公文 (brief-gongwen)', () => {
  it('opens with the 红头: 简报 in red 方正小标宋, 第7期, the issuing unit and date over a red rule, then the title', async () => {
    const xml = await read(gongwen, 'word/document.xml');
    const [name, issue, meta, title] = xml.split('</w:p>');
    expect(texts(name as string, 'w').join('')).toBe('简报');
    expect(name).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(name).toMatch(/<w:color w:val="C00000"\/>/);
    expect(texts(issue as string, 'w').join('')).toBe('第7期');
    expect(texts(meta as string, 'w').join('')).toBe(`${d.report.organisation}2016年2月4日`);
    expect(meta).toMatch(/<w:t[^>]*>[^<]*委员会<\/w:t><w:tab\/><w:t[^>]*>2016年/); // the date at a right tab stop
    // One character (16 pt) in from either edge of the 156 mm block.
    expect(meta).toMatch(/<w:tab w:val="right" w:pos="8525"\/>/);
    expect(meta).toMatch(/<w:ind w:left="320"\/>/);
    expect(meta).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    expect(texts(title as string, 'w').join('')).toBe(d.report.title);
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/); // 二号, 22 pt
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)];
    expect(headings).toHaveLength(d.report.sections.length + 1);
    // Without an issue number: 第1期.
    expect(texts((await read(editedGongwen, 'word/document.xml')).split('</w:p>')[1] as string, 'w').join('')).toBe('第1期');
  });

  it('spaces the 红头 as GB/T 9704 and the PDF do: 简报 on an exact 65 pt line, the issue between, a line under the rule and the title', async () => {
    const [name, issue, meta, title] = (await read(gongwen, 'word/document.xml')).split('</w:p>');
    expect(name).toContain('<w:spacing w:after="0" w:line="1300" w:lineRule="exact"/>');
    expect(issue).toContain('<w:spacing w:after="120" w:before="120"/>');
    expect(meta).toContain('<w:spacing w:after="579"/>');
    expect(title).toContain('<w:spacing w:after="579" w:line="800" w:lineRule="atLeast"/>');
  });

  it('says so, rather than writing a settings part Word refuses, when the docx package has no w:defaultTabStop to order mirrorMargins by', () => {
    const doc = { Settings: { root: [{ rootKey: 'w:zoom' }, {}] } } as unknown as Document;
    expect(() => mirrorMargins(doc)).toThrow('docx: no w:defaultTabStop in the settings part to put w:mirrorMargins before');
    // w:defaultTabStop first of all: w:mirrorMargins goes before it.
    const first = { Settings: { root: [{ rootKey: 'w:defaultTabStop' }] } };
    mirrorMargins(first as unknown as Document);
    expect(first.Settings.root.map((c) => (c as { rootKey?: string }).rootKey)).toEqual(['w:mirrorMargins', 'w:defaultTabStop']);
  });

  it('says so, rather than writing something else, when the docx package no longer has the compiler it packs with', () => {
    const packer = Packer as unknown as { compiler: unknown };
    const compiler = packer.compiler;
    packer.compiler = undefined;
    try {
      const doc = new Document({ sections: [{ children: [new Paragraph('x')] }] });
      expect(() => packDocx(doc, [], new MediaSwap())).toThrow(
        'docx 的 Packer.compiler 不见了（docx 版本变了？见 src/main/export/docx-pack.ts）',
      );
    } finally {
      packer.compiler = compiler;
    }
  });

  it('sets a paragraph’s 一、 heading in 黑体, （一） in 楷体, 1. in bold 仿宋, the rest as body text', async () => {
    const ps = paragraphs(await read(editedGongwen, 'word/document.xml'));
    const runs = (text: string) => {
      const p = ps.find((x) => x.text === text);
      return [...(p?.xml ?? '').matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
        xml: m[1] as string,
        text: texts(`${m[0]}</w:p>`, 'w')[0],
      }));
    };
    const [h1, rest1] = runs(HEADS[0] as string);
    expect([h1?.text, rest1?.text]).toEqual(['一、总体平稳。', '全市工业平稳增长。']);
    expect(h1?.xml).toMatch(/w:eastAsia="黑体"/);
    expect(rest1?.xml ?? '').not.toMatch(/rFonts|<w:b\/>/);
    const [h2, rest2] = runs(HEADS[1] as string);
    expect([h2?.text, rest2?.text]).toEqual(['（一）汽车产业。', '产量增长较快。']);
    expect(h2?.xml).toMatch(/w:eastAsia="楷体_GB2312"/);
    const [h3, rest3] = runs(HEADS[2] as string);
    expect([h3?.text, rest3?.text]).toEqual(['1.新能源汽车。', '销量翻番。']);
    expect(h3?.xml).toContain('<w:b/>');
    expect(h3?.xml).not.toMatch(/rFonts/);
    // A heading paragraph with nothing after its sentence: the heading alone.
    const alone = runs(HEADS[4] as string);
    expect(alone.map((r) => r.text)).toEqual([HEADS[4]]);
    expect(alone[0]?.xml).toMatch(/w:eastAsia="黑体"/);
    const plain = runs(HEADS[3] as string);
    expect(plain.map((r) => r.text)).toEqual([HEADS[3]]);
    expect(plain[0]?.xml ?? '').not.toMatch(/rFonts|<w:b\/>/);
    // The plain brief sets the same paragraphs whole, as body text.
    const brief = paragraphs(await read(editedDocx, 'word/document.xml'));
    for (const h of HEADS) {
      const p = brief.find((x) => x.text === h);
      expect(p?.xml).toContain('<w:pStyle w:val="BriefBody"/>');
      expect([...(p?.xml ?? '').matchAll(/<w:r>/g)]).toHaveLength(1);
    }
  });

  it('sets the body in 仿宋_GB2312 16 pt on exact 28.9 pt lines, 28 characters to the line; headings in 黑体 indented, captions in 楷体_GB2312', async () => {
    const styles = await read(gongwen, 'word/styles.xml');
    const body = style(styles, 'BriefBody');
    expect(body).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(body).toMatch(/<w:sz w:val="32"\/>/);
    expect(body).toMatch(/<w:spacing w:line="579" w:lineRule="exact"\/>/);
    // 28 characters of 16 pt (320 twips) with the spacing each gives up fit the 156 mm line (8845 twips); 29 do not.
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body)?.[1]);
    expect(spacing).toBeLessThan(0);
    expect(28 * (320 + spacing)).toBeLessThanOrEqual(8845);
    expect(28 * (320 + spacing + 1)).toBeGreaterThan(8845);
    const h1 = style(styles, 'Heading1');
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    expect(h1).toContain('<w:ind w:firstLine="640"/>');
    expect(style(styles, 'Caption')).toMatch(/w:eastAsia="楷体_GB2312"/);
    const xml = await read(gongwen, 'word/document.xml');
    // Captions in 楷体, not bold (the plain brief's 黑体 captions are).
    const caption = paragraphs(xml).find((p) => p.xml.includes('<w:pStyle w:val="Caption"/>'));
    expect(caption?.xml).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*<w:b w:val="false"\/>/);
    expect(xml).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588" w:header="\d+" w:footer="1247"/); // 37, 26, 35, 28 mm; footer 22 mm
  });

  it('mirrors the margins for binding: the 28 mm 订口 inside (w:mirrorMargins, where CT_Settings orders it); the plain brief does not', async () => {
    const settings = await read(gongwen, 'word/settings.xml');
    expect(settings).toMatch(/<w:displayBackgroundShape\/><w:mirrorMargins\/><w:defaultTabStop [^>]*\/><w:evenAndOddHeaders\/>/);
    expect(settings.match(/<w:mirrorMargins/g)).toHaveLength(1);
    expect(await read(gongwen, 'word/document.xml')).toMatch(/<w:pgMar [^>]*w:right="1474"[^>]*w:left="1588"/);
    expect(await read(docx, 'word/settings.xml')).not.toContain('mirrorMargins');
  });

  it('numbers pages "— n —" in 4号 宋体 at the outer edge: odd pages right, even pages left', async () => {
    expect(await read(gongwen, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const xml = await read(gongwen, 'word/document.xml');
    const rels = await read(gongwen, 'word/_rels/document.xml.rels');
    const footer = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(xml)?.[1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return read(gongwen, `word/${target}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const f = await footer(type);
      expect(f).toContain(`<w:jc w:val="${side}"/>`);
      expect(f).toContain(`<w:ind w:${side}="280"/>`); // one 14 pt character in
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(texts(f, 'w').join('')).toBe('—  —');
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toMatch(/<w:sz w:val="28"\/>/);
    }
  });

  it('names each office face with the face Word/WPS substitutes where it is missing (fontTable altName, GB2312, family, pitch)', async () => {
    const table = await read(gongwen, 'word/fontTable.xml');
    for (const [name, alt, family, pitch] of [
      ['方正小标宋简体', '宋体', 'roman', 'variable'],
      ['仿宋_GB2312', '仿宋', 'modern', 'fixed'],
      ['楷体_GB2312', '楷体', 'script', 'variable'],
      ['黑体', 'SimHei', 'swiss', 'variable'],
      ['宋体', 'SimSun', 'roman', 'variable'],
    ])
      expect(table).toContain(
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`,
      );
    expect(table).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<w:fonts xmlns:w="http:\/\/schemas.openxmlformats.org\/wordprocessingml\/2006\/main">/,
    );
    // Nothing but the faces between the table's tags.
    expect(table).toMatch(
      /^<\?xml[^>]*\?>\n<w:fonts [^>]*>(?:<w:font w:name="[^"]+">(?:<w:[a-zA-Z]+ w:val="[^"]*"\/>)+<\/w:font>)+<\/w:fonts>$/,
    );
    // The plain brief keeps the package's own font table.
    expect(await read(docx, 'word/fontTable.xml')).not.toContain('方正小标宋简体');
  });

  it('keeps every chart and the whole appendix of the plain brief', async () => {
    expect(media(gongwen)).toHaveLength(d.deck.slides.filter((s) => s.chart).length);
    const xml = await read(gongwen, 'word/document.xml');
    expect([...xml.slice(xml.indexOf('<w:tbl>')).matchAll(/<w:tr>/g)]).toHaveLength(d.figures.length + 1);
  });
});
