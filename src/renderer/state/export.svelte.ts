/**
 * The export dialog's choices and its one action: which files (several may be ticked: a batch), the 期号
 * of the 公文 layouts, 内部资料; then one export.files call for the whole batch (the main process asks for the
 * folder and writes each file in turn).
 */
import type { AppApi } from '../../shared/api';
import { EXPORT_ITEMS, issueFrom, takesIssue, type ExportBatch, type ExportItem } from '../../shared/exports';
import { ApiCallError } from '../lib/api-error';

export class ExportChoice {
  /** Ticked items, in the dialog's order. */
  items = $state<ExportItem[]>(['brief']);
  /** 期号 as typed (checked by `issue`). */
  issueText = $state('1');
  internal = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);
  result = $state.raw<ExportBatch | null>(null);

  constructor(private readonly api: AppApi) {}

  get needsIssue(): boolean {
    return this.items.some(takesIssue);
  }

  /** The 期号 typed, or null when it is not a whole number 1…9999 (only asked for when a 公文 item is ticked). */
  get issue(): number | null {
    return this.needsIssue ? issueFrom(this.issueText) : (issueFrom(this.issueText) ?? 1);
  }

  get ready(): boolean {
    return this.items.length > 0 && this.issue !== null && !this.busy;
  }

  toggle(item: ExportItem, on: boolean): void {
    // Kept in the dialog's order, each once.
    this.items = EXPORT_ITEMS.filter((i) => (i === item ? on : this.items.includes(i)));
    this.result = null;
  }

  async run(reportId: number): Promise<void> {
    const issue = this.issue;
    if (!this.items.length || issue === null) return;
    this.busy = true;
    this.error = null;
    this.result = null;
    try {
      this.result = await this.api['export.files']({ reportId, items: [...this.items], issue, internal: this.internal });
    } catch (e) {
      this.error = e instanceof ApiCallError || e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }
}
