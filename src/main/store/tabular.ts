/**
 * Figures as a table: export to JSON and CSV, and bulk corrections from JSON, CSV or XLSX. An import only
 * corrects existing figures (matched by key) — a number without its source sentence would be untraceable —
 * and goes in one transaction after a backup: every row is valid or nothing is written. Errors name the
 * row and the column. CSV cells that a spreadsheet would run as a formula are neutralised on export.
 */
import Papa from 'papaparse';
import { figureKindSchema, figureStatusSchema, unknownValue } from '../../shared/enums';
import { MAX_DATA_CELL_CHARS } from '../../shared/limits';
import { badCharacter, wellFormedMessage } from '../../shared/text';
import { ReadError } from '../readers/errors';
import { checkZip, XLSX, XLSX_ZIP_LIMITS } from '../readers/zip-guard';
import type { FigurePatch } from '../../shared/types';
import { createBackup } from './backup';
import type { DB } from './db';
import { updateFigure, validatePatch } from './edits';
import { StoreError } from './errors';
import { listFigures } from './figures';
import { getReport } from './reports';

export const COLUMNS = [
  'key',
  'section',
  'label',
  'value',
  'unit',
  'period',
  'kind',
  'status',
  'qualifier',
  'scope',
  'quote',
  'start',
  'end',
] as const;
/** Chinese names for messages: the user sees these as column headers in a spreadsheet. */
const COLUMN_NAMES: Record<string, string> = {
  key: '编号',
  label: '名称',
  value: '数值',
  unit: '单位',
  period: '时期',
  kind: '类型',
  status: '状态',
};

export type Row = Record<(typeof COLUMNS)[number], string | number | null>;

export function figureRows(db: DB, reportId: number): Row[] {
  const report = getReport(db, reportId);
  if (!report) throw new StoreError('NOT_FOUND', `报告 ${reportId} 不存在`);
  const sections = new Map(report.sections.map((s) => [s.id, s.key]));
  return listFigures(db, reportId).map((f) => ({
    key: f.key,
    section: sections.get(f.sectionId) ?? '',
    label: f.label,
    value: f.valueText,
    unit: f.unit,
    period: f.period,
    kind: f.kind,
    status: f.status,
    qualifier: f.qualifier,
    scope: f.scope,
    quote: f.quote,
    start: f.quoteStart,
    end: f.quoteEnd,
  }));
}

/** A leading = + - @ (or tab/CR) makes spreadsheets evaluate a cell; a leading ' keeps it text. */
export const neutralise = (cell: string): string => (/^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
/** The inverse, so a cell that really began with ' followed by = survives the round trip. */
export const unneutralise = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function toCsv(rows: Row[]): string {
  const data = rows.map((r) => COLUMNS.map((c) => neutralise(r[c] === null ? '' : String(r[c]))));
  // A BOM so spreadsheet programs read the Chinese as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...COLUMNS], data }, { newline: '\r\n' });
}

export const toJson = (rows: Row[]): string => JSON.stringify(rows, null, 2) + '\n';

type Cells = Record<string, unknown>;
interface Parsed {
  rows: { line: number; cells: Cells }[];
}

function fail(line: number | null, column: string | null, message: string): never {
  const where = [line !== null ? `第 ${line} 行` : '', column ? `“${COLUMN_NAMES[column] ?? column}”列（${column}）` : '']
    .filter(Boolean)
    .join('，');
  throw new StoreError('BAD_EDIT', where ? `${where}：${message}` : message);
}

export function parseJsonRows(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(null, null, `不是有效的 JSON（${(e as Error).message}）`);
  }
  if (!Array.isArray(data)) fail(null, null, 'JSON 的最外层应是数据项的数组');
  return {
    rows: data.map((cells, i) => {
      if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) fail(i + 1, null, '每一项应是一个对象');
      return { line: i + 1, cells: cells as Cells };
    }),
  };
}

export function parseCsvRows(text: string): Parsed {
  if (!text.replace(/^\uFEFF/, '').trim()) fail(1, null, '文件是空的；第一行应是列名，且包含 key 列');
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (result.errors.length) {
    const e = result.errors[0];
    fail(e.row !== undefined ? e.row + 1 : null, null, `CSV 格式错误：${e.message}`);
  }
  const [header, ...body] = result.data;
  if (!header?.includes('key')) fail(1, null, '第一行应是列名，且包含 key 列');
  return {
    rows: body.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(header.map((h, j) => [h.trim(), unneutralise(cells[j] ?? '')])),
    })),
  };
}

