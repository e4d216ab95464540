/**
 * export-pdf end to end, as an office would run it in batch: the CLI on a temporary store exports all
 * three layouts with Debian's Chromium, and poppler checks what a reader gets — page count and size,
 * embedded fonts (none of Type 3), every headline figure and chart title as extractable text, vector
 * charts, and the document properties and bookmarks.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const LAYOUTS = ['slides', 'handout', 'brief'] as const;
type Layout = (typeof LAYOUTS)[number];

/** The KPI slide's headline figures, exactly as the slides print them. */
const HEADLINE = ['2.45万亿元', '2.14万亿元', '18.6%', '1380亿元', '25%', '1.8万亿元', '16.5%', '1650亿元', '35%'];
const deck = JSON.parse(readFileSync(join(ROOT, 'resources/reports/cq-2015/deck.json'), 'utf8')) as {
  title: string;
  slides: { chart?: { title: string } }[];
};
const CHART_TITLES = deck.slides.flatMap((s) => (s.chart ? [s.chart.title] : []));

let dir: string;
const pdf = (layout: Layout) => join(dir, `${layout}.pdf`);
const poppler = async (tool: string, ...args: string[]) => (await run(tool, args, { maxBuffer: 1 << 24 })).stdout;
/** pdftotext without the gaps layout puts between a number and its unit ("2.45 万亿元" is set in two sizes). */
const text = async (layout: Layout, ...range: string[]) => (await poppler('pdftotext', ...range, pdf(layout), '-')).replace(/\s+/g, '');

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
  // export-pdf only reads: the store it prints from is made first, as a user makes one (cli init).
  await run(process.execPath, ['scripts/cli.mjs', 'init', '--db', join(dir, 'store.sqlite')], { cwd: ROOT });
  for (const layout of LAYOUTS) {
    const started = Date.now();
    // The CLI as users run it (npm run cli): the build test:e2e just made, run by plain Node.
    const args = [
      'scripts/cli.mjs',
      'export-pdf',
      '--layout',
      layout,
      '--out',
      pdf(layout),
      '--db',
      join(dir, 'store.sqlite'),
      '--internal',
    ];
    const r = await run(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    console.log(
      `export-pdf ${layout}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${(statSync(pdf(layout)).size / 1024).toFixed(0)} KB — ${r.stderr.trim()}`,
    );
  }
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('only the three PDFs are left in the target folder (no temporary files)', () => {
  expect(
    readdirSync(dir)
      .filter((f) => f.endsWith('.pdf') || f.endsWith('.part'))
      .sort(),
  ).toEqual(['brief.pdf', 'handout.pdf', 'slides.pdf']);
});

for (const layout of LAYOUTS) {
  test.describe(layout, () => {
    test('pdfinfo: title, author, page size and a sensible page count', async () => {
      const info = await poppler('pdfinfo', pdf(layout));
      const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1] ?? '';
      expect(field('Title')).toBe(deck.title);
      expect(field('Author')).toBe('重庆市经济和信息化委员会');
      expect(field('Keywords')).toContain('数据截至2015年');
      expect(field('CreationDate')).not.toBe('');
      const pages = Number(field('Pages'));
      const [w, h] = field('Page size')
        .split(/\s+/)
        .filter((x) => /^[\d.]+$/.test(x))
        .map(Number) as [number, number];
      if (layout === 'slides') {
        expect(pages).toBe(deck.slides.length);
        expect(w / h).toBeCloseTo(16 / 9, 3);
      } else {
        expect(field('Page size')).toContain('(A4)');
        expect(h).toBeGreaterThan(w);
        expect(pages).toBeGreaterThanOrEqual(layout === 'handout' ? deck.slides.length + 1 : 6);
        expect(pages).toBeLessThanOrEqual(layout === 'handout' ? deck.slides.length * 2 : 30);
      }
    });

    test('pdffonts: every font embedded, CID TrueType, none of Type 3', async () => {
      const rows = (await poppler('pdffonts', pdf(layout))).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).not.toMatch(/Type 3/);
        expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      }
    });

    test('pdftotext: every headline figure, every chart title, the running marks', async () => {
      const all = await text(layout);
      for (const s of HEADLINE) expect(all, s).toContain(s);
      for (const s of CHART_TITLES) expect(all, s).toContain(s.replace(/\s+/g, ''));
      expect(all).toContain('内部资料');
      expect(all).toContain('数据截至2015年');
      expect(all).toMatch(/第2页\/共\d+页/);
    });
  });
}

