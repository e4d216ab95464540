/**
 * Readers: a 50-page .docx and a 50-page text PDF to the review table's figures (the main process's share of
 * 导入报告: report.read, then report.extract), in one process, the module already loaded (as in the app).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { readReport } from '../src/main/readers';
import { extractFigures } from '../src/shared/extract';
import { makeDocx, printPdf } from '../test/reader-fixtures';
import { log, ROOT, row, stats, type Row } from './lib';

/** The bundled report's paragraphs, repeated to about `chars` characters. */
function paragraphs(chars: number): string[] {
  const unit = readFileSync(join(ROOT, 'resources/reports/cq-2015/report.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 20);
  const out: string[] = [];
  for (let n = 0; n < chars;) {
    const p = unit[out.length % unit.length];
    out.push(p);
    n += p.length;
  }
  return out;
}

async function measure(bytes: Uint8Array, name: string, runs: number): Promise<{ ms: number[]; figures: number; chars: number }> {
  await readReport(bytes, { name }); // load the reader's modules once, as the app has after its first import
  let figures = 0;
  let chars = 0;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { text } = await readReport(bytes, { name });
    figures = extractFigures(text).length;
    ms.push(performance.now() - t0);
    chars = text.length;
  }
  return { ms, figures, chars };
}

export async function benchReaders(dir: string, runs: number): Promise<Row[]> {
  mkdirSync(dir, { recursive: true });
  // 14 pt type on A4 holds about 1,000 Chinese characters a page.
  const paras = paragraphs(36_000);
  const docx = await makeDocx(paras);
  printPdf(dir, 'fifty', '重庆市工业和信息化发展报告', paras);
  const pdf = readFileSync(join(dir, 'fifty.pdf'));
  const pages = /Pages:\s+(\d+)/u.exec(spawnSync('pdfinfo', [join(dir, 'fifty.pdf')], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? '?';
  log(`readers: .docx ${(docx.length / 1024).toFixed(0)} KB, PDF ${(pdf.length / 1024).toFixed(0)} KB, ${pages} pages`);
  const out: Row[] = [];
  for (const [id, name, bytes, what] of [
    ['read-docx', 'fifty.docx', docx, `.docx of the same text (${pages} PDF pages' worth)`],
    ['read-pdf', 'fifty.pdf', pdf, `text PDF, ${pages} pages (Chromium, Noto Sans SC)`],
  ] as const) {
    const m = await measure(bytes, name, runs);
    out.push(
      row({
        id,
        group: 'Readers',
        name: `${what} → figures for review`,
        unit: 'ms',
        stats: stats(m.ms),
        target: { value: 2000, direction: 'max', text: '≤ 2 s' },
        note: `${m.chars} characters, ${m.figures} figures`,
        extra: { bytes: bytes.length, chars: m.chars, figures: m.figures },
      }),
    );
  }
  return out;
}
