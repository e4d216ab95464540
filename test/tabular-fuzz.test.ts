/**
 * CSV and XLSX corrections fuzzed (issue 22): whatever the file, the import either applies it or throws the
 * import's own error (StoreError BAD_EDIT, with a message), never anything else; a refused file leaves the
 * store exactly as it was (a hash of every row), and what an accepted one stores is well-formed text.
 * A zip bomb .xlsx — a small archive whose sheet inflates to hundreds of MB — is refused by name, with the
 * process's peak memory barely moving (measured with the OS's max RSS).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../src/main/api/dispatch';
import { createHandlers } from '../src/main/api/handlers';
import { badCharacter } from '../src/shared/text';
import type { Handlers } from '../src/shared/api';
import { openStore, StoreError, type Store } from '../src/main/store';
import { listFigures } from '../src/main/store/figures';
import { applyRows, COLUMNS, figureRows, parseCsvRows, parseXlsxRows, toCsv } from '../src/main/store/tabular';
import { contentHash, SEED, tempDir } from './helpers';
import { declareSize, SHEET, xlsxBomb } from './zip-bomb';

let t: ReturnType<typeof tempDir>;
let store: Store;
let h: Handlers;
let workbook: Buffer;

beforeAll(async () => {
  t = tempDir();
  store = openStore(join(t.dir, 'fuzz.sqlite'), { seedBundles: SEED, dailyBackup: false });
  h = createHandlers(store, 'test');
  workbook = await toXlsx([[...COLUMNS], ...figureRows(store.db, 1).map((r) => COLUMNS.map((c) => r[c]))]);
});
afterAll(() => {
  store.close();
  t.cleanup();
});

async function toXlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const figures = () => listFigures(store.db, 1);

/**
 * Import `content` the way data.import does; check the outcome's properties. Returns 'applied' or the
 * refusal's message.
 */
async function importChecked(format: 'csv' | 'xlsx', content: string | Uint8Array): Promise<string> {
  const before = contentHash(store.db);
  const versions = new Map(figures().map((f) => [f.id, f.version]));
  let changed: number;
  try {
    const parsed = format === 'csv' ? parseCsvRows(content as string) : await parseXlsxRows(content as Uint8Array);
    changed = applyRows(store.db, store.path, 1, parsed, 'fuzz');
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('BAD_EDIT');
    expect((e as Error).message.trim().length).toBeGreaterThan(0);
    // Nothing was written: not even the good rows before the bad one.
    expect(contentHash(store.db)).toBe(before);
    return (e as Error).message;
  }
  // What went in is well-formed, and the count is the figures that really changed.
  const after = figures();
  for (const f of after) for (const v of [f.label, f.valueText, f.unit, f.period]) expect(badCharacter(v)).toBeUndefined();
  expect(after.filter((f) => f.version !== versions.get(f.id)).length).toBe(changed);
  if (!changed) expect(contentHash(store.db)).toBe(before);
  return 'applied';
}

/** A cell as a correction file might hold it: real values, near misses, and anything at all. */
function cellArb(): fc.Arbitrary<string> {
  const real = figures();
  return fc.oneof(
    fc.constantFrom(...real.flatMap((f) => [f.key, f.label, f.valueText, f.unit, f.period, f.kind, f.status])),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom('', ' ', '=1+1', "'=1+1", '-', 'NaN', 'Infinity', '1e309', '翻了一番', '1/0', '\u202e', '\0', '"', '""', '\r\n'),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.string({ maxLength: 250, unit: 'grapheme' }),
  );
}

/** Header: key (or not) among real and unknown column names, in any order; body: rows of cells. */
function tableArb(): fc.Arbitrary<string[][]> {
  const keys = figures().map((f) => f.key);
  const header = fc
    .uniqueArray(fc.oneof(fc.constantFrom(...COLUMNS), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 })
    .chain((cols) => fc.boolean().map((withKey) => (withKey && !cols.includes('key') ? ['key', ...cols] : cols)));
  return header.chain((cols) =>
    fc
      .array(
        fc
          .tuple(fc.constantFrom(...keys), fc.array(cellArb(), { minLength: cols.length, maxLength: cols.length }))
          .map(([key, cells]) => cols.map((c, i) => (c === 'key' && i % 2 === 0 ? key : cells[i]))),
        { maxLength: 6 },
      )
      .map((rows) => [cols, ...rows]),
  );
}

/** Sometimes a row that really corrects a figure, so accepted files are explored too. */
function correctionArb(): fc.Arbitrary<string[][]> {
  const real = figures().filter((f) => /^\d+(\.\d+)?$/.test(f.valueText));
  return fc
    .tuple(fc.constantFrom(...real), fc.integer({ min: 1, max: 9999 }), tableArb())
    .map(([f, n, rest]) => [['key', 'value'], [f.key, String(n)], ...rest.slice(1).map((r) => [r[0] ?? '', r[1] ?? ''])]);
}