test('slides: the chart is vector — its labels are text and the page holds no image', async () => {
  // Page 5: the first chart (主要指标年均增速), after the title, the agenda, the 01 divider and the KPI slide.
  const page5 = await text('slides', '-f', '5', '-l', '5');
  for (const s of ['单位：%', '规模工业产值', '规模工业利润', '18.6%', '35%', `第5页/共${deck.slides.length}页`])
    expect(page5).toContain(s);
  const images = (await poppler('pdfimages', '-list', pdf('slides'))).split('\n').slice(2).filter(Boolean);
  expect(images).toEqual([]);
});

/** Top-level bookmarks: title and 1-based page. */
async function bookmarks(layout: Layout, file = pdf(layout)): Promise<[string, number][]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const pages = doc.getPages().map((p) => p.ref);
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const out: [string, number][] = [];
  for (let ref = root.get(PDFName.of('First')) as PDFRef | undefined; ref;) {
    const item = doc.context.lookup(ref, PDFDict);
    const dest = item.lookup(PDFName.of('Dest')) as unknown as { get(i: number): unknown };
    out.push([item.lookup(PDFName.of('Title'), PDFHexString).decodeText(), pages.indexOf(dest.get(0) as PDFRef) + 1]);
    ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
  }
  return out;
}

test('bookmarks: a section per entry, in order, each on a real page', async () => {
  const brief = await bookmarks('brief');
  expect(brief.map(([t]) => t)).toEqual([
    '一、“十二五”发展总貌',
    '二、五大功能区域协调发展',
    '三、产业结构更加优化',
    '四、创新能力增强　助推两化深度融合',
    '五、开放水平提升',
    '六、发展环境持续改善',
    '附录　数据一览',
  ]);
  const pages = brief.map(([, p]) => p);
  expect(pages[0]).toBe(2);
  expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  const slides = await bookmarks('slides');
  expect(slides[0]).toEqual(['1. 创新能力增强　助推重庆信息化和工业化深度融合', 1]);
  expect(slides.find(([t]) => t === '开放水平提升')?.[1]).toBe(22);
  expect((await bookmarks('handout')).length).toBe(slides.length);
});

test('brief: the appendix lists every figure with its source sentence', async () => {
  const all = await text('brief');
  expect(all).toContain('附录数据一览');
  expect(all).toContain('2月4日，记者从市经信委获悉：2015年，预计全市工业总产值2.45万亿元，比“十一五”末翻了一番多。');
});

test('a batch (--layout slides,handout,brief --out-dir) prints the same three documents from one process', async () => {
  const out = join(dir, 'batch');
  mkdirSync(out);
  const args = [
    'scripts/cli.mjs',
    'export-pdf',
    '--layout',
    LAYOUTS.join(','),
    '--out-dir',
    out,
    '--db',
    join(dir, 'store.sqlite'),
    '--internal',
  ];
  const r = await run(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  });
  console.log(`export-pdf batch: ${r.stderr.trim()}`);
  expect(readdirSync(out).sort()).toEqual(['brief.pdf', 'handout.pdf', 'slides.pdf']);
  for (const layout of LAYOUTS) {
    const file = join(out, `${layout}.pdf`);
    expect(await poppler('pdftotext', file, '-'), layout).toBe(await poppler('pdftotext', pdf(layout), '-'));
    const pages = async (f: string) => /^Pages:\s+(\d+)$/m.exec(await poppler('pdfinfo', f))?.[1];
    expect(await pages(file), layout).toBe(await pages(pdf(layout)));
    expect(await bookmarks(layout, file), layout).toEqual(await bookmarks(layout));
  }
});
