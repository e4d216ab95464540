/**
 * The PowerPoint export built in this process (export/pptx.ts, so mutation testing sees it; the CLI's own run is
 * test/office-export.test.ts), unzipped with JSZip and read part by part: one slide per slide of the deck laid out
 * inside the slide with no text over another, the header, footer and KPI cards where the screen puts them, the
 * native charts holding the store's numbers, the notes with every source sentence, the fonts. Then a deck made for
 * the cases the bundled one lacks: a missing figure, every KPI count, a slide outside any section, a pie.
 */
import { join } from 'node:path';
import type JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExportData, type ExportData } from '../src/main/export/data';
import { chartData } from '../src/main/export/chart-data';
import { buildPptx } from '../src/main/export/pptx';
import { derive } from '../src/shared/derive';
import { figureParts, formatFigureFull, shareAsPercent } from '../src/shared/format';
import type { Figure, Slide } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { SEED, tempDir } from './helpers';
import { EMU_PER_INCH, inside, overlap, partOf, read, shapesOf, SLIDE_H, SLIDE_W, texts, unzip, type Shape } from './office-read';

const ACCENT = 'B4232A';
const ACCENT2 = '1D5FA8';
const FAINT = '66707E';
const MUTED = '46505E';

let t: ReturnType<typeof tempDir>;
let d: ExportData;
let pptx: JSZip;
/** The bundled deck's slides as shapes. */
let slides: Shape[][];
/** The deck made for the cases the bundled one lacks, and its slides as shapes. */
let made: Slide[];
let madeSlides: Shape[][];
let madeZip: JSZip;
/** The figures the made deck draws from. */
let madeById: ReadonlyMap<number, Figure>;

const byText = (shapes: Shape[], text: string) => shapes.find((s) => s.text === text);
/** The footer's page number "n / N" and its left part (deck | section). */
const pageNumberOf = (shapes: Shape[]) => shapes.find((s) => /^\d+ \/ \d+$/.test(s.text)) as Shape;

async function shapes(zip: JSZip, count: number): Promise<Shape[][]> {
  const out: Shape[][] = [];
  for (let i = 1; i <= count; i++) out.push(shapesOf(await read(zip, `ppt/slides/slide${i}.xml`)));
  return out;
}

beforeAll(async () => {
  t = tempDir();
  const store = openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED });
  d = loadExportData(store.db, 1);
  store.close();
  pptx = await unzip(await buildPptx(d));
  slides = await shapes(pptx, d.deck.slides.length);

  const of = (layout: string, n = 0) => d.deck.slides.filter((s) => s.layout === layout)[n] as Slide;
  const kpi = of('kpi');
  const items = kpi.body.kpis ?? [];
  const kpis = (n: number) => Array.from({ length: n }, (_, i) => items[i % items.length] as NonNullable<typeof items>[number]);
  const comparison = of('comparison');
  const ring = d.deck.slides.find((s) => s.chart?.type === 'doughnut') as Slide;
  const derivedChart = d.deck.slides.find((s) => s.chart?.series.some((p) => 'derived' in p)) as Slide;
  made = [
    { ...kpi, body: { kpis: kpis(1) } },
    { ...kpi, body: { kpis: kpis(2) } },
    { ...kpi, body: { kpis: kpis(4) } },
    { ...kpi, body: { kpis: kpis(7) } },
    { ...kpi, sectionId: null, body: { kpis: [{ figureId: 999_999, caption: '缺失的数据', growthFigureId: items[0]?.growthFigureId }] } },
    {
      ...comparison,
      body: { columns: (comparison.body.columns ?? []).map((c) => ({ ...c, kpis: c.kpis.slice(0, 1) })) },
    },
    { ...ring, chart: { ...(ring.chart as NonNullable<Slide['chart']>), type: 'pie' } },
    {
      ...of('text'),
      sectionId: null,
      body: { paragraphs: ['规模工业产值{{999999}}。', '**一句引语**{{3}}之后的**利润**大增。'] },
    },
    { ...of('closing'), body: { subtitle: '一句话的结束语' } },
    { ...of('title'), body: {} },
    { ...of('section'), sectionId: null, body: {} },
    { ...of('text'), body: { subtitle: '一行副标题', paragraphs: ['规模工业产值{{3}}。', '规模工业利润{{5}}。'] } },
    { ...kpi, body: { kpis: [{ figureId: 999_998, caption: '以上' }] } },
    { ...of('text'), body: {} },
    { ...kpi, body: { kpis: [{ figureId: items[0]?.figureId as number, caption: '同名', growthFigureId: 999_997 }] } },
    {
      ...kpi,
      body: {
        kpis: [
          { figureId: 999_990, caption: '外资占比', growthFigureId: 999_991 },
          { figureId: 999_992, caption: '两字相同', growthFigureId: 999_993 },
          { figureId: 999_992, caption: '一字相同', growthFigureId: 999_994 },
          { figureId: 999_995, caption: '占比', growthFigureId: 999_996 },
          { figureId: 999_992, caption: '倍数', growthFigureId: 999_979 },
        ],
      },
    },
    // A bar chart of derived values only, without a takeaway.
    {
      ...derivedChart,
      chart: {
        ...(derivedChart.chart as NonNullable<Slide['chart']>),
        series: d.deck.slides.flatMap((s) =>
          s.chart && s.chart.unit === derivedChart.chart?.unit ? s.chart.series.filter((p) => 'derived' in p) : [],
        ),
        takeaway: undefined,
      },
    },
    { ...of('closing'), body: {} },
    // A comparison of three columns.
    {
      ...comparison,
      body: {
        columns: [...(comparison.body.columns ?? []), (comparison.body.columns ?? [])[0] as NonNullable<Slide['body']['columns']>[number]],
      },
    },
    // A bar chart of values without a unit, and one whose unit holds a quote mark.
    {
      ...derivedChart,
      chart: {
        ...(derivedChart.chart as NonNullable<Slide['chart']>),
        unit: '',
        series: [
          { label: '甲', figureId: 999_980 },
          { label: '乙', figureId: 999_981 },
        ],
      },
    },
    {
      ...derivedChart,
      chart: {
        ...(derivedChart.chart as NonNullable<Slide['chart']>),
        unit: '英寸"',
        series: [
          { label: '甲', figureId: 999_982 },
          { label: '乙', figureId: 999_983 },
        ],
      },
    },
    {
      ...derivedChart,
      chart: {
        ...(derivedChart.chart as NonNullable<Slide['chart']>),
        unit: '万吨',
        series: [
          { label: '甲', figureId: 999_977 },
          { label: '乙', figureId: 999_978 },
        ],
      },
    },
    // Figures written with their own decimals (an integer, one decimal, a written zero), and a whole-number share.
    {
      ...derivedChart,
      chart: {
        ...(derivedChart.chart as NonNullable<Slide['chart']>),
        type: 'bar',
        title: '各自的小数',
        unit: '亿元',
        series: [
          { label: '第二产业', figureId: 999_970 },
          { label: '第一产业', figureId: 999_971 },
          { label: '其他', figureId: 999_972 },
        ],
      },
    },
    {
      ...ring,
      chart: {
        ...(ring.chart as NonNullable<Slide['chart']>),
        title: '整数份额',
        series: [{ label: '民营经济', figureId: 999_973 }],
        remainderLabel: '其他',
      },
    },
  ];
  // A figure with a qualifier after its unit (以上).
  const byId = new Map(d.byId);
  byId.set(999_998, { ...(d.byId.get(items[0]?.figureId as number) as Figure), id: 999_998, qualifier: '以上' });
  // A growth figure labelled exactly as its value.
  const value = d.byId.get(items[0]?.figureId as number) as Figure;
  byId.set(999_997, { ...(d.byId.get(items[1]?.growthFigureId as number) as Figure), id: 999_997, label: value.label });
  // Growth labels sharing the value's whole subject and more, exactly two characters, and one.
  const growth = d.byId.get(items[1]?.growthFigureId as number) as Figure;
  const labelled = (id: number, from: Figure, o: Partial<Figure>) => byId.set(id, { ...from, id, ...o });
  labelled(999_990, value, { label: '外资及港澳台工业总产值占全市工业' });
  labelled(999_991, growth, { label: '外资及港澳台工业总产值占比提高', value: 3.2, valueText: '3.2', unit: '个百分点', qualifier: null });
  labelled(999_992, value, { label: '工业增加值' });
  labelled(999_993, growth, { label: '工业投资增长', value: 20, valueText: '20', unit: '%', qualifier: '超过' });
  labelled(999_994, growth, { label: '工人收入增长', value: 8.1, valueText: '8.1', unit: '%', qualifier: null });
  labelled(999_995, value, { label: '外资工业总产值' });
  labelled(999_996, growth, { label: '外资工业总产值占比提高', value: 1.5, valueText: '1.5', unit: '个百分点', qualifier: null });
  labelled(999_979, growth, {
    label: '工业增加值增长倍数',
    value: 2,
    valueText: '翻了一番',
    unit: '倍',
    kind: 'multiple',
    qualifier: null,
  });
  for (const [id, unit, v] of [
    [999_980, '', 12],
    [999_981, '', 30],
    [999_982, '英寸"', 55],
    [999_983, '英寸"', 65],
  ] as const)
    labelled(id, value, { label: `无单位${id}`, unit, value: v, valueText: String(v), kind: 'level', qualifier: null });
  // Written with one decimal each, as a statistics office writes them: 3.0 stays 3.0.
  labelled(999_977, value, { label: '产量甲', unit: '万吨', value: 3, valueText: '3.0', kind: 'level', qualifier: null });
  labelled(999_978, value, { label: '产量乙', unit: '万吨', value: 13.7, valueText: '13.7', kind: 'level', qualifier: null });
  for (const [id, v, written] of [
    [999_970, 6668, '6668'],
    [999_971, 794.3, '794.3'],
    [999_972, 3, '3.0'],
  ] as const)
    labelled(id, value, { label: `产业${id}`, unit: '亿元', value: v, valueText: written, kind: 'level', qualifier: null });
  labelled(999_973, value, { label: '民营经济占比', unit: '%', value: 78, valueText: '78', kind: 'share', qualifier: null });
  madeById = byId;
  madeZip = await unzip(await buildPptx({ ...d, byId, deck: { ...d.deck, slides: made } }));
  madeSlides = await shapes(madeZip, made.length);
}, 120_000);
afterAll(() => t.cleanup());

