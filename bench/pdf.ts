/**
 * 1. PDF export: `export-pdf` of the bundled deck as a user runs it (a cold `npm run cli` process: node
 * scripts/cli.mjs, which runs the built out/main/cli.js;
 * spawn to exit, the PDF on disk), against the floor of the same Chromium printing a static HTML file of
 * the same pages (`chromium --headless --print-to-pdf file://…`). The static file is the print route's
 * DOM after the page reported ready (charts are SVG there), with its CSS inlined and font URLs rewritten
 * to the built files, so it needs no server. Then the batch: `export-pdf --layout slides,handout,brief
 * --out-dir DIR` (one browser, one store open, three files), against the slowest of the three floors.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { pdfFileName, PRINT_LAYOUTS, PRINT_READY, printWindowSize, type PrintLayout } from '../src/shared/print';
import { launch, snapshot, startApp, staticHtml, toRendererFile } from './app';
import { CHROMIUM, CLI, log, mustSpawn, row, stats, type Row } from './lib';

async function pages(file: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
}

/** Save each layout's print page as a static file:// HTML file in `dir`. */
export async function savePrintPages(dbPath: string, dir: string): Promise<Record<PrintLayout, string>> {
  const app = await startApp(dbPath);
  const browser = await launch();
  const out = {} as Record<PrintLayout, string>;
  try {
    for (const layout of PRINT_LAYOUTS) {
      const page = await browser.newPage({ viewport: printWindowSize(layout) });
      await page.goto(app.url(`/print.html?layout=${layout}`));
      await page.evaluate((key) => (globalThis as unknown as Record<string, Promise<unknown>>)[key], PRINT_READY);
      const file = join(dir, `print-${layout}.html`);
      writeFileSync(file, staticHtml(await snapshot(page), toRendererFile));
      out[layout] = file;
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return out;
}

/** The floor: the same Chromium printing a layout's static page to `out` (a fresh process, as the CLI is). */
function printFloor(html: string, out: string) {
  return mustSpawn(CHROMIUM, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--user-data-dir=${join(out, '..', 'chromium-profile')}`,
    `--print-to-pdf=${out}`,
    pathToFileURL(html).href,
  ]);
}

/** The static pages, saved once per store for every condition the section runs under. */
const saved = new Map<string, Promise<Record<PrintLayout, string>>>();

export async function benchPdf(o: { dbPath: string; dir: string; runs: number; layouts: readonly PrintLayout[] }): Promise<Row[]> {
  mkdirSync(o.dir, { recursive: true });
  if (!saved.has(o.dbPath)) {
    const dir = join(o.dir, '..', 'pdf-static');
    mkdirSync(dir, { recursive: true });
    saved.set(o.dbPath, savePrintPages(o.dbPath, dir));
  }
  const statics = await (saved.get(o.dbPath) as Promise<Record<PrintLayout, string>>);
  const rows: Row[] = [];
  const floors: Row['stats'][] = [];
  for (const layout of o.layouts) {
    const exportMs: number[] = [];
    const floorMs: number[] = [];
    const app = join(o.dir, `export-${layout}.pdf`);
    const floor = join(o.dir, `floor-${layout}.pdf`);
    for (let i = 0; i < o.runs; i++) {
      // Interleaved, so a burst of load on the machine hits both sides alike.
      const e = await mustSpawn(CLI[0], [CLI[1], 'export-pdf', '--layout', layout, '--out', app, '--db', o.dbPath, '--chromium', CHROMIUM]);
      exportMs.push(e.ms);
      const f = await printFloor(statics[layout], floor);
      floorMs.push(f.ms);
      log(`pdf ${layout} #${i + 1}: export ${e.ms.toFixed(0)} ms, floor ${f.ms.toFixed(0)} ms`);
    }
    floors.push(stats(floorMs));
    const [appPages, floorPages] = await Promise.all([pages(app), pages(floor)]);
    rows.push(
      row({
        id: `pdf.${layout}`,
        group: 'PDF export',
        name: `export-pdf ${layout} (cold CLI)`,
        unit: 'ms',
        stats: stats(exportMs),
        floor: { name: 'chromium --print-to-pdf static file', stats: stats(floorMs) },
        target: { value: 1.2, direction: 'max', ratio: true, text: '≤ 1.2× floor' },
        extra: { pages: appPages, floorPages, bytes: statSync(app).size, floorBytes: statSync(floor).size },
        note: `${appPages} pages, ${(statSync(app).size / 1024).toFixed(0)} KB; floor ${floorPages} pages, ${(statSync(floor).size / 1024).toFixed(0)} KB`,
      }),
    );
  }
  // The batch: every layout above from one CLI process, one browser and one store open, against the slowest
  // layout's floor measured again run for run beside it (interleaved like the singles: the floor moved between
  // 1370 and 1950 ms from one section to the next on the shared machine, so a floor taken minutes before
  // judged the batch by the load of another moment).
  const slowestIndex = floors.reduce((a, f, i) => (f.median > floors[a].median ? i : a), 0);
  const slowestLayout = o.layouts[slowestIndex];
  const batchDir = join(o.dir, 'batch');
  mkdirSync(batchDir, { recursive: true });
  const batchMs: number[] = [];
  const batchFloorMs: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const b = await mustSpawn(CLI[0], [
      CLI[1],
      'export-pdf',
      '--layout',
      o.layouts.join(','),
      '--out-dir',
      batchDir,
      '--db',
      o.dbPath,
      '--chromium',
      CHROMIUM,
    ]);
    batchMs.push(b.ms);
    const f = await printFloor(statics[slowestLayout], join(o.dir, `floor-${slowestLayout}.pdf`));
    batchFloorMs.push(f.ms);
    log(`pdf batch ${o.layouts.join(',')} #${i + 1}: ${b.ms.toFixed(0)} ms, floor (${slowestLayout}) ${f.ms.toFixed(0)} ms`);
  }
  const slowest = stats(batchFloorMs);
  const batchPages = await Promise.all(o.layouts.map((l) => pages(join(batchDir, pdfFileName(l)))));
  rows.push(
    row({
      id: 'pdf.batch',
      group: 'PDF export',
      name: `export-pdf ${o.layouts.join(',')} --out-dir (cold CLI)`,
      unit: 'ms',
      stats: stats(batchMs),
      floor: { name: `the slowest single floor (${slowestLayout}), measured beside each batch`, stats: slowest },
      target: { value: 1.6, direction: 'max', ratio: true, text: '≤ 1.6× slowest floor' },
      extra: { pages: batchPages },
      note: `${o.layouts.length} files (${batchPages.join(' + ')} pages) from one process, one browser, one store open; floor: the slowest layout's single static print (${slowestLayout})`,
    }),
  );
  return rows;
}
