/**
 * The current report, rename, details (title, organisation, date), delete and undo — through the real handlers on real SQLite files.
 * "Last opened" is what the app, the web bridge and the CLI agree on; delete is backed up first and its
 * undo copies back exactly that report's rows.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingOpen, Channel, Request, Responses } from '../src/shared/api';
import type { Result } from '../src/shared/result';
import { dispatch } from '../src/main/api/dispatch';
import { createHandlers } from '../src/main/api/handlers';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { backupsDir, listBackups } from '../src/main/store/backup';
import { listDecks } from '../src/main/store/decks';
import { currentReport, lastOpenedReportId, listReports } from '../src/main/store/reports';
import { contentHash, SEED, tempDir } from './helpers';

const TEXT = '2016年，全市工业总产值达到2.6万亿元，增长10%。\n汽车产业\n汽车产量突破310万辆。';
const META = { title: '二号报告', organisation: '某单位', published: '2017-01-20', asOf: '2016年' };

let t: ReturnType<typeof tempDir>;
let store: Store;
let hub: PresentationHub;
let path: string;

async function call<C extends Channel>(channel: C, req: Request<C>, s: Store = store): Promise<Result<Responses[C]>> {
  return (await dispatch(createHandlers(s, 'test', hub), channel, req)) as Result<Responses[C]>;
}
async function value<C extends Channel>(channel: C, req: Request<C>, s: Store = store): Promise<Responses[C]> {
  const r = await call(channel, req, s);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}
async function importSecond(title = META.title): Promise<number> {
  const figures = await value('report.extract', { text: TEXT });
  return (await value('report.import', { meta: { ...META, title }, text: TEXT, figures })).reportId;
}
/** Every row that belongs to a report, table by table (what a delete must remove and an undo bring back). */
function rowsOf(s: Store, reportId: number): Record<string, number> {
  const q = (sql: string) => s.db.prepare(sql).pluck().get(reportId) as number;
  return {
    sections: q('SELECT count(*) FROM sections WHERE report_id = ?'),
    figures: q('SELECT count(*) FROM figures WHERE report_id = ?'),
    sources: q('SELECT count(*) FROM figure_sources WHERE figure_id IN (SELECT id FROM figures WHERE report_id = ?)'),
    decks: q('SELECT count(*) FROM decks WHERE report_id = ?'),
    slides: q('SELECT count(*) FROM slides WHERE deck_id IN (SELECT id FROM decks WHERE report_id = ?)'),
    slideFigures: q(
      'SELECT count(*) FROM slide_figures WHERE slide_id IN (SELECT s.id FROM slides s JOIN decks d ON d.id = s.deck_id WHERE d.report_id = ?)',
    ),
    edits: q('SELECT count(*) FROM figure_edits WHERE figure_id IN (SELECT id FROM figures WHERE report_id = ?)'),
  };
}

beforeEach(() => {
  t = tempDir();
  path = join(t.dir, 'store.sqlite');
  store = openStore(path, { seedBundles: SEED });
  hub = new PresentationHub();
});
afterEach(() => {
  if (store.db.open) store.close();
  t.cleanup();
});

