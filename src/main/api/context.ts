/** What every domain's handlers share: the store, the presentation hub, and the checks they all make. */
import type { ExportBatch, ExportRequest, PrintDone } from '../../shared/exports';
import type { PrintOptions } from '../../shared/print';
import { AppError } from '../../shared/result';
import type { Report } from '../../shared/types';
import type { Store } from '../store';
import type { PresentationHub } from '../presentation-hub';
import { getReport } from '../store/reports';

/** Writes a batch of export files for a report (the desktop shell's: it asks where). */
export type Exporter = (req: ExportRequest, report: Report) => Promise<ExportBatch>;
/** Prints one layout of a report through the system's print dialog (the desktop shell's). */
export type Printer = (opts: PrintOptions, report: Report) => Promise<PrintDone>;

/** What only a desktop shell can do for the handlers; the web bridge gives an exporter at most. */
export interface Shell {
  exporter?: Exporter;
  printer?: Printer;
}

export interface HandlerContext {
  store: Store;
  hub: PresentationHub;
  version: string;
  /** Absent where no files can be written for the user (the web bridge). */
  exporter?: Exporter;
  /** Absent where there is no printer dialog (the web bridge, headless). */
  printer?: Printer;
  mustExist<T>(value: T | undefined, what: string): T;
  reportExists(id: number): Report;
  /** Throws READ_ONLY when the store was opened read-only. */
  writable(): void;
}

export function handlerContext(store: Store, hub: PresentationHub, version: string, shell: Shell = {}): HandlerContext {
  const mustExist = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new AppError('NOT_FOUND', `${what}不存在`);
    return value;
  };
  return {
    store,
    hub,
    version,
    exporter: shell.exporter,
    printer: shell.printer,
    mustExist,
    reportExists: (id) => mustExist(getReport(store.db, id), `报告 ${id} `),
    writable: () => {
      if (store.readOnly) throw new AppError('READ_ONLY', `数据库以只读方式打开（${store.path}），只能查看，不能保存修改`);
    },
  };
}
