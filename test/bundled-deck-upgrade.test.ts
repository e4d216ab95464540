/**
 * Step 80 on real SQLite files: a store seeded before it (the 28-slide bundled deck, at schema 70) gains the
 * agenda, the 01 divider and the conclusion slide where they belong, ends exactly as a fresh store when the
 * deck was not edited, keeps every edit the user made when it was, and records the change as one undoable edit.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundle, type LoadedBundle } from '../src/main/store/bundle';
import { openDatabase, type DB } from '../src/main/store/db';
import { getDeck } from '../src/main/store/decks';
import { openStore } from '../src/main/store';
import { insertBundle } from '../src/main/store/seed';
import { deleteSlide, listSlideEdits, redoDeck, undoDeck, updateSlide } from '../src/main/store/slide-edits';
import { ROOT, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const NEW_TITLES = ['目录', '发展水平跃上新台阶', '贯彻新要求　履行新使命'];
/** The closing slide's notes as shipped before step 80 (the 四个扎实 sentence now on the conclusion). */
const OLD_CLOSING_NOTES =
  '郭坚说，面对经济下行压力，我市统筹推进稳增长、调结构、增效益、促升级，为“十二五”收官划上圆满句号。接下来，全市经信系统将学习领会习近平总书记视察重庆时提出的“四个扎实”，贯彻新要求，履行新使命，加快重庆工业和信息化建设。谢谢各位领导。';

/** The bundle as shipped before step 80: today's deck without its three new slides, the closing notes as they were. */
function bundleBefore80(): LoadedBundle {
  const loaded = structuredClone(loadBundle(join(ROOT, 'resources/reports/cq-2015')));
  const slides = loaded.bundle.deck.slides.filter((s) => !NEW_TITLES.includes(s.title));
  expect(slides).toHaveLength(28);
  slides[slides.length - 1].notes = OLD_CLOSING_NOTES;
  loaded.bundle.deck.slides = slides;
  return loaded;
}

/** A store as the app left it at schema 70: seeded with the 28-slide deck, then `edit` done to it. */
function storeAt70(name: string, edit: (db: DB) => void = () => {}): string {
  const path = join(t.dir, name);
  const db = openDatabase(path, { targetVersion: 70 });
  insertBundle(db, bundleBefore80());
  db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', '2026-01-01T00:00:00Z')").run();
  edit(db);
  db.close();
  return path;
}

/** The deck's slides as content: everything but ids and versions (figure links included). */
function content(db: DB) {
  return db
    .prepare(
      `SELECT ord, layout, title, title_en, section_id, notes, body, chart, hidden,
         (SELECT group_concat(figure_id || ':' || ord) FROM (SELECT figure_id, ord FROM slide_figures WHERE slide_id = s.id ORDER BY ord)) AS figures
       FROM slides s WHERE deck_id = 1 ORDER BY ord`,
    )
    .all() as { ord: number; layout: string; title: string; notes: string; body: string; hidden: number }[];
}

const rowsById = (db: DB) =>
  new Map(
    (db.prepare('SELECT id, layout, title, title_en, section_id, notes, body, chart, hidden FROM slides').all() as { id: number }[]).map(
      (r) => [r.id, r],
    ),
  );

