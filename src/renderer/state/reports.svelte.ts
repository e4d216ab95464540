/**
 * The report switcher's actions: open another report, correct one's title, organisation and date, delete one (the main process backs the
 * store up first) and undo that delete from the backup. The deck store does the opening; every other
 * window follows the hub to the new deck by itself.
 */
import type { AppApi } from '../../shared/api';
import type { ReportSummary } from '../../shared/types';
import { ApiCallError } from '../lib/api-error';
import type { DeckStore } from './deck.svelte';

export interface Deleted {
  reportId: number;
  title: string;
  backup: string;
  /** It was on screen: undo brings it back on screen. */
  wasShown: boolean;
}

export type Toast = { kind: 'deleted'; deleted: Deleted } | { kind: 'restored'; title: string } | { kind: 'failed'; message: string };

/** How long the "deleted, undo" notice stays. */
export const UNDO_MS = 20_000;

const message = (e: unknown) => (e instanceof ApiCallError || e instanceof Error ? e.message : String(e));

export class ReportDesk {
  /** The message of the last action that failed, shown in the switcher. */
  error = $state<string | null>(null);
  busy = $state(false);
  /** The notice under the deck: a delete that can be undone, then what the undo did. */
  toast = $state.raw<Toast | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: AppApi,
    private readonly store: DeckStore,
  ) {}

  /** Fresh counts when the switcher opens (another window may have imported or deleted). */
  async refresh(): Promise<void> {
    this.error = null;
    await this.run(() => this.store.reloadReports());
  }

  async open(reportId: number): Promise<void> {
    if (reportId !== this.store.report?.id) await this.store.openReport(reportId);
  }

  /** Title, organisation and date corrected after an import; true when saved, else the refusal is in `error`. */
  async editDetails(r: ReportSummary, details: { title: string; organisation: string; published: string }): Promise<boolean> {
    const expected = { title: r.title, organisation: r.organisation, published: r.published };
    const done = await this.run(() => this.api['report.details']({ reportId: r.id, details, expected }));
    await this.store.reloadReports().catch(() => {});
    // The report on screen: its deck title, the closing slide and every chart's source line follow.
    if (done && r.id === this.store.report?.id) await this.store.openReport(r.id);
    return !!done;
  }

  async remove(r: ReportSummary): Promise<boolean> {
    const wasShown = r.id === this.store.report?.id;
    const done = await this.run(() => this.api['report.delete']({ reportId: r.id, expectedTitle: r.title }));
    if (!done) return false;
    this.notify({ ...done, wasShown });
    // The deleted report was on screen: show another one (every window follows the hub there).
    const next = this.store.reports.find((x) => x.id !== r.id);
    if (wasShown && next) await this.store.openReport(next.id);
    else await this.store.reloadReports().catch(() => {});
    return true;
  }

  async undo(): Promise<void> {
    const t = this.toast;
    if (t?.kind !== 'deleted') return;
    const d = t.deleted;
    this.dismiss();
    const done = await this.run(() => this.api['report.restore']({ reportId: d.reportId, backup: d.backup }));
    if (!done) return this.show({ kind: 'failed', message: this.error ?? '' });
    this.show({ kind: 'restored', title: done.title });
    if (d.wasShown) await this.store.openReport(done.reportId);
    else await this.store.reloadReports().catch(() => {});
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.toast = null;
  }

  private notify(deleted: Deleted): void {
    this.show({ kind: 'deleted', deleted });
  }

  private show(toast: Toast): void {
    clearTimeout(this.timer);
    this.toast = toast;
    this.timer = setTimeout(() => (this.toast = null), UNDO_MS);
  }

  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.error = null;
    try {
      return await work();
    } catch (e) {
      this.error = message(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
