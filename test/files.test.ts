/** User paths and .briefing files: traversal, NUL, symlink escapes, wrong types; Save As / Open round trip. */
import Database from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBriefing, openBriefing, saveBriefingAs } from '../src/main/files/briefing';
import { checkUserPath } from '../src/main/files/paths';
import { openStore } from '../src/main/store';
import { APPLICATION_ID } from '../src/main/store/db';
import { updateFigure } from '../src/main/store/edits';
import { contentHash, fileHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe('checkUserPath', () => {
  it.each([
    ['relative', 'x.briefing', /绝对路径/],
    ['NUL byte', '/tmp/a\0.briefing', /NUL/],
    ['traversal', '/tmp/a/../../etc/passwd.briefing', /“\.\.”/],
    ['wrong type', '/tmp/a.exe', /文件类型不对/],
    ['empty', '', /没有给出/],
  ])('refuses a %s path', (_what, p, message) => {
    expect(() => checkUserPath(p, { extensions: ['.briefing'] })).toThrow(message);
  });

  it('refuses a symlink that leads out of the allowed folder, and writing through a symlink', () => {
    const inside = join(t.dir, 'inside');
    mkdirSync(inside);
    writeFileSync(join(t.dir, 'secret.briefing'), 'x');
    symlinkSync(join(t.dir, 'secret.briefing'), join(inside, 'link.briefing'));
    expect(() => checkUserPath(join(inside, 'link.briefing'), { within: inside })).toThrow(/不在允许的文件夹/);
    expect(() => checkUserPath(join(inside, 'link.briefing'), { forWriting: true })).toThrow(/符号链接/);
    expect(checkUserPath(join(inside, 'new.briefing'), { within: inside, forWriting: true })).toBe(join(inside, 'new.briefing'));
  });

  it('refuses to write into a folder that does not exist or onto a folder', () => {
    expect(() => checkUserPath(join(t.dir, 'nope', 'a.briefing'), { forWriting: true })).toThrow(/文件夹不存在/);
    mkdirSync(join(t.dir, 'd.briefing'));
    expect(() => checkUserPath(join(t.dir, 'd.briefing'), { forWriting: true })).toThrow(/文件夹/);
  });
});

describe('.briefing files', () => {
  it('Save As writes a complete, identified copy that opens elsewhere with every edit', () => {
    const s = openStore(join(t.dir, 'store.sqlite'), { seedBundles: SEED, dailyBackup: false });
    updateFigure(s.db, 1, 1, { valueText: '2.46' }, '测试');
    const path = saveBriefingAs(s.db, join(t.dir, '汇报.briefing'));
    const hash = contentHash(s.db);
    s.close();
    expect(readdirSync(t.dir).filter((f) => f.includes('.saving-'))).toEqual([]);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    raw.close();
    const opened = openBriefing(path, { dailyBackup: false });
    expect(contentHash(opened.db)).toBe(hash);
    opened.close();
  });

  it('Open refuses a file that is not a briefing and leaves it exactly as it was, where it was', () => {
    const path = join(t.dir, 'notes.briefing');
    writeFileSync(path, '会议纪要'.repeat(500));
    const before = fileHash(path);
    expect(() => openBriefing(path)).toThrow(/不是有效的简报台数据库|无法打开/);
    expect(existsSync(path)).toBe(true);
    expect(fileHash(path)).toBe(before);
  });
});

describe('Save As and New onto the briefing that is open (issue 22, item 1)', () => {
  const valueOf = (db: Database.Database) => (db.prepare('SELECT value_text AS v FROM figures WHERE id = 1').get() as { v: string }).v;

  function openWithEdits(path: string) {
    const s = openBriefing(path, { dailyBackup: false });
    for (let i = 1; i <= 30; i++) updateFigure(s.db, 1, i, { valueText: `2.${String(i).padStart(2, '0')}` }, `第 ${i} 次修改`);
    return s;
  }

  it('refuses Save As onto the open file (by path or by a hard link to it) and loses none of 30 edits', () => {
    const seeded = openStore(join(t.dir, 'seed.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const path = saveBriefingAs(seeded.db, join(t.dir, 'B.briefing'));
    seeded.close();
    const s = openWithEdits(path);
    expect(() => saveBriefingAs(s.db, path)).toThrow(/就是当前打开的简报/);
    linkSync(path, join(t.dir, 'alias.briefing'));
    expect(() => saveBriefingAs(s.db, join(t.dir, 'alias.briefing'))).toThrow(/就是当前打开的简报/);
    expect(valueOf(s.db)).toBe('2.30');
    s.close();
    const again = openBriefing(path, { dailyBackup: false });
    expect(valueOf(again.db)).toBe('2.30');
    expect((again.db.prepare('SELECT count(*) AS n FROM figure_edits').get() as { n: number }).n).toBeGreaterThanOrEqual(30);
    again.close();
  });

  it('refuses New onto the open file, and replaces a closed one only with a complete new store', () => {
    const seeded = openStore(join(t.dir, 'seed.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const path = saveBriefingAs(seeded.db, join(t.dir, 'B.briefing'));
    seeded.close();
    const s = openWithEdits(path);
    expect(() => newBriefing(path, { seedBundles: SEED, dailyBackup: false }, s.path)).toThrow(/就是当前打开的简报/);
    expect(valueOf(s.db)).toBe('2.30');
    // Another program (here: a second connection) has it open: the WAL beside it says so.
    expect(() => newBriefing(path, { seedBundles: SEED, dailyBackup: false })).toThrow(/正被打开/);
    s.close();
    const fresh = newBriefing(path, { seedBundles: SEED, dailyBackup: false });
    expect(valueOf(fresh.db)).not.toBe('2.30');
    expect(readdirSync(t.dir).filter((f) => f.includes('.creating-'))).toEqual([]);
    fresh.close();
  });
});

describe('switching the open briefing', () => {
  it('the API handlers follow the store after File → Open, and the old connection is closed', async () => {
    const { createHandlers } = await import('../src/main/api/handlers');
    const { dispatch } = await import('../src/main/api/dispatch');
    const { replaceStore } = await import('../src/main/store');
    const a = openStore(join(t.dir, 'a.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const h = createHandlers(a, 'test');
    const b = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED, dailyBackup: false });
    updateFigure(b.db, 1, 1, { valueText: '3.00' }, '另一份简报');
    const oldDb = a.db;
    replaceStore(a, b);
    expect(oldDb.open).toBe(false);
    const figures = await dispatch(h, 'figure.list', { reportId: 1 });
    expect(figures.ok && (figures.value as { valueText: string }[])[0].valueText).toBe('3.00');
    a.close();
  });

  it('Open Recent keeps the last ten existing files, newest first', async () => {
    const { addRecent, readRecent } = await import('../src/main/files/recent');
    const files = Array.from({ length: 12 }, (_, i) => join(t.dir, `${i}.briefing`));
    for (const f of files) {
      writeFileSync(f, '');
      addRecent(t.dir, f);
    }
    addRecent(t.dir, files[3]);
    const list = readRecent(t.dir);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(files[3]);
    expect(list[1]).toBe(files[11]);
  });
});
