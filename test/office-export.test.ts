/**
 * PowerPoint and Word exports, run as a user runs them (the CLI in its own process, a real store file),
 * then unzipped and read part by part: the numbers in each native chart against the store, the notes
 * against the source sentences, the fonts, the Word headings and the appendix.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresInOrder } from '../src/shared/brief-text';
import { derive } from '../src/shared/derive';
import { shareAsPercent } from '../src/shared/format';
import type { Deck, Figure, Report } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { getDeck, listDecks } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { fileHash, ROOT, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let db: string;
let deck: Deck;
let report: Report;
let figures: Map<number, Figure>;
let pptx: JSZip;
let docx: JSZip;
let gongwen: JSZip;

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of every <a:t> / <w:t> run, joined per paragraph. */
const texts = (xml: string, tag: 'a' | 'w') =>
  xml
    .split(new RegExp(`</${tag}:p>`))
    .map((p) => [...p.matchAll(new RegExp(`<${tag}:t(?: [^>]*)?>([^<]*)</${tag}:t>`, 'g'))].map((m) => unescape(m[1] as string)).join(''));
const read = async (zip: JSZip, name: string) => {
  const f = zip.file(name);
  if (!f) throw new Error(`missing part ${name}`);
  return f.async('string');
};
const partOf = async (zip: JSZip, slide: number, kind: 'chart' | 'notesSlide') => {
  const rels = await read(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const m = new RegExp(`Target="(?:\\.\\.|/ppt)/(${kind === 'chart' ? 'charts/chart' : 'notesSlides/notesSlide'}\\d+\\.xml)"`).exec(rels);
  return m ? `ppt/${m[1]}` : null;
};

beforeAll(async () => {
  t = tempDir();
  db = join(t.dir, 'store.sqlite');
  const store = openStore(db, { seedBundles: SEED });
  const reportId = 1;
  report = getReport(store.db, reportId) as Report;
  deck = getDeck(store.db, (listDecks(store.db, reportId)[0] as { id: number }).id) as Deck;
  figures = new Map(listFigures(store.db, reportId).map((f) => [f.id, f]));
  store.close();
  const a = cli('export-pptx', '--out', join(t.dir, 'deck.pptx'), '--db', db);
  expect(a.status, a.stderr).toBe(0);
  const b = cli('export-docx', '--out', join(t.dir, 'brief.docx'), '--db', db, '--report', 'cq-2015');
  expect(b.status, b.stderr).toBe(0);
  const c = cli('export-docx', '--out', join(t.dir, 'gongwen.docx'), '--db', db, '--layout', 'brief-gongwen', '--issue', '7');
  expect(c.status, c.stderr).toBe(0);
  gongwen = await JSZip.loadAsync(readFileSync(join(t.dir, 'gongwen.docx')));
  pptx = await JSZip.loadAsync(readFileSync(join(t.dir, 'deck.pptx')));
  docx = await JSZip.loadAsync(readFileSync(join(t.dir, 'brief.docx')));
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
  });

  it('draws every chart as a native chart holding the store’s numbers, derived values hatched and marked 推算', async () => {
    let charts = 0;
    for (const [i, slide] of deck.slides.entries()) {
      const part = await partOf(pptx, i + 1, 'chart');
      if (!slide.chart) {
        expect(part, `slide ${i + 1} has no chart`).toBeNull();
        continue;
      }
      charts++;
      expect(part, `slide ${i + 1}`).not.toBeNull();
      const xml = await read(pptx, part as string);
      const values = [...(/<c:val>([\s\S]*?)<\/c:val>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
      const labels = [...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) =>
        unescape(m[1] as string),
      );
      const round = slide.chart.type === 'doughnut' || slide.chart.type === 'pie';
      const expected = slide.chart.series.map((s) => {
        if ('figureId' in s) {
          const f = figures.get(s.figureId) as Figure;
          if (!round) expect(f.unit).toBe(slide.chart?.unit);
          return { label: s.label, value: round ? shareAsPercent(f) : f.value };
        }
        return { label: s.label.includes('推算') ? s.label : `${s.label}（推算）`, value: derive(s.derived, figures).value };
      });
      if (round && slide.chart.remainderLabel)
        expected.push({ label: slide.chart.remainderLabel, value: 100 - expected.reduce((a, e) => a + e.value, 0) });
      const got = new Map(labels.map((l, k) => [l, values[k]]));
      expect(got.size, `slide ${i + 1}`).toBe(expected.length);
      for (const e of expected) expect(got.get(e.label), `${slide.chart.title}: ${e.label}`).toBeCloseTo(e.value, 6);
      // Each point's own fill: hatched exactly where the value is derived.
      const points = [...xml.matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1] as string);
      if (!round && points.length)
        labels.forEach((l, k) => expect(points[k]?.includes('<a:pattFill '), `${slide.chart?.title}: ${l}`).toBe(l.includes('推算')));
      else expect(labels.some((l) => l.includes('推算'))).toBe(false);
      if (!round && slide.chart.unit) expect(xml).toContain(`单位：${slide.chart.unit}`);
      expect(xml).toContain('<c:showVal val="1"/>');
      expect(texts(await read(pptx, `ppt/slides/slide${i + 1}.xml`), 'a').join('\n')).toContain(
        '数据来源：重庆市经济和信息化委员会，2016年2月4日',
      );
    }
    expect(charts).toBe(deck.slides.filter((s) => s.chart).length);
    expect(Object.keys(pptx.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(charts);
  });

  it('ends each slide’s notes with 数据来源 and the verbatim sentence of every figure it shows', async () => {
    for (const [i, slide] of deck.slides.entries()) {
      const part = await partOf(pptx, i + 1, 'notesSlide');
      const notes = part ? texts(await read(pptx, part), 'a').join('\n') : '';
      if (slide.notes) expect(notes).toContain(slide.notes.split('\n')[0]);
      if (!slide.figureIds.length) continue;
      expect(notes, `slide ${i + 1}`).toContain('数据来源：');
      for (const id of slide.figureIds) expect(notes, `slide ${i + 1}, figure ${id}`).toContain((figures.get(id) as Figure).quote);
    }
  });

  it('sets text in Noto Sans SC, with 微软雅黑 named for Chinese where it is missing', async () => {
    expect(await read(pptx, 'ppt/slides/slide2.xml')).toContain('<a:ea typeface="Noto Sans SC"');
    const theme = await read(pptx, 'ppt/theme/theme1.xml');
    expect(theme).toContain('<a:latin typeface="Noto Sans SC"/>');
    expect(theme).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
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

  it('places every chart as a print-resolution PNG with its caption 图 n-k', async () => {
    const xml = await read(docx, 'word/document.xml');
    const media = Object.keys(docx.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(deck.slides.filter((s) => s.chart).length);
    for (const m of media) {
      const png = await (docx.file(m) as JSZip.JSZipObject).async('nodebuffer');
      expect(png.readUInt32BE(16), m).toBeGreaterThanOrEqual(1100); // width in px: ≥ 1100 px over ≤ 150 mm
    }
    const captions = texts(xml, 'w').filter((p) => /^图 \d+-\d+/.test(p));
    expect(captions).toHaveLength(media.length);
    expect(captions[0]).toMatch(/^图 1-1\u3000/);
  });

  it('lists every figure in the appendix with its value, unit, period and verbatim sentence', async () => {
    const xml = await read(docx, 'word/document.xml');
    const table = xml.slice(xml.indexOf('<w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => texts(c[0], 'w').join('')),
    );
    const ordered = figuresInOrder(report, [...figures.values()]);
    expect(rows[0]).toEqual(['序号', '名称', '数值', '单位', '时期', '原文']);
    expect(rows.slice(1)).toHaveLength(ordered.length);
    ordered.forEach((f, i) => {
      const row = rows[i + 1] as string[];
      expect(row[1]).toBe(f.label);
      expect(row[2]).toContain(f.valueText);
      expect(row[3]).toBe(f.unit || '—');
      expect(row[4]).toBe(f.period);
      expect(row[5]).toBe(f.quote);
    });
  });

  it('names a Song/FangSong body face and a 黑体 heading face', async () => {
    const styles = await read(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="仿宋"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
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

  it('sets the body in 仿宋_GB2312 16 pt on exact 28.9 pt lines, the 一、 headings in 黑体, captions in 楷体_GB2312', async () => {
    const styles = await read(gongwen, 'word/styles.xml');
    const body = /<w:style [^>]*w:styleId="BriefBody"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(body).toMatch(/<w:sz w:val="32"\/>/);
    expect(body).toMatch(/<w:spacing w:line="579" w:lineRule="exact"\/>/);
    const h1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    const caption = /<w:style [^>]*w:styleId="Caption"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(caption).toMatch(/w:eastAsia="楷体_GB2312"/);
    const xml = await read(gongwen, 'word/document.xml');
    expect(xml).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/); // 37, 26, 35, 28 mm
  });

  it('mirrors the margins for binding: the 28 mm 订口 inside (w:mirrorMargins, where CT_Settings orders it); the plain brief does not', async () => {
    const settings = await read(gongwen, 'word/settings.xml');
    // In the schema's order: after displayBackgroundShape, before defaultTabStop and evenAndOddHeaders.
    expect(settings).toMatch(/<w:displayBackgroundShape\/><w:mirrorMargins\/><w:defaultTabStop [^>]*\/><w:evenAndOddHeaders\/>/);
    expect(settings.match(/<w:mirrorMargins/g)).toHaveLength(1);
    // With mirrored margins w:left is the inside (订口 28 mm), w:right the outside (26 mm).
    expect(await read(gongwen, 'word/document.xml')).toMatch(/<w:pgMar [^>]*w:right="1474"[^>]*w:left="1588"/);
    expect(await read(docx, 'word/settings.xml')).not.toContain('mirrorMargins');
  });

  it('numbers pages "— n —" in 4号 宋体 at the outer edge: odd pages right, even pages left', async () => {
    expect(await read(gongwen, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const xml = await read(gongwen, 'word/document.xml');
    const rels = await read(gongwen, 'word/_rels/document.xml.rels');
    const footer = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(xml)?.[1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return read(gongwen, `word/${target}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const f = await footer(type);
      expect(f).toContain(`<w:jc w:val="${side}"/>`);
      expect(f).toContain(`<w:ind w:${side}="280"/>`); // one 14 pt character in
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(texts(f, 'w').join('')).toBe('—  —');
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toMatch(/<w:sz w:val="28"\/>/);
    }
  });

  it('names each office face with the face Word/WPS substitutes where it is missing (fontTable altName, GB2312)', async () => {
    const table = await read(gongwen, 'word/fontTable.xml');
    for (const [name, alt] of [
      ['方正小标宋简体', '宋体'],
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['黑体', 'SimHei'],
    ])
      expect(table).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>`));
  });

  it('keeps every chart and the whole appendix of the plain brief', async () => {
    const media = Object.keys(gongwen.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(deck.slides.filter((s) => s.chart).length);
    const xml = await read(gongwen, 'word/document.xml');
    expect([...xml.slice(xml.indexOf('<w:tbl>')).matchAll(/<w:tr>/g)]).toHaveLength(figures.size + 1);
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
