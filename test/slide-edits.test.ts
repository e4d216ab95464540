/**
 * Editing slides: versioned edits on real SQLite files, validation with messages that name the problem,
 * the deck's history with undo/redo, a stale edit from a second window refused, and the hub following.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../src/shared/api';
import type { Deck, DeckEditResult, SlidePatch } from '../src/shared/types';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import {
  historyState,
  listSlideEdits,
  moveSlide,
  patchRow,
  redoDeck,
  undoDeck,
  updateSlide,
  type SlideRowState,
} from '../src/main/store/slide-edits';
import { reduce, INITIAL_PRESENTATION } from '../src/shared/presentation';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let hub: PresentationHub;
let h: Handlers;
let path: string;
beforeEach(() => {
  t = tempDir();
  path = join(t.dir, 's.sqlite');
  store = openStore(path, { seedBundles: SEED, dailyBackup: false });
  hub = new PresentationHub();
  h = createHandlers(store, 'test', hub);
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
const titles = (d: Deck = deck()) => d.slides.map((s) => s.title);

describe('editing a slide', () => {
  it('changes title, subtitle, key message and notes, bumps the version and keeps it after reopening the file', async () => {
    const chart = deck().slides.find((s) => s.chart)!;
    const others = deck().slides.filter((s) => s.id !== chart.id);
    const r = await call<DeckEditResult>('slide.update', {
      slideId: chart.id,
      expectedVersion: chart.version,
      patch: { title: '  新标题  ', subtitle: '新副标题', takeaway: '新要点', notes: '新讲稿' },
    });
    expect(r.edit).toMatchObject({ kind: 'edit', what: expect.stringMatching(/标题、副标题、要点、讲稿/) });
    expect(r.canUndo).toBe(true);
    store.close();
    store = openStore(path, { dailyBackup: false });
    const after = deck().slides.find((s) => s.id === chart.id)!;
    expect(after).toMatchObject({ title: '新标题', notes: '新讲稿', version: chart.version + 1, body: { subtitle: '新副标题' } });
    expect(after.chart?.takeaway).toBe('新要点');
    // Only this slide changed.
    expect(deck().slides.filter((s) => s.id !== chart.id)).toEqual(others);
  });

  it.each([
    [{ title: '   ' }, /标题不能为空/],
    [{ title: '一\n二' }, /不允许的字符 U\+000A/],
    [{ notes: '字'.repeat(10_001) }, /讲稿过长.*10000/],
    [{ layout: 'poster' }, /未知的幻灯片版式“poster”/],
    [{}, /没有任何改动/],
  ])('refuses %j with a message that names the problem, and writes nothing', async (patch, message) => {
    const s = deck().slides[1];
    const before = contentHash(store.db);
    const e = await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch });
    expect(e.message).toMatch(message);
    expect(contentHash(store.db)).toBe(before);
  });

  it('refuses a key message on a slide without a chart (the store checks, not only the door)', async () => {
    const s = deck().slides.find((x) => !x.chart)!;
    const e = await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { takeaway: '要点' } });
    expect(e).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/没有图表/) });
  });

  it('accepts notes of exactly 10,000 characters', async () => {
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { notes: '字'.repeat(10_000) } });
    expect(deck().slides[1].notes).toHaveLength(10_000);
  });

  it('a stale edit from a second window is refused as a conflict and loses nothing', async () => {
    const s = deck().slides[2];
    // Two windows opened the same slide at the same version; the first saves.
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '窗口一的标题' } });
    const before = contentHash(store.db);
    const e = await refused('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '窗口二的标题' } });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/已在别处修改/);
    expect(contentHash(store.db)).toBe(before);
    expect(deck().slides[2].title).toBe('窗口一的标题');
    // A second store handle on the same file (another process) is refused the same way.
    const other = openStore(path, { dailyBackup: false });
    const h2 = createHandlers(other, 'test');
    const r = await dispatch(h2, 'slide.move', { slideId: s.id, expectedVersion: s.version, toIndex: 0 });
    other.close();
    expect(r.ok ? 'ok' : r.error.code).toBe('CONFLICT');
  });
});

describe('reordering, duplicating, deleting', () => {
  it('moves a slide and renumbers the rest, and undo puts it back', async () => {
    const before = titles();
    const s = deck().slides[3];
    await call('slide.move', { slideId: s.id, expectedVersion: s.version, toIndex: 1 });
    const expected = [...before];
    expected.splice(3, 1);
    expected.splice(1, 0, before[3]);
    expect(titles()).toEqual(expected);
    expect(deck().slides.map((x) => x.ord)).toEqual(before.map((_, i) => i + 1));
    await call('deck.undo', { deckId: 1 });
    expect(titles()).toEqual(before);
  });

  it('duplicates a slide right after itself, with its figures; undo removes the copy', async () => {
    const s = deck().slides.find((x) => x.figureIds.length > 0)!;
    const at = deck().slides.findIndex((x) => x.id === s.id);
    const r = await call<DeckEditResult>('slide.duplicate', { slideId: s.id, expectedVersion: s.version });
    const copy = r.deck.slides[at + 1];
    expect(copy.id).not.toBe(s.id);
    expect({ ...copy, id: 0, ord: 0, version: 0 }).toEqual({ ...s, id: 0, ord: 0, version: 0 });
    await call('deck.undo', { deckId: 1 });
    expect(titles()).toEqual(titles(r.deck).filter((_, i) => i !== at + 1));
    expect(deck().slides.find((x) => x.id === copy.id)).toBeUndefined();
    expect(store.db.prepare('SELECT count(*) FROM slide_figures WHERE slide_id = ?').pluck().get(copy.id)).toBe(0);
  });

  it('deletes a slide with its figure links; undo restores it exactly where it was', async () => {
    const original = deck();
    const s = original.slides[2];
    const r = await call<DeckEditResult>('slide.delete', { slideId: s.id, expectedVersion: s.version });
    expect(r.deck.slides).toHaveLength(original.slides.length - 1);
    expect(r.edit.what).toContain(s.title);
    await call('deck.undo', { deckId: 1 });
    const back = deck();
    expect(back.slides.map((x) => ({ ...x, version: 0 }))).toEqual(original.slides.map((x) => ({ ...x, version: 0 })));
  });

  it('refuses to delete the last slide: 至少保留一页', async () => {
    const slides = deck().slides;
    for (const s of slides.slice(1))
      await call('slide.delete', { slideId: s.id, expectedVersion: deck().slides.find((x) => x.id === s.id)!.version });
    const last = deck().slides[0];
    const before = contentHash(store.db);
    const e = await refused('slide.delete', { slideId: last.id, expectedVersion: last.version });
    expect(e).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('至少保留一页') });
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('undo and redo over the deck history', () => {
  it('undo walks back newest first, redo walks forward, a new edit ends redo', async () => {
    const v0 = titles();
    const s = deck().slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '甲' } });
    await call('slide.update', { slideId: s.id, expectedVersion: s.version + 1, patch: { title: '乙' } });
    expect(deck().slides[1].title).toBe('乙');
    let r = await call<DeckEditResult>('deck.undo', { deckId: 1 });
    expect(r.deck.slides[1].title).toBe('甲');
    expect(r.edit).toMatchObject({ kind: 'undo', what: expect.stringMatching(/^撤销：/) });
    r = await call<DeckEditResult>('deck.undo', { deckId: 1 });
    expect(titles(r.deck)).toEqual(v0);
    expect(r.canUndo).toBe(false);
    expect((await refused('deck.undo', { deckId: 1 })).message).toMatch(/没有可以撤销/);
    r = await call<DeckEditResult>('deck.redo', { deckId: 1 });
    expect(r.deck.slides[1].title).toBe('甲');
    r = await call<DeckEditResult>('deck.redo', { deckId: 1 });
    expect(r.deck.slides[1].title).toBe('乙');
    expect(r.canRedo).toBe(false);
    r = await call<DeckEditResult>('deck.undo', { deckId: 1 });
    expect(r.deck.slides[1].title).toBe('甲');
    // A new edit after an undo: nothing left to redo.
    const now = deck().slides[1];
    r = await call<DeckEditResult>('slide.update', { slideId: now.id, expectedVersion: now.version, patch: { notes: '新' } });
    expect(r.canRedo).toBe(false);
    expect((await refused('deck.redo', { deckId: 1 })).message).toMatch(/没有可以重做/);
    // Versions only go up: a window holding a version from before the undo is still refused.
    expect(deck().slides[1].version).toBeGreaterThan(s.version + 3);
  });

  it('any sequence of edits undone completely gives back the original deck (property)', async () => {
    const original = deck().slides.map((x) => ({ ...x, version: 0 }));
    const op = fc.oneof(
      fc.record({ type: fc.constant('title' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({ type: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ type: fc.constant('dup' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('del' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('hide' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        let done = 0;
        for (const o of ops) {
          const slides = deck().slides;
          const s = slides[o.at % slides.length];
          const base = { slideId: s.id, expectedVersion: s.version };
          const req =
            o.type === 'title'
              ? ['slide.update', { ...base, patch: { title: o.text } }]
              : o.type === 'move'
                ? ['slide.move', { ...base, toIndex: o.to % slides.length }]
                : o.type === 'dup'
                  ? ['slide.duplicate', base]
                  : o.type === 'del'
                    ? ['slide.delete', base]
                    : ['slide.update', { ...base, patch: { hidden: !s.hidden } }];
          const r = await dispatch(h, req[0] as string, req[1]);
          if (r.ok) done++;
          else expect(r.error.code).toBe('BAD_REQUEST'); // no change, or a blank title
        }
        for (let i = 0; i < done; i++) await call('deck.undo', { deckId: 1 });
        expect(deck().slides.map((x) => ({ ...x, version: 0 }))).toEqual(original);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the windows follow', () => {
  it('an edit of the shown deck bumps deckRev; the current slide stays the same slide wherever it moves', async () => {
    const d = deck();
    hub.act({ type: 'open', deckId: 1, total: d.slides.length, index: 2 });
    const seen: number[] = [];
    hub.subscribe((s) => seen.push(s.deckRev));
    const s = d.slides[2];
    await call('slide.move', { slideId: s.id, expectedVersion: s.version, toIndex: 5 });
    expect(hub.current).toMatchObject({ index: 5, deckRev: 1 });
    expect(seen).toEqual([1]);
    const before = d.slides[0];
    await call('slide.delete', { slideId: before.id, expectedVersion: before.version });
    expect(hub.current).toMatchObject({ index: 4, total: d.slides.length - 1, deckRev: 2 });
  });

  it('hidden slides are skipped by next and previous, and stay in the deck', async () => {
    const d = deck();
    hub.act({ type: 'open', deckId: 1, total: d.slides.length, index: 0 });
    const s = d.slides[1];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { hidden: true } });
    expect(hub.current.hidden).toEqual([1]);
    expect((await call<{ index: number }>('present.act', { action: { type: 'next' } })).index).toBe(2);
    expect((await call<{ index: number }>('present.act', { action: { type: 'prev' } })).index).toBe(0);
    // The editor may still go to it.
    expect((await call<{ index: number }>('present.act', { action: { type: 'goto', index: 1 } })).index).toBe(1);
    // A window opening the deck anew hears of the hidden slide from the store, not from itself.
    hub.reset();
    const r = await call<{ hidden: number[] }>('present.act', { action: { type: 'open', deckId: 1, total: d.slides.length } });
    expect(r.hidden).toEqual([1]);
    expect(deck().slides[1].hidden).toBe(true);
  });

  it('a slide set to build is stored, undoable, and stepped through by the hub; the store names the steps, never a window', async () => {
    const d = deck();
    // The KPI slide (slide 4, after the title, the agenda and the 01 divider); the hub on the divider before it.
    hub.act({ type: 'open', deckId: 1, total: d.slides.length, index: 2 });
    const kpi = d.slides[3];
    expect(kpi.layout).toBe('kpi');
    await call('slide.update', { slideId: kpi.id, expectedVersion: kpi.version, patch: { build: 'items' } });
    expect(deck().slides[3].body.build).toBe('items');
    expect(hub.current.steps[3]).toBe(kpi.body.kpis!.length);
    const steps: number[][] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call<{ index: number; step: number }>('present.act', { action: { type: 'next' } });
      steps.push([r.index, r.step]);
    }
    expect(steps).toEqual([
      [3, 0],
      [3, 1],
      [3, 2],
    ]);
    // A window cannot name steps of its own: the hub takes them from the store.
    hub.reset();
    expect(await refused('present.act', { action: { type: 'open', deckId: 1, total: d.slides.length, steps: [9] } })).toMatchObject({
      code: 'BAD_REQUEST',
    });
    const opened = await call<{ steps: number[] }>('present.act', { action: { type: 'open', deckId: 1, total: d.slides.length } });
    expect(opened.steps[3]).toBe(kpi.body.kpis!.length);
    // Unknown build modes are refused at the door; undo takes the build away.
    const now = deck().slides[3];
    expect((await refused('slide.update', { slideId: now.id, expectedVersion: now.version, patch: { build: 'fly-in' } })).code).toBe(
      'BAD_REQUEST',
    );
    await call('deck.undo', { deckId: 1 });
    expect(deck().slides[3].body.build).toBeUndefined();
    expect(hub.current.steps[3]).toBe(0);
  });

  it('with every slide hidden, next, previous, first and last stay where they are', () => {
    const s = reduce(INITIAL_PRESENTATION, { type: 'open', deckId: 1, total: 3, index: 1, hidden: [0, 1, 2] });
    for (const type of ['first', 'last', 'next', 'prev'] as const) expect(reduce(s, { type }).index, type).toBe(1);
  });

  it('next and previous never land on a hidden slide, whatever is hidden (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat(29)),
        fc.nat(29),
        fc.constantFrom('next', 'prev', 'first', 'last'),
        (total, hiddenRaw, at, type) => {
          const hidden = [...new Set(hiddenRaw.filter((i) => i < total))];
          const s = reduce(INITIAL_PRESENTATION, { type: 'open', deckId: 1, total, index: at % total, hidden });
          const n = reduce(s, { type: type as 'next' });
          if (n.index !== s.index) expect(hidden).not.toContain(n.index);
          if (type === 'next' && n.index === s.index) for (let i = s.index + 1; i < total; i++) expect(hidden).toContain(i);
        },
      ),
    );
  });
});

describe('what the store checks in a slide edit (patchRow)', () => {
  const row = (chart: object | null = { type: 'bar', takeaway: '旧要点' }): SlideRowState => ({
    id: 1,
    ord: 1,
    layout: 'chart',
    title: '旧标题',
    titleEn: 'Old',
    sectionId: null,
    notes: '旧讲稿',
    body: JSON.stringify({ subtitle: '旧副标题', paragraphs: ['正文'] }),
    chart: chart && JSON.stringify(chart),
    hidden: 0,
    version: 3,
    figures: [[7, 1]],
  });
  const refused = (patch: SlidePatch, r = row()) => {
    try {
      patchRow(r, patch);
    } catch (e) {
      expect((e as { code?: string }).code).toBe('BAD_EDIT');
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('writes the trimmed fields and keeps everything it was not asked to change', () => {
    const next = patchRow(row(), { title: '  新标题 ', subtitle: ' 新副标题 ', takeaway: ' 新要点 ', notes: ' 讲稿不修剪 ' });
    expect(next).toMatchObject({ title: '新标题', notes: ' 讲稿不修剪 ', titleEn: 'Old', layout: 'chart', hidden: 0, version: 3 });
    expect(JSON.parse(next.body)).toEqual({ subtitle: '新副标题', paragraphs: ['正文'] });
    expect(JSON.parse(next.chart!)).toEqual({ type: 'bar', takeaway: '新要点' });
    expect(next.figures).toEqual([[7, 1]]);
    expect(patchRow(row(), {})).toEqual(row());
  });

  it('an emptied subtitle or key message is removed, not stored blank', () => {
    const next = patchRow(row(), { subtitle: '  ', takeaway: '' });
    expect(JSON.parse(next.body)).toEqual({ paragraphs: ['正文'] });
    expect(JSON.parse(next.chart!)).toEqual({ type: 'bar' });
  });

  it('a title must be there, one line, and at most 200 characters', () => {
    expect(refused({ title: '   ' })).toBe('标题不能为空：请填写这一页的标题');
    expect(patchRow(row(), { title: '题'.repeat(200) }).title).toHaveLength(200);
    expect(refused({ title: '题'.repeat(201) })).toBe('标题过长（201 字，最多 200 字）');
    for (const c of ['\n', '\u001f', '\u007f']) expect(refused({ title: `上${c}下` })).toBe('标题不能包含换行或控制字符');
    expect(patchRow(row(), { title: '上 下' }).title).toBe('上 下');
  });

  it('a subtitle and a key message take at most 300 characters, notes 10,000', () => {
    expect(JSON.parse(patchRow(row(), { subtitle: '副'.repeat(300) }).body).subtitle).toHaveLength(300);
    expect(refused({ subtitle: '副'.repeat(301) })).toBe('副标题过长（301 字，最多 300 字）');
    expect(JSON.parse(patchRow(row(), { takeaway: '要'.repeat(300) }).chart!).takeaway).toHaveLength(300);
    expect(refused({ takeaway: '要'.repeat(301) })).toBe('要点过长（301 字，最多 300 字）');
    expect(refused({ notes: '讲'.repeat(10_001) })).toMatch(/^讲稿过长（10001 字，最多 10000 字）/);
  });

  it('a slide without a chart takes no key message, but clearing one is fine', () => {
    expect(refused({ takeaway: '要点' }, row(null))).toMatch(/这一页没有图表/);
    const next = patchRow(row(null), { takeaway: ' ' });
    expect(next.chart).toBeNull();
  });

  it('a layout must be one the app draws; hidden is stored as 1 or 0', () => {
    expect(refused({ layout: 'spiral' as never })).toMatch(/spiral/);
    expect(patchRow(row(), { layout: 'text' }).layout).toBe('text');
    expect(patchRow(row(), { hidden: true }).hidden).toBe(1);
    expect(patchRow({ ...row(), hidden: 1 }, { hidden: false }).hidden).toBe(0);
  });
});

describe('the deck history says what each edit did', () => {
  const whats = () => listSlideEdits(store.db, 1).map((e) => e.what);

  it('names the page (1-based) and the fields, for every kind of edit, undo and redo', async () => {
    const s = () => deck().slides[2];
    await call('slide.update', { slideId: s().id, expectedVersion: s().version, patch: { hidden: true } });
    await call('slide.update', { slideId: s().id, expectedVersion: s().version, patch: { hidden: false } });
    await call('slide.update', { slideId: s().id, expectedVersion: s().version, patch: { title: '新', layout: 'text', notes: undefined } });
    await call('slide.update', { slideId: s().id, expectedVersion: s().version, patch: { hidden: true, subtitle: '副' } });
    await call('slide.move', { slideId: s().id, expectedVersion: s().version, toIndex: 0 });
    const first = deck().slides[0];
    await call('slide.duplicate', { slideId: first.id, expectedVersion: first.version });
    await call('slide.delete', { slideId: deck().slides[1].id, expectedVersion: deck().slides[1].version });
    await call('deck.undo', { deckId: 1 });
    await call('deck.redo', { deckId: 1 });
    await call('deck.undo', { deckId: 1 });
    expect(whats().reverse()).toEqual([
      '隐藏第 3 页',
      '显示第 3 页',
      '修改第 3 页的标题、版式',
      '修改第 3 页的副标题、隐藏',
      '将第 3 页移到第 1 页',
      '复制第 1 页',
      '删除第 2 页《新》',
      '撤销：删除第 2 页《新》',
      '重做：删除第 2 页《新》',
      '撤销：删除第 2 页《新》',
    ]);
    expect(listSlideEdits(store.db, 1).map((e) => e.kind)).toEqual([
      'undo',
      'redo',
      'undo',
      'edit',
      'edit',
      'edit',
      'edit',
      'edit',
      'edit',
      'edit',
    ]);
  });

  /** The store's own refusal (the API's schema would stop some of these at the door). */
  const storeRefusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return { code: (e as { code?: string }).code, message: (e as Error).message };
    }
    throw new Error('accepted');
  };

  it('moves only within the deck, and not onto its own place (the store checks, not only the door)', async () => {
    const d = deck();
    const s = d.slides[1];
    for (const toIndex of [-1, d.slides.length, 1.5])
      expect(
        storeRefusal(() => moveSlide(store.db, s.id, s.version, toIndex)),
        String(toIndex),
      ).toMatchObject({ code: 'BAD_EDIT' });
    expect(storeRefusal(() => moveSlide(store.db, s.id, s.version, -1)).message).toBe(
      `无法移动到第 0 页：这份简报共 ${d.slides.length} 页`,
    );
    expect(storeRefusal(() => moveSlide(store.db, s.id, s.version, 1)).message).toBe('这一页已在该位置');
    moveSlide(store.db, s.id, s.version, 0);
    const first = deck().slides[0];
    moveSlide(store.db, first.id, first.version, d.slides.length - 1);
    expect(deck().slides.at(-1)!.id).toBe(s.id);
  });

  it('an edit of a slide that is gone is NOT_FOUND; an edit that changes nothing is refused', () => {
    expect(storeRefusal(() => updateSlide(store.db, 99_999, 1, { title: 'x' }))).toEqual({
      code: 'NOT_FOUND',
      message: '幻灯片 99999 不存在（可能已被删除）：请刷新',
    });
    const s = deck().slides[0];
    expect(storeRefusal(() => updateSlide(store.db, s.id, s.version, { title: s.title }))).toEqual({
      code: 'BAD_EDIT',
      message: '没有任何改动',
    });
    expect(storeRefusal(() => undoDeck(store.db, 1))).toEqual({ code: 'BAD_EDIT', message: '没有可以撤销的修改' });
    expect(storeRefusal(() => redoDeck(store.db, 1))).toEqual({ code: 'BAD_EDIT', message: '没有可以重做的修改' });
  });

  it('undo refuses, naming the edit, when the slide was changed since behind its back', async () => {
    const s = deck().slides[0];
    await call('slide.update', { slideId: s.id, expectedVersion: s.version, patch: { title: '甲' } });
    store.db.prepare("UPDATE slides SET title = '别处' WHERE id = ?").run(s.id);
    const before = contentHash(store.db);
    expect(await refused('deck.undo', { deckId: 1 })).toMatchObject({
      code: 'CONFLICT',
      message: '幻灯片已在别处改动，无法撤销“修改第 1 页的标题”',
    });
    expect(contentHash(store.db)).toBe(before);
    expect(historyState(store.db, 1)).toEqual({ canUndo: true, canRedo: false });
  });
});
