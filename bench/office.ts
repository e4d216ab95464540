/**
 * Office exports: `npm run cli -- export-pptx` and `export-docx` (plain and 公文) of the bundled deck as cold
 * CLI processes (node scripts/cli.mjs: freshness check, then out/main/cli.js), spawn to exit, file on disk.
 * The docx rows include drawing every chart to a 300 dpi PNG (@napi-rs/canvas). Beside them, the CLI's own
 * start-up (`--help`), the part no export can save.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, log, mustSpawn, row, stats, type Row } from './lib';

const TARGET = { value: 1500, direction: 'max', text: '≤ 1.5 s' } as const;

export async function benchOffice(o: { dbPath: string; dir: string; runs: number }): Promise<Row[]> {
  mkdirSync(o.dir, { recursive: true });
  const cases = [
    { id: 'office.pptx', name: 'export-pptx (cold npm run cli)', args: ['export-pptx'], ext: 'pptx' },
    { id: 'office.docx', name: 'export-docx (cold npm run cli)', args: ['export-docx'], ext: 'docx' },
    {
      id: 'office.docxGongwen',
      name: 'export-docx --layout brief-gongwen (cold)',
      args: ['export-docx', '--layout', 'brief-gongwen'],
      ext: 'docx',
    },
  ];
  const rows: Row[] = [];
  for (const c of cases) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < o.runs; i++) {
      const out = join(o.dir, `${c.id}-${i}.${c.ext}`);
      ms.push((await mustSpawn(CLI[0], [CLI[1], ...c.args, '--out', out, '--db', o.dbPath])).ms);
      bytes = statSync(out).size;
    }
    log(`${c.id}: median ${stats(ms).median.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`);
    rows.push(
      row({
        id: c.id,
        group: 'Office',
        name: c.name,
        unit: 'ms',
        stats: stats(ms),
        target: TARGET,
        note: `${(bytes / 1024).toFixed(0)} KB`,
      }),
    );
  }
  return rows;
}
