/**
 * A report that names no publication date is stored without one, through `cli import` and through the API the app
 * and the web bridge call (report.import): never with the day it was imported, which its title slide, 数据来源 lines
 * and exports would print as a fact. Its cover and exports then show no date (and no separator left dangling); a
 * dateline's date ("2015年12月3日") is kept; the bundled report keeps its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { loadExportData } from '../src/main/export/data';
import { buildDocx } from '../src/main/export/docx';
import { buildPptx } from '../src/main/export/pptx';
import { openStore } from '../src/main/store';
import { listReports } from '../src/main/store/reports';
import { extractFigures } from '../src/shared/extract';
import { reportSource } from '../src/shared/report-source';
import { SEED, tempDir } from './helpers';
import { runCli } from './cli-helpers';
import { read, texts, unzip } from './office-read';

const UNDATED = `某市2023年经济运行情况
2023年，全市地区生产总值16719.6亿元，增长5.6%。分产业看，第一产业增加值794.3亿元，第二产业增加值6668亿元，第三产业增加值9257.3亿元。`;
const DATED = `某市2015年1-11月工业运行情况
2015年12月3日
1-11月，全市规模以上工业增加值增长8.1%，比1-10月加快0.2个百分点。`;

let t: ReturnType<typeof tempDir>;
let db: string;
const cli = (...args: string[]) => runCli(t.dir, ...args);
const published = () => {
  const store = new Database(db, { readonly: true });
  const rows = store.prepare('SELECT key, published FROM reports ORDER BY id').all() as { key: string; published: string }[];
  store.close();
  return rows;
};

beforeAll(() => {
  t = tempDir();
  db = join(t.dir, 's.sqlite');
  cli('init', '--db', db);
}, 60_000);
afterAll(() => t.cleanup());

describe('a report that names no date', () => {
  it('is stored without one by cli import, which says so; a dateline’s date is kept; the bundled report keeps its own', () => {
    expect(reportSource(UNDATED).published).toBeNull();
    expect(reportSource(DATED).published).toBe('2015-12-03');
    writeFileSync(join(t.dir, 'undated.txt'), UNDATED);
    writeFileSync(join(t.dir, 'dated.txt'), DATED);
    const said = cli('import', join(t.dir, 'undated.txt'), '--db', db);
    expect(said).toContain('正文中没有找到发布日期（可用 --date 指定；封面和导出文件不写日期）');
    expect(said).not.toMatch(/发布日期：\d/);
    expect(cli('import', join(t.dir, 'dated.txt'), '--db', db)).toContain('发布日期：2015-12-03');
    expect(published()).toEqual([
      { key: 'cq-2015', published: '2016-02-04' },
      { key: expect.any(String), published: '' },
      { key: expect.any(String), published: '2015-12-03' },
    ]);
  }, 60_000);

  it('is stored without one through report.import (the app and the web bridge), and a malformed date is still refused', async () => {
    const t2 = tempDir();
    const store = openStore(join(t2.dir, 'i.sqlite'), { seedBundles: SEED, dailyBackup: false });
    try {
      const h = createHandlers(store, 'test');
      const meta = { title: '某市2023年经济运行情况', organisation: '某市统计局', published: '', asOf: '2023年' };
      const r = await dispatch(h, 'report.import', { meta, text: UNDATED, figures: extractFigures(UNDATED) });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      expect(listReports(store.db).at(-1)).toMatchObject({ title: meta.title, published: '' });
      const bad = await dispatch(h, 'report.import', {
        meta: { ...meta, published: '2023年' },
        text: UNDATED,
        figures: extractFigures(UNDATED),
      });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.error.message).toMatch(/日期格式/);
    } finally {
      store.close();
      t2.cleanup();
    }
  });

  it('leaves the date, and the separator before it, off its PowerPoint and Word exports', async () => {
    const store = new Database(db, { readonly: true });
    const id = (store.prepare("SELECT id FROM reports WHERE published = ''").get() as { id: number }).id;
    const d = loadExportData(store, id);
    store.close();
    const pptx = await unzip(await buildPptx(d));
    const slides = Object.keys(pptx.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const words = (await Promise.all(slides.map(async (n) => texts(await read(pptx, n), 'a')))).flat();
    // The title slide's byline is the organisation alone; every chart's 数据来源 ends with it, no comma after.
    expect(words).toContain('（未注明发布单位）');
    const sources = words.filter((w) => w.startsWith('数据来源'));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toBe('数据来源：（未注明发布单位）');
    expect(words.join('\n')).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日| · $|，$/m);
    const docx = await unzip(await buildDocx(d));
    const body = texts(await read(docx, 'word/document.xml'), 'w').join('\n');
    expect(body).toContain('数据截至');
    expect(body).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await read(docx, 'docProps/core.xml')).toContain('（简报）');
    const gongwen = await unzip(await buildDocx(d, { layout: 'brief-gongwen' }));
    expect(texts(await read(gongwen, 'word/document.xml'), 'w').join('\n')).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  }, 60_000);
});

describe('a report that names no organisation', () => {
  it('is stored as 未注明发布单位 in its own script: a 繁體 report’s title slide says 未注明發布單位', () => {
    // 辽宁 2019 一季度 (test/corpus): a traditional text that names no publisher.
    const text =
      '一季度，遼寧工業經濟實現了良好開局，繼續保持穩定的運行態勢。全省規模以上工業增加值同比增長9.0%，高於全國平均水準2.5個百分點。';
    writeFileSync(join(t.dir, 'traditional.txt'), text);
    expect(cli('import', join(t.dir, 'traditional.txt'), '--db', db, '--date', '2019-05-07')).toContain(
      '未注明发布单位（可用 --org 指定）',
    );
    const store = new Database(db, { readonly: true });
    const org = (store.prepare("SELECT organisation FROM reports WHERE published = '2019-05-07'").get() as { organisation: string })
      .organisation;
    store.close();
    expect(org).toBe('（未注明發布單位）');
  }, 60_000);
});
