/**
 * The print layouts beside the first three (pdf-export.spec.ts): N-up handouts (2, 3 with note lines, 6
 * slides per A4 sheet), the brief's numbered contents, and the 公文 brief (GB/T 9704). The CLI exports each
 * from a temporary store; poppler checks page counts, page size, fonts (CID TrueType, never Type 3) and
 * that every figure's value is extractable text.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const LAYOUTS = ['handout-2', 'handout-3', 'handout-6', 'brief', 'brief-gongwen'] as const;
type Layout = (typeof LAYOUTS)[number];
const PER_SHEET: Partial<Record<Layout, number>> = { 'handout-2': 2, 'handout-3': 3, 'handout-6': 6 };

const HEADLINE = ['2.45万亿元', '2.14万亿元', '18.6%', '1380亿元', '25%', '1.8万亿元', '16.5%', '1650亿元', '35%'];
const deck = JSON.parse(readFileSync(join(ROOT, 'resources/reports/cq-2015/deck.json'), 'utf8')) as { slides: unknown[] };
const source = JSON.parse(readFileSync(join(ROOT, 'resources/reports/cq-2015/report.json'), 'utf8')) as {
  figures: { valueText: string; label: string }[];
};

let dir: string;
const pdf = (layout: Layout) => join(dir, `${layout}.pdf`);
const poppler = async (tool: string, ...args: string[]) => (await run(tool, args, { maxBuffer: 1 << 24 })).stdout;
const text = async (layout: Layout, ...range: string[]) => (await poppler('pdftotext', ...range, pdf(layout), '-')).replace(/\s+/g, '');
const pages = async (layout: Layout) => Number(/^Pages:\s+(\d+)/m.exec(await poppler('pdfinfo', pdf(layout)))?.[1]);

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(join(tmpdir(), 'briefing-layouts-'));
  // export-pdf only reads: the store it prints from is made first (cli init).
  await run(process.execPath, ['scripts/cli.mjs', 'init', '--db', join(dir, 'store.sqlite')], { cwd: ROOT });
  for (const layout of LAYOUTS) {
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
      '--issue',
      '7',
    ];
    const r = await run(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    console.log(`export-pdf ${layout}: ${r.stderr.trim()}`);
  }
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const layout of LAYOUTS) {
  test.describe(layout, () => {
    test('pdfinfo: A4 portrait, and an N-up handout has the contents page plus ceil(slides / N) sheets', async () => {
      const info = await poppler('pdfinfo', pdf(layout));
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const per = PER_SHEET[layout];
      if (per) expect(await pages(layout)).toBe(1 + Math.ceil(deck.slides.length / per));
      else expect(await pages(layout)).toBeGreaterThanOrEqual(6);
    });

    test('pdffonts: every font embedded CID TrueType, none of Type 3', async () => {
      const rows = (await poppler('pdffonts', pdf(layout))).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).not.toMatch(/Type 3/);
        expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      }
    });

    test('pdftotext: every headline figure with its unit; a brief, every stored figure', async () => {
      const all = await text(layout);
      for (const s of HEADLINE) expect(all, s).toContain(s);
      if (layout.startsWith('brief'))
        for (const f of source.figures) expect(all, `${f.label} ${f.valueText}`).toContain(f.valueText.replace(/\s+/g, ''));
    });
  });
}

test('handout-3: every slide sits beside ruled note lines; handout-6: six slide titles to a sheet', async () => {
  const slides = deck.slides as { title: string }[];
  const sheet2 = await text('handout-3', '-f', '2', '-l', '2');
  for (const n of [1, 2, 3]) expect(sheet2).toContain(`${n}${slides[n - 1]?.title.replace(/\s+/g, '').slice(0, 4)}`);
  // The note lines are drawn as rules: pdftocairo's SVG of the sheet holds 3 × 7 horizontal lines at least.
  const svg = join(dir, 'h3.svg');
  await poppler('pdftocairo', '-svg', '-f', '2', '-l', '2', pdf('handout-3'), svg);
  expect((readFileSync(svg, 'utf8').match(/<path/g) ?? []).length).toBeGreaterThan(21);
  const sheet6 = await text('handout-6', '-f', '2', '-l', '2');
  for (const n of [1, 2, 3, 4, 5, 6]) expect(sheet6).toContain(`${n}${slides[n - 1]?.title.replace(/\s+/g, '').slice(0, 4)}`);
});

/** The contents lines of page 1: "title …… n". */
async function contents(layout: Layout): Promise<[string, number][]> {
  const lines = (await poppler('pdftotext', '-f', '1', '-l', '1', '-layout', pdf(layout), '-')).split('\n');
  return lines.flatMap((l) => {
    const m = /^\s*((?:[一二三四五六七八九十]+、|附录).*?)\s+(\d+)\s*$/.exec(l);
    return m ? [[(m[1] as string).replace(/\s+/g, ''), Number(m[2])] as [string, number]] : [];
  });
}

