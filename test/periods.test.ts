/**
 * A period says when, never what (#25): every stored period, bundled or imported, is a time expression;
 * the bundled report's periods that named a measure are corrected by migration 50, each change in the
 * figure's history with its reason.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { checkReport } from '../src/shared/checks';
import { isTimeExpression } from '../src/shared/periods';
import { openStore } from '../src/main/store';
import { openDatabase } from '../src/main/store/db';
import { loadBundle } from '../src/main/store/bundle';
import { insertBundle } from '../src/main/store/seed';
import { listEdits, updateFigure } from '../src/main/store/edits';
import { importReport } from '../src/main/store/import';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const periods = (db: ReturnType<typeof openDatabase>, reportId?: number) =>
  (
    db.prepare(`SELECT key, period FROM figures ${reportId ? 'WHERE report_id = ?' : ''}`).all(...(reportId ? [reportId] : [])) as {
      key: string;
      period: string;
    }[]
  ).filter((f) => !isTimeExpression(f.period));

describe('isTimeExpression', () => {
  it('takes the periods reports write', () => {
    for (const p of [
      '2015年',
      '2019年',
      '“十二五”时期',
      '“十二五”末',
      '截至“十二五”末',
      '“十二五”时期累计',
      '“十二五”末比“十一五”末',
      '2015年比2010年',
      '“十二五”时期每年',
      '“十二五”末比开行之初',
      '1-7月',
      '2012年1-10月',
      '2019年1—7月',
      '上半年',
      '年均（至2015年）',
      '年均',
      '前7个月',
      '一季度',
      '前三季度',
      '2016—2020年',
      '“十三五”期间',
      '"十三五"时期',
      '2020年末',
    ])
      expect(isTimeExpression(p), p).toBe(true);
  });

  it('refuses what is not a time: a measure, a bare word, an empty period', () => {
    for (const p of ['年产量', '年产值', '', '  ', '产量', '累计', '末', '2015年产值', '工业总产值', '增长', '全市'])
      expect(isTimeExpression(p), p).toBe(false);
  });
});

describe('stored periods', () => {
  it('every figure of the bundled report has a time as its period', () => {
    const s = openStore(join(t.dir, 'b.sqlite'), { seedBundles: SEED });
    expect(periods(s.db)).toEqual([]);
    s.close();
  });

  it('every figure of an imported report has a time as its period', () => {
    const s = openStore(join(t.dir, 'i.sqlite'), { seedBundles: SEED });
    const text =
      '2019年全省经济运行情况\n2019年，全省规模以上工业增加值比上年增长8.3%。其中，汽车产业下降4.1%，电子信息产业增长12.6%。\n' +
      '1-7月，全省固定资产投资同比增长7.6%，社会消费品零售总额4862亿元。';
    const figures = extractFigures(text);
    expect(figures.length).toBeGreaterThan(3);
    const { reportId } = importReport(
      s.db,
      s.path,
      { title: '2019年全省经济运行情况', organisation: '省统计局', published: '2020-01-20', asOf: '2019年' },
      text,
      figures,
    );
    expect(periods(s.db, reportId)).toEqual([]);
    s.close();
  });

  it('an edit to a period that is not a time is refused, and the figure is unchanged', () => {
    const s = openStore(join(t.dir, 'e.sqlite'), { seedBundles: SEED });
    const f = s.db.prepare("SELECT id, version, period FROM figures WHERE key = 'auto-units'").get() as {
      id: number;
      version: number;
      period: string;
    };
    expect(() => updateFigure(s.db, f.id, f.version, { period: '年产量' }, '试一试')).toThrow(/不是时间/);
    expect(s.db.prepare('SELECT period, version FROM figures WHERE id = ?').get(f.id)).toEqual({ period: f.period, version: f.version });
    s.close();
  });

  it('the consistency checks name a period that is not a time', () => {
    const s = openStore(join(t.dir, 'c.sqlite'), { seedBundles: SEED });
    s.db.prepare("UPDATE figures SET period = '年产值' WHERE key = 'auto-output'").run();
    const rows = s.db
      .prepare(
        "SELECT f.id, f.period, f.kind, f.unit, f.value, f.value_text AS valueText, f.label, f.qualifier FROM figures f WHERE key = 'auto-output'",
      )
      .all();
    const findings = checkReport('', rows as never, [], []).filter((x) => x.code === 'period-not-time');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('年产值');
    s.close();
  });
});

describe('migration 50', () => {
  const MEASURES = [
    'terminal-units',
    'notebook-world-share',
    'terminal-output',
    'auto-units',
    'auto-china-share',
    'auto-output',
    'other-industries-threshold',
  ];

  /** A store from before step 50: the bundle as shipped then, with 年产量/年产值 as periods. */
  function oldStore(path: string) {
    const db = openDatabase(path, { targetVersion: 40 });
    const loaded = loadBundle(SEED[0]);
    const old = (k: string) => (['terminal-output', 'auto-output', 'other-industries-threshold'].includes(k) ? '年产值' : '年产量');
    insertBundle(db, { ...loaded, figures: loaded.figures.map((f) => (MEASURES.includes(f.key) ? { ...f, period: old(f.key) } : f)) });
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)").run(new Date().toISOString());
    return db;
  }

  it('corrects each period to 2015年, bumps the version and records the change with its reason', () => {
    const path = join(t.dir, 'm.sqlite');
    const v40 = oldStore(path);
    // The user had already corrected one of them: that figure is left as the user left it.
    const mine = v40.prepare("SELECT id FROM figures WHERE key = 'auto-units'").get() as { id: number };
    v40.prepare("UPDATE figures SET period = '2015年全年', version = 2 WHERE id = ?").run(mine.id);
    v40.close();
    const s = openStore(path, { seedBundles: SEED });
    expect(periods(s.db)).toEqual([]);
    const rows = s.db
      .prepare(`SELECT id, key, period, version FROM figures WHERE key IN (${MEASURES.map(() => '?').join(',')})`)
      .all(...MEASURES) as {
      id: number;
      key: string;
      period: string;
      version: number;
    }[];
    for (const r of rows) {
      const edits = listEdits(s.db, { figureId: r.id });
      if (r.key === 'auto-units') {
        expect(r).toMatchObject({ period: '2015年全年', version: 2 });
        expect(edits).toEqual([]);
        continue;
      }
      expect(r).toMatchObject({ period: '2015年', version: 2 });
      expect(edits).toHaveLength(1);
      expect(edits[0].old.period).toMatch(/^年产[量值]$/);
      expect(edits[0].new.period).toBe('2015年');
      expect(edits[0].reason).toContain(edits[0].old.period);
    }
    expect(rows).toHaveLength(MEASURES.length);
    s.close();
  });
});