describe('every slide', () => {
  it('is one 16:9 slide per slide of the deck, each with its footer n / N', async () => {
    expect(Object.keys(pptx.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(d.deck.slides.length);
    expect(await read(pptx, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (let i = 1; i <= d.deck.slides.length; i++)
      expect(await read(pptx, `ppt/slides/slide${i}.xml`)).toContain('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/>');
    slides.forEach((shapes, i) => {
      const n = pageNumberOf(shapes);
      expect(n.text).toBe(`${i + 1} / ${d.deck.slides.length}`);
      expect(n.align).toEqual(['r']);
      expect(n.paragraphs[0]?.[0]?.colour).toBe(FAINT);
    });
  });

  it('draws everything inside the slide, and no text over another text or over a chart', () => {
    for (const [i, shapes] of [...slides, ...madeSlides].entries()) {
      for (const s of shapes) {
        const where = `slide ${i + 1}: ${s.geometry} ${s.text.slice(0, 20)}`;
        expect(s.x, where).toBeGreaterThanOrEqual(0);
        expect(s.y, where).toBeGreaterThanOrEqual(0);
        expect(s.x + s.w, where).toBeLessThanOrEqual(SLIDE_W);
        expect(s.y + s.h, where).toBeLessThanOrEqual(SLIDE_H);
        if (s.text.trim()) expect(s.w * s.h, where).toBeGreaterThan(0);
      }
      const boxes = shapes.filter((s) => s.text.trim() || s.geometry === 'chart');
      for (const [k, a] of boxes.entries())
        for (const b of boxes.slice(k + 1)) {
          // A ring's centre label sits in its hole, inside the chart.
          if (a.geometry === 'chart' || b.geometry === 'chart') {
            const [chart, label] = a.geometry === 'chart' ? [a, b] : [b, a];
            if (overlap(a, b)) expect(inside(label, chart), `slide ${i + 1}: ${label.text} on the chart`).toBe(true);
            continue;
          }
          // A KPI caption's box reaches 0.02 in into its value's: less than 0.05 in is not a text over another.
          expect(overlap(a, b, 0.05 * EMU_PER_INCH), `slide ${i + 1}: “${a.text.slice(0, 16)}” over “${b.text.slice(0, 16)}”`).toBe(false);
        }
    }
  });

  it('heads a content slide with its section (accent, bold), its title (bold, the largest text) and a rule under both', () => {
    d.deck.slides.forEach((slide, i) => {
      if (['title', 'section', 'closing'].includes(slide.layout)) return;
      const shapes = slides[i] as Shape[];
      const section = d.report.sections.find((s) => s.id === slide.sectionId)?.title;
      const eyebrow = section === undefined ? undefined : (byText(shapes, section) as Shape);
      if (section !== undefined) expect(eyebrow, `slide ${i + 1}: ${section}`).toBeDefined();
      const title = byText(shapes, slide.title) as Shape;
      expect(title.paragraphs[0]?.[0]?.bold).toBe(true);
      if (eyebrow) {
        expect(eyebrow.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
        expect(eyebrow.y + eyebrow.h).toBeLessThanOrEqual(title.y);
      } else expect(title.y).toBe(Math.round((64 / 144) * EMU_PER_INCH));
      const rule = shapes.find((s) => s.geometry === 'line') as Shape;
      expect(rule.y).toBeGreaterThanOrEqual(title.y + title.h);
      expect([rule.x, rule.w, rule.h]).toEqual([title.x, title.w, 0]);
      expect(rule.line).toBe('D9DDE3');
      // Everything else between the rule and the footer.
      const n = pageNumberOf(shapes);
      for (const s of shapes) {
        if (s === eyebrow || s === title || s === rule || s.y === n.y) continue;
        expect(s.y, `slide ${i + 1}: ${s.text.slice(0, 16)}`).toBeGreaterThan(rule.y);
        expect(s.y + s.h, `slide ${i + 1}: ${s.text.slice(0, 16)}`).toBeLessThanOrEqual(n.y + 2);
      }
      const sizes = shapes.flatMap((s) => (s.geometry === 'roundRect' ? [] : s.paragraphs.flat().map((r) => r.size)));
      // KPI numbers are bigger than the title; they sit in the cards, which the title is not.
      const outside = shapes
        .filter((s) => !shapes.some((c) => c.geometry === 'roundRect' && inside(s, c)))
        .flatMap((s) => s.paragraphs.flat());
      expect(Math.max(...outside.map((r) => r.size)), `slide ${i + 1}`).toBe(title.paragraphs[0]?.[0]?.size);
      expect(sizes.length).toBeGreaterThan(2);
    });
  });

  it('sits each text in its box as the screen does: titles and footers centred and shrinking to fit, KPI values on the card’s foot, the rest from the top, no inset', () => {
    const anchors = new Map<string, Set<string>>();
    const note = (what: string, s: Shape | undefined) => {
      expect(s, what).toBeDefined();
      const set = anchors.get(what) ?? new Set();
      set.add(`${s?.anchor}${s?.shrinks ? ' shrinks' : ''}`);
      anchors.set(what, set);
    };
    d.deck.slides.forEach((slide, i) => {
      const shapes = slides[i] as Shape[];
      for (const s of shapes) if (s.text) expect(s.flush, `slide ${i + 1}: ${s.text.slice(0, 12)}`).toBe(true);
      const n = pageNumberOf(shapes);
      note('page number', n);
      if (['title', 'section', 'closing'].includes(slide.layout)) return;
      note('title', byText(shapes, slide.title));
      if (slide.chart?.takeaway) note('takeaway', byText(shapes, slide.chart.takeaway));
      if (slide.chart) note('chart title', byText(shapes, slide.chart.title));
      for (const card of shapes.filter((s) => s.geometry === 'roundRect')) {
        const [, caption, value] = shapes.filter((s) => s !== card && inside(s, card));
        note('card caption', caption);
        note('card value', value);
        const growth = shapes.filter((s) => s !== card && inside(s, card))[3];
        if (growth) note('card growth', growth);
      }
      if (slide.layout === 'text') {
        const rule = shapes.find((s) => s.geometry === 'line') as Shape;
        for (const s of shapes.filter((x) => x.text && x.y > rule.y && x.y < n.y)) {
          if (s.text.startsWith('“')) note('quotation', s);
          else if (s.w === rule.w) note('paragraph', s);
          else if (s.x > rule.x) note('lead-in’s text', s);
          else note('lead-in', s);
        }
      }
    });
    expect(Object.fromEntries([...anchors].map(([k, v]) => [k, [...v]]))).toEqual({
      'page number': ['ctr'],
      title: ['ctr shrinks'],
      takeaway: ['ctr shrinks'],
      'chart title': ['t'],
      'card caption': ['t'],
      'card value': ['b shrinks'],
      'card growth': ['b'],
      quotation: ['ctr shrinks'],
      paragraph: ['ctr shrinks'],
      'lead-in': ['ctr'],
      'lead-in’s text': ['ctr shrinks'],
    });
    // The title slide's lines and a section slide's title shrink to fit too.
    const lines = (slides[0] as Shape[]).find((s) => s.paragraphs.length > 1) as Shape;
    expect([lines.anchor, lines.shrinks]).toEqual(['ctr', true]);
    const section = d.deck.slides.findIndex((s) => s.layout === 'section');
    expect(byText(slides[section] as Shape[], d.deck.slides[section]?.title as string)?.shrinks).toBe(true);
  });

  it('puts the deck and section at the foot’s left edge and the page number at its right edge, under the rule’s ends', () => {
    d.deck.slides.forEach((slide, i) => {
      const shapes = slides[i] as Shape[];
      const n = pageNumberOf(shapes);
      const where = shapes.find((s) => s !== n && s.y === n.y);
      if (slide.layout === 'title') {
        expect(where).toBeUndefined();
        return;
      }
      const section = d.report.sections.find((s) => s.id === slide.sectionId)?.title;
      expect(where?.text).toBe(section ? `${d.deck.title} | ${section}` : d.deck.title);
      expect(where?.paragraphs[0]?.[0]?.colour).toBe(FAINT);
      expect(where?.x).toBe(Math.round(EMU_PER_INCH * (120 / 144)));
      expect(Math.abs(n.x + n.w - (SLIDE_W - (where?.x as number)))).toBeLessThanOrEqual(400);
      expect(where?.h).toBe(n.h);
      expect(n.y + n.h).toBeCloseTo(SLIDE_H, -2);
    });
    // A slide outside any section: the deck's title alone, no eyebrow.
    const outside = madeSlides[4] as Shape[];
    const n = pageNumberOf(outside);
    expect(outside.find((s) => s !== n && s.y === n.y)?.text).toBe(d.deck.title);
    expect(outside.filter((s) => s.paragraphs.flat()[0]?.colour === ACCENT && s.paragraphs.flat()[0]?.size === 14)).toEqual([]);
  });
});

describe('edges, outlines and empty boxes', () => {
  const all = () => [...slides, ...madeSlides].map((shapes, i) => ({ shapes, where: `slide ${i + 1}` }));

  it('outlines every bar and mark in its own colour, rules and dividers in the rule grey, cards in the card border: never the default dark outline', () => {
    for (const { shapes, where } of all())
      for (const s of shapes.filter((x) => !x.paragraphs.length)) {
        if (s.geometry === 'rect')
          expect([s.fill, s.line], where).toEqual([expect.stringMatching(new RegExp(`^(${ACCENT}|${ACCENT2})$`)), s.fill]);
        if (s.geometry === 'line') expect(s.line, where).toBe('D9DDE3');
        if (s.geometry === 'roundRect') expect([s.fill, s.line], where).toEqual(['FFFFFF', 'DDE1E7']);
      }
  });

  it('leaves no empty text box on any slide (a subtitle, takeaway or centre label the slide lacks is not drawn)', () => {
    for (const { shapes, where } of all())
      for (const s of shapes) if (s.paragraphs.length) expect(s.text.trim(), `${where}: ${s.geometry} at ${s.x},${s.y}`).not.toBe('');
  });

  it('lines the body’s blocks up with the rule’s ends: full rows of cards, comparison columns, quotations, takeaways', () => {
    const right = (s: Shape) => s.x + s.w;
    const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), what).toBeLessThanOrEqual(2);
    for (const { shapes, where } of all()) {
      const rule = shapes.find((s) => s.geometry === 'line' && s.h === 0 && s.w > SLIDE_W / 2);
      if (!rule) continue;
      const cardsOf = shapes.filter((s) => s.geometry === 'roundRect');
      // A full row (as many cards as the first row) spans the rule; a comparison's columns too. (A card alone is a big
      // number, centred: the layout test below.)
      const rows = [...new Set(cardsOf.map((c) => c.y))].map((y) => cardsOf.filter((c) => c.y === y));
      if (cardsOf.length > 1 && !shapes.some((s) => s.geometry === 'rect' && s.w < 0.1 * EMU_PER_INCH && s.h > 0.3 * EMU_PER_INCH)) {
        const full = rows[0] as Shape[];
        near((full[0] as Shape).x, rule.x, `${where}: first card`);
        near(right(full.at(-1) as Shape), right(rule), `${where}: last card`);
      }
      const quote = shapes.find((s) => s.text.startsWith('“'));
      if (quote) near(right(quote), right(rule), `${where}: quotation`);
      const takeaway = shapes.find((s) => s.paragraphs[0]?.[0]?.size === 19);
      if (takeaway) near(right(takeaway), right(rule), `${where}: takeaway`);
    }
    // A comparison: the columns from the rule's left end to its right, each heading as wide as its column's cards,
    // the smaller cards spanning their column.
    const i = d.deck.slides.findIndex((s) => s.layout === 'comparison');
    const shapes = slides[i] as Shape[];
    const rule = shapes.find((s) => s.geometry === 'line') as Shape;
    const columns = (d.deck.slides[i]?.body.columns ?? []).map((c) => byText(shapes, c.heading) as Shape);
    const cardsOf = shapes.filter((s) => s.geometry === 'roundRect');
    const heroes = cardsOf.filter((c) => c.w === Math.max(...cardsOf.map((x) => x.w)));
    expect(heroes).toHaveLength(columns.length);
    near((heroes[0] as Shape).x, rule.x, 'first column');
    near(right(heroes.at(-1) as Shape), right(rule), 'last column');
    heroes.forEach((hero, k) => {
      near(right(columns[k] as Shape), right(hero), `heading ${k + 1}`);
      const small = cardsOf.filter((c) => c !== hero && c.x >= hero.x - 2 && right(c) <= right(hero) + 2);
      expect(small.length).toBeGreaterThan(1);
      near(Math.min(...small.map((c) => c.x)), hero.x, `column ${k + 1}: first small card`);
      near(Math.max(...small.map(right)), right(hero), `column ${k + 1}: last small card`);
    });
  });

  it('centres the title, section-free and closing slides’ text block on the slide', () => {
    for (const k of [0, slides.length - 1]) {
      const shapes = slides[k] as Shape[];
      const n = pageNumberOf(shapes);
      for (const s of shapes.filter((x) => x.text && x !== n && x.y !== n.y))
        expect(Math.abs(s.x + s.w / 2 - SLIDE_W / 2), `slide ${k + 1}: ${s.text.slice(0, 12)}`).toBeLessThanOrEqual(400);
    }
  });
});

describe('KPI cards', () => {
  /** The cards of a slide: each rounded box with the shapes inside it. */
  const cards = (shapes: Shape[]) =>
    shapes.filter((s) => s.geometry === 'roundRect').map((card) => ({ card, in: shapes.filter((s) => s !== card && inside(s, card)) }));

  it('shows each item’s caption, its value (number bold and biggest, unit smaller) and its growth in the accent colour', () => {
    d.deck.slides.forEach((slide, i) => {
      const items = slide.layout === 'kpi' ? (slide.body.kpis ?? []) : (slide.body.columns ?? []).flatMap((c) => c.kpis);
      const found = cards(slides[i] as Shape[]);
      expect(found, `slide ${i + 1}`).toHaveLength(items.length);
      items.forEach((item, k) => {
        const c = found[k] as (typeof found)[number];
        const [bar, caption, value, growth] = c.in;
        // The accent bar along the card's top.
        expect([bar?.geometry, bar?.x, bar?.y, bar?.w]).toEqual(['rect', c.card.x, c.card.y, c.card.w]);
        expect(bar?.h).toBeLessThan(c.card.h / 10);
        expect(c.card.fill).toBe('FFFFFF');
        expect(caption?.text).toBe(item.caption);
        expect(caption?.paragraphs[0]?.[0]?.colour).toBe(MUTED);
        const f = d.byId.get(item.figureId) as Figure;
        const runs = value?.paragraphs[0] ?? [];
        // The value as the screen writes it (FigureValue): a leading qualifier and a space, the number, 多, the unit, 以上.
        const p = figureParts(f);
        expect(value?.text).toBe(`${p.prefix ? `${p.prefix} ` : ''}${p.number}${p.inner}${p.unit}${p.suffix}`);
        for (const r of runs) expect(r.text, `${item.caption}: an empty run`).not.toBe('');
        const number = runs.find((r) => r.bold && r.text === f.valueText);
        expect(number, `${item.caption}: ${f.valueText}`).toBeDefined();
        for (const r of runs) if (r !== number) expect(r.size).toBeLessThan(number?.size as number);
        // The box holds the number's height (it shrinks its text to fit otherwise).
        expect(value?.h).toBeGreaterThanOrEqual(((number?.size as number) / 72) * EMU_PER_INCH);
        const unit = runs.find((r) => r.text === f.unit);
        if (f.unit) expect(unit).toMatchObject({ bold: true });
        for (const r of runs) if (r !== number && r !== unit) expect(r).toMatchObject({ bold: false, colour: MUTED });
        expect(value?.y).toBeGreaterThan((caption?.y ?? 0) + (caption?.h ?? 0) / 2);
        if (item.growthFigureId === undefined) {
          expect(growth).toBeUndefined();
          return;
        }
        const g = d.byId.get(item.growthFigureId) as Figure;
        expect(growth?.text).toContain(g.valueText);
        expect(growth?.y).toBeGreaterThan((value?.y ?? 0) + (value?.h ?? 0) / 2);
        expect((growth?.y ?? 0) + (growth?.h ?? 0)).toBeLessThanOrEqual(c.card.y + c.card.h);
        const accent = slide.layout === 'comparison' && k >= (slide.body.columns?.[0]?.kpis.length ?? 0) ? ACCENT2 : ACCENT;
        for (const r of growth?.paragraphs[0] ?? []) expect(r.colour).toBe(accent);
        expect(growth?.paragraphs[0]?.at(-1)?.bold).toBe(true);
      });
    });
  });

  it('sets a qualifier after the unit (以上) smaller and muted, after the number and unit', () => {
    const [card] = cards(madeSlides[12] as Shape[]);
    const runs = card?.in[2]?.paragraphs[0] ?? [];
    expect(runs.map((r) => r.text).slice(-1)).toEqual(['以上']);
    expect(runs.at(-1)).toMatchObject({ bold: false, colour: MUTED });
    expect(runs.at(-1)?.size).toBeLessThan(runs.find((r) => r.bold)?.size as number);
  });

  it('says the whole growth label when it is the value’s own', () => {
    const [card] = cards(madeSlides[14] as Shape[]);
    const label = d.byId.get(made[14]?.body.kpis?.[0]?.figureId as number)?.label as string;
    expect(card?.in.at(-1)?.text.startsWith(label)).toBe(true);
  });

  it('says the rest of the growth label after a shared subject of two characters or more, no 比 left over, and no space before a qualifier', () => {
    const growths = cards(madeSlides[15] as Shape[]).map((c) => c.in.at(-1));
    // …占全市工业 / …占比提高: the 比 the shared part leaves is dropped, not the 比 of 占比. 工业增加值 / 工业投资增长
    // share 工业; 工 alone is no subject.
    // 增长倍数 names the multiple, which says it alone (翻了一番).
    expect(growths.map((g) => g?.text)).toEqual([
      '提高 3.2个百分点',
      '投资增长超过20%',
      '工人收入增长 8.1%',
      '占比提高 1.5个百分点',
      '翻了一番',
    ]);
    for (const g of growths.slice(0, -1)) expect(g?.paragraphs[0]?.map((r) => r.bold)).toEqual([false, true]);
  });

  it('says what the growth is without repeating the value’s label', () => {
    const four = slides[3] as Shape[];
    // 规模工业产值 with 规模工业产值年均增长 → 年均增长; 工业总产值 with 工业总产值比“十一五”末增长倍数 → 比“十一五”末.
    const growths = cards(four).map((c) => c.in[3]?.text);
    expect(growths).toEqual(['比“十一五”末翻了一番多', '年均增长 18.6%', '年均增长 25%', '年均增长 16.5%', '年均增长 35%']);
  });

  it('lays out 1, 2, 3 in a row, 4 as two by two, 5 and 6 as three to a row, 7 as four to a row, each row centred', () => {
    const grid = (shapes: Shape[]) => {
      const c = cards(shapes).map((x) => x.card);
      const rows = [...new Set(c.map((x) => x.y))].map((y) => c.filter((x) => x.y === y));
      for (const row of rows) {
        // Centred between the slide's margins; every card of a slide the same size.
        const rule = shapes.find((s) => s.geometry === 'line') as Shape;
        const left = (row[0] as Shape).x - rule.x;
        const right = rule.x + rule.w - ((row.at(-1) as Shape).x + (row.at(-1) as Shape).w);
        expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
        for (const x of row) expect([x.w, x.h]).toEqual([(c[0] as Shape).w, (c[0] as Shape).h]);
      }
      // Rows apart, the grid centred between the rule and the footer.
      for (let r = 1; r < rows.length; r++)
        expect((rows[r]?.[0] as Shape).y).toBeGreaterThan((rows[r - 1]?.[0] as Shape).y + (c[0] as Shape).h);
      // The body runs from 0.37 in under the rule (the header's 0.12 in and 0.25 in) to 0.15 in over the footer; the
      // grid sits in its middle, as much room above the first row as under the last.
      const rule = shapes.find((s) => s.geometry === 'line') as Shape;
      const top = rule.y + 0.37 * EMU_PER_INCH;
      const bottom = pageNumberOf(shapes).y - 0.15 * EMU_PER_INCH;
      const gridTop = (c[0] as Shape).y;
      const gridBottom = (c.at(-1) as Shape).y + (c.at(-1) as Shape).h;
      expect(gridTop).toBeGreaterThanOrEqual(top - 2);
      expect(Math.abs(gridTop - top - (bottom - gridBottom))).toBeLessThanOrEqual(0.01 * EMU_PER_INCH);
      return rows.map((r) => r.length);
    };
    expect([1, 2, 3, 4].map((k) => grid(madeSlides[k - 1] as Shape[]))).toEqual([[1], [2], [2, 2], [4, 3]]);
    expect(grid(slides[3] as Shape[])).toEqual([3, 2]);
    expect(grid(slides[25] as Shape[])).toEqual([3, 3]);
    expect(grid(slides[16] as Shape[])).toEqual([3]);
    // One row of cards 360 px tall on the 1920 px screen, two rows of 280 px.
    const heightOf = (shapes: Shape[]) => (cards(shapes)[0]?.card.h as number) / EMU_PER_INCH;
    expect(heightOf(slides[16] as Shape[])).toBeCloseTo(360 / 144, 2);
    expect(heightOf(slides[3] as Shape[])).toBeCloseTo(280 / 144, 2);
    // One row: taller cards than in two rows, and bigger numbers.
    const size = (shapes: Shape[]) => Math.max(...shapes.flatMap((s) => s.paragraphs.flat().map((r) => r.size)));
    expect(cards(slides[16] as Shape[])[0]?.card.h).toBeGreaterThan(cards(slides[3] as Shape[])[0]?.card.h as number);
    expect(size(slides[16] as Shape[])).toBeGreaterThan(size(slides[3] as Shape[]));
    // One card alone: a big number, 1040 px wide and 420 tall, its number larger than a row's.
    const [alone] = cards(madeSlides[0] as Shape[]);
    expect((alone?.card.w as number) / EMU_PER_INCH).toBeCloseTo(1040 / 144, 2);
    expect((alone?.card.h as number) / EMU_PER_INCH).toBeCloseTo(420 / 144, 2);
    expect(size(madeSlides[0] as Shape[])).toBeGreaterThan(size(slides[16] as Shape[]));
  });

  it('says 数据缺失 with the figure’s number on a card whose figure is gone, and shows its growth on its own', () => {
    const shapes = madeSlides[4] as Shape[];
    const [card] = cards(shapes);
    const missing = card?.in.find((s) => s.text.startsWith('数据缺失'));
    expect(missing?.text).toBe('数据缺失（999999）');
    expect(missing?.paragraphs[0]?.[0]?.colour).toBe(FAINT);
    const g = d.byId.get(made[4]?.body.kpis?.[0]?.growthFigureId as number) as Figure;
    expect(card?.in.at(-1)?.text).toContain(g.label);
  });

  it('says 數據缺失 in a report written in traditional characters, as its other words', async () => {
    // 数 and 据 are the two characters the marker changes; a 繁體 report's slides say 數據來源, so its markers say 數據缺失.
    const two = [made[4], made[7]] as Slide[];
    const zip = await unzip(
      await buildPptx({ ...d, report: { ...d.report, traditional: true }, byId: madeById, deck: { ...d.deck, slides: two } }),
    );
    const [card, text] = await shapes(zip, 2);
    expect(cards(card as Shape[])[0]?.in.find((s) => s.text.endsWith('（999999）'))?.text).toBe('數據缺失（999999）');
    expect((text as Shape[]).flatMap((s) => s.paragraphs.flat()).find((r) => r.text.includes('缺失'))?.text).toBe('［數據缺失：999999］');
  });

  it('sets a comparison as columns, each with its heading and accent, the first card the hero filling the column', () => {
    const i = d.deck.slides.findIndex((s) => s.layout === 'comparison');
    const slide = d.deck.slides[i] as Slide;
    const shapes = slides[i] as Shape[];
    const columns = slide.body.columns ?? [];
    const heads = columns.map((c) => byText(shapes, c.heading) as Shape);
    heads.forEach((h, k) => {
      expect(h.paragraphs[0]?.[0]).toMatchObject({ bold: true });
      // The accent mark at the heading's left, first column red, second blue.
      const mark = shapes.filter((s) => s.geometry === 'rect' && s.y === h.y && s.x < h.x).at(-1);
      expect(mark?.fill).toBe(k % 2 ? ACCENT2 : ACCENT);
    });
    expect((heads[1] as Shape).x).toBeGreaterThan((heads[0] as Shape).x + (heads[0] as Shape).w);
    // Three columns: red, blue, red again.
    const three = madeSlides[made.findIndex((s) => (s.body.columns?.length ?? 0) === 3)] as Shape[];
    const marks = three.filter((s) => s.geometry === 'rect' && !s.paragraphs.length && s.h > 0.3 * EMU_PER_INCH);
    expect(marks.sort((a, b) => a.x - b.x).map((m) => m.fill)).toEqual([ACCENT, ACCENT2, ACCENT]);
    const c = cards(shapes).map((x) => x.card);
    // Hero over the smaller cards, the smaller ones side by side along the column's foot.
    expect((c[0] as Shape).w).toBeGreaterThan((c[1] as Shape).w);
    expect((c[1] as Shape).y).toBeGreaterThan((c[0] as Shape).y + (c[0] as Shape).h);
    expect((c[2] as Shape).x).toBeGreaterThan((c[1] as Shape).x + (c[1] as Shape).w);
    // With one card per column, the hero reaches the column's foot, where the smaller cards would end.
    const one = cards(madeSlides[5] as Shape[]).map((x) => x.card);
    expect(one).toHaveLength(columns.length);
    expect((one[0] as Shape).y + (one[0] as Shape).h).toBe((c[1] as Shape).y + (c[1] as Shape).h);
  });
});

describe('text, title, section and closing slides', () => {
  it('sets a lead-in apart in the accent colour, figures bold in the accent, a quotation with its speaker', () => {
    const i = d.deck.slides.findIndex((s) => s.body.paragraphs?.some((p) => p.includes('——')));
    const shapes = slides[i] as Shape[];
    const quote = shapes.find((s) => s.text.includes('——')) as Shape;
    const runs = quote.paragraphs.flat();
    expect(runs.at(-1)?.text).toBe('—— 市经信委主任\u3000郭坚');
    expect(runs.at(-1)?.size).toBeLessThan(runs[0]?.size as number);
    // The words on one line, the speaker on a line of its own.
    expect(quote.paragraphs.map((p) => p.map((r) => r.text).join(''))).toEqual([
      runs
        .slice(0, -1)
        .map((r) => r.text)
        .join(''),
      '—— 市经信委主任\u3000郭坚',
    ]);
    expect(runs[0]?.text.startsWith('“')).toBe(true);
    const figure = shapes.flatMap((s) => s.paragraphs.flat()).find((r) => r.text === '迈上千亿');
    expect(figure).toMatchObject({ bold: true, colour: ACCENT });
    // The rule beside the quotation, 0.1 in shorter than it at either end.
    const bar = shapes.find((s) => s.geometry === 'rect' && s.fill === ACCENT && s.x < quote.x && s.h > 0) as Shape;
    expect(Math.abs(bar.y - quote.y - 0.1 * EMU_PER_INCH)).toBeLessThanOrEqual(2);
    expect(Math.abs(quote.y + quote.h - (bar.y + bar.h) - 0.1 * EMU_PER_INCH)).toBeLessThanOrEqual(2);

    const lead = d.deck.slides.findIndex((s) => s.body.paragraphs?.some((p) => p.startsWith('**')));
    const ls = slides[lead] as Shape[];
    const leads = ls.filter(
      (s) => s.paragraphs.flat()[0]?.colour === ACCENT && s.paragraphs.flat()[0]?.bold && s.paragraphs.flat()[0]?.size === 18,
    );
    expect(leads.length).toBeGreaterThan(1);
    // Each lead-in left of its text, rules between the rows.
    for (const l of leads) expect(ls.some((s) => s.y === l.y && s.x > l.x + l.w - 2 && s.text)).toBe(true);
    expect(ls.filter((s) => s.geometry === 'line')).toHaveLength(1 + leads.length - 1);
  });

  it('sets a text slide’s subtitle under the rule, muted, and its paragraphs under the subtitle', () => {
    const shapes = madeSlides[11] as Shape[];
    const rule = shapes.find((s) => s.geometry === 'line') as Shape;
    const sub = byText(shapes, '一行副标题') as Shape;
    expect(sub.paragraphs[0]?.[0]?.colour).toBe(MUTED);
    expect(sub.y).toBeGreaterThan(rule.y);
    // 0.1 in clear of the header's foot (0.12 in under the rule), as the chart's title.
    expect(Math.abs(sub.y - rule.y - 0.22 * EMU_PER_INCH)).toBeLessThanOrEqual(2);
    const paras = shapes.filter((s) => s.text.startsWith('规模工业'));
    expect(paras).toHaveLength(2);
    for (const p of paras) expect(p.y).toBeGreaterThanOrEqual(sub.y + sub.h);
    // A plain paragraph: 26 pt bold, its figure in the accent.
    for (const r of paras.flatMap((p) => p.paragraphs.flat())) expect([r.size, r.bold]).toEqual([26, true]);
  });

  it('centres a text slide’s rows in the body: from under the header (and its subtitle) to 0.15 in over the footer', () => {
    const bodies = d.deck.slides.flatMap((s, i) => (s.layout === 'text' ? [slides[i] as Shape[]] : []));
    for (const shapes of [...bodies, madeSlides[7] as Shape[], madeSlides[11] as Shape[]]) {
      const rule = shapes.find((s) => s.geometry === 'line') as Shape;
      const n = pageNumberOf(shapes);
      const sub = shapes.find((s) => s.paragraphs[0]?.[0]?.size === 20);
      const top = rule.y + (sub ? 0.72 : 0.12) * EMU_PER_INCH;
      const bottom = n.y - 0.15 * EMU_PER_INCH;
      const rows = shapes.filter((s) => s.text && s !== sub && s.y > rule.y && s.y < n.y);
      const first = Math.min(...rows.map((r) => r.y));
      const last = Math.max(...rows.map((r) => r.y + r.h));
      expect(first).toBeGreaterThanOrEqual(top - 2);
      expect(Math.abs(first - top - (bottom - last)), rows[0]?.text.slice(0, 12)).toBeLessThanOrEqual(0.01 * EMU_PER_INCH);
    }
  });

  it('marks a figure the store no longer has, in a faint colour', () => {
    const shapes = madeSlides[7] as Shape[];
    const runs = shapes.flatMap((s) => s.paragraphs.flat());
    expect(runs.find((r) => r.text.includes('数据缺失'))).toMatchObject({ text: '［数据缺失：999999］', colour: FAINT });
    expect(runs.find((r) => r.text === '一句引语')).toMatchObject({ bold: true, colour: ACCENT });
    // A figure in a lead-in's text (a box not bold as a whole): bold, in the accent.
    const fig = formatFigureFull(d.byId.get(3) as Figure);
    expect(runs.find((r) => r.text.includes(fig) && r.size === 18)).toMatchObject({ bold: true, colour: ACCENT });
    // **…** inside a paragraph: bold, in the text's colour.
    expect(runs.find((r) => r.text === '利润')).toMatchObject({ bold: true, colour: '15191F' });
    expect(runs.find((r) => r.text === '大增。')).toMatchObject({ bold: false, colour: '15191F' });
    // A text slide with nothing to say: its header and footer only.
    const empty = (madeSlides[13] as Shape[]).filter((s) => s.text);
    expect(empty.map((s) => s.text)).toEqual([made[13]?.title, expect.stringContaining(d.deck.title), `14 / ${made.length}`]);
  });

  it('opens with the deck’s name, the title’s lines, the subtitle and who published it when', () => {
    const [title] = d.deck.slides;
    const shapes = slides[0] as Shape[];
    expect(byText(shapes, d.deck.title)?.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
    // The title broken where its author put an ideographic space.
    const lines = title?.title.split('\u3000') as string[];
    const big = shapes.find((s) => s.paragraphs.length === lines.length && s.text === lines.join('\n')) as Shape;
    for (const r of big.paragraphs.flat()) expect([r.size, r.bold]).toEqual([44, true]);
    const subtitle = byText(shapes, title?.body.subtitle as string) as Shape;
    const byline = byText(shapes, `${d.report.organisation} · 2016年2月4日`) as Shape;
    // The short accent bar between the subtitle and the byline, clear of both.
    const bar = shapes.find((s) => s.geometry === 'rect' && !s.paragraphs.length) as Shape;
    expect(bar.fill).toBe(ACCENT);
    expect(bar.y).toBeGreaterThan(subtitle.y + subtitle.h + 0.1 * EMU_PER_INCH);
    expect(bar.y + bar.h).toBeLessThan(byline.y);
    // Without a subtitle the rule and the byline move up.
    const bare = madeSlides[9] as Shape[];
    const by = (s: Shape[]) => s.find((x) => x.text.startsWith(d.report.organisation)) as Shape;
    expect(by(bare).y).toBeLessThan(by(shapes).y);
    expect(by(bare).y).toBeGreaterThan((bare.find((s) => s.text.startsWith(lines[0] as string)) as Shape).y);
  });

  it('numbers a section slide 01, 02 … and 第一部分 …, and leaves the numbers off a slide outside any section', () => {
    d.deck.slides.forEach((slide, i) => {
      if (slide.layout !== 'section') return;
      const n = d.report.sections.findIndex((s) => s.id === slide.sectionId) + 1;
      const shapes = slides[i] as Shape[];
      const big = byText(shapes, String(n).padStart(2, '0')) as Shape;
      expect(big.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
      const part = byText(shapes, `第${'一二三四五六七八九'[n - 1]}部分`) as Shape;
      const title = byText(shapes, slide.title) as Shape;
      expect(part.x).toBeGreaterThan(big.x + big.w);
      expect(title.y).toBeGreaterThan(part.y);
      expect(part.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
      expect(title.paragraphs[0]?.[0]).toMatchObject({ size: 44, bold: true });
      // The divider between the number and the words, the accent bar under the title.
      const divider = shapes.find((s) => s.geometry === 'line') as Shape;
      expect([divider.w, divider.x > big.x + big.w, divider.x < part.x]).toEqual([0, true, true]);
      const bar = shapes.find((s) => s.geometry === 'rect' && !s.paragraphs.length) as Shape;
      expect([bar.x, bar.fill, bar.y > title.y + title.h]).toEqual([title.x, ACCENT, true]);
      expect(byText(shapes, slide.body.subtitle as string)?.y).toBeGreaterThan(title.y + title.h);
    });
    const outside = madeSlides[10] as Shape[];
    expect(outside.filter((s) => /^\d\d$|部分$/.test(s.text))).toEqual([]);
    expect(byText(outside, made[10]?.title as string)).toBeDefined();
  });

  it('closes with the keywords in the accent colour, or a one-line subtitle as it is, and who published it', () => {
    const closing = d.deck.slides.at(-1) as Slide;
    const shapes = slides.at(-1) as Shape[];
    const words = (closing.body.subtitle as string).split(/\u3000+/);
    const kw = byText(shapes, words.join('\u3000|\u3000')) as Shape;
    expect(kw.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
    expect(kw.align).toEqual(['ctr']);
    const one = byText(madeSlides[8] as Shape[], '一句话的结束语') as Shape;
    expect(one.paragraphs[0]?.[0]).toMatchObject({ bold: false, colour: MUTED });
    expect(one.align).toEqual(['ctr']);
    // Without a subtitle: the title and the byline only.
    const closingBare = madeSlides[made.findIndex((s) => s.layout === 'closing' && !s.body.subtitle)] as Shape[];
    const bare = closingBare.filter((s) => s.text && s.y < pageNumberOf(closingBare).y);
    expect(bare.map((s) => s.text)).toEqual([closing.title, `${d.report.organisation} · 2016年2月4日`]);
    for (const s of [shapes, madeSlides[8] as Shape[]]) {
      const title = byText(s, closing.title) as Shape;
      expect([title.align, title.paragraphs[0]?.[0]?.size, title.paragraphs[0]?.[0]?.bold, title.shrinks]).toEqual([
        ['ctr'],
        44,
        true,
        true,
      ]);
      expect(byText(s, `${d.report.organisation} · 2016年2月4日`)?.align).toEqual(['ctr']);
    }
    // The short accent bar above the title, centred on the slide.
    const bar = shapes.find((s) => s.geometry === 'rect') as Shape;
    // (The layout's 13.333 in is 305 EMU short of the slide's width: centred within 0.0004 in.)
    expect(Math.abs(bar.x + bar.w / 2 - SLIDE_W / 2)).toBeLessThanOrEqual(400);
  });
});

/**
 * Each point's value label as PowerPoint prints it, in category order: its own c:dLbl's number format (0, 0.0 …
 * and the unit in quotes) applied to the cached value; a value in General as JavaScript prints it.
 */
const printedLabels = (xml: string) => {
  const values = [...(/<c:val>([\s\S]*?)<\/c:val>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
  const formats = new Map(
    [...xml.matchAll(/<c:dLbl>\s*<c:idx val="(\d+)"\/>\s*<c:numFmt formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2] as string]),
  );
  return values.map((v, i) => {
    const code = (formats.get(i) ?? '').replace(/&quot;/g, '"');
    const m = /^(?:0(?:\.(0+))?|General)(?:"([^"]*)")?$/.exec(code);
    if (!m) return `(no format for point ${i}: ${code})`;
    return (code.startsWith('General') ? String(v) : v.toFixed(m[1]?.length ?? 0)) + (m[2] ?? '');
  });
};
/** The screen's value labels (the chart model's display) in the order PowerPoint holds the points. */
const screenLabels = (slide: Slide, byId: ReadonlyMap<number, Figure>) => {
  const rows = chartData(slide.chart as NonNullable<Slide['chart']>, byId).rows.map((r) => r.display);
  return slide.chart?.type === 'hbar' ? rows.reverse() : rows;
};

describe('charts', () => {
  const chartXml = async (zip: JSZip, slide: number) => read(zip, (await partOf(zip, slide, 'chart')) as string);
  const cat = (xml: string) =>
    [...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] as string);
  const val = (xml: string) =>
    [...(/<c:val>([\s\S]*?)<\/c:val>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));

  it('draws every chart as a native chart holding the store’s numbers, derived values hatched and marked 推算', async () => {
    let charts = 0;
    for (const [i, slide] of d.deck.slides.entries()) {
      const part = await partOf(pptx, i + 1, 'chart');
      if (!slide.chart) {
        expect(part, `slide ${i + 1} has no chart`).toBeNull();
        continue;
      }
      charts++;
      const xml = await read(pptx, part as string);
      const values = val(xml);
      const labels = cat(xml).map((l) => l.replace(/&amp;/g, '&'));
      const round = slide.chart.type === 'doughnut' || slide.chart.type === 'pie';
      const expected = slide.chart.series.map((s) => {
        if ('figureId' in s) {
          const f = d.byId.get(s.figureId) as Figure;
          return { label: s.label, value: round ? shareAsPercent(f) : f.value };
        }
        return { label: s.label.includes('推算') ? s.label : `${s.label}（推算）`, value: derive(s.derived, d.byId).value };
      });
      if (round && slide.chart.remainderLabel)
        expected.push({ label: slide.chart.remainderLabel, value: 100 - expected.reduce((a, e) => a + e.value, 0) });
      const got = new Map(labels.map((l, k) => [l, values[k]]));
      expect(got.size, `slide ${i + 1}`).toBe(expected.length);
      for (const e of expected) expect(got.get(e.label), `${slide.chart.title}: ${e.label}`).toBeCloseTo(e.value, 6);
      // A horizontal bar chart lists its first row at the top: PowerPoint draws the last category there.
      if (slide.chart.type === 'hbar') {
        expect(labels).toEqual(expected.map((e) => e.label).reverse());
        expect(xml).toContain('<c:barDir val="bar"/>');
      } else if (!round) {
        expect(labels).toEqual(expected.map((e) => e.label));
        expect(xml).toContain('<c:barDir val="col"/>');
      }
      const points = [...xml.matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1] as string);
      if (!round && points.length)
        labels.forEach((l, k) => expect(points[k]?.includes('<a:pattFill '), `${slide.chart?.title}: ${l}`).toBe(l.includes('推算')));
      else expect(labels.some((l) => l.includes('推算'))).toBe(false);
      // Value labels as the screen prints them: a share with one decimal and %, other values as stored with the unit.
      expect(xml).toContain('<c:showVal val="1"/>');
      expect(xml).not.toContain('<c:showPercent val="1"/>');
      expect(printedLabels(xml), slide.chart.title).toEqual(screenLabels(slide, d.byId));
      if (!round) {
        if (slide.chart.unit) expect(xml).toContain(`单位：${slide.chart.unit}`);
        // The value axis starts at 0 (or below, for a negative value).
        expect(xml).toMatch(/<c:min val="0"\/>/);
      }
      expect(texts(await read(pptx, `ppt/slides/slide${i + 1}.xml`), 'a').join('\n')).toContain(
        '数据来源：重庆市经济和信息化委员会，2016年2月4日',
      );
    }
    expect(charts).toBe(d.deck.slides.filter((s) => s.chart).length);
    expect(Object.keys(pptx.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(charts);
  });

  it('colours each slice of a ring, the remainder grey, with the legend under it and no second label', async () => {
    const i = d.deck.slides.findIndex((s) => s.chart?.type === 'doughnut');
    const xml = await chartXml(pptx, i + 1);
    expect(xml).toContain('<c:doughnutChart>');
    expect(xml).toContain('<c:legendPos val="b"/>');
    const fills = [...xml.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="(\w+)"/g)].map((m) => m[1]);
    expect(fills).toEqual([ACCENT, 'DFE3E9']);
    // The value alone on each slice: no percentage of its own, no category name, and no label position (a ring
    // has none; PowerPoint refuses the file with one).
    const labels = [...xml.matchAll(/<c:dLbl>([\s\S]*?)<\/c:dLbl>/g)].map((m) => m[1] as string);
    expect(labels).toHaveLength(2);
    // The series' own label settings (under the slices' two) say no percentage either.
    expect(xml.slice(xml.lastIndexOf('</c:dLbl>'))).toMatch(/<c:showPercent val="0"\/>[\s\S]*<\/c:dLbls>/);
    for (const l of labels) {
      expect(l).toContain('<c:showVal val="1"/>');
      expect(l).toContain('<c:showCatName val="0"/>');
      expect(l).toContain('<c:showPercent val="0"/>');
    }
    expect(xml).not.toContain('<c:dLblPos');
    const pie = await chartXml(madeZip, 7);
    expect(pie).toContain('<c:pieChart>');
    expect(pie).toContain('<c:dLblPos val="bestFit"/>');
    expect(val(pie)).toEqual(val(xml));
  });

  it('writes a ring’s stated share in its hole, centred, as the source writes it (1/3)', () => {
    const i = d.deck.slides.findIndex((s) => s.chart?.type === 'doughnut');
    const shapes = slides[i] as Shape[];
    const frame = shapes.find((s) => s.geometry === 'chart') as Shape;
    const hole = byText(shapes, '1/3') as Shape;
    expect(hole.paragraphs[0]?.[0]).toMatchObject({ bold: true, colour: ACCENT });
    expect(hole.align).toEqual(['ctr']);
    expect(Math.abs(hole.x + hole.w / 2 - (frame.x + frame.w / 2))).toBeLessThanOrEqual(2);
    // In the ring above its legend: above the frame's middle.
    expect(hole.y + hole.h / 2).toBeLessThan(frame.y + frame.h / 2);
    expect(hole.y + hole.h / 2).toBeGreaterThan(frame.y + frame.h / 4);
    // The ring centred on the slide; a bar chart spans the text block.
    expect(Math.abs(frame.x + frame.w / 2 - SLIDE_W / 2)).toBeLessThanOrEqual(400);
    const bar = (slides[4] as Shape[]).find((s) => s.geometry === 'chart') as Shape;
    const rule = (slides[4] as Shape[]).find((s) => s.geometry === 'line') as Shape;
    expect([bar.x, bar.w]).toEqual([rule.x, rule.w]);
  });

  it('states under a chart with derived values how each was derived, then the takeaway beside an accent bar, then the source', () => {
    d.deck.slides.forEach((slide, i) => {
      if (!slide.chart) return;
      const shapes = slides[i] as Shape[];
      const frame = shapes.find((s) => s.geometry === 'chart') as Shape;
      const note = shapes.find((s) => s.text.startsWith('注：'));
      const derived = slide.chart.series.some((s) => 'derived' in s);
      expect(!!note, `slide ${i + 1}`).toBe(derived);
      const takeaway = byText(shapes, slide.chart.takeaway as string) as Shape;
      const source = shapes.find((s) => s.text.startsWith('数据来源')) as Shape;
      const chartTitle = byText(shapes, slide.chart.title) as Shape;
      expect(chartTitle.paragraphs[0]?.[0]?.colour).toBe(MUTED);
      // 0.1 in clear of the header's foot (0.12 in under the rule).
      const rule = shapes.find((s) => s.geometry === 'line') as Shape;
      expect(Math.abs(chartTitle.y - rule.y - 0.22 * EMU_PER_INCH)).toBeLessThanOrEqual(2);
      expect(frame.y).toBeGreaterThanOrEqual(chartTitle.y + chartTitle.h);
      const order = [frame, ...(note ? [note] : []), takeaway, source];
      for (let k = 1; k < order.length; k++)
        expect((order[k] as Shape).y, `slide ${i + 1}`).toBeGreaterThanOrEqual((order[k - 1] as Shape).y + (order[k - 1] as Shape).h - 2);
      expect(takeaway.paragraphs[0]?.[0]?.bold).toBe(true);
      const bar = shapes.find((s) => s.geometry === 'rect' && s.fill === ACCENT && s.x < takeaway.x);
      expect(bar && bar.y >= takeaway.y - 2 && bar.y + bar.h <= takeaway.y + takeaway.h + 2).toBe(true);
    });
  });
});

describe('bar charts', () => {
  const chartXml = async (zip: JSZip, slide: number) => read(zip, (await partOf(zip, slide, 'chart')) as string);

  it('draws a bar chart in the screen’s blue, untitled (the slide titles it), no legend, light value gridlines only, the axis as stored', async () => {
    for (const [i, slide] of d.deck.slides.entries()) {
      if (slide.chart?.type !== 'bar' && slide.chart?.type !== 'hbar') continue;
      const xml = await chartXml(pptx, i + 1);
      expect(xml).toContain('<c:autoTitleDeleted val="1"/>');
      expect(xml).not.toContain('<c:legend>');
      const catAx = /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(xml)?.[0] ?? '';
      const valAx = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)?.[0] ?? '';
      expect(catAx).not.toContain('<c:majorGridlines');
      expect(valAx).toMatch(/<c:majorGridlines>\s*<c:spPr>\s*<a:ln [^>]*>\s*<a:solidFill><a:srgbClr val="E5E7EB"\/>/);
      expect(valAx).toContain('<c:numFmt formatCode="General" sourceLinked="0"/>');
      // Every stated bar blue (a derived one hatched: see above).
      const ser = /<c:ser>[\s\S]*?<\/c:ser>/.exec(xml)?.[0] ?? '';
      const points = [...ser.matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1] as string);
      const fills = points.length ? points : [/<c:spPr>[\s\S]*?<\/c:spPr>/.exec(ser)?.[0] ?? ''];
      const stated = points.length ? slide.chart.series.filter((p) => !('derived' in p)).length : 1;
      expect(fills.filter((p) => !p.includes('pattFill')).map((p) => /<a:srgbClr val="(\w+)"/.exec(p)?.[1])).toEqual(
        Array.from({ length: stated }, () => '1D5FA8'),
      );
    }
  });

  it('hatches every bar of a chart whose values are all derived, and without a takeaway puts the source under the chart', async () => {
    const k = made.findIndex((s) => s.chart?.series.every((p) => 'derived' in p));
    const xml = await chartXml(madeZip, k + 1);
    const series = made[k]?.chart?.series ?? [];
    const points = [...xml.matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1] as string);
    expect(points).toHaveLength(series.length);
    for (const p of points) expect(p).toContain('<a:pattFill prst="wdUpDiag">');
    const shapes = madeSlides[k] as Shape[];
    const frame = shapes.find((s) => s.geometry === 'chart') as Shape;
    const note = shapes.find((s) => s.text.startsWith('注：')) as Shape;
    const source = shapes.find((s) => s.text.startsWith('数据来源')) as Shape;
    expect(shapes.filter((s) => s.geometry === 'rect' && !s.paragraphs.length)).toEqual([]);
    expect(Math.abs(note.y - (frame.y + frame.h) - 0.05 * EMU_PER_INCH)).toBeLessThanOrEqual(2);
    expect(Math.abs(source.y - (note.y + 0.3 * EMU_PER_INCH))).toBeLessThanOrEqual(2);
  });

  it('prints a value label with no unit as the number alone, and drops a quote mark a unit holds (it would end the format)', async () => {
    const at = (unit: string) => made.findIndex((s) => s.chart?.unit === unit && s.chart.series.every((p) => 'figureId' in p));
    const labelFormats = async (unit: string) =>
      [...(await chartXml(madeZip, at(unit) + 1)).matchAll(/<c:dLbl><c:idx val="\d+"\/><c:numFmt formatCode="([^"]*)"/g)].map((m) => m[1]);
    expect(await labelFormats('')).toEqual(['0', '0']);
    expect(await labelFormats('英寸"')).toEqual(['0&quot;英寸&quot;', '0&quot;英寸&quot;']);
    // Every bar written with one decimal (3.0, 13.7): one decimal, as the screen prints them, not General's "3".
    expect(await labelFormats('万吨')).toEqual(['0.0&quot;万吨&quot;', '0.0&quot;万吨&quot;']);
  });

  it('prints each bar and slice with its own decimals, as the report wrote it: 6668 beside 794.3 and 3.0, 78% beside 22%', async () => {
    const bars = made.findIndex((s) => s.chart?.unit === '亿元' && s.chart.title === '各自的小数');
    const barXml = await chartXml(madeZip, bars + 1);
    // Neither one format for the series ("0.0" pads 6668 to 6668.0; General drops the written zero of 3.0) …
    expect(printedLabels(barXml)).toEqual(['6668亿元', '794.3亿元', '3.0亿元']);
    expect(printedLabels(barXml)).toEqual(screenLabels(made[bars] as Slide, madeById));
    // … and the label keeps the series' look: its font, size and colour.
    const labels = [...barXml.matchAll(/<c:dLbl>([\s\S]*?)<\/c:dLbl>/g)].map((m) => m[1] as string);
    expect(labels).toHaveLength(3);
    for (const l of labels) {
      expect(l).toContain('<a:latin typeface="Noto Sans SC"/>');
      expect(l).toContain('sz="1300"');
      expect(l).toContain('<c:showVal val="1"/>');
      expect(l).not.toContain('showLeaderLines');
    }
    expect(barXml).not.toContain('@labels=');
    const ring = made.findIndex((s) => s.chart?.type === 'doughnut' && s.chart.title === '整数份额');
    expect(printedLabels(await chartXml(madeZip, ring + 1))).toEqual(['78%', '22%']);
  });

  it('keeps each chart’s workbook intact, so 编辑数据 opens the plotted numbers', async () => {
    const books = Object.keys(pptx.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n));
    expect(books).toHaveLength(d.deck.slides.filter((s) => s.chart).length);
    for (const name of books) {
      const book = await unzip(await (pptx.file(name) as JSZip.JSZipObject).async('nodebuffer'));
      const sheet = await read(book, 'xl/worksheets/sheet1.xml');
      expect(sheet, name).toMatch(/<c r="B2"[^>]*><v>-?[\d.]+<\/v><\/c>/);
    }
  });
});

describe('notes and fonts', () => {
  it('ends each slide’s notes with 数据来源 and the verbatim sentence of every figure it shows', async () => {
    for (const [i, slide] of d.deck.slides.entries()) {
      const part = await partOf(pptx, i + 1, 'notesSlide');
      const notes = part ? texts(await read(pptx, part), 'a').join('\n') : '';
      if (slide.notes) expect(notes).toContain(slide.notes.split('\n')[0]);
      if (!slide.figureIds.length) continue;
      expect(notes, `slide ${i + 1}`).toContain('数据来源：');
      for (const id of slide.figureIds) expect(notes, `slide ${i + 1}, figure ${id}`).toContain((d.byId.get(id) as Figure).quote);
    }
  });

  it('sets text in Noto Sans SC, with 微软雅黑 named for Chinese where it is missing, and names the deck', async () => {
    expect(await read(pptx, 'ppt/slides/slide2.xml')).toContain('<a:ea typeface="Noto Sans SC"');
    const theme = await read(pptx, 'ppt/theme/theme1.xml');
    expect(theme).toContain('<a:latin typeface="Noto Sans SC"/>');
    expect(theme).toContain('<a:ea typeface="Noto Sans SC"/>');
    expect(theme).not.toContain('<a:ea typeface=""/>');
    expect(theme).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
    const core = await read(pptx, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${d.deck.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${d.report.title}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${d.report.organisation}</dc:creator>`);
    expect(await read(pptx, 'docProps/app.xml')).toContain(`<Company>${d.report.organisation}</Company>`);
  });
});
