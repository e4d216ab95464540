/**
 * The Word brief's layouts, named as export-pdf names the same brief's (shared/print.ts). Kept apart from
 * docx.ts so the CLI can check its arguments without loading the docx package.
 */
export const DOCX_LAYOUTS = ['brief', 'brief-gongwen'] as const;
export type DocxLayout = (typeof DOCX_LAYOUTS)[number];

export interface DocxOptions {
  layout?: DocxLayout;
  /** 期号 of the 公文 masthead (第 N 期); default 1. */
  issue?: number;
}
