/**
 * Export files (the export dialog). The work needs the desktop shell (a folder dialog, the print window),
 * so the handler only checks the report and hands the batch to the exporter the shell gave the context
 * (export/electron.ts); a context without one (the web bridge) refuses with a message naming the way out.
 */
import type { Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/result';
import type { HandlerContext } from '../context';

export type ExportHandlers = Pick<Handlers, 'export.files'>;

export function exportHandlers({ exporter, reportExists }: HandlerContext): ExportHandlers {
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
  };
}
