/**
 * The figures a slide shows, set in the editor: a chart picked from the report's figures (its kind from
 * the registry, its points in order), KPI cards; mixed units refused with a message naming both figures;
 * the slide's figure links follow; undo gives the slide back. Real SQLite, through the API's dispatch.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { compatible } from '../src/shared/chart-compat';
import { withResolvedTexts } from '../src/shared/figure-refs';
import { formatFigureFull } from '../src/shared/format';
import { listFigures } from '../src/main/store/figures';
import type { Handlers } from '../src/shared/api';
import type { Deck, DeckEditResult, Figure } from '../src/shared/types';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let h: Handlers;
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
  h = createHandlers(store, 'test');
});
afterEach(() => {
  store.close();
  t.cleanup();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(h, channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
async function refused(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const r = await dispatch(h, channel, payload);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error;
}
const deck = (): Deck => getDeck(store.db, 1)!;
const figures = (): Figure[] =>
  store.db.prepare('SELECT id, label, unit, kind, period, value FROM figures WHERE report_id = 1').all() as Figure[];
/** Three figures that make one chart: same unit, kind and period. */
function threeComparable(): Figure[] {
  const all = figures();
  for (const f of all) {
    const group = all.filter((g) => g.unit === f.unit && g.kind === f.kind && g.period === f.period && g.unit);
    if (group.length >= 3) return group.slice(0, 3);
  }
  throw new Error('no three comparable figures');
}
const links = (slideId: number) =>
  store.db.prepare('SELECT figure_id FROM slide_figures WHERE slide_id = ? ORDER BY ord').pluck().all(slideId) as number[];

describe('a chart built from the report’s figures', () => {
  it('puts three figures on a text slide as a bar chart, in the order picked, links them, and undo takes it away', async () => {
    const s = deck().slides.find((x) => x.layout === 'text' && !x.chart)!;
    const [a, b, c] = threeComparable();
    const series = [c, a, b].map((f) => ({ figureId: f.id, label: f.label }));
    const r = await call<DeckEditResult>('slide.update', {
      slideId: s.id,
      expectedVersion: s.version,
      patch: { chart: { type: 'hbar', title: '三项对比', series } },
    });
    const after = r.deck.slides.find((x) => x.id === s.id)!;
    expect(after.chart).toEqual({ type: 'hbar', title: '三项对比', unit: a.unit, series });
    expect(r.edit.what).toMatch(/图表/);
    expect(links(s.id).filter((id) => [a.id, b.id, c.id].includes(id))).toEqual([c.id, a.id, b.id]);
    // The figures the slide linked before (its notes, its paragraphs) stay linked.
    for (const id of s.figureIds) expect(links(s.id)).toContain(id);
    await call('deck.undo', { deckId: 1 });
    expect({ ...deck().slides.find((x) => x.id === s.id), version: 0 }).toEqual({ ...s, version: 0 });
  });

  it('reorders the points of an existing chart and changes its kind from the registry; the key message stays', async () => {
    const s = deck().slides.find((x) => x.chart?.type === 'bar' && x.chart.series.length >= 2 && x.chart.takeaway)!;
    const series = [...s.chart!.series].reverse();
    await call('slide.update', {
      slideId: s.id,
      expectedVersion: s.version,
      patch: { chart: { type: 'hbar', title: s.chart!.title, series } },
    });
    const after = deck().slides.find((x) => x.id === s.id)!;
    expect(after.chart).toMatchObject({ type: 'hbar', series, takeaway: s.chart!.takeaway, unit: s.chart!.unit });
  });

  it('refuses a chart of figures with different units, naming both, and writes nothing', async () => {
    const s = deck().slides.find((x) => x.layout === 'text')!;
    const all = figures();
    const a = all.find((f) => f.unit === '亿元')!;
    const b = all.find((f) => f.unit === '%')!;
    const before = contentHash(store.db);
    const e = await refused('slide.update', {
      slideId: s.id,
      expectedVersion: s.version,
      patch: { chart: { type: 'bar', title: '混合', series: [a, b].map((f) => ({ figureId: f.id, label: f.label })) } },
    });
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/单位不一致/);
    expect(e.message).toContain(a.label);
    expect(e.message).toContain('亿元');
    expect(contentHash(store.db)).toBe(before);
  });

  it.each([
    [{ type: 'bar', title: '空', series: [] }, /至少需要一项数据/],
    [{ type: 'bar', title: '   ', series: 'one' }, /图表标题不能为空/],
    [{ type: 'radar', title: '雷达', series: 'one' }, /图表类型/],
    [{ type: 'bar', title: '别处', series: [{ figureId: 999_999, label: '别处的数据' }] }, /不在这份报告中/],
  ])('refuses the chart %j with a message', async (chart, message) => {
    const s = deck().slides.find((x) => x.layout === 'text')!;
    const f = figures()[0];
    const patch = { chart: { ...chart, series: chart.series === 'one' ? [{ figureId: f.id, label: f.label }] : chart.series } };
    const before = contentHash(store.db);
    expect((await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch })).message).toMatch(message);
    expect(contentHash(store.db)).toBe(before);
  });

  it('removes a chart (null): the figures it linked go, the notes’ links stay', async () => {
    const s = deck().slides.find((x) => x.chart && x.chart.series.every((p) => 'figureId' in p))!;
    const charted = s.chart!.series.map((p) => ('figureId' in p ? p.figureId : 0));
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { chart: null } });
    const after = deck().slides.find((x) => x.id === s.id)!;
    expect(after.chart).toBeNull();
    const noteOnly = s.figureIds.filter((id) => !charted.includes(id) && !(s.body.kpis ?? []).some((k) => k.figureId === id));
    expect(after.figureIds).toEqual(noteOnly);
  });
});

