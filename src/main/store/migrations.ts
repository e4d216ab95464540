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
  {
    version: 80,
    name: 'bundled deck: its agenda (目录), its 01 divider and its conclusion slide (总体判断 / 下一步, the 四个扎实)',
    up(db) {
      // The bundled Chongqing deck gains three slides a fresh store now seeds (resources/reports/cq-2015/deck.json):
      // a 目录 after the title slide, the divider of part 01 before the first slide of the overview section, and
      // a conclusion slide before the closing one; the closing slide's notes lose the 四个扎实 sentence (it is on
      // the conclusion now) only if they are still as shipped.
      // A deck the user has edited is not clobbered: no existing slide's content changes (only its place in the
      // order), and each new slide goes where it belongs in the deck as it stands now: the agenda after the title
      // slide (first if there is none), the divider before the first overview slide (none if the user deleted
      // them all, or already added one), the conclusion before a closing last slide (else at the end; none if a
      // slide already shows 四个扎实). The agenda lists the deck's visible dividers as they stand, numbered as
      // their slides number them (by the report's section order). The change is recorded in the deck's history
      // as one edit, so Ctrl+Z takes it back whole. An unedited deck ends exactly as a freshly seeded one.
      const deck = db
        .prepare(`SELECT d.id FROM decks d JOIN reports r ON r.id = d.report_id WHERE r.key = 'cq-2015' AND d.key = 'main'`)
        .get() as { id: number } | undefined;
      if (!deck) return;
      interface Row {
        id: number;
        ord: number;
        layout: string;
        title: string;
        titleEn: string;
        sectionId: number | null;
        notes: string;
        body: string;
        chart: string | null;
        hidden: number;
        version: number;
        figures: [number, number][];
      }
      // The deck's rows as the slide history keeps them (store/slide-edits.ts deckRows, copied).
      const rowsOf = (): Row[] =>
        (
          db
            .prepare(
              `SELECT id, ord, layout, title, title_en AS titleEn, section_id AS sectionId, notes, body, chart, hidden, version,
                 (SELECT json_group_array(json_array(figure_id, ord)) FROM (SELECT figure_id, ord FROM slide_figures WHERE slide_id = s.id ORDER BY ord)) AS figures
               FROM slides s WHERE deck_id = ? ORDER BY ord`,
            )
            .all(deck.id) as (Omit<Row, 'figures'> & { figures: string })[]
        ).map((r) => ({ ...r, figures: JSON.parse(r.figures) as [number, number][] }));
      const before = rowsOf();
      if (!before.length) return;
      const sections = db
        .prepare(`SELECT s.id, s.key FROM sections s JOIN reports r ON r.id = s.report_id WHERE r.key = 'cq-2015' ORDER BY s.ord, s.start`)
        .all() as { id: number; key: string }[];
      const overview = sections.find((s) => s.key === 'overview')?.id;
      // The concluding paragraph is in the report's last section, as a drafted deck's summary is.
      const environment = sections.find((s) => s.key === 'environment')?.id ?? null;
      const figure = (key: string) =>
        (
          db.prepare(`SELECT f.id FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.key = 'cq-2015' AND f.key = ?`).get(key) as
            { id: number } | undefined
        )?.id;
      const output = figure('scale-output');
      const growth = figure('scale-output-growth');

      type New = Omit<Row, 'id' | 'ord' | 'hidden' | 'version' | 'figures'> & { figures: number[] };
      const order: (number | New)[] = before.map((r) => r.id);
      const indexOf = (id: number) => order.indexOf(id);

      // 01: the divider of the overview, before its first slide.
      const hasDivider = before.some((r) => r.layout === 'section' && r.sectionId === overview);
      const firstOverview = before.find((r) => r.sectionId === overview && r.layout !== 'title');
      if (overview !== undefined && !hasDivider && firstOverview)
        order.splice(indexOf(firstOverview.id), 0, {
          layout: 'section',
          title: '发展水平跃上新台阶',
          titleEn: 'IT and industry reach a new level',
          sectionId: overview,
          notes: '第一部分讲总体情况。工业和信息化发展水平跃上新台阶，为全市经济社会发展提供了有力支撑。',
          body: JSON.stringify({ subtitle: '为全市经济社会发展提供了有力支撑' }),
          chart: null,
          figures: [],
        });

      // The conclusion, before a closing last slide.
      const OLD_CLOSING =
        '郭坚说，面对经济下行压力，我市统筹推进稳增长、调结构、增效益、促升级，为“十二五”收官划上圆满句号。接下来，全市经信系统将学习领会习近平总书记视察重庆时提出的“四个扎实”，贯彻新要求，履行新使命，加快重庆工业和信息化建设。谢谢各位领导。';
      const NEW_CLOSING =
        '郭坚说，面对经济下行压力，我市统筹推进稳增长、调结构、增效益、促升级，为“十二五”收官划上圆满句号。谢谢各位领导。';
      const shown = before.some((r) => `${r.title}${r.body}${r.chart ?? ''}`.includes('四个扎实'));
      let conclusion = false;
      if (!shown && output !== undefined && growth !== undefined) {
        const last = before[before.length - 1];
        const at = last.layout === 'closing' ? indexOf(last.id) : order.length;
        order.splice(at, 0, {
          layout: 'text',
          title: '贯彻新要求　履行新使命',
          titleEn: 'New requirements, a new mission',
          sectionId: environment,
          notes:
            '最后是总体判断和下一步。在全国经济下行压力背景下，这组数据折射出我市工业经济实现了规模、速度、结构、质量、效益的协调统一发展。接下来，全市经信系统将学习领会习近平总书记视察重庆时提出的“四个扎实”，贯彻新要求，履行新使命，加快重庆工业和信息化建设。',
          body: JSON.stringify({
            paragraphs: [
              `**发展成效**\u3000工业和信息化发展水平跃上新台阶。规模工业产值{{${output}}}，年均增长{{${growth}}}。`,
              '**总体判断**\u3000在全国经济下行压力背景下，这组数据折射出我市工业经济实现了规模、速度、结构、质量、效益的协调统一发展。',
              '**下一步**\u3000全市经信系统将学习领会习近平总书记视察重庆时提出的“四个扎实”，贯彻新要求，履行新使命，加快重庆工业和信息化建设。',
            ],
          }),
          chart: null,
          figures: [output, growth],
        });
        conclusion = true;
      }

      // The agenda, after the title slide: the visible dividers as they now stand, each with its number.
      const hasAgenda = before.some((r) => r.title.trim() === '目录');
      if (!hasAgenda) {
        const byId = new Map(before.map((r) => [r.id, r]));
        const items = order
          .map((o) => (typeof o === 'number' ? byId.get(o)! : { ...o, hidden: 0 }))
          .filter((r) => r.layout === 'section' && !r.hidden && r.sectionId !== null)
          .map((r) => `**${String(sections.findIndex((s) => s.id === r.sectionId) + 1).padStart(2, '0')}**\u3000${r.title}`);
        const numerals = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
        const titles = items.map((p) => p.replace(/^\*\*\d+\*\*\u3000/u, ''));
        if (items.length)
          order.splice(before[0].layout === 'title' ? indexOf(before[0].id) + 1 : 0, 0, {
            layout: 'text',
            title: '目录',
            titleEn: 'Contents',
            sectionId: null,
            notes: `本简报分${numerals[items.length] ?? String(items.length)}部分：${titles.join('；')}。`,
            body: JSON.stringify({ paragraphs: items, paraphrased: ['paragraphs'] }),
            chart: null,
            figures: [],
          });
      }
      if (order.length === before.length) return;

      // Write: park every slide at a negative place (UNIQUE (deck_id, ord) never trips), then put each in its place.
      const park = db.prepare('UPDATE slides SET ord = ? WHERE id = ?');
      for (const r of before) park.run(-r.id, r.id);
      const move = db.prepare('UPDATE slides SET ord = ?, notes = ?, version = version + 1 WHERE id = ?');
      const insert = db.prepare(
        `INSERT INTO slides (deck_id, ord, layout, title, title_en, section_id, notes, body, chart, hidden, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)`,
      );
      const link = db.prepare('INSERT INTO slide_figures (slide_id, figure_id, ord) VALUES (?, ?, ?)');
      const closing = before[before.length - 1];
      order.forEach((o, i) => {
        if (typeof o === 'number') {
          const r = before.find((x) => x.id === o)!;
          const notes = conclusion && r.id === closing.id && r.layout === 'closing' && r.notes === OLD_CLOSING ? NEW_CLOSING : r.notes;
          if (r.ord !== i + 1 || notes !== r.notes) move.run(i + 1, notes, r.id);
          else park.run(r.ord, r.id);
          return;
        }
        const id = Number(insert.run(deck.id, i + 1, o.layout, o.title, o.titleEn, o.sectionId, o.notes, o.body, o.chart).lastInsertRowid);
        o.figures.forEach((f, n) => link.run(id, f, n));
      });

      // One edit in the deck's history: the rows it changed, before (null: new) and after.
      const after = rowsOf();
      const old: Record<number, Row | null> = {};
      const now: Record<number, Row> = {};
      for (const r of after) {
        const was = before.find((x) => x.id === r.id);
        if (was && JSON.stringify({ ...was, version: 0 }) === JSON.stringify({ ...r, version: 0 })) continue;
        old[r.id] = was ?? null;
        now[r.id] = r;
      }
      db.prepare('INSERT INTO slide_edits (deck_id, kind, what, old, new) VALUES (?, ?, ?, ?, ?)').run(
        deck.id,
        'edit',
        '新版内置简报：加入目录、第一部分分隔页和结语页',
        JSON.stringify(old),
        JSON.stringify(now),
      );
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
