/** Importing a new report: the drafted deck, all-or-nothing on bad input, through the API and the CLI. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../src/shared/api';
import { extractFigures } from '../src/shared/extract';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { openStore, type Store } from '../src/main/store';
import { listBackups } from '../src/main/store/backup';
import { importReport } from '../src/main/store/import';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { contentHash, REPORT_TEXT, ROOT, SEED, tempDir } from './helpers';

const NEXT_YEAR = `重庆工业经济2016年稳中有进
2016年，全市规模工业增加值增长10.3%，规模工业总产值2.3万亿元。
汽车产业
汽车产量突破310万辆，占全国的1/9。
电子信息产业
笔记本电脑产量5800万台，增长2.5%。`;

const meta = { title: '重庆工业经济2016年稳中有进', organisation: '重庆市经济和信息化委员会', published: '2017-01-20', asOf: '2016年' };

let t: ReturnType<typeof tempDir>;
let store: Store;
let h: Handlers;
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'i.sqlite'), { seedBundles: SEED, dailyBackup: false });
  h = createHandlers(store, 'test');
});
afterEach(() => {
  store.close();
  t.cleanup();
});

describe('importing a report', () => {
  it('turns accepted figures into a new report with a drafted deck, after a backup', async () => {
    const figures = (await dispatch(h, 'report.extract', { text: NEXT_YEAR })) as { ok: true; value: ReturnType<typeof extractFigures> };
    expect(figures.ok).toBe(true);
    const r = await dispatch(h, 'report.import', { meta, text: NEXT_YEAR, figures: figures.value });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const { reportId, deckId } = r.value as { reportId: number; deckId: number };
    const stored = listFigures(store.db, reportId);
    expect(stored.map((f) => f.valueText + f.unit)).toEqual(['10.3%', '2.3万亿元', '310万辆', '1/9', '5800万台', '2.5%']);
    for (const f of stored) expect(NEXT_YEAR.slice(f.valueStart, f.valueEnd)).toBe(f.valueText);
    const deck = getDeck(store.db, deckId)!;
    expect(deck.slides[0].layout).toBe('title');
    expect(deck.slides.at(-1)!.layout).toBe('closing');
    const shown = new Set(deck.slides.flatMap((s) => s.figureIds));
    expect(stored.every((f) => shown.has(f.id))).toBe(true);
    expect(deck.slides.map((s) => s.title)).toEqual(expect.arrayContaining(['汽车产业', '电子信息产业']));
    expect(listBackups(store.path).map((b) => b.reason)).toContain('import');
  });

  it('imports the bundled report text again, finding every figure, even where sentences repeat', async () => {
    const text = `${REPORT_TEXT}\n${REPORT_TEXT}`;
    const r = await dispatch(h, 'report.import', { meta, text, figures: extractFigures(text) });
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });

  it.each([
    ['an empty text', { meta, text: '  ', figures: [] }, /空的/],
    ['no accepted figures', { meta, text: NEXT_YEAR, figures: [] }, /至少需要一项/],
    [
      'a figure whose span does not match the text',
      { meta, text: NEXT_YEAR, figures: extractFigures(NEXT_YEAR).map((x, i) => (i === 2 ? { ...x, valueStart: x.valueStart + 1 } : x)) },
      /第 3 项数据.*位置与原文不符/,
    ],
    ['a NaN value', { meta, text: NEXT_YEAR, figures: extractFigures(NEXT_YEAR).map((x) => ({ ...x, number: Number.NaN })) }, /number/],
    ['a bad date', { meta: { ...meta, published: '2017年' }, text: NEXT_YEAR, figures: extractFigures(NEXT_YEAR) }, /日期格式/],
    ['a wrong type', { meta, text: 42, figures: [] }, /text/],
  ])('refuses %s with a clear message and leaves the store unchanged', async (_what, payload, message) => {
    const before = contentHash(store.db);
    const r = await dispatch(h, 'report.import', payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect(contentHash(store.db)).toBe(before);
  });
});

describe('import keys', () => {
  it('two imports in the same millisecond get two reports, not a collision (issue 22, item 9)', () => {
    const figures = extractFigures(NEXT_YEAR);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2017-01-20T08:00:00.000Z'));
    try {
      const a = importReport(store.db, ':memory:', meta, NEXT_YEAR, figures);
      const b = importReport(store.db, ':memory:', meta, NEXT_YEAR, figures);
      expect(a.reportId).not.toBe(b.reportId);
      const keys = store.db.prepare("SELECT key FROM reports WHERE key LIKE 'import-%'").all() as { key: string }[];
      expect(new Set(keys.map((k) => k.key)).size).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('cli import', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
      encoding: 'utf8',
    });

  it('imports a text file into the store it is given', () => {
    const file = join(t.dir, 'next.txt');
    writeFileSync(file, NEXT_YEAR);
    const db = join(t.dir, 'cli.sqlite');
    expect(cli('init', '--db', db).status).toBe(0);
    const r = cli('import', file, '--db', db, '--org', '重庆市经济和信息化委员会', '--date', '2017-01-20');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ figures: 6, title: '重庆工业经济2016年稳中有进' });
    const facts = JSON.parse(cli('facts', '--json', '--db', db).stdout) as { report: string }[];
    expect(facts.filter((f) => f.report.startsWith('import-'))).toHaveLength(6);
    // A date that is no day (2016-02-30) is refused by name, as 修改信息 refuses it, and nothing is imported.
    const bad = cli('import', file, '--db', db, '--org', '某单位', '--date', '2016-02-30');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('2016-02-30');
    expect(JSON.parse(cli('facts', '--json', '--db', db).stdout)).toHaveLength(facts.length);
  });

  it('refuses a file that is not a report (binary, too large) and changes nothing', () => {
    const db = join(t.dir, 'cli2.sqlite');
    cli('init', '--db', db);
    const s = openStore(db, { dailyBackup: false });
    const before = contentHash(s.db);
    s.close();
    const bin = join(t.dir, 'x.briefing');
    writeFileSync(bin, Buffer.from([0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0xff, 0xfe, 0x00, 0x01]));
    const r = cli('import', bin, '--db', db);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('不是文本文件');
    const big = join(t.dir, 'big.txt');
    writeFileSync(big, '数'.repeat((50 * 1024 * 1024) / 3));
    const r2 = cli('import', big, '--db', db);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/太大/);
    const after = openStore(db, { dailyBackup: false });
    expect(contentHash(after.db)).toBe(before);
    after.close();
  });
});

describe('drafted charts', () => {
  it('never repeat a category label, so the chart can tell its bars apart', async () => {
    const { uniqueLabels } = await import('../src/main/store/draft');
    expect(uniqueLabels(['增长', '增长', '产值', '增长'])).toEqual(['增长', '增长（2）', '产值', '增长（3）']);
  });
});
