/**
 * Importing a new report: the text (pasted, or read from a UTF-8 file), its meta fields, the figures the
 * extractor proposes and the reviewer's verdicts on them. A proposal's value and its offsets are never
 * edited here — only label, unit, kind, status and period — so every imported value still matches its source.
 */
import type { AppApi } from '../../../shared/api';
import type { Extracted } from '../../../shared/extract';
import { MAX_REPORT_FILE_BYTES } from '../../../shared/limits';
import { t } from '../../lib/i18n';
import { messageOf } from '../../state/data.svelte';
import { settings } from '../../state/settings.svelte';

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
  published = $state(today());
  asOf = $state('');
  /** Fields the user typed into stop following the text. */
  private touched = { title: false, asOf: false };
  step = $state<'text' | 'review'>('text');
  proposals = $state<Proposal[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);

  readonly acceptedCount: number = $derived(this.proposals.filter((p) => p.accepted).length);

  constructor(private readonly api: AppApi) {}

  /** New text: the title follows its first line, the as-of date its first year, until typed over. */
  setText(text: string): void {
    this.text = text;
    const first = text.split(/\r?\n/u).find((l) => l.trim())?.trim() ?? '';
    if (!this.touched.title) this.title = first.slice(0, 200);
    const year = /(\d{4})年/u.exec(text);
    // The report's own period, in its language (a field of the report, not UI text).
    // eslint-disable-next-line briefing/no-cjk-literal -- content: the year as the report writes it
    if (!this.touched.asOf) this.asOf = year ? `${year[1]}年` : '';
  }

  touch(field: 'title' | 'asOf'): void {
    this.touched[field] = true;
  }

  /** Read a .txt/.md file as UTF-8, refusing anything that is not (TextDecoder fatal) or too large. */
  async readFile(file: File): Promise<void> {
    this.error = null;
    if (file.size > MAX_REPORT_FILE_BYTES) {
      this.error = t(settings.lang, 'importTooBig', { name: file.name });
      return;
    }
    try {
      this.setText(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
    } catch {
      this.error = t(settings.lang, 'importNotUtf8', { name: file.name });
    }
  }

  async extract(): Promise<void> {
    await this.run(async () => {
      const found = await this.api['report.extract']({ text: this.text, asOf: this.asOf || undefined });
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
