/** The CLI, run as a user runs it: a separate process, a real store file, stdout and exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/main/store';
import { findReport } from '../src/main/store/reports';
import { fileHash, REPORT_TEXT, ROOT, SEED, tempDir } from './helpers';
import { encodeBig5 } from './reader-fixtures';

let t: ReturnType<typeof tempDir>;
beforeAll(() => (t = tempDir()));
afterAll(() => t.cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

describe('cli facts', () => {
  it('init seeds a new store at --db; facts prints every figure as JSON, nothing else on stdout', () => {
    const made = cli('init', '--db', join(t.dir, 'new.sqlite'));
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toBe('');
    const r = cli('facts', '--json', '--db', join(t.dir, 'new.sqlite'));
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'id',
          'report',
          'section',
          'label',
          'value',
          'unit',
          'period',
          'kind',
          'qualifier',
          'quote',
          'start',
          'end',
        ]),
      );
      expect(REPORT_TEXT.slice(row.start as number, row.end as number)).toBe(row.quote);
    }
    expect(rows.find((r) => r.label === '工业总产值')).toMatchObject({ value: '2.45', unit: '万亿元' });
  });

  it('uses the user-data folder when no --db is given', () => {
    expect(cli('facts', '--json').status).toBe(1); // not made yet: a read-only verb does not create it
    expect(cli('init').status).toBe(0);
    const r = cli('facts', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThanOrEqual(60);
  });

  it.each([[[]], [['bogus']], [['facts']], [['facts', '--json', '--nope']], [['facts', '--json', '--db']]])(
    'exits 2 with the usage for %j',
    (args) => {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('用法');
    },
  );

  it('exits 1 with a clear message for a file that is not a briefing store', () => {
    const r = cli('facts', '--json', '--db', join(ROOT, 'package.json'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/不是有效的简报台数据库|无法打开/);
  });
});

describe('read-only verbs never create or write (issue 22, item 7)', () => {
  it('facts with a mistyped --db exits 1 naming the path, and creates nothing', () => {
    const dir = join(t.dir, 'typo');
    mkdirSync(dir);
    const r = cli('facts', '--json', '--db', join(dir, 'breifing.sqlite'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(join(dir, 'breifing.sqlite'));
    expect(r.stderr).toContain('init');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('facts writes nothing beside the store: no backups/, the file unchanged', () => {
    const dir = join(t.dir, 'quiet');
    mkdirSync(dir);
    const db = join(dir, 'store.sqlite');
    const s = openStore(db, { seedBundles: SEED, dailyBackup: false });
    s.db.pragma('journal_mode = DELETE'); // as a Save As copy arrives: not in WAL mode
    s.close();
    const hash = fileHash(db);
    const r = cli('facts', '--json', '--db', db);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['store.sqlite']);
    expect(fileHash(db)).toBe(hash);
  });

  it('init refuses a path that exists, and leaves it as it was', () => {
    const file = join(t.dir, 'exists.sqlite');
    writeFileSync(file, 'keep me');
    const r = cli('init', '--db', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('已存在');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('web --port abc is refused before any store is created', () => {
    const dir = join(t.dir, 'web');
    mkdirSync(dir);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/web/serve.ts'), '--db', join(dir, 'x.sqlite'), '--port', 'abc'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('cli extract', () => {
  it('prints the figures found in a text file as JSON, in the facts shape without ids', () => {
    const r = cli('extract', join(ROOT, 'resources/reports/cq-2015/report.txt'), '--json');
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows[0]).not.toHaveProperty('id');
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(['label', 'value', 'unit', 'period', 'kind', 'qualifier', 'quote', 'start', 'end']),
    );
    expect(rows.find((x) => x.value === '2.45')).toMatchObject({ unit: '万亿元', kind: 'level' });
  });

  it('reads a GBK text file, naming the encoding on stderr; refuses bytes no encoding explains', () => {
    const path = join(t.dir, 'gbk.txt');
    writeFileSync(path, Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0x32, 0x2e, 0x34, 0x35, 0xcd, 0xf2, 0xd2, 0xda, 0xd4, 0xaa])); // 重庆2.45万亿元 in GBK
    const r = cli('extract', path, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('读取方式：文本（GB18030）');
    expect(JSON.parse(r.stdout)).toMatchObject([{ value: '2.45', unit: '万亿元', quote: '重庆2.45万亿元' }]);

    const junk = join(t.dir, 'junk.txt');
    writeFileSync(junk, Buffer.from([0x32, 0x2e, 0x34, 0x35, 0xff, 0xfe, 0xfd, 0x81, 0x20, 0xc0]));
    const bad = cli('extract', junk, '--json');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('无法识别文件的文字编码');
  });

  it('reads a Big5 report in traditional characters as it reads a simplified one, in its own characters', () => {
    const path = join(t.dir, 'big5-report.txt');
    writeFileSync(path, encodeBig5('2016年，全市規模以上工業增加值增長10.3%，水泥產量下降4.1%，鋼材產量減少12萬噸。'));
    const r = cli('extract', path, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('读取方式：文本（Big5）');
    expect(JSON.parse(r.stdout)).toMatchObject([
      { value: '10.3', number: 10.3, kind: 'growth', period: '2016年' },
      { value: '4.1', number: -4.1, kind: 'growth', label: '水泥產量增速' },
      { value: '12', number: -12, unit: '萬噸', kind: 'change' },
    ]);
  });

  it('--encoding overrides detection, and an unknown name is refused', () => {
    const path = join(t.dir, 'big5.txt');
    writeFileSync(path, Buffer.from([0xad, 0xab, 0xbc, 0x79, 0xbc, 0x57, 0xaa, 0xf8, 0x31, 0x30, 0x2e, 0x33, 0x25])); // 重慶增長10.3% in Big5
    const r = cli('extract', path, '--json', '--encoding', 'big5');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('读取方式：文本（Big5）');
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ value: '10.3', unit: '%', quote: '重慶增長10.3%' });
    const bad = cli('extract', path, '--json', '--encoding', 'klingon');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('不认识的编码“klingon”');
  });

  it('says when the file does not exist', () => {
    const r = cli('extract', join(t.dir, 'nope.txt'), '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('文件不存在');
  });
});

describe('cli --report', () => {
  const file = () => {
    const path = join(t.dir, 'second.txt');
    writeFileSync(path, '重庆工业经济2016年稳中有进\n2016年，全市规模工业增加值增长10.3%，规模工业总产值2.3万亿元。');
    return path;
  };

  it('facts --report KEY|ID prints only that report; without it, every report as before', () => {
    const db = join(t.dir, 'two.sqlite');
    expect(cli('init', '--db', db).status).toBe(0);
    const imported = cli('import', file(), '--db', db, '--org', '重庆市经信委');
    expect(imported.status, imported.stderr).toBe(0);
    const { key, reportId } = JSON.parse(imported.stdout) as { key: string; reportId: number };
    expect(key).toMatch(/^import-/);
    expect(imported.stderr).toContain(`--report ${key}`);

    const byKey = cli('facts', '--json', '--db', db, '--report', key);
    expect(byKey.status, byKey.stderr).toBe(0);
    const rows = JSON.parse(byKey.stdout) as { report: string; value: string }[];
    expect(rows.map((r) => r.value)).toEqual(['10.3', '2.3']);
    expect(new Set(rows.map((r) => r.report))).toEqual(new Set([key]));
    expect(JSON.parse(cli('facts', '--json', '--db', db, '--report', String(reportId)).stdout)).toEqual(rows);

    const first = JSON.parse(cli('facts', '--json', '--db', db, '--report', 'cq-2015').stdout) as { report: string }[];
    expect(first.length).toBeGreaterThanOrEqual(60);
    expect(first.every((r) => r.report === 'cq-2015')).toBe(true);
    const all = JSON.parse(cli('facts', '--json', '--db', db).stdout) as unknown[];
    expect(all).toHaveLength(first.length + rows.length);
  });

  it('import gives the report the time its own text is about, not the latest year a figure names or today', () => {
    const db = join(t.dir, 'as-of.sqlite');
    expect(cli('init', '--db', db).status).toBe(0);
    // 青海, 2022年1-5月: its figures name only 1-5月 and 5月份; the year is in its dateline.
    const r = cli('import', join(ROOT, 'test/corpus/qinghai-2022-05-industry.txt'), '--db', db);
    expect(r.status, r.stderr).toBe(0);
    const { reportId } = JSON.parse(r.stdout) as { reportId: number };
    const store = openStore(db, { readOnly: true });
    try {
      expect(findReport(store.db, reportId)?.asOf).toBe('2022年1-5月');
    } finally {
      store.close();
    }
  });

  it.each([
    ['facts', ['facts', '--json']],
    ['export-pdf', ['export-pdf', '--layout', 'brief', '--out', 'x.pdf', '--chromium', process.execPath]],
  ])('%s with an unknown --report: usage error naming it and listing the reports, nothing written', (_verb, args) => {
    const db = join(t.dir, 'one.sqlite');
    if (!existsSync(db)) expect(cli('init', '--db', db).status).toBe(0);
    const out = join(t.dir, 'x.pdf');
    const r = cli(...args.map((a) => (a === 'x.pdf' ? out : a)), '--db', db, '--report', 'no-such-report');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('没有这份报告：no-such-report');
    expect(r.stderr).toMatch(/^ {2}cq-2015（1，创新能力增强/m);
    expect(r.stderr).toContain('用法');
    expect(existsSync(out)).toBe(false);
  });
});