describe('KPI cards from the report’s figures', () => {
  it('sets cards with captions, in order, and links their figures', async () => {
    const s = deck().slides.find((x) => x.layout === 'kpi')!;
    const [a, b] = figures();
    const kpis = [
      { figureId: b.id, caption: ' 第二项 ' },
      { figureId: a.id, caption: '第一项' },
    ];
    const r = await call<DeckEditResult>('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { kpis } });
    const after = r.deck.slides.find((x) => x.id === s.id)!;
    expect(after.body.kpis).toEqual([
      { figureId: b.id, caption: '第二项' },
      { figureId: a.id, caption: '第一项' },
    ]);
    expect(after.figureIds.slice(0, 2)).toEqual([b.id, a.id]);
  });

  it.each([
    [7, '', /最多 6 个指标卡/],
    [1, '  ', /说明不能为空/],
  ])('refuses %i card(s) captioned %j', async (n, caption, message) => {
    const s = deck().slides.find((x) => x.layout === 'kpi')!;
    const kpis = figures()
      .slice(0, n)
      .map((f) => ({ figureId: f.id, caption: caption || f.label }));
    const before = contentHash(store.db);
    expect((await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { kpis } })).message).toMatch(message);
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('which figures the picker offers for one chart', () => {
  const f = (o: Partial<Figure>) => ({ id: 1, label: '工业增加值', unit: '亿元', kind: 'level', period: '2015年', value: 1, ...o });
  it('the same unit, kind and period, or the same subject over time', () => {
    expect(compatible(f({}), f({ label: '利润' }))).toBe(true);
    expect(compatible(f({}), f({ period: '2010年' }))).toBe(true);
    expect(compatible(f({}), f({ label: '利润', period: '2010年' }))).toBe(false);
    expect(compatible(f({}), f({ unit: '%' }))).toBe(false);
    expect(compatible(f({}), f({ kind: 'growth' }))).toBe(false);
  });
});

describe('new slides', () => {
  it.each([
    ['blank', 'text', '新幻灯片', /新增空白页/],
    ['section', 'section', '新章节', /新增章节页/],
  ])('adds a %s slide right after the given one, in its section; undo removes it', async (kind, layout, title, what) => {
    const before = deck();
    const after = before.slides[3];
    const r = await call<DeckEditResult>('slide.add', { afterSlideId: after.id, expectedVersion: after.version, kind });
    expect(r.edit.what).toMatch(what);
    const added = r.deck.slides[4];
    expect(added).toMatchObject({ layout, title, sectionId: after.sectionId, chart: null, figureIds: [], hidden: false });
    expect(r.deck.slides.filter((s) => s.id !== added.id).map((s) => s.id)).toEqual(before.slides.map((s) => s.id));
    await call('deck.undo', { deckId: 1 });
    expect(deck().slides.map((s) => s.id)).toEqual(before.slides.map((s) => s.id));
  });

  it('refuses to add after a slide another window changed meanwhile', async () => {
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '别的窗口改过' } });
    const before = contentHash(store.db);
    expect((await refused('slide.add', { afterSlideId: s.id, expectedVersion: s.version, kind: 'blank' })).code).toBe('CONFLICT');
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('figure references in a slide’s own texts', () => {
  it('a title, key message and notes may name figures as {{id}}: linked to the slide, shown with the current value', async () => {
    const s = deck().slides.find((x) => x.chart?.takeaway)!;
    const [a, b] = figures();
    const title = `工业增加值达到{{${a.id}}}`;
    const r = await call<DeckEditResult>('slide.update', {
      slideId: s.id,
      expectedVersion: s.version,
      patch: { title, takeaway: `增长{{${b.id}}}`, notes: `讲到{{${a.id}}}时停顿` },
    });
    const after = r.deck.slides.find((x) => x.id === s.id)!;
    expect(after.title).toBe(title);
    expect(after.figureIds).toContain(a.id);
    expect(after.figureIds).toContain(b.id);
    const all = new Map(listFigures(store.db, 1).map((f) => [f.id, f]));
    const shown = withResolvedTexts(after, all);
    expect(shown.title).toBe(`工业增加值达到${formatFigureFull(all.get(a.id)!)}`);
    expect(shown.stored?.title).toBe(title);
    // A correction of the figure shows in the title at once (it is resolved when shown, never copied).
    const f = all.get(a.id)!;
    await call('figure.update', { figureId: f.id, expectedVersion: f.version, patch: { valueText: '9999' }, reason: '核对原件' });
    const corrected = new Map(listFigures(store.db, 1).map((x) => [x.id, x]));
    expect(withResolvedTexts(after, corrected).title).toContain('9999');
  });

  it('refuses a reference to a figure not in the report, and writes nothing', async () => {
    const s = deck().slides[1];
    const before = contentHash(store.db);
    const e = await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { notes: '见{{999999}}' } });
    expect(e.message).toMatch(/数据项 999999 不在这份报告中/);
    expect(contentHash(store.db)).toBe(before);
  });

  it('an edit that changes no figure leaves the slide’s links as they were, order and all', async () => {
    const s = deck().slides.find((x) => x.figureIds.length > 2)!;
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '只改标题' } });
    expect(deck().slides.find((x) => x.id === s.id)!.figureIds).toEqual(s.figureIds);
  });
});