describe('a zip bomb .xlsx', () => {
  // First in the file: the peak-memory measure compares with the process as it stands before any fuzzing.
  it('is refused by name within bounded memory, whatever its directory claims', async () => {
    // One archive, built once; its directory (and local header) then claims the truth, a tiny size, or a size under the cap.
    const { bytes: honest, inflated } = await xlsxBomb(workbook, 400);
    expect(inflated).toBeGreaterThan(400 * 1024 * 1024);
    expect(honest.length).toBeLessThan(2 * 1024 * 1024);
    const cases = [
      { bytes: honest, message: /压缩炸弹.*超过 32 MB|超过 32 MB.*压缩炸弹/ },
      { bytes: declareSize(honest, SHEET, 4096), message: /比它自己声明的大小还大.*压缩炸弹/ },
      { bytes: declareSize(honest, SHEET, 30 * 1024 * 1024), message: /比它自己声明的大小还大.*压缩炸弹/ },
    ];
    for (const c of cases) {
      const rssBefore = process.memoryUsage().rss;
      const hash = contentHash(store.db);
      const r = await dispatch(h, 'data.import', { reportId: 1, format: 'xlsx', name: 'bomb.xlsx', content: c.bytes.toString('base64') });
      // The OS's high-water mark (KB): the sheet was never inflated beyond the cap.
      const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      if (!r.ok) expect(r.error.message).toMatch(c.message);
      expect(contentHash(store.db)).toBe(hash);
      expect(peakGrowth).toBeLessThan(128 * 1024 * 1024);
    }
  }, 60_000);

  it('is otherwise a well-formed workbook: the same archive with a small sheet reaches exceljs', async () => {
    const { bytes } = await xlsxBomb(workbook, 0);
    expect(await importChecked('xlsx', bytes)).toMatch(/第 1 行：第一行应是列名/);
  });
});

describe('fuzzed CSV corrections', () => {
  it('any text: applied, or refused with the import error and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 400 })), (text) =>
        importChecked('csv', text).then(() => undefined),
      ),
      { numRuns: 300 },
    );
  });

  it('tables of real keys and hostile cells: the same, and accepted files are explored too', async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(tableArb(), correctionArb()), async (rows) => {
        const csv = Papa.unparse(rows, { newline: '\r\n' });
        const r = await importChecked('csv', csv);
        const kind = r === 'applied' ? r : 'refused';
        outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
      }),
      { numRuns: 400 },
    );
    // Both branches were exercised, so the properties above were checked on each.
    expect(outcomes.get('applied')).toBeGreaterThan(5);
    expect(outcomes.get('refused')).toBeGreaterThan(5);
  }, 120_000);

  it('an export edited at random (cut, spliced, bytes changed) is applied or refused whole', async () => {
    const base = toCsv(figureRows(store.db, 1));
    await fc.assert(
      fc.asyncProperty(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 20 }), (a, b, insert) =>
        importChecked('csv', base.slice(0, Math.min(a, b)) + insert + base.slice(Math.max(a, b))).then(() => undefined),
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('fuzzed XLSX corrections', () => {
  const value = () =>
    fc.oneof(
      cellArb(),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
      fc.record({ formula: fc.constantFrom('1+1', 'A1', 'SUM(B2:B9)', '1/0'), result: fc.oneof(fc.double(), fc.string()) }),
      fc.array(fc.record({ text: fc.string({ maxLength: 10 }) }), { minLength: 1, maxLength: 3 }).map((richText) => ({ richText })),
      fc.record({ text: fc.string({ maxLength: 10 }), hyperlink: fc.constant('https://example.org/') }),
      fc.constantFrom('#N/A', '#DIV/0!', '#REF!').map((error) => ({ error })),
    );

  it('workbooks of any cell types: applied, or refused with the import error and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          tableArb(),
          correctionArb(),
          tableArb().chain((rows) => fc.array(fc.array(value(), { maxLength: 6 }), { maxLength: 5 }).map((more) => [...rows, ...more])),
        ),
        async (rows) => void (await importChecked('xlsx', await toXlsx(rows))),
      ),
      { numRuns: 120 },
    );
  }, 180_000);

  it('a real export damaged at random, or any bytes at all: the same', async () => {
    const damaged = fc
      .array(fc.tuple(fc.nat(workbook.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
      .chain((edits) =>
        fc.nat(workbook.length).map((cut) => {
          const b = Buffer.from(workbook);
          for (const [at, byte] of edits) b[at] = byte;
          return cut % 3 === 0 ? b.subarray(0, cut) : b;
        }),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          damaged,
          fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)),
        ),
        async (bytes) => {
          void (await importChecked('xlsx', bytes));
        },
      ),
      { numRuns: 200 },
    );
  }, 180_000);
});
