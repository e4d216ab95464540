/** Writes a validated report bundle into the store in one transaction: all of it or nothing. */
import type { DB } from './db';
import { mapFigureRefs } from '../../shared/markup';
import type { ChartSpec, KpiItem, SlideBody } from '../../shared/types';
import { checkEnumerations, slideFigureKeys, type LoadedBundle } from './bundle';
import { StoreError } from './errors';

export function insertBundle(db: DB, { bundle, text, figures }: LoadedBundle): number {
  checkEnumerations({ bundle, figures });
  return db
    .transaction(() => {
      const r = bundle.report;
      if (db.prepare('SELECT 1 FROM reports WHERE key = ?').get(r.key)) throw new StoreError('BAD_BUNDLE', `报告 ${r.key} 已在数据库中`);
      const reportId = Number(
        db
          .prepare(
            `INSERT INTO reports (key, title, title_en, organisation, organisation_en, published, published_note, as_of, region, text)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(r.key, r.title, r.titleEn, r.organisation, r.organisationEn, r.published, r.publishedNote, r.asOf, r.region, text)
          .lastInsertRowid,
      );

      const sectionIds = new Map<string, number>();
      const insSection = db.prepare('INSERT INTO sections (report_id, key, ord, title, title_en, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)');
      bundle.sections.forEach((s, i) => {
        sectionIds.set(s.key, Number(insSection.run(reportId, s.key, i + 1, s.title, s.titleEn, s.start, s.end).lastInsertRowid));
      });

      const figureIds = new Map<string, number>();
      const insFigure = db.prepare(
        `INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind, status, qualifier, scope)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insSource = db.prepare(
        'INSERT INTO figure_sources (figure_id, quote, quote_start, quote_end, value_start, value_end) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const f of figures) {
        const id = Number(
          insFigure.run(
            reportId,
            sectionIds.get(f.section),
            f.key,
            f.label,
            f.valueText,
            f.value,
            f.unit,
            f.period,
            f.kind,
            f.status,
            f.qualifier,
            f.scope,
          ).lastInsertRowid,
        );
        insSource.run(id, f.quote, f.quoteStart, f.quoteEnd, f.valueStart, f.valueEnd);
        figureIds.set(f.key, id);
      }
      const fid = (k: string) => figureIds.get(k)!;

      const insRelation = db.prepare('INSERT INTO figure_relations (report_id, type, spec) VALUES (?, ?, ?)');
      for (const r of bundle.relations) {
        const spec =
          r.type === 'partOfTotal'
            ? { parts: r.parts.map(fid), total: fid(r.total) }
            : r.type === 'growth'
              ? { from: fid(r.from), to: fid(r.to), rate: r.rate, years: r.years }
              : { from: fid(r.from), to: fid(r.to), claim: r.claim };
        insRelation.run(reportId, r.type, JSON.stringify(spec));
      }

      const deckId = Number(
        db.prepare('INSERT INTO decks (report_id, key, title) VALUES (?, ?, ?)').run(reportId, bundle.deck.key, bundle.deck.title)
          .lastInsertRowid,
      );
      const insSlide = db.prepare(
        `INSERT INTO slides (deck_id, ord, layout, title, title_en, section_id, notes, body, chart)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insSlideFigure = db.prepare('INSERT INTO slide_figures (slide_id, figure_id, ord) VALUES (?, ?, ?)');
      const kpi = (k: { figure: string; caption: string; growth?: string }): KpiItem => ({
        figureId: fid(k.figure),
        caption: k.caption,
        ...(k.growth && { growthFigureId: fid(k.growth) }),
      });
      bundle.deck.slides.forEach((s, i) => {
        const body: SlideBody = {
          ...(s.body.subtitle !== undefined && { subtitle: s.body.subtitle }),
          ...(s.body.paragraphs && { paragraphs: s.body.paragraphs.map((p) => mapFigureRefs(p, (k) => String(fid(k)))) }),
          ...(s.body.kpis && { kpis: s.body.kpis.map(kpi) }),
          ...(s.body.columns && { columns: s.body.columns.map((c) => ({ heading: c.heading, kpis: c.kpis.map(kpi) })) }),
          ...(s.body.paraphrased && { paraphrased: s.body.paraphrased }),
        };
        const chart: ChartSpec | null = s.chart && {
          type: s.chart.type,
          title: s.chart.title,
          unit: s.chart.unit,
          series: s.chart.series.map((x) =>
            'figure' in x
              ? { figureId: fid(x.figure), label: x.label }
              : { derived: { op: x.derived.op, a: fid(x.derived.a), b: fid(x.derived.b) }, label: x.label },
          ),
          ...(s.chart.remainderLabel && { remainderLabel: s.chart.remainderLabel }),
          ...(s.chart.takeaway && { takeaway: s.chart.takeaway }),
        };
        const slideId = Number(
          insSlide.run(
            deckId,
            i + 1,
            s.layout,
            s.title,
            s.titleEn,
            s.section ? sectionIds.get(s.section) : null,
            s.notes,
            JSON.stringify(body),
            chart ? JSON.stringify(chart) : null,
          ).lastInsertRowid,
        );
        slideFigureKeys(s).forEach((k, n) => insSlideFigure.run(slideId, fid(k), n));
      });
      return reportId;
    })
    .immediate();
}
