/**
 * Numbered schema migrations driven by PRAGMA user_version. Each runs in its own transaction together with
 * the version bump, so a crash leaves the database at the previous version, intact, and the step reruns.
 * Never edit a shipped step: add a new one. A step is frozen text: it imports nothing of ours and copies
 * any list it needs into its SQL, so adding a chart kind, a layout or a figure kind to the registries
 * changes no store. Enumerations are checked at the door (shared/enums.ts), not by CHECK constraints.
 * test/schema-upgrade.test.ts holds every step to the schema it shipped with.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /**
   * The step rebuilds a table other tables reference (https://www.sqlite.org/lang_altertable.html, the
   * general procedure): the migrator turns foreign keys off around its transaction — the pragma is a no-op
   * inside one — so DROP TABLE cascades nowhere, and runs foreign_key_check before the commit.
   */
  rebuildsTables?: boolean;
  up(db: Database): void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 10,
    name: 'reports, sections, figures with their sources, decks and slides',
    up(db) {
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE reports (
          id              INTEGER PRIMARY KEY,
          key             TEXT NOT NULL UNIQUE,
          title           TEXT NOT NULL,
          title_en        TEXT NOT NULL DEFAULT '',
          organisation    TEXT NOT NULL,
          organisation_en TEXT NOT NULL DEFAULT '',
          published       TEXT NOT NULL,
          published_note  TEXT NOT NULL DEFAULT '',
          as_of           TEXT NOT NULL,
          region          TEXT NOT NULL DEFAULT '',
          text            TEXT NOT NULL,
          created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;

        CREATE TABLE sections (
          id        INTEGER PRIMARY KEY,
          report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          key       TEXT NOT NULL,
          ord       INTEGER NOT NULL,
          title     TEXT NOT NULL,
          title_en  TEXT NOT NULL DEFAULT '',
          start     INTEGER NOT NULL,
          end       INTEGER NOT NULL,
          UNIQUE (report_id, key),
          UNIQUE (report_id, ord),
          CHECK (start >= 0 AND end >= start)
        ) STRICT;

        CREATE TABLE figures (
          id         INTEGER PRIMARY KEY,
          report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          section_id INTEGER NOT NULL REFERENCES sections(id),
          key        TEXT NOT NULL,
          label      TEXT NOT NULL,
          value_text TEXT NOT NULL,
          value      REAL NOT NULL,
          unit       TEXT NOT NULL,
          period     TEXT NOT NULL,
          kind       TEXT NOT NULL CHECK (kind IN ('level', 'growth', 'share', 'count', 'change', 'multiple', 'index')),
          qualifier  TEXT,
          scope      TEXT,
          UNIQUE (report_id, key)
        ) STRICT;
        CREATE INDEX figures_section ON figures(section_id);

        CREATE TABLE figure_sources (
          figure_id   INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
          quote       TEXT NOT NULL,
          quote_start INTEGER NOT NULL,
          quote_end   INTEGER NOT NULL,
          value_start INTEGER NOT NULL,
          value_end   INTEGER NOT NULL,
          CHECK (quote_start >= 0 AND quote_start <= value_start AND value_start < value_end AND value_end <= quote_end)
        ) STRICT;

        CREATE TABLE decks (
          id        INTEGER PRIMARY KEY,
          report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          key       TEXT NOT NULL,
          title     TEXT NOT NULL,
          UNIQUE (report_id, key)
        ) STRICT;

        CREATE TABLE slides (
          id         INTEGER PRIMARY KEY,
          deck_id    INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
          ord        INTEGER NOT NULL,
          layout     TEXT NOT NULL CHECK (layout IN ('title', 'section', 'kpi', 'chart', 'comparison', 'text', 'closing')),
          title      TEXT NOT NULL,
          title_en   TEXT NOT NULL DEFAULT '',
          section_id INTEGER REFERENCES sections(id),
          notes      TEXT NOT NULL DEFAULT '',
          body       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
          chart      TEXT CHECK (chart IS NULL OR (json_valid(chart)
                       AND json_extract(chart, '$.type') IN ('bar', 'hbar', 'doughnut', 'pie'))),
          UNIQUE (deck_id, ord)
        ) STRICT;

        CREATE TABLE slide_figures (
          slide_id  INTEGER NOT NULL REFERENCES slides(id) ON DELETE CASCADE,
          figure_id INTEGER NOT NULL REFERENCES figures(id),
          ord       INTEGER NOT NULL,
          PRIMARY KEY (slide_id, figure_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX slide_figures_figure ON slide_figures(figure_id);
      `);
    },
  },
  {
    version: 20,
    name: 'figure versions and the audit history of edits',
    up(db) {
      db.exec(`
        ALTER TABLE figures ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

        CREATE TABLE figure_edits (
          id        INTEGER PRIMARY KEY,
          figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
          at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
          reason    TEXT NOT NULL CHECK (length(trim(reason)) > 0),
          old       TEXT NOT NULL CHECK (json_valid(old)),
          new       TEXT NOT NULL CHECK (json_valid(new)),
          undoes    INTEGER REFERENCES figure_edits(id),
          undone_by INTEGER REFERENCES figure_edits(id)
        ) STRICT;
        CREATE INDEX figure_edits_figure ON figure_edits(figure_id, id);

        -- Relations between figures that consistency checks verify (parts within a total, a growth rate
        -- against the values it links, a 翻番 claim against its values).
        CREATE TABLE figure_relations (
          id        INTEGER PRIMARY KEY,
          report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          type      TEXT NOT NULL CHECK (type IN ('partOfTotal', 'growth', 'multiple')),
          spec      TEXT NOT NULL CHECK (json_valid(spec))
        ) STRICT;
      `);
    },
  },
  {
    version: 30,
    name: 'no enumeration CHECKs on figures.kind, slides.layout and the chart type: zod checks them at the door',
    rebuildsTables: true,
    up(db) {
      // Columns are listed as they stand after step 20 (figures.version was appended by ALTER TABLE).
      db.exec(`
        CREATE TABLE figures_new (
          id         INTEGER PRIMARY KEY,
          report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          section_id INTEGER NOT NULL REFERENCES sections(id),
          key        TEXT NOT NULL,
          label      TEXT NOT NULL,
          value_text TEXT NOT NULL,
          value      REAL NOT NULL,
          unit       TEXT NOT NULL,
          period     TEXT NOT NULL,
          kind       TEXT NOT NULL,
          qualifier  TEXT,
          scope      TEXT,
          version    INTEGER NOT NULL DEFAULT 1,
          UNIQUE (report_id, key)
        ) STRICT;
        INSERT INTO figures_new (id, report_id, section_id, key, label, value_text, value, unit, period, kind, qualifier, scope, version)
          SELECT id, report_id, section_id, key, label, value_text, value, unit, period, kind, qualifier, scope, version FROM figures;
        DROP TABLE figures;
        ALTER TABLE figures_new RENAME TO figures;
        CREATE INDEX figures_section ON figures(section_id);

        CREATE TABLE slides_new (
          id         INTEGER PRIMARY KEY,
          deck_id    INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
          ord        INTEGER NOT NULL,
          layout     TEXT NOT NULL,
          title      TEXT NOT NULL,
          title_en   TEXT NOT NULL DEFAULT '',
          section_id INTEGER REFERENCES sections(id),
          notes      TEXT NOT NULL DEFAULT '',
          body       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
          chart      TEXT CHECK (chart IS NULL OR json_valid(chart)),
          UNIQUE (deck_id, ord)
        ) STRICT;
        INSERT INTO slides_new (id, deck_id, ord, layout, title, title_en, section_id, notes, body, chart)
          SELECT id, deck_id, ord, layout, title, title_en, section_id, notes, body, chart FROM slides;
        DROP TABLE slides;
        ALTER TABLE slides_new RENAME TO slides;
      `);
    },
  },
  {
    version: 40,
    name: 'figure status: actual, estimate (预计) or target (力争, 目标)',
    up(db) {
      // No CHECK: the allowed values live in FIGURE_STATUSES and are checked at the door (shared/enums.ts).
      db.exec(`ALTER TABLE figures ADD COLUMN status TEXT NOT NULL DEFAULT 'actual';`);
    },
  },
  {
    version: 50,
    name: 'bundled report: periods that named a measure (年产量, 年产值) say when, recorded in the history',
    up(db) {
      // Seven figures of the bundled Chongqing report had "年产量"/"年产值" as their period: that says what,
      // not when. The report is about 2015 ("目前" in a report of February 2016). Each change is an edit in
      // the figure's history with its reason, so nothing is silently rewritten; a figure the user already
      // corrected (its period no longer one of these) is left alone.
      const reason = '时期应写时间：原时期“{old}”说的是指标（年产量/年产值），不是时间；报告所述为2015年';
      const rows = db
        .prepare(
          `SELECT f.id, f.label, f.value_text AS valueText, f.unit, f.period FROM figures f JOIN reports r ON r.id = f.report_id
           WHERE r.key = 'cq-2015' AND f.period IN ('年产量', '年产值')`,
        )
        .all() as { id: number; label: string; valueText: string; unit: string; period: string }[];
      const update = db.prepare("UPDATE figures SET period = '2015年', version = version + 1 WHERE id = ?");
      const record = db.prepare('INSERT INTO figure_edits (figure_id, reason, old, new) VALUES (?, ?, ?, ?)');
      for (const f of rows) {
        const old = { label: f.label, valueText: f.valueText, unit: f.unit, period: f.period };
        update.run(f.id);
        record.run(f.id, reason.replace('{old}', f.period), JSON.stringify(old), JSON.stringify({ ...old, period: '2015年' }));
      }
    },
  },
  {
    version: 51,
    name: "bundled deck: claims in the report's own words, or marked as paraphrases",
    up(db) {
      // A slide may shorten the report, never reword it (shared/wording.ts). Two texts of the bundled deck
      // reworded it and now quote it; three key messages that summarise in the author's words are marked
      // as paraphrases. Only slides whose text is still as shipped are touched.
      const slides = db
        .prepare(
          `SELECT s.id, s.body, s.chart FROM slides s JOIN decks d ON d.id = s.deck_id JOIN reports r ON r.id = d.report_id
           WHERE r.key = 'cq-2015'`,
        )
        .all() as { id: number; body: string; chart: string | null }[];
      const setBody = db.prepare('UPDATE slides SET body = ? WHERE id = ?');
      const setChart = db.prepare('UPDATE slides SET chart = ? WHERE id = ?');
      const SUBTITLE = ['出台“1+3”工业园区发展意见和规划，优化产业布局', '出台了“1+3”工业园区发展意见和规划，优化产业布局'];
      const TAKEAWAY = ['汽车产量占全国的1/8，成为全国最大汽车制造基地。', '占全国的1/8，成为全国最大汽车制造基地。'];
      const PARAPHRASES = ['新增88件，达到128件。', '新增671件，达到1306件。', '五年增加63家，达到198家。'];
      for (const s of slides) {
        const body = JSON.parse(s.body) as { subtitle?: string; paraphrased?: string[] };
        const chart = s.chart === null ? null : (JSON.parse(s.chart) as { takeaway?: string });
        if (body.subtitle === SUBTITLE[0]) setBody.run(JSON.stringify({ ...body, subtitle: SUBTITLE[1] }), s.id);
        if (chart?.takeaway === TAKEAWAY[0]) setChart.run(JSON.stringify({ ...chart, takeaway: TAKEAWAY[1] }), s.id);
        if (chart?.takeaway && PARAPHRASES.includes(chart.takeaway) && !body.paraphrased?.includes('takeaway'))
          setBody.run(JSON.stringify({ ...body, paraphrased: [...(body.paraphrased ?? []), 'takeaway'] }), s.id);
      }
    },
  },
  {
    version: 60,
    name: 'slide editing: slide versions, hidden slides, and the history of deck edits with undo/redo',
    up(db) {
      // Each row of slide_edits is one change of a deck (an edit, its undo or its redo): old and new hold
      // the complete rows of the slides it touched (null: the slide did not exist), so undo is exact.
      db.exec(`
        ALTER TABLE slides ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE slides ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE slide_edits (
          id        INTEGER PRIMARY KEY,
          deck_id   INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
          at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
          kind      TEXT NOT NULL,
          what      TEXT NOT NULL,
          old       TEXT NOT NULL CHECK (json_valid(old)),
          new       TEXT NOT NULL CHECK (json_valid(new)),
          undoes    INTEGER REFERENCES slide_edits(id),
          undone_by INTEGER REFERENCES slide_edits(id)
        ) STRICT;
        CREATE INDEX slide_edits_deck ON slide_edits(deck_id);
      `);
    },
  },
  {
    version: 70,
    name: 'rehearsal times: how long each slide took when the talk was last rehearsed',
    up(db) {
      // One row per slide rehearsed (the latest rehearsal); gone with its slide, so with its deck.
      db.exec(`
        CREATE TABLE slide_rehearsals (
          slide_id INTEGER PRIMARY KEY REFERENCES slides(id) ON DELETE CASCADE,
          ms       INTEGER NOT NULL CHECK (ms >= 0),
          at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
