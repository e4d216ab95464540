/**
 * The export dialog's choices and its one action: which files (several may be ticked: a batch), the 期号
 * of the 公文 layouts, 内部资料; then one export.files call for the whole batch (the main process asks for the
 * folder and writes each file in turn). In print mode (文件 → 打印…) one print layout is chosen and print.open
 * prints it through the system's print dialog.
 */
import type { AppApi } from '../../shared/api';
import { EXPORT_ITEMS, isPdfItem, issueFrom, takesIssue, type ExportBatch, type ExportItem, type PrintDone } from '../../shared/exports';
import { ApiCallError } from '../lib/api-error';

export type ExportMode = 'export' | 'print';

export class ExportChoice {
  /** Ticked items, in the dialog's order (print mode: the one layout chosen). */
  items = $state<ExportItem[]>(['brief']);
  /** 期号 as typed (checked by `issue`). */
  issueText = $state('1');
  internal = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);
  result = $state.raw<ExportBatch | null>(null);
  /** Print mode's answer: printed, or cancelled in the system's dialog. */
  printed = $state.raw<PrintDone | null>(null);

  constructor(
    private readonly api: AppApi,
    readonly mode: ExportMode = 'export',
  ) {}

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
    // Print mode: one print layout at a time. Else kept in the dialog's order, each once.
    if (this.mode === 'print') this.items = on && isPdfItem(item) ? [item] : this.items;
    else this.items = EXPORT_ITEMS.filter((i) => (i === item ? on : this.items.includes(i)));
    this.result = null;
    this.printed = null;
  }

  async run(reportId: number): Promise<void> {
    const issue = this.issue;
    const [first] = this.items;
    if (first === undefined || issue === null) return;
    this.busy = true;
    this.error = null;
    this.result = null;
    this.printed = null;
    try {
      if (this.mode === 'print') {
        if (!isPdfItem(first)) return;
        this.printed = await this.api['print.open']({ reportId, layout: first, issue, internal: this.internal });
      } else this.result = await this.api['export.files']({ reportId, items: [...this.items], issue, internal: this.internal });
    } catch (e) {
      this.error = e instanceof ApiCallError || e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }
}
