/**
 * Bad report files, as the CLI meets them: each refused with a message naming the problem, the store
 * unchanged, memory bounded (regular files only, at most the limit + 1 bytes read). And the formats it
 * takes, end to end through `extract` and `import`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, readReport, readReportFile, ReadError } from '../src/main/readers';
import { allFigures } from '../src/main/store/figures';
import { openStore } from '../src/main/store';
import { contentHash, ROOT, tempDir } from './helpers';
import { encryptedPdf, makeDocx, printPdf, scannedPdf, zipBomb } from './reader-fixtures';

let t: ReturnType<typeof tempDir>;
const files: Record<string, string> = {};
beforeAll(async () => {
  t = tempDir();
  const put = (name: string, bytes: Uint8Array) => (writeFileSync((files[name] = join(t.dir, name)), bytes), files[name]);
  const docx = await makeDocx();
  put('report.docx', docx);
  put('corrupt.docx', docx.subarray(0, docx.length >> 1));
  put('bomb.docx', await zipBomb(64));
  put('locked.pdf', encryptedPdf('secret'));
  put('scan.pdf', await scannedPdf());
  files['report.pdf'] = join(t.dir, 'report.pdf');
  printPdf(t.dir, 'report', '2016年重庆工业经济运行情况', [
    '2016年，全市规模工业增加值增长10.3%，汽车产业下降4.1%，电子信息产业增长15.2%。',
  ]);
  spawnSync('truncate', ['-s', '200M', (files['huge.txt'] = join(t.dir, 'huge.txt'))]);
  spawnSync('mkfifo', [(files['fifo.txt'] = join(t.dir, 'fifo.txt'))]);
  mkdirSync((files['folder.docx'] = join(t.dir, 'folder.docx')));
  files['zero'] = '/dev/zero';
}, 120_000);
afterAll(() => t.cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

async function refused(path: string, limit?: number): Promise<string> {
  const e = await readReportFile(path, limit).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReadError);
  return (e as Error).message;
}

describe('the safe file read', () => {
  it('refuses what is not a regular file, at once (a FIFO without a writer does not hang it)', async () => {
    expect(await refused(files['fifo.txt'])).toContain('不是普通文件');
    expect(await refused('/dev/zero')).toContain('不是普通文件');
    expect(await refused(files['folder.docx'])).toContain('文件夹');
    expect(await refused(join(t.dir, 'nope.txt'))).toContain('文件不存在');
  });

  it('refuses a 200 MB file from its size, reading none of it', async () => {
    const before = process.memoryUsage().rss;
    expect(await refused(files['huge.txt'])).toMatch(/太大（200 MB，上限 8 MB）/u);
    expect(process.memoryUsage().rss - before).toBeLessThan(MAX_REPORT_BYTES * 2);
  });

  it('reads at most the limit + 1 bytes, whatever the size says (/proc files say 0)', async () => {
    expect(await refused('/proc/self/maps', 100)).toContain('太大');
    expect((await readReportFile('/proc/self/maps', 1 << 20)).length).toBeGreaterThan(100);
  });
});

describe('cli on bad files', () => {
  let db: string;
  let before: string;
  beforeAll(() => {
    db = join(t.dir, 'bad.sqlite');
    expect(cli('init', '--db', db).status).toBe(0);
    const s = openStore(db, { dailyBackup: false });
    before = contentHash(s.db);
    s.close();
  }, 60_000);

  it.each([
    ['corrupt.docx', '不是有效的 Word 文档'],
    ['bomb.docx', '压缩炸弹'],
    ['locked.pdf', '加密的 PDF'],
    ['scan.pdf', '扫描件'],
    ['huge.txt', '太大'],
    ['fifo.txt', '不是普通文件'],
    ['zero', '不是普通文件'],
    ['folder.docx', '文件夹'],
  ])('import %s is refused (%s) and writes nothing', (name, message) => {
    const r = cli('import', files[name], '--db', db);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    const s = openStore(db, { dailyBackup: false });
    expect(contentHash(s.db)).toBe(before);
    s.close();
  });
});

describe('cli on good files', () => {
  it('extract reads a .docx and a text PDF, naming the reader on stderr', () => {
    const docx = cli('extract', files['report.docx'], '--json');
    expect(docx.status, docx.stderr).toBe(0);
    expect(docx.stderr).toContain('读取方式：Word 文档');
    expect((JSON.parse(docx.stdout) as { value: string }[]).map((f) => f.value)).toEqual([
      '10.3',
      '4.1',
      '15.2',
      '7.6',
      '9',
      '7',
      '603.95',
      '310',
    ]);
    const pdf = cli('extract', files['report.pdf'], '--json');
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.stderr).toContain('读取方式：PDF');
    expect((JSON.parse(pdf.stdout) as { value: string }[]).map((f) => f.value)).toEqual(['10.3', '4.1', '15.2']);
  });

  it('import stores the text the PDF reader gave, every quote at its offsets', async () => {
    const db = join(t.dir, 'good.sqlite');
    expect(cli('init', '--db', db).status).toBe(0); // an explicit --db must exist (cli init makes one)
    const r = cli('import', files['report.pdf'], '--db', db);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { reportId: number; figures: number; title: string };
    expect(out).toMatchObject({ figures: 3, title: '2016年重庆工业经济运行情况' });
    const s = openStore(db, { dailyBackup: false });
    const { text } = s.db.prepare('SELECT text FROM reports WHERE id = ?').get(out.reportId) as { text: string };
    const rows = allFigures(s.db).filter((f) => f.reportId === out.reportId);
    s.close();
    expect(text).toBe((await readReport(await readReportFile(files['report.pdf']), { name: 'report.pdf' })).text);
    expect(rows).toHaveLength(3);
    for (const f of rows) expect(text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
  });
});
