/**
 * The one API contract between the renderer and the main process (IPC in Electron, HTTP in the web bridge).
 * Adding a feature = one key here, one request schema, one handler.
 */
import { z } from 'zod';
import type { ChannelName } from './channels';
import type { Result } from './result';
import type { Finding } from './checks';
import type { Extracted } from './extract';
import type { PresentationEvent, PresentationState } from './presentation';
import { chartTypeSchema, figureKindSchema, figureStatusSchema, slideLayoutSchema } from './enums';
import { EXPORT_ITEMS, type ExportBatch, type PrintDone } from './exports';
import { MAX_ISSUE, PRINT_LAYOUTS } from './print';
import { MAX_CHART_POINTS, MAX_KPIS } from './chart-compat';
import { badCharacter, wellFormedMessage } from './text';
import { BUILD_MODES } from './builds';
import { INK_COLOURS, INK_LIMITS, INK_TOOLS } from './ink';
import type { WindowGeometry } from './window-geometry';
import { FRAME_LIMITS } from './first-frame';
import {
  FIGURE_LIMITS as F,
  MAX_DATA_FILE_CHARS,
  MAX_DATA_FILE_NAME,
  MAX_IMPORT_FIGURES,
  MAX_REASON_CHARS,
  MAX_REPORT_CHARS,
  MAX_RESUME_DECKS,
  MAX_SLIDES,
  REPORT_META_LIMITS as M,
  SLIDE_LIMITS as SL,
  MAX_REPORT_FILE_BASE64_CHARS,
  MAX_REPORT_FILE_BYTES,
  megabytes,
} from './limits';
import {
  DERIVE_OPS,
  type AppInfo,
  type Deck,
  type DeckEditResult,
  type Figure,
  type FigureEdit,
  type Report,
  type ReportSummary,
} from './types';

/** Validation messages in Chinese: they reach officials and staff through the UI and the CLI. */
z.config(z.locales.zhCN());

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A string of well-formed text (shared/text.ts): short fields refuse controls and direction overrides too. */
const text = (multiline = false) =>
  z.string().superRefine((s, ctx) => {
    const bad = badCharacter(s, multiline);
    if (bad) ctx.addIssue({ code: 'custom', message: wellFormedMessage(bad) });
  });
const line = () => text(false);
const body = () => text(true);
const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const version = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const slideIndex = z.number().int().nonnegative().max(MAX_SLIDES);
/** A window's or a stage box's side in CSS pixels (fractional as laid out). */
const windowSize = z.number().finite().min(0).max(100_000);
const inkId = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31);
/** Flat x, y pairs in slide coordinates; the hub clamps them into the slide. */
const inkPoints = z
  .array(z.number().finite())
  .max(INK_LIMITS.points * 2)
  .refine((p) => p.length % 2 === 0, '墨迹的点必须成对（x, y）');
const presentationAction = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('open'),
    deckId: id,
    total: z.number().int().nonnegative().max(MAX_SLIDES),
    index: slideIndex.optional(),
    resume: slideIndex.optional(),
  }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('prev') }),
  z.strictObject({ type: z.literal('first') }),
  z.strictObject({ type: z.literal('last') }),
  z.strictObject({ type: z.literal('goto'), index: slideIndex }),
  z.strictObject({ type: z.literal('screen'), screen: z.enum(['slide', 'black', 'white']) }),
  z.strictObject({ type: z.literal('toggleScreen'), screen: z.enum(['black', 'white']) }),
  z.strictObject({
    type: z.literal('pointer'),
    pointer: z.strictObject({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  }),
  z.strictObject({ type: z.literal('zoom'), zoom: z.boolean() }),
  z.strictObject({ type: z.literal('present'), presenting: z.boolean() }),
  z.strictObject({
    type: z.literal('inkStroke'),
    id: inkId,
    tool: z.enum(INK_TOOLS),
    colour: z.enum(INK_COLOURS),
    points: inkPoints.min(2),
  }),
  z.strictObject({ type: z.literal('inkExtend'), id: inkId, points: inkPoints.min(2) }),
  z.strictObject({ type: z.literal('inkClear'), scope: z.enum(['slide', 'all']) }),
]);

