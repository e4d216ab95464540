/**
 * A new report from pasted or opened text: the figures staff accepted (from the extractor, corrected as
 * needed) become a report bundle with an automatically drafted deck — title, the figures grouped by
 * section as KPI slides with their growth rates, a growth-rate chart where there are several, and a
 * closing slide. The bundle then goes through the same validation and insert as the bundled report.
 */
import type { Extracted } from '../../shared/extract';
import { formatFigureFull } from '../../shared/format';
import type { Bundle, BundleFigure, BundleSlide } from './bundle';

export interface ImportMeta {
  key: string;
  title: string;
  organisation: string;
  published: string;
  asOf: string;
  region?: string;
}

/** Headings: short lines without sentence punctuation. Everything before the first is the opening section. */
export function draftSections(text: string): { key: string; title: string; titleEn: string; start: number; end: number }[] {
  const heads: { title: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim().replace(/^#+\s*/, '');
    if (pos > 0 && trimmed.length >= 2 && trimmed.length <= 24 && !/[。，；：！？,.;:!?]/.test(trimmed) && !/\d/.test(trimmed))
      heads.push({ title: trimmed, start: pos });
    pos += line.length + 1;
  }
  const starts = [{ title: '概况', start: 0 }, ...heads];
  return starts
    .map((h, i) => ({ key: `s${i + 1}`, title: h.title, titleEn: '', start: h.start, end: starts[i + 1]?.start ?? text.length }))
    .filter((s) => s.end > s.start);
}

const KPI_PER_SLIDE = 6;

export function draftBundle(meta: ImportMeta, text: string, accepted: Extracted[]): Bundle {
  const sections = draftSections(text);
  const sectionOf = (pos: number) => sections.find((s) => pos >= s.start && pos < s.end) ?? sections[sections.length - 1];
  const figures: BundleFigure[] = accepted.map((x, i) => ({
    key: `f${String(i + 1).padStart(4, '0')}`,
    section: sectionOf(x.valueStart).key,
    label: x.label,
    valueText: x.value,
    value: x.number,
    unit: x.unit,
    period: x.period || meta.asOf,
    kind: x.kind,
    qualifier: x.qualifier,
    scope: null,
    quote: x.quote,
    quoteStart: x.start,
    occurrence: countBefore(x.quote, x.value, x.valueStart - x.start),
  }));

  const slides: BundleSlide[] = [
    {
      layout: 'title',
      title: meta.title,
      titleEn: '',
      section: null,
      notes: `本简报根据${meta.organisation}发布的《${meta.title}》自动起草，共 ${figures.length} 项数据，请逐页核对后再使用。`,
      body: { subtitle: `${meta.organisation}\u3000${meta.asOf}` },
      chart: null,
      noteFigures: [],
    },
  ];
  for (const section of sections) {
    const inSection = figures.filter((f) => f.section === section.key);
    const growth = new Set(inSection.filter((f) => f.kind === 'growth').map((f) => f.key));
    // A growth rate in the same sentence right after a level belongs under that level's big number.
    const kpis: { figure: string; caption: string; growth?: string }[] = [];
    for (let i = 0; i < inSection.length; i++) {
      const f = inSection[i];
      if (growth.has(f.key) && kpis.length && kpis[kpis.length - 1].growth === undefined && inSection[i - 1]?.quote === f.quote && !growth.has(inSection[i - 1].key)) {
        kpis[kpis.length - 1].growth = f.key;
        continue;
      }
      kpis.push({ figure: f.key, caption: f.label });
    }
    for (let i = 0; i < kpis.length; i += KPI_PER_SLIDE) {
      const chunk = kpis.slice(i, i + KPI_PER_SLIDE);
      const shown = chunk.flatMap((k) => [k.figure, ...(k.growth ? [k.growth] : [])]);
      const quotes = [...new Set(figures.filter((f) => shown.includes(f.key)).map((f) => f.quote))];
      slides.push({
        layout: 'kpi',
        title: kpis.length > KPI_PER_SLIDE ? `${section.title}（${i / KPI_PER_SLIDE + 1}）` : section.title,
        titleEn: '',
        section: section.key,
        notes: quotes.join(''),
        body: { kpis: chunk },
        chart: null,
        noteFigures: [],
      });
    }
  }
  const rates = figures.filter((f) => f.kind === 'growth' && f.unit === '%');
  if (rates.length >= 2) {
    const last = rates.slice(0, 8);
    slides.push({
      layout: 'chart',
      title: '主要指标增速',
      titleEn: '',
      section: last[0].section,
      notes: last.map((f) => `${f.label}${formatFigureFull(f)}`).join('；') + '。',
      body: {},
      chart: { type: 'hbar', title: '主要指标增速', unit: '%', series: uniqueLabels(last.map((f) => f.label.slice(0, 16))).map((label, i) => ({ figure: last[i].key, label })) },
      noteFigures: [],
    });
  }
  slides.push({
    layout: 'closing',
    title: '谢谢',
    titleEn: 'Thank you',
    section: sections[sections.length - 1].key,
    notes: `以上是《${meta.title}》的主要数据。`,
    body: { subtitle: meta.organisation },
    chart: null,
    noteFigures: [],
  });

  return {
    formatVersion: 1,
    report: { ...meta, titleEn: '', organisationEn: '', publishedNote: '', region: meta.region ?? '', textFile: 'report.txt' },
    sections,
    figures,
    relations: [],
    deck: { key: 'main', title: meta.title, slides },
  };
}

function countBefore(quote: string, value: string, offset: number): number | undefined {
  let n = 0;
  for (let at = quote.indexOf(value); at >= 0 && at < offset; at = quote.indexOf(value, at + 1)) n++;
  return n || undefined;
}

/** Chart categories must be told apart: a repeated label gets its ordinal (“增长（2）”). */
export function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l}（${n}）`;
  });
}
