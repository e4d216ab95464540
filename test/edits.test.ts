/** Correcting figures: validation, audit history, undo, conflicts, read-only stores, and the checks that follow. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../src/shared/api';
import type { Finding } from '../src/shared/checks';
import type { Figure, FigureEdit } from '../src/shared/types';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { openStore, type Store } from '../src/main/store';
import { undoEdit, updateFigure, validatePatch } from '../src/main/store/edits';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let h: Handlers;
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'e.sqlite'), { seedBundles: SEED });
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
const figure = async (key: string) => (await call<Figure[]>('figure.list', { reportId: 1 })).find((f) => f.key === key)!;

describe('editing a figure', () => {
  it('changes the value, records old, new, when and why, and bumps the version', async () => {
    const f = await figure('scale-profit');
    const edit = await call<FigureEdit>('figure.update', {
      figureId: f.id,
      expectedVersion: f.version,
      patch: { valueText: '1390' },
      reason: '据年报更正',
    });
    expect(edit).toMatchObject({ figureId: f.id, reason: '据年报更正', old: { valueText: '1380' }, new: { valueText: '1390' } });
    expect(Date.parse(edit.at)).toBeGreaterThan(Date.now() - 60_000);
    const after = await figure('scale-profit');
    expect(after).toMatchObject({ valueText: '1390', value: 1390, version: f.version + 1 });
    // The source span is untouched: the figure still points at what the report said.
    expect(after.quote).toBe(f.quote);
    const history = await call<FigureEdit[]>('figure.history', { reportId: 1, figureId: f.id });
    expect(history.map((e) => e.id)).toEqual([edit.id]);
  });

  it.each([
    [{ valueText: 'abc' }, /无法识别/],
    [{ valueText: '' }, /无法识别/],
    [{ unit: '磅' }, /未知的单位“磅”/],
    [{ label: '   ' }, /名称不能为空/],
    [{ period: '' }, /时期不能为空/],
    [{}, /没有任何改动/],
  ])('refuses %j with a message that names the problem, and writes nothing', async (patch, message) => {
    const f = await figure('scale-profit');
    const before = contentHash(store.db);
    await expect(call('figure.update', { figureId: f.id, expectedVersion: f.version, patch, reason: '测试' })).rejects.toThrow(message);
    expect(contentHash(store.db)).toBe(before);
  });

  it('requires a reason', async () => {
    const f = await figure('scale-profit');
    await expect(call('figure.update', { figureId: f.id, expectedVersion: 1, patch: { valueText: '1' }, reason: '  ' })).rejects.toThrow(
      /修改原因/,
    );
  });

  it('refuses a stale edit with a conflict instead of overwriting', async () => {
    const f = await figure('auto-units');
    await call('figure.update', { figureId: f.id, expectedVersion: f.version, patch: { valueText: '304' }, reason: '第一位同事' });
    const err = await call('figure.update', {
      figureId: f.id,
      expectedVersion: f.version,
      patch: { valueText: '310' },
      reason: '第二位同事',
    }).catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: 'CONFLICT' });
    expect((err as Error).message).toMatch(/已被他人修改/);
    expect((await figure('auto-units')).valueText).toBe('304');
  });
});

describe('undo', () => {
  it('restores the previous value and records the undo in the history', async () => {
    const f = await figure('industrial-output');
    const edit = await call<FigureEdit>('figure.update', {
      figureId: f.id,
      expectedVersion: f.version,
      patch: { valueText: '2.46' },
      reason: '误改',
    });
    const undo = await call<FigureEdit>('edit.undo', { editId: edit.id });
    expect(undo).toMatchObject({ undoes: edit.id, new: { valueText: '2.45' }, reason: '撤销：误改' });
    expect(await figure('industrial-output')).toMatchObject({ valueText: '2.45', value: 2.45, version: f.version + 2 });
    const history = await call<FigureEdit[]>('figure.history', { reportId: 1 });
    expect(history.map((e) => e.id)).toEqual([undo.id, edit.id]);
    expect(history[1].undoneBy).toBe(undo.id);
    await expect(call('edit.undo', { editId: edit.id })).rejects.toThrow(/已经撤销/);
  });

  it('only undoes the newest edit of a figure', async () => {
    const f = await figure('industrial-output');
    const first = await call<FigureEdit>('figure.update', {
      figureId: f.id,
      expectedVersion: 1,
      patch: { valueText: '2.46' },
      reason: 'a',
    });
    await call('figure.update', { figureId: f.id, expectedVersion: 2, patch: { valueText: '2.47' }, reason: 'b' });
    await expect(call('edit.undo', { editId: first.id })).rejects.toThrow(/最近的一次修改/);
  });
});

describe('a read-only store', () => {
  it('can be viewed but says why it cannot save', async () => {
    const path = store.path;
    store.close();
    store = openStore(path, { readOnly: true });
    h = createHandlers(store, 'test');
    const f = await figure('scale-profit');
    const err = await call('figure.update', { figureId: f.id, expectedVersion: 1, patch: { valueText: '1' }, reason: 'x' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'READ_ONLY' });
    expect((err as Error).message).toMatch(/只读/);
  });
});

describe('consistency checks', () => {
  const findings = () => call<Finding[]>('checks.list', { reportId: 1 });

  it('find nothing wrong in the bundled report', async () => {
    expect(await findings()).toEqual([]);
  });

  it('flag a quote that no longer contains its value, and notes that still state the old value', async () => {
    const f = await figure('scale-profit');
    await call('figure.update', { figureId: f.id, expectedVersion: 1, patch: { valueText: '1390' }, reason: '测试' });
    const found = await findings();
    expect(found.map((x) => x.code).sort()).toEqual(['quote-mismatch', 'stale-notes']);
    expect(found.find((x) => x.code === 'quote-mismatch')!.message).toContain('原文写作“1380”');
    expect(found.find((x) => x.code === 'stale-notes')!.message).toMatch(/讲稿仍写作“1380亿元”.*1390亿元/);
  });

  it('flag a share above 100% and new items that exceed their total', async () => {
    const share = await figure('electromech-trade-share');
    await call('figure.update', { figureId: share.id, expectedVersion: 1, patch: { valueText: '178' }, reason: '测试' });
    const added = await figure('famous-trademarks-new');
    await call('figure.update', { figureId: added.id, expectedVersion: 1, patch: { valueText: '188' }, reason: '测试' });
    const codes = (await findings()).map((x) => x.code);
    expect(codes).toContain('share-over-100');
    expect(codes).toContain('parts-exceed-total');
  });
});

describe('correcting a decline', () => {
  it('keeps its sign when the written value is corrected, unless the new value writes its own', () => {
    const fall = { label: '汽车产业增速', valueText: '4.1', unit: '%', period: '2019年', value: -4.1 };
    expect(validatePatch(fall, { valueText: '4.2' }).value).toBe(-4.2);
    expect(validatePatch(fall, { label: '汽车产业产值增速' }).value).toBe(-4.1);
    expect(validatePatch(fall, { valueText: '-3' }).value).toBe(-3);
    expect(validatePatch({ ...fall, value: 4.1 }, { valueText: '4.2' }).value).toBe(4.2);
  });
});

describe('correcting a figure of a report in traditional characters', () => {
  it('keeps its own unit (億元): a known unit, as 亿元 is', () => {
    const profit = { label: '規模以上工業企業利潤', valueText: '84039', unit: '億元', period: '2022年', value: 84039 };
    expect(validatePatch(profit, { label: '規上工業企業利潤' }).next.unit).toBe('億元');
    expect(validatePatch(profit, { valueText: '84040' }).value).toBe(84040);
    expect(() => validatePatch(profit, { unit: '億磅' })).toThrow(/未知的单位“億磅”/);
  });

  it('reads a value written as the report wrote it: full-width digits and point, traditional 兩', () => {
    const gdp = { label: '國內生產總值', valueText: '１２１０２０７', unit: '億元', period: '2022年', value: 1210207 };
    expect(validatePatch(gdp, { valueText: '４０２０３﹒５' })).toMatchObject({ value: 40203.5, next: { valueText: '４０２０３﹒５' } });
    expect(validatePatch(gdp, { valueText: '１／３', unit: '' }).value).toBeCloseTo(1 / 3);
    expect(validatePatch({ ...gdp, unit: '' }, { valueText: '翻了兩番' }).value).toBe(4);
    expect(() => validatePatch(gdp, { valueText: '４０２Ｘ' })).toThrow(/无法识别/);
  });
});

describe('edit validation at its edges', () => {
  const base = { label: '地区生产总值', valueText: '1.57', unit: '万亿元', period: '2015年', value: 1.57 };

  it('takes a name of exactly the limit and refuses one character more', () => {
    expect(validatePatch(base, { label: '值'.repeat(80) }).next.label).toHaveLength(80);
    expect(() => validatePatch(base, { label: '值'.repeat(81) })).toThrow(/名称过长/);
  });

  it('checks a period only when it is changed: a stored odd period does not block correcting the value', () => {
    const odd = { ...base, period: '全市' };
    expect(validatePatch(odd, { valueText: '1.58' }).next).toMatchObject({ period: '全市', valueText: '1.58' });
    expect(() => validatePatch(base, { period: '全市' })).toThrow(/不是时间/);
  });

  it('refuses a reason of blanks only, saving nothing', async () => {
    const f = await figure('scale-profit');
    await expect(
      call('figure.update', { figureId: f.id, expectedVersion: f.version, patch: { valueText: '1390' }, reason: ' \u3000 ' }),
    ).rejects.toThrow(/修改原因/);
    // And the store refuses it itself, whoever calls it (not only behind the API's validation).
    expect(() => updateFigure(store.db, f.id, f.version, { valueText: '1390' }, ' \u3000 ')).toThrow(/修改原因/);
    expect((await figure('scale-profit')).version).toBe(f.version);
  });
});

describe('the store’s own checks on a figure edit', () => {
  const before = { label: '工业利润', valueText: '1380', unit: '亿元', period: '2015年', value: 1380 };
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return { code: (e as { code?: string }).code, message: (e as Error).message };
    }
    throw new Error('accepted');
  };

  it('trims every field it keeps, and a field left undefined keeps its old value', () => {
    const { next, value } = validatePatch(before, { label: undefined, valueText: ' 1390 ', period: ' 2015年 ' });
    expect(next).toMatchObject({ label: '工业利润', valueText: '1390', unit: '亿元', period: '2015年' });
    expect(value).toBe(1390);
  });

  it('refuses each bad field as BAD_EDIT, saying what is wrong', () => {
    expect(refusal(() => validatePatch(before, { label: ' ' }))).toEqual({ code: 'BAD_EDIT', message: '名称不能为空' });
    expect(refusal(() => validatePatch(before, { label: '名'.repeat(1000) }))).toMatchObject({
      code: 'BAD_EDIT',
      message: expect.stringMatching(/^名称过长/),
    });
    expect(refusal(() => validatePatch(before, { period: ' ' }))).toEqual({ code: 'BAD_EDIT', message: '时期不能为空' });
    expect(refusal(() => validatePatch(before, { period: '工业' }))).toMatchObject({
      code: 'BAD_EDIT',
      message: expect.stringMatching(/^时期“工业”不是时间/),
    });
    expect(refusal(() => validatePatch(before, { unit: '斤斤' }))).toMatchObject({
      code: 'BAD_EDIT',
      message: expect.stringMatching(/^未知的单位“斤斤”/),
    });
    expect(refusal(() => validatePatch(before, { valueText: '很多' }))).toMatchObject({
      code: 'BAD_EDIT',
      message: expect.stringMatching(/^数值“很多”无法识别/),
    });
  });

  it('keeps a decline negative when corrected, but never turns zero or a rise negative', () => {
    const decline = { ...before, value: -4.1, valueText: '4.1', unit: '%' };
    expect(validatePatch(decline, { valueText: '4.2' }).value).toBe(-4.2);
    expect(validatePatch(decline, { valueText: '0' }).value).toBe(0);
    expect(validatePatch({ ...before, value: 0, valueText: '0', unit: '%' }, { valueText: '5' }).value).toBe(5);
  });

  it('an edit of a figure that is gone is NOT_FOUND; the reason is stored trimmed', () => {
    expect(refusal(() => updateFigure(store.db, 99_999, 1, { valueText: '1' }, '原因'))).toEqual({
      code: 'NOT_FOUND',
      message: '数据项 99999 不存在',
    });
    const f = store.db.prepare("SELECT id FROM figures WHERE key = 'scale-profit'").get() as { id: number };
    expect(updateFigure(store.db, f.id, 1, { valueText: '1390' }, '  核对原文  ').reason).toBe('核对原文');
    expect(refusal(() => updateFigure(store.db, f.id, 2, { valueText: '1390' }, '再改'))).toEqual({
      code: 'BAD_EDIT',
      message: '没有任何改动',
    });
  });

  it('undo: only the newest live edit, once, and never an undo itself', () => {
    const f = store.db.prepare("SELECT id FROM figures WHERE key = 'scale-profit'").get() as { id: number };
    expect(refusal(() => undoEdit(store.db, 99_999))).toEqual({ code: 'NOT_FOUND', message: '修改记录 99999 不存在' });
    const a = updateFigure(store.db, f.id, 1, { valueText: '1390' }, '一');
    const b = updateFigure(store.db, f.id, 2, { valueText: '1400' }, '二');
    const newestOnly = { code: 'CONFLICT', message: '只能撤销该数据项最近的一次修改：请先撤销较新的修改' };
    expect(refusal(() => undoEdit(store.db, a.id))).toEqual(newestOnly);
    const u = undoEdit(store.db, b.id);
    expect(refusal(() => undoEdit(store.db, b.id))).toEqual({ code: 'CONFLICT', message: '这次修改已经撤销过了' });
    expect(refusal(() => undoEdit(store.db, u.id))).toEqual(newestOnly);
    // After an undo, the edit before it is not "the newest" either: the undo record came later.
    expect(refusal(() => undoEdit(store.db, a.id))).toEqual(newestOnly);
  });
});