/** A figure proposal as the extractor makes it (and the review table corrects it). */
const extractedSchema = z.strictObject({
  label: line().trim().min(1).max(F.label),
  value: line().min(1).max(F.value),
  number: z.number().finite(),
  unit: line().max(F.unit),
  period: line().max(F.period),
  kind: figureKindSchema,
  status: figureStatusSchema,
  qualifier: line().max(F.qualifier).nullable(),
  quote: body().min(1).max(F.quote),
  start: offset,
  end: offset,
  valueStart: offset,
  valueEnd: offset,
});

/** What report.read answers: the text the extractor will read and how it was read. */
export interface ReadReport {
  text: string;
  reader: 'docx' | 'doc' | 'pdf' | 'html' | 'text';
  /** The encoding a text file or web page was decoded from ('UTF-8', 'GB18030', …); null for Word and PDF. */
  encoding: string | null;
  /** What the reader dropped or could not read (Chinese), for the reviewer. */
  warnings: string[];
  /**
   * The date the file's own properties give (a page's publication mark, a PDF's or Word file's creation date) and
   * the note naming where it came from: the report's 发布日期 only when its text names none. Null when it gives none.
   */
  fileDate: { date: string; note: string } | null;
}

/** Request schemas: strict objects, so unknown keys are rejected rather than ignored. */
export const REQUESTS = {
  'app.info': z.strictObject({}),
  'report.list': z.strictObject({}),
  'figure.list': z.strictObject({ reportId: id }),
  'briefing.open': z.strictObject({
    /**
     * Which report: by id, by key, or the report of a deck (a window following the hub to another deck);
     * none (or one that is gone): the last opened, else the first. The answer's `report` says which it is.
     */
    reportId: id.optional(),
    reportKey: z.string().trim().min(1).max(200).optional(),
    deckId: id.optional(),
    /**
     * Also open the deck on the presentation hub, in the same call (a window's first slide then waits for
     * one round trip, not two). `resume`: the slide this window was last on, per deck it has shown;
     * `index`: the slide a deep link names (clamped to the deck).
     */
    present: z
      .strictObject({
        resume: z.array(z.strictObject({ deckId: id, index: slideIndex })).max(MAX_RESUME_DECKS),
        /** A deep link (`#/slide/N`): open the deck on this slide, whatever the hub or `resume` say. */
        index: slideIndex.optional(),
      })
      .optional(),
  }),
  'figure.update': z.strictObject({
    figureId: id,
    expectedVersion: z.number().int().positive(),
    patch: z.strictObject({
      label: line().max(F.label).optional(),
      valueText: line().max(F.value).optional(),
      unit: line().max(F.unit).optional(),
      period: line().max(F.period).optional(),
    }),
    reason: line().trim().min(1, '请填写修改原因').max(MAX_REASON_CHARS),
  }),
  'figure.history': z.strictObject({ reportId: id, figureId: id.optional() }),
  'edit.undo': z.strictObject({ editId: id }),
  'checks.list': z.strictObject({ reportId: id }),
  'report.extract': z.strictObject({ text: body().max(MAX_REPORT_CHARS, '报告正文过长'), asOf: line().trim().max(M.asOf).optional() }),
  /** A report file's bytes (base64) → its text, read by the main process's readers (Word, PDF, web page, text). */
  'report.read': z.strictObject({
    name: line().trim().min(1).max(MAX_DATA_FILE_NAME),
    /** base64 of at most MAX_REPORT_FILE_BYTES (the readers' file limit). */
    content: z
      .string()
      .max(MAX_REPORT_FILE_BASE64_CHARS, `文件太大（上限 ${megabytes(MAX_REPORT_FILE_BYTES)}）：一份报告不会这么长，请检查文件`),
    /** Overrides the detected encoding of a text file or web page. */
    encoding: z.string().trim().min(1).max(40).optional(),
  }),
  'report.import': z.strictObject({
    meta: z.strictObject({
      title: line().trim().min(1, '请填写标题').max(M.title),
      organisation: line().trim().min(1, '请填写发布单位').max(M.organisation),
      // Empty when the report names no date: never today's, which the cover and the exports would print as a fact.
      published: z.string().regex(/^(?:\d{4}-\d{2}-\d{2})?$/, '日期格式应为 2016-02-04（正文没有写明日期时留空）'),
      asOf: line().trim().min(1, '请填写数据时期').max(M.asOf),
    }),
    text: body().max(MAX_REPORT_CHARS, '报告正文过长'),
    figures: z.array(extractedSchema).max(MAX_IMPORT_FIGURES),
  }),
  'report.rename': z.strictObject({
    reportId: id,
    // line(): no line breaks, control characters, lone surrogates or direction overrides (shared/text.ts).
    title: line().trim().min(1, '请填写标题').max(200, '标题过长（上限 200 字）'),
    /** The title the caller saw: a report renamed meanwhile is a conflict, not overwritten. */
    expectedTitle: z.string().max(1000),
  }),
  /**
   * Correct what an import read or left empty: title, organisation, publication date ('' when the report names
   * none). `expected` is what the caller saw: a change made meanwhile is a conflict, not overwritten.
   */
  'report.details': z.strictObject({
    reportId: id,
    details: z.strictObject({
      title: line().trim().min(1, '请填写标题').max(M.title, `标题过长（上限 ${M.title} 字）`),
      organisation: line().trim().min(1, '请填写发布单位').max(M.organisation, `发布单位过长（上限 ${M.organisation} 字）`),
      published: z
        .string()
        .trim()
        .regex(/^(?:\d{4}-\d{2}-\d{2})?$/, '日期格式应为 2016-02-04（正文没有写明日期时留空）'),
    }),
    expected: z.strictObject({ title: z.string().max(1000), organisation: z.string().max(1000), published: z.string().max(20) }),
  }),
  /** Backup first, then delete; the answer names the backup that `report.restore` undoes it from. */
  'report.delete': z.strictObject({ reportId: id, expectedTitle: z.string().max(1000) }),
  'report.restore': z.strictObject({
    reportId: id,
    backup: z
      .string()
      .max(100)
      .regex(/^briefing-\d{8}T\d{9}Z-[a-z-]+\.sqlite$/, '不是本数据库的备份文件名'),
  }),
  'data.export': z.strictObject({ reportId: id, format: z.enum(['json', 'csv']) }),
  'data.import': z.strictObject({
    reportId: id,
    format: z.enum(['json', 'csv', 'xlsx']),
    name: line().trim().min(1).max(MAX_DATA_FILE_NAME),
    /** Text for JSON and CSV; base64 for XLSX. */
    content: body().max(MAX_DATA_FILE_CHARS, `文件过大（上限约 ${MAX_DATA_FILE_CHARS / 1_000_000} MB）`),
  }),
  'present.state': z.strictObject({}),
  'present.act': z.strictObject({ action: presentationAction }),
  /** Slide edits (versioned: a stale expectedVersion is a CONFLICT), recorded in the deck's history. */
  'slide.update': z.strictObject({
    slideId: id,
    expectedVersion: version,
    patch: z.strictObject({
      title: line().max(SL.title, `标题过长（最多 ${SL.title} 字）`).optional(),
      subtitle: line().max(SL.subtitle, `副标题过长（最多 ${SL.subtitle} 字）`).optional(),
      takeaway: line().max(SL.takeaway, `要点过长（最多 ${SL.takeaway} 字）`).optional(),
      notes: body().max(SL.notes, `讲稿过长（最多 ${SL.notes} 字）：请删减后再保存，原讲稿未改动`).optional(),
      layout: slideLayoutSchema.optional(),
      hidden: z.boolean().optional(),
      chart: z
        .strictObject({
          type: chartTypeSchema,
          title: line().max(SL.title, `图表标题过长（最多 ${SL.title} 字）`),
          series: z
            .array(
              z.union([
                z.strictObject({ label: line().max(SL.title), figureId: id }),
                z.strictObject({ label: line().max(SL.title), derived: z.strictObject({ op: z.enum(DERIVE_OPS), a: id, b: id }) }),
              ]),
            )
            .max(MAX_CHART_POINTS, `图表最多 ${MAX_CHART_POINTS} 项数据`),
        })
        .nullable()
        .optional(),
      kpis: z
        .array(z.strictObject({ figureId: id, caption: line().max(SL.subtitle), growthFigureId: id.optional() }))
        // One more than allowed passes the door, so the store's message (请分成两页) is the one shown.
        .max(MAX_KPIS + 1)
        .optional(),
      build: z.enum(BUILD_MODES).optional(),
    }),
  }),
  'slide.move': z.strictObject({ slideId: id, expectedVersion: version, toIndex: slideIndex }),
  'slide.delete': z.strictObject({ slideId: id, expectedVersion: version }),
  'slide.duplicate': z.strictObject({ slideId: id, expectedVersion: version }),
  /** A new blank slide or section divider right after the given slide. */
  'slide.add': z.strictObject({ afterSlideId: id, expectedVersion: version, kind: z.enum(['blank', 'section']) }),
  'deck.undo': z.strictObject({ deckId: id }),
  'deck.redo': z.strictObject({ deckId: id }),
  /** The deck's rehearsal times (presenter view, 排练): per slide, from the latest rehearsal. */
  'rehearsal.get': z.strictObject({ deckId: id }),
  'rehearsal.save': z.strictObject({
    deckId: id,
    times: z
      .array(
        z.strictObject({
          slideId: id,
          ms: z
            .number()
            .int()
            .nonnegative()
            .max(24 * 3_600_000),
        }),
      )
      .max(MAX_SLIDES),
  }),
  /**
   * Export files (the export dialog): PDFs of any print layout, the deck as PowerPoint, the 简报 as Word;
   * several at once into one folder the user picks. Desktop app only (the web bridge has no file dialog).
   */
  'export.files': z.strictObject({
    reportId: id,
    items: z
      .array(z.enum(EXPORT_ITEMS))
      .min(1, '请至少选择一种导出格式')
      .max(EXPORT_ITEMS.length)
      .refine((a) => new Set(a).size === a.length, '导出格式重复'),
    issue: z.number().int().min(1).max(MAX_ISSUE),
    internal: z.boolean(),
  }),
  /**
   * Print one layout (the same dialog in its print mode, 文件 → 打印…): the print page in a hidden window, as a
   * PDF export prints it, then the system's print dialog. Desktop app only (the web bridge has no printer).
   */
  'print.open': z.strictObject({
    reportId: id,
    layout: z.enum(PRINT_LAYOUTS),
    issue: z.number().int().min(1).max(MAX_ISSUE),
    internal: z.boolean(),
  }),
  /**
   * What a window draws its slides at (shared/window-geometry.ts), after its first load and on a change: the
   * main process keeps the last one and makes the first chart's picture for it (main/charts/picture-refresh.ts).
   */
  'window.geometry': z.strictObject({
    windowWidth: windowSize,
    windowHeight: windowSize,
    stageWidth: windowSize,
    stageHeight: windowSize,
    dpr: z.number().finite().min(0.25).max(16),
    lang: z.enum(['zh', 'en']),
    theme: z.enum(['projector', 'paper']),
  }),
  /**
   * A window's first slide as it rendered it (shared/first-frame.ts): its key (the hash of what it follows
   * from) and its markup as a tree (JSON), which main serves, escaped, in the next app page of that key.
   */
  'window.frame': z.strictObject({
    key: z.string().regex(/^[0-9a-f]{64}$/, '帧的键应为 64 位十六进制'),
    frame: z.string().max(FRAME_LIMITS.chars, '帧过大'),
  }),
} as const;

