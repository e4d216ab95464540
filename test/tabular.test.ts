/** Figures as JSON/CSV/XLSX: export, the formula-injection guard, round trips, and all-or-nothing corrections. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../src/shared/api';
import { createHandlers } from '../src/main/api/handlers';
import { dispatch } from '../src/main/api/dispatch';
import { openStore, type Store } from '../src/main/store';
import { listEdits } from '../src/main/store/edits';
import { listFigures } from '../src/main/store/figures';
import { neutralise, unneutralise } from '../src/main/store/tabular';
import { contentHash, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let h: Handlers;
beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'x.sqlite'), { seedBundles: SEED, dailyBackup: false });
  h = createHandlers(store, 'test');
});
afterEach(() => {
  store.close();
  t.cleanup();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await dispatch(h, channel, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}
const exportAs = (format: 'json' | 'csv') => call<{ filename: string; content: string }>('data.export', { reportId: 1, format });

describe('the CSV formula guard', () => {
  it('neutralises cells a spreadsheet would evaluate, and only those', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    for (const c of ['+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralise(c).startsWith("'")).toBe(true);
    expect(neutralise('2.45')).toBe('2.45');
    expect(neutralise("'quoted")).toBe("'quoted");
    expect(neutralise("'=1")).toBe("''=1");
  });

  it('round-trips every string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((x) => `'${x}`),
          fc.string().map((x) => `'=${x}`),
        ),
        (s) => {
          expect(unneutralise(neutralise(s))).toBe(s);
          expect(/^[=+\-@\t\r]/.test(neutralise(s))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('export', () => {
  it('writes every figure with its source sentence as JSON and as CSV', async () => {
    const json = JSON.parse((await exportAs('json')).content) as { key: string; quote: string }[];
    expect(json).toHaveLength(listFigures(store.db, 1).length);
    const csv = await exportAs('csv');
    expect(csv.filename).toBe('cq-2015-figures.csv');
    const parsed = Papa.parse<Record<string, string>>(csv.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.quote)).toEqual(json.map((r) => r.quote));
    expect(parsed.data.find((r) => r.key === 'industrial-output')).toMatchObject({ value: '2.45', unit: '万亿元' });
  });

  it('neutralises a label that an editor made look like a formula', async () => {
    const f = listFigures(store.db, 1)[0];
    await call('figure.update', { figureId: f.id, expectedVersion: 1, patch: { label: '=1+1' }, reason: '测试' });
    const csv = (await exportAs('csv')).content;
    expect(csv).toContain("'=1+1");
    expect(csv).not.toMatch(/(^|,)=1\+1/m);
  });
});

describe('import of corrections', () => {
  it('round-trips: importing an unchanged export changes nothing', async () => {
    for (const format of ['json', 'csv'] as const) {
      const before = contentHash(store.db);
      const { content } = await exportAs(format);
      expect(await call('data.import', { reportId: 1, format, name: `x.${format}`, content })).toEqual({ changed: 0 });
      expect(contentHash(store.db)).toBe(before);
    }
  });

  it('applies corrections from CSV as audited edits', async () => {
    const { content } = await exportAs('csv');
    const changed = content.replace(',1380,亿元,', ',1390,亿元,');
    expect(await call('data.import', { reportId: 1, format: 'csv', name: '更正.csv', content: changed })).toEqual({ changed: 1 });
    const f = listFigures(store.db, 1).find((x) => x.key === 'scale-profit')!;
    expect(f.valueText).toBe('1390');
    expect(listEdits(store.db, { figureId: f.id })[0].reason).toBe('从文件导入：更正.csv');
  });

  it('applies corrections from XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['key', 'label', 'value', 'unit', 'period']);
    ws.addRow(['auto-units', '汽车产业年产量', 304, '万辆', '2015年']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await call('data.import', { reportId: 1, format: 'xlsx', name: 'a.xlsx', content })).toEqual({ changed: 1 });
    expect(listFigures(store.db, 1).find((x) => x.key === 'auto-units')!.value).toBe(304);
  });

  const bad: [string, 'json' | 'csv', (csv: string, json: string) => string, RegExp][] = [
    ['an unknown unit', 'csv', (c) => c.replace(',1380,亿元,', ',1380,磅,'), /第 \d+ 行，“单位”列（unit）：未知的单位“磅”/],
    ['NaN as a value', 'json', (_c, j) => j.replace('"value": "2.45"', '"value": "NaN"'), /第 1 行，“数值”列（value）：数值“NaN”无法识别/],
    [
      'a wrong type',
      'json',
      (_c, j) => j.replace('"label": "工业总产值"', '"label": ["工业总产值"]'),
      /第 1 行，“名称”列（label）：应是文字/,
    ],
    [
      'an unknown key',
      'csv',
      (c) => c.replace('\r\nindustrial-output,', '\r\nnot-a-figure,'),
      /第 2 行，“编号”列（key）：本报告没有编号为“not-a-figure”/,
    ],
    ['an empty file', 'csv', () => '', /第 1 行：.*第一行应是列名/],
    ['not JSON at all', 'json', () => '这不是 JSON', /不是有效的 JSON/],
    ['a JSON object instead of an array', 'json', () => '{"key": "x"}', /最外层应是数据项的数组/],
  ];
  it.each(bad)('refuses %s naming row and column, and writes nothing (not even the good rows)', async (_what, format, mutate, message) => {
    const csv = (await exportAs('csv')).content.replace(',2.14,万亿元,', ',2.15,万亿元,'); // a good change too
    const json = (await exportAs('json')).content.replace('"value": "2.14"', '"value": "2.15"');
    const before = contentHash(store.db);
    const r = await dispatch(h, 'data.import', { reportId: 1, format, name: 'bad', content: mutate(csv, json) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect(contentHash(store.db)).toBe(before);
  });

  it('refuses a file that is not an XLSX workbook', async () => {
    const before = contentHash(store.db);
    const r = await dispatch(h, 'data.import', {
      reportId: 1,
      format: 'xlsx',
      name: 'x.xlsx',
      content: Buffer.from('not a zip').toString('base64'),
    });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error.message).toMatch(/不是有效的 XLSX/);
    expect(contentHash(store.db)).toBe(before);
  });
});
