/**
 * PowerPoint and Word exports, run as a user runs them (the CLI in its own process, a real store file): the
 * arguments reach the builders (--report, --layout, --issue), the files land where asked, bad input is refused
 * with a message and nothing written. What is inside the files — charts against the store, notes, fonts, cards,
 * captions, the appendix, the 公文 parts — is read from exports built in-process, where mutation testing sees
 * the builders: test/pptx-parts.test.ts and test/docx-parts.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck, Report } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { getDeck, listDecks } from '../src/main/store/decks';
import { getReport } from '../src/main/store/reports';
import { fileHash, ROOT, SEED, tempDir } from './helpers';
import { read, texts, unzip } from './office-read';

let t: ReturnType<typeof tempDir>;
let db: string;
let deck: Deck;
let report: Report;
let pptx: JSZip;
let docx: JSZip;
let gongwen: JSZip;

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

beforeAll(async () => {
  t = tempDir();
  db = join(t.dir, 'store.sqlite');
  const store = openStore(db, { seedBundles: SEED });
  const reportId = 1;
  report = getReport(store.db, reportId) as Report;
  deck = getDeck(store.db, (listDecks(store.db, reportId)[0] as { id: number }).id) as Deck;
  store.close();
  const a = cli('export-pptx', '--out', join(t.dir, 'deck.pptx'), '--db', db);
  expect(a.status, a.stderr).toBe(0);
  const b = cli('export-docx', '--out', join(t.dir, 'brief.docx'), '--db', db, '--report', 'cq-2015');
  expect(b.status, b.stderr).toBe(0);
  const c = cli('export-docx', '--out', join(t.dir, 'gongwen.docx'), '--db', db, '--layout', 'brief-gongwen', '--issue', '7');
  expect(c.status, c.stderr).toBe(0);
  gongwen = await unzip(readFileSync(join(t.dir, 'gongwen.docx')));
  pptx = await unzip(readFileSync(join(t.dir, 'deck.pptx')));
  docx = await unzip(readFileSync(join(t.dir, 'brief.docx')));
}, 120_000);
afterAll(() => t.cleanup());

describe('export-pptx', () => {
  it('writes one 16:9 slide per slide of the deck, each with its footer n / N', async () => {
    const slides = Object.keys(pptx.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length);
    expect(await read(pptx, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (let i = 1; i <= deck.slides.length; i++) {
      const all = texts(await read(pptx, `ppt/slides/slide${i}.xml`), 'a');
      expect(all).toContain(`${i} / ${deck.slides.length}`);
      expect(all.join('\n')).toContain(deck.slides[i - 1]?.title.split('\u3000')[0]);
    }
    // Every chart a native chart part.
    expect(Object.keys(pptx.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(
      deck.slides.filter((s) => s.chart).length,
    );
  });
});

describe('export-docx', () => {
  it('sets the sections as Heading 1 with 一、二、… and the appendix, after the masthead', async () => {
    const xml = await read(docx, 'word/document.xml');
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) =>
      texts(m[0], 'w').join(''),
    );
    expect(headings).toEqual([...report.sections.map((s, i) => `${'一二三四五六七八九'[i]}、${s.title}`), '附录\u3000数据一览']);
    expect(await read(docx, 'word/styles.xml')).toMatch(/w:styleId="Heading1"/);
    const body = texts(xml, 'w').join('\n');
    expect(body).toContain('2016年2月4日');
    expect(body).toContain(`数据截至${report.asOf}`);
    expect(body).toContain(report.organisation);
  });
});

describe('export-docx --layout brief-gongwen', () => {
  it('opens with the 红头: 简报 in red 方正小标宋, 第7期, the issuing unit and date over a red rule, then the title', async () => {
    const xml = await read(gongwen, 'word/document.xml');
    const paras = xml.split('</w:p>');
    const [name, issue, meta, title] = paras;
    expect(texts(name as string, 'w').join('')).toBe('简报');
    expect(name).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(name).toMatch(/<w:color w:val="C00000"\/>/);
    expect(texts(issue as string, 'w').join('')).toBe('第7期');
    expect(texts(meta as string, 'w').join('')).toBe(`${report.organisation}2016年2月4日`);
    expect(meta).toMatch(/<w:t[^>]*>[^<]*委员会<\/w:t><w:tab\/><w:t[^>]*>2016年/); // the date at a right tab stop
    expect(meta).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    expect(texts(title as string, 'w').join('')).toBe(report.title);
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/); // 二号, 22 pt
    // The sections stay Word headings, in 黑体, as in the plain brief.
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)];
    expect(headings).toHaveLength(report.sections.length + 1);
  });

  it.each([
    [['--layout', 'gongwen'], /未知的版式 gongwen/],
    [['--layout', 'brief-gongwen', '--issue', '0'], /--issue/],
  ])('refuses %j: exit 2, a message, no file', (args, message) => {
    const out = join(t.dir, 'refused.docx');
    const r = cli('export-docx', '--out', out, '--db', db, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    ['a folder that does not exist', (d: string) => join(d, 'missing', 'x.pptx'), /目录不存在/],
    ['a path through a file', (d: string) => join(d, 'store.sqlite', 'x.pptx'), /不是目录/],
    ['a folder', (d: string) => d, /这是一个目录/],
  ])('refuses %s: exit 1, a message, no file', (_name, target, message) => {
    for (const verb of ['export-pptx', 'export-docx']) {
      const out = target(t.dir);
      const r = cli(verb, '--out', out, '--db', db);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(readdirSync(t.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
    }
    expect(existsSync(join(t.dir, 'missing'))).toBe(false);
  });

  // A folder nobody may write to: root ignores modes, so it is made immutable (chattr +i) where that works.
  const chattr = (flag: string, dir: string) => spawnSync('chattr', [flag, dir], { stdio: 'ignore' }).status === 0;
  it('refuses an unwritable folder: exit 1, a message naming the file, the earlier file there untouched', (ctx) => {
    const dir = join(t.dir, 'locked');
    mkdirSync(dir);
    const out = join(dir, 'old.docx');
    writeFileSync(out, 'an earlier export');
    const before = fileHash(out);
    if (!chattr('+i', dir)) return ctx.skip();
    try {
      for (const verb of ['export-pptx', 'export-docx']) {
        const r = cli(verb, '--out', out, '--db', db);
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toContain(`无法写入 ${out}`);
        expect(fileHash(out)).toBe(before);
      }
    } finally {
      chattr('-i', dir);
    }
    expect(readdirSync(dir)).toEqual(['old.docx']);
  });

  it('refuses a report without slides and leaves an existing file as it was', () => {
    const dir = join(t.dir, 'empty');
    mkdirSync(dir);
    const path = join(dir, 'store.sqlite');
    const store = openStore(path, { seedBundles: SEED });
    store.db.prepare('DELETE FROM slides').run();
    store.close();
    const out = join(dir, 'old.pptx');
    writeFileSync(out, 'an earlier export');
    const before = fileHash(out);
    for (const verb of ['export-pptx', 'export-docx']) {
      const r = cli(verb, '--out', out, '--db', path);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('没有幻灯片');
      expect(fileHash(out)).toBe(before);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('exits 2 with the usage without --out', () => {
    const r = cli('export-pptx', '--db', db);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法');
  });
});
