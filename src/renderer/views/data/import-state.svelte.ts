/**
 * Importing a new report: the text (pasted, or read from a Word, PDF, web page or text file by the main
 * process's readers), its meta fields, the figures the
 * extractor proposes and the reviewer's verdicts on them. A proposal's value and its offsets are never
 * edited here — only label, unit, kind, status and period — so every imported value still matches its source.
 */
import type { AppApi, ReadReport } from '../../../shared/api';
import type { Extracted } from '../../../shared/extract';
import { MAX_REPORT_FILE_BYTES } from '../../../shared/limits';
import { reportAsOf } from '../../../shared/report-as-of';
import { reportTitle } from '../../../shared/report-title';
import { reportSource } from '../../../shared/report-source';
import { t } from '../../lib/i18n';
import { messageOf } from '../../state/data.svelte';
import { settings } from '../../state/settings.svelte';

/** What the file picker offers (the readers take these; anything else is tried as text and refused if not). */
export const ACCEPT = '.docx,.doc,.pdf,.html,.htm,.txt,.md';

/** The file the text was read from, and how. */
export interface ReadSource extends Omit<ReadReport, 'text'> {
  name: string;
}

/** base64 of a file's bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export interface Proposal {
  accepted: boolean;
  figure: Extracted;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export class ImportState {
  text = $state('');
  title = $state('');
  organisation = $state('');
  /** YYYY-MM-DD as the text says it, or typed; empty when the text names none (never today's: see dateMissing). */
  published = $state('');
  asOf = $state('');
  /** Fields the user typed into stop following the text. */
  private touched = { title: false, asOf: false, organisation: false, published: false };
  step = $state<'text' | 'review'>('text');
  proposals = $state<Proposal[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);
  /** Set while a file is being read (its name), and once read (how). */
  reading = $state<string | null>(null);
  source = $state<ReadSource | null>(null);

  readonly acceptedCount: number = $derived(this.proposals.filter((p) => p.accepted).length);
  /** The date the text's opening names (a dateline, a 日期 line), null when it names none. */
  textDate = $state<string | null>(null);
  /** The date the file read gives in its properties (a page's PubDate, a PDF's creation date), with its note. */
  fileDate = $state<ReadReport['fileDate']>(null);
  /** The text names no publication date and none is typed: the report would be stored without one. */
  readonly dateMissing: boolean = $derived(this.text.trim() !== '' && this.published === '');
  /**
   * The review shows the date field while neither the text nor the file names a date (typing it there does not hide
   * it), and whenever the date is empty (a file's date cleared by hand).
   */
  readonly dateUnnamed: boolean = $derived(this.text.trim() !== '' && this.textDate === null && this.fileDate === null);

  constructor(private readonly api: AppApi) {}

  /**
   * New text: the title follows its headline (report-title.ts), the organisation and date what its opening says
   * (report-source.ts: "从湖南省统计局获悉", a dateline; else empty), the as-of its own period (as `cli import`
   * stores it: the report's period from its text, the year from the date when the text names none), until typed over.
   */
  setText(text: string): void {
    this.text = text;
    const source = reportSource(text);
    this.textDate = source.published;
    if (!this.touched.organisation) this.organisation = source.organisation ?? '';
    // The text's own date wins; else the file's (its note is in the reader's notes), else none: never today's.
    if (!this.touched.published) this.published = source.published ?? this.fileDate?.date ?? '';
    // (After the date: a title built from the text's place, period and subject takes its year from it, report-title.ts.)
    if (!this.touched.title) this.title = reportTitle(text, this.published || undefined);
    if (!this.touched.asOf) this.asOf = text.trim() ? reportAsOf(text, [], this.publishedYear()) : '';
  }

  touch(field: 'title' | 'asOf' | 'organisation' | 'published'): void {
    this.touched[field] = true;
  }

  /**
   * Read a report file: its bytes go to the main process, whose readers (Word, PDF, web page, text in any
   * common encoding) answer with the text and how it was read; a refusal (corrupt, encrypted, scanned, …)
   * becomes the error shown, and the text typed so far stays.
   */
  async readFile(file: File): Promise<void> {
    this.error = null;
    if (file.size > MAX_REPORT_FILE_BYTES) {
      this.error = t(settings.lang, 'importTooBig', { name: file.name });
      return;
    }
    this.reading = file.name;
    await this.run(async () => {
      const content = toBase64(new Uint8Array(await file.arrayBuffer()));
      const { text, ...how } = await this.api['report.read']({ name: file.name, content });
      this.fileDate = how.fileDate;
      this.setText(text);
      // The file's date is said where it came from when it is the one used (the text names none).
      const used = how.fileDate && this.textDate === null ? [how.fileDate.note] : [];
      this.source = { name: file.name, ...how, warnings: [...how.warnings, ...used] };
    });
    this.reading = null;
  }

  /** The import date's year as the report writes years ("2026年"): the as-of's when the text names none. */
  private publishedYear(): string {
    const year = /^\d{4}/u.exec(this.published)?.[0] ?? today().slice(0, 4);
    // eslint-disable-next-line briefing/no-cjk-literal -- content: a year as the report writes it, not UI text
    return `${year}年`;
  }

  async extract(): Promise<void> {
    await this.run(async () => {
      // Until typed over, the as-of is found as `cli import` finds it: from the text, then the figures' years.
      const typed = this.touched.asOf;
      const found = await this.api['report.extract']({ text: this.text, asOf: typed ? this.asOf || undefined : undefined });
      if (!typed) this.asOf = reportAsOf(this.text, found, this.publishedYear());
      this.proposals = found.map((figure) => ({ accepted: true, figure }));
      this.step = 'review';
    });
  }

  /** Import the accepted figures; the new report's ids, or undefined (with `error` set). */
  async import(): Promise<{ reportId: number; deckId: number } | undefined> {
    let out: { reportId: number; deckId: number } | undefined;
    await this.run(async () => {
      out = await this.api['report.import']({
        meta: { title: this.title, organisation: this.organisation, published: this.published, asOf: this.asOf },
        text: this.text,
        figures: this.proposals.filter((p) => p.accepted).map((p) => $state.snapshot(p.figure)),
      });
    });
    return out;
  }

  private async run(task: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await task();
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.busy = false;
    }
  }
}
