/**
 * The one entry point from a report file's bytes to its text: pick the reader by magic bytes (a .doc that
 * is really a .docx is read as one), else by extension, else as text; every failure is a ReadError whose
 * message names the problem.
 */
import { readDoc } from './doc';
import { readDocx } from './docx';
import { ReadError } from './errors';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { readText } from './text';
import type { ReadOptions, ReadResult, Reader, ReaderName } from './types';

export { ReadError } from './errors';
export { MAX_REPORT_BYTES, readReportFile } from './safe-read';
export type { ReadOptions, ReadResult, ReaderName } from './types';

/**
 * The reader modules are small; each loads its library (mammoth, linkedom, word-extractor, pdf.js) only when a
 * file first needs it, so no CLI verb or app start pays for them. (Not `import('./docx')` here: a dynamic import of
 * a source module fails where TypeScript is compiled to CommonJS on the fly, as in the e2e tests' bridge.)
 */
const READERS: Record<ReaderName, Reader> = { docx: readDocx, doc: readDoc, pdf: readPdf, html: readHtml, text: readText };

/** Extensions the import takes, and the reader each means. */
export const EXTENSIONS: Record<string, ReaderName> = {
  docx: 'docx',
  doc: 'doc',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  md: 'text',
  markdown: 'text',
  text: 'text',
};

/** Zip-based formats that are not Word documents, named so the message can say what the file is. */
const OTHER_ZIPS: Record<string, string> = {
  xlsx: 'Excel 表格',
  pptx: 'PowerPoint 演示文稿',
  odt: 'OpenDocument 文档',
  wps: 'WPS 文档',
  zip: 'ZIP 压缩包',
};

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function chooseReader(bytes: Uint8Array, name = ''): ReaderName {
  const ext = /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (OTHER_ZIPS[ext]) throw new ReadError(`不支持${OTHER_ZIPS[ext]}：请打开 .docx、.doc、.pdf、.html 或 .txt 报告`);
    return 'docx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'xls' || ext === 'ppt')
      throw new ReadError('不支持 Excel/PowerPoint 97-2003 文件：请打开 .docx、.doc、.pdf、.html 或 .txt 报告');
    return 'doc';
  }
  // "%PDF-" may follow a little junk (the spec allows it within the first 1 KB).
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  const byExt = EXTENSIONS[ext];
  if (byExt === 'docx' || byExt === 'doc' || byExt === 'pdf') {
    const what = byExt === 'pdf' ? 'PDF 文件' : byExt === 'doc' ? 'Word 97-2003 文档（.doc）' : 'Word 文档（.docx）';
    throw new ReadError(`不是有效的 ${what}：文件已损坏，或是改了扩展名的其他文件`);
  }
  if (byExt) return byExt;
  // Any other name is tried as text: the text reader refuses binary content and undecodable bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text';
}

/** A report file's bytes → its text, and how it was read. Throws only ReadError. */
export async function readReport(bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('文件是空的');
  let result: ReadResult;
  try {
    result = await READERS[chooseReader(bytes, opts.name)](bytes, opts);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`文件无法读取：${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
  if (!result.text.trim()) throw new ReadError('文件中没有文字');
  return result;
}

/** How the review names a reader: "Word 文档", "PDF", "网页", "文本（GB18030）". */
export function readerLabel(r: Pick<ReadResult, 'reader' | 'encoding'>): string {
  const base = { docx: 'Word 文档', doc: 'Word 97-2003 文档', pdf: 'PDF', html: '网页', text: '文本' }[r.reader];
  return r.encoding && (r.reader === 'text' || r.reader === 'html') ? `${base}（${r.encoding}）` : base;
}
