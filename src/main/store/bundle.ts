/**
 * A report bundle on disk: the source text plus curated figures (with verbatim quotes) and a deck.
 * Validated with zod before anything is written; every quote is located in the text here, so a bundle
 * whose quote is not verbatim is refused with the figure's key in the message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_KPIS } from '../../shared/chart-compat';
import { DERIVE_OPS } from '../../shared/derive';
import { figureRefs } from '../../shared/markup';
import { chartTypeSchema, figureKindSchema, figureStatusSchema, slideLayoutSchema, unknownValue } from '../../shared/enums';
import { CLAIM_FIELDS } from '../../shared/types';
import { StoreError } from './errors';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a key is lower-case letters, digits and dashes');
const text = z.string().min(1);

const figureSchema = z.strictObject({
  key,
  section: key,
  label: text,
  valueText: text,
  value: z.number().finite(),
  unit: z.string(),
  period: text,
  kind: figureKindSchema,
  status: figureStatusSchema.default('actual'),
  qualifier: z.string().min(1).nullable(),
  scope: z.string().min(1).nullable(),
  quote: text,
  /** Which occurrence of valueText inside the quote is this figure (0 = first). */
  occurrence: z.number().int().nonnegative().optional(),
  /** Where the quote starts in the text, for texts that repeat a sentence (imports); else it must be unique. */
  quoteStart: z.number().int().nonnegative().optional(),
});

const kpiSchema = z.strictObject({ figure: key, caption: text, growth: key.optional() });

const pointSchema = z.union([
  z.strictObject({ figure: key, label: text }),
  z.strictObject({ derived: z.strictObject({ op: z.enum(DERIVE_OPS), a: key, b: key }), label: text }),
]);

const slideSchema = z.strictObject({
  layout: slideLayoutSchema,
  title: text,
  titleEn: z.string().default(''),
  section: key.nullable().default(null),
  notes: text,
  body: z
    .strictObject({
      subtitle: z.string().optional(),
      // As many cards as an edit may leave on a slide (checkKpis): more do not fit a slide, on screen or in PowerPoint.
      kpis: z.array(kpiSchema).max(MAX_KPIS, `一页最多 ${MAX_KPIS} 个指标卡：请分成两页`).optional(),
      columns: z
        .array(z.strictObject({ heading: text, kpis: z.array(kpiSchema).min(1) }))
        .min(2)
        .optional(),
      paragraphs: z.array(text).optional(),
      paraphrased: z.array(z.enum(CLAIM_FIELDS)).optional(),
    })
    .default({}),
  chart: z
    .strictObject({
      type: chartTypeSchema,
      title: text,
      unit: z.string(),
      series: z.array(pointSchema).min(1),
      remainderLabel: z.string().optional(),
      takeaway: z.string().optional(),
    })
    .nullable()
    .default(null),
  /** Figures the slide shows only in its notes (everything on the face is collected automatically). */
  noteFigures: z.array(key).default([]),
});

const relationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('partOfTotal'), parts: z.array(key).min(1), total: key }),
  z.strictObject({ type: z.literal('growth'), from: key, to: key, rate: z.number().finite(), years: z.number().int().positive() }),
  z.strictObject({ type: z.literal('multiple'), from: key, to: key, claim: z.number().finite().positive() }),
]);

