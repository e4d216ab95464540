/**
 * Export files and print (the export dialog and its print mode). The work needs the desktop shell (a folder
 * dialog, the print window, the system's print dialog), so the handlers only check the report and hand the
 * request to what the shell gave the context (export/electron.ts, pdf/electron.ts); a context without it
 * (the web bridge) refuses with a message naming the way out.
 */
import type { Handlers } from '../../../shared/api';
import { takesIssue } from '../../../shared/exports';
import { AppError } from '../../../shared/result';
import type { HandlerContext } from '../context';

export type ExportHandlers = Pick<Handlers, 'export.files' | 'print.open'>;

export function exportHandlers({ exporter, printer, reportExists }: HandlerContext): ExportHandlers {
  return {
    'export.files': async (req) => {
      const report = reportExists(req.reportId);
      if (!exporter)
        throw new AppError(
          'FORBIDDEN',
          '这里不能直接导出文件：请在简报台桌面版中导出，或用命令行 npm run -s cli -- export-pdf / export-pptx / export-docx',
        );
      return exporter(req, report);
    },
    'print.open': async (req) => {
      const report = reportExists(req.reportId);
      if (!printer)
        throw new AppError('FORBIDDEN', '这里不能直接打印：请在简报台桌面版中打印，或先导出 PDF（npm run -s cli -- export-pdf）再打印');
      return printer(
        { layout: req.layout, internal: req.internal, reportId: report.id, ...(takesIssue(req.layout) ? { issue: req.issue } : {}) },
        report,
      );
    },
  };
}