describe('step 80: the bundled deck gains its agenda, its 01 divider and its conclusion', () => {
  it('an unedited deck ends exactly as a freshly seeded one: 31 slides, dividers 01…06 listed by the agenda', () => {
    const path = storeAt70('plain.sqlite');
    const old = openDatabase(path, { targetVersion: 70 });
    const before = content(old);
    old.close();
    expect(before).toHaveLength(28);

    const db = openDatabase(path);
    const fresh = openStore(join(t.dir, 'fresh.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const upgraded = content(db);
    expect(upgraded).toEqual(content(fresh.db));
    expect(upgraded).toHaveLength(31);
    expect(upgraded.map((s) => s.title).slice(0, 4)).toEqual([
      '创新能力增强　助推重庆信息化和工业化深度融合',
      ...NEW_TITLES.slice(0, 2),
      '“十二五”工业发展主要指标',
    ]);
    expect(upgraded.slice(-2).map((s) => [s.layout, s.title])).toEqual([
      ['text', NEW_TITLES[2]],
      ['closing', '为“十二五”收官划上圆满句号'],
    ]);
    // The agenda names each divider with the number its slide draws (the report's section order).
    const deck = getDeck(db, 1)!;
    const order = db.prepare('SELECT id FROM sections ORDER BY ord').pluck().all() as number[];
    const sectionNo = (id: number | null) => order.indexOf(id ?? -1) + 1;
    const dividers = deck.slides.filter((s) => s.layout === 'section');
    expect(dividers.map((s) => sectionNo(s.sectionId))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(deck.slides[1].body.paragraphs).toEqual(dividers.map((d, i) => `**0${i + 1}**\u3000${d.title}`));
    // The conclusion quotes the report, its numbers as references to the stored figures.
    const conclusion = deck.slides[29];
    const id = (key: string) => db.prepare('SELECT id FROM figures WHERE key = ?').pluck().get(key) as number;
    expect(conclusion.body.paragraphs?.[0]).toBe(
      `**发展成效**\u3000工业和信息化发展水平跃上新台阶。规模工业产值{{${id('scale-output')}}}，年均增长{{${id('scale-output-growth')}}}。`,
    );
    expect(conclusion.figureIds).toEqual([id('scale-output'), id('scale-output-growth')]);
    expect(conclusion.body.paragraphs?.join('')).toContain('“四个扎实”');
    expect(deck.slides[30].notes).not.toContain('四个扎实');
    // The old slides kept their content, in their order.
    const kept = upgraded.filter((s) => !NEW_TITLES.includes(s.title));
    expect(kept.map(({ ord: _o, notes: _n, ...s }) => s)).toEqual(before.map(({ ord: _o, notes: _n, ...s }) => s));
    fresh.close();
    db.close();
  });

  it('is one edit in the deck history: undo gives back the 28-slide deck, redo the 31', () => {
    const path = storeAt70('undo.sqlite');
    const old = openDatabase(path, { targetVersion: 70 });
    const before = content(old);
    old.close();
    const db = openDatabase(path);
    const upgraded = content(db);
    expect(listSlideEdits(db, 1).map((e) => [e.kind, e.what])).toEqual([['edit', '新版内置简报：加入目录、第一部分分隔页和结语页']]);
    expect(undoDeck(db, 1).deck.slides).toHaveLength(28);
    expect(content(db)).toEqual(before);
    redoDeck(db, 1);
    expect(content(db).map(({ ord: _o, ...s }) => s)).toEqual(upgraded.map(({ ord: _o, ...s }) => s));
    db.close();
  });

  it('an edited deck keeps every edit: the new slides go where they belong in it as it stands', () => {
    let edited = new Map<number, unknown>();
    const path = storeAt70('edited.sqlite', (db) => {
      const slides = getDeck(db, 1)!.slides;
      // The user retitled the KPI slide, hid the zones divider and wrote the closing notes anew.
      updateSlide(db, slides[1].id, slides[1].version, { title: '我们的主要指标' });
      updateSlide(db, slides[3].id, slides[3].version, { hidden: true });
      updateSlide(db, slides[27].id, slides[27].version, { notes: '我自己的结束语。' });
      edited = rowsById(db);
    });
    const db = openDatabase(path);
    const slides = getDeck(db, 1)!.slides;
    expect(slides).toHaveLength(31);
    // Every slide the user had is there, exactly as the user left it (the closing notes too).
    for (const [id, row] of edited) expect(rowsById(db).get(id), `slide ${id}`).toEqual(row);
    expect(slides.map((s) => s.title).slice(0, 4)).toEqual([slides[0].title, '目录', '发展水平跃上新台阶', '我们的主要指标']);
    expect(slides.slice(-2).map((s) => s.title)).toEqual(['贯彻新要求　履行新使命', '为“十二五”收官划上圆满句号']);
    // The hidden divider is not in the agenda; the others keep the numbers their slides show.
    expect(slides[1].body.paragraphs).toEqual([
      '**01**\u3000发展水平跃上新台阶',
      '**03**\u3000产业结构更加优化',
      '**04**\u3000创新能力增强',
      '**05**\u3000开放水平提升',
      '**06**\u3000发展环境持续改善',
    ]);
    expect(slides[1].notes).toBe('本简报分五部分：发展水平跃上新台阶；产业结构更加优化；创新能力增强；开放水平提升；发展环境持续改善。');
    db.close();
  });

  it('a deck without its closing slide, or without a title slide: the conclusion ends it, the agenda opens it', () => {
    const path = storeAt70('cut.sqlite', (db) => {
      const slides = getDeck(db, 1)!.slides;
      deleteSlide(db, slides[27].id, slides[27].version);
      deleteSlide(db, slides[0].id, slides[0].version);
    });
    const db = openDatabase(path);
    const slides = getDeck(db, 1)!.slides;
    expect(slides).toHaveLength(26 + 3);
    expect(slides.slice(0, 3).map((s) => s.title)).toEqual(['目录', '发展水平跃上新台阶', '“十二五”工业发展主要指标']);
    expect(slides.at(-1)!.title).toBe('贯彻新要求　履行新使命');
    db.close();
  });

  it('adds nothing the user already has: an own 目录, a slide showing 四个扎实, a closing note of their own', () => {
    let closingNotes = '';
    const path = storeAt70('own.sqlite', (db) => {
      const slides = getDeck(db, 1)!.slides;
      updateSlide(db, slides[3].id, slides[3].version, { title: '目录' });
      updateSlide(db, slides[26].id, slides[26].version, { subtitle: '学习领会“四个扎实”' });
      closingNotes = getDeck(db, 1)!.slides[27].notes;
    });
    const db = openDatabase(path);
    const slides = getDeck(db, 1)!.slides;
    expect(slides).toHaveLength(29);
    expect(slides.filter((s) => s.title === '目录')).toHaveLength(1);
    expect(slides[1].title).toBe('发展水平跃上新台阶');
    expect(slides.at(-1)!.notes).toBe(closingNotes);
    db.close();
  });

  it('a store whose bundled report was deleted, or that never had it, is left alone', () => {
    const path = storeAt70('gone.sqlite', (db) => db.prepare("DELETE FROM reports WHERE key = 'cq-2015'").run());
    const db = openDatabase(path);
    expect(db.prepare('SELECT count(*) FROM slides').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM slide_edits').pluck().get()).toBe(0);
    db.close();
  });
});
