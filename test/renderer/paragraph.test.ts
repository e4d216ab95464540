import { describe, expect, it } from 'vitest';
import { makeFigure } from './figure';
import { formatFigureFull } from '../../src/shared/format';
import type { Figure } from '../../src/shared/types';
import { paragraphBlock, resolveRuns, type ParaRun } from '../../src/shared/paragraph';

const fig = (id: number, p: Partial<Figure>): Figure => makeFigure(id, { valueText: '0', ...p });
const share = fig(11, { valueText: '60', value: 60, unit: '%', kind: 'share' });
const threshold = fig(21, { valueText: '千亿', value: 1e11, unit: '元', qualifier: '迈上' });
const figures = new Map([share, threshold].map((f) => [f.id, f]));

/** What the runs read as on the slide (a figure as formatFigureFull, a missing one as ?ref). */
const read = (runs: ParaRun[]) =>
  runs.map((r) => (r.kind === 'figure' ? `[${formatFigureFull(r.figure)}]` : r.kind === 'missing' ? `?${r.ref}` : r.text)).join('');

describe('paragraph rendering model', () => {
  it('splits a bold lead-in from its text and drops the spacing after it', () => {
    const b = paragraphBlock('**都市功能拓展区**\u3000战略性新兴产业增加值占全市{{11}}。', figures);
    expect(b.kind).toBe('lead');
    if (b.kind !== 'lead') return;
    expect(b.lead).toBe('都市功能拓展区');
    expect(read(b.runs)).toBe('战略性新兴产业增加值占全市[60%]。');
    expect(b.runs.find((r) => r.kind === 'figure')).toMatchObject({ figure: { id: 11 } });
  });

  it('does not say a figure’s qualifier twice (均迈上 + 迈上千亿元)', () => {
    expect(read(resolveRuns('产业均迈上{{21}}台阶。', figures))).toBe('产业均[迈上千亿元]台阶。');
    expect(read(resolveRuns('迈上{{21}}', figures))).toBe('[迈上千亿元]');
    expect(read(resolveRuns('达到{{21}}', figures))).toBe('达到[迈上千亿元]');
  });

  it('marks a reference to a figure the store lacks instead of dropping it', () => {
    expect(read(resolveRuns('占{{99}}，{{auto-units}}', figures))).toBe('占?99，?auto-units');
  });

  it('recognises a quotation and its speaker', () => {
    const b = paragraphBlock('“我市已形成了双轮驱动的产业体系。”——市经信委主任\u3000郭坚', figures);
    expect(b).toEqual({
      kind: 'quote',
      runs: [{ kind: 'text', text: '我市已形成了双轮驱动的产业体系。' }],
      attribution: '市经信委主任\u3000郭坚',
    });
  });

  it('keeps other paragraphs as plain runs, bold included', () => {
    const b = paragraphBlock('增加值占全市{{11}}，**增长最快**。', figures);
    expect(b.kind).toBe('plain');
    expect(b.runs.map((r) => r.kind)).toEqual(['text', 'figure', 'text', 'bold', 'text']);
    expect(paragraphBlock('**只有标题**', figures)).toEqual({ kind: 'plain', runs: [{ kind: 'bold', text: '只有标题' }] });
  });
});
