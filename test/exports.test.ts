/**
 * The export dialog's list and file names (shared/exports.ts): a title never makes a path, every item its own name;
 * and its print mode's request (print.open), handed to the desktop shell's printer.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_ITEMS, exportFileName, extensionOf, issueFrom, takesIssue, type PrintDone } from '../src/shared/exports';
import { REQUESTS } from '../src/shared/api';
import type { PrintOptions } from '../src/shared/print';
import type { Printer } from '../src/main/api/context';
import { dispatch } from '../src/main/api/dispatch';
import { createHandlers } from '../src/main/api/handlers';
import { openStore, type Store } from '../src/main/store';
import { SEED, tempDir } from './helpers';

describe('exportFileName', () => {
  it('turns a "/" and every character Windows refuses into a space: one file name, never a path', () => {
    expect(exportFileName('重庆/2015：简报', 'brief-gongwen')).toBe('重庆 2015：简报-brief-gongwen.pdf');
    expect(exportFileName('a\\b:c*d?e"f<g>h|i\u0001j', 'pptx')).toBe('a b c d e f g h i j-pptx.pptx');
    expect(exportFileName('../../etc/passwd', 'docx')).toBe('etc passwd-docx.docx');
    for (const title of ['../../etc/passwd', '/', '..', '   ', 'x'.repeat(500)])
      for (const item of EXPORT_ITEMS) {
        const name = exportFileName(title, item);
        expect(name, title).not.toMatch(/[\\/]/);
        expect(name.startsWith('.'), title).toBe(false);
        expect(name.endsWith(`-${item}.${extensionOf(item)}`)).toBe(true);
        expect(name.length).toBeLessThanOrEqual(80 + item.length + 7);
      }
    expect(exportFileName('/', 'brief')).toBe('briefing-brief.pdf');
  });

  it('gives every item of one report a different name', () => {
    const names = EXPORT_ITEMS.map((i) => exportFileName('简报', i));
    expect(new Set(names).size).toBe(EXPORT_ITEMS.length);
  });
});

describe('期号 and the request', () => {
  it('takes a whole number 1…9999 and nothing else', () => {
    expect(issueFrom(' 12 ')).toBe(12);
    expect(issueFrom('9999')).toBe(9999);
    for (const bad of ['0', '10000', '1.5', '-1', 'abc', '', '12x']) expect(issueFrom(bad), bad).toBeNull();
  });

  it('asks for a 期号 only for the 公文 items', () => {
    expect(EXPORT_ITEMS.filter(takesIssue)).toEqual(['brief-gongwen', 'docx-gongwen']);
  });

  it('refuses an empty, repeated or unknown list of items, and a 期号 out of range', () => {
    const schema = REQUESTS['export.files'];
    const ok = { reportId: 1, items: ['brief', 'pptx'], issue: 3, internal: false };
    expect(schema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, items: [] },
      { ...ok, items: ['brief', 'brief'] },
      { ...ok, items: ['../x'] },
      { ...ok, issue: 0 },
      { ...ok, issue: 10000 },
      { ...ok, dir: '/tmp' },
    ])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('print.open (文件 → 打印…, the dialog in print mode)', () => {
  let t: ReturnType<typeof tempDir>;
  let store: Store;
  beforeAll(() => {
    t = tempDir();
    store = openStore(join(t.dir, 'print.sqlite'), { seedBundles: SEED });
  });
  afterAll(() => {
    store.close();
    t.cleanup();
  });

  /** The desktop shell's printer as the handler sees it: what it was asked to print, and its answer. */
  const recorder = (answer: PrintDone) => {
    const asked: { opts: PrintOptions; report: number }[] = [];
    const printer: Printer = async (opts, report) => {
      asked.push({ opts, report: report.id });
      return answer;
    };
    return { asked, printer };
  };

  it('hands the shell one layout of the report, with the 期号 only for the 公文 layout, and returns its answer', async () => {
    const { asked, printer } = recorder({ printed: true });
    const h = createHandlers(store, 'test', undefined, { printer });
    expect(await dispatch(h, 'print.open', { reportId: 1, layout: 'brief-gongwen', issue: 12, internal: true })).toEqual({
      ok: true,
      value: { printed: true },
    });
    expect(await dispatch(h, 'print.open', { reportId: 1, layout: 'handout-3', issue: 12, internal: false })).toMatchObject({ ok: true });
    expect(asked).toEqual([
      { opts: { layout: 'brief-gongwen', internal: true, reportId: 1, issue: 12 }, report: 1 },
      { opts: { layout: 'handout-3', internal: false, reportId: 1 }, report: 1 },
    ]);
  });

  it('passes on a cancelled system dialog as printed: false', async () => {
    const { printer } = recorder({ printed: false });
    const r = await dispatch(createHandlers(store, 'test', undefined, { printer }), 'print.open', {
      reportId: 1,
      layout: 'brief',
      issue: 1,
      internal: false,
    });
    expect(r).toEqual({ ok: true, value: { printed: false } });
  });

  it('refuses an office item, a 期号 out of range or an unknown report before anything is printed', async () => {
    const { asked, printer } = recorder({ printed: true });
    const h = createHandlers(store, 'test', undefined, { printer });
    for (const bad of [
      { reportId: 1, layout: 'docx', issue: 1, internal: false },
      { reportId: 1, layout: 'brief', issue: 0, internal: false },
      { reportId: 1, layout: 'brief', issue: 1, internal: false, dir: '/tmp' },
    ])
      expect(await dispatch(h, 'print.open', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await dispatch(h, 'print.open', { reportId: 999, layout: 'brief', issue: 1, internal: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('999') },
    });
    expect(asked).toEqual([]);
  });

  it('without a printer (the web bridge) says where printing works', async () => {
    const r = await dispatch(createHandlers(store, 'test'), 'print.open', { reportId: 1, layout: 'brief', issue: 1, internal: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('桌面版中打印') } });
  });
});
