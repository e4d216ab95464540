/** The CLI, run as a user runs it: a separate process, a real store file, stdout and exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_TEXT, ROOT, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeAll(() => (t = tempDir()));
afterAll(() => t.cleanup());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
  });

describe('cli facts', () => {
  it('seeds a new store at --db and prints every figure as JSON, nothing else on stdout', () => {
    const r = cli('facts', '--json', '--db', join(t.dir, 'new.sqlite'));
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['id', 'report', 'section', 'label', 'value', 'unit', 'period', 'kind', 'qualifier', 'quote', 'start', 'end']),
      );
      expect(REPORT_TEXT.slice(row.start as number, row.end as number)).toBe(row.quote);
    }
    expect(rows.find((r) => r.label === '工业总产值')).toMatchObject({ value: '2.45', unit: '万亿元' });
  });

  it('uses the user-data folder when no --db is given', () => {
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
