/**
 * Consistency checks over a report's figures and slides. Pure: the data view and the presenter view both
 * show the result. Each finding names the figures involved and says what is wrong in plain words.
 */
import { formatFigure } from './format';
import { isTimeExpression } from './periods';
import { rewordedClaims } from './wording';
import { convert, convertible } from './units';
import type { Figure, Slide } from './types';
import { quote } from './quotes';

/** Relations the report states between figures, resolved to figure ids. */
export type Relation =
  | { type: 'partOfTotal'; parts: number[]; total: number }
  | { type: 'growth'; from: number; to: number; rate: number; years: number }
  | { type: 'multiple'; from: number; to: number; claim: number };

export interface Finding {
  code:
    | 'quote-mismatch'
    | 'share-over-100'
    | 'parts-exceed-total'
    | 'growth-mismatch'
    | 'multiple-mismatch'
    | 'stale-notes'
    | 'period-not-time'
    | 'reworded-claim';
  severity: 'error' | 'warning';
  figureIds: number[];
  slideIds?: number[];
  message: string;
  /** stale-notes: the old value the notes still state, which the one-click fix replaces with the figure's reference. */
  stale?: string;
}

const MULTIPLE_NAMES: Record<number, string> = { 2: '翻一番', 4: '翻两番', 8: '翻三番' };

export function checkReport(text: string, figures: Figure[], slides: Slide[], relations: Relation[]): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  const show = (f: Figure) => `${quote(f.label)}（${formatFigure(f)}）`;

  for (const f of figures) {
    const source = text.slice(f.valueStart, f.valueEnd);
    if (source !== f.valueText)
      out.push({
        code: 'quote-mismatch',
        severity: 'warning',
        figureIds: [f.id],
        message: `${show(f)}与原文不一致：原文写作“${source}”，引句不再包含现在的数值`,
      });
    if (f.kind === 'share' && ((f.unit === '%' && f.value > 100) || (f.unit === '' && f.value > 1)))
      out.push({ code: 'share-over-100', severity: 'error', figureIds: [f.id], message: `${show(f)}是占比，却超过了100%` });
    if (!isTimeExpression(f.period))
      out.push({
        code: 'period-not-time',
        severity: 'warning',
        figureIds: [f.id],
        message: `${show(f)}的时期写作“${f.period}”，不是时间：时期应写成 2015年、1-7月、“十三五”时期 这样的时间`,
      });
  }

  for (const r of relations) {
    if (r.type === 'partOfTotal') {
      const total = byId.get(r.total);
      const parts = r.parts.map((id) => byId.get(id));
      if (!total || parts.some((p) => !p)) continue;
      const unit = total.unit;
      if (!parts.every((p) => convertible(p!.unit, unit))) continue;
      const sum = parts.reduce((s, p) => s + convert(p!.value, p!.unit, unit), 0);
      if (sum > total.value + 1e-9)
        out.push({
          code: 'parts-exceed-total',
          severity: 'error',
          figureIds: [...r.parts, r.total],
          message: `${parts.map((p) => show(p!)).join('、')}合计超过了${show(total)}`,
        });
    } else {
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      if (!from || !to || !convertible(from.unit, to.unit)) continue;
      const ratio = to.value / convert(from.value, from.unit, to.unit);
      if (r.type === 'growth') {
        const implied = (Math.pow(ratio, 1 / r.years) - 1) * 100;
        if (Math.abs(implied - r.rate) > 0.5)
          out.push({
            code: 'growth-mismatch',
            severity: 'warning',
            figureIds: [r.from, r.to],
            message: `由${show(from)}到${show(to)}，${r.years}年年均增长约${implied.toFixed(1)}%，与所称${r.rate}%不符`,
          });
      } else if (ratio < r.claim * 0.95 || ratio >= r.claim * 2) {
        out.push({
          code: 'multiple-mismatch',
          severity: 'warning',
          figureIds: [r.from, r.to],
          message: `${show(to)}是${show(from)}的${ratio.toFixed(2)}倍，与“${MULTIPLE_NAMES[r.claim] ?? `${r.claim}倍`}”不符`,
        });
      }
    }
  }

  // Notes are free text: after a correction they may still state the old value.
  for (const s of slides) {
    for (const id of s.figureIds) {
      const f = byId.get(id);
      if (!f) continue;
      const source = text.slice(f.valueStart, f.valueEnd);
      if (source === f.valueText) continue;
      const old = source + (f.kind === 'multiple' ? '' : f.unit);
      if (s.notes.includes(old) && !s.notes.includes(formatFigure(f)))
        out.push({
          code: 'stale-notes',
          severity: 'warning',
          figureIds: [id],
          slideIds: [s.id],
          message: `第${s.ord}页${quote(s.title)}的讲稿仍写作“${old}”，而数据已改为“${formatFigure(f)}”`,
          stale: old,
        });
    }
  }

  const FIELD_NAMES = { title: '标题', subtitle: '副标题', takeaway: '要点', paragraphs: '正文' } as const;
  for (const c of rewordedClaims(text, slides, figures))
    out.push({
      code: 'reworded-claim',
      severity: 'warning',
      figureIds: [],
      slideIds: [c.slideId],
      message: `第${c.ord}页的${FIELD_NAMES[c.field]}改写了原文：“${c.clauses.join('”“')}”在报告中找不到。请用原文的说法，或标明为概括`,
    });
  return out;
}
