/**
 * Frozen migrations. A store upgraded from every earlier schema version ends with exactly the schema of a
 * fresh store, its data intact; every shipped step still produces the schema it shipped with (a recorded
 * snapshot, test/fixtures/shipped-schemas.json); and a new chart kind, layout or figure kind needs no
 * migration: the store takes any value, the zod door takes exactly the registries' values.
 */
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUESTS } from '../src/shared/api';
import { CHART_TYPES } from '../src/shared/chart-kinds';
import { chartTypeSchema, figureKindSchema, slideLayoutSchema } from '../src/shared/enums';
import { SLIDE_LAYOUTS } from '../src/shared/slide-layouts';
import { FIGURE_KINDS } from '../src/shared/types';
import { migrate, openDatabase, userVersion, type DB } from '../src/main/store/db';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../src/main/store/migrations';
import { checkBundle, loadBundle } from '../src/main/store/bundle';
import { insertBundle } from '../src/main/store/seed';
import { applyRows, parseJsonRows } from '../src/main/store/tabular';
import { openStore } from '../src/main/store';
import { contentHash, ROOT, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

interface SchemaRow {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

/** sqlite_schema, whitespace collapsed, in a stable order. */
function schemaOf(db: DB): SchemaRow[] {
  return (db.prepare('SELECT type, name, tbl_name AS tblName, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaRow[]).map(
    (r) => ({ ...r, sql: r.sql === null ? null : r.sql.replace(/\s+/g, ' ').trim() }),
  );
}

const SNAPSHOTS = join(ROOT, 'test/fixtures/shipped-schemas.json');
const shipped = JSON.parse(readFileSync(SNAPSHOTS, 'utf8')) as Record<string, SchemaRow[]>;

/** A little of everything each version can hold: rows in every table that exists at `version`. */
function insertSample(db: DB, version: number): void {
  db.exec(`
    INSERT INTO meta (key, value) VALUES ('sample', 'v${version}');
    INSERT INTO reports (key, title, organisation, published, as_of, text)
      VALUES ('r', '报告', '单位', '2016-01-01', '2015年', '全市产值2.45万亿元，增长11%，占全国1/3。');
    INSERT INTO sections (report_id, key, ord, title, start, end) VALUES (1, 's', 1, '一', 0, 24);
    INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind, qualifier, scope) VALUES
      (1, 1, 'f1', '产值', '2.45', 2.45, '万亿元', '2015年', 'level', NULL, '全市'),
      (1, 1, 'f2', '增速', '11', 11, '%', '2015年', 'growth', '约', NULL),
      (1, 1, 'f3', '占全国', '1/3', 0.3333, '', '2015年', 'share', NULL, NULL);
    INSERT INTO figure_sources (figure_id, quote, quote_start, quote_end, value_start, value_end) VALUES
      (1, '全市产值2.45万亿元', 0, 11, 4, 8), (2, '增长11%', 12, 17, 14, 16), (3, '占全国1/3', 18, 24, 21, 24);
    INSERT INTO decks (report_id, key, title) VALUES (1, 'd', '简报');
    INSERT INTO slides (deck_id, ord, layout, title, section_id, notes, body, chart) VALUES
      (1, 1, 'title', '封面', NULL, '', '{"subtitle":"副"}', NULL),
      (1, 2, 'chart', '产值', 1, '讲稿', '{}', '{"type":"hbar","title":"产值","unit":"万亿元","series":[{"figureId":1,"label":"产值"}]}'),
      (1, 3, 'chart', '占比', 1, '', '{}', '{"type":"doughnut","title":"占比","unit":"%","series":[{"figureId":3,"label":"全市"}],"remainderLabel":"其他"}'),
      (1, 4, 'kpi', '指标', 1, '', '{"kpis":[{"figureId":1,"caption":"产值","growthFigureId":2}]}', NULL);
    INSERT INTO slide_figures (slide_id, figure_id, ord) VALUES (2, 1, 0), (3, 3, 0), (4, 1, 0), (4, 2, 1);
  `);
  if (version >= 20)
    db.exec(`
      UPDATE figures SET version = 2, value_text = '2.46', value = 2.46 WHERE id = 1;
      INSERT INTO figure_edits (figure_id, reason, old, new) VALUES
        (1, '核对原文', '{"label":"产值","valueText":"2.45","unit":"万亿元","period":"2015年"}', '{"label":"产值","valueText":"2.46","unit":"万亿元","period":"2015年"}');
      INSERT INTO figure_relations (report_id, type, spec) VALUES (1, 'partOfTotal', '{"parts":[3],"total":1}');
    `);
}

const list = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');

/** Every row of every table, as the columns that table had at the time. */
function rowsOf(db: DB): Map<string, { columns: string[]; rows: unknown[] }> {
  const out = new Map<string, { columns: string[]; rows: unknown[] }>();
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]) {
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
    out.set(name, { columns, rows: db.prepare(`SELECT ${list(columns)} FROM "${name}" ORDER BY ${list(columns)}`).all() });
  }
  return out;
}

/** The versions a store in the field can be at: empty, then after each step but the last. */
const EARLIER = [0, ...MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_VERSION)];