export const bundleSchema = z.strictObject({
  formatVersion: z.literal(1),
  report: z.strictObject({
    key,
    title: text,
    titleEn: z.string(),
    organisation: text,
    organisationEn: z.string(),
    // Empty for an imported report that names no date (cli import, 导入报告): unknown, not guessed.
    published: z.string().regex(/^(?:\d{4}-\d{2}-\d{2})?$/),
    publishedNote: z.string(),
    asOf: text,
    region: z.string(),
    textFile: z.string().regex(/^[\w.-]+$/),
  }),
  sections: z
    .array(
      z.strictObject({ key, title: text, titleEn: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    )
    .min(1),
  figures: z.array(figureSchema),
  /** Relations the consistency checks verify (see shared/checks.ts). */
  relations: z.array(relationSchema).default([]),
  deck: z.strictObject({ key, title: text, slides: z.array(slideSchema).min(1) }),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleFigure = z.infer<typeof figureSchema>;
export type BundleSlide = z.infer<typeof slideSchema>;
type BundleKpi = z.infer<typeof kpiSchema>;

const kpiKeys = (k: BundleKpi) => [k.figure, ...(k.growth ? [k.growth] : [])];

/** Every figure key a slide shows — on its face, in its chart (derived points too), or in its notes — in order. */
export function slideFigureKeys(s: BundleSlide): string[] {
  const keys = [
    ...(s.body.kpis ?? []).flatMap(kpiKeys),
    ...(s.body.columns ?? []).flatMap((c) => c.kpis.flatMap(kpiKeys)),
    ...(s.body.paragraphs ?? []).flatMap(figureRefs),
    ...(s.chart?.series ?? []).flatMap((x) => ('figure' in x ? [x.figure] : [x.derived.a, x.derived.b])),
    ...s.noteFigures,
  ];
  return [...new Set(keys)];
}

export interface LocatedFigure extends BundleFigure {
  quoteStart: number;
  quoteEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** Find the quote in the text (it must occur exactly once) and the value inside it. */
export function locate(reportText: string, f: BundleFigure): LocatedFigure {
  const quoteStart = f.quoteStart ?? reportText.indexOf(f.quote);
  if (quoteStart < 0 || reportText.slice(quoteStart, quoteStart + f.quote.length) !== f.quote)
    throw new StoreError('BAD_BUNDLE', `数据项 ${f.key} 的引文在原文中找不到：“${f.quote}”`);
  if (f.quoteStart === undefined && reportText.indexOf(f.quote, quoteStart + 1) >= 0)
    throw new StoreError('BAD_BUNDLE', `数据项 ${f.key} 的引文在原文中出现多次，无法定位：“${f.quote}”`);
  let at = -1;
  for (let n = 0; n <= (f.occurrence ?? 0); n++) {
    at = f.quote.indexOf(f.valueText, at + 1);
    if (at < 0) throw new StoreError('BAD_BUNDLE', `数据项 ${f.key} 的数值“${f.valueText}”不在其引文中`);
  }
  const valueStart = quoteStart + at;
  return { ...f, quoteStart, quoteEnd: quoteStart + f.quote.length, valueStart, valueEnd: valueStart + f.valueText.length };
}

export interface LoadedBundle {
  bundle: Bundle;
  text: string;
  figures: LocatedFigure[];
}

/** Validate a bundle object against its text: schema, keys, sections, quotes and slide references. */
export function checkBundle(raw: unknown, reportText: string): LoadedBundle {
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreError('BAD_BUNDLE', `报告数据格式错误：${first.path.join('.') || '(根)'}：${first.message}`);
  }
  const bundle = parsed.data;
  const sectionKeys = new Set<string>();
  for (const s of bundle.sections) {
    if (s.end > reportText.length || s.start > s.end) throw new StoreError('BAD_BUNDLE', `章节 ${s.key} 的范围超出原文`);
    if (sectionKeys.has(s.key)) throw new StoreError('BAD_BUNDLE', `章节 ${s.key} 重复`);
    sectionKeys.add(s.key);
  }
  const figureKeys = new Set<string>();
  const figures = bundle.figures.map((f) => {
    if (figureKeys.has(f.key)) throw new StoreError('BAD_BUNDLE', `数据项 ${f.key} 重复`);
    if (!sectionKeys.has(f.section)) throw new StoreError('BAD_BUNDLE', `数据项 ${f.key} 的章节 ${f.section} 不存在`);
    figureKeys.add(f.key);
    return locate(reportText, f);
  });
  for (const rel of bundle.relations) {
    const keys = rel.type === 'partOfTotal' ? [...rel.parts, rel.total] : [rel.from, rel.to];
    for (const k of keys) if (!figureKeys.has(k)) throw new StoreError('BAD_BUNDLE', `校验关系引用了不存在的数据项 ${k}`);
  }
  bundle.deck.slides.forEach((s, i) => {
    for (const r of slideFigureKeys(s))
      if (!figureKeys.has(r)) throw new StoreError('BAD_BUNDLE', `第 ${i + 1} 张幻灯片引用了不存在的数据项 ${r}`);
    if (s.section && !sectionKeys.has(s.section)) throw new StoreError('BAD_BUNDLE', `第 ${i + 1} 张幻灯片的章节 ${s.section} 不存在`);
  });
  return { bundle, text: reportText, figures };
}

/**
 * The enumerations of a bundle about to be written, checked again at the store's own door: insertBundle
 * takes a LoadedBundle by type only, and no CHECK constraint stands behind it any more (migration 30).
 */
export function checkEnumerations({ bundle, figures }: Pick<LoadedBundle, 'bundle' | 'figures'>): void {
  const refuse = (where: string, message: string | null) => {
    if (message) throw new StoreError('BAD_BUNDLE', `${where}：${message}`);
  };
  for (const f of figures) refuse(`数据项 ${f.key}`, unknownValue(figureKindSchema, f.kind));
  bundle.deck.slides.forEach((s, i) => {
    refuse(`第 ${i + 1} 张幻灯片`, unknownValue(slideLayoutSchema, s.layout));
    if (s.chart) refuse(`第 ${i + 1} 张幻灯片的图表`, unknownValue(chartTypeSchema, s.chart.type));
  });
}

/** Read report.json and its text file from a bundle directory (resources/reports/<key>). */
export function loadBundle(dir: string): LoadedBundle {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  const deck: unknown = JSON.parse(readFileSync(join(dir, 'deck.json'), 'utf8'));
  const file = (raw as { report?: { textFile?: unknown } }).report?.textFile;
  if (typeof file !== 'string' || !/^[\w.-]+$/.test(file)) throw new StoreError('BAD_BUNDLE', '报告数据缺少 report.textFile');
  const reportText = readFileSync(join(dir, file), 'utf8');
  return checkBundle({ ...(raw as object), deck }, reportText);
}