export async function parseXlsxRows(bytes: Uint8Array): Promise<Parsed> {
  // Measured before exceljs unzips anything: a zip bomb is refused within a bounded amount of memory.
  try {
    checkZip(bytes, XLSX_ZIP_LIMITS, XLSX);
  } catch (e) {
    if (e instanceof ReadError) fail(null, null, e.message);
    throw e;
  }
  // Loaded on first use: exceljs takes about 0.3 s to require, which every CLI start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    fail(null, null, `不是有效的 XLSX 文件（${(e as Error).message}）`);
  }
  try {
    return sheetRows(wb.worksheets[0]);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    // A workbook that loads but whose cells exceljs cannot read is the file's fault, said as such.
    fail(null, null, `XLSX 文件的内容无法读取（${(e as Error).message}）`);
  }
}

type Sheet = import('exceljs').Worksheet;
function sheetRows(sheet: Sheet | undefined): Parsed {
  if (!sheet) fail(null, null, 'XLSX 文件里没有工作表');
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = String(cell.text ?? '').trim()));
  if (!header.includes('key')) fail(1, null, '第一行应是列名，且包含 key 列');
  const rows: Parsed['rows'] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Cells = {};
    header.forEach((h, j) => {
      const v = row.getCell(j + 1).value;
      cells[h] = v === null || v === undefined ? '' : typeof v === 'object' ? String(row.getCell(j + 1).text) : v;
    });
    rows.push({ line: n, cells });
  });
  return { rows };
}

const text = (line: number, column: string, v: unknown): string | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(line, column, `不是有效的数值（${v}）`);
    return String(v);
  }
  if (typeof v !== 'string') fail(line, column, `应是文字，实际是 ${Array.isArray(v) ? '数组' : typeof v}`);
  if (v.length > MAX_DATA_CELL_CHARS) fail(line, column, `内容过长（最多 ${MAX_DATA_CELL_CHARS} 字）`);
  // One line of well-formed text, as the edit form's fields (shared/text.ts): no controls, no direction overrides.
  const bad = badCharacter(v, false);
  if (bad) fail(line, column, wellFormedMessage(bad));
  return v;
};

/** Apply the rows as corrections: validate all, then write all in one transaction. Returns how many changed. */
export function applyRows(db: DB, storePath: string, reportId: number, parsed: Parsed, source: string): number {
  const figures = new Map(listFigures(db, reportId).map((f) => [f.key, f]));
  const seen = new Set<string>();
  const planned: { id: number; version: number; patch: FigurePatch }[] = [];
  for (const { line, cells } of parsed.rows) {
    const key = text(line, 'key', cells.key);
    if (!key) fail(line, 'key', '缺少编号');
    const f = figures.get(key);
    if (!f) fail(line, 'key', `本报告没有编号为“${key}”的数据项（导入只能更正已有数据）`);
    if (seen.has(key)) fail(line, 'key', `编号“${key}”重复出现`);
    seen.add(key);
    const kind = text(line, 'kind', cells.kind);
    const unknownKind = kind === undefined ? null : unknownValue(figureKindSchema, kind);
    if (unknownKind) fail(line, 'kind', unknownKind);
    if (kind !== undefined && kind !== f.kind) fail(line, 'kind', '类型不能通过导入修改');
    const status = text(line, 'status', cells.status);
    const unknownStatus = status === undefined ? null : unknownValue(figureStatusSchema, status);
    if (unknownStatus) fail(line, 'status', unknownStatus);
    if (status !== undefined && status !== f.status) fail(line, 'status', '状态不能通过导入修改');
    const patch: FigurePatch = {
      label: text(line, 'label', cells.label),
      valueText: text(line, 'value', cells.value),
      unit: cells.unit === '' || cells.unit === null ? '' : text(line, 'unit', cells.unit),
      period: text(line, 'period', cells.period),
    };
    try {
      const { next } = validatePatch(f, patch);
      if (next.label !== f.label || next.valueText !== f.valueText || next.unit !== f.unit || next.period !== f.period)
        planned.push({ id: f.id, version: f.version, patch });
    } catch (e) {
      const column = /单位/.test((e as Error).message)
        ? 'unit'
        : /数值/.test((e as Error).message)
          ? 'value'
          : /名称/.test((e as Error).message)
            ? 'label'
            : 'period';
      fail(line, column, (e as Error).message);
    }
  }
  if (!planned.length) return 0;
  if (storePath !== ':memory:') createBackup(db, storePath, 'import');
  db.transaction(() => {
    for (const p of planned) updateFigure(db, p.id, p.version, p.patch, `从文件导入：${source}`);
  }).immediate();
  return planned.length;
}