describe('upgrading from every earlier schema version', () => {
  it.each(EARLIER)('a store at version %i ends with the fresh schema and keeps every row', (version) => {
    const fresh = openDatabase(join(t.dir, 'fresh.sqlite'));
    const expected = schemaOf(fresh);
    fresh.close();

    const path = join(t.dir, `v${version}.sqlite`);
    let before = new Map<string, { columns: string[]; rows: unknown[] }>();
    if (version > 0) {
      const old = openDatabase(path, { targetVersion: version });
      expect(userVersion(old)).toBe(version);
      insertSample(old, version);
      before = rowsOf(old);
      old.close();
    }
    const db = openDatabase(path);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(schemaOf(db)).toEqual(expected);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every row survives, column for column (columns a later step added may follow).
    for (const [table, { columns, rows }] of before) {
      const now = db.prepare(`SELECT ${list(columns)} FROM "${table}" ORDER BY ${list(columns)}`).all();
      expect(now, table).toEqual(rows);
    }
    if (version > 0) {
      // The references of the rebuilt tables still hold, and still cascade.
      expect(() => db.prepare('DELETE FROM figures WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
      db.prepare('DELETE FROM reports').run();
      for (const table of ['figures', 'figure_sources', 'slides', 'slide_figures', ...(version >= 20 ? ['figure_edits'] : [])])
        expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    db.close();
  });

  it('every step not the latest has its shipped schema recorded, and still produces it', () => {
    if (process.env.RECORD_SHIPPED_SCHEMA === '1') {
      // Recording a step when it ships (never overwriting one already recorded):
      // RECORD_SHIPPED_SCHEMA=1 npx vitest run test/schema-upgrade.test.ts
      for (const m of MIGRATIONS.filter((x) => !shipped[x.version])) {
        const db = openDatabase(join(t.dir, `record-${m.version}.sqlite`), { targetVersion: m.version });
        shipped[m.version] = schemaOf(db);
        db.close();
      }
      writeFileSync(SNAPSHOTS, `${JSON.stringify(shipped, null, 2)}\n`);
    }
    // The latest step may still change before it ships; any step before it has shipped.
    expect(
      MIGRATIONS.filter((m) => m.version < LATEST_VERSION && !shipped[m.version]).map((m) => m.version),
      'record the shipped schema of these steps: RECORD_SHIPPED_SCHEMA=1 npx vitest run test/schema-upgrade.test.ts',
    ).toEqual([]);
    for (const version of Object.keys(shipped).map(Number)) {
      const db = openDatabase(join(t.dir, `shipped-${version}.sqlite`), { targetVersion: version });
      expect(schemaOf(db), `step ${version} no longer produces the schema it shipped with: add a new step instead`).toEqual(
        shipped[version],
      );
      db.close();
    }
    expect(existsSync(SNAPSHOTS)).toBe(true);
  });

  it('a rebuilding step that fails half way leaves the previous schema and data, with foreign keys still enforced', () => {
    const db = openDatabase(join(t.dir, 'half.sqlite'), { targetVersion: 20 });
    insertSample(db, 20);
    const schema = schemaOf(db);
    const hash = contentHash(db);
    const step30 = MIGRATIONS.find((m) => m.version === 30) as Migration;
    const broken: Migration = {
      ...step30,
      up(d) {
        step30.up(d);
        throw new Error('power cut after the rebuild');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS.filter((m) => m.version <= 20), broken])).toThrow(/power cut/);
    expect(userVersion(db)).toBe(20);
    expect(schemaOf(db)).toEqual(schema);
    expect(contentHash(db)).toBe(hash);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // A step that would orphan a reference is refused by foreign_key_check and rolled back.
    const orphaning: Migration = { ...step30, up: (d) => (step30.up(d), d.exec('DELETE FROM figures WHERE id = 1')) };
    expect(() => migrate(db, [...MIGRATIONS.filter((m) => m.version <= 20), orphaning])).toThrow(/引用失效/);
    expect(contentHash(db)).toBe(hash);
    migrate(db);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });
});

describe('a registry value needs no migration', () => {
  it('migrations.ts imports nothing but the better-sqlite3 type: no live list reaches a step', () => {
    const source = readFileSync(join(ROOT, 'src/main/store/migrations.ts'), 'utf8');
    const imports = source.match(/^\s*import\b[^;]*;|\brequire\(|\bimport\(/gm) ?? [];
    expect(imports.map((s) => s.trim())).toEqual(["import type { Database } from 'better-sqlite3';"]);
  });

  it('the latest schema holds no enumeration of kinds, layouts or chart types', () => {
    const db = openDatabase(join(t.dir, 'x.sqlite'));
    const sql = schemaOf(db)
      .filter((r) => r.name === 'figures' || r.name === 'slides')
      .map((r) => r.sql)
      .join('\n');
    for (const value of [...FIGURE_KINDS, ...SLIDE_LAYOUTS, ...CHART_TYPES]) expect(sql).not.toContain(`'${value}'`);
    db.close();
  });

  it('the store keeps any value; the door takes exactly the registry values', () => {
    const s = openStore(join(t.dir, 'any.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const addFigure = s.db.prepare(
      "INSERT INTO figures (report_id, section_id, key, label, value_text, value, unit, period, kind) VALUES (1, 1, ?, 'x', '1', 1, '', '2015年', ?)",
    );
    const addSlide = s.db.prepare("INSERT INTO slides (deck_id, ord, layout, title, chart) VALUES (1, ?, ?, 'x', ?)");
    let n = 0;
    const word = fc.oneof(fc.stringMatching(/^[a-z][a-z-]{0,15}$/), fc.constantFrom(...FIGURE_KINDS, ...SLIDE_LAYOUTS, ...CHART_TYPES));
    fc.assert(
      fc.property(word, (value) => {
        n++;
        // A value unknown when the migrations were written goes in, as a later registry would write it.
        addFigure.run(`k-${n}`, value);
        addSlide.run(1000 + n, value, JSON.stringify({ type: value, title: 't', unit: '', series: [] }));
        expect(figureKindSchema.safeParse(value).success).toBe((FIGURE_KINDS as readonly string[]).includes(value));
        expect(slideLayoutSchema.safeParse(value).success).toBe((SLIDE_LAYOUTS as readonly string[]).includes(value));
        expect(chartTypeSchema.safeParse(value).success).toBe((CHART_TYPES as readonly string[]).includes(value));
      }),
      { numRuns: 200 },
    );
    s.close();
  });
});

describe('the door refuses unknown values with a message naming them', () => {
  const bundle = () => {
    const { bundle: b, text } = loadBundle(join(ROOT, 'resources/reports/cq-2015'));
    return { raw: structuredClone(b) as Record<string, unknown> & typeof b, text };
  };

  it('a bundle: figure kind, slide layout, chart type', () => {
    const cases: [string, (b: ReturnType<typeof bundle>['raw']) => void, RegExp][] = [
      [
        'kind',
        (b) => ((b.figures[0] as { kind: string }).kind = 'rankish'),
        /figures\.0\.kind：未知的数据类型“rankish”：应为 level、growth/,
      ],
      [
        'layout',
        (b) => ((b.deck.slides[1] as { layout: string }).layout = 'timeline'),
        /deck\.slides\.1\.layout：未知的幻灯片版式“timeline”/,
      ],
      [
        'chart type',
        (b) => ((b.deck.slides.find((s) => s.chart)!.chart as { type: string }).type = 'radar'),
        /chart\.type：未知的图表类型“radar”：应为 bar、hbar、doughnut、pie 之一/,
      ],
    ];
    for (const [, spoil, message] of cases) {
      const { raw, text } = bundle();
      spoil(raw);
      expect(() => checkBundle(raw, text)).toThrow(message);
    }
  });

  it('the store itself, when a bundle reaches insertBundle unchecked: nothing is written', () => {
    const s = openStore(join(t.dir, 'door.sqlite'), { dailyBackup: false });
    const loaded = loadBundle(join(ROOT, 'resources/reports/cq-2015'));
    const hash = contentHash(s.db);
    const spoilt = structuredClone(loaded);
    (spoilt.bundle.deck.slides[0] as { layout: string }).layout = 'timeline';
    expect(() => insertBundle(s.db, spoilt)).toThrow(/第 1 张幻灯片：未知的幻灯片版式“timeline”/);
    const badKind = structuredClone(loaded);
    (badKind.figures[2] as { kind: string }).kind = 'rankish';
    expect(() => insertBundle(s.db, badKind)).toThrow(/未知的数据类型“rankish”/);
    expect(contentHash(s.db)).toBe(hash);
    s.close();
  });

  it('the import request and a tabular correction', () => {
    const figure = {
      label: '产值',
      value: '2.45',
      number: 2.45,
      unit: '万亿元',
      period: '2015年',
      kind: 'rankish',
      qualifier: null,
      quote: '产值2.45万亿元',
      start: 0,
      end: 9,
      valueStart: 2,
      valueEnd: 6,
    };
    const parsed = REQUESTS['report.import'].safeParse({
      meta: { title: 't', organisation: 'o', published: '2016-01-01', asOf: '2015年' },
      text: '产值2.45万亿元',
      figures: [figure],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/未知的数据类型“rankish”/);

    const s = openStore(join(t.dir, 'tab.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const key = (s.db.prepare('SELECT key FROM figures LIMIT 1').get() as { key: string }).key;
    const hash = contentHash(s.db);
    expect(() => applyRows(s.db, ':memory:', 1, parseJsonRows(JSON.stringify([{ key, kind: 'rankish' }])), 'x.json')).toThrow(
      /“类型”列（kind）：未知的数据类型“rankish”/,
    );
    expect(contentHash(s.db)).toBe(hash);
    s.close();
  });
});