for (const layout of ['brief', 'brief-gongwen'] as const) {
  test(`${layout}: the contents give each section's real page`, async () => {
    const entries = await contents(layout);
    expect(entries.map(([t]) => t.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '附录']);
    for (const [title, page] of entries) {
      // The section's heading is on that page (its first words, as pdftotext reads them: the running head can cut in after 附录).
      const head = title.startsWith('附录') ? '附录' : title.slice(0, 6);
      expect(await text(layout, '-f', String(page), '-l', String(page)), `${title} → ${page}`).toContain(head);
    }
    const ps = entries.map(([, p]) => p);
    expect([...ps].sort((a, b) => a - b)).toEqual(ps);
    expect(ps[0]).toBe(2);
  });
}

test('brief: the appendix sets 预计 in its own column, the value alone, the unit whole', async () => {
  const appendix = (await poppler('pdftotext', '-layout', pdf('brief'), '-')).split('\n');
  const row = appendix.find((l) => /^\s*1\s+工业总产值\s/.test(l));
  expect(row, 'row 1 of the appendix').toBeDefined();
  expect(row).toMatch(/工业总产值\s+预计\s+2\.45\s+万亿元\s/);
  expect(appendix.join('\n')).not.toMatch(/万亿\s*\n\s*元/);
});

test('brief-gongwen: 红头 with 第7期, the issuing unit, page numbers "— n —", no running heads', async () => {
  const first = await text('brief-gongwen', '-f', '1', '-l', '1');
  expect(first).toContain('简报');
  expect(first).toContain('第7期');
  expect(first).toContain('重庆市经济和信息化委员会');
  expect(first).toContain('内部资料');
  const n = await pages('brief-gongwen');
  for (const p of [1, 2, n]) expect(await text('brief-gongwen', '-f', String(p), '-l', String(p))).toContain(`—${p}—`);
  expect(await text('brief-gongwen')).not.toMatch(/第\d+页\/共\d+页/);
  // Odd pages number at the right edge, even ones at the left (bbox of the number's glyphs).
  const bbox = await poppler('pdftotext', '-f', '2', '-l', '3', '-bbox', pdf('brief-gongwen'), '-');
  const xs = [...bbox.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [...(m[1] as string).matchAll(/xMin="([\d.]+)"[^>]*>—<\/word>/g)].map((w) => Number(w[1]));
    return words[words.length - 1] ?? NaN;
  });
  expect(xs[0]).toBeLessThan(200); // page 2: left
  expect(xs[1]).toBeGreaterThan(400); // page 3: right
});

test('brief-gongwen: without the office faces installed, the bundled Song (Noto Serif SC) and Kai (LXGW WenKai, both weights) are embedded', async () => {
  // A machine with 方正小标宋/仿宋/楷体 of its own prints in those (gongwen.css local()); this one has none.
  const own = (await run('fc-list', [':lang=zh', 'family']).catch(() => ({ stdout: '' }))).stdout;
  test.skip(/XiaoBiaoSong|小标宋|FangSong|仿宋|KaiTi|楷体|SimSun|宋体/i.test(own), 'this machine has its own 公文 faces');
  const names = (await poppler('pdffonts', pdf('brief-gongwen'))).split('\n').slice(2).join('\n');
  expect(names).toMatch(/\+NotoSerifSC\S*-Bold\s+CID TrueType/);
  expect(names).toMatch(/\+LXGWWenKai-Regular\s+CID TrueType/);
  expect(names).toMatch(/\+LXGWWenKai-Bold\s+CID TrueType/);
  // The other brief keeps the sans face only.
  expect(await poppler('pdffonts', pdf('brief'))).not.toMatch(/NotoSerifSC|LXGWWenKai/);
});