describe('the last opened report', () => {
  it('a window opening a report makes it the default of every later open, print and CLI verb, across a restart', async () => {
    const second = await importSecond();
    expect((await value('briefing.open', {})).report?.key).toBe('cq-2015');
    await value('briefing.open', { reportId: second, present: { resume: [] } });
    expect(lastOpenedReportId(store.db)).toBe(second);
    // A reload (no report named) reopens it; so does a print (no `present`).
    expect((await value('briefing.open', { present: { resume: [] } })).report?.id).toBe(second);
    expect((await value('briefing.open', {})).report?.id).toBe(second);
    store.close();
    store = openStore(path, { seedBundles: SEED });
    expect(currentReport(store.db)?.id).toBe(second);
    expect((await value('briefing.open', {})).report?.title).toBe('二号报告');
  });

  it('a read (print, no `present`) and a reload of the same report write nothing', async () => {
    const second = await importSecond();
    await value('briefing.open', { reportId: second, present: { resume: [] } });
    const before = contentHash(store.db);
    await value('briefing.open', { reportId: 1 });
    await value('briefing.open', { reportKey: 'cq-2015' });
    await value('briefing.open', { reportId: second, present: { resume: [] } });
    expect(contentHash(store.db)).toBe(before);
  });

  it('opens by key and by deck (a window following the hub), and falls back to the first when the last opened is gone', async () => {
    const second = await importSecond();
    const key = listReports(store.db).find((r) => r.id === second)!.key;
    expect((await value('briefing.open', { reportKey: key })).report?.id).toBe(second);
    const deckId = listDecks(store.db, second)[0].id;
    const followed = await value('briefing.open', { deckId, present: { resume: [] } });
    expect(followed.deck?.id).toBe(deckId);
    expect(followed.presentation?.deckId).toBe(deckId);
    store.db.prepare("UPDATE meta SET value = '999' WHERE key = 'last_report_id'").run();
    expect((await value('briefing.open', {})).report?.key).toBe('cq-2015');
  });

  it('a read-only store is never written: the default is kept in memory instead', async () => {
    const second = await importSecond();
    store.close();
    store = openStore(path, { readOnly: true });
    const before = contentHash(store.db);
    const h = createHandlers(store, 'test', hub);
    const open = async (req: object) => ((await dispatch(h, 'briefing.open', req)) as { ok: true; value: BriefingOpen }).value;
    expect((await open({ reportId: second, present: { resume: [] } })).report?.id).toBe(second);
    expect((await open({})).report?.id).toBe(second);
    expect(contentHash(store.db)).toBe(before);
    expect(lastOpenedReportId(store.db)).toBeNull();
    expect(await dispatch(h, 'report.rename', { reportId: second, title: 'x', expectedTitle: '二号报告' })).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY' },
    });
    expect(await dispatch(h, 'report.delete', { reportId: second, expectedTitle: '二号报告' })).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY' },
    });
  });
});