/** The schema answers exactly the shared interface. */
const geometryAgrees: Same<z.infer<(typeof REQUESTS)['window.geometry']>, WindowGeometry> = true;
void geometryAgrees;

export type Channel = keyof typeof REQUESTS;
export type Request<C extends Channel> = z.infer<(typeof REQUESTS)[C]>;

/** The report a window opens (the one asked for, else the last opened, else the first), its figures and its deck. */
export interface BriefingOpen {
  reports: ReportSummary[];
  /** null: the store holds no report. */
  report: Report | null;
  figures: Figure[];
  /** null: the report has no deck. */
  deck: Deck | null;
  /** Asked for with `present` and a deck was found: the hub's state once that deck is open there. */
  presentation?: PresentationState;
}

export interface Responses {
  'app.info': AppInfo;
  'report.list': ReportSummary[];
  'figure.list': Figure[];
  /** Everything a window needs to show a briefing, in one round trip (see handlers.ts). */
  'briefing.open': BriefingOpen;
  'figure.update': FigureEdit;
  'figure.history': FigureEdit[];
  'edit.undo': FigureEdit;
  'checks.list': Finding[];
  'report.extract': Extracted[];
  'report.read': ReadReport;
  'report.import': { reportId: number; deckId: number };
  'report.rename': ReportSummary;
  'report.details': ReportSummary;
  'report.delete': { reportId: number; title: string; backup: string };
  'report.restore': { reportId: number; title: string };
  'present.state': PresentationState;
  'present.act': PresentationEvent;
  'rehearsal.get': { slideId: number; ms: number }[];
  'rehearsal.save': { slideId: number; ms: number }[];
  'data.export': { filename: string; content: string };
  'data.import': { changed: number };
  'slide.update': DeckEditResult;
  'slide.move': DeckEditResult;
  'slide.delete': DeckEditResult;
  'slide.duplicate': DeckEditResult;
  'slide.add': DeckEditResult;
  'deck.undo': DeckEditResult;
  'deck.redo': DeckEditResult;
  'export.files': ExportBatch;
  'print.open': PrintDone;
  /** Whether it was kept (not in a store opened read-only). */
  'window.geometry': { kept: boolean };
  /** Whether it was kept (a well-formed frame of the window's first slide). */
  'window.frame': { kept: boolean };
}

