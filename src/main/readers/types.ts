import type { FileDate } from './file-date';

/** What every reader gives back: the report's text (normalised once) and how it was read. */
export const READER_NAMES = ['docx', 'doc', 'pdf', 'html', 'text'] as const;
export type ReaderName = (typeof READER_NAMES)[number];

export interface ReadResult {
  /** Exactly the text the extractor reads and the stored quotes and offsets point into. */
  text: string;
  reader: ReaderName;
  /** The character encoding a text or web page was decoded from (e.g. 'UTF-8', 'GB18030'). */
  encoding?: string;
  /** Things the reader dropped or guessed, for the reviewer (Chinese). */
  warnings: string[];
  /**
   * The date the file's own properties give (a page's publication mark, a PDF's or Word file's creation date) and
   * a note naming where it came from: the report's date only when its text names none (file-date.ts).
   */
  fileDate?: FileDate;
}

export interface ReadOptions {
  /** The file's name, for its extension (magic bytes win where they are clear). */
  name?: string;
  /** A text encoding label that overrides detection (text and web pages). */
  encoding?: string;
}

export type Reader = (bytes: Uint8Array, opts: ReadOptions) => Promise<ReadResult>;