describe('report.rename', () => {
  it('renames the report, and the drafted deck and title slide that carried its old title', async () => {
    const second = await importSecond();
    const renamed = await value('report.rename', { reportId: second, title: '  重庆工业2016  ', expectedTitle: '二号报告' });
    expect(renamed).toMatchObject({ id: second, title: '重庆工业2016', figureCount: 3 });
    const opened = await value('briefing.open', { reportId: second });
    expect(opened.report?.title).toBe('重庆工业2016');
    expect(opened.deck?.title).toBe('重庆工业2016');
    expect(opened.deck?.slides[0].title).toBe('重庆工业2016');
    // Another report is untouched.
    expect(listReports(store.db)[0].title).not.toBe('重庆工业2016');
  });

  it('refuses a stale title (renamed meanwhile) and a report that vanished, changing nothing', async () => {
    const second = await importSecond();
    await value('report.rename', { reportId: second, title: '甲', expectedTitle: '二号报告' });
    const before = contentHash(store.db);
    const stale = await call('report.rename', { reportId: second, title: '乙', expectedTitle: '二号报告' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!stale.ok) expect(stale.error.message).toContain('《甲》');
    expect(await call('report.rename', { reportId: 999, title: '乙', expectedTitle: '甲' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(contentHash(store.db)).toBe(before);
  });

  it('any title: stored trimmed, or refused with a message naming what is wrong and nothing written', async () => {
    const second = await importSecond();
    let current = '二号报告';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 250 }),
          fc.string({ unit: 'grapheme', maxLength: 220 }),
          fc.constantFrom('', '   ', 'a\nb', 'x\u0000', '\t标题'),
        ),
        async (title) => {
          const before = contentHash(store.db);
          const r = await call('report.rename', { reportId: second, title, expectedTitle: current });
          const clean = title.trim();
          const acceptable =
            clean.length >= 1 && clean.length <= 200 && ![...clean].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
          if (acceptable) {
            expect(r.ok, JSON.stringify(title)).toBe(true);
            expect(listReports(store.db).find((x) => x.id === second)?.title).toBe(clean);
            current = clean;
          } else {
            expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
            if (!r.ok) expect(r.error.message).toMatch(/标题|title/);
            expect(contentHash(store.db)).toBe(before);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('report.details: title, organisation and date corrected after an import', () => {
  const SEEN = { title: META.title, organisation: META.organisation, published: META.published };

  it('adds a date an import left empty, and every chart source line and export reads it', async () => {
    const figures = await value('report.extract', { text: TEXT });
    const { reportId } = await value('report.import', { meta: { ...META, published: '' }, text: TEXT, figures });
    const seen = { ...SEEN, published: '' };
    const saved = await value('report.details', {
      reportId,
      details: { title: META.title, organisation: '  重庆市经济和信息化委员会 ', published: '2016-02-04' },
      expected: seen,
    });
    expect(saved).toMatchObject({ id: reportId, organisation: '重庆市经济和信息化委员会', published: '2016-02-04', figureCount: 3 });
    const opened = await value('briefing.open', { reportId });
    expect(opened.report).toMatchObject({ organisation: '重庆市经济和信息化委员会', published: '2016-02-04' });
    // The closing slide drafted with the import's organisation names the corrected one, and a slide edit
    // holding the version before this change is a conflict, not a silent overwrite.
    const closing = opened.deck!.slides.find((s) => s.layout === 'closing')!;
    expect(closing.body).toMatchObject({ subtitle: '重庆市经济和信息化委员会' });
    expect(closing.version).toBeGreaterThan(1);
    // Back to no date: allowed (a report that names none prints none).
    const undated = await value('report.details', {
      reportId,
      details: { title: META.title, organisation: '重庆市经济和信息化委员会', published: '' },
      expected: { title: META.title, organisation: '重庆市经济和信息化委员会', published: '2016-02-04' },
    });
    expect(undated.published).toBe('');
  });

  it('a new title follows into the deck and its title slide, as a rename does', async () => {
    const second = await importSecond();
    await value('report.details', { reportId: second, details: { ...SEEN, title: '重庆工业2016' }, expected: SEEN });
    const opened = await value('briefing.open', { reportId: second });
    expect(opened.deck?.title).toBe('重庆工业2016');
    expect(opened.deck?.slides[0].title).toBe('重庆工业2016');
  });

  it('refuses what is wrong, naming it, and writes nothing: a bad or impossible date, an empty organisation, a stale view, a vanished report', async () => {
    const second = await importSecond();
    const before = contentHash(store.db);
    const refusal = async (details: typeof SEEN, expected = SEEN) => {
      const r = await call('report.details', { reportId: second, details, expected });
      expect(r.ok, JSON.stringify(details)).toBe(false);
      return r.ok ? '' : `${r.error.code} ${r.error.message}`;
    };
    expect(await refusal({ ...SEEN, published: '2016/02/04' })).toMatch(/^BAD_REQUEST .*2016-02-04/);
    expect(await refusal({ ...SEEN, published: '2016-02-30' })).toBe('BAD_REQUEST 发布日期“2016-02-30”不存在');
    expect(await refusal({ ...SEEN, published: '2015-13-01' })).toBe('BAD_REQUEST 发布日期“2015-13-01”不存在');
    expect(await refusal({ ...SEEN, organisation: '   ' })).toMatch(/^BAD_REQUEST .*发布单位/);
    expect(await refusal({ ...SEEN, title: '' })).toMatch(/^BAD_REQUEST .*标题/);
    // Changed meanwhile (another window, the CLI): the conflict names which field.
    expect(await refusal({ ...SEEN, published: '2017-02-01' }, { ...SEEN, published: '2017-01-01' })).toBe(
      'CONFLICT 这份报告的发布日期已被改过，请刷新后再改',
    );
    expect(await refusal({ ...SEEN, organisation: '乙' }, { ...SEEN, title: '旧', organisation: '甲' })).toBe(
      'CONFLICT 这份报告的标题、发布单位已被改过，请刷新后再改',
    );
    expect(contentHash(store.db)).toBe(before);
    expect(await call('report.details', { reportId: 999, details: SEEN, expected: SEEN })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // A leap day is a day.
    expect((await value('report.details', { reportId: second, details: { ...SEEN, published: '2016-02-29' }, expected: SEEN })).published).toBe(
      '2016-02-29',
    );
  });
});

describe('report.delete and its undo', () => {
  it('backs up first, removes every row of that report and nothing else; undo brings back exactly what was there', async () => {
    const second = await importSecond();
    // A correction in its history: edits are rows of the report too.
    const fig = (await value('figure.list', { reportId: second }))[0];
    await value('figure.update', { figureId: fig.id, expectedVersion: fig.version, patch: { label: '改过的名称' }, reason: '核对原文' });
    const rows = rowsOf(store, second);
    expect(rows.edits).toBe(1);
    const firstHash = rowsOf(store, 1);
    const whole = contentHash(store.db);

    const deleted = await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    expect(deleted).toMatchObject({ reportId: second, title: '二号报告' });
    const backup = join(backupsDir(path), deleted.backup);
    expect(existsSync(backup)).toBe(true);
    expect(listBackups(path)[0]).toMatchObject({ file: backup, reason: 'delete' });
    // The backup holds the report as it was.
    const snap = openStore(backup, { readOnly: true });
    expect(rowsOf(snap, second)).toEqual(rows);
    snap.close();

    expect(listReports(store.db).map((r) => r.id)).toEqual([1]);
    expect(Object.values(rowsOf(store, second)).every((n) => n === 0)).toBe(true);
    expect(rowsOf(store, 1)).toEqual(firstHash);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);

    expect(await value('report.restore', { reportId: second, backup: deleted.backup })).toEqual({ reportId: second, title: '二号报告' });
    expect(contentHash(store.db)).toBe(whole);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    // A second undo is refused as done already, and changes nothing.
    const again = await call('report.restore', { reportId: second, backup: deleted.backup });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!again.ok) expect(again.error.message).toContain('无需撤销');
    expect(contentHash(store.db)).toBe(whole);
  });

  it('the undo keeps what changed elsewhere since the delete (it is not a restore of the whole backup)', async () => {
    const second = await importSecond();
    const deleted = await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    const other = (await value('figure.list', { reportId: 1 }))[0];
    await value('figure.update', {
      figureId: other.id,
      expectedVersion: other.version,
      patch: { label: '删除之后的更正' },
      reason: '核对',
    });
    await value('report.restore', { reportId: second, backup: deleted.backup });
    expect((await value('figure.list', { reportId: 1 }))[0].label).toBe('删除之后的更正');
    expect(listReports(store.db).map((r) => r.title)).toContain('二号报告');
  });

  it('brings back rows of a table the schema gained later, found through its ON DELETE CASCADE key', async () => {
    store.db.exec(
      `CREATE TABLE slide_comments (id INTEGER PRIMARY KEY, slide_id INTEGER NOT NULL REFERENCES slides(id) ON DELETE CASCADE, text TEXT NOT NULL) STRICT`,
    );
    const second = await importSecond();
    const slide = store.db
      .prepare('SELECT s.id FROM slides s JOIN decks d ON d.id = s.deck_id WHERE d.report_id = ? LIMIT 1')
      .pluck()
      .get(second) as number;
    store.db.prepare('INSERT INTO slide_comments (slide_id, text) VALUES (?, ?)').run(slide, '请核对');
    const whole = contentHash(store.db);
    const deleted = await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    expect(store.db.prepare('SELECT count(*) FROM slide_comments').pluck().get()).toBe(0);
    await value('report.restore', { reportId: second, backup: deleted.backup });
    expect(contentHash(store.db)).toBe(whole);
  });

  it('refuses an undo whose ids were taken meanwhile, writing nothing and saying what to do', async () => {
    const second = await importSecond();
    const deleted = await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    // A new import reuses the freed ids (SQLite's rowid is max + 1).
    await importSecond('三号报告');
    const before = contentHash(store.db);
    const r = await call('report.restore', { reportId: second, backup: deleted.backup });
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/占用了这份报告原来的编号.*从备份恢复/);
    expect(contentHash(store.db)).toBe(before);
    expect(store.db.prepare("SELECT count(*) FROM pragma_database_list WHERE name = 'bak'").pluck().get()).toBe(0);
  });

  it('refuses a stale title, a vanished report, the only report, and a backup name that is a path', async () => {
    const second = await importSecond();
    const before = contentHash(store.db);
    expect(await call('report.delete', { reportId: second, expectedTitle: '旧标题' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('report.delete', { reportId: 999, expectedTitle: '二号报告' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const backup of ['../store.sqlite', '/etc/passwd', 'briefing-20260101T000000000Z-delete.sqlite/../../x'])
      expect(await call('report.restore', { reportId: second, backup })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call('report.restore', { reportId: second, backup: 'briefing-20260101T000000000Z-delete.sqlite' })).toMatchObject({
      ok: false,
    });
    expect(contentHash(store.db)).toBe(before);
    await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    const only = await call('report.delete', { reportId: 1, expectedTitle: listReports(store.db)[0].title });
    expect(only).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!only.ok) expect(only.error.message).toContain('唯一');
  });

  it('after deleting the last opened report the default is the first again', async () => {
    const second = await importSecond();
    await value('briefing.open', { reportId: second, present: { resume: [] } });
    await value('report.delete', { reportId: second, expectedTitle: '二号报告' });
    expect((await value('briefing.open', {})).report?.key).toBe('cq-2015');
  });
});
