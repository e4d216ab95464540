/**
 * Every size limit of the app, in one place. The API contract (api.ts) checks requests against them, the
 * store checks what it writes, the CLI and the renderer refuse a file before reading it, and the web
 * bridge's body cap is derived from them, so a request the contract allows always reaches the handler.
 * String lengths are in UTF-16 code units (JavaScript's `length`, what zod's `.max` counts).
 */

/** A figure, as the extractor proposes it and a correction may change it. */
export const FIGURE_LIMITS = {
  label: 80,
  value: 40,
  unit: 12,
  period: 40,
  qualifier: 8,
  /** The verbatim source sentence. */
  quote: 5000,
} as const;

/** A report's cover data. */
export const REPORT_META_LIMITS = { title: 200, organisation: 200, asOf: 40 } as const;

/** The text of one report (pasted, read from a file, or imported by the CLI). */
export const MAX_REPORT_CHARS = 2_000_000;
/** A report file (.docx, .doc, .pdf, .html, .txt, …), before it is read (the import dialog, `cli extract`/`import`). */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;
/** The same file as base64, as `report.read` carries it. */
export const MAX_REPORT_FILE_BASE64_CHARS = Math.ceil(MAX_REPORT_FILE_BYTES / 3) * 4;
/** Figures one import may create. */
export const MAX_IMPORT_FIGURES = 5000;

/** A data file of corrections (`data.import`): JSON or CSV text, or XLSX as base64. */
export const MAX_DATA_FILE_CHARS = 10_000_000;
export const MAX_DATA_FILE_NAME = 255;
/** One cell of such a file (a label, value, unit or period). */
export const MAX_DATA_CELL_CHARS = 200;

/** What a slide edit may write (slide.update). */
export const SLIDE_LIMITS = { title: 200, subtitle: 300, takeaway: 300, notes: 10_000 } as const;

/** The reason a correction gives. */
export const MAX_REASON_CHARS = 500;

/** Slides of one deck, and decks a window remembers its place in (presentation requests). */
export const MAX_SLIDES = 100_000;
export const MAX_RESUME_DECKS = 1000;

/**
 * Bytes a string of n code units may take as JSON: 3 per unit covers every character JSON.stringify leaves
 * as it is (a Chinese character is 3 bytes of UTF-8; a pair of surrogates 4 bytes for 2 units) and the
 * two-byte escapes of line breaks, tabs, quotes and backslashes. Only the rare control characters that
 * JSON writes as \u00XX take 6 bytes: a body made of those can meet the cap sooner, and is told so.
 */
export const JSON_BYTES_PER_CHAR = 3;
/** Keys, numbers and punctuation of one figure in a report.import request (offsets, number, kind), generous. */
const FIGURE_JSON_OVERHEAD = 512;
/** Keys and punctuation of a whole request, generous. */
const REQUEST_JSON_OVERHEAD = 64 * 1024;

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** The largest `report.import` the contract allows, in bytes of JSON: the text and every figure at its maximum. */
export const MAX_REPORT_IMPORT_BYTES =
  (MAX_REPORT_CHARS + sum(REPORT_META_LIMITS) + 10 + MAX_IMPORT_FIGURES * sum(FIGURE_LIMITS)) * JSON_BYTES_PER_CHAR +
  MAX_IMPORT_FIGURES * FIGURE_JSON_OVERHEAD +
  REQUEST_JSON_OVERHEAD;

/** The largest `report.read`: a report file as base64 (ASCII: one byte a character), its name and encoding label. */
export const MAX_REPORT_READ_BYTES = MAX_REPORT_FILE_BASE64_CHARS + (MAX_DATA_FILE_NAME + 40) * JSON_BYTES_PER_CHAR + REQUEST_JSON_OVERHEAD;

/** The largest `data.import`: a file of the largest size, and its name. */
export const MAX_DATA_IMPORT_BYTES = (MAX_DATA_FILE_CHARS + MAX_DATA_FILE_NAME) * JSON_BYTES_PER_CHAR + REQUEST_JSON_OVERHEAD;

/**
 * The web bridge's body cap: the largest request the contract allows (every other channel's requests are
 * far smaller). Electron's IPC has no such cap; the bridge needs one so no client can make it buffer
 * without end. A larger body is refused with 413 before it is parsed.
 */
export const MAX_BODY_BYTES = Math.max(MAX_REPORT_IMPORT_BYTES, MAX_DATA_IMPORT_BYTES, MAX_REPORT_READ_BYTES);

/** "85.3 MB", for messages. */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