/** The allowlist: the preload exposes exactly these, the main side answers exactly these. */
export const CHANNELS = Object.keys(REQUESTS) as Channel[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(REQUESTS, name);

/** The shape every transport gives the renderer. */
export type AppApi = { [C in Channel]: (req: Request<C>) => Promise<Responses[C]> };

/** The handler side: same contract, synchronous is allowed. */
export type Handlers = { [C in Channel]: (req: Request<C>) => Responses[C] | Promise<Responses[C]> };

export { IPC_PREFIX } from './channels';

/** The zod-free list the sandboxed preload uses must name exactly these channels (checked at compile time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsAgree: Same<Channel, ChannelName> = true;
void channelListsAgree;

/**
 * What the preload puts on `window.api` in Electron: one function per allowed channel, answering with a
 * Result (errors as data). The renderer's lib/api.ts turns either transport into an AppApi.
 */
export type BridgeApi = {
  [C in Channel]: (req: Request<C>) => Promise<Result<Responses[C]>>;
};

/** What the preload puts on `window.apiEvents` in Electron: subscribe to the presentation; returns unsubscribe. */
export interface PresentationEvents {
  onPresentation(listener: (s: PresentationEvent) => void): () => void;
}

export {
  WEB_API_PATH,
  WEB_EVENTS_PATH,
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  WEB_TOKEN_COOKIE,
  WEB_TOKEN_HEADER,
  IPC_PRESENTATION_EVENT,
} from './channels';
